"""Schoolplan 2024-2028 van het Oostvaarders Vakcollege (vmbo basis/kader/mavo, techniek), Almere Buiten.

Geschreven zoals een directeur het in Word zou doen: vijf eigen ambities, elk met een korte analyse, wat de
school doet en een doelentabel (Doel | Indicator | 2025 | 2026 | 2027 | 2028).
Zelfstandig: alleen de standaardbibliotheek en python-docx.
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

STEMPEL = datetime.datetime(2024, 6, 14, 9, 30, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

def _taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(paragraph) -> None:  # type: ignore[no-untyped-def]
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


def _tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
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
    doc.add_paragraph()
    return table


def _deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
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


# ---------------------------------------------------------------- tekst

DOELKOP = ["Doel", "Indicator", "2025", "2026", "2027", "2028"]
DOELBREEDTE = [3.6, 5.6, 1.6, 1.6, 1.6, 1.6]

VOORWOORD = [
    "Voor u ligt het schoolplan van het Oostvaarders Vakcollege voor de schooljaren 2024-2025 tot en met "
    "2027-2028. We hebben het niet achter een bureau geschreven, maar in de werkplaats, de teamkamer en de "
    "mediatheek. Op twee studiedagen (15 november 2023 en 7 februari 2024) heeft het hele team gewerkt aan de "
    "vraag wat onze leerlingen in 2028 moeten kunnen en wat daarvoor van ons nodig is. De leerlingenraad heeft "
    "de concepttekst gelezen en op drie punten aangescherpt, onder meer bij de stages.",
    "Dit plan volgt niet de indeling van Koers 22 van de Almeerse Scholen Groep. We hebben gekozen voor vijf "
    "ambities die bij onze school passen. Bij elke ambitie staat kort waar we nu staan, wat we gaan doen en "
    "waaraan we per schooljaar willen zien dat het lukt. De kernwaarden en vensters van het bestuur lopen er "
    "dwars doorheen. De doelen werken we elk jaar uit in het jaarplan; de voortgang staat in het jaarverslag "
    "en in de kwartaalrapportages aan het College van Bestuur.",
    "Bij ons is iedereen waardevol en wordt iedereen gezien. Dat schrijven veel scholen. In dit plan leest u "
    "wat het bij ons betekent op een maandagochtend om half negen in de techniekhal.",
]

SCHOOLGEGEVENS = [
    ["Naam", "Oostvaarders Vakcollege"],
    ["BRIN", "30QK"],
    ["Bestuur", "Almeerse Scholen Groep (ASG), openbaar voortgezet onderwijs"],
    ["Locatie", "Almere Buiten, naast bedrijventerrein Sallandsekant"],
    ["Leerwegen", "vmbo basisberoepsgerichte leerweg, kaderberoepsgerichte leerweg, mavo (met praktijkgericht programma)"],
    ["Profielen", "Bouwen, wonen en interieur (BWI); Produceren, installeren en energie (PIE); Mobiliteit en transport (M&T)"],
    ["Leerlingen", "641 op 1 oktober 2023 (basis 47%, kader 35%, mavo 18%)"],
    ["Personeel", "79 medewerkers (61,4 fte), van wie 52 docenten en 9 instructeurs/toa's"],
    ["Directie", "Rachid El Khatib (directeur), Miriam van Dalen (teamleider onderbouw), Jeroen Smit (teamleider bovenbouw)"],
    ["Planperiode", "1 augustus 2024 tot en met 31 juli 2028"],
]

CONTEXT = [
    "Onze leerlingen komen uit Almere Buiten en, steeds vaker, uit Almere Poort en Oosterwold. Ze komen van 31 "
    "verschillende basisscholen. Ongeveer 38 procent woont in een wijk met een hoge achterstandsscore van het "
    "CBS, zoals delen van de Stripheldenbuurt en de Molenbuurt. Veel leerlingen hebben naast school een bijbaan "
    "en een flink deel is de eerste in het gezin die een diploma in de techniek haalt. 21 procent van de "
    "leerlingen heeft een ontwikkelingsperspectief of een arrangement voor extra ondersteuning.",
    "De arbeidsmarkt om ons heen vraagt om vakmensen. Almere bouwt de komende jaren duizenden woningen, "
    "installatiebedrijven zoeken monteurs voor warmtepompen, zonnepanelen en laadpalen, en garagebedrijven "
    "schakelen over op elektrisch rijden. Die vraag is een kans voor onze leerlingen, maar alleen als ons "
    "programma meebeweegt. Tegelijk merken we het lerarentekort: vacatures voor PIE, wiskunde en Nederlands "
    "staan soms maanden open.",
    "Het leerlingenaantal is stabiel (tussen 620 en 650 in de afgelopen vijf jaar). Het aandeel basisleerlingen "
    "groeit; het aandeel mavoleerlingen daalt licht. Op onze open dag in januari 2024 kwamen 410 bezoekers, "
    "iets meer dan het jaar ervoor. Onze resultaten en de tevredenheid van leerlingen en ouders zijn openbaar "
    "op Scholen op de kaart (het vroegere Vensters).",
]

WAARDEN = [
    "Onze missie is kort: met je handen én je hoofd. Wij leiden jonge mensen op die iets kunnen maken, die "
    "weten waarom ze het zo maken en die weten waar ze naartoe willen. Daarbij horen drie waarden die we in het "
    "team steeds opnieuw bespreken: vakmanschap, vertrouwen en verbinding.",
    "Wij gaan respectvol om met iedereen, binnen en buiten de school. Wij blijven nieuwsgierig naar nieuwe "
    "inzichten om ons onderwijs eigentijds te houden. En iedereen op het Oostvaarders geeft elke dag het beste "
    "van zichzelf. Dat zijn woorden die we delen met alle scholen van ASG.",
]

OPENBAAR = [
    "Als openbare school is onze deur open voor iedere leerling, welk geloof of welke achtergrond die ook heeft. "
    "Wij vragen bij de aanmelding alleen naar het advies en de ondersteuningsbehoefte, niet naar afkomst of "
    "levensovertuiging. Leerlingen van ruim veertig nationaliteiten zitten bij ons samen in de werkplaats.",
    "Dat vraagt meer dan een open deur. In leerjaar 2 geeft de sectie mens en maatschappij een lessenserie van "
    "acht weken over levensbeschouwingen, waarin leerlingen een moskee, een kerk en het Humanistisch Verbond in "
    "Almere bezoeken of een gast uitnodigen. In de mentorlessen spreken we af hoe we met verschillen omgaan, "
    "ook als het schuurt. Het Suikerfeest, Divali en Kerst worden in de aula op dezelfde manier gemarkeerd. "
    "Bij werving letten we erop dat het team de diversiteit van onze leerlingen weerspiegelt; in de "
    "sollicitatiecommissie zit altijd één leerling.",
]

PROGRAMMA = [
    "In leerjaar 1 en 2 volgen alle leerlingen een brede oriëntatie op techniek in het vak Techniek & Design "
    "(6 uur per week in de basis- en kaderklassen, 4 uur in de mavoklassen). Daarnaast krijgen zij de "
    "algemene vakken volgens de lessentabel: Nederlands (4 uur), Engels (3 uur), wiskunde (4 uur), mens en "
    "maatschappij, mens en natuur, lichamelijke opvoeding, kunstvakken en een wekelijks mentoruur. De "
    "lessentabel ligt ter inzage en staat in de schoolgids.",
    "In leerjaar 3 en 4 kiezen basis- en kaderleerlingen een profiel: BWI, PIE of M&T. Het profielvak beslaat "
    "12 uur per week, aangevuld met vier keuzevakken. Mavoleerlingen volgen sinds augustus 2024 het "
    "praktijkgericht programma Technologie & toepassing (4 uur per week) naast zes algemene examenvakken. "
    "Over vier leerjaren bieden wij ruim 3.800 uur onderwijs, boven de wettelijke norm van 3.700 uur.",
    "Voor Nederlands en rekenen werken we met de referentieniveaus: 1F als ondergrens en 2F als doel voor basis, "
    "2F voor kader en mavo. We toetsen twee keer per jaar met Diataal en Diarekenen. Leerlingen die achterlopen, "
    "krijgen in leerjaar 1 en 2 twee extra lesuren lezen of rekenen in plaats van een keuzeuur.",
]

AMBITIES_INTRO = [
    "Op de studiedagen hebben we vijf ambities gekozen. Ze zijn van ons: ze gaan over de dingen waarvan we "
    "vinden dat onze leerlingen er in 2028 het verschil van moeten merken. Elke ambitie heeft een eigenaar uit "
    "de schoolleiding en een werkgroep uit het team. De doelen in de tabellen zijn streefwaarden aan het einde "
    "van het schooljaar (2025 = schooljaar 2024-2025, enzovoort). Bij sommige doelen is de nulmeting van 2023-2024 "
    "in de analyse genoemd.",
]

A1_ANALYSE = [
    "Onze techniekhal (1.900 m², in 2021 gerenoveerd) is het hart van de school. Leerlingen zijn er graag: in "
    "de leerlingenquête van januari 2024 vond 71 procent de praktijklessen interessant, tegen 48 procent voor de "
    "theorielessen. Toch sluit ons programma niet overal aan op wat het werkveld vraagt. In PIE besteden we nog "
    "veel tijd aan draaien en frezen, terwijl installatiebedrijven in Almere vooral vragen om kennis van "
    "warmtepompen, zonnepanelen en slimme installaties. Van de veertien keuzevakken die we aanbieden, gaan er "
    "maar twee over energie of elektrisch rijden.",
    "Ook zien we dat leerlingen het meest leren als een opdracht echt is. Het bankje dat BWI vorig jaar voor het "
    "Molenpark maakte, wordt nog steeds door oud-leerlingen aangewezen. De e-bikes en scooters waar onze "
    "leerlingen zelf op rijden, zijn een veel betere aanleiding voor een les over accu's dan een werkblad.",
]

A1_DOEN = [
    "Keuzevakken vernieuwen. Vanaf 2025-2026 bieden we de keuzevakken Duurzame installatietechniek, Elektrisch "
    "rijden en Domotica aan; Verspanen bouwen we af. De installatiewerkplaats krijgt twee warmtepomp-opstellingen "
    "en een laadpaal. De sectie techniek herziet elk voorjaar samen met het Almeerse Techniekplatform (achttien "
    "bedrijven) welke keuzevakken blijven. In Elektrisch rijden beginnen we bij wat leerlingen kennen: ze "
    "nemen hun eigen e-bike of scooter mee en leren aan hun eigen accu meten.",
    "Werkplaatsweken. In 2024-2025 starten twee kaderklassen in leerjaar 3 met vier werkplaatsweken per jaar. In "
    "zo'n week werkt een klas aan één echte opdracht van een bedrijf of uit de wijk. De docenten Nederlands en "
    "wiskunde geven hun lessen in die week in de werkplaats, bij de opdracht. Na een evaluatie in juni 2025 "
    "breiden we uit naar alle klassen in leerjaar 3.",
    "Vakmanschapsroute. Samen met ROC van Flevoland starten we in augustus 2025 met de vakmanschapsroute voor "
    "BWI en PIE: een doorlopende leerlijn vmbo-mbo waarin leerlingen vanaf leerjaar 3 delen van de mbo-opleiding "
    "niveau 2 volgen. In leerjaar 4 zijn zij één dag per week op het ROC en geeft een mbo-docent mee les in onze "
    "werkplaats. Zo halen ze hun mbo-diploma een jaar eerder. We beginnen met zestien leerlingen en een "
    "gezamenlijk examenplan dat in het voorjaar van 2025 klaar moet zijn.",
    "Technologie & toepassing op de mavo. Mavoleerlingen werken in het praktijkgericht programma in "
    "ontwerpopdrachten van zes weken. Ten minste één opdracht per jaar komt van een bedrijf op de Sallandsekant.",
    "Digitale vaardigheden. In leerjaar 1 en 2 loopt een leerlijn met tekenen in CAD, 3D-printen en programmeren "
    "met Arduino. Aan het einde van leerjaar 2 halen leerlingen het schoolcertificaat Digitaal Vakman.",
    "De wijk in. Met woningcorporatie Ymere en het wijkteam Buiten-Oost spreken we per jaar minstens twee "
    "opdrachten af in de buurt, zoals het opknappen van speeltoestellen of het plaatsen van plantenbakken.",
]

A1_DOELEN = [
    ["Vernieuwd keuzevakkenaanbod", "Aantal keuzevakken over energie, elektrisch rijden of domotica", "2", "4", "5", "6"],
    ["Werkplaatsweken", "Aantal klassen in leerjaar 3 met vier werkplaatsweken", "2", "4", "6", "6"],
    ["Vakmanschapsroute", "Aantal leerlingen in de route vmbo-mbo", "-", "16", "30", "40"],
    ["Betrokkenheid bij praktijk", "% leerlingen dat praktijklessen (zeer) interessant vindt (leerlingenquête)", "73%", "76%", "78%", "80%"],
    ["Digitaal vakmanschap", "% leerlingen leerjaar 2 met certificaat Digitaal Vakman", "60%", "70%", "80%", "85%"],
    ["Echte opdrachten", "Aantal opdrachten van bedrijven of uit de wijk per schooljaar", "6", "10", "12", "15"],
]

A2_ANALYSE = [
    "Van onze gediplomeerden gaat 94 procent naar het mbo, 4 procent naar de havo en 2 procent gaat werken of "
    "doet iets anders. Dat is goed. Minder goed is dat volgens de gegevens uit Intergrip 16 procent van onze "
    "oud-leerlingen in het eerste mbo-jaar stopt of van opleiding wisselt. De meesten zeggen achteraf dat ze "
    "een andere keuze hadden moeten maken.",
    "Loopbaanoriëntatie was bij ons vooral iets wat leerlingen alleen deden, in Qompas. In de evaluatie van 2023 "
    "zeiden leerlingen dat een goed gesprek hen meer helpt dan een opdracht op de laptop. De snuffelstage in "
    "leerjaar 3 duurt één week en de beroepsstage in leerjaar 4 drie weken. In 2023-2024 had 12 procent van de "
    "leerlingen vier weken voor de start nog geen stageplaats. Op de LOB-ouderavond was 41 procent van de ouders.",
    "Verder zien we dat leerlingen vaak onder hun kunnen blijven. Een basisleerling die het in de werkplaats "
    "prima doet, durft niet naar kader; een kaderleerling die goed is in wiskunde, doet dat vak niet op "
    "mavoniveau omdat het rooster dat lastig maakt.",
]

A2_DOEN = [
    "Een LOB-leerlijn van vier jaar. De decanen hebben een leerlijn gemaakt: leerjaar 1 'wie ben ik', leerjaar 2 "
    "'welk profiel past bij mij', leerjaar 3 'welke beroepen zijn er' en leerjaar 4 'welke opleiding kies ik'. "
    "Qompas blijft het portfolio, maar de kern zijn drie loopbaangesprekken per jaar met de mentor. Eén daarvan "
    "is in leerjaar 3 en 4 een driehoeksgesprek met leerling, ouder en mentor.",
    "Stages beter begeleiden. Vanaf 2025-2026 duurt de beroepsstage in leerjaar 4 vier weken. Elke stagiair "
    "heeft een stagebegeleider van school die minstens één keer op de stageplek komt. De stagecoördinator "
    "houdt een bestand bij van ruim 140 erkende leerbedrijven en organiseert in januari een stagemarkt in de "
    "aula. Leerlingen krijgen een stagepaspoort waarin het bedrijf hun werkhouding en vakkennis beoordeelt. "
    "Mavoleerlingen lopen in leerjaar 3 twee weken stage bij een bedrijf of instelling naar keuze.",
    "Overstap naar het mbo. Alle leerlingen van leerjaar 4 lopen in november een dag mee op het ROC van hun "
    "keuze (proefstuderen). Wij zorgen dat iedereen vóór 1 april is aangemeld. Voor leerlingen met extra "
    "ondersteuning houden we een overdrachtsgesprek met het mbo; voor de anderen volstaat de digitale warme "
    "overdracht in Intergrip. In oktober bellen de decanen alle oud-leerlingen van het vorige jaar om te horen "
    "hoe het gaat, en we bespreken de uitkomsten met de secties.",
    "Hoger als het kan. In leerjaar 2 voert de mentor met elke leerling een gesprek over zijn niveau. Een "
    "basisleerling die kader aankan, stroomt op; een kaderleerling kan vanaf 2025-2026 één vak op mavoniveau "
    "examineren, daarvoor zetten we een rooster-blok op dinsdag en donderdag. Mavoleerlingen die naar de havo "
    "willen, volgen in leerjaar 4 een schakelmodule die we samen met de havo-afdeling van een andere ASG-school "
    "in Almere Buiten hebben ontwikkeld. Leerlingen die na leerjaar 2 liever zorg of economie kiezen, kunnen "
    "zonder tijdverlies overstappen naar een ASG-school met dat profiel; de decanen hebben daarvoor vaste "
    "afspraken en een gezamenlijk overstapformulier.",
    "Ouders erbij. De LOB-ouderavond wordt een avond met oud-leerlingen en leerbedrijven, in de werkplaats in "
    "plaats van in de aula. Ouders krijgen in het ouderportaal inzage in het LOB-portfolio van hun kind.",
]

A2_DOELEN = [
    ["Goede keuze", "% oud-leerlingen dat na één jaar nog in de gekozen mbo-opleiding zit", "85%", "87%", "89%", "90%"],
    ["Tijdig aanmelden", "% leerlingen leerjaar 4 aangemeld bij het mbo vóór 1 april", "93%", "96%", "98%", "100%"],
    ["Stageplaats op tijd", "% leerlingen met stageplaats vier weken voor de start", "88%", "92%", "95%", "97%"],
    ["Loopbaangesprekken", "Gemiddeld aantal loopbaangesprekken per leerling per jaar (Magister)", "2", "3", "3", "3"],
    ["Ouders bij LOB", "% ouders aanwezig bij het driehoeksgesprek in leerjaar 3 en 4", "65%", "75%", "80%", "85%"],
    ["Hoger als het kan", "% leerlingen leerjaar 3 boven het basisschooladvies of met een vak op hoger niveau", "9%", "11%", "13%", "15%"],
]

A3_ANALYSE = [
    "De inspectie beoordeelt onze onderwijsresultaten als voldoende, voor alle drie de leerwegen. De "
    "slagingspercentages van de afgelopen drie jaar waren voor basis 97, 98 en 97 procent, voor kader 92, 90 en "
    "89 procent en voor de mavo 88, 86 en 84 procent. De daling bij kader en mavo baart ons zorgen. Bij de "
    "mavo was het verschil tussen schoolexamen en centraal examen in 2023 gemiddeld 0,6 punt; dat is meer dan "
    "wij acceptabel vinden.",
    "Bij een interne audit in het voorjaar van 2023 bleek bovendien dat de programma's van toetsing en "
    "afsluiting (PTA's) per sectie verschillend zijn opgebouwd en dat de herkansingsregeling niet overal op "
    "dezelfde manier werd toegepast. Er is geen sprake van onregelmatigheden, maar we willen dat een leerling "
    "nooit verrast wordt door hoe zijn examen verloopt.",
]

A3_DOEN = [
    "PTA en examencommissie. De examencommissie vergadert zes keer per jaar en evalueert ieder PTA voor 1 juli. Alle PTA's krijgen "
    "hetzelfde format, dezelfde herkansingsregels en een toetsmatrijs per schoolexamentoets. Voor elke nieuwe "
    "toets geldt het vier-ogenprincipe: een tweede docent kijkt mee voordat de toets wordt afgenomen.",
    "Duidelijk vooraf. Het examenreglement en de PTA's staan voor 1 oktober in het ouderportaal. Leerlingen tekenen in de eerste "
    "mentorles voor ontvangst en bespreken met hun mentor wat er dat jaar van hen wordt verwacht.",
    "Oefenen met collega's. In januari houden we een oefen-CSPE voor alle profielen. De beoordelaars komen deels van twee andere "
    "vmbo-scholen van ASG; onze docenten beoordelen daar op hun beurt. De examensecretarissen van de ASG-"
    "vmbo's komen drie keer per jaar bij elkaar om procedures te vergelijken en van elkaars fouten te leren.",
    "Leren van de resultaten. In september analyseert elke sectie de examenresultaten met WOLF. Iedere sectie schrijft een verbeterplan "
    "van één pagina en voert jaarlijks een lesson-studycyclus uit: drie docenten ontwerpen samen een les, "
    "observeren elkaar en stellen de les bij. We beginnen bij wiskunde en Nederlands in de kaderklassen.",
    "Examentraining. Examenleerlingen krijgen in april een trainingsweek en een vaste examenmentor, die wekelijks met hen de "
    "voortgang bekijkt.",
]

A3_DOELEN = [
    ["Slagen basis", "Slagingspercentage basisberoepsgerichte leerweg", "97%", "97%", "98%", "98%"],
    ["Slagen kader", "Slagingspercentage kaderberoepsgerichte leerweg", "91%", "92%", "93%", "94%"],
    ["Slagen mavo", "Slagingspercentage mavo", "86%", "88%", "90%", "92%"],
    ["SE en CE in balans", "Gemiddeld verschil SE-CE mavo (cijferpunten)", "0,5", "0,4", "0,4", "0,3"],
    ["PTA op orde", "% PTA's in het schoolformat en geëvalueerd door de examencommissie", "80%", "100%", "100%", "100%"],
    ["Samen lessen verbeteren", "Aantal secties dat een lesson-studycyclus afrondt", "3", "5", "7", "8"],
]

A4_ANALYSE = [
    "In de monitor sociale veiligheid van 2023 gaf 88 procent van de leerlingen aan zich veilig te voelen op "
    "school; 11 procent zei het afgelopen jaar gepest te zijn, vaker online dan op school. De meeste incidenten "
    "spelen zich af in leerjaar 1 en 2 en beginnen in groepsapps. Leerlingen noemen hun mentor als de "
    "belangrijkste persoon bij wie ze terechtkunnen, maar 30 procent zegt dat de mentor te weinig tijd heeft "
    "voor een persoonlijk gesprek.",
    "Een op de vijf leerlingen heeft extra ondersteuning nodig. In 2023-2024 zaten er op een gegeven moment drie "
    "leerlingen langer dan vier weken thuis zonder passend aanbod. Ouders zijn in de oudervragenlijst redelijk "
    "tevreden over de school, maar minder over de informatie die ze krijgen (62 procent tevreden).",
]

A4_DOEN = [
    "Mentoraat. In leerjaar 1 en 2 hebben mentoren hooguit zestien mentorleerlingen en een wekelijks mentoruur. "
    "Elke leerling heeft vier keer per jaar een individueel gesprek van tien minuten met de mentor. Drie keer "
    "per jaar is er per leerjaar een leerlingbespreking, waarin we per leerling kijken naar resultaten, welbevinden "
    "en aanwezigheid. Aan het eind van elk schooljaar houden we de vakmanschapsavond: iedere leerling laat "
    "zijn beste werkstuk zien aan familie en krijgt een persoonlijk woord van de vakdocent.",
    "Veiligheid. Het schoolveiligheidsplan is in 2024 herzien. We hebben een anti-pestcoördinator, een vast "
    "protocol voor online pesten en een registratie van incidenten in Magister. Sinds januari 2024 gaat de "
    "telefoon in het kluisje. In de pauzes staan twee docenten en een conciërge op het plein. We meten elk jaar "
    "in februari de sociale veiligheid en bespreken de uitkomsten met de leerlingenraad. In de werkplaats geldt "
    "een eigen veiligheidsregime: alle leerlingen van BWI en PIE halen in leerjaar 4 het certificaat VCA-basis.",
    "Ondersteuning. Basisondersteuning is bij ons: mentorbegeleiding, dyslexie- en dyscalculiebegeleiding, een "
    "faalangstreductietraining, een huiswerkklas en een studiekeuzebegeleiding op maat. Voor extra ondersteuning "
    "hebben we Het Kompas, een ondersteuningsruimte met twee begeleiders waar leerlingen tijdelijk een deel van "
    "de dag werken. Wat we niet kunnen bieden, staat eerlijk in ons schoolondersteuningsprofiel: dagelijkse "
    "één-op-éénbegeleiding of onderwijs aan leerlingen voor wie de werkplaats door een fysieke beperking "
    "onveilig is. Het profiel is in maart 2024 geactualiseerd en wordt in 2026 opnieuw bekeken.",
    "Samen met de stad. Elke zes weken is er een ondersteuningsteam met de jeugdarts van de GGD Flevoland, de "
    "leerplichtambtenaar, het schoolmaatschappelijk werk en de consulent van het samenwerkingsverband. Wij "
    "spreken af dat geen leerling langer dan vier weken thuiszit zonder plan. Past onze school niet, dan "
    "melden we de leerling aan bij de plaatsingstafel van het samenwerkingsverband en blijven we "
    "verantwoordelijk tot er een nieuwe plek is.",
    "Welkom. Wie ons gebouw binnenloopt, wordt ontvangen bij de balie, waar twee leerlingen uit leerjaar 3 hun "
    "interne stage lopen samen met de conciërge. Nieuwe leerlingen krijgen in de eerste zes weken een buddy uit "
    "leerjaar 3, en nieuwe collega's een maatje uit het team. Bezoekers van bedrijven krijgen een rondleiding "
    "door leerlingen.",
    "Informatie voor ouders. Ouders krijgen na elke periode een voortgangsoverzicht in het ouderportaal, en zes "
    "keer per jaar de nieuwsbrief Buitenbericht, geschreven op B1-niveau. Bij ouderavonden zijn op verzoek tolken "
    "aanwezig (Arabisch, Turks, Pools). Op iedere vraag of klacht krijgen ouders binnen vijf werkdagen antwoord.",
    "Burgerschap. De burgerschapsleerlijn loopt via de mentorlessen en mens en maatschappij: leerjaar 1 'jij en "
    "de groep', leerjaar 2 'jij en de wijk', leerjaar 3 'jij en het werk' (rechten en plichten op de stage en in "
    "een baan) en leerjaar 4 'jij en de samenleving' met maatschappijleer en de Scholierenverkiezingen van "
    "ProDemos. Leerlingen houden een portfolio bij. De leerlingenraad (acht leerlingen) overlegt zes keer per "
    "jaar met de directeur en heeft dit jaar de pauzeregeling mee vormgegeven.",
]

A4_DOELEN = [
    ["Veilig voelen", "% leerlingen dat zich (heel) veilig voelt (monitor februari)", "89%", "90%", "92%", "93%"],
    ["Minder pesten", "% leerlingen dat aangeeft gepest te zijn", "10%", "9%", "8%", "7%"],
    ["Tijd voor de leerling", "% leerlingen met vier individuele mentorgesprekken per jaar", "75%", "85%", "95%", "95%"],
    ["Geen thuiszitters", "Aantal leerlingen langer dan vier weken thuis zonder plan", "0", "0", "0", "0"],
    ["Heldere informatie", "% ouders (zeer) tevreden over de informatie (oudervragenlijst)", "66%", "70%", "74%", "78%"],
    ["Burgerschap", "% leerlingen dat de burgerschapsleerlijn met een voldoende portfolio afrondt", "80%", "85%", "90%", "90%"],
]

A5_ANALYSE = [
    "Van onze 52 docenten zijn er negen (17 procent) nog niet bevoegd voor het vak dat zij geven. Zes van hen zijn "
    "zij-instromers uit het bedrijfsleven: een installateur, twee timmerlieden, een automonteur, een "
    "werkvoorbereider en een laborant. Drie onbevoegde docenten volgen nog geen opleiding. De gemiddelde "
    "leeftijd in het team is 49 jaar; in de komende vijf jaar gaan naar verwachting veertien collega's met "
    "pensioen, van wie zes in de techniek.",
    "Het ziekteverzuim was in 2023 7,4 procent, vooral door langdurig verzuim. In de laatste personeelsmonitor "
    "noemden collega's werkdruk en de zorg voor leerlingen als grootste belasting. 72 procent van de medewerkers "
    "had in de afgelopen drie jaar een beoordelingsgesprek. Medewerkers moeten erkenning ervaren voor hun "
    "vakmanschap en zich gezien voelen; de personeelsmonitor laat zien dat dat nog niet altijd zo is.",
]

A5_DOEN = [
    "Van vakman naar docent. Wij werven actief onder vakmensen in de regio, met de campagne Vakman zoekt klas. "
    "Een zij-instromer begint na een geschiktheidsonderzoek aan een tweejarig traject bij de lerarenopleiding. "
    "In het eerste jaar heeft hij vier lesuren per week minder lestaak, een coach uit het team en elke "
    "woensdagmiddag intervisie onder leiding van onze schoolopleider. We maken gebruik van de subsidie "
    "zij-instroom en vullen die aan uit het professionaliseringsbudget.",
    "Iedere onbevoegde docent een plan. Elke onbevoegde docent heeft vóór 1 januari 2025 een bevoegdheidsplan "
    "met een opleiding, een einddatum en afspraken over studieverlof. De school betaalt het collegegeld en "
    "geeft een studiedag per week in het jaar van de afstudeeropdracht. De teamleider bespreekt de voortgang "
    "twee keer per jaar. Nieuwe onbevoegde collega's nemen we alleen aan als zij binnen een jaar met een "
    "opleiding starten.",
    "Opleiden in de school. Wij zijn opleidingsschool binnen het samenwerkingsverband van ASG met Hogeschool "
    "Windesheim en begeleiden elk jaar acht leraren in opleiding. Samen met ROC van Flevoland en twee andere "
    "vmbo-scholen in Almere hebben we in 2024 afgesproken om techniekdocenten gezamenlijk aan te stellen in een "
    "combinatiebaan vmbo-mbo, zodat we het tekort in de techniek samen opvangen.",
    "Scholing. Het professionaliseringsbudget is € 72.000 per jaar. De teamscholing in deze periode gaat over "
    "expliciete directe instructie en activerende didactiek in de werkplaats; daarvoor volgen alle docenten in "
    "2024-2025 een module van de ASG Academie. Daarnaast formuleert iedere docent in zijn persoonlijk "
    "ontwikkelplan een eigen leervraag. Collega's die dat willen, lopen twee dagen per jaar een docentstage in "
    "een bedrijf; in 2023-2024 deden veertien docenten dat uit eigen beweging. Instructeurs halen de "
    "certificaten die in het werkveld gelden, zoals NEN 3140.",
    "Samen leren. Naast de lesson study in de secties (ambitie 3) is er een professionele leergemeenschap "
    "Praktijkgericht leren met docenten van het ROC en van twee ASG-vmbo's, die vijf keer per jaar bijeenkomt.",
    "Gesprekken. Iedere medewerker heeft elk jaar een ontwikkelgesprek met zijn teamleider, na minstens één "
    "lesbezoek. Eens in de drie jaar is het een beoordelingsgesprek. Verslagen komen in het digitale "
    "personeelsdossier.",
    "Gezond aan het werk, in elke levensfase. Startende docenten krijgen in hun eerste jaar 10 procent minder "
    "lestaak. Collega's vanaf 57 jaar kunnen hun uren voor duurzame inzetbaarheid ook inzetten om pleinwachten "
    "of mentoraat te laten vallen. De teamleider belt op de eerste ziektedag en bespreekt na twee weken samen met "
    "de medewerker wat helpt. De werkdrukmiddelen zetten we in voor twee extra onderwijsassistenten in de "
    "werkplaats.",
]

A5_DOELEN = [
    ["Bevoegd voor de klas", "% lessen gegeven door een bevoegde docent", "83%", "86%", "90%", "95%"],
    ["Onbevoegden in traject", "% onbevoegde docenten met bevoegdheidsplan en opleidingsplek", "70%", "90%", "100%", "100%"],
    ["Professionalisering", "% docenten dat ten minste 40 uur scholing registreert", "60%", "75%", "85%", "90%"],
    ["Docentstage", "Aantal docenten per jaar met een docentstage in een bedrijf", "8", "12", "15", "18"],
    ["Gesprekscyclus", "% medewerkers met een jaarlijks ontwikkelgesprek", "85%", "95%", "100%", "100%"],
    ["Verzuim", "Ziekteverzuimpercentage (exclusief zwangerschap)", "6,8%", "6,3%", "5,9%", "5,5%"],
]

KWALITEIT = [
    "Onze kwaliteitszorg is samenhangend, cyclisch en integraal. In de praktijk betekent dat een vaste "
    "kwaliteitskalender. In juli stellen we het jaarplan vast, met per ambitie de acties van dat jaar. Elk "
    "kwartaal rapporteert de directeur aan het College van Bestuur. In september analyseren we de "
    "examenresultaten, in januari houden we de leerlingenquête, in februari de monitor sociale veiligheid en in "
    "maart de oudervragenlijst. Eens in de twee jaar doen we mee aan de personeelsmonitor van ASG. In juni "
    "schrijft iedere afdeling een zelfevaluatie van twee pagina's; die vormt de basis voor het jaarverslag.",
    "Iedere docent krijgt twee lesbezoeken per jaar van de teamleider of een collega, met een kijkwijzer die "
    "het team in 2024 heeft gemaakt op basis van expliciete directe instructie. De inspectie heeft de school "
    "in 2022 voor het laatst bezocht, in het kader van het vierjaarlijks onderzoek bij het bestuur; wij hebben "
    "het basisarrangement.",
    "De medezeggenschapsraad (vier personeelsleden, twee ouders en twee leerlingen) was bij dit plan een echte "
    "sparringpartner. In twee themabijeenkomsten, in december 2023 en maart 2024, heeft de MR de concepten "
    "besproken; op voorstel van de leerlinggeleding is het doel over tijdig aanmelden bij het mbo aangescherpt. "
    "Ook bespreken we voortaan elk jaar in oktober de voortgang van het jaarplan met de MR.",
    "Geld. De vernieuwing van de installatiewerkplaats (warmtepomp-opstellingen, laadpaal, domotica-opstellingen) "
    "kost ongeveer € 145.000. Daarvan komt € 90.000 uit de middelen van Sterk Techniekonderwijs Flevoland en de "
    "rest uit de meerjarenbegroting. De vakmanschapsroute wordt de eerste twee jaar mede betaald uit een "
    "regionale subsidie die het ROC heeft aangevraagd.",
]

VASTSTELLING = [
    "De medezeggenschapsraad heeft op 11 juni 2024 ingestemd met dit schoolplan. Het College van Bestuur van "
    "de Almeerse Scholen Groep heeft het plan vastgesteld op 2 juli 2024.",
]


# ---------------------------------------------------------------- opbouw

def _p(doc, tekst, stijl=None):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)


def _opsomming(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        kop, _, rest = item.partition(". ")
        par = doc.add_paragraph(style="List Bullet")
        par.add_run(kop + ". ").bold = True
        par.add_run(rest)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = "Schoolplan Oostvaarders Vakcollege 2024-2028 - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _paginanummer(voet)

    cp = doc.core_properties
    cp.author = "R. El Khatib"
    cp.title = "Schoolplan Oostvaarders Vakcollege 2024-2028"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.last_printed = STEMPEL
    cp.revision = 7
    cp.last_modified_by = "R. El Khatib"

    # titelpagina
    for _ in range(4):
        doc.add_paragraph()
    titel = doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for regel, grootte, vet in (
        ("Oostvaarders Vakcollege", 20, True),
        ("vmbo basis - kader - mavo | techniek", 14, False),
        ("Almere Buiten", 14, False),
        ("Met je handen én je hoofd", 12, False),
    ):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(regel)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_paragraph()
    slot = doc.add_paragraph("Schooljaren 2024-2025 tot en met 2027-2028\nVersie juni 2024")
    slot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    doc.add_heading("Inhoud", level=1)
    for regel in (
        "1. Voorwoord",
        "2. Wie wij zijn",
        "3. Ambities",
        "    Ambitie 1 - Vakmanschap in een echte werkplaats",
        "    Ambitie 2 - Iedere leerling kiest met kennis van zaken",
        "    Ambitie 3 - Examens zonder verrassingen",
        "    Ambitie 4 - Een veilige school waar je gekend wordt",
        "    Ambitie 5 - Een team van vakmensen",
        "4. Kwaliteitszorg en verantwoording",
        "5. Vaststelling",
    ):
        _p(doc, regel)
    doc.add_page_break()

    doc.add_heading("1. Voorwoord", level=1)
    for t in VOORWOORD:
        _p(doc, t)
    ondert = _p(doc, "Rachid El Khatib, directeur")
    ondert.runs[0].italic = True

    doc.add_heading("2. Wie wij zijn", level=1)
    doc.add_heading("2.1 Schoolgegevens", level=2)
    _tabel(doc, ["Gegeven", "Oostvaarders Vakcollege"], SCHOOLGEGEVENS, [4.0, 11.5])
    doc.add_heading("2.2 Onze leerlingen en onze omgeving", level=2)
    for t in CONTEXT:
        _p(doc, t)
    doc.add_heading("2.3 Waar wij voor staan", level=2)
    for t in WAARDEN:
        _p(doc, t)
    doc.add_heading("2.4 Een openbare school", level=2)
    for t in OPENBAAR:
        _p(doc, t)
    doc.add_heading("2.5 Ons onderwijsprogramma", level=2)
    for t in PROGRAMMA:
        _p(doc, t)

    doc.add_heading("3. Ambities", level=1)
    for t in AMBITIES_INTRO:
        _p(doc, t)

    ambities = (
        ("Ambitie 1 - Vakmanschap in een echte werkplaats", "Eigenaar: Jeroen Smit, teamleider bovenbouw",
         A1_ANALYSE, A1_DOEN, A1_DOELEN),
        ("Ambitie 2 - Iedere leerling kiest met kennis van zaken", "Eigenaar: Jeroen Smit, met de decanen",
         A2_ANALYSE, A2_DOEN, A2_DOELEN),
        ("Ambitie 3 - Examens zonder verrassingen", "Eigenaar: Rachid El Khatib, met de examencommissie",
         A3_ANALYSE, A3_DOEN, A3_DOELEN),
        ("Ambitie 4 - Een veilige school waar je gekend wordt", "Eigenaar: Miriam van Dalen, teamleider onderbouw",
         A4_ANALYSE, A4_DOEN, A4_DOELEN),
        ("Ambitie 5 - Een team van vakmensen", "Eigenaar: Rachid El Khatib, met de schoolopleider",
         A5_ANALYSE, A5_DOEN, A5_DOELEN),
    )
    for kop, eigenaar, analyse, doen, doelen in ambities:
        doc.add_heading(kop, level=2)
        e = _p(doc, eigenaar)
        e.runs[0].italic = True
        doc.add_heading("Waar staan we?", level=3)
        for t in analyse:
            _p(doc, t)
        doc.add_heading("Wat doen we?", level=3)
        _opsomming(doc, doen)
        doc.add_heading("Doelen", level=3)
        _tabel(doc, DOELKOP, doelen, DOELBREEDTE)

    doc.add_heading("4. Kwaliteitszorg en verantwoording", level=1)
    for t in KWALITEIT:
        _p(doc, t)

    doc.add_heading("5. Vaststelling", level=1)
    for t in VASTSTELLING:
        _p(doc, t)
    _tabel(
        doc,
        ["", "Naam", "Datum", "Handtekening"],
        [
            ["Directeur", "Rachid El Khatib", "2 juli 2024", ""],
            ["Voorzitter MR", "Annemiek Brouwer", "11 juni 2024", ""],
            ["College van Bestuur ASG", "", "2 juli 2024", ""],
        ],
        [4.0, 4.5, 3.0, 4.0],
    )

    doc.save(path)
    _deterministisch(path, STEMPEL)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_89_oostvaarders_vakcollege.docx")
