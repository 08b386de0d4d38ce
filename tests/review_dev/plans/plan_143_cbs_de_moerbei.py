# -*- coding: utf-8 -*-
"""Schoolplan 2019-2023 van CBS De Moerbei (Almere), opgebouwd rond de vier kernwaarden.

Gebruik: build(path) schrijft het .docx-bestand. Alleen standaardbibliotheek + python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


# ---------------------------------------------------------------------------
# Hulpjes
# ---------------------------------------------------------------------------

def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijl op Nederlands."""
    styles = doc.styles.element
    rpr_default = styles.find(qn('w:docDefaults'))
    if rpr_default is not None:
        rpr = rpr_default.find(qn('w:rPrDefault'))
        if rpr is not None:
            inner = rpr.find(qn('w:rPr'))
            if inner is not None:
                lang = inner.find(qn('w:lang'))
                if lang is None:
                    lang = OxmlElement('w:lang')
                    inner.append(lang)
                lang.set(qn('w:val'), 'nl-NL')
                lang.set(qn('w:eastAsia'), 'nl-NL')
    normal = doc.styles['Normal']
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), 'nl-NL')
    rpr.append(lang)


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run('Schoolplan CBS De Moerbei 2019-2023  |  pagina ')
    run.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    fld_begin = OxmlElement('w:fldChar')
    fld_begin.set(qn('w:fldCharType'), 'begin')
    instr = OxmlElement('w:instrText')
    instr.set(qn('xml:space'), 'preserve')
    instr.text = 'PAGE'
    fld_end = OxmlElement('w:fldChar')
    fld_end.set(qn('w:fldCharType'), 'end')
    run._r.append(fld_begin)
    run._r.append(instr)
    run._r.append(fld_end)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ''
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style='List Bullet')


def _doelen(doc, kop, items):
    doc.add_heading(kop, level=2)
    _p(doc, 'Wat we willen bereiken, met de datum waarop het klaar moet zijn:')
    for datum, tekst in items:
        par = doc.add_paragraph(style='List Bullet')
        r = par.add_run(datum + ' – ')
        r.bold = True
        par.add_run(tekst)


# ---------------------------------------------------------------------------
# Het document
# ---------------------------------------------------------------------------

