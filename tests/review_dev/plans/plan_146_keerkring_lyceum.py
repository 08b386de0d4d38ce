#!/usr/bin/env python3
"""Schoolplan 2024-2028 van het Keerkring Lyceum, openbare scholengemeenschap voor atheneum en gymnasium (Almere).

Schrijft met python-docx een formeel, beleidsmatig schoolplan met genummerde paragrafen, SWOT en
meerjarenplanning per schooljaar.
Gebruik: build('/pad/naar/bestand.docx')
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


# ---------------------------------------------------------------------------
# hulpfuncties
# ---------------------------------------------------------------------------

def _taal_nl(doc):
    styles = doc.styles.element
    defaults = styles.find(qn('w:docDefaults'))
    if defaults is None:
        return
    rpr_default = defaults.find(qn('w:rPrDefault'))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn('w:rPr'))
    if rpr is None:
        rpr = OxmlElement('w:rPr')
        rpr_default.append(rpr)
    lang = rpr.find(qn('w:lang'))
    if lang is None:
        lang = OxmlElement('w:lang')
        rpr.append(lang)
    lang.set(qn('w:val'), 'nl-NL')
    lang.set(qn('w:eastAsia'), 'nl-NL')


def _voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run('Keerkring Lyceum – Schoolplan 2024-2028 – ')
    r.font.size = Pt(8)
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    run = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    run.append(t)
    fld.append(run)
    p._p.append(fld)


def _inhoudsopgave(doc):
    par = doc.add_paragraph()
    run = par.add_run()
    begin = OxmlElement('w:fldChar')
    begin.set(qn('w:fldCharType'), 'begin')
    instr = OxmlElement('w:instrText')
    instr.set(qn('xml:space'), 'preserve')
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    sep = OxmlElement('w:fldChar')
    sep.set(qn('w:fldCharType'), 'separate')
    tekst = OxmlElement('w:t')
    tekst.text = 'Klik met de rechtermuisknop en kies “Veld bijwerken” om de inhoudsopgave te tonen.'
    end = OxmlElement('w:fldChar')
    end.set(qn('w:fldCharType'), 'end')
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    run._r.append(tekst)
    run._r.append(end)


def _kopregel(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def h(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def bron(doc, tekst):
    par = doc.add_paragraph()
    r = par.add_run(tekst)
    r.italic = True
    r.font.size = Pt(9)


def opsomming(doc, items):
    for i in items:
        doc.add_paragraph(i, style='List Bullet')


def tabel(doc, kop, rijen, bijschrift=None):
    if bijschrift:
        par = doc.add_paragraph()
        r = par.add_run(bijschrift)
        r.bold = True
        r.font.size = Pt(9)
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = 'Table Grid'
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ''
        r = c.paragraphs[0].add_run(k)
        r.bold = True
    _kopregel(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------------------
# inhoud
# ---------------------------------------------------------------------------

def voorblad(doc):
    for _ in range(3):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run('Keerkring Lyceum')
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    s = doc.add_paragraph()
    r = s.add_run('Openbare scholengemeenschap voor atheneum en gymnasium')
    r.font.size = Pt(14)
    doc.add_paragraph()
    s2 = doc.add_paragraph()
    r = s2.add_run('SCHOOLPLAN 2024 – 2028')
    r.bold = True
    r.font.size = Pt(20)
    s3 = doc.add_paragraph()
    r = s3.add_run('Verder kijken dan de horizon')
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    tabel(doc, ['Documentgegevens', ''], [
        ['Instelling', 'Keerkring Lyceum, Poolcirkelweg 3, 1325 PK Almere'],
        ['BRIN', '20QK'],
        ['Bevoegd gezag', 'College van Bestuur, Almeerse Scholen Groep (ASG)'],
        ['Planperiode', '1 augustus 2024 – 31 juli 2028'],
        ['Eigenaar', 'drs. H.J. Oosterbaan, rector'],
        ['Status', 'Definitief'],
        ['Instemming MR', '18 juni 2024 (besluit MR-2024-07)'],
        ['Vastgesteld door CvB', '2 juli 2024'],
        ['Versie', '1.0'],
    ])
    doc.add_page_break()
    h(doc, 'Inhoud', 1)
    _inhoudsopgave(doc)
    doc.add_page_break()


def h1_inleiding(doc):
    h(doc, '1 Inleiding')
    h(doc, '1.1 Doel en functie van het schoolplan', 2)
    p(doc, 'Dit schoolplan beschrijft het beleid van het Keerkring Lyceum voor de periode 1 augustus 2024 tot en met '
           '31 juli 2028. Het plan legt vast welke kwaliteit de school nastreeft, hoe zij die bewaakt en welke '
           'ontwikkelingen zij in de planperiode realiseert. Het schoolplan is het kader voor de jaarplannen van de '
           'school, de afdelingen en de secties, en vormt de basis voor de verantwoording aan het College van '
           'Bestuur, de medezeggenschapsraad, de inspectie en de ouders.')
    h(doc, '1.2 Wettelijk kader', 2)
    p(doc, 'Het schoolplan voldoet aan de eisen van artikel 2.88 en verder van de Wet voortgezet onderwijs 2020 '
           '(WVO 2020). Het bevat het onderwijskundig beleid (inclusief burgerschap, veiligheid en ondersteuning), '
           'het personeelsbeleid en het stelsel van kwaliteitszorg. Omdat het Keerkring Lyceum een openbare school '
           'is, beschrijft paragraaf 2.5 hoe de school het openbaar karakter vormgeeft. Op grond van artikel 10, '
           'onder a, van de Wet medezeggenschap op scholen behoeft het schoolplan de voorafgaande instemming van de '
           'medezeggenschapsraad.')
    h(doc, '1.3 Totstandkoming', 2)
    p(doc, 'Het plan is tussen september 2023 en mei 2024 opgesteld onder verantwoordelijkheid van de rector. De '
           'schoolleiding heeft de analyse (hoofdstuk 4) voorbereid op basis van de resultaten van de afgelopen drie '
           'schooljaren, het rapport van de interne audit (2022) en de tevredenheidsonderzoeken van 2023. De SWOT is '
           'opgesteld in twee sessies met sectievoorzitters, een afvaardiging van de MR en de leerlingenraad '
           '(14 november en 5 december 2023). Het ouderpanel heeft op 6 februari 2024 gereageerd op de concept-'
           'speerpunten. Het concept is op 16 april 2024 met het personeel besproken in een plenaire bijeenkomst.')
    h(doc, '1.4 Relatie met andere beleidsdocumenten', 2)
    p(doc, 'Het schoolplan is een kaderstellend document. De uitwerking van veel onderdelen is vastgelegd in '
           'afzonderlijke beleidsstukken. Tabel 1.1 geeft een overzicht.')
    tabel(doc, ['Document', 'Vastgesteld', 'Relatie met schoolplan'], [
        ['Koers 22 (ASG)', '2019', 'Strategisch kader bestuur, zie 3.3'],
        ['Strategisch HR-beleid ASG', '2020', 'Kader voor hoofdstuk 6'],
        ['Schoolondersteuningsprofiel 2024-2028', 'mei 2024', 'Uitwerking 5.6'],
        ['Veiligheidsplan Keerkring Lyceum', 'juni 2023', 'Uitwerking 5.7'],
        ['Burgerschapsplan', 'november 2022', 'Uitwerking 5.4'],
        ['Toetsbeleid', 'juni 2023', 'Uitwerking 5.2'],
        ['Examenreglement en PTA’s', 'jaarlijks, 1 oktober', 'Uitwerking 5.2'],
        ['Professionaliseringsplan', 'maart 2024', 'Uitwerking 6.3'],
        ['Kwaliteitshandboek', 'oktober 2023', 'Uitwerking hoofdstuk 7'],
        ['Communicatieplan', 'april 2024', 'Uitwerking 8.2'],
        ['Leerlingenstatuut', '2022', 'Rechten en plichten leerlingen'],
        ['Meerjarenbegroting 2024-2027', 'december 2023', 'Financiële paragraaf 9.3'],
    ], bijschrift='Tabel 1.1 Samenhangende beleidsdocumenten')
    h(doc, '1.5 Leeswijzer', 2)
    p(doc, 'Hoofdstuk 2 beschrijft de school en haar openbaar karakter. Hoofdstuk 3 bevat missie, visie en de '
           'verhouding tot Koers 22. Hoofdstuk 4 geeft de analyse en de SWOT, waaruit vijf speerpunten volgen. De '
           'hoofdstukken 5 tot en met 8 behandelen onderwijs, personeel, kwaliteitszorg en de relatie met ouders en '
           'partners. Hoofdstuk 9 bevat de doelen en de meerjarenplanning; hoofdstuk 10 de vaststelling.')


def h2_school(doc):
    h(doc, '2 De school')
    h(doc, '2.1 Algemene gegevens', 2)
    p(doc, 'Het Keerkring Lyceum is een openbare scholengemeenschap voor atheneum en gymnasium in Almere Stad. De '
           'school maakt sinds de oprichting van de Almeerse Scholen Groep deel uit van ASG. De schoolleiding bestaat '
           'uit de rector, twee conrectoren (onderwijs; personeel en bedrijfsvoering) en drie afdelingsleiders '
           '(leerjaar 1-3, leerjaar 4, leerjaar 5-6).')
    h(doc, '2.2 Positie in Almere', 2)
    p(doc, 'De school is in 1996 gestart als atheneum; in 2008 is de gymnasiumafdeling toegevoegd. Het Keerkring '
           'Lyceum is een van de weinige scholen in Almere met uitsluitend vwo. Leerlingen komen van ruim veertig '
           'basisscholen uit Almere Stad, Haven, Poort en in toenemende mate Oosterwold. Er is een klein aantal '
           'leerlingen uit Zeewolde en Lelystad.')
    h(doc, '2.3 Leerlingpopulatie en prognose', 2)
    tabel(doc, ['Teldatum', 'Totaal', 'waarvan gymnasium', 'Instroom leerjaar 1'], [
        ['1 oktober 2021', '1.142', '39%', '204'],
        ['1 oktober 2022', '1.168', '40%', '211'],
        ['1 oktober 2023', '1.187', '41%', '209'],
        ['Prognose 2027', 'ca. 1.200', 'ca. 40%', 'ca. 210'],
    ], bijschrift='Tabel 2.1 Leerlingaantallen')
    p(doc, 'De prognose is stabiel. De groei van Almere Poort en Duin compenseert de lichte daling in Almere Stad. '
           'Wel houdt de school rekening met de komst van een nieuwe vwo-locatie van een ander bestuur in Poort '
           '(verwacht 2026), die de instroom uit dat stadsdeel kan beïnvloeden (zie 4.4).')
    h(doc, '2.4 Personeel', 2)
    p(doc, 'Op 1 oktober 2023 waren 112 medewerkers in dienst (89,4 fte): 86 onderwijsgevenden en 26 '
           'onderwijsondersteunende medewerkers. 63% van de docenten is eerstegraads bevoegd. 91% van de lessen '
           'wordt gegeven door een bevoegde docent; zeven docenten zijn in opleiding (zie 6.4). De gemiddelde '
           'leeftijd is 44 jaar; in de planperiode gaan naar verwachting negen docenten met pensioen.')
    h(doc, '2.5 Openbaar karakter', 2)
    h(doc, '2.5.1 Uitgangspunten', 3)
    p(doc, 'Als openbare school is het Keerkring Lyceum toegankelijk voor alle leerlingen, zonder onderscheid naar '
           'godsdienst, levensovertuiging, afkomst, seksuele oriëntatie of de financiële draagkracht van ouders. De '
           'school draagt bij aan de ontwikkeling van leerlingen met aandacht voor de godsdienstige, '
           'levensbeschouwelijke en maatschappelijke waarden zoals die in de Nederlandse samenleving leven, en met '
           'erkenning van de betekenis van de verscheidenheid van die waarden. Wij onderschrijven de vijf kernwaarden '
           'van het openbaar onderwijs: iedereen welkom, iedereen benoemd, wederzijds respect, aandacht voor '
           'levensbeschouwing en godsdienst, en waarden en normen als gespreksonderwerp. Wij gaan respectvol om met '
           'de mensen binnen en buiten onze school.')
    h(doc, '2.5.2 Uitwerking in de praktijk', 3)
    p(doc, 'Het openbaar karakter krijgt op de volgende wijze vorm:')
    opsomming(doc, [
        'Toelating vindt uitsluitend plaats op basis van het schooladvies en, bij overaanmelding, het '
        'lotingsreglement van de Almeerse VO-scholen. De ouderbijdrage (€ 95) is vrijwillig; geen leerling wordt '
        'uitgesloten van activiteiten. Voor de Romereis (gymnasium 5) en de Berlijnreis (atheneum 5) kunnen ouders '
        'een beroep doen op het Keerkringfonds; in 2023-2024 is dat voor 17 leerlingen gebeurd.',
        'In leerjaar 2 volgen alle leerlingen één uur per week het vak levensbeschouwing. Zij bezoeken een kerk, '
        'een moskee en het Humanistisch Verbond Almere en bereiden een gesprek voor met een gelovige en een '
        'niet-gelovige gast. Filosofie is examenvak in de bovenbouw.',
        'Tijdens de Week van het openbaar onderwijs (november) organiseert de leerlingenraad een debatmiddag over '
        'een actueel maatschappelijk dilemma.',
        'De school heeft een stilteruimte die beschikbaar is voor gebed, meditatie of rust, voor leerlingen en '
        'medewerkers van elke overtuiging.',
        'Leerlingen en medewerkers mogen levensbeschouwelijke symbolen dragen, mits communicatie en veiligheid niet '
        'in het geding zijn (Kledingregeling 2022).',
    ])
    p(doc, 'De leerlingpopulatie weerspiegelt de diversiteit van Almere: in 2023 hadden leerlingen of hun ouders '
           'wortels in 46 landen. Het docententeam is minder divers dan de leerlingen. Daarom nemen wij bij elke '
           'vacature het aspect diversiteit expliciet mee in de werving (wervingsteksten, samenstelling '
           'sollicitatiecommissie) en heeft de Gender & Sexuality Alliance (GSA) van de school sinds 2019 een vaste '
           'docent-begeleider en een eigen budget. Mentoren bespreken in leerjaar 1 en 3 in de mentorles '
           'verschillen in achtergrond en opvattingen aan de hand van de lessenserie “Wie ben jij, wie ben ik?”.')


def h3_missie(doc):
    h(doc, '3 Missie, visie en koers')
    h(doc, '3.1 Missie', 2)
    p(doc, 'Het Keerkring Lyceum leidt leerlingen op tot een vwo-diploma dat recht doet aan hun talent en biedt '
           'daarbij een brede academische vorming. Een keerkring markeert de grens tot waar de zon recht boven je '
           'kan staan: wij willen leerlingen leren verder te kijken dan die grens, kritisch en met verantwoordelijk'
           'heid voor de samenleving. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Onze '
           'medewerkers voelen zich betrokken bij en trots op onze school.')
    h(doc, '3.2 Visie op onderwijs', 2)
    p(doc, 'De school kiest voor een kennisrijk curriculum waarin vakinhoud, denkvaardigheden en vorming samengaan. '
           'Leerlingen verwerven kennis in de vakken en leren die kennis verbinden, onderzoeken en ter discussie '
           'stellen. De docent heeft de regie in de les en maakt het leren zichtbaar door doelen te '
           'verhelderen, tussentijds na te gaan wat leerlingen beheersen en daarop de instructie af te stemmen. '
           'Naast het diploma vinden wij de ontwikkeling van leerlingen als persoon en als burger wezenlijk.')
    h(doc, '3.3 Verhouding tot Koers 22', 2)
    p(doc, 'Het schoolplan is opgesteld binnen het strategisch kader van Koers 22 van ASG. Wij geven gericht inhoud '
           'aan ons onderwijs langs de drie horizonten van onze innovatiestrategie (continue veranderingen, '
           'fundamentele veranderingen, radicale veranderingen). Tabel 3.1 geeft aan hoe de speerpunten uit '
           'hoofdstuk 4 aansluiten bij de kernwaarden en vensters van Koers 22.')
    tabel(doc, ['Speerpunt', 'Kernwaarde / venster Koers 22', 'Paragraaf'], [
        ['A Leren zichtbaar maken', 'Ambitieus; venster 1 en 2', '5.1, 6.3'],
        ['B Resultaten bovenbouw', 'Ambitieus; venster 1', '4.1, 5.2'],
        ['C Toekomstgericht curriculum', 'Vooruitstrevend; venster 1', '5.1, 5.3, 5.4'],
        ['D Welzijn van leerlingen en personeel', 'Gezien worden; venster 1 en 2', '5.6, 5.7, 6.6'],
        ['E Verbinding met ouders en omgeving', 'Open; venster 3 en 4', '2.5, 8'],
    ], bijschrift='Tabel 3.1 Speerpunten en Koers 22')
    p(doc, 'Niet alle ambities van Koers 22 krijgen in deze planperiode een eigen plaats. Interne mobiliteit, de '
           'bovenschoolse inzet van talenten van medewerkers en vitaliteitsbeleid worden op bestuursniveau '
           'opgepakt (vacaturebank, arbobeleid ASG); de school sluit daarop aan, maar formuleert er geen eigen '
           'doelen voor.')


def h4_analyse(doc):
    h(doc, '4 Analyse')
    h(doc, '4.1 Onderwijsresultaten', 2)
    tabel(doc, ['Indicator', '2021', '2022', '2023', 'Inspectienorm / ambitie'], [
        ['Onderbouwsnelheid', '97,1%', '96,8%', '96,5%', 'boven norm'],
        ['Bovenbouwsucces vwo', '84,2%', '82,9%', '85,1%', 'boven norm'],
        ['Gemiddeld CE-cijfer vwo', '6,42', '6,35', '6,51', 'boven norm'],
        ['Slagingspercentage vwo (totaal)', '88%', '86%', '90%', 'ambitie ≥ 90%'],
        ['Verschil SE-CE (gemiddeld)', '0,31', '0,34', '0,27', '< 0,5'],
        ['Doorstroom klas 4 → 5 zonder vertraging', '81%', '79%', '83%', 'ambitie ≥ 85%'],
    ], bijschrift='Tabel 4.1 Onderwijsresultaten (bron: Scholen op de kaart, Somtoday)')
    p(doc, 'Alle indicatoren van het onderwijsresultatenmodel liggen boven de inspectienorm. Het bovenbouwsucces '
           'laat een wisselend beeld zien. Nadere analyse wijst op uitval in leerjaar 4 bij leerlingen met een '
           'NT-profiel en bij leerlingen die in leerjaar 3 al op meerdere vakken onvoldoende stonden. Ongeveer 6% van '
           'de leerlingen stroomt na leerjaar 3 of 4 af naar het havo.')
    h(doc, '4.2 Inspectie en interne audit', 2)
    p(doc, 'Bij het vierjaarlijks onderzoek van de inspectie (maart 2021) zijn alle onderzochte standaarden als '
           'voldoende beoordeeld; de school valt onder het basistoezicht. De interne audit van ASG (november 2022) '
           'concludeerde dat het pedagogisch klimaat en de examinering op orde zijn. Verbeterpunten waren de '
           'afstemming van de instructie op verschillen tussen leerlingen en de eenduidigheid van de communicatie '
           'met ouders. Uit 164 lesbezoeken met het ICALT-observatie-instrument (2022-2023) blijkt dat 58% van de '
           'lessen voldoende scoort op het domein “differentiëren”, tegen 89% op “klassenmanagement”.')
    h(doc, '4.3 Tevredenheid', 2)
    p(doc, 'In het leerlingtevredenheidsonderzoek 2023 (Kwaliteitsscholen) gaven leerlingen de school een 6,9; 91% '
           'voelt zich veilig op school. Ouders gaven een 7,4, met als laagste score “informatie over de voortgang '
           'van mijn kind” (6,3). In het medewerkerstevredenheidsonderzoek (MTO, oktober 2023) was de gemiddelde '
           'waardering 7,2; de score op werkdruk was 5,8.')
    h(doc, '4.4 SWOT-analyse', 2)
    tabel(doc, ['Sterkten', 'Zwakten'], [
        ['Hoge onderbouwsnelheid en stabiele examenresultaten', 'Wisselend bovenbouwsucces, vooral in leerjaar 4'],
        ['Sterk gymnasiumprofiel (klassieke talen, certamen, Romereis)',
         'Beperkte differentiatie in de les (ICALT 58%)'],
        ['Ervaren, vakinhoudelijk sterke docenten (63% eerstegraads)', 'Werkdrukbeleving (MTO 5,8)'],
        ['Breed aanbod buiten de les: MUN, debat, olympiades', 'Versnipperde communicatie met ouders'],
        ['Hoge veiligheidsbeleving (91%)', 'Verouderde B-vleugel (bouwjaar 1996)'],
    ], bijschrift='Tabel 4.2 SWOT – intern')
    tabel(doc, ['Kansen', 'Bedreigingen'], [
        ['Groei van Almere Poort, Duin en Oosterwold', 'Lerarentekort in natuurkunde, informatica, Duits en '
                                                       'klassieke talen'],
        ['Nieuwe kerndoelen onderbouw vo (SLO) als aanleiding voor curriculumherziening',
         'Nieuwe vwo-locatie van een ander bestuur in Poort (2026)'],
        ['Samenwerking met universiteiten (pre-university)', 'Toename van angst- en prestatiedrukklachten'],
        ['Regionale aanpak lerarentekort in Almere', 'Aflopen NP Onderwijs-middelen per 2025'],
        ['ASG-netwerken van vaksecties en examensecretarissen', 'Pensionering van negen docenten'],
    ], bijschrift='Tabel 4.3 SWOT – extern')
    h(doc, '4.5 Conclusies en speerpunten', 2)
    p(doc, 'Op grond van de analyse kiest de school voor de planperiode vijf speerpunten:')
    opsomming(doc, [
        'A. Leren zichtbaar maken: formatief handelen en afstemming van de instructie.',
        'B. Resultaten in de bovenbouw: verhogen van het bovenbouwsucces en borgen van de examenresultaten.',
        'C. Toekomstgericht curriculum: onderzoeksvaardigheden, digitale geletterdheid, burgerschap en '
        'flexibilisering van het rooster.',
        'D. Welzijn van leerlingen en personeel: ondersteuning, veiligheid en werkdruk.',
        'E. Verbinding met ouders en omgeving: communicatie, ouderbetrokkenheid en partnerschappen.',
    ])


def h5_onderwijs(doc):
    h(doc, '5 Onderwijs')
    h(doc, '5.1 Onderwijsprogramma', 2)
    p(doc, 'Leerjaar 1 bestaat uit gymnasium- en atheneumklassen. Latijn wordt gegeven vanaf leerjaar 1, Grieks '
           'vanaf leerjaar 2. Na leerjaar 3 kiezen leerlingen een van de vier profielen; de school biedt als '
           'keuzevakken onder meer informatica, filosofie, beeldende vorming en Spaans. De lessentabel, de '
           'urenverantwoording en de wijze waarop de kerndoelen onderbouw en de examenprogramma’s worden gedekt, '
           'zijn opgenomen in de schoolgids en de sectieplannen. Lessen duren 50 minuten; de onderwijstijd voldoet '
           'aan de wettelijke norm.')
    p(doc, 'Binnen speerpunt A krijgen docenten scholing in formatief handelen (zie 6.3). Elke sectie '
           'beschrijft per leerjaar de leerdoelen en de momenten waarop zonder cijfer wordt nagegaan of leerlingen '
           'de stof beheersen. Met ingang van schooljaar 2025-2026 start een pilot met “Keerkringuren” in leerjaar '
           '1 en 2: drie lesuren per week worden vervangen door uren waarin leerlingen per periode van tien weken '
           'kiezen uit verdieping, extra instructie bij een vakdocent of een vakoverstijgend project. De keuzes '
           'worden via een keuzemodule in Zermelo geregistreerd. De pilot wordt in 2026-2027 geëvalueerd; in '
           'juni 2027 besluit de schoolleiding, na advies van de MR, over uitbreiding naar leerjaar 3.')
    h(doc, '5.2 Toetsing en examinering', 2)
    p(doc, 'Het toetsbeleid (juni 2023) regelt de functie, het aantal en de spreiding van toetsen. De '
           'schoolexaminering is vastgelegd in het examenreglement en de PTA’s, die jaarlijks vóór 1 oktober '
           'worden vastgesteld. De examencommissie ziet toe op de kwaliteit van de examinering. Om het '
           'bovenbouwsucces te verhogen (speerpunt B) voert de school met ingang van 2024-2025 een '
           'bevorderingsgesprek in leerjaar 3 in voor leerlingen met drie of meer tekorten, en krijgen '
           'NT-leerlingen in leerjaar 4 een wekelijks steunuur wiskunde B en natuurkunde.')
    h(doc, '5.3 Curriculumontwikkeling', 2)
    p(doc, 'De school herziet in de planperiode het curriculum op drie onderdelen. Ten eerste wordt een leerlijn '
           'onderzoeksvaardigheden van leerjaar 1 tot en met 6 opgesteld die uitmondt in het profielwerkstuk; de '
           'leerlijn wordt in 2025 vastgesteld. Ten tweede wordt digitale geletterdheid vanaf 2025-2026 in de '
           'onderbouw aangeboden via de mentorles en de vakken, in lijn met de nieuwe conceptkerndoelen van SLO; '
           'informatica blijft keuzevak in de bovenbouw. Ten derde herzien alle secties uiterlijk in 2026 hun '
           'sectieleerplan op basis van de nieuwe kerndoelen onderbouw.')
    h(doc, '5.4 Burgerschapsonderwijs', 2)
    p(doc, 'Het burgerschapsplan (november 2022) bevat een leerlijn voor de zes leerjaren, gericht op de '
           'basiswaarden van de democratische rechtsstaat, maatschappelijke competenties en kennis van en respect '
           'voor verschillen. De belangrijkste onderdelen zijn:')
    opsomming(doc, [
        'Leerjaar 1: klassenvertegenwoordiging en de mentorlessen over samenleven in de klas.',
        'Leerjaar 2: het vak levensbeschouwing (zie 2.5.2).',
        'Leerjaar 3: een maatschappelijk project van twintig uur bij een organisatie in Almere, zoals de '
        'Voedselbank Almere, een woonzorgcentrum in de Stedenwijk of een sportvereniging in de wijk. Leerlingen '
        'presenteren hun ervaring in de klas.',
        'Leerjaar 4: maatschappijleer, met een bezoek aan de Tweede Kamer via ProDemos en een debatreeks.',
        'Leerjaar 5 en 6: deelname aan Model United Nations en het schoolbrede debattoernooi; filosofie als '
        'keuzevak.',
    ])
    p(doc, 'De leerlingenraad heeft een eigen budget en overlegt zes keer per jaar met de rector. De opbrengst van '
           'het burgerschapsonderwijs wordt in leerjaar 3 en 6 gemeten met een korte vragenlijst; de eerste meting '
           'is in 2024-2025.')
    h(doc, '5.5 Verrijking en aansluiting', 2)
    p(doc, 'Leerlingen die meer aankunnen, nemen deel aan olympiades, pre-university-programma’s van de UvA, de VU en '
           'de Universiteit Utrecht, en aan het Cambridge English-programma (CAE). Voor leerlingen uit groep 8 van '
           'Almeerse basisscholen, waaronder veel ASG-scholen, organiseert de school het programma Keerkring Junior: '
           'zes woensdagmiddagen met lessen Latijn, wetenschap en filosofie (circa 60 deelnemers per jaar). Voor '
           'leerlingen die afstromen naar het havo is in 2023 met de ASG-scholen voor havo een overstapprotocol '
           'opgesteld: het overdrachtsgesprek vindt vóór 1 juni plaats en de ontvangende school garandeert '
           'plaatsing in het passende leerjaar.')
    h(doc, '5.6 Ondersteuning', 2)
    p(doc, 'Het schoolondersteuningsprofiel 2024-2028 beschrijft de basisondersteuning en de extra ondersteuning. '
           'De mentor is het eerste aanspreekpunt en voert drie keer per jaar een individueel gesprek met iedere '
           'leerling. Drie keer per jaar vindt per klas een leerlingbespreking plaats met alle docenten van de '
           'klas; leerlingen die extra aandacht nodig hebben, worden aangemeld bij het ondersteuningsteam '
           '(ondersteuningscoördinator, orthopedagoog, schoolmaatschappelijk werker en jeugdarts).')
    p(doc, 'De school biedt onder meer: faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware '
           'ClaroRead), trainingen faalangstreductie en examenvrees, begeleiding van leerlingen met ASS door een '
           'daartoe opgeleide begeleider, en het Steunpunt, een ruimte waar leerlingen met een begeleidingsbehoefte '
           'tijdelijk kunnen werken. De school kan geen ondersteuning bieden bij ernstige psychiatrische of '
           'gedragsproblematiek die langdurige één-op-éénbegeleiding vraagt. Gezien de toename van angst- en '
           'prestatiedrukklachten wordt de formatie van de orthopedagoog in 2025 uitgebreid van 0,6 naar 1,0 fte. '
           'De school werkt samen met het Samenwerkingsverband Passend Onderwijs Almere (VO); de procedures staan '
           'in het SOP.')
    h(doc, '5.7 Veiligheid en schoolklimaat', 2)
    p(doc, 'Het veiligheidsplan (juni 2023) beschrijft de fysieke en sociale veiligheid, het anti-pestprotocol, de '
           'meldcode huiselijk geweld en kindermishandeling en het protocol sociale media. De school heeft een '
           'anti-pestcoördinator en twee interne vertrouwenspersonen. De sociale veiligheid wordt jaarlijks '
           'gemonitord in het leerlingtevredenheidsonderzoek. Incidenten worden geregistreerd in Somtoday en twee '
           'keer per jaar geanalyseerd door de schoolleiding; de uitkomsten worden met de MR besproken.')
    p(doc, 'In 2023 heeft de school samen met de leerlingenraad de Keerkringcode opgesteld: vijf afspraken over de '
           'omgang met elkaar, die gelden voor leerlingen en medewerkers. Mentoren bespreken de code in de eerste '
           'schoolweek; bij incidenten wordt ernaar verwezen in het herstelgesprek. Sinds 1 januari 2024 zijn '
           'mobiele telefoons in de lessen niet toegestaan, tenzij de docent ze voor een onderwijsdoel inzet. De '
           'Keerkringcode en het telefoonbeleid worden in het voorjaar van 2025 met leerlingen en ouders '
           'geëvalueerd.')


def h6_personeel(doc):
    h(doc, '6 Personeel en organisatie')
    h(doc, '6.1 Organisatie', 2)
    p(doc, 'De rector is eindverantwoordelijk. De conrector onderwijs is verantwoordelijk voor onderwijs, '
           'examinering en kwaliteitszorg, de conrector personeel en bedrijfsvoering voor HR, financiën, '
           'roostering en facilitaire zaken. De afdelingsleiders geven leiding aan de mentoren en de docenten in hun '
           'afdeling. De school kent achttien secties, elk met een sectievoorzitter. Voor HR, financiën, ICT en '
           'juridische zaken maakt de school gebruik van het servicebureau van ASG.')
    h(doc, '6.2 Personeelsbeleid', 2)
    p(doc, 'Het strategisch HR-beleid van ASG is leidraad voor het personeelsbeleid. Jaarlijks stelt de school een '
           'formatieplan op, waarin de verwachte vacatures, de pensioneringen en de bevoegdheidssituatie per '
           'sectie zijn opgenomen. Bij werving en selectie hanteert de school het wervingsprotocol van ASG, '
           'aangevuld met de eigen afspraken over diversiteit (zie 2.5.2).')
    h(doc, '6.3 Professionalisering', 2)
    p(doc, 'Het professionaliseringsplan (maart 2024) onderscheidt schoolbrede, sectiegebonden en individuele '
           'professionalisering. Schoolbreed volgen alle docenten in 2024-2025 en 2025-2026 het traject formatief '
           'handelen (zes bijeenkomsten per jaar, verzorgd door de Interfacultaire Lerarenopleidingen van de UvA). '
           'Iedere docent wordt jaarlijks twee keer bezocht met het ICALT-instrument, één keer door de '
           'afdelingsleider en één keer door de conrector onderwijs. Voor individuele professionalisering formuleert iedere '
           'medewerker in het jaargesprek een eigen ontwikkeldoel en kiest hij daarbij zelf scholing, bijvoorbeeld '
           'uit het aanbod van de ASG Academie. Het scholingsbudget bedraagt € 1.100 per fte per jaar, waarvan de '
           'helft individueel besteedbaar is. In 2023-2024 volgden vijf docenten met een lerarenbeurs een '
           'masteropleiding.')
    h(doc, '6.4 Bevoegdheid en opleiden', 2)
    p(doc, 'Op 1 oktober 2023 gaven zeven docenten les zonder volledige bevoegdheid. Voor ieder van hen is een '
           'opleidingsplan opgesteld met een einddatum; zij worden begeleid door een van de twee schoolopleiders, '
           'krijgen twee uur per week facilitering en worden zo ingeroosterd dat zij hun studiedagen kunnen volgen. '
           'Uitgangspunt is dat geen docent zonder bevoegdheid lesgeeft zonder opleidingstraject. De school is '
           'opleidingsschool binnen het partnerschap van ASG met Windesheim en de UvA en biedt jaarlijks plaats aan '
           'circa twaalf leraren in opleiding.')
    p(doc, 'Het lerarentekort in natuurkunde, informatica, Duits en klassieke talen pakt de school samen met andere '
           'Almeerse VO-besturen en de gemeente Almere aan in de Almeerse Lerarenagenda. Binnen die afspraak levert '
           'de school in 2024-2025 een schoolopleider voor het gezamenlijke zij-instroomprogramma, organiseert zij '
           'twee voorlichtingsavonden voor zij-instromers met een bètaberoep en deelt zij met een andere Almeerse '
           'school een docent informatica.')
    h(doc, '6.5 Gesprekkencyclus', 2)
    p(doc, 'De school volgt de gesprekkencyclus van ASG: een jaarlijks ontwikkelgesprek, een lesbezoek en eens per '
           'drie jaar een beoordelingsgesprek. Gesprekken worden vastgelegd in het digitale personeelsdossier. In '
           '2022-2023 voerde 78% van de medewerkers het jaargesprek. In 2025-2026 moet dit 100% zijn; daartoe is '
           'het aantal medewerkers per leidinggevende teruggebracht tot maximaal twintig door de benoeming van '
           'teamleiders onderwijsondersteuning.')
    h(doc, '6.6 Werkdruk en welbevinden', 2)
    p(doc, 'De werkdruk wordt als hoog ervaren (MTO 2023: 5,8). Naar aanleiding van het MTO is in december 2023 het '
           'werkdrukplan vastgesteld, met de volgende maatregelen: vergadervrije weken rond de toetsweken, '
           'ondersteuning bij het surveilleren en nakijken van schoolexamens door onderwijsassistenten, een maximum '
           'van vier verschillende lesgroepen per docent waar het rooster dat toelaat, en welbevinden als vast '
           'onderwerp in het jaargesprek. De school streeft naar een score op werkdruk van ten minste 6,5 in het '
           'MTO van 2026.')


def h7_kwaliteit(doc):
    h(doc, '7 Kwaliteitszorg')
    h(doc, '7.1 Stelsel van kwaliteitszorg', 2)
    p(doc, 'Het stelsel van kwaliteitszorg is beschreven in het kwaliteitshandboek (oktober 2023) en sluit aan op '
           'het kwaliteitsbeleid van ASG. De school werkt volgens de PDCA-cyclus op drie niveaus: school, afdeling '
           'en sectie. Het schoolplan wordt vertaald in een jaarplan van de school; afdelingen en secties stellen '
           'jaarlijks een eigen jaarplan op met maximaal drie doelen. Secties analyseren in september de '
           'examenresultaten en de resultaten per leerjaar in een sectieanalyse. De schoolleiding rapporteert elk '
           'kwartaal over de voortgang aan het College van Bestuur. De conrector onderwijs wordt ondersteund door '
           'een kwaliteitsmedewerker (0,4 fte).')
    h(doc, '7.2 Evaluatiekalender', 2)
    tabel(doc, ['Instrument', 'Frequentie', 'Verantwoordelijk'], [
        ['Sectieanalyse examenresultaten', 'jaarlijks, september', 'sectievoorzitter'],
        ['Jaarplan en jaarverslag school', 'jaarlijks', 'rector'],
        ['Kwartaalrapportage aan CvB', 'per kwartaal', 'rector'],
        ['Lesbezoeken ICALT', '2x per docent per jaar', 'afdelingsleider, collega'],
        ['Leerling- en oudertevredenheid', 'jaarlijks (leerlingen), tweejaarlijks (ouders)', 'conrector onderwijs'],
        ['Medewerkerstevredenheid (MTO)', 'tweejaarlijks (2024, 2026)', 'conrector P&B'],
        ['Interne audit ASG', 'vierjaarlijks (2026)', 'CvB'],
        ['Evaluatie schoolplan (midterm)', 'juni 2026', 'schoolleiding, MR'],
    ], bijschrift='Tabel 7.1 Evaluatiekalender')
    h(doc, '7.3 Verantwoording', 2)
    p(doc, 'De school legt verantwoording af via het jaarverslag, de kwartaalrapportages, Scholen op de kaart en de '
           'schoolgids. De resultaten van de tevredenheidsonderzoeken worden met de MR, het ouderpanel en de '
           'leerlingenraad besproken.')


def h8_ouders(doc):
    h(doc, '8 Ouders, leerlingen en partners')
    h(doc, '8.1 Ontvangst en gastvrijheid', 2)
    p(doc, 'De receptie is op schooldagen van 7.45 tot 16.30 uur bemand; bezoekers worden opgehaald door de persoon '
           'met wie zij een afspraak hebben. Voor leerlingen uit groep 8 zijn er een open dag in januari en drie '
           'meeloopmiddagen in februari, waarbij brugklassers de rondleiding verzorgen. Nieuwe brugklassers maken '
           'in juni kennis met hun mentor en klas en beginnen het schooljaar met drie introductiedagen. Nieuwe '
           'medewerkers krijgen een buddy en volgen in hun eerste jaar drie introductiebijeenkomsten van de school. '
           'Daarnaast nemen zij deel aan ASG Start.')
    h(doc, '8.2 Communicatie', 2)
    p(doc, 'Het communicatieplan (april 2024) beantwoordt het verbeterpunt uit de audit en het ouderonderzoek. '
           'Vanaf 2024-2025 geldt: Somtoday voor cijfers, absentie en huiswerk; één maandelijkse nieuwsbrief '
           '(de Keerkringbrief) voor alle schoolbrede informatie; e-mail voor persoonlijke berichten. Vragen van '
           'ouders worden binnen twee werkdagen beantwoord. De mentor van leerjaar 1 belt vóór de herfstvakantie '
           'met alle ouders. Cijfers worden uiterlijk tien werkdagen na de toets gepubliceerd.')
    h(doc, '8.3 Ouderbetrokkenheid', 2)
    p(doc, 'Per afdeling is er een ouderpanel dat drie keer per jaar met de afdelingsleider overlegt. Naast de '
           'ouderavonden per leerjaar en de voorlichting over profielkeuze voert de school vanaf 2025-2026 in leerjaar '
           '1 en 4 driegesprekken (leerling, ouder, mentor) in, waarin de leerling zelf zijn voortgang toelicht. '
           'Ouders worden betrokken bij de loopbaanoriëntatie als gastspreker over hun beroep tijdens de '
           'beroepenmiddag in leerjaar 4.')
    h(doc, '8.4 Medezeggenschap', 2)
    p(doc, 'De MR bestaat uit twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. Naast de formele '
           'advies- en instemmingsrechten is afgesproken dat de rector de MR drie keer per jaar in een '
           'beleidsvoorbereidende sessie betrekt bij onderwerpen die nog in ontwikkeling zijn, zodat de MR in een '
           'vroeg stadium kan meedenken. In 2023-2024 ging dit over het werkdrukplan, het telefoonbeleid en dit '
           'schoolplan; een afvaardiging van de MR nam deel aan de SWOT-sessies. De leerlingenraad adviseert de MR '
           'over onderwerpen die leerlingen aangaan.')
    h(doc, '8.5 Samenwerkingspartners', 2)
    tabel(doc, ['Partner', 'Aard van de samenwerking'], [
        ['UvA, VU, Universiteit Utrecht', 'Pre-university-programma’s, begeleiding profielwerkstukken, lerarenopleiding'],
        ['Windesheim Flevoland', 'Opleidingsschool, leraren in opleiding'],
        ['ProDemos', 'Bezoek Tweede Kamer, debatprogramma leerjaar 4'],
        ['Kunstlinie Almere Flevoland', 'Culturele activiteiten onderbouw'],
        ['Voedselbank Almere, woonzorgcentra, sportverenigingen', 'Maatschappelijk project leerjaar 3'],
        ['Flevoziekenhuis', 'Profielwerkstukken NG, snuffelstages'],
        ['Jet-Net & TechNet', 'Bètaprogramma’s met bedrijven in de regio'],
        ['Gemeente Almere', 'Leerplicht, jeugdgezondheidszorg, Almeerse Lerarenagenda'],
        ['Samenwerkingsverband Passend Onderwijs Almere (VO)', 'Ondersteuning en arrangementen'],
    ], bijschrift='Tabel 8.1 Samenwerkingspartners')
    p(doc, 'De school is lid van de Vereniging Openbaar Onderwijs.')
    h(doc, '8.6 Samenwerking binnen ASG', 2)
    p(doc, 'De secties wiskunde, klassieke talen en Nederlands nemen deel aan de ASG-vakgroepen, waar zij onder '
           'meer PTA’s en toetsen uitwisselen. De examensecretaris neemt deel aan het ASG-overleg van '
           'examensecretarissen (vier keer per jaar); daar is in 2023 een gezamenlijk format voor het PTA '
           'afgesproken. Het voltallige personeel neemt deel aan de ASG-brede studiedag in februari. De school '
           'presenteert de resultaten van de pilot Keerkringuren en van het traject formatief handelen op de '
           'ASG-onderwijsconferentie van 2026 en 2027.')


def h9_planning(doc):
    h(doc, '9 Doelen en meerjarenplanning')
    h(doc, '9.1 Doelen en indicatoren', 2)
    tabel(doc, ['Speerpunt', 'Indicator', 'Nulmeting 2023', 'Streefwaarde 2028'], [
        ['A', 'Lessen voldoende op ICALT-domein differentiëren', '58%', '≥ 80% (2027)'],
        ['B', 'Bovenbouwsucces vwo', '85,1%', '≥ 86%'],
        ['B', 'Slagingspercentage vwo', '90%', '≥ 90% per jaar'],
        ['B', 'Gemiddeld CE-cijfer vwo', '6,51', '≥ 6,5'],
        ['B', 'Doorstroom klas 4 → 5 zonder vertraging', '83%', '≥ 85%'],
        ['C', 'Leerlijn onderzoeksvaardigheden vastgesteld', 'nee', 'ja (2025)'],
        ['C', 'Sectieleerplannen herzien op nieuwe kerndoelen', '0 van 18', '18 van 18 (2026)'],
        ['D', 'Leerlingen die zich veilig voelen', '91%', '≥ 90%'],
        ['D', 'Score werkdruk MTO', '5,8', '≥ 6,5 (2026)'],
        ['D', 'Lessen gegeven door bevoegde docent', '91%', '≥ 95% (2027)'],
        ['D', 'Medewerkers met jaargesprek', '78%', '100% (2025-2026)'],
        ['E', 'Oudertevredenheid informatie over voortgang', '6,3', '≥ 7,0'],
    ], bijschrift='Tabel 9.1 Doelen en indicatoren')
    h(doc, '9.2 Meerjarenplanning', 2)
    tabel(doc, ['Speerpunt', '2024-2025', '2025-2026', '2026-2027', '2027-2028'], [
        ['A Leren zichtbaar maken',
         'Start traject formatief handelen; secties leggen leerdoelen per leerjaar vast',
         'Vervolg traject; ICALT-meting tussenstand',
         'Borging in sectieplannen; presentatie op ASG-onderwijsconferentie',
         'Evaluatie; ICALT-meting eindstand'],
        ['B Resultaten bovenbouw',
         'Bevorderingsgesprek leerjaar 3; steunuur NT leerjaar 4',
         'Analyse effect steunuur; bijstelling bevorderingsnormen',
         'Evaluatie bovenbouwsucces',
         'Borging'],
        ['C Toekomstgericht curriculum',
         'Leerlijn onderzoeksvaardigheden; eerste burgerschapsmeting',
         'Start pilot Keerkringuren leerjaar 1-2; digitale geletterdheid in onderbouw',
         'Sectieleerplannen herzien; evaluatie pilot; besluit juni 2027',
         'Eventuele uitbreiding Keerkringuren naar leerjaar 3'],
        ['D Welzijn',
         'Evaluatie Keerkringcode en telefoonbeleid; uitvoering werkdrukplan',
         'Uitbreiding orthopedagoog naar 1,0 fte; jaargesprek 100%',
         'MTO 2026; bijstelling werkdrukplan',
         'Evaluatie SOP'],
        ['E Verbinding',
         'Invoering communicatieplan; Keerkringbrief',
         'Driegesprekken leerjaar 1 en 4',
         'Oudertevredenheidsonderzoek; presentatie pilot op ASG-conferentie',
         'Evaluatie; voorbereiding schoolplan 2028-2032'],
    ], bijschrift='Tabel 9.2 Meerjarenplanning per schooljaar')
    h(doc, '9.3 Financiële paragraaf', 2)
    p(doc, 'De uitvoering van dit schoolplan past binnen de meerjarenbegroting 2024-2027. Het traject formatief '
           'handelen wordt bekostigd uit het professionaliseringsbudget. De uitbreiding van de orthopedagoog wordt '
           'structureel gefinancierd uit de lumpsum, door een vacature in de onderwijsondersteuning na pensionering '
           'niet te herbezetten; de tijdelijke inzet die uit NP Onderwijs werd betaald, vervalt per augustus 2025. De renovatie van de B-vleugel is opgenomen in het meerjarenhuisvestingsplan van '
           'ASG (uitvoering voorzien in 2026).')


def h10_vaststelling(doc):
    h(doc, '10 Vaststelling')
    p(doc, 'De medezeggenschapsraad van het Keerkring Lyceum heeft in zijn vergadering van 18 juni 2024 ingestemd '
           'met dit schoolplan (besluit MR-2024-07). Het College van Bestuur van de Almeerse Scholen Groep heeft het '
           'schoolplan vastgesteld op 2 juli 2024. Het plan wordt na vaststelling aan de inspectie toegezonden en '
           'op de website van de school gepubliceerd.')
    tabel(doc, ['', 'Naam', 'Datum', 'Handtekening'], [
        ['Rector', 'drs. H.J. Oosterbaan', '2 juli 2024', ''],
        ['Voorzitter MR', 'mw. L. Brandsma-Ouali', '18 juni 2024', ''],
        ['College van Bestuur ASG', '', '2 juli 2024', ''],
    ])


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles['Normal']
    normal.font.name = 'Arial'
    normal.font.size = Pt(10)

    cp = doc.core_properties
    cp.title = 'Schoolplan KKL 2024-2028 def'
    cp.subject = ''
    cp.author = 'S. El Ayachi'
    cp.last_modified_by = 'H.J. Oosterbaan'
    cp.language = 'nl-NL'
    cp.keywords = 'schoolplan; KKL'
    cp.comments = ''
    cp.category = 'Beleid'
    cp.revision = 23
    cp.created = datetime.datetime(2024, 1, 15, 10, 3, 0)
    cp.modified = datetime.datetime(2024, 7, 3, 8, 51, 0)
    cp.last_printed = datetime.datetime(2024, 6, 12, 14, 20, 0)

    _voettekst(doc)
    voorblad(doc)
    h1_inleiding(doc)
    h2_school(doc)
    h3_missie(doc)
    h4_analyse(doc)
    h5_onderwijs(doc)
    h6_personeel(doc)
    h7_kwaliteit(doc)
    h8_ouders(doc)
    h9_planning(doc)
    h10_vaststelling(doc)
    doc.save(path)


if __name__ == '__main__':
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else 'plan_146_keerkring_lyceum.docx')
