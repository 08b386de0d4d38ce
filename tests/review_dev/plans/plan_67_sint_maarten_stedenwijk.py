"""Plan 67: schoolplan 2024-2028 van katholieke basisschool Sint Maarten (Stedenwijk, Almere Stad).

Een katholieke basisschool van ongeveer 250 leerlingen die haar plan ordent langs vijf eigen thema's,
met Word-koppenstijlen (Heading 1 en 2), een terugblik op 2020-2024, een teamhoofdstuk in de eigen
woorden van het team en per thema een alinea "Dit sluit aan bij ...". MR-instemming staat in de tekst.
"""

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

MOMENT = datetime.datetime(2024, 6, 14, 10, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) ---------------------------------------------

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


# --- De tekst van het plan --------------------------------------------------------------------------

H1, H2, P, UL, TAB = "h1", "h2", "p", "ul", "tab"

KERNGEGEVENS = [
    ("Naam", "Katholieke basisschool Sint Maarten"),
    ("BRIN", "26LP"),
    ("Bestuur", "Almeerse Scholen Groep (ASG)"),
    ("Wijk", "Stedenwijk, Almere Stad"),
    ("Directeur", "Marieke van Dongen"),
    ("Intern begeleider", "Sandra Kok"),
    ("Aantal leerlingen (1 oktober 2023)", "252"),
    ("Aantal groepen", "11"),
    ("Denominatie", "rooms-katholiek"),
    ("Schoolweging (CBS, 2023)", "31,4"),
    ("Planperiode", "1 augustus 2024 tot en met 31 juli 2028"),
]

