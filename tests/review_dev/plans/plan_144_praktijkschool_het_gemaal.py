# -*- coding: utf-8 -*-
"""Schoolplan 2020-2024 van Praktijkschool Het Gemaal (Almere Buiten).

Gebruik: build(path) schrijft het .docx-bestand. Alleen standaardbibliotheek + python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def _nederlands(doc):
    rpr = doc.styles['Normal'].element.get_or_add_rPr()
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), 'nl-NL')
    lang.set(qn('w:eastAsia'), 'nl-NL')
    rpr.append(lang)


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run('Praktijkschool Het Gemaal – schoolplan 2020-2024 – blz. ')
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    a = OxmlElement('w:fldChar')
    a.set(qn('w:fldCharType'), 'begin')
    b = OxmlElement('w:instrText')
    b.set(qn('xml:space'), 'preserve')
    b.text = 'PAGE'
    c = OxmlElement('w:fldChar')
    c.set(qn('w:fldCharType'), 'end')
    r._r.append(a)
    r._r.append(b)
    r._r.append(c)


def _tabel(doc, kop, rijen, breedtes=None, klein=False):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = 'Light Grid Accent 1'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ''
        run = c.paragraphs[0].add_run(k)
        run.bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trpr.append(h)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
            if klein:
                for par in cellen[i].paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(9)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _p(doc, tekst, vet_begin=None):
    par = doc.add_paragraph()
    if vet_begin:
        r = par.add_run(vet_begin + ' ')
        r.bold = True
    par.add_run(tekst)
    return par


def _lijst(doc, items, stijl='List Bullet'):
    for it in items:
        doc.add_paragraph(it, style=stijl)


def build(path):
    path = str(path)
    doc = Document()
    _nederlands(doc)
    doc.styles['Normal'].font.name = 'Arial'
    doc.styles['Normal'].font.size = Pt(10)
    s = doc.sections[0]
    s.left_margin = Cm(2)
    s.right_margin = Cm(2)
    _voettekst(s)

    cp = doc.core_properties
    cp.title = 'Schoolplan 2020-2024 def'
    cp.author = 'K. Wijnbergen'
    cp.last_modified_by = 'Administratie Het Gemaal'
    cp.created = datetime.datetime(2020, 5, 11, 8, 12, 0)
    cp.modified = datetime.datetime(2020, 6, 29, 16, 40, 0)
    cp.revision = 12
    cp.language = 'nl-NL'

    # ---------------- voorblad ----------------
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    r = t.add_run('Praktijkschool Het Gemaal')
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t = doc.add_paragraph()
    r = t.add_run('Schoolplan 2020 – 2024')
    r.font.size = Pt(18)
    t = doc.add_paragraph()
    r = t.add_run('Van school naar werk')
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph()
    doc.add_paragraph('Looptijd: 1 augustus 2020 tot en met 31 juli 2024')
    doc.add_paragraph('Almere Buiten, juni 2020')
    doc.add_page_break()

    # ---------------- 1 ----------------
    doc.add_heading('1. Waarom dit plan', level=1)
    _p(doc, 'Dit is het schoolplan van Praktijkschool Het Gemaal voor de schooljaren 2020-2021 tot en met '
            '2023-2024. Het plan is bedoeld voor ons team, voor ouders, voor de bedrijven waar onze leerlingen '
            'stage lopen en voor ons bestuur. We hebben geprobeerd het kort en praktisch te houden. Wat er '
            'staat, gaan we ook echt doen.')
    _p(doc, 'We schreven dit plan tussen januari en juni 2020. Halverwege kwam corona. Op 16 maart gingen de '
            'school en alle stageadressen dicht. Dat heeft ons veel geleerd over wat we goed doen en wat '
            'kwetsbaar is, vooral in de stages. Die lessen zijn in dit plan verwerkt.')
    _p(doc, 'Ons bestuur, de Almeerse Scholen Groep, heeft in Koers 22 vier ‘vensters’ benoemd: goed en '
            'toegankelijk onderwijs, personeel in positie, de meerwaarde van ASG en partnerschap. In de '
            'doelentabel in hoofdstuk 11 staat bij elk doel bij welk venster het hoort. Een paar doelen horen '
            'bij geen venster; dat zijn vooral doelen over ons gebouw.')
    _p(doc, 'Het concept is in mei 2020 met de MR besproken. De MR heeft als klankbord meegelezen.')

    # ---------------- 2 ----------------
    doc.add_heading('2. De school in het kort', level=1)
    _tabel(doc, ['', ''], [
        ['Naam', 'Praktijkschool Het Gemaal'],
        ['BRIN', '30HN'],
        ['Adres', 'Hefbrugweg 10, 1332 AM Almere'],
        ['Soort onderwijs', 'Praktijkonderwijs, openbaar'],
        ['Bestuur', 'Almeerse Scholen Groep (ASG)'],
        ['Leerlingen (1 oktober 2019)', '236, van 12 tot 18 jaar'],
        ['Personeel', '47 medewerkers (36,8 fte)'],
        ['Directeur', 'Koen Wijnbergen'],
        ['Teamleiders', 'Fatma Yilmaz (leerjaar 1-2), Dennis Post (leerjaar 3-5)'],
        ['Stagecoördinator', 'Ria Mulder'],
    ], breedtes=[5, 11])
    _p(doc, 'Al onze leerlingen hebben een toelaatbaarheidsverklaring praktijkonderwijs van het '
            'Samenwerkingsverband Passend Onderwijs Almere VO. Ze hebben een IQ tussen ongeveer 55 en 80 en '
            'een leerachterstand van drie jaar of meer op minstens twee gebieden. Ruim 40% heeft daarnaast een '
            'diagnose, zoals autisme of ADHD, en bij een kwart van de leerlingen is thuis hulpverlening '
            'betrokken. 45% komt van het speciaal basisonderwijs, de rest van een gewone basisschool.')
    _p(doc, 'Leerlingen komen uit heel Almere. Ongeveer een derde reist met de bus; vanuit Almere Haven en '
            'Almere Poort is dat 50 minuten of meer, met overstap. Dat merken we aan de begintijd (zie '
            'hoofdstuk 3).')
    _p(doc, 'Zo stroomden onze leerlingen de laatste drie jaar uit:')
    _tabel(doc, ['Schooljaar', 'Schoolverlaters', 'Naar werk', 'Werk + leren / mbo Entree', 'Dagbesteding',
                 'Anders'], [
        ['2016-2017', '41', '46%', '38%', '10%', '6%'],
        ['2017-2018', '44', '45%', '41%', '7%', '7%'],
        ['2018-2019', '43', '51%', '35%', '9%', '5%'],
    ])
    _p(doc, 'Van de leerlingen die in 2017-2018 naar werk gingen, had 78% een jaar later nog steeds werk. '
            'Van de schoolverlaters van 2018-2019 had 48% één of meer branchecertificaten. De inspectie '
            'heeft ons in 2018 bezocht bij het onderzoek naar het bestuur; de kwaliteit was voldoende en we '
            'hebben het basisarrangement.')

    # ---------------- 3 ----------------
    doc.add_heading('3. Rooster en schooldag', level=1)
    _p(doc, 'Vanaf 1 augustus 2020 begint de school om 8.45 uur in plaats van 8.30 uur. De MR wees ons er in '
            'februari op dat leerlingen uit Haven en Poort met de bus nu om 7.30 uur de deur uit moeten en '
            'toch vaak te laat zijn. Met een kwartier later beginnen halen ze een bus later. De school is om '
            '15.15 uur uit, op vrijdag om 13.30 uur.')
    _p(doc, 'We werken met blokken van 90 minuten. Voor de praktijkvakken is dat nodig: in 45 minuten ben je '
            'net je werkkleding aan en je gereedschap kwijt. De algemene vakken geven we in de ochtend, de '
            'praktijk vooral in de middag. Voor leerjaar 1 ziet een week er zo uit:')
    _tabel(doc, ['Onderdeel', 'Uren per week'], [
        ['Nederlands', '4'],
        ['Rekenen', '4'],
        ['Engels', '1'],
        ['Praktijk (rotatie langs de zes richtingen, steeds 8 weken)', '9'],
        ['Koken en wonen', '2'],
        ['ICT en digitale vaardigheden', '1'],
        ['Lichamelijke opvoeding en sport', '3'],
        ['Rots en Water (weerbaarheid)', '1'],
        ['Mentoruur', '1'],
        ['Totaal', '26'],
    ], breedtes=[11, 4])
    _p(doc, 'In leerjaar 3 gaan leerlingen één dag per week in een groep op stage. Vanaf 2020-2021 liggen de '
            'stagedagen vast: leerjaar 4 loopt stage op maandag en dinsdag, de Horizonklas (leerjaar 5) op '
            'woensdag, donderdag en vrijdag. Zo kunnen de stagebegeleiders hun bezoeken beter plannen en '
            'weten werkgevers waar ze aan toe zijn.')

    # ---------------- 4 ----------------
    doc.add_heading('4. Wat leerlingen bij ons leren', level=1)
    _p(doc, 'Het programma volgt de vier domeinen van het praktijkonderwijs: wonen, werken, vrije tijd en '
            'burgerschap. Het grootste deel van de tijd gaat naar werken. Voor Nederlands en rekenen gebruiken '
            'we de leerlijnen van het Landelijk Werkverband Praktijkonderwijs en lesmateriaal van Deviant. '
            'Twee keer per jaar toetsen we met de Diatoetsen. Ons doel is dat een leerling bij het verlaten van '
            'school minimaal op 1F leest en rekent als dat binnen zijn mogelijkheden ligt; in 2019 lukte dat bij '
            '62% van de schoolverlaters.')
    _p(doc, 'Iedere leerling heeft een individueel ontwikkelingsplan (IOP). Vanaf leerjaar 3 wordt dat een '
            'individueel transitieplan (ITP), waarin ook staat welk werk de leerling wil en welke certificaten '
            'hij daarvoor nodig heeft. Het plan wordt drie keer per jaar besproken door de mentor, de leerling '
            'en de ouders.')
    doc.add_heading('4.1 Praktijkrichtingen', level=2)
    _lijst(doc, [
        'Groen: kas, schooltuin en het onderhoud van het groen rond de school.',
        'Bouw en techniek: hout, metaal en schilderen, in de twee werkplaatsen.',
        'Horeca en voeding: keuken en restaurant De Sluiswachter.',
        'Zorg en welzijn: verzorging, huishouden, activiteiten met kinderen en ouderen.',
        'Logistiek en detailhandel: schoolwinkel en magazijn.',
        'Schoonmaak en facilitair: schoonmaak van de school, conciërgerie, receptie.',
    ])
    _p(doc, 'In de horeca-opleiding is ‘gastvrij’ een vast beoordelingspunt op de stagekaart: de leerling '
            'begroet de gast, kijkt hem aan, vraagt wat hij wil en rekent correct af. Restaurant De '
            'Sluiswachter is op dinsdag en donderdag van 12.00 tot 13.30 uur open voor buurtbewoners en voor '
            'mensen die werken op bedrijventerrein Sallandsekant. Een lunch kost € 4,50. Gemiddeld komen er 25 '
            'gasten per keer, vaak dezelfde mensen; sommigen komen al jaren.')
    doc.add_heading('4.2 Certificaten en Entree', level=2)
    _p(doc, 'Een diploma halen onze leerlingen niet, een certificaat wel. Werkgevers vragen ernaar. We bieden '
            'nu de branchecertificaten Heftruckchauffeur, VCA-basis, Schoonmaak basis, Werken in de keuken, '
            'Verkoopmedewerker en Groen basis. Sinds 2017 geven we samen met ROC van Flevoland de '
            'Entree-opleiding (mbo niveau 1) in ons eigen gebouw; elk jaar halen 12 tot 15 leerlingen zo een '
            'mbo-diploma zonder dat ze naar een andere school hoeven.')
    _p(doc, 'In Almere en omgeving zit veel werk in logistiek en distributie, in Almere Poort en op de Stichtse '
            'Kant, en de vraag naar orderpickers en magazijnmedewerkers groeit. Tegelijk verdwijnt eenvoudig '
            'werk in de metaal. Daarom verschuiven we de komende jaren uren van metaal naar logistiek. In de '
            'oude fietsenberging komt een logistiek-lokaal met magazijnstellingen, een pallettruck en een '
            'heftruck-simulator. Vanaf 2021-2022 bieden we Entree ook in de richting logistiek aan, en we voegen '
            'het certificaat Orderpicker toe.')

    # ---------------- 5 ----------------
    doc.add_heading('5. Stages en werkgevers', level=1)
    _p(doc, 'Stage is het hart van onze school. In 2019-2020 hadden we 162 stageadressen, van een supermarkt '
            'om de hoek tot een distributiecentrum in Poort. Ongeveer 40 bedrijven nemen elk jaar opnieuw '
            'leerlingen. De opbouw is:')
    _tabel(doc, ['Leerjaar', 'Soort stage', 'Hoeveel'], [
        ['2', 'Interne stage: restaurant, schoolwinkel, conciërgerie, groen', '2 dagdelen per week'],
        ['3', 'Groepsstage met een begeleider van school, bijvoorbeeld bij de kringloopwinkel of op een '
              'zorgboerderij', '1 dag per week'],
        ['4', 'Individuele stage bij een bedrijf', '2 dagen per week'],
        ['5 (Horizonklas)', 'Plaatsingsstage: het doel is een arbeidscontract bij dat bedrijf', '3 dagen per week'],
    ], breedtes=[3, 10, 4])
    _p(doc, 'De naam Horizonklas hebben leerlingen in 2016 zelf bedacht: in het laatste jaar ‘zie je je werk al '
            'aan de horizon’. In de Horizonklas werken leerlingen aan hun sollicitatiebrief, hun cv-filmpje, '
            'hun certificaten en alles wat ze nodig hebben voor een uitkering of loonkostensubsidie.')
    doc.add_heading('5.1 Begeleiding op de stage', level=2)
    _p(doc, 'We hebben vier stagebegeleiders (samen 3,2 fte). Vanaf augustus 2020 heeft één begeleider '
            'maximaal 30 stageleerlingen; nu zijn dat er soms 38, en dan komt een begeleider te weinig op de '
            'werkvloer. Elke stage wordt in de eerste week twee keer bezocht en daarna minstens eens per drie '
            'weken. De werkgever vult na elke periode de digitale stagebeoordeling in; die bespreekt de '
            'begeleider met de leerling. Werkgevers kunnen de stagebegeleider altijd op één vast nummer bellen, '
            'ook op dagen dat hij niet op school is.')
    doc.add_heading('5.2 Werkgevers', level=2)
    _p(doc, 'Twee keer per jaar, in oktober en maart, ontmoeten we onze werkgevers bij het werkgeversontbijt '
            'in restaurant De Sluiswachter. De leerlingen van horeca koken en bedienen. Op het ontbijt '
            'bespreken we wat werkgevers van onze leerlingen vragen en welke certificaten ze belangrijk vinden. '
            'Het idee om meer te doen met logistiek (hoofdstuk 4) komt daar vandaan. In januari is er de '
            'stagemarkt, waar leerlingen uit leerjaar 3 zich presenteren aan bedrijven.')
    _p(doc, 'Voor het werk na school werken we samen met het UWV, het Werkgeversservicepunt Flevoland en de '
            'gemeente Almere (Werk en Inkomen), onder meer voor de opname in het doelgroepregister, '
            'loonkostensubsidie en jobcoaching. Na school blijven we twee jaar betrokken: de stagebegeleider '
            'neemt na 3, 6, 12 en 24 maanden contact op met de oud-leerling en de werkgever.')
    doc.add_heading('5.3 Wat corona ons leerde', level=2)
    _p(doc, 'Op 16 maart 2020 stopten alle externe stages. 31 leerlingen uit de Horizonklas zaten thuis, en '
            'negen van hen verloren een toezegging voor een baan, vooral in de horeca en de zorg. Sinds 2 juni '
            'lopen stages in de logistiek, het groen en de schoonmaak weer; in de zorg nog niet. We hebben '
            'gezien dat we te afhankelijk zijn van een paar sectoren en van een paar grote bedrijven. Daarom '
            'bouwen we een stagebank met reserve-adressen: bedrijven die afspreken dat ze een leerling kunnen '
            'opvangen als een stage onverwacht stopt.')

    # ---------------- 6 ----------------
    doc.add_heading('6. Begeleiding en ondersteuning', level=1)
    _p(doc, 'Iedere leerling heeft een mentor. In leerjaar 1 en 2 zit een leerling in een stamgroep van '
            'maximaal 15 leerlingen met één mentor, die ook de meeste algemene vakken geeft. Elke leerling '
            'spreekt zijn mentor minstens eens per twee weken tien minuten alleen. Voor de start in leerjaar 1 '
            'gaat de mentor op huisbezoek, om de leerling en de thuissituatie te leren kennen. In leerjaar 2 '
            'zoeken mentor en praktijkdocenten samen uit waar het talent van de leerling ligt: in welke '
            'werkplaats is hij goed en wordt hij blij? Dat bepaalt de keuze voor de stage in leerjaar 3.')
    _p(doc, 'Als de mentor het niet alleen redt, is er het zorgteam: de zorgcoördinator, de orthopedagoog '
            '(0,6 fte) en de schoolmaatschappelijk werker (twee dagen per week). Zes keer per jaar is er een '
            'zorgadviesteam met daarbij de jeugdarts van de GGD Flevoland, de leerplichtambtenaar en de '
            'wijkagent. Leerlingen die even niet in de klas kunnen zijn, gaan naar het Steunpunt, waar de hele '
            'dag een begeleider is.')
    _p(doc, 'Extra trainingen: Rots en Water in leerjaar 1, een faalangsttraining voor wie dat nodig heeft en '
            'reistraining. Leerlingen die nog niet zelfstandig met de bus kunnen, krijgen in leerjaar 2 of 3 '
            'mobiliteitstraining, zodat ze zelf naar hun stage kunnen reizen. In 2019-2020 ging het om 22 '
            'leerlingen.')
    doc.add_heading('6.1 Ons ondersteuningsprofiel', level=2)
    _p(doc, 'In ons schoolondersteuningsprofiel (2019) staat wat we wel en niet kunnen bieden. Wel: kleine '
            'groepen, een voorspelbare dag, een vaste mentor, begeleiding van leerlingen met autisme of ADHD, '
            'een rustplek. Niet: leerlingen die de hele dag één-op-één begeleiding nodig hebben, leerlingen met '
            'ernstige psychiatrische problemen en leerlingen die zichzelf of anderen in de werkplaats in gevaar '
            'brengen. Voor hen zoeken we samen met het samenwerkingsverband een plek in het voortgezet speciaal '
            'onderwijs. We werken het profiel in 2021 bij, vooral voor de praktijkvakken: wat kan een leerling '
            'met een lichamelijke beperking bij ons wel en niet?')
    _p(doc, 'We doen mee aan het thuiszittersoverleg van het samenwerkingsverband. Met de VSO-scholen in '
            'Almere hebben we afgesproken dat een overstap, de ene of de andere kant op, binnen zes weken '
            'geregeld is. Elk jaar zijn er ook drie tot vijf leerlingen die meer kunnen dan we dachten. Voor hen '
            'hebben we met een vmbo-school van ASG een overstaptraject: zes weken proefplaatsing in de '
            'basisberoepsgerichte leerweg, met een vaste contactpersoon op beide scholen. Vanaf 2021 willen '
            'we dat ook de andere kant op aanbieden, voor vmbo-leerlingen die vastlopen.')
    doc.add_heading('6.2 Ouders', level=2)
    _p(doc, 'Veel van onze ouders hebben zelf slechte ervaringen met school. We maken het contact daarom zo '
            'gewoon mogelijk. De mentor belt in de eerste twee weken van het schooljaar alle ouders op. Al onze '
            'brieven en berichten schrijven we op taalniveau B1, en in het ouderportaal van Magister zien ouders '
            'de aanwezigheid, de cijfers en de stagebeoordelingen. Voor ouders die de taal niet goed spreken, '
            'regelen we een tolk. Ouders zijn bij de ITP-gesprekken van hun kind; dat lukt nu bij 71% van de '
            'gesprekken. Het gesprek mag ook ’s avonds of telefonisch als ouders overdag werken. In leerjaar 3 is '
            'er een ouderavond over de stages.')
    _p(doc, 'De MR gebruiken we als klankbord. In februari en mei 2020 hebben we het nieuwe rooster en de vaste '
            'stagedagen met de MR doorgesproken; hun punt over de reistijd is overgenomen.')

    # ---------------- 7 ----------------
    doc.add_heading('7. Veilig op school en in de werkplaats', level=1)
    _p(doc, 'Sociale veiligheid. Het schoolveiligheidsplan is van 2018. We hebben vijf huisregels die in '
            'elk lokaal hangen. Er zijn twee vertrouwenspersonen (een man en een vrouw) en een '
            'pestcoördinator. Incidenten leggen we vast in Magister; na een ruzie volgt altijd een '
            'herstelgesprek onder leiding van de mentor. Telefoons gaan bij binnenkomst in het kluisje. Elk jaar '
            'in februari vullen leerlingen de vragenlijst sociale veiligheid in via Vensters. In 2019 voelde 88% '
            'van de leerlingen zich veilig op school; in leerjaar 1 was dat maar 81%. Daarom krijgt leerjaar 1 '
            'vanaf 2020-2021 in de pauze een vaste eigen plek in de kantine met toezicht.')
    _p(doc, 'Veiligheid in de werkplaats. Machines worden alleen gebruikt met een praktijkdocent erbij. '
            'Veiligheidsschoenen en gehoorbescherming zijn verplicht. De risico-inventarisatie is in 2019 '
            'gedaan; de verbeterpunten (afzuiging in de houtwerkplaats, noodstop bij de zaagmachine) zijn '
            'afgehandeld. Acht collega’s zijn bedrijfshulpverlener.')

    # ---------------- 8 ----------------
    doc.add_heading('8. Het gebouw', level=1)
    _p(doc, 'Ons gebouw is van 1999 en in 2008 uitgebreid met het restaurant. Het is ruim en past goed bij '
            'praktijkonderwijs, maar er zijn drie problemen:')
    _lijst(doc, [
        'In de techniekwerkplaats wordt het in de zomer 31 graden. De vensters aan de zuidkant worden in de '
        'zomer van 2021 vervangen door zonwerend glas, en er komt een buitenzonwering.',
        'De ventilatie in de lokalen van de algemene vakken is onvoldoende. Sinds mei 2020 staat in elk lokaal '
        'een CO2-meter. Met de gemeente en ons bestuur kijken we of de ventilatie kan worden aangepakt in het '
        'onderhoudsplan.',
        'De kas lekt en is te klein voor de richting groen. Renovatie staat gepland voor 2022.',
    ])
    _p(doc, 'Het logistiek-lokaal in de oude fietsenberging (zie 4.2) moet in januari 2022 klaar zijn. De '
            'fietsen komen dan in een overkapping naast het plein.')
    _p(doc, 'De open dagen voor het schooljaar 2021-2022 zijn op zaterdag 23 januari en woensdagmiddag 10 '
            'maart 2021. Basisschoolleerlingen kunnen dan in de werkplaatsen zelf iets maken. In 2020 kwamen '
            'er 140 bezoekers. Aanmelden gaat via het samenwerkingsverband.')

    # ---------------- 9 ----------------
    doc.add_heading('9. Ons team', level=1)
    _tabel(doc, ['Functie', 'Aantal'], [
        ['Docenten algemene vakken', '9'],
        ['Praktijkdocenten', '14'],
        ['Instructeurs en onderwijsassistenten', '6'],
        ['Stagebegeleiders', '4'],
        ['Zorgcoördinator, orthopedagoog, schoolmaatschappelijk werker', '3'],
        ['Directeur en teamleiders', '3'],
        ['Administratie, conciërges, ICT', '8'],
        ['Totaal', '47'],
    ], breedtes=[12, 3])
    _p(doc, 'Veel praktijkdocenten komen uit het bedrijfsleven: we hebben een kok, twee timmerlieden, een '
            'hovenier en een verzorgende. Dat is onze kracht, want ze weten wat werkgevers vragen. Zes van '
            'hen hebben nog geen lesbevoegdheid. Zij volgen bij een hogeschool in de regio de opleiding '
            'Pedagogisch Didactisch Getuigschrift (PDG). Per jaar starten er twee; de school betaalt de '
            'opleiding en roostert vier uur per week studietijd vrij. In juli 2023 moeten alle zes bevoegd zijn.')
    _p(doc, 'Scholing voor het hele team: in 2020-2021 drie bijeenkomsten over het ITP en het voeren van '
            'loopbaangesprekken, in 2021-2022 een training omgaan met agressie en de-escalatie. Iedere '
            'praktijkdocent loopt daarnaast één dag per jaar mee bij een stagebedrijf in zijn vak, om bij te '
            'blijven.')
    _p(doc, 'Werkdruk. Bij ons zit de drukte vooral in mei en juni: ITP-gesprekken, certificaten, '
            'afscheid van de schoolverlaters. In die maanden plannen we geen teamvergaderingen, en de '
            'ITP-gesprekken staan in het rooster in plaats van erbij. Voor de stagebegeleiders geldt de '
            'grens van 30 leerlingen (zie 5.1).')
    _p(doc, 'Goede praktijkdocenten zijn moeilijk te vinden. We werven steeds vaker via onze eigen '
            'stagebedrijven: twee van onze huidige collega’s waren eerst werkgever van een stagiair.')

    # ---------------- 10 ----------------
    doc.add_heading('10. Kwaliteit: hoe we bijhouden of het lukt', level=1)
    _p(doc, 'Voor ons tellen vooral de cijfers die laten zien of leerlingen werk vinden en houden. Die houden '
            'we bij:')
    _lijst(doc, [
        'uitstroom per schooljaar en bestendiging na één en twee jaar (uit de nazorggesprekken);',
        'het percentage schoolverlaters met één of meer branchecertificaten;',
        'de aanwezigheid van leerlingen, per week in Magister;',
        'de tevredenheid van leerlingen en ouders, om het jaar via Vensters (2019, 2021, 2023);',
        'de tevredenheid van werkgevers, vanaf 2021 elk jaar na het werkgeversontbijt in maart.',
    ])
    _p(doc, 'In september stellen we het jaarplan op. Elk kwartaal rapporteren we aan het College van Bestuur. '
            'De teamleiders bezoeken iedere docent twee keer per jaar in de les, met een kijkwijzer die we '
            'in 2019 zelf hebben gemaakt voor praktijklessen. In juni evalueren we met het hele team het '
            'jaarplan; daarna schrijven we het jaarverslag. De resultaten staan voor ouders en andere scholen op '
            'Scholen op de kaart (Vensters). We willen het basisarrangement van de inspectie behouden.')

    # ---------------- 11 ----------------
    doc.add_heading('11. Onze doelen 2020-2024', level=1)
    _p(doc, 'In de kolom Venster staat bij welk venster uit Koers 22 het doel hoort. ‘Eigen’ betekent dat '
            'het een doel van onszelf is dat niet bij een venster past.')
    _tabel(doc, ['Nr', 'Doel', 'Hoe we het zien', 'Klaar', 'Venster', 'Trekker'], [
        ['1', 'Meer oud-leerlingen houden hun werk', 'Minimaal 80% van wie naar werk gaat, heeft een jaar '
         'later nog werk (nu 78%)', 'Elk jaar, eindmeting juli 2024', '1', 'D. Post'],
        ['2', 'Meer leerlingen met een branchecertificaat', 'Minimaal 60% van de schoolverlaters heeft één of '
         'meer certificaten (nu 48%)', 'Juli 2023', '1', 'D. Post'],
        ['3', 'Logistiek als richting', 'Logistiek-lokaal in gebruik, Entree logistiek gestart, certificaat '
         'Orderpicker', 'Januari 2022', '1', 'K. Wijnbergen'],
        ['4', 'Ondersteuningsprofiel bijgewerkt', 'Nieuw profiel vastgesteld en op de website', 'December 2021',
         '1', 'P. de Boer'],
        ['5', 'Veiligheid leerjaar 1', 'Minimaal 90% van de leerlingen van leerjaar 1 voelt zich veilig '
         '(nu 81%)', 'Februari 2022', '1', 'F. Yilmaz'],
        ['6', 'Alle praktijkdocenten bevoegd', 'Zes PDG-getuigschriften behaald', 'Juli 2023', '2',
         'K. Wijnbergen'],
        ['7', 'Werkbare caseload stagebegeleiders', 'Maximaal 30 leerlingen per begeleider', 'Augustus 2020',
         '2', 'R. Mulder'],
        ['8', 'Overstap met vmbo twee kanten op', 'Overstaptraject met vmbo-school ook voor vmbo-leerlingen '
         'naar ons', 'Augustus 2021', '3', 'P. de Boer'],
        ['9', 'Stagebank', '180 stageadressen, waarvan 30 reserve-adressen die een leerling binnen een week '
         'kunnen opvangen', 'Juli 2022', '4', 'R. Mulder'],
        ['10', 'Werkgeversontbijt', 'Twee keer per jaar, minimaal 25 werkgevers per keer', 'Vanaf oktober 2020',
         '4', 'R. Mulder'],
        ['11', 'Tevreden werkgevers', 'Werkgevers geven ons minimaal een 7,5', 'Maart 2022', '4',
         'R. Mulder'],
        ['12', 'Ouders bij het ITP-gesprek', 'Ouders zijn bij minimaal 90% van de ITP-gesprekken '
         '(nu 71%)', 'Juli 2022', '4', 'Mentoren'],
        ['13', 'Koelere werkplaats', 'Vensters zuidkant vervangen, temperatuur in de zomer onder 26 graden',
         'September 2021', 'Eigen', 'Conciërge / K. Wijnbergen'],
        ['14', 'Nieuwe kas', 'Kas gerenoveerd en vergroot', 'December 2022', 'Eigen', 'Praktijkdocent groen'],
    ], breedtes=[1, 4, 6, 2.5, 1.5, 2.5], klein=True)

    # ---------------- 12 ----------------
    doc.add_heading('12. Wat we deze periode niet doen', level=1)
    _p(doc, 'Je kunt niet alles tegelijk. Deze vier jaar richten we ons op stages, werk en het gebouw. Een '
            'paar dingen laten we bewust liggen:')
    _lijst(doc, [
        'Geen grote vernieuwing van het onderwijsconcept. Wat we doen werkt; we maken het beter, niet anders.',
        'Geen nieuwe ICT-projecten. We blijven bij Magister en Chromebooks in de onderbouw.',
        'Geen uitwisselingen of reizen naar het buitenland; daar is bij ons geen geld en geen vraag naar.',
        'We sluiten alleen aan bij bovenschoolse werkgroepen als het direct iets oplevert voor stages of '
        'certificaten.',
    ])
    _p(doc, 'Almere Buiten, juni 2020')
    _p(doc, 'Koen Wijnbergen, directeur Praktijkschool Het Gemaal')

    doc.save(path)


if __name__ == '__main__':
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else 'plan_144_praktijkschool_het_gemaal.docx')