def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    stijl = doc.styles['Normal']
    stijl.font.name = 'Calibri'
    stijl.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    _paginanummer(sectie)

    cp = doc.core_properties
    cp.title = 'Schoolplan 2019-2023 CBS De Moerbei'
    cp.author = 'M. Bootsma'
    cp.subject = 'Schoolplan'
    cp.language = 'nl-NL'
    cp.created = datetime.datetime(2019, 6, 20, 9, 30, 0)
    cp.modified = datetime.datetime(2019, 7, 3, 14, 5, 0)
    cp.last_modified_by = 'M. Bootsma'
    cp.revision = 7

    # ---------------- voorblad ----------------
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run('CBS De Moerbei')
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run('Schoolplan 2019 – 2023')
    r.font.size = Pt(20)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run('Zien en gezien worden')
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    for regel in ['Christelijke basisschool in Tussen de Vaarten, Almere Stad',
                  'Onderdeel van de Almeerse Scholen Groep (ASG)',
                  'Planperiode: 1 augustus 2019 tot en met 31 juli 2023',
                  'Versie na instemming MR, juli 2019']:
        t = doc.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t.add_run(regel)
    doc.add_page_break()

    # ---------------- 1 ----------------
    doc.add_heading('1. Bij dit schoolplan', level=1)
    _p(doc, 'Voor u ligt het schoolplan van CBS De Moerbei voor de schooljaren 2019-2020 tot en met '
            '2022-2023. Het plan loopt van 1 augustus 2019 tot en met 31 juli 2023. We beschrijven hierin wat '
            'we de komende vier jaar willen bereiken, hoe we dat aanpakken en wanneer het klaar moet zijn.')
    _p(doc, 'Onze school is genoemd naar de wilde vijgenboom, de moerbei, waar Zacheüs in klom om Jezus te '
            'kunnen zien (Lucas 19). Jezus bleef onder de boom staan, keek omhoog en noemde hem bij zijn naam. '
            'Dat verhaal vertellen we ieder jaar in de eerste schoolweek, en eigenlijk is het ons hele '
            'schoolplan in het klein: kinderen willen gezien worden, en het is onze taak om ze te zien.')
    _p(doc, 'Toen ons bestuur Koers 22 presenteerde, herkenden wij ons direct in de vier kernwaarden: gezien '
            'worden, open, vooruitstrevend en ambitieus. We hebben daarom besloten dit schoolplan niet op te '
            'bouwen langs de vaste onderwerpen van het inspectiekader, maar langs die vier kernwaarden. Elke '
            'kernwaarde krijgt een eigen hoofdstuk (hoofdstuk 4 tot en met 7). Binnen zo’n hoofdstuk laten we '
            'per paragraaf zien wat de kernwaarde betekent voor de vensters van Koers 22: ons onderwijs, ons '
            'personeel, de samenwerking binnen ASG en het partnerschap met ouders en omgeving. Niet elk venster '
            'komt bij elke kernwaarde terug; we schrijven alleen op waar we echt iets mee doen. Vóór die vier '
            'hoofdstukken staat een hoofdstuk over wie wij zijn als christelijke school, omdat dat de bron is '
            'waaruit we werken.')
    _p(doc, 'Aan het eind van elk hoofdstuk staan onze doelen, steeds met een datum. Die doelen vormen samen de '
            'basis voor de jaarplannen. Ieder jaar in juni evalueren we het lopende jaarplan en stellen we het '
            'volgende op. Het jaarplan bespreken we in de eerste MR-vergadering van het schooljaar.')
    _p(doc, 'Het plan is tot stand gekomen tussen januari en mei 2019. Het team werkte op drie studiedagen '
            '(16 januari, 13 februari en 20 maart) aan de centrale vragen uit de ASG Koerswijzer. De '
            'leerlingenraad vertelde in twee bijeenkomsten wat zij goed vinden aan De Moerbei en wat beter '
            'kan. Een ouderpanel van negen ouders dacht op 4 april met ons mee over communicatie en '
            'ouderbetrokkenheid. De medezeggenschapsraad heeft het concept besproken en op 11 juni 2019 '
            'ingestemd met dit schoolplan (zie hoofdstuk 8).')
    _p(doc, 'Marleen Bootsma, directeur')

    # ---------------- 2 ----------------
    doc.add_heading('2. De Moerbei in het kort', level=1)
    _tabel(doc, ['Gegeven', 'CBS De Moerbei'], [
        ['BRIN-nummer', '31FK'],
        ['Adres', 'Ringvaartlaan 12, 1349 AK Almere'],
        ['Bestuur', 'Almeerse Scholen Groep (ASG)'],
        ['Richting', 'Protestants-christelijk'],
        ['Directeur', 'Marleen Bootsma'],
        ['Intern begeleider', 'Gerda Hoekstra (0,8 fte)'],
        ['Aantal leerlingen (1 oktober 2018)', '287'],
        ['Groepen', '12: vier kleutergroepen 1/2 en acht groepen 3 tot en met 8'],
        ['Team', '24 medewerkers, samen 19,3 fte'],
        ['Schooltijden', 'Vijf-gelijke-dagenmodel, 8.30 – 14.15 uur'],
        ['Planperiode', '1 augustus 2019 – 31 juli 2023'],
    ], breedtes=[6, 10])
    _p(doc, 'De Moerbei staat sinds 2003 in Tussen de Vaarten, een wijk in Almere Stad met veel gezinnen met '
            'jonge kinderen. De school groeide tot 2015 snel en is sindsdien stabiel rond de 290 leerlingen. '
            'De prognose van de gemeente gaat uit van een lichte daling naar ongeveer 265 leerlingen in 2023, '
            'omdat er in de wijk minder jonge gezinnen bij komen. We houden daar in de formatie rekening mee.')
    _p(doc, 'Onze leerlingen komen uit gezinnen met uiteenlopende achtergronden. Ongeveer zes op de tien '
            'ouders hebben een mbo-opleiding of hoger; 6% van de leerlingen telt mee in de gewichtenregeling. '
            'In ruim een kwart van de gezinnen wordt naast Nederlands een andere taal gesproken, zoals '
            'Papiaments, Twi, Arabisch, Pools of Engels. Ongeveer een derde van de gezinnen is lid van een '
            'kerk, ongeveer 15% is moslim en de rest noemt zich niet gelovig of zegt er niets over.')
    _p(doc, 'Bij het laatste inspectiebezoek (mei 2016) kregen we het basisarrangement. Sinds 2015 maken onze '
            'leerlingen de IEP Eindtoets. De resultaten van de laatste drie jaar:')
    _tabel(doc, ['Jaar', 'Gemiddelde score De Moerbei', 'Landelijk gemiddelde', 'Aantal leerlingen'], [
        ['2016', '81,2', '79,9', '34'],
        ['2017', '82,0', '80,4', '38'],
        ['2018', '79,1', '80,1', '36'],
    ])
    _p(doc, 'In 2018 lagen we voor het eerst onder het landelijk gemiddelde. Uit onze analyse blijkt dat vooral '
            'begrijpend lezen en het rekenen op 1S-niveau achterblijven. Daarnaast zagen we bij klassenbezoeken '
            'dat de kwaliteit van de instructie per groep sterk verschilt. Ouders en leerlingen waarderen in de '
            'peiling van 2018 vooral de sfeer (ouders 8,1, leerlingen 8,3) en zijn minder tevreden over de '
            'informatie die ze van school krijgen (ouders 7,1). Deze drie punten komen in dit plan terug.')

    # ---------------- 3 ----------------
    doc.add_heading('3. Wie wij zijn: identiteit en levensbeschouwing', level=1)
    _p(doc, 'De Moerbei is een protestants-christelijke school. Binnen ASG, met openbare, algemeen-bijzondere '
            'en christelijke scholen, zijn wij een van de scholen waar het christelijk geloof de basis is. Dat '
            'zie je niet aan het gebouw, maar wel aan het begin van iedere dag.')
    doc.add_heading('3.1 Het geloof in de dagelijkse praktijk', level=2)
    _p(doc, 'Elke dag begint in de klas met een lied, een gebed en een verhaal. Daarvoor gebruiken we sinds '
            '2012 de methode Trefwoord, die we in alle groepen volgen. Op maandagochtend is er per bouw een '
            'weekopening in de aula; op vrijdagmiddag verzorgt steeds een andere groep de weeksluiting, waarvoor '
            'ouders en grootouders worden uitgenodigd. We vieren met elkaar Kerst (in de kerkzaal van De Fontein, '
            'het kerkgebouw van de Protestantse wijkgemeente Almere Stad-Oost), Pasen met een paasmaaltijd in de '
            'klas, Pinksteren en dankdag. Op dankdag zamelen we houdbare producten in voor de Voedselbank Almere.')
    _p(doc, 'De identiteitscommissie, met twee ouders, twee leerkrachten en de predikant van De Fontein als '
            'adviseur, komt vier keer per jaar bij elkaar. Zij bereidt de vieringen voor en bewaakt de '
            'jaarplanning van Trefwoord. In oktober houden we elk jaar een identiteitsmiddag met het team, '
            'waarin we met elkaar praten over de vraag wat het geloof betekent voor ons werk in de klas.')
    doc.add_heading('3.2 Welkom voor ieder gezin', level=2)
    _p(doc, 'Alle kinderen zijn welkom op De Moerbei, als hun ouders de christelijke identiteit van de school '
            'respecteren. In het kennismakingsgesprek bespreken we wat dat in de praktijk betekent: alle '
            'kinderen doen mee aan de dagopening en de vieringen. We vragen niet dat een kind bidt, wel dat het '
            'stil is en respect toont voor wie dat wel doet. Kinderen van andere geloven vragen we in de klas '
            'te vertellen hoe zij hun feesten vieren. Tijdens de ramadan plannen we geen schoolreis of sportdag '
            'met verplichte gezamenlijke maaltijd, en rond het Suikerfeest besteden we in de dagopening aandacht '
            'aan de kinderen die het vieren.')
    _p(doc, 'Omdat onze leerlingen opgroeien in een stad met veel geloven en culturen, leren we ze ook over '
            'andere levensbeschouwingen. Trefwoord heeft daarvoor thema’s over jodendom en islam. Groep 7 '
            'bezoekt ieder voorjaar een moskee en een kerk in Almere Stad; groep 8 doet in het project '
            '‘Geloven in Almere’ interviews met mensen van verschillende geloven in de wijk. Daarnaast vragen '
            'wij van iedere nieuwe collega dat hij of zij de christelijke grondslag onderschrijft. Dat gesprek '
            'voeren we bij de sollicitatie en nog eens na het eerste jaar.')
    doc.add_heading('3.3 Burgerschap', level=2)
    _p(doc, 'Voor ons hangen identiteit en burgerschap samen: wie leert wat naastenliefde is, leert ook hoe je '
            'met anderen samenleeft. Op dit moment geven we burgerschap vorm via verschillende losse onderdelen: '
            'de leerlingenraad (acht leerlingen uit groep 5 tot en met 8, zes keer per jaar overleg met de '
            'directeur), de lessen uit Trefwoord en de Kanjertraining, het jaarlijkse bezoek van groep 7 aan de '
            'gemeenteraad van Almere en de sponsorloop voor een goed doel dat de leerlingenraad kiest. In groep '
            '6 tot en met 8 bespreken we wekelijks het nieuws aan de hand van het Jeugdjournaal.')
    _p(doc, 'Wat ontbreekt is samenhang: we weten niet zeker of alle leerlingen aan het eind van groep 8 de '
            'kerndoelen 36 tot en met 38 (staatsinrichting, normen en waarden, geestelijke stromingen) hebben '
            'bereikt. Daarom stellen we in deze planperiode een doorlopende leerlijn burgerschap op, waarin we '
            'de bestaande onderdelen per leerjaar ordenen en aanvullen waar het nodig is.')
    _doelen(doc, '3.4 Doelen identiteit en burgerschap', [
        ('September 2019', 'De identiteitscommissie heeft een vieringenkalender voor vier jaar opgesteld, waarin '
                           'elk jaar een andere groep de Kerstviering in De Fontein voorbereidt.'),
        ('Juli 2020 en daarna jaarlijks', 'Alle leerlingen van groep 7 hebben een moskee en een kerk bezocht; '
                                          'de groepen 8 hebben het project ‘Geloven in Almere’ gedaan.'),
        ('Juli 2021', 'Er ligt een doorlopende leerlijn burgerschap voor groep 1 tot en met 8, gekoppeld aan '
                      'kerndoel 36 tot en met 38, en die staat beschreven in de schoolgids.'),
        ('Maart 2022', 'In de oudertevredenheidspeiling scoort de vraag over de manier waarop we met geloof '
                      'omgaan minimaal een 7,5 (2018: 7,2).'),
    ])

    # ---------------- 4 ----------------
    doc.add_heading('4. Gezien worden', level=1)
    _p(doc, 'Gezien worden betekent bij ons dat ieder kind en iedere volwassene weet: hier kennen ze mij. '
            'Iedereen op De Moerbei is waardevol en wordt gezien. Gezien worden is voor ons niet alleen een '
            'kernwaarde van het bestuur; het is het verhaal van Zacheüs, waar onze school naar heet. Hieronder '
            'beschrijven we wat dat betekent in de klas, voor ons team en voor ouders en bezoekers.')
    doc.add_heading('4.1 Gezien worden in de klas (venster 1: goed en toegankelijk onderwijs)', level=2)
    _p(doc, 'Gezien worden begint bij het kennen van de leerling. We hebben zicht op de (onderwijs)behoeftes '
            'van onze leerlingen en medewerkers. Voor de leerlingen betekent dat concreet:')
    _bullets(doc, [
        'Iedere leerkracht van groep 3 tot en met 8 voert twee keer per jaar (oktober en maart) een '
        'kindgesprek van tien minuten met ieder kind, aan de hand van de kaart ‘Dit ben ik’. Wat het kind '
        'vertelt, komt in ParnasSys.',
        'In groep 1 en 2 volgen we de ontwikkeling met KIJK!; in groep 3 tot en met 8 met de toetsen van het '
        'Cito LVS (januari en juni).',
        'De sociaal-emotionele ontwikkeling volgen we twee keer per jaar met KanVas, het volgsysteem van de '
        'Kanjertraining. Groep 5 tot en met 8 vult daarnaast zelf de leerlingvragenlijst in.',
        'Na elke toetsronde bespreekt de leerkracht met de intern begeleider het groepsoverzicht. Leerlingen '
        'over wie zorgen zijn, komen in de leerlingbespreking.',
    ])
    _p(doc, 'Ondersteuning. In de basisondersteuning werken alle leerkrachten met drie instructieniveaus en '
            'verlengde instructie aan de instructietafel. Onze onderwijsassistent geeft leesondersteuning met '
            'het programma Bouw! aan leerlingen van groep 2 tot en met 4 met een risico op leesproblemen. Voor '
            'leerlingen met dyslexie volgen we het protocol dyslexie van het samenwerkingsverband. Voor meer- '
            'en hoogbegaafde leerlingen uit groep 4 tot en met 8 is er de plusgroep ‘De Sycoklimmers’, één '
            'ochtend per week, waar we werken met Levelwerk.')
    _p(doc, 'Extra ondersteuning regelen we met het Samenwerkingsverband Passend Onderwijs Almere. De '
            'schoolondersteuner van het samenwerkingsverband is elke twee weken op school en schuift aan bij '
            'de leerlingbesprekingen. In 2018-2019 hebben zeven leerlingen een ontwikkelingsperspectief (OPP) '
            'en drie leerlingen een arrangement. Ook het schoolmaatschappelijk werk en het wijkteam Stad-Oost '
            'weten ons goed te vinden; een keer per zes weken is er een zorgoverleg met hen.')
    _p(doc, 'We zijn eerlijk over onze grenzen. We kunnen geen passend aanbod bieden aan kinderen die de hele '
            'dag één-op-één begeleiding nodig hebben, of aan kinderen met ernstige gedragsproblemen waardoor de '
            'veiligheid van andere kinderen in gevaar komt. In zo’n situatie zoeken we samen met ouders en het '
            'samenwerkingsverband een andere plek, bijvoorbeeld op een school voor speciaal basisonderwijs of '
            'speciaal onderwijs in Almere. In 2018 gebeurde dat drie keer. Ons schoolondersteuningsprofiel '
            'dateert van 2015 en is verouderd; we herschrijven het in 2019-2020 in het format van het '
            'samenwerkingsverband en beschrijven daarin precies in welke leer- en zorgbehoeftes we wel en niet '
            'kunnen voorzien.')
    _p(doc, 'Veiligheid. Sinds 2014 werken we met de Kanjertraining; alle leerkrachten hebben de '
            'Kanjerlicentie. De Kanjerafspraken hangen in elke klas en in de hal. Juf Ilse van groep 6 is '
            'onze anti-pestcoördinator en meester Jeroen van groep 8 de vertrouwenspersoon voor kinderen. '
            'De sociale veiligheid meten we jaarlijks met de leerlingvragenlijst van KanVas in groep 5 tot en '
            'met 8. In 2018 gaf 94% van de leerlingen aan zich veilig te voelen op school. Het '
            'schoolveiligheidsplan (2017) met het pestprotocol en de meldcode huiselijk geweld en '
            'kindermishandeling wordt in 2020 geactualiseerd. Vier collega’s zijn bedrijfshulpverlener.')
    doc.add_heading('4.2 Gezien worden als collega (venster 2: personeel in positie)', level=2)
    _p(doc, 'Gezien worden geldt ook voor onszelf. Wat heeft een collega nodig om goed werk te kunnen doen? '
            'De werkdruk in het basisonderwijs is hoog, en dat merken wij ook. Het team heeft in 2018 zelf '
            'besloten hoe de werkdrukmiddelen worden besteed: aan een extra onderwijsassistent (0,6 fte) en '
            'een uitbreiding van de vakleerkracht bewegingsonderwijs (0,4 fte). Daardoor heeft iedere '
            'leerkracht van groep 3 tot en met 8 een uur per week extra tijd buiten de groep. Ieder jaar in juni '
            'evalueren we met het hele team of deze keuze nog de goede is; de personeelsgeleding van de MR '
            'stemt daarna in met de besteding.')
    _p(doc, 'Ook voor collega’s geldt dat we willen weten wat ze nodig hebben. Daarvoor hebben we een vaste '
            'gesprekscyclus. Iedere medewerker heeft in september of oktober een startgesprek met de '
            'directeur, waarin een persoonlijk ontwikkeldoel wordt afgesproken. Tussen november en februari '
            'volgen twee klassenbezoeken (door de directeur en de intern begeleider), in maart een '
            'functioneringsgesprek en eens per drie jaar een beoordelingsgesprek. Alles wordt vastgelegd in het '
            'digitale bekwaamheidsdossier. Startende leerkrachten krijgen drie jaar lang een vaste mentor en '
            'doen mee aan het startersprogramma van de ASG Academie.')
    doc.add_heading('4.3 Welkom op De Moerbei (venster 4: partnerschap)', level=2)
    _p(doc, 'Gezien worden begint bij de voordeur. Wie onze school binnenloopt, moet zich welkom voelen. Dat regelen we niet met een folder, maar met '
            'gewoontes:')
    _bullets(doc, [
        'Elke ochtend tussen 8.20 en 8.30 uur mogen ouders mee de klas in. De directeur staat iedere ochtend '
        'bij de hoofdingang.',
        'Nieuwe gezinnen krijgen een rondleiding van twee ‘Moerbeigidsen’: leerlingen van groep 8 die daar een '
        'korte training voor hebben gehad.',
        'Zes weken na de start van een nieuw kind heeft de leerkracht een ‘hoe gaat het?’-gesprek met de '
        'ouders.',
        'In de hal hangt een welkomstbord in de twaalf talen die onze ouders thuis spreken.',
        'Nieuwe collega’s en stagiairs krijgen een maatje uit het team voor de eerste maanden.',
    ])
    _doelen(doc, '4.4 Doelen gezien worden', [
        ('Oktober 2019', 'Alle leerkrachten van groep 3 tot en met 8 voeren twee kindgesprekken per jaar; de '
                         'verslagen staan in ParnasSys.'),
        ('Juli 2020', 'Het nieuwe schoolondersteuningsprofiel is vastgesteld, na advies van de MR, en staat op '
                      'de website.'),
        ('December 2020', 'Het geactualiseerde schoolveiligheidsplan is vastgesteld.'),
        ('Maart 2020 en maart 2022', 'Ouders geven in de tevredenheidspeiling op de vraag of zij zich welkom voelen '
                              'minimaal een 8,0.'),
        ('Ieder jaar in juni', 'Minimaal 95% van de leerlingen van groep 5 tot en met 8 voelt zich veilig op '
                               'school (KanVas).'),
        ('Juni 2021', 'Minimaal 75% van het team geeft bij de evaluatie aan dat de inzet van de '
                      'werkdrukmiddelen de werkdruk merkbaar verlicht.'),
    ])

    # ---------------- 5 ----------------
    doc.add_heading('5. Open', level=1)
    _p(doc, 'Open zijn betekent bij ons: eerlijk zeggen hoe het gaat, ook als het niet goed gaat. Open zijn '
            'betekent ook dat de deur openstaat voor ouders, voor de wijk en voor andere ideeën dan de onze. Uit '
            'de peiling van 2018 weten we dat ouders zich niet altijd goed geïnformeerd voelen. Daar ligt voor '
            'ons de grootste opdracht binnen deze kernwaarde.')
    doc.add_heading('5.1 Open naar ouders (venster 4: partnerschap)', level=2)
    _p(doc, 'In onze communicatie zijn we transparant en toegankelijk. Sinds 2018 gebruiken alle groepen de '
            'app Parro voor berichten en foto’s. Om de week verschijnt op donderdag het Moerbeiblad, onze '
            'nieuwsbrief. Met het ouderpanel hebben we in april 2019 de volgende afspraken gemaakt:')
    _bullets(doc, [
        'Leerkrachten reageren binnen twee werkdagen op een bericht van ouders.',
        'Na 18.00 uur en in het weekend sturen we geen berichten, behalve in noodgevallen.',
        'Belangrijke besluiten (bijvoorbeeld over schooltijden) leggen we uit in het Moerbeiblad, met de '
        'reden erbij.',
        'Voor ouders die het Nederlands nog niet goed beheersen, regelen we bij gesprekken een tolk of een '
        'andere ouder die kan vertalen.',
    ])
    _p(doc, 'Ouders kennen hun kind het best. Daarom beginnen we het schooljaar vanaf 2019-2020 met een '
            'startgesprek, waarin niet de leerkracht maar de ouders vertellen: hoe is uw kind, wat gaat goed, '
            'waar maakt u zich zorgen over? In november en maart volgen voortgangsgesprekken. Vanaf groep 6 is '
            'het kind bij die gesprekken aanwezig en vertelt het zelf over zijn doelen. In groep 3 houden we in '
            'september een informatieavond over het oefenen met lezen thuis, en twee keer per jaar is er een '
            'kijkochtend waarop ouders een les bijwonen.')
    _p(doc, 'De medezeggenschapsraad bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per '
            'jaar. De directeur is bij het eerste deel van elke vergadering aanwezig. We gebruiken de MR '
            'nadrukkelijk ook als sparringpartner: voordat we een voorstel uitwerken, bijvoorbeeld over het '
            'continurooster in 2017 of de werkdrukmiddelen in 2018, bespreken we eerst de eerste ideeën. '
            'Daarnaast organiseert de activiteitencommissie van ouders de feesten en de sportdag.')
    doc.add_heading('5.2 Open naar de wijk (venster 4: partnerschap)', level=2)
    _p(doc, 'De Moerbei staat niet op een eiland. In ons gebouw zitten peuteropvang en bso De Vaartjes. Met '
            'hen hebben we een overdracht van peuters naar groep 1, maar die verloopt nog niet voor alle kinderen '
            'warm; het gesprek vindt nu bij ongeveer de helft van de peuters plaats. Verder werken we samen met:')
    _bullets(doc, [
        'de Nieuwe Bibliotheek: via de Bibliotheek op school komt de leesconsulent elke maand, en de '
        'schoolbibliotheek wordt twee keer per jaar aangevuld;',
        'De Fontein, de kerk in de wijk, voor de Kerstviering en de dankdagactie;',
        'de buurtsportcoach van de gemeente, die op woensdagmiddag naschoolse sport op ons plein verzorgt;',
        'het woonzorgcentrum aan de overkant, waar groep 5 in december liedjes zingt en groep 8 in het voorjaar '
        'een spelletjesmiddag organiseert;',
        'het wijkteam Stad-Oost en het schoolmaatschappelijk werk (zie 4.1).',
    ])
    doc.add_heading('5.3 Open over onze resultaten (venster 1: goed en toegankelijk onderwijs)', level=2)
    _p(doc, 'Open zijn over kwaliteit betekent dat we ouders vertellen hoe we ervoor staan. Elk jaar in '
            'oktober staan de resultaten van de eindtoets en de uitstroom naar het voortgezet onderwijs in het '
            'Moerbeiblad, met onze analyse en wat we gaan doen. Toen de eindtoets in 2018 tegenviel, hebben we '
            'dat op een ouderavond toegelicht. Zo willen we het blijven doen.')
    _p(doc, 'Open zijn betekent bij ons ook dat we met een open blik kijken naar de verschillen tussen '
            'kinderen en tussen collega’s. Voor de leerlingen beschreven we in hoofdstuk 3 hoe we omgaan met '
            'verschillende geloven en achtergronden. Ons team is minder divers dan onze leerlingen: 21 van de '
            '24 collega’s zijn vrouw en bijna niemand spreekt thuis een andere taal dan Nederlands. Bij '
            'vacatures plaatsen we de advertentie daarom ook via de pabo van Windesheim Flevoland en nodigen we '
            'zij-instromers nadrukkelijk uit om te reageren.')
    _doelen(doc, '5.4 Doelen open', [
        ('September 2019', 'De communicatieafspraken staan in de schoolgids; het ouderpanel evalueert ze in '
                           'juni 2020.'),
        ('November 2019', 'In alle groepen zijn de startgesprekken gehouden.'),
        ('Schooljaar 2020-2021', 'Het kind is vanaf groep 5 (nu groep 6) aanwezig bij de '
                                 'voortgangsgesprekken.'),
        ('Maart 2022', 'Ouders geven de informatievoorziening in de tevredenheidspeiling minimaal een 7,8 '
                      '(2018: 7,1).'),
        ('Schooljaar 2021-2022', 'Samen met De Vaartjes hebben we een vast overdrachtsformulier en is er voor '
                                 'minimaal 90% van de peuters die naar De Moerbei gaan een warme overdracht.'),
        ('Ieder jaar in oktober', 'De eindtoetsresultaten, de uitstroom en onze analyse staan in het '
                                  'Moerbeiblad.'),
    ])

    # ---------------- 6 ----------------
    doc.add_heading('6. Vooruitstrevend', level=1)
    _p(doc, 'Vooruitstrevend zijn betekent bij ons dat we nieuwsgierig zijn naar nieuwe inzichten om ons '
            'onderwijs eigentijds inhoud te geven. Wij geven gericht inhoud aan ons onderwijs langs de drie '
            'horizonten van de innovatiestrategie. Tegelijk zijn we eerlijk: De Moerbei is geen school die elk '
            'jaar een nieuw concept invoert. Veel ouders kiezen voor ons vanwege de rust en de duidelijke '
            'structuur. We vernieuwen daarom stap voor stap, en alleen als we verwachten dat het beter wordt '
            'voor de kinderen.')
    doc.add_heading('6.1 Ons onderwijsprogramma (venster 1: goed en toegankelijk onderwijs)', level=2)
    _p(doc, 'We werken in jaargroepen. De instructie geven we volgens het model van expliciete directe '
            'instructie (EDI), afgewisseld met coöperatieve werkvormen. Onze methodes dekken de kerndoelen; '
            'of de leerlingen de referentieniveaus halen, volgen we met het Cito LVS en de eindtoets. De '
            'leerlingen krijgen 940 uur onderwijs per jaar, samen 7.520 uur in acht jaar.')
    _tabel(doc, ['Vak', 'Methode', 'Groepen', 'In gebruik sinds'], [
        ['Levensbeschouwing', 'Trefwoord', '1-8', '2012'],
        ['Sociaal-emotionele ontwikkeling', 'Kanjertraining', '1-8', '2014'],
        ['Kleuters', 'Kleuterplein, observatie met KIJK!', '1-2', '2015'],
        ['Aanvankelijk lezen', 'Veilig leren lezen (kim-versie)', '3', '2014'],
        ['Technisch lezen', 'Estafette', '4-6', '2013'],
        ['Begrijpend lezen', 'Nieuwsbegrip XL', '4-8', '2016'],
        ['Taal en spelling', 'Taal actief 4', '4-8', '2016'],
        ['Rekenen', 'Wereld in getallen 4 (vervanging gepland)', '3-8', '2010'],
        ['Engels', 'Take it easy', '1-8', '2017'],
        ['Wereldoriëntatie', 'Blink Wereld (aardrijkskunde, geschiedenis, natuur en techniek)', '5-8', '2017'],
        ['Schrijven', 'Pennenstreken', '3-8', '2011'],
        ['Muziek', '123ZING', '1-8', '2018'],
        ['Bewegingsonderwijs', 'Vakleerkracht, Basislessen bewegingsonderwijs', '3-8', '–'],
    ], breedtes=[4, 7, 2, 3])
    _p(doc, 'Rekenen. Vooruitstrevend zijn betekent bij het rekenen niet dat we het nieuwste kiezen. '
            'Wereld in getallen 4 is wel verouderd. In 2020-2021 proberen twee groepen (4 en 6) een half '
            'jaar lang twee nieuwe methodes uit. De rekencoördinator maakt daarna met de werkgroep rekenen een '
            'keuze, zodat de nieuwe methode in augustus 2021 in alle groepen start. We kiezen bewust niet voor '
            'een volledig digitale methode: oefenen kan op de Chromebooks, de instructie blijft aan de '
            'instructietafel.')
    _p(doc, 'Digitale geletterdheid. Onze leerlingen groeien op in een digitale wereld, maar ons aanbod op '
            'dat gebied is nu afhankelijk van de leerkracht. De ICT-coördinator stelt in 2019-2020 een leerlijn '
            'op, gebaseerd op de leerlijnen van SLO: programmeren met de Bee-Bots in groep 1 tot en met 3, '
            'Scratch in groep 5 en 6, micro:bits in groep 7 en 8, en mediawijsheid met MediaMasters in groep 7 '
            'en 8. In groep 4 tot en met 8 is er nu één Chromebook per twee leerlingen; in 2020 wordt dat één '
            'per leerling in groep 6 tot en met 8.')
    _p(doc, 'Onderzoekend en ontwerpend leren. In het schooljaar 2019-2020 starten we een proef met een '
            'techniekatelier in het oude handvaardigheidslokaal. Groep 5 tot en met 8 werken daar twee keer per '
            'jaar zes weken lang aan een ontwerpopdracht, bijvoorbeeld een brug over de vaart achter de school '
            'of een speeltoestel voor de kleuters. Ze doorlopen de stappen van de ontwerpcyclus: verwonderen, '
            'verkennen, ontwerpen, maken, testen en presenteren. De leerkrachten worden daarbij begeleid door '
            'een docent wetenschap en technologie van de pabo. Als de proef slaagt, breiden we het atelier in '
            '2021-2022 uit naar groep 1 tot en met 4.')
    doc.add_heading('6.2 Leren van andere ASG-scholen (venster 3: de meerwaarde van ASG)', level=2)
    _p(doc, 'Wij hoeven niet alles zelf te bedenken. Onze ICT-coördinator, Sanne de Ruiter, neemt deel aan het '
            'ASG-netwerk van ICT-coördinatoren in het primair onderwijs, dat vier keer per jaar bijeenkomt. De '
            'lessen met micro:bits hebben we daar gekregen van een collega-school in Almere Buiten. Ook de '
            'rekencoördinator en de intern begeleider zitten in een ASG-netwerk. Wat zij daar horen, '
            'delen ze in de eerstvolgende teamvergadering. Twee keer per jaar gaat een wisselende groep van vier '
            'collega’s naar ‘Een avondje uit met ASG’. In het schooljaar 2021-2022 willen we de ervaringen met '
            'het techniekatelier zelf delen, met een workshop op de ASG-brede studiedag.')
    _doelen(doc, '6.3 Doelen vooruitstrevend', [
        ('Juni 2020', 'De proef met het techniekatelier in groep 5 tot en met 8 is geëvalueerd, ook met de '
                      'leerlingen; het team besluit of we doorgaan.'),
        ('Juli 2020', 'De leerlijn digitale geletterdheid voor groep 1 tot en met 8 is vastgesteld; vanaf '
                      '2020-2021 wordt hij in alle groepen gegeven.'),
        ('Augustus 2021', 'De nieuwe rekenmethode is in alle groepen ingevoerd.'),
        ('Maart 2022', 'Ons team verzorgt een workshop over het techniekatelier op de ASG-brede studiedag.'),
        ('Juli 2022', 'Alle groepen van 1 tot en met 8 werken minstens één keer per jaar in het '
                      'techniekatelier.'),
    ])

    # ---------------- 7 ----------------
    doc.add_heading('7. Ambitieus', level=1)
    _p(doc, 'Ambitieus zijn betekent bij ons dat we hoge verwachtingen hebben van onze leerlingen en van '
            'elkaar. We geven altijd het beste van onszelf. Dat klinkt groot, daarom maken we het hieronder zo '
            'concreet mogelijk: wat willen we dat de kinderen leren, hoe houden we dat in de gaten, en wat '
            'vraagt dat van ons als team?')
    doc.add_heading('7.1 Wat kinderen bij ons leren (venster 1: goed en toegankelijk onderwijs)', level=2)
    _p(doc, 'We hebben als team eigen schoolstandaarden afgesproken. Die liggen boven de landelijke '
            'signaleringswaarden, omdat we weten dat onze leerlingen meer kunnen dan de eindtoets van 2018 '
            'liet zien.')
    _tabel(doc, ['Indicator (groep 8)', 'Stand 2018', 'Doel 2023'], [
        ['Lezen op 1F-niveau', '98%', 'minimaal 97%'],
        ['Lezen op 2F-niveau', '61%', 'minimaal 70%'],
        ['Taalverzorging op 1F-niveau', '96%', 'minimaal 96%'],
        ['Taalverzorging op 2F-niveau', '58%', 'minimaal 62%'],
        ['Rekenen op 1F-niveau', '91%', 'minimaal 95%'],
        ['Rekenen op 1S-niveau', '36%', 'minimaal 45%'],
        ['Leerlingen die na drie jaar VO op of boven het advies zitten', '82%', 'minimaal 85%'],
    ], breedtes=[9, 3, 4])
    _p(doc, 'Hoge verwachtingen betekent ook: we schrijven geen kind af. Bij het schooladvies in groep 8 kijken '
            'we naar wat een kind laat zien en kan, niet naar de thuissituatie. Bij twijfel tussen twee niveaus '
            'geven we een gecombineerd advies met het hogere niveau erin. In groep 7 voeren we het '
            'voorlopige-adviesgesprek met ouders én kind, zodat het kind weet waar het voor werkt.')
    _p(doc, 'Begrijpend lezen is de komende twee jaar ons belangrijkste verbeterpunt. We gaan in alle groepen '
            'vanaf groep 4 twee keer per week de Nieuwsbegrip-les geven volgens het EDI-model, met hardop '
            'voordoen door de leerkracht, en we maken in groep 6 tot en met 8 één keer per week een langere '
            'tekst uit Blink Wereld samen ‘dicht’ (close reading).')
    doc.add_heading('7.2 Hoe we de kwaliteit bewaken (venster 1: goed en toegankelijk onderwijs)', level=2)
    _p(doc, 'Ambitieus zijn betekent bij ons ook dat we niet raden hoe goed we zijn, maar het meten. '
            'We willen het basisarrangement van de inspectie houden, en we willen het ook van onszelf weten '
            'voordat de inspectie het ons vertelt. Daarom werken we met een vaste jaarcyclus:')
    _tabel(doc, ['Wanneer', 'Wat', 'Wie'], [
        ['Augustus/september', 'Jaarplan vaststellen en bespreken met team en MR', 'Directeur'],
        ['Oktober, januari, april, juli', 'Kwartaalrapportage aan het College van Bestuur', 'Directeur'],
        ['November – februari', 'Twee klassenbezoeken per leerkracht met de kijkwijzer EDI',
         'Directeur en IB'],
        ['Februari en juli', 'Trendanalyse van de Cito-toetsen, bespreking in het team', 'IB'],
        ['Gedurende het jaar', 'Vier kwaliteitskaarten uit WMK-PO (zelfevaluatie op een onderdeel)',
         'Directeur met werkgroep'],
        ['Maart 2020 en maart 2022', 'Tevredenheidspeiling ouders, leerlingen (groep 6-8) en team', 'Directeur'],
        ['Juni', 'Evaluatie jaarplan, bespreking jaarverslag in het team', 'Directeur en team'],
    ], breedtes=[4, 9, 3])
    _p(doc, 'Welke WMK-kaarten we elk jaar nemen, kiezen we op basis van dit schoolplan; in vier jaar komen '
            'alle standaarden van het onderzoekskader aan bod. In het schooljaar 2020-2021 laten we de school '
            'bovendien bekijken door een visitatie: een directeur en een intern begeleider van twee andere '
            'ASG-scholen bezoeken een dag lang lessen en voeren gesprekken met leerlingen, ouders en team.'
            ' De uitkomst nemen we op in het jaarplan 2021-2022.')
    doc.add_heading('7.3 Een team dat blijft leren (venster 2: personeel in positie)', level=2)
    _p(doc, 'Ambitieus zijn geldt ook voor onszelf: goed onderwijs staat of valt met de leerkracht. In 2019-2020 krijgt het hele team scholing in EDI '
            'van een externe trainer: vier bijeenkomsten, met tussendoor klassenbezoeken waarin de trainer '
            'meekijkt. Daarna werken we in drie leerteams (begrijpend lezen, rekenen en techniekatelier). Een '
            'leerteam komt elke zes weken bij elkaar, bereidt samen lessen voor, bezoekt elkaars lessen en '
            'bespreekt wat werkt. In de laatste teamvergadering van het schooljaar vertelt ieder leerteam wat het '
            'heeft opgeleverd en wat we als school gaan vasthouden.')
    _p(doc, 'Naast de teamscholing kiest iedere medewerker zelf een persoonlijk ontwikkeldoel (zie 4.2). '
            'Daarbij volgt iedereen per schooljaar minstens één cursus of training, bij de ASG Academie of '
            'elders; daarvoor is per medewerker € 500 per jaar beschikbaar. De intern begeleider neemt deel aan '
            'de professionele leergemeenschap van intern begeleiders van ASG.')
    _p(doc, 'Op dit moment werkt in groep 5 een zij-instromer die de deeltijdopleiding aan de pabo volgt. Zij '
            'heeft een vaste mentor in het team, één uur per week samen met haar mentor vrij geroosterd, en we '
            'verwachten dat zij in juli 2021 haar bevoegdheid haalt. Als we in de planperiode opnieuw een '
            'onbevoegde leraar aannemen, krijgt die dezelfde begeleiding.')
    _p(doc, 'Talent van collega’s zetten we ook buiten de school in. Onze rekencoördinator, Wouter Knol, heeft '
            'de master Rekenen-wiskunde en verzorgt op verzoek bijeenkomsten voor rekencoördinatoren van andere '
            'ASG-scholen. Hij krijgt daar twee dagen per jaar voor vrij van de groep.')
    _doelen(doc, '7.4 Doelen ambitieus', [
        ('Juli 2020', 'Minimaal 80% van de klassenbezoeken scoort voldoende of goed op alle onderdelen van de '
                      'kijkwijzer EDI.'),
        ('Juni 2021', 'Minimaal 65% van de leerlingen van groep 8 haalt 2F lezen op de eindtoets; in 2023 '
                      'is dat minimaal 70%.'),
        ('Juli 2021', 'Onze zij-instromer is bevoegd.'),
        ('Schooljaar 2020-2021', 'De visitatie heeft plaatsgevonden; de verbeterpunten staan in het '
                                 'jaarplan 2021-2022.'),
        ('Ieder jaar in juni', 'Ieder leerteam presenteert zijn opbrengst aan het team; iedere medewerker heeft '
                               'minstens één cursus of training gevolgd.'),
        ('Juni 2023', 'De schoolstandaarden uit 7.1 zijn gehaald en we hebben nog steeds het '
                      'basisarrangement van de inspectie.'),
    ])

    # ---------------- 8 ----------------
    doc.add_heading('8. Instemming en vaststelling', level=1)
    _p(doc, 'De medezeggenschapsraad van CBS De Moerbei heeft het concept van dit schoolplan besproken in de '
            'vergaderingen van 14 mei en 11 juni 2019 en heeft op 11 juni 2019 ingestemd met het schoolplan '
            '2019-2023. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan vastgesteld '
            'op 2 juli 2019.')
    _tabel(doc, ['', 'Naam', 'Datum', 'Handtekening'], [
        ['Voorzitter MR', 'Ruben Schouten', '11 juni 2019', ''],
        ['Directeur', 'Marleen Bootsma', '11 juni 2019', ''],
        ['Namens het College van Bestuur ASG', '', '2 juli 2019', ''],
    ], breedtes=[5, 4, 3, 4])

    doc.save(path)


if __name__ == '__main__':
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else 'plan_143_cbs_de_moerbei.docx')