INHOUD = [
    (H1, "1. Voorwoord"),
    (P, "Voor u ligt het schoolplan van katholieke basisschool Sint Maarten voor de schooljaren 2024-2025 "
        "tot en met 2027-2028. In dit plan beschrijven we wie we zijn, waar we de afgelopen vier jaar hard "
        "aan gewerkt hebben en waar we de komende vier jaar naartoe willen. Het plan is de basis voor onze "
        "jaarplannen: elk jaar kiezen we daaruit wat we dat jaar oppakken."),
    (P, "Dit plan is niet achter het bureau van de directeur geschreven. In 2023-2024 hebben we er als team "
        "drie studiedagen aan besteed. Eerst keken we terug, daarna kozen we met post-its, flappen en veel "
        "koffie vijf thema's, die we bewust in onze eigen woorden hebben benoemd. Op de derde dag bekeken we per "
        "thema wat we al doen en wat we willen bereiken. Ook de leerlingenraad en twaalf ouders dachten mee."),
    (P, "Bij elk thema laten we zien hoe het zich verhoudt tot Koers 22, het strategisch beleid van de "
        "Almeerse Scholen Groep (ASG). We schrijven geen apart hoofdstuk per kernwaarde of venster; de koers "
        "loopt door onze thema's heen."),
    (P, "De medezeggenschapsraad heeft op 11 juni 2024 ingestemd met dit schoolplan. Het College van Bestuur "
        "van ASG heeft het plan daarna vastgesteld (zie hoofdstuk 11)."),
    (P, "Marieke van Dongen, directeur"),

    (H1, "2. Onze school"),
    (H2, "2.1 Kerngegevens"),
    (TAB, (["Gegeven", "Sint Maarten"], KERNGEGEVENS, [6, 9])),
    (H2, "2.2 Onze leerlingen en de wijk"),
    (P, "Sint Maarten staat sinds 1984 in de Stedenwijk, een van de oudere wijken van Almere Stad. De wijk is "
        "de afgelopen jaren veranderd: veel eengezinswoningen zijn van eigenaar gewisseld en er wonen meer "
        "jonge gezinnen, ook gezinnen die nog maar kort in Nederland zijn. Ons leerlingaantal daalde van 271 in "
        "2019 naar 252 in 2023; de prognose van de gemeente laat vanaf 2026 weer een lichte stijging zien."),
    (P, "Ongeveer 35 procent van onze leerlingen spreekt thuis (ook) een andere taal dan Nederlands. De schoolweging van 31,4 "
        "betekent dat onze leerlingen gemiddeld meer risico op een onderwijsachterstand hebben dan landelijk. "
        "Bijna de helft van de kinderen komt niet uit een katholiek gezin. Ouders kiezen vaak voor ons vanwege "
        "de nabijheid, de sfeer en de kleinschaligheid."),
    (H2, "2.3 Onze katholieke identiteit"),
    (P, "Sint Maarten is een katholieke school. Dat merk je aan de vieringen rond Kerstmis en Pasen, aan de "
        "lessen levensbeschouwing met Trefwoord en aan de lampionnenoptocht op 11 november, de naamdag van onze "
        "school. Het verhaal van Sint Maarten, die zijn mantel deelde met een bedelaar, gaat over "
        "delen en omzien naar een ander. De vieringen bereiden we voor met de pastoraal werker van de parochie."),
    (P, "Wij willen dat alle kinderen zich bij ons thuis voelen, welk geloof of welke achtergrond ze ook hebben."),
    (H2, "2.4 Gebouw, schooltijden en middelen"),
    (P, "Het gebouw is in 2020 grondig gerenoveerd. Sindsdien hebben we twee open leerpleinen, waar kinderen "
        "zelfstandig of in kleine groepjes werken, en een nieuw speellokaal voor de kleuters. Het draadloze "
        "netwerk is bij de renovatie vernieuwd."),
    (P, "Sinds augustus 2021 werken we met een continurooster: alle groepen gaan op maandag, dinsdag, donderdag "
        "en vrijdag van 8.30 tot 14.15 uur naar school en op woensdag van 8.30 tot 12.30 uur. De deuren gaan om "
        "8.20 uur open. Kinderen eten op school met de eigen leerkracht."),
    (P, "We hebben een gezonde financiële positie. De meerjarenbegroting laat voor de planperiode een sluitend "
        "beeld zien, ook nu de NPO-middelen in 2025 stoppen. De begroting stellen we jaarlijks op met de controller van het servicebureau."),

    (H1, "3. Terugblik op de periode 2020-2024"),
    (P, "In het vorige schoolplan hadden we vier speerpunten: technisch en begrijpend lezen, een nieuwe "
        "rekenmethode, een sterkere zorgstructuur en ICT in de klas. Toen kwam corona. Na de "
        "schoolsluitingen in 2020 en 2021 waren de achterstanden bij lezen duidelijk zichtbaar, vooral in de "
        "groepen 4 en 5."),
    (H2, "3.1 Wat is gelukt"),
    (UL, [
        "In 2021 zijn we overgestapt op de rekenmethode Wereld in getallen 5. De rekenresultaten in groep 6 tot "
        "en met 8 zijn sindsdien gestegen: in 2023 haalde 38 procent van de leerlingen in groep 8 niveau 1S, "
        "tegen 29 procent in 2019.",
        "Met de NPO-middelen hebben we extra leesgroepen gevormd en een onderwijsassistent aangesteld. De "
        "achterstand in technisch lezen in groep 5 is in twee jaar grotendeels ingehaald.",
        "De eindresultaten lagen in alle vier jaren boven de signaleringswaarden van de inspectie. Bij het "
        "onderzoek van de inspectie bij ASG in 2022 is ook onze school bezocht; de kwaliteit werd als voldoende "
        "beoordeeld, zonder herstelopdrachten.",
        "We hebben een plusklas opgezet voor leerlingen die meer uitdaging nodig hebben.",
    ]),
    (H2, "3.2 Wat niet is gelukt"),
    (P, "Het ICT-plan is maar half uitgevoerd. Er zijn Chromebooks gekomen, maar een doorgaande lijn voor "
        "digitale vaardigheden hebben we niet. Ook het werken met portfolio's in de groepen 5 tot en met 8 is "
        "na anderhalf jaar gestopt: het kostte veel tijd en leverde weinig op. Verder was de wisseling in het team groot. In vier jaar vertrokken negen collega's, onder "
        "wie vier met pensioen. Niet alle vacatures konden we direct vullen, en in 2022-2023 hebben we een half "
        "jaar met een onbevoegde invaller in groep 6 gewerkt."),
    (H2, "3.3 Wat we meenemen"),
    (P, "We hebben geleerd dat we beter minder dingen tegelijk kunnen doen, en die dan goed. Daarom hebben we in "
        "dit plan vijf thema's, met per thema een beperkt aantal doelen. We nemen de leesaanpak en de plusklas "
        "mee, we maken het ICT-werk alsnog af (thema 4) en we investeren in ons team (hoofdstuk 9)."),

    (H1, "4. Thema 1: Sterk in de basis"),
    (P, "Lezen, taal en rekenen zijn de basis van al het andere leren. Voor onze leerlingen, van wie een groot "
        "deel thuis weinig Nederlands hoort, is een goed en rijk taalaanbod geen luxe."),
    (H2, "4.1 Ons onderwijsprogramma"),
    (P, "Ons onderwijs is gebaseerd op de kerndoelen voor het primair onderwijs. Voor taal en rekenen gebruiken "
        "we de referentieniveaus: aan het eind van groep 8 moet iedere leerling minimaal niveau 1F halen, en "
        "zoveel mogelijk leerlingen bereiken niveau 2F (taal) of 1S (rekenen). Onze leerlingen gaan 940 uur per "
        "jaar naar school; over acht jaar komen we daarmee ruim boven de wettelijke 7.520 uur."),
    (P, "We werken met de volgende methodes:"),
    (UL, [
        "groep 1-2: Kleuterplein, aangevuld met de thema's van Logo 3000 voor woordenschat;",
        "groep 3: Veilig leren lezen (KIM-versie);",
        "groep 4-8: Staal voor taal en spelling en Nieuwsbegrip voor begrijpend lezen;",
        "groep 3-8: Wereld in getallen 5 voor rekenen;",
        "groep 1-8: Blink Wereld voor aardrijkskunde, geschiedenis en natuur en techniek (zie thema 4);",
        "groep 1-8: Groove.me voor Engels en Trefwoord voor levensbeschouwing;",
        "groep 3-8: twee lessen bewegingsonderwijs van 45 minuten per week, gegeven door de vakleerkracht.",
    ]),
    (P, "De urentabel per vak staat in de schoolgids."),
    (H2, "4.2 Zo geven we les"),
    (P, "Alle leerkrachten geven instructie volgens het model van Expliciete Directe Instructie (EDI). Een les "
        "begint met het lesdoel op het bord, daarna volgen de uitleg en de begeleide inoefening, en pas als de "
        "meeste kinderen het begrijpen, gaan ze zelfstandig aan het werk. Leerlingen die meer nodig hebben, "
        "krijgen verlengde instructie aan de instructietafel. In het schooljaar 2024-2025 frissen we deze aanpak "
        "met het hele team op (zie hoofdstuk 9)."),
    (P, "Voor lezen hebben we een vast leesblok: elke dag begint met twintig minuten vrij lezen in alle groepen. In groep 3 en 4 lezen kinderen die dat nodig hebben "
        "daarnaast drie keer per week in een klein groepje met de onderwijsassistent."),
    (H2, "4.3 De lat ligt hoog"),
    (P, "Kinderen kunnen meer dan je op grond van hun achtergrond zou verwachten. Dat betekent bij ons concreet: "
        "na elke toetsperiode stelt de leerkracht voor ieder kind een streefniveau vast voor lezen en rekenen. "
        "Een lagere toetsscore is geen reden om dat streefniveau naar beneden bij te stellen; dat gebeurt alleen "
        "na overleg met de intern begeleider. Bij het schooladvies in groep 8 geven we bij twijfel het hogere "
        "advies. In 2024 hebben we na de doorstroomtoets vijf "
        "adviezen naar boven bijgesteld."),
    (H2, "4.4 Wat we willen bereiken"),
    (UL, [
        "In 2027 behaalt minimaal 65 procent van de leerlingen in groep 8 niveau 2F voor lezen (in 2023 was dat "
        "58 procent) en 45 procent niveau 1S voor rekenen (in 2023: 38 procent).",
        "Vanaf het schooljaar 2025-2026 leest iedere leerling in groep 4 tot en met 8 minimaal twintig minuten "
        "per dag op school, en houden we dat bij in de leesmonitor van de bibliotheek.",
        "We willen dat kinderen meer plezier krijgen in lezen.",
    ]),
    (P, "Dit sluit aan bij het venster Goed en toegankelijk onderwijs van Koers 22: de kwaliteit van ons "
        "onderwijs is en blijft op orde. Het past ook bij de kernwaarde Ambitieus: wij hebben hoge verwachtingen "
        "van onze leerlingen en van elkaar."),

    (H1, "5. Thema 2: Ieder kind in beeld"),
    (P, "Geen twee kinderen zijn hetzelfde. "
        "Wij willen op tijd merken als een kind vastloopt, en "
        "er dan ook iets mee doen."),
    (H2, "5.1 Zo houden we zicht op onze leerlingen"),
    (P, "In groep 1 en 2 volgen we de ontwikkeling van kinderen met het observatie-instrument KIJK!. Vanaf groep "
        "3 gebruiken we Boom LVS; sinds 2022 toetsen we twee keer per jaar, in januari en juni. Na elke "
        "toetsperiode bekijkt de leerkracht de resultaten en bespreekt hij of zij die met de intern begeleider in "
        "een groepsbespreking. In oktober is er bovendien een groepsbespreking over het welbevinden en de "
        "werkhouding van de groep. Vanaf groep 3 voeren leerkrachten twee keer per jaar een kindgesprek met "
        "iedere leerling: wat gaat goed, wat vind je moeilijk, wat heb je van mij nodig? Wat het kind zegt, komt "
        "in het groepsoverzicht in ParnasSys."),
    (H2, "5.2 Basisondersteuning en extra ondersteuning"),
    (P, "Tot onze basisondersteuning rekenen we onder meer: instructie op drie niveaus, verlengde instructie, "
        "een aanpak volgens het dyslexieprotocol, extra leestijd met de onderwijsassistent, een taalgroep voor "
        "nieuwkomers die net Nederlands leren, en de plusklas ‘De Denktank’. In de Denktank werken zestien "
        "leerlingen van groep 5 tot en met 8 elke donderdagochtend aan uitdagende projecten."),
    (P, "Soms heeft een kind meer nodig dan wij in de groep kunnen bieden. Dan maken we samen met de ouders en de "
        "onderwijsconsulent van het samenwerkingsverband Passend Onderwijs Almere een plan. Dat kan een "
        "arrangement op onze school zijn, bijvoorbeeld begeleiding door een ambulant begeleider, of een plek op "
        "een andere school. In 2023-2024 kregen vier leerlingen een arrangement; twee leerlingen zijn na overleg "
        "met hun ouders naar een school voor speciaal basisonderwijs gegaan, waar ze beter op hun plek zijn."),
    (P, "Er zijn ook grenzen. We kunnen geen passend onderwijs bieden aan kinderen die voortdurend één-op-één "
        "begeleiding nodig hebben, bijvoorbeeld bij ernstige gedragsproblemen, en we zijn niet ingericht op "
        "intensieve medische zorg. In ons schoolondersteuningsprofiel (SOP) staat precies wat we wel en niet "
        "kunnen bieden. Het SOP staat op onze website."),
    (H2, "5.3 Wat we willen bereiken"),
    (UL, [
        "In het schooljaar 2025-2026 is het SOP herschreven. We beschrijven dan ook wat we bieden aan kleuters "
        "met een taalachterstand en aan meerbegaafde kinderen in de onderbouw, want daar hebben we nu nog geen "
        "aanbod voor.",
        "Per 1 januari 2025 heeft iedere groep een actueel groepsoverzicht waarin ook de uitkomsten van de "
        "kindgesprekken staan.",
        "We willen dat ouders zich meer gehoord voelen als hun kind extra hulp krijgt.",
    ]),
    (P, "Dit sluit aan bij de kernwaarde Gezien worden uit Koers 22: ieder kind is waardevol en wordt gezien. "
        "Het past ook bij de afspraak binnen ASG dat iedere school in haar zorgprofiel duidelijk beschrijft in "
        "welke leer- en zorgbehoeftes zij kan voorzien."),

    (H1, "6. Thema 3: Samen leven, samen leren"),
    (P, "Een kind leert alleen goed als het zich veilig voelt. En een school is meer dan een plek waar je "
        "rekenen en taal leert: je leert er ook samenleven met anderen."),
    (H2, "6.1 Een veilig schoolklimaat"),
    (P, "Sinds 2018 werken we met de Kanjertraining. Alle leerkrachten hebben de Kanjerlicentie en volgen om de "
        "twee jaar een opfristraining. In elke groep is er wekelijks een Kanjerles en de vijf Kanjerafspraken "
        "hangen in alle lokalen. Als er iets misgaat op het plein of in de klas, praten we met de kinderen na "
        "volgens de Kanjeraanpak."),
    (P, "We meten de sociale veiligheid twee keer per jaar met het Kanjer Volg- en Adviessysteem (KanVAS). "
        "Leerlingen in groep 5 tot en met 8 vullen daarnaast jaarlijks de veiligheidsvragenlijst in. In 2024 gaf "
        "94 procent van hen aan zich veilig te voelen op school. We hebben een pestprotocol en een "
        "anti-pestcoördinator, juf Eline, bij wie kinderen en ouders terechtkunnen. Ook is er een "
        "vertrouwenspersoon."),
    (P, "Ook de fysieke veiligheid is geregeld: twaalf opgeleide bedrijfshulpverleners, twee "
        "ontruimingsoefeningen per jaar en een veiligheidsplan dat we jaarlijks met de MR doornemen."),
    (H2, "6.2 Burgerschap"),
    (P, "Kinderen groeien op in een samenleving waarin ze straks zelf mee moeten kunnen praten en beslissen. Daar "
        "werken we nu al op verschillende manieren aan. In de groepen 5 tot en met 8 is een leerlingenraad, met "
        "twee gekozen leerlingen per groep, die elke maand met de directeur vergadert. "
        "Groep 7 en 8 doen mee aan de Kinderpostzegelactie, en groep 8 bezoekt elk jaar het stadhuis van Almere "
        "en voert daar een debat met een raadslid. In de Trefwoord-lessen komen vragen over goed en kwaad en over "
        "eerlijk delen regelmatig aan de orde."),
    (P, "Wat ontbreekt, is samenhang. Leerkrachten doen veel, maar weten niet altijd van elkaar wat. Daarom "
        "stellen we in het schooljaar 2025-2026 een doorlopende leerlijn burgerschap vast voor groep 1 tot en "
        "met 8, op basis van de nieuwe kerndoelen van SLO. Daarin komen democratie, identiteit en diversiteit, en "
        "mediawijsheid aan bod."),
    (H2, "6.3 Vieren en delen"),
    (P, "We vieren de feesten van het kerkelijk jaar met de hele school. In de Veertigdagentijd zamelen we geld in voor een "
        "goed doel dat de leerlingenraad kiest. We willen de komende jaren ook verhalen en feesten uit andere tradities een plek "
        "geven, maar hoe precies, bespreken we nog met het team en de parochie."),
    (H2, "6.4 Wat we willen bereiken"),
    (UL, [
        "Het percentage leerlingen in groep 5 tot en met 8 dat zich veilig voelt, blijft elk jaar minimaal "
        "90 procent.",
        "In juni 2026 is de leerlijn burgerschap vastgesteld en in alle groepen in gebruik.",
        "We willen dat kinderen zich meer betrokken voelen bij de wijk.",
    ]),
    (P, "Dit sluit aan bij de kernwaarde Open uit Koers 22: wij gaan respectvol om met de mensen binnen en buiten "
        "onze school, en kijken met een open blik naar de verscheidenheid van onze leerlingen en collega's."),

    (H1, "7. Thema 4: Ontdekken en maken"),
    (P, "Kinderen willen weten hoe dingen werken. Bij ons was wereldoriëntatie lang vooral lezen "
        "uit een boek en een toets maken. Dat willen we anders."),
    (H2, "7.1 Onderzoekend en ontwerpend leren"),
    (P, "Sinds het schooljaar 2023-2024 werken de groepen 5 tot en met 8 voor wereldoriëntatie met Blink Wereld "
        "in een vorm die we zelf ‘projectweken’ noemen. Vier keer per jaar werkt de bovenbouw zes weken lang aan "
        "een vakoverstijgend project. Kinderen gaan in groepjes aan de slag met een onderzoeksvraag, zoeken "
        "informatie, doen proefjes of bouwen iets, en presenteren aan het eind aan hun ouders. Aardrijkskunde, "
        "geschiedenis en natuur en techniek worden in deze groepen niet meer als losse vakken gegeven. Voor "
        "techniek hebben we op het leerplein van de bovenbouw een Ontdeklab ingericht, met gereedschap, Lego "
        "Spike-sets en micro:bits. In 2024-2025 breiden we de projectweken uit naar groep 3 en 4. De kleuters "
        "werken al langer thematisch."),
    (P, "Leerkrachten begeleiden nu meer en vertellen minder. We evalueren de aanpak in juni 2025 met "
        "leerlingen, ouders en team."),
    (H2, "7.2 Digitale geletterdheid"),
    (P, "Vanaf het "
        "schooljaar 2025-2026 werken alle groepen met de leerlijn digitale geletterdheid van Basicly, met lessen "
        "over mediawijsheid, informatievaardigheden, ICT-basisvaardigheden en programmeren. Onze "
        "ICT-coördinator, meester Jordi, begeleidt de invoering en helpt collega's in de klas. Hij neemt deel aan "
        "de ASG-werkgroep digitale geletterdheid PO, waarin ICT-coördinatoren van verschillende ASG-basisscholen "
        "lesmateriaal en ervaringen uitwisselen. Zo hebben we de lessen programmeren voor groep 6 overgenomen "
        "van een andere ASG-school, en zij onze lessen over nepnieuws voor groep 8."),
    (H2, "7.3 Wat we willen bereiken"),
    (UL, [
        "In 2025-2026 werken groep 3 tot en met 8 met projectweken. In juni 2026 geeft minimaal 75 procent van de "
        "leerlingen in groep 5 tot en met 8 aan dat zij wereldoriëntatie leuk en leerzaam vinden (nulmeting juni "
        "2024: 52 procent).",
        "Vanaf 2025-2026 krijgen alle groepen minimaal twintig lessen digitale geletterdheid per jaar.",
        "We willen meer gebruik maken van de natuur en de omgeving rond de school.",
    ]),
    (P, "Dit sluit aan bij de kernwaarde Vooruitstrevend: wij zijn nieuwsgierig naar nieuwe inzichten om ons "
        "onderwijs eigentijds vorm te geven. Het past ook bij de ambitie van ASG dat alle scholen een "
        "toekomstgericht curriculum hebben en onderwijs ontwikkelen dat past bij de belevingswereld van "
        "leerlingen. En het laat zien hoe werkgroepen binnen ASG met elkaar in contact staan en bovenschools "
        "expertise uitwisselen."),

    (H1, "8. Thema 5: Samen met ouders en de wijk"),
    (P, "Kinderen leren niet alleen op school. Ouders zijn de eerste opvoeders en kennen hun kind het best. En de "
        "wijk is de plek waar kinderen spelen, sporten en opgroeien. Daarom werken we graag samen."),
    (H2, "8.1 Welkom op Sint Maarten"),
    (P, "Elke ochtend staan de leerkrachten vanaf 8.20 uur bij de deur van hun lokaal en geven ze ieder kind een "
        "hand. Nieuwe ouders krijgen een "
        "kennismakingsgesprek met de directeur en een rondleiding, die wordt gegeven door twee ‘gidsen’ uit "
        "groep 8. Op dinsdagochtend is de ouderkamer open: ouders kunnen er koffie drinken, elkaar ontmoeten en "
        "vragen stellen aan de intern begeleider of de schoolmaatschappelijk werker, die dan ook aanwezig is."),
    (H2, "8.2 Ouders als partner"),
    (P, "Aan het begin van elk schooljaar voeren de leerkrachten in de derde en vierde schoolweek een startgesprek "
        "met iedere ouder, vanaf groep 5 met het kind erbij. Ouders vertellen wat zij belangrijk vinden en wat "
        "hun kind nodig heeft. In februari en juni "
        "volgen de rapportgesprekken. Voor ouders van groep 3 organiseren we in oktober een leesavond, waarop ze "
        "leren hoe ze thuis met hun kind kunnen oefenen. Voor ouders die het Nederlands nog niet goed beheersen, "
        "regelen we bij gesprekken een tolk of een ouder die vertaalt."),
    (H2, "8.3 Zo houden we ouders op de hoogte"),
    (P, "Alle communicatie met ouders loopt via de Parro-app: berichten van de leerkracht, foto's, de jaarkalender "
        "en het inplannen van gesprekken. Parro kan berichten automatisch vertalen, en daar maken veel ouders "
        "gebruik van. Om de week verschijnt op vrijdag onze nieuwsbrief, het Maartenpraatje. Ouders die een vraag "
        "stellen via Parro, krijgen binnen twee werkdagen antwoord. Eén keer per jaar, in het najaar, presenteert "
        "de directeur op een ouderavond de resultaten van de school en de plannen voor dat jaar; het jaarverslag "
        "staat daarna op de website."),
    (H2, "8.4 Medezeggenschap"),
    (P, "De MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. De directeur "
        "bespreekt plannen met de MR in een vroeg stadium, voordat er een voorstel op papier staat. Zo heeft de "
        "MR in 2023 meegedacht over de keuze voor de projectweken en over de besteding van de NPO-middelen, en "
        "zijn ideeën van de MR in die plannen verwerkt."),
    (H2, "8.5 Partners in de wijk"),
    (P, "We werken samen met:"),
    (UL, [
        "Kinderopvang Het Kompas, dat in ons gebouw een peuteropvang en een BSO heeft; peuters met een "
        "VVE-indicatie dragen we met een warme overdracht over aan groep 1;",
        "de Bibliotheek Almere, met een bibliotheek op school en een leesconsulent die zes keer per jaar in de "
        "school is;",
        "de jeugdverpleegkundige van de GGD, die kinderen in groep 2 en groep 7 ziet;",
        "het wijkteam van de Stedenwijk, waarvan de schoolmaatschappelijk werker één ochtend per week op school "
        "is;",
        "de buurtsportcoach, die na schooltijd sportclinics geeft op het schoolplein;",
        "de parochie, voor de vieringen.",
    ]),
    (P, "Met de buurtsportcoach, het wijkteam en de BSO houden we drie keer per jaar overleg over wat er in de "
        "wijk speelt en wat dat betekent voor de kinderen."),
    (H2, "8.6 Wat we willen bereiken"),
    (P, "We willen de komende jaren meer ouders betrekken bij het leren van hun kind, vooral de ouders die we nu "
        "nog weinig zien. We willen ook de samenwerking met de BSO verder versterken, zodat kinderen een "
        "doorgaande dag hebben. En we hopen dat meer ouders zich aanmelden voor de ouderraad."),
    (P, "Dit sluit aan bij het venster Partnerschap van Koers 22: ouders zijn betrokken bij het leerproces van "
        "hun kind, en wij werken nauw samen met maatschappelijke partners in de nabije omgeving. Ook de kernwaarde "
        "Gezien worden is hier zichtbaar: onze cultuur is gastvrij en iedereen voelt zich welkom."),

    (H1, "9. Ons team"),
    (P, "Dit hoofdstuk hebben we als team samen geschreven, op de studiedag van april 2024. We hebben het zo "
        "gelaten."),
    (P, "Wij zijn met z'n drieëntwintigen: vijftien leerkrachten (van wie één ook ICT-coördinator is), een "
        "vakleerkracht gym, drie onderwijsassistenten, een intern begeleider, een conciërge, een administratief "
        "medewerker en de directeur. De jongste collega is 23, de oudste 63. Vijf collega's zijn in de afgelopen "
        "twee jaar begonnen; zij stellen vragen die wij onszelf niet meer stelden."),
    (H2, "9.1 Waar we trots op zijn"),
    (P, "Als je ons vraagt waar we trots op zijn, dan zeggen de meesten van ons: dat we elkaar helpen. Als iemand "
        "ziek is, vangen we dat samen op. Als een collega vastloopt met een groep, kijkt er iemand mee."),
    (H2, "9.2 Samen leren"),
    (P, "We werken in twee leerteams: één voor groep 1 tot en met 4 en één voor groep 5 tot en met 8. Elk "
        "leerteam kiest aan het begin van het jaar een vraag uit de praktijk, bijvoorbeeld ‘Hoe krijgen we de "
        "stille kinderen aan het praten tijdens de instructie?’, en komt daar elke zes weken een uur over bij "
        "elkaar. We lezen iets, proberen iets uit in de klas en bespreken wat het oplevert. Aan het eind van het "
        "jaar vertellen de leerteams elkaar wat ze geleerd hebben. Daarnaast gaat ieder van ons twee keer per jaar "
        "bij een collega kijken, met een vraag die je zelf kiest. Dat voelde in het begin spannend; nu willen de "
        "meesten het niet meer missen."),
    (P, "Onze intern begeleider zit in het IB-netwerk van ASG, waar de intern begeleiders van de ASG-basisscholen "
        "zes keer per jaar bij elkaar komen om casussen te bespreken en van elkaar te leren. Wat ze daar ophaalt, "
        "neemt ze mee naar de groepsbesprekingen. Elk jaar gaan we met het hele team naar de ASG-brede studiedag "
        "in november, waar we collega's van andere ASG-scholen ontmoeten, en nieuwe collega's gaan in hun eerste "
        "jaar naar ASG Start."),
    (H2, "9.3 Scholing"),
    (P, "In het schooljaar 2024-2025 volgen we met het hele team de scholing EDI, bij een trainer van de ASG "
        "Academie: twee studiedagen en vier teambijeenkomsten, met klassenbezoeken tussendoor. Ons doel: in juni "
        "2025 heeft iedereen de scholing afgerond, en in 2026 zien we bij minimaal 80 procent van de "
        "klassenbezoeken alle fasen van het EDI-model terug. Daarnaast kiest ieder van ons elk jaar ten minste één "
        "cursus of bijeenkomst die past bij de eigen ontwikkeling, meestal uit het aanbod van de ASG Academie. Wat "
        "je gedaan hebt, zet je in je bekwaamheidsdossier."),
    (P, "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen. Niet omdat het moet, maar omdat de "
        "kinderen het verdienen."),
    (H2, "9.4 Nieuwe collega's en zij-instromers"),
    (P, "Twee collega's, Jesse en Fatima, zijn zij-instromer. Ze volgen de deeltijdopleiding tot leraar "
        "basisonderwijs aan de pabo in Almere en staan tegelijk voor een groep. Ze hebben een vaste coach (de "
        "bouwcoördinator), een uur per week samen met de coach ingeroosterd en één dag per week vrij voor hun "
        "studie. Jesse rondt naar verwachting in "
        "de zomer van 2025 zijn opleiding af, Fatima in 2026. Nieuwe collega's krijgen in hun eerste jaar een "
        "maatje en na de eerste honderd dagen een extra gesprek met de directeur."),
    (H2, "9.5 Gesprekken"),
    (P, "Ieder jaar hebben we in oktober een startgesprek, waarin je met de directeur je doelen voor het jaar "
        "afspreekt, en in maart een ontwikkelgesprek. De directeur komt minstens twee keer per jaar in je klas "
        "kijken. Eens in de drie jaar is er een beoordelingsgesprek. In elk gesprek komt de vraag terug: wat heb "
        "jij nodig om je werk goed te doen? Wat daaruit komt, gebruikt de directeur bij het maken van de formatie "
        "en het scholingsplan."),
    (H2, "9.6 Werkdruk en gezondheid"),
    (P, "Werkdruk is bij ons een onderwerp, net als op andere scholen. Met de werkdrukmiddelen hebben we sinds "
        "2019 extra onderwijsassistenten en elke maand een middag zonder vergaderingen, waarop je kunt nakijken "
        "of voorbereiden. Collega's vanaf 57 jaar gebruiken hun uren duurzame inzetbaarheid; die roosteren we zo "
        "in dat ze een vaste vrije dag of middag hebben. Jonge ouders in het team kunnen, als het rooster het "
        "toelaat, een voorkeur opgeven voor hun werkdagen. Het verzuim was in 2023 6,8 procent. Ons doel is dat "
        "het in 2027 onder de 5,5 procent ligt."),
    (P, "Wij willen een gezond en vitaal team zijn, waarin iedereen zich gezien en erkend voelt in zijn of haar "
        "vakmanschap."),
    (P, "Dit sluit aan bij het venster Personeel in positie: alle medewerkers werken aantoonbaar aan hun "
        "professionele ontwikkeling."),

    (H1, "10. Zo bewaken we de kwaliteit"),
    (P, "Kwaliteit is voor ons geen map in de kast. We willen weten of wat we doen ook werkt, en bijsturen als dat "
        "niet zo is. Daarvoor werken we met een vaste jaarcyclus:"),
    (UL, [
        "Elk jaar maken we in juni een jaarplan met de doelen uit dit schoolplan die we dat jaar oppakken. Per "
        "doel staat erin wie eigenaar is, wat we gaan doen en waaraan we zien of het gelukt is.",
        "Na elke toetsperiode (januari en juni) maakt de intern begeleider een trendanalyse per groep en voor de "
        "hele school. Die bespreken we in een opbrengstvergadering met het team, waar we ook afspreken wat we in "
        "de groepen gaan doen.",
        "De directeur legt minimaal twee klassenbezoeken per leerkracht per jaar af, met een kijkwijzer die past "
        "bij EDI.",
        "We gebruiken de kwaliteitskaarten van WMK-PO om elk jaar twee of drie onderdelen van ons onderwijs te "
        "beoordelen; in 2024-2025 zijn dat lezen, zicht op ontwikkeling en sociale veiligheid.",
        "Ouders, leerlingen van groep 6 tot en met 8 en medewerkers vullen in 2025 en 2027 een "
        "tevredenheidsvragenlijst in.",
        "Elk kwartaal rapporteert de directeur aan het bestuur over leerlingaantallen, resultaten, personeel en "
        "financiën. In het jaarverslag, dat we in september afronden, kijken we terug op het jaarplan.",
    ]),
    (P, "Dit schoolplan evalueren we halverwege, in juni 2026, met het team en de MR. Als het nodig is, passen "
        "we dan de doelen aan."),

    (H1, "11. Vaststelling"),
    (P, "De medezeggenschapsraad van katholieke basisschool Sint Maarten heeft op 11 juni 2024 ingestemd met dit "
        "schoolplan."),
    (P, "Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan vastgesteld op 2 juli 2024."),
    (TAB, (["Functie", "Naam", "Datum en handtekening"], [
        ("Voorzitter medezeggenschapsraad", "Ilse Bakker", "11 juni 2024"),
        ("Directeur", "Marieke van Dongen", "11 juni 2024"),
        ("College van Bestuur ASG", "namens het College", "2 juli 2024"),
    ], [5, 5, 5])),
]


def _voorblad(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    for tekst, grootte, vet in [
        ("Katholieke basisschool Sint Maarten", 16, True),
        ("Stedenwijk, Almere Stad", 12, False),
        ("Schooljaren 2024-2025 tot en met 2027-2028", 12, False),
        ("Almeerse Scholen Groep", 12, False),
        ("Versie juni 2024", 10, False),
    ]:
        par = doc.add_paragraph()
        run = par.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    kern = doc.core_properties
    kern.author = "Marieke van Dongen"
    kern.last_modified_by = "Marieke van Dongen"
    kern.title = "Schoolplan 2024-2028 kbs Sint Maarten"
    kern.created = MOMENT
    kern.modified = MOMENT
    kern.revision = 3
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan 2024-2028 Sint Maarten, pagina ")
    page_field(voet)

    _voorblad(doc)
    for soort, inhoud in INHOUD:
        if soort == H1:
            doc.add_heading(inhoud, level=1)
        elif soort == H2:
            doc.add_heading(inhoud, level=2)
        elif soort == P:
            doc.add_paragraph(inhoud)
        elif soort == UL:
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == TAB:
            kop, rijen, breedtes = inhoud
            tabel(doc, kop, rijen, breedtes)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_67_sint_maarten_stedenwijk.docx")
