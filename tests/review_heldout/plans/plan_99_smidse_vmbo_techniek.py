"""Schoolplan 2025-2029 van De Smidse, techniekcollege voor vmbo basis en kader (Almere Buiten).

Hoofdstukken per kernwaarde (Heading 1), de vensters als Heading 2 binnen die hoofdstukken,
en één doelentabel in het hoofdstuk 'Onze doelen'. Alleen standaardbibliotheek en python-docx.
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
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2025, 3, 21, 9, 0, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

def taal_nl(doc) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:
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


def tabel(doc, kop, rijen, breedtes=None):
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


def deterministisch(path, when: datetime.datetime) -> None:
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

H1, H2, H3, P, B, T, PB = "h1", "h2", "h3", "p", "b", "t", "pb"

INHOUD = [
    (H1, "Vooraf"),
    (P, "Voor je ligt het schoolplan van De Smidse voor de schooljaren 2025-2026 tot en met 2028-2029. "
        "Het is het derde schoolplan sinds de school in 2012 verhuisde naar het gebouw aan de "
        "Ketelmakerstraat, en het eerste dat we echt met het hele team hebben geschreven. In januari en "
        "februari 2025 hebben we twee studiedagen besteed aan de vragen uit de Koerswijzer van ASG. "
        "Docenten, praktijkinstructeurs, TOA's, de conciërges, de administratie en de zorgcoördinator zaten "
        "in gemengde groepjes en schreven hun antwoorden op grote vellen, die daarna weken in de "
        "personeelskamer hebben gehangen. De leerlingenraad heeft een middag meegedaan en twaalf "
        "stagebedrijven hebben op ons bedrijvenontbijt van 6 februari gereageerd op de eerste versie."),
    (P, "We hebben het plan ingedeeld naar de vier kernwaarden van ASG: gezien worden, open, "
        "vooruitstrevend en ambitieus. Bij elke kernwaarde beschrijven we wat we nu al doen en wat we "
        "willen veranderen. De vier vensters uit de koers staan in de hoofdstukken waar ze voor ons het best "
        "passen: goed en toegankelijk onderwijs bij gezien worden, partnerschap bij open, de meerwaarde van "
        "ASG bij vooruitstrevend en personeel in positie bij ambitieus. Al onze doelen staan daarna bij "
        "elkaar in het hoofdstuk Onze doelen. Die tabel is de basis voor de jaarplannen."),
    (P, "Een schoolplan moet geen dik boek worden dat niemand leest. We hebben geprobeerd te schrijven "
        "zoals we praten: kort, praktisch en eerlijk over wat nog niet goed gaat. In het MT-overleg pakken "
        "we het plan elke maand erbij en de teamleiders nemen het mee naar de sectievergaderingen."),
    (P, "Erik Holtkamp, directeur\nAlmere, maart 2025"),

    (H1, "De Smidse in het kort"),
    (P, "De Smidse is een openbare school voor vmbo in de basisberoepsgerichte en de "
        "kaderberoepsgerichte leerweg, met leerwegondersteunend onderwijs (lwoo). We zijn een technische "
        "school: al onze leerlingen kiezen in leerjaar 3 een van de vier technische profielen. De school "
        "staat in Almere Buiten, tussen de Bouwmeesterbuurt en het bedrijventerrein Sallandsekant. Voor "
        "leerlingen is dat handig, want veel stagebedrijven zitten op fietsafstand."),
    (T, ["Kenmerk", "Gegevens"], [
        ["Naam", "De Smidse, techniekcollege voor vmbo basis en kader"],
        ["BRIN", "31TK"],
        ["Adres", "Ketelmakerstraat 10, Almere Buiten"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Leerwegen", "basisberoepsgerichte leerweg, kaderberoepsgerichte leerweg, lwoo"],
        ["Profielen", "Produceren, Installeren en Energie (PIE); Bouwen, Wonen en Interieur (BWI); "
                      "Media, Vormgeving en ICT (MVI); Mobiliteit en Transport (M&T)"],
        ["Leerlingen (1 oktober 2024)", "612 (leerjaar 1: 168, leerjaar 2: 160, leerjaar 3: 148, leerjaar 4: 136)"],
        ["Medewerkers", "78 (62,4 fte)"],
        ["Schoolleiding", "Erik Holtkamp (directeur), Nadia el Amrani (teamleider onderbouw), "
                          "Jeroen Vos (teamleider bovenbouw)"],
        ["Planperiode", "1 augustus 2025 tot en met 31 juli 2029"],
    ], [5, 11]),
    (P, "Ruim vier op de vijf leerlingen zijn jongens. 57 procent woont in Almere Buiten, 28 procent in "
        "Almere Stad en de rest in Almere Poort, Almere Haven en Lelystad. Iets meer dan 40 procent van de "
        "leerlingen heeft een lwoo-indicatie. Veel leerlingen komen van een van de zes basisscholen in "
        "Buiten waarmee we al jaren samenwerken. Het leerlingenaantal is in vijf jaar gegroeid van 540 naar "
        "612; de gemeente verwacht in Almere Buiten tot 2030 een lichte groei van het aantal twaalfjarigen."),
    (H2, "Ons onderwijsprogramma"),
    (P, "In leerjaar 1 en 2 krijgen alle leerlingen het vak Techniek Breed: zes lesuren per week werken ze "
        "in alle vier de werkplaatsen, steeds tien weken per profiel. Daarnaast volgen ze Nederlands, "
        "Engels, wiskunde, rekenen, mens en natuur, mens en maatschappij, lichamelijke opvoeding en "
        "beeldende vorming; vanaf leerjaar 2 komt nask1 erbij. Aan het eind van leerjaar 2 kiezen leerlingen "
        "hun profiel. In leerjaar 3 en 4 volgen ze het profielvak, vier keuzevakken en de algemene vakken "
        "die bij de sector techniek horen: Nederlands, Engels, wiskunde, nask1, maatschappijleer (leerjaar "
        "3), lichamelijke opvoeding en CKV."),
    (T, ["Vak (lesuren van 50 minuten per week)", "Lj 1", "Lj 2", "Lj 3", "Lj 4"], [
        ["Nederlands", "4", "4", "3", "3"],
        ["Engels", "3", "3", "3", "3"],
        ["Wiskunde", "3", "3", "3", "3"],
        ["Rekenen", "1", "1", "-", "-"],
        ["Nask1", "-", "2", "3", "3"],
        ["Mens en natuur", "2", "-", "-", "-"],
        ["Mens en maatschappij", "2", "2", "-", "-"],
        ["Maatschappijleer", "-", "-", "2", "-"],
        ["Lichamelijke opvoeding", "3", "3", "2", "2"],
        ["Beeldende vorming / CKV", "2", "1", "1", "-"],
        ["Techniek Breed", "6", "6", "-", "-"],
        ["Profielvak", "-", "-", "8", "8"],
        ["Keuzevakken", "-", "-", "4", "6"],
        ["Mentorles en LOB", "2", "2", "1", "1"],
        ["Totaal", "28", "27", "30", "29"],
    ], [7, 2, 2, 2, 2]),
    (P, "Met deze lessentabel, de stages en de projectweken komen we boven de wettelijke 3.700 uur "
        "onderwijstijd voor de vier leerjaren samen; volgens de urenverantwoording van 2024-2025 plannen "
        "we ongeveer 3.780 uur. Het gebouw is open van 7.45 tot 17.00 uur; het eerste lesuur begint om "
        "8.30 uur en het laatste eindigt om 15.45 uur."),
    (P, "In leerjaar 3 en 4 werken leerlingen volgens het programma van toetsing en afsluiting (PTA). Het "
        "PTA van elk cohort staat op 1 oktober op de website en de examenkandidaten krijgen het ook op "
        "papier. Het centraal schriftelijk en praktisch examen (cspe) voor het profielvak nemen we af in de "
        "werkplaatsen, in april en mei. De algemene vakken sluiten af met een centraal examen in mei. In "
        "2024 slaagde 98 procent van de kandidaten in de basisberoepsgerichte leerweg en 93 procent in de "
        "kaderberoepsgerichte leerweg."),

    (H1, "Gezien worden"),
    (P, "Bij ons is iedereen waardevol en wordt iedereen gezien, leerlingen en collega's. Voor veel van "
        "onze leerlingen is dat niet vanzelfsprekend: een deel van hen heeft op de basisschool vooral gehoord "
        "wat ze níet konden. In de werkplaats merken ze vaak voor het eerst dat ze ergens echt goed in zijn."),
    (H2, "Welkom op De Smidse"),
    (P, "Wie 's ochtends binnenkomt, wordt begroet. Tussen 8.10 en 8.30 uur staan de mentoren van leerjaar "
        "1 en 2 bij de deur van hun thuislokaal en de conciërges bij de hoofdingang. Bezoekers melden zich "
        "bij de balie en worden binnen vijf minuten opgehaald door degene met wie ze een afspraak hebben; "
        "wachten in de hal met een kop koffie mag, zoeken door de gangen hoeft niet. Op de open dagen in "
        "januari en februari leiden leerlingen uit leerjaar 3 de bezoekers rond door de werkplaatsen. Zij "
        "krijgen daarvoor vooraf een korte training van de afdeling MVI."),
    (P, "Nieuwe leerlingen beginnen het schooljaar met drie kennismakingsdagen. Ze bouwen in groepjes een "
        "vogelhuisje of een klein kastje en nemen dat mee naar huis. Na drie dagen kennen ze de weg in het "
        "gebouw, weten ze wie hun mentor is en hebben ze al een keer in de werkplaats gestaan. Stagebedrijven "
        "nodigen we twee keer per jaar uit voor een bedrijvenontbijt in de aula, waar de leerlingenraad "
        "gastheer is."),
    (H2, "Mentor en coach"),
    (P, "Elke klas heeft een mentor die de leerlingen ook lesgeeft. In leerjaar 1 en 2 zijn er twee "
        "mentoruren per week, in leerjaar 3 en 4 één. Voor de zomervakantie krijgen we van de basisschool "
        "het onderwijskundig rapport via de Overstapservice Onderwijs, en in juni voeren de mentoren van "
        "leerjaar 1 een warme overdracht met de leerkrachten van groep 8. In de eerste zes weken heeft elke "
        "nieuwe leerling samen met zijn ouders een kennismakingsgesprek met de mentor."),
    (P, "Twee keer per jaar, in november en maart, is er een driehoeksgesprek tussen mentor, leerling en "
        "ouders. De leerling bereidt dat gesprek voor met een formulier waarop hij zelf invult wat goed gaat, "
        "wat lastig is en waar hij hulp bij wil. De mentor zet de afspraken in Magister, zodat alle docenten "
        "van de klas ze kunnen zien."),
    (P, "Ook bij collega's willen we weten wat ze nodig hebben. Nieuwe collega's krijgen een maatje uit hun "
        "sectie en hebben na zes weken en na drie maanden een gesprek met hun teamleider over hoe het gaat "
        "en wat ze nog missen."),
    (H2, "Goed en toegankelijk onderwijs"),
    (P, "Net als ASG willen we een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
        "Hieronder beschrijven we hoe we ervoor zorgen dat leerlingen bij ons het onderwijs en de "
        "ondersteuning krijgen die ze nodig hebben."),
    (H3, "Toetsen en leerlingbesprekingen"),
    (P, "In leerjaar 1 en 2 nemen we drie keer per jaar de DIA-toetsen voor Nederlands (lezen en "
        "taalverzorging) en rekenen af. De uitslagen bespreken we in de leerlingbesprekingen in oktober, "
        "januari en april, waar alle docenten van de klas bij zijn. Voor elke leerling die achterblijft "
        "maken de zorgcoördinator en de mentor daarna een korte afspraak: extra leesbegeleiding, de "
        "rekenklas op dinsdag het achtste uur of een gesprek met de ondersteuningscoördinator. In de "
        "werkplaats houden de praktijkdocenten per leerling een vaardighedenkaart bij, die in één oogopslag "
        "laat zien welke technieken een leerling beheerst."),
    (H3, "Ons schoolondersteuningsprofiel"),
    (P, "Ons schoolondersteuningsprofiel (SOP) beschrijft wat we wel en niet kunnen bieden. De "
        "basisondersteuning geldt voor alle leerlingen: klassen van maximaal 18 leerlingen in de "
        "basisberoepsgerichte leerweg en 22 in de kaderberoepsgerichte leerweg, vaste mentoruren, een "
        "dyslexie- en dyscalculieprotocol met voorleessoftware (ClaroRead) en extra tijd bij toetsen, "
        "huiswerkbegeleiding van maandag tot en met donderdag tot 16.30 uur en een "
        "faalangstreductietraining in leerjaar 1 en 3."),
    (P, "Voor extra ondersteuning is er het Steunpunt: een rustig lokaal op de eerste verdieping met twee "
        "begeleiders passend onderwijs. Leerlingen kunnen er met een pasje terecht als het in de klas even "
        "niet lukt, en er lopen korte trajecten voor plannen, concentratie en huiswerk. Eén dag per week is "
        "er een orthopedagoog op school en de schoolmaatschappelijk werker van het wijkteam heeft op woensdag "
        "een vast spreekuur. Voor ongeveer 25 leerlingen is er een ontwikkelingsperspectief (OPP), dat we "
        "twee keer per jaar met leerling en ouders evalueren."),
    (P, "Er zijn ook grenzen. Leerlingen die de hele dag één-op-één begeleiding nodig hebben, kunnen we niet "
        "goed helpen. Het gebouw heeft een lift en een invalidentoilet, maar in de BWI-werkplaats kan een "
        "leerling in een rolstoel niet met alle machines werken. In het aanmeldgesprek bespreken we dat "
        "eerlijk met ouders."),
    (H3, "Als het bij ons niet lukt"),
    (P, "We zijn aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. Onze "
        "ondersteuningscoördinator zit in het maandelijkse thuiszittersoverleg van het samenwerkingsverband. "
        "Als een leerling bij ons niet verder kan, zoeken we samen met het samenwerkingsverband en de ouders "
        "een andere school of voorziening; de leerling blijft bij ons ingeschreven en krijgt werk mee tot de "
        "overstap rond is. In 2023-2024 stapten drie leerlingen over naar het praktijkonderwijs en twee naar "
        "het voortgezet speciaal onderwijs; geen van hen zat langer dan drie weken thuis."),
    (H3, "Leren met je handen"),
    (P, "Onze leerlingen leren het best als ze iets maken wat ze kennen en wat ergens voor dient. Daarom "
        "kiest per leerjaar een leerlingenpanel mee welke projecten we in Techniek Breed doen. De afgelopen "
        "jaren waren dat onder meer een e-step ombouwen, een gamebureau ontwerpen en bouwen, een "
        "fietsenstalling voor de school en een korte film over je eigen straat. Bij de algemene vakken "
        "gebruiken we zoveel mogelijk opdrachten uit de werkplaats: rekenen met een materiaalstaat, Engels "
        "met de handleiding van een echte machine en Nederlands met de sollicitatiebrief voor de stage."),

    (H1, "Open"),
    (P, "Wij gaan respectvol om met iedereen binnen en buiten de school. De Smidse is een openbare school. "
        "We zijn eerlijk tegen leerlingen en ouders, ook als het nieuws niet leuk is."),
    (H2, "Communicatie"),
    (P, "Ouders en leerlingen vinden alles over cijfers, huiswerk en aanwezigheid in Magister. Docenten "
        "zetten een cijfer binnen tien schooldagen na de toets in Magister; het huiswerk voor de volgende "
        "week staat er uiterlijk vrijdag in. Elke eerste vrijdag van de maand verschijnt de nieuwsbrief "
        "Smidsebericht, met een korte samenvatting in eenvoudig Nederlands. Mails van ouders beantwoorden "
        "we binnen twee werkdagen. Als een leerling ongeoorloofd afwezig is, belt de verzuimcoördinator "
        "dezelfde dag nog naar huis."),
    (P, "Het PTA, het examenreglement, de schoolgids en het jaarverslag staan op de website. In het "
        "jaarverslag staan ook de examenresultaten en de uitkomsten van de tevredenheidspeilingen, ook als "
        "die tegenvallen."),
    (H2, "Burgerschap"),
    (P, "Burgerschap is bij ons geen apart vak, maar een leerlijn die door de mentorlessen, mens en "
        "maatschappij, maatschappijleer en LOB loopt. Per leerjaar staat één thema centraal:"),
    (B, "Leerjaar 1, Wie ben ik, wie zijn wij: afspraken maken in de klas, samenwerken in de werkplaats, "
        "je mening geven zonder een ander af te vallen."),
    (B, "Leerjaar 2, Mijn wijk: leerlingen brengen in kaart wat er in hun buurt goed en niet goed gaat en "
        "presenteren dat aan een raadslid tijdens een bezoek aan het stadhuis."),
    (B, "Leerjaar 3, Democratie en rechtsstaat: bij maatschappijleer behandelen we verkiezingen, de "
        "rechtspraak en de grondrechten; bij landelijke verkiezingen doen we mee aan de Scholierenverkiezingen "
        "van ProDemos."),
    (B, "Leerjaar 4, Werken en je rechten: arbeidscontracten, cao's, de rol van de vakbond en wat je doet "
        "als je op je stage oneerlijk wordt behandeld."),
    (P, "De leerlingenraad (acht leerlingen, elk jaar in september gekozen) praat mee over het schoolbeleid "
        "en levert de twee leerlingleden van de MR."),
    (H2, "Partnerschap"),
    (H3, "Ouders"),
    (P, "Ouders kennen hun kind het best. Naast de twee driehoeksgesprekken per jaar organiseren we in "
        "leerjaar 2 de avond Kiezen na leerjaar 2, waarop ouders met hun kind langs de vier werkplaatsen lopen "
        "en de praktijkdocenten vragen kunnen stellen. In juni is de avond Ouders in de werkplaats, waar "
        "leerlingen uit leerjaar 3 laten zien wat ze dat jaar hebben gemaakt. Het ouderpanel (tien ouders) "
        "komt vier keer per jaar bij elkaar met de directeur. In 2023-2024 was 81 procent van de ouders bij "
        "ten minste één driehoeksgesprek; als ouders niet komen, belt de mentor of gaat hij op huisbezoek."),
    (H3, "Medezeggenschap"),
    (P, "De MR bestaat uit vier personeelsleden, twee ouders en twee leerlingen. We leggen plannen in een "
        "vroeg stadium aan de MR voor, zodat er nog iets te kiezen valt. In 2024-2025 heeft de MR zo "
        "meegedacht over de nieuwe lestijden en over het telefoonbeleid. Op beide punten is het voorstel na "
        "de bespreking aangepast: de middagpauze is tien minuten langer geworden en de telefoontas geldt "
        "alleen in leerjaar 1 en 2."),
    (H3, "Stages en loopbaanoriëntatie"),
    (P, "LOB begint in leerjaar 1. Leerlingen houden een digitaal loopbaandossier bij in Qompas, waarin ze "
        "na elke activiteit een korte reflectie schrijven. In leerjaar 2 lopen ze een week snuffelstage bij "
        "een bedrijf naar keuze. In leerjaar 3 volgt een beroepsoriënterende stage van twee weken en in "
        "leerjaar 4 een stage van drie weken in het eigen profiel. Alle stageplaatsen zijn bij erkende "
        "leerbedrijven (SBB); op dit moment werken we met 46 bedrijven. De stagecoördinator bezoekt elke "
        "leerling minstens één keer op de stageplek. In leerjaar 4 bezoeken alle leerlingen twee open dagen "
        "van mbo-opleidingen en voeren ze een keuzegesprek met mentor en ouders, zodat de aanmelding voor het "
        "mbo vóór 1 april rond is."),
    (H3, "Bedrijven, ROC en de wijk"),
    (P, "Wij werken proactief samen met een breed scala aan partners. Een paar voorbeelden van wat dat in de "
        "praktijk betekent:"),
    (B, "ROC van Flevoland: in de Techniekroute volgen kaderleerlingen van PIE en BWI in leerjaar 4 elke "
        "donderdag lessen op het ROC; in 2024-2025 deden 22 leerlingen mee. Met het ROC hebben we afspraken "
        "over de overdracht van leerlingen met een ondersteuningsbehoefte."),
    (B, "Flevotherm Installatietechniek levert materiaal voor het Energielab en stuurt elke week een monteur "
        "die samen met onze docent lesgeeft (zie het hoofdstuk Vooruitstrevend)."),
    (B, "Bouwbedrijf Van Rijswijk en Autobedrijf Buitenring bieden elk jaar samen tien stageplaatsen en een "
        "excursie voor leerjaar 2."),
    (B, "Voor Stadsbeheer van de gemeente Almere hebben BWI-leerlingen de afgelopen twee jaar 40 parkbanken "
        "in Almere Buiten opgeknapt, en PIE-leerlingen hebben in 2024 ledverlichting aangelegd in het "
        "buurthuis aan de Bouwmeesterweg."),
    (B, "Het wijkteam Almere Buiten en het jongerenwerk hebben elke zes weken een vast overleg met onze "
        "ondersteuningscoördinator."),
    (H3, "Sterk Techniekonderwijs"),
    (P, "Almere heeft, net als de rest van het land, te weinig technisch geschoolde jongeren. Samen met de "
        "andere Almeerse vmbo-scholen met techniek, ook die van andere schoolbesturen, het ROC van "
        "Flevoland, de gemeente en de werkgevers werken we in het regioplan Sterk Techniekonderwijs (STO). "
        "Met het geld uit dat programma organiseren we techniekmiddagen voor groep 7 en 8, en de scholen "
        "delen dure apparatuur, zoals een lasrobot die per schooljaar tussen de scholen rouleert."),

    (H1, "Vooruitstrevend"),
    (P, "De techniek verandert snel en wij moeten mee. We zijn nieuwsgierig naar nieuwe inzichten om ons "
        "onderwijs eigentijds inhoud te geven. Zoals ASG dat vraagt, geven ook wij inhoud aan ons onderwijs "
        "langs de drie horizonten van de innovatiestrategie: continue veranderingen, fundamentele "
        "veranderingen en radicale veranderingen. Wat dat voor de werkplaatsen betekent, staat hieronder."),
    (H2, "Leren in de werkplaats van morgen"),
    (H3, "Hybride docenten en het Energielab"),
    (P, "Sinds 2023 heeft De Smidse een Energielab: een werkplaats met twee warmtepompen, een laadpaal, een "
        "opstelling met zonnepanelen op het dak en meetapparatuur. Het lab is samen met Flevotherm "
        "ingericht. Elke dinsdag geeft een monteur van Flevotherm samen met onze PIE-docent les; de monteur "
        "brengt de praktijk van vandaag mee, de docent zorgt voor de didactiek en de examenstof. Dit werken "
        "met hybride docenten breiden we uit: in 2025-2026 start een tweede koppel in de afdeling M&T, samen "
        "met een dealerbedrijf voor elektrische auto's."),
    (H3, "Projectweken"),
    (P, "Vier keer per jaar is er in leerjaar 1 en 2 een projectweek waarin het gewone rooster vervalt. "
        "Leerlingen werken dan een week lang aan één opdracht waarin Nederlands, rekenen en techniek "
        "samenkomen. De opdrachten komen van echte opdrachtgevers: in 2024-2025 waren dat onder meer de "
        "gemeente (een bank voor een speeltuin) en een voetbalvereniging (een scorebord met ledverlichting)."),
    (H3, "Keuzevakken en digitale geletterdheid"),
    (P, "Het examenprogramma laat ruimte om keuzevakken toe te voegen. Vanaf 2026-2027 bieden we de "
        "keuzevakken Duurzame energie en Robotica aan, zodat leerlingen werken met de techniek die ze op hun "
        "stage en in het mbo tegenkomen. De sectie krijgt daarvoor in 2025-2026 120 uur ontwikkeltijd. "
        "Daarnaast komt er in leerjaar 1 en 2 een leerlijn digitale geletterdheid, passend bij de nieuwe "
        "kerndoelen voor de onderbouw: basisvaardigheden op de laptop, een eenvoudige besturing "
        "programmeren, mediawijsheid en omgaan met je privacy online."),
    (H3, "Veilig werken in de werkplaats"),
    (P, "In de werkplaatsen werken leerlingen met zware machines. Elke leerling heeft een machinepaspoort: "
        "een machine mag pas gebruikt worden na instructie door de docent en een praktijkproef, en de docent "
        "tekent af. Persoonlijke beschermingsmiddelen (veiligheidsbril, gehoorbescherming en werkschoenen) "
        "zijn verplicht; leerlingen krijgen ze in leerjaar 1 van school. Alle leerlingen in leerjaar 4 halen "
        "het certificaat VCA-basis; in 2024 lukte dat 91 procent in één keer. De TOA's keuren in de "
        "zomervakantie alle machines. Het beleid voor de sociale veiligheid, met het pestprotocol, staat in "
        "het veiligheidsplan op onze website."),
    (H3, "Het gebouw"),
    (P, "De installatiewerkplaats is van 1998 en voldoet niet meer. ASG heeft in de meerjarenbegroting 1,2 "
        "miljoen euro gereserveerd voor vernieuwing; de verbouwing is in de zomer van 2026. Tijdens de "
        "bouw wijken de PIE-lessen uit naar het Energielab en naar het ROC."),
    (H2, "De meerwaarde van ASG"),
    (P, "Als technische vmbo-school zijn we binnen ASG vrij klein, maar we staan er niet alleen voor."),
    (H3, "Samen met andere ASG-scholen"),
    (P, "Onze sectie techniek werkt nauw samen met de techniekafdelingen van twee andere ASG-scholen met "
        "vmbo. De praktijkdocenten maken samen een oefen-cspe, die de leerlingen van alle drie de scholen in "
        "maart maken; de docenten kijken elkaars werk na. Op dit moment gebeurt dat voor PIE en BWI. De "
        "scholen lenen elkaar ook apparatuur: onze CNC-freesmachine wordt door de andere twee scholen "
        "gebruikt, wij gebruiken hun spuitcabine. Onze examensecretaris neemt deel aan het overleg van de "
        "examensecretarissen van de ASG-scholen, dat vier keer per jaar bij elkaar komt en waar onder meer "
        "het PTA-format en de examenreglementen worden afgestemd."),
    (H3, "Doorlopende leerlijnen"),
    (P, "Binnen ASG zijn er basisscholen, vmbo-scholen en scholen voor mavo, havo en vwo. Dat benutten we. "
        "Zes ASG-basisscholen in Almere Buiten sturen hun groepen 7 en 8 elk jaar vier middagen naar onze "
        "werkplaatsen; dat zijn ongeveer 240 leerlingen per jaar. Kaderleerlingen die goed presteren en "
        "liever de theoretische kant op gaan, kunnen na leerjaar 2 overstappen naar de mavo-afdeling van een "
        "ASG-scholengemeenschap in Almere Stad. Daarover hebben we vaste afspraken: een gezamenlijk "
        "overstapgesprek in april en twee dagen meelopen. Andersom kunnen mavoleerlingen die liever met hun "
        "handen werken in leerjaar 3 bij ons instromen."),
    (P, "We delen de opbrengst van ons leren en ontwikkelen graag met andere ASG-scholen tijdens "
        "conferenties en ASG-brede studiedagen."),

    (H1, "Ambitieus"),
    (P, "We geven altijd het beste van onszelf, en dat vragen we ook van onze leerlingen. Een diploma in de "
        "basisberoepsgerichte leerweg is een waardevol diploma, maar we leggen de lat niet lager dan nodig."),
    (H2, "De lat hoog, ook in basis"),
    (P, "Bij de plaatsing in leerjaar 1 kijken we naar het advies van de basisschool, maar bij twijfel "
        "plaatsen we in de hogere leerweg. Aan het eind van leerjaar 1 en leerjaar 2 bekijken we per "
        "leerling of opstromen naar kader mogelijk is. In 2023-2024 stroomden 19 leerlingen op van basis naar "
        "kader; vier leerlingen gingen de andere kant op. Elke leerling stelt in leerjaar 3 met zijn mentor "
        "een streefcijfer per examenvak op, dat we bij elk rapport naast de resultaten leggen."),
    (P, "Ook buiten de lessen dagen we leerlingen uit. We doen elk jaar mee aan de vakwedstrijden van "
        "Skills Heroes; in 2024 wonnen twee leerlingen brons, in metselen en in elektrotechniek. Basisleerlingen "
        "die meer aankunnen, kunnen in leerjaar 4 een keuzevak op kaderniveau afsluiten."),
    (H2, "Kwaliteit en kwaliteitszorg"),
    (P, "De inspectie bezocht De Smidse in 2023 en beoordeelde de kwaliteit als voldoende. De "
        "onderwijsresultaten liggen op alle vier de indicatoren boven de norm. Twee jaar eerder lag de "
        "onderbouwsnelheid in de basisberoepsgerichte leerweg nog onder de norm; met strakkere "
        "leerlingbesprekingen en de rekenklas is dat hersteld. De examencijfers in de kaderberoepsgerichte "
        "leerweg liggen net boven de norm, en daar willen we verder verbeteren."),
    (P, "We werken met een vaste kwaliteitscyclus:"),
    (B, "In juni stelt het MT het jaarplan op, op basis van de doelen in dit schoolplan en de evaluatie van "
        "het lopende jaar."),
    (B, "In januari houden we een tussenevaluatie: per doel kijken we of we op schema liggen en wat er "
        "moet worden bijgesteld."),
    (B, "In oktober verschijnt het jaarverslag, met de examenresultaten, de tevredenheidspeilingen en de "
        "stand van de doelen."),
    (B, "Elke docent krijgt twee lesbezoeken per jaar van de teamleider of een collega, met de kijkwijzer "
        "die we in 2024 samen hebben gemaakt (zes punten, onder meer duidelijke lesdoelen en activerende "
        "werkvormen). De uitkomsten bespreken we geanonimiseerd in het team."),
    (B, "Elke sectie maakt in september een examenanalyse per vak en bespreekt die met de teamleider."),
    (B, "Om het jaar houden we een tevredenheidspeiling onder leerlingen en ouders via Vensters."),
    (B, "In het voorjaar van 2027 bezoekt het auditteam van ASG de school."),
    (H2, "Personeel in positie"),
    (P, "De Smidse heeft 78 medewerkers: 34 docenten algemene vakken, 21 praktijkdocenten, 9 instructeurs "
        "en TOA's en 14 medewerkers in de ondersteuning en de schoolleiding. 38 procent van het personeel is "
        "ouder dan 55. De komende jaren gaan veel ervaren praktijkdocenten met pensioen, en vakmensen uit de "
        "techniek zijn moeilijk te vinden. Wij vinden het belangrijk dat collega's erkenning ervaren voor hun "
        "vakmanschap en expertise en zich gezien voelen."),
    (H3, "Zij-instromers uit het bedrijfsleven"),
    (P, "Veel van onze nieuwe praktijkdocenten komen uit het bedrijfsleven: installateurs, timmerlieden, "
        "automonteurs. Ze zijn vakmensen, maar hebben nog geen lesbevoegdheid. Op dit moment hebben zeven "
        "collega's nog geen bevoegdheid. Zij volgen het traject voor het pedagogisch-didactisch getuigschrift "
        "(PDG) bij Windesheim. De school betaalt de opleiding, ze krijgen vier uur per week minder "
        "lesgebonden taken en ze hebben een vaste coach. Onze schoolopleider heeft één dag per week voor de "
        "begeleiding van zij-instromers en stagiairs. In de eerste maanden kijkt een ervaren collega bij een "
        "deel van hun lessen mee."),
    (H3, "Leren van en met elkaar"),
    (P, "Professionalisering doen we zoveel mogelijk samen. Aan het begin van het schooljaar kiest iedere "
        "docent een eigen leervraag en sluit hij aan bij een leerteam. Niemand wordt ingedeeld: collega's "
        "kiezen zelf waaraan ze willen werken. In 2024-2025 waren er zes leerteams, onder meer over formatief "
        "werken in de werkplaats, taal in de techniekles en omgaan met onrust in de klas. De leerteams komen "
        "zes keer per jaar bij elkaar op de lesvrije woensdagmiddag en laten op de leerteammarkt in juni zien "
        "wat ze hebben geleerd en wat ze in hun lessen hebben veranderd."),
    (P, "Daarnaast volgen collega's cursussen van de ASG Academie of een opleiding buiten ASG. In 2024-2025 "
        "deden 41 collega's mee aan een cursus van de ASG Academie, van Klassenmanagement voor starters tot "
        "de leergang voor mentoren. Het scholingsbudget is 600 euro per fte; de tijd komt uit de "
        "professionaliseringsuren van de cao."),
    (H3, "De gesprekscyclus"),
    (P, "Iedere medewerker heeft elk jaar een startgesprek met de teamleider in september, docenten krijgen "
        "twee lesbezoeken en in februari of maart volgt een ontwikkelgesprek. Eens in de drie jaar is er een "
        "beoordelingsgesprek. De verslagen staan in het digitale gesprekkendossier van ASG, dat de "
        "medewerker zelf kan inzien en aanvullen."),
    (H3, "Jonge ouders, mantelzorgers en starters"),
    (P, "Wat een collega nodig heeft, verschilt per levensfase. Collega's met jonge kinderen kunnen vóór 1 "
        "mei hun roosterwensen opgeven, en de roostermaker houdt daar zoveel mogelijk rekening mee. Collega's "
        "die mantelzorger zijn, kunnen in overleg met de teamleider tijdelijk een aangepast rooster krijgen. "
        "Startende docenten hebben in hun eerste jaar twee lesuren minder en volgen een begeleidingstraject "
        "met intervisie."),

    (H1, "Onze doelen"),
    (P, "In deze tabel staan onze doelen voor de planperiode. Elk jaar werken we ze uit in het jaarplan, met "
        "een eigenaar per doel. In januari en juni kijken we waar we staan. De ontwikkeling van het personeel "
        "loopt via de leerteams en de gesprekscyclus en staat daarom niet als apart doel in de tabel."),
    (T, ["Venster", "Doel", "Indicator", "Wanneer"], [
        ["Goed en toegankelijk onderwijs", "Slagingspercentage kaderberoepsgerichte leerweg omhoog",
         "Van 93% (2024) naar ten minste 95%", "Examen 2027, daarna elk jaar"],
        ["Goed en toegankelijk onderwijs", "Keuzevakken Duurzame energie en Robotica in het aanbod",
         "Beide keuzevakken in het PTA; ten minste 30 leerlingen per jaar", "Start 2026-2027"],
        ["Goed en toegankelijk onderwijs", "Leerlijn digitale geletterdheid in leerjaar 1 en 2",
         "Leerlijn vastgesteld en in alle klassen van leerjaar 1 en 2 gegeven", "Invoering 2026-2027, evaluatie juni 2027"],
        ["Goed en toegankelijk onderwijs", "SOP geactualiseerd, met duidelijke grenzen van de ondersteuning",
         "SOP vastgesteld en besproken met het samenwerkingsverband", "Maart 2026"],
        ["Goed en toegankelijk onderwijs", "Geen leerling langer dan vier weken zonder onderwijsplek",
         "Aantal leerlingen dat langer dan vier weken thuiszit: 0", "Elk jaar, in het jaarverslag"],
        ["Goed en toegankelijk onderwijs", "Installatiewerkplaats vernieuwd",
         "Werkplaats opgeleverd en in gebruik voor PIE", "Start schooljaar 2026-2027"],
        ["Partnerschap", "Meer ouders bij de driehoeksgesprekken",
         "Van 81% naar 90% van de ouders bij ten minste één gesprek", "2026-2027"],
        ["Partnerschap", "Meer erkende leerbedrijven voor stages",
         "Van 46 naar 60 bedrijven", "2027-2028"],
        ["Partnerschap", "Techniekroute met het ROC uitbreiden naar M&T en MVI",
         "Twee extra routes; ten minste 35 deelnemers per jaar", "2027-2028"],
        ["De meerwaarde van ASG", "Gezamenlijke oefen-cspe met twee ASG-scholen voor alle vier de profielen",
         "Oefen-cspe afgenomen voor PIE, BWI, MVI en M&T", "Maart 2027"],
    ], [3.5, 5, 5, 3]),

    (H1, "Vaststelling"),
    (P, "Het concept van dit schoolplan is op 18 maart 2025 met de MR besproken. De MR heeft positief "
        "geadviseerd over de hoofdlijnen en opmerkingen gemaakt over de paragraaf over ouders; die hebben "
        "we verwerkt. Het definitieve plan wordt in de MR-vergadering van 10 juni 2025 ter instemming "
        "voorgelegd. Daarna stelt het College van Bestuur van ASG het plan vast."),
    (P, "Almere, 21 maart 2025\nErik Holtkamp, directeur De Smidse"),
]


# ---------------------------------------------------------------- opbouw

def _stijlen(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam, grootte, kleur in (("Heading 1", 18, (0xC0, 0x50, 0x1E)),
                                 ("Heading 2", 14, (0x33, 0x33, 0x33)),
                                 ("Heading 3", 12, (0x33, 0x33, 0x33))):
        st = doc.styles[naam]
        st.font.name = "Calibri"
        st.font.size = Pt(grootte)
        st.font.color.rgb = RGBColor(*kleur)


def _omslag(doc) -> None:
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(style="Title")
    p.add_run("Schoolplan 2025-2029")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("De Smidse")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("techniekcollege voor vmbo basis en kader, Almere Buiten")
    r.font.size = Pt(14)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("“Vakmanschap met je handen én je hoofd”")
    r.italic = True
    r.font.size = Pt(13)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Een school van de Almeerse Scholen Groep\nVersie 1.0, maart 2025").font.size = Pt(10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:
    doc = Document()
    taal_nl(doc)
    _stijlen(doc)
    cp = doc.core_properties
    cp.author = "Erik Holtkamp"
    cp.last_modified_by = "Erik Holtkamp"
    cp.title = "Schoolplan 2025-2029 De Smidse"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 7
    sectie = doc.sections[0]
    sectie.left_margin = sectie.right_margin = Cm(2.3)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan De Smidse 2025-2029  |  pagina ")
    page_field(voet)

    _omslag(doc)
    for blok in INHOUD:
        soort = blok[0]
        if soort == H1:
            doc.add_heading(blok[1], level=1)
        elif soort == H2:
            doc.add_heading(blok[1], level=2)
        elif soort == H3:
            doc.add_heading(blok[1], level=3)
        elif soort == P:
            doc.add_paragraph(blok[1])
        elif soort == B:
            doc.add_paragraph(blok[1], style="List Bullet")
        elif soort == T:
            tabel(doc, blok[1], blok[2], blok[3])
    doc.save(path)
    deterministisch(path, STEMPEL)


def woorden() -> int:
    n = 0
    for blok in INHOUD:
        if blok[0] == T:
            n += sum(len(c.split()) for rij in [blok[1]] + blok[2] for c in rij)
        else:
            n += len(blok[1].split())
    return n


if __name__ == "__main__":
    uit = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx")
    build(uit)
    print(uit, woorden(), "woorden")
