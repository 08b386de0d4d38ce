#!/usr/bin/env python3
"""Schoolplan 2023-2027 van algemeen bijzondere basisschool De Rietkraag (OGO), Almere Poort.

Schrijft met python-docx een Word-document zoals de directeur het zelf in Word zou maken.
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
    """Zet de proeftaal van de standaardopmaak op Nederlands."""
    styles = doc.styles.element
    rpr_default = styles.find(qn('w:docDefaults'))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn('w:rPrDefault'))
    if rpr is None:
        return
    rpr_inner = rpr.find(qn('w:rPr'))
    if rpr_inner is None:
        rpr_inner = OxmlElement('w:rPr')
        rpr.append(rpr_inner)
    lang = rpr_inner.find(qn('w:lang'))
    if lang is None:
        lang = OxmlElement('w:lang')
        rpr_inner.append(lang)
    lang.set(qn('w:val'), 'nl-NL')
    lang.set(qn('w:eastAsia'), 'nl-NL')
    lang.set(qn('w:bidi'), 'ar-SA')


def _paginanummer(doc):
    section = doc.sections[0]
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run('Schoolplan De Rietkraag 2023-2027  |  pagina ')
    run.font.size = Pt(8)
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def h(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def p(doc, tekst, cursief=False, vet=False):
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.italic = cursief
    run.bold = vet
    return par


def opsomming(doc, items):
    for item in items:
        doc.add_paragraph(item, style='List Bullet')


def tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = 'Table Grid'
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ''
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------------------
# inhoud
# ---------------------------------------------------------------------------

def voorblad(doc):
    for _ in range(4):
        doc.add_paragraph()
    titel = doc.add_paragraph()
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = titel.add_run('Spelen, onderzoeken, betekenis geven')
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x4E, 0x6B, 0x2F)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = sub.add_run('Schoolplan 2023 – 2027')
    r.font.size = Pt(18)
    sub2 = doc.add_paragraph()
    sub2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = sub2.add_run('Algemeen bijzondere basisschool De Rietkraag\n'
                     'school voor ontwikkelingsgericht onderwijs\nAlmere Poort')
    r.font.size = Pt(14)
    doc.add_paragraph()
    citaat = doc.add_paragraph()
    citaat.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = citaat.add_run('“Wat een kind vandaag samen met een ander kan, kan het morgen alleen.”\n'
                       '(vrij naar L.S. Vygotsky)')
    r.italic = True
    for _ in range(6):
        doc.add_paragraph()
    gegevens = doc.add_paragraph()
    gegevens.add_run(
        'Adres: Hudsonpad 12, 1363 XK Almere\n'
        'BRIN: 31XR\n'
        'Bevoegd gezag: Almeerse Scholen Groep (ASG)\n'
        'Directeur: Femke Aukema-Ruiter\n'
        'Versie: juni 2023, definitief concept'
    ).font.size = Pt(10)
    doc.add_page_break()


def woord_vooraf(doc):
    h(doc, 'Woord vooraf')
    p(doc, 'Voor u ligt het schoolplan van De Rietkraag voor de schooljaren 2023-2024 tot en met 2026-2027. '
           'Een schoolplan is een verplicht stuk, dat weten we. Toch hebben we geprobeerd er een plan van te maken '
           'dat over ónze school gaat en dat een leerkracht in groep 3 herkent als zij het leest. Daarom staat er '
           'weinig beleidstaal in en veel van wat we elke dag in de groepen doen.')
    p(doc, 'Het team heeft de inhoud gemaakt op drie studiedagen: op 10 oktober 2022 (waar staan we?), op '
           '30 januari 2023 (wat willen we behouden en wat moet anders?) en op 17 april 2023 (wat doen we in welk '
           'jaar?). De kinderraad heeft in maart 2023 een middag met mij gepraat over de vraag “wat is een goede '
           'school?”. Hun antwoorden staan verspreid door dit plan, herkenbaar aan de cursieve regels.')
    p(doc, 'Tijdens het schrijven merkten we dat onze taal niet altijd de taal van ons bestuur is. Wij praten over '
           'deelnemen, betekenis, spelbegeleiding en de zone van de naaste ontwikkeling. ASG praat in Koers 22 over '
           'kernwaarden en vensters. Beide talen zijn nodig. In hoofdstuk 8 hebben we ze naast elkaar gelegd, '
           'zodat het bestuur kan zien waar ons werk aansluit bij de koers, en ook waar (nog) niet.')
    p(doc, 'Femke Aukema-Ruiter, directeur')


def hoofdstuk1(doc):
    h(doc, '1. Wie wij zijn')
    h(doc, '1.1 Een school die door ouders is bedacht', 2)
    p(doc, 'De Rietkraag begon in 2010 met 34 kinderen in twee lokalen van een tijdelijk gebouw aan de rand van '
           'het Homeruskwartier. Een groep ouders en leerkrachten wilde in Almere Poort een school waar jonge kinderen '
           'mogen spelen en oudere kinderen echte vragen mogen onderzoeken. Zo ontstond een algemeen bijzondere '
           'school: niet verbonden aan een godsdienst of levensbeschouwing, wel aan een pedagogische opvatting. Ons '
           '“bijzondere” zit in het concept, het ontwikkelingsgericht onderwijs (OGO). In 2016 is de kleine '
           'stichting opgegaan in de Almeerse Scholen Groep. Sinds 2018 zitten we in ons eigen gebouw aan het '
           'Hudsonpad, samen met peuteropvang De Zandzegge.')
    p(doc, 'Op 1 oktober 2022 telde de school 318 leerlingen in dertien groepen: vier combinatiegroepen 1-2, drie '
           'groepen 3-4, twee groepen 5-6, twee groepen 6-7 en twee groepen 7-8. Door de bouw van Almere Duin '
           'verwachten we een lichte groei naar ongeveer 340 leerlingen in 2026. Daarna vlakt de groei af.')
    p(doc, 'Onze kinderen komen grotendeels uit Poort en voor een kleiner deel uit Almere Stad en Oosterwold; '
           'ouders kiezen ons bewust om het concept. De schoolweging (CBS) is 29,8, met een gemiddelde spreiding. '
           'Ongeveer een derde van de kinderen groeit meertalig op; samen hebben onze gezinnen wortels in meer dan '
           'twintig landen.')
    h(doc, '1.2 Het team', 2)
    p(doc, 'Op De Rietkraag werken 29 mensen: 21 groepsleerkrachten (samen 16,4 fte), een intern begeleider, '
           'twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief '
           'medewerker, de adjunct-directeur (tevens schoolopleider) en de directeur. De gemiddelde leeftijd is 38 '
           'jaar. Twee collega’s zijn zij-instromer; zij staan voor de groep en halen hun bevoegdheid via '
           'Windesheim Flevoland.')
    h(doc, '1.3 Wat ouders en kinderen van ons vinden', 2)
    p(doc, 'In november 2022 namen we de tevredenheidspeiling van Scholen met Succes af. 71% van de ouders en alle '
           'kinderen van groep 5 tot en met 8 deden mee. Ouders geven de school gemiddeld een 7,9, kinderen een 8,3. '
           'Ouders zijn positief over de sfeer (92% vindt de school gastvrij) en over het spelend leren in de '
           'onderbouw. Minder tevreden zijn ze over de informatie over de ontwikkeling van hun kind: maar 61% vindt '
           'het portfolio duidelijk. Dat nemen we serieus (zie 5.1 en hoofdstuk 9).')
    p(doc, '“Een goede school is een school waar je mag uitzoeken wat je zelf wilt weten.” (kinderraad, groep 7)',
      cursief=True)


def hoofdstuk2(doc):
    h(doc, '2. Ontwikkelingsgericht werken: waar wij voor staan')
    p(doc, 'Wij gaan ervan uit dat kinderen zich ontwikkelen doordat ze meedoen aan activiteiten die voor hen '
           'betekenis hebben: spelen, bouwen, praten, onderzoeken, maken. Ze leren niet eerst de losse vaardigheden '
           'en passen die daarna toe; ze leren lezen, schrijven en rekenen juist ín die activiteiten, omdat ze het '
           'nodig hebben. Een kleuter die in de dierenartspraktijk een afsprakenkaart maakt, wil weten hoe je '
           '“dinsdag” schrijft. Een kind in groep 7 dat onderzoekt waarom het Weerwater groen uitslaat, moet leren '
           'hoe je een grafiek leest.')
    h(doc, '2.1 Basisontwikkeling', 2)
    p(doc, 'Ons denken is gebaseerd op Basisontwikkeling (Janssen-Vos) en het werk van Van Oers over ontwikkelingsgericht '
           'onderwijs. Voor ons komen daar drie basiskenmerken uit voort die eerst in orde moeten zijn: een kind '
           'voelt zich emotioneel vrij, heeft zelfvertrouwen en is nieuwsgierig. Daarbovenop werken we aan brede '
           'ontwikkelingsdoelen: communiceren, samenwerken, onderzoekend en reflecterend handelen, en een eigen '
           'manier van kijken en denken. De vakken krijgen hun plek binnen die brede ontwikkeling.')
    h(doc, '2.2 De leerkracht als meer ervaren deelnemer', 2)
    p(doc, 'Onze leerkrachten staan niet naast het spel of het onderzoek, ze doen mee. Ze spelen een rol in de winkel, '
           'stellen een vraag waardoor het onderzoek een stap verder komt, of laten zien hoe een volwassene een brief '
           'aan de gemeente schrijft. Zo brengen ze het kind in zijn zone van de naaste ontwikkeling: bij dat wat het '
           'nog net niet alleen kan. Dat vraagt veel van een leerkracht. Daarom investeren we fors in scholing en in '
           'samen leren (hoofdstuk 6).')
    h(doc, '2.3 Van spel naar onderzoek', 2)
    p(doc, 'Bij jonge kinderen is spel de leidende activiteit. Vanaf groep 4 groeit het spel geleidelijk uit tot '
           'onderzoek: kinderen stellen vragen, zoeken uit, maken iets en presenteren het aan een echt publiek. In de '
           'bovenbouw staat de onderzoeksactiviteit centraal, maar ook daar blijft ruimte voor rollenspel en '
           'ontwerpen. Hoe dat per bouw uitpakt, staat in hoofdstuk 3.')
    h(doc, '2.4 Onze belofte', 2)
    p(doc, 'Bij ons is iedereen waardevol en wordt iedereen gezien. Wij geven altijd het beste van onszelf, en dat '
           'vragen we ook van de kinderen. Dat is geen prestatiedruk, maar vertrouwen: we nemen kinderen serieus als '
           'deelnemers aan de wereld van nu.')


def hoofdstuk3(doc):
    h(doc, '3. Ons aanbod')
    p(doc, 'We werken in thema’s van vijf tot acht weken. In de onderbouw kiezen we de thema’s samen met de kinderen '
           'uit een jaarplanning die ruimte laat voor wat er speelt; in de bovenbouw werken we met vier brede '
           'onderzoeksthema’s per jaar. In 2021 hebben we al onze thema’s naast de kerndoelen gelegd in een '
           'dekkingsoverzicht, zodat we zeker weten dat de kerndoelen in acht jaar worden aangeboden. Voor taal en '
           'rekenen werken we daarnaast naar de referentieniveaus 1F en 2F/1S.')
    h(doc, '3.1 Onderbouw: groep 1-2', 2)
    p(doc, 'In de combinatiegroepen 1-2 is elk thema opgebouwd rond een rollenspel: de bakkerij, de bouwplaats, de '
           'dierenartspraktijk, het reisbureau. De leerkracht richt met de kinderen de hoek in, speelt mee en brengt '
           'lees-, schrijf- en rekenactiviteiten in die het spel verrijken: een bestellijst, een plattegrond, geld '
           'tellen. Daarnaast zijn er kringgesprekken, constructiespel, beeldende activiteiten en veel buitenspel.')
    p(doc, 'De thema’s sluiten aan bij wat kinderen meemaken. Het thema “De bouwplaats” ontstond in 2022 omdat de '
           'kinderen elke dag de hijskranen in Duin zagen; het thema “Naar het ziekenhuis” kwam er nadat drie kinderen '
           'een broertje of zusje kregen. Per jaar komen er minstens twee thema’s uit vragen van de kinderen zelf. '
           'We leggen vast welke thema’s dat waren en wat de aanleiding was, zodat we kunnen laten zien dat de '
           'belevingswereld van de kinderen echt de bron is.')
    h(doc, '3.2 Middenbouw: groep 3-4', 2)
    p(doc, 'In groep 3 en 4 leren kinderen lezen en schrijven in het thema. We gebruiken Veilig leren lezen '
           '(KIM-versie) als bron en als leerlijn voor de technische kant, maar niet als dagritme. De letters en '
           'woorden komen terug in de spelhoek, in het themaboek dat elk kind maakt en in briefjes aan ouders. '
           'Voor rekenen starten we in groep 3 met Wereld in getallen 5; de leerkracht vertaalt de doelen van de week '
           'zoveel mogelijk naar de themacontext. Spelling doen we vanaf groep 4 met Staal, schrijven met '
           'Pennenstreken.')
    p(doc, 'Een knelpunt is dat het spel in groep 3-4 de laatste jaren is weggedrukt door de methodes. Op de studiedag '
           'van januari 2023 gaven leerkrachten aan dat er in hun groep gemiddeld nog maar twee middagen per week '
           'gespeeld wordt. Dat willen we veranderen (zie hoofdstuk 9).')
    h(doc, '3.3 Bovenbouw: groep 5-8', 2)
    p(doc, 'In de bovenbouw werken kinderen in vier onderzoeksthema’s per jaar, bijvoorbeeld “Water in Almere”, '
           '“Handel en onderweg”, “Ons lichaam” en “Wie bepaalt?”. Ze werken met de onderzoekscyclus: een vraag '
           'formuleren, een plan maken, informatie zoeken en verwerken, iets maken en het resultaat presenteren. De '
           'presentatie is altijd voor een echt publiek: ouders, een andere groep, een deskundige uit de wijk. '
           'Wereldoriëntatie (aardrijkskunde, geschiedenis, natuur en techniek) zit volledig in deze thema’s; we '
           'gebruiken geen aparte methodes.')
    p(doc, 'Begrijpend lezen geven we in het thema, met teksten die de kinderen voor hun onderzoek nodig hebben, '
           'aangevuld met de actuele teksten van Nieuwsbegrip. Rekenen (Wereld in getallen 5) en spelling (Staal) '
           'worden cursorisch gegeven, met instructie op drie niveaus. Engels geven we vanaf groep 5 met Groove.me. '
           'Op dit moment werken drie van de zes bovenbouwgroepen volledig met de onderzoekscyclus; de andere drie '
           'werken nog deels met losse opdrachten.')
    h(doc, '3.4 Kunst en cultuur', 2)
    p(doc, 'Onze cultuurcoördinator stelt elk jaar met Kunstlinie Almere Flevoland een programma samen waarin elke '
           'groep minimaal één voorstelling bezoekt en één reeks workshops volgt die past bij een thema. Elk thema '
           'sluit af met een “atelierweek” waarin kinderen iets maken: een maquette, een toneelstuk, een '
           'tentoonstelling.')
    h(doc, '3.5 Burgerschap: democratie oefenen we elke dag', 2)
    p(doc, 'Burgerschap is bij ons geen apart vak. Kinderen oefenen elke dag met samen beslissen: in de kring '
           'maken ze afspraken over het spel, in de bovenbouw verdelen ze taken in een onderzoeksgroep en leggen ze '
           'verantwoording af aan de groep. Daarnaast doen we drie dingen bewust:')
    opsomming(doc, [
        'De kinderraad: twee kinderen per groep 5 tot en met 8 vergaderen elke maand met de directeur. De raad heeft '
        'een eigen budget van € 750 per jaar en beslist zelf waaraan dat wordt besteed (in 2022 aan nieuw materiaal '
        'voor het schoolplein).',
        'Filosoferen: groepen 5 tot en met 8 hebben eens per twee weken een filosofische kring, geleid door twee '
        'leerkrachten die de training van het Centrum voor Kinderfilosofie hebben gevolgd.',
        'Het thema “Wie bepaalt?”: elk jaar onderzoeken de groepen 7-8 hoe beslissingen in de gemeente genomen '
        'worden. Ze bezoeken het stadhuis en stellen vragen aan een raadslid. In 2022 leidde dat tot een brief aan '
        'de gemeente over een onveilige oversteek, die daarna is aangepast.',
    ])
    p(doc, 'Wat kinderen aan het eind van groep 8 moeten kennen en kunnen op het gebied van burgerschap, hebben we in '
           '2022 uitgeschreven in een korte leerlijn (kennis van de democratische rechtsstaat, samen beslissen, '
           'meningen onderbouwen). We houden bij welke doelen in welke thema’s aan bod komen.')
    h(doc, '3.6 Digitale geletterdheid', 2)
    p(doc, 'Kinderen gebruiken in hun onderzoek al chromebooks om te zoeken en te presenteren, maar een doorlopende '
           'lijn ontbreekt. De rekencoördinator en twee bovenbouwleerkrachten schrijven in 2023-2024 een leerlijn '
           'digitale geletterdheid, gebaseerd op de bouwstenen die SLO heeft uitgewerkt voor de nieuwe kerndoelen. '
           'Die lijn verweven we met onze thema’s: informatievaardigheden en mediawijsheid in groep 5-6 (hoe weet je '
           'of een bron klopt?), programmeren met micro:bit en computationeel denken in groep 7-8. Vanaf 2024-2025 '
           'heeft elk onderzoeksthema in de bovenbouw minstens één digitale component.')
    h(doc, '3.7 Na groep 8', 2)
    p(doc, 'Wij zijn binnen ASG de enige basisschool voor ontwikkelingsgericht onderwijs. In Poort kunnen ouders '
           'daardoor kiezen tussen openbaar, christelijk en een concept als het onze. Na groep 8 gaan onze kinderen '
           'naar ongeveer tien verschillende scholen, de meeste binnen ASG. Oud-leerlingen vertellen dat ze moeten '
           'wennen aan het werken met vakken, huiswerk en een rooster. Daarom hebben we drie afspraken gemaakt:')
    opsomming(doc, [
        'In groep 8 werken kinderen vanaf januari één ochtend per week met een eigen weekplanning en huiswerk, '
        'zodat het plannen geen verrassing meer is.',
        'Bij de warme overdracht geven we naast het onderwijskundig rapport het onderzoeksportfolio van groep 7-8 '
        'mee; de mentoren van de ASG-scholen waar de meeste kinderen heen gaan, hebben laten weten dat ze daar '
        'iets aan hebben.',
        'In februari komen oud-leerlingen uit de brugklas terug in groep 8 om te vertellen hoe het gaat. Wat zij '
        'vertellen, bespreken we in juni met de twee ASG-scholen voor voortgezet onderwijs in Poort, zodat de '
        'overstap van beide kanten beter aansluit.',
    ])


def hoofdstuk4(doc):
    h(doc, '4. Kijken naar kinderen')
    h(doc, '4.1 Observeren, registreren, evalueren', 2)
    p(doc, 'Omdat wij leren zien als deelnemen, kijken we vooral naar wat een kind doet en hoe het meedoet. Daarvoor '
           'gebruiken we HOREB (Handelingsgericht Observeren, Registreren en Evalueren van Basisontwikkeling). '
           'Leerkrachten noteren wekelijks hun observaties per kind, gekoppeld aan de leerlijnen, en plannen op basis '
           'daarvan hun volgende activiteiten. In de onderbouw is HOREB ons enige volgsysteem; we nemen geen toetsen '
           'af bij kleuters.')
    p(doc, 'Vanaf groep 5 voert de leerkracht drie keer per jaar een kindgesprek van tien minuten: wat gaat goed, wat '
           'vind je moeilijk, wat wil je leren, hoe gaat het met je in de groep? De afspraken uit dat gesprek komen in '
           'het portfolio. Vanaf groep 3 gebruiken we daarnaast de toetsen van Leerling in beeld (Cito) voor '
           'rekenen, spelling, begrijpend lezen en technisch lezen (midden en eind van het jaar), en AVI en DMT voor '
           'technisch lezen.')
    p(doc, 'Wij hebben zicht op wat onze leerlingen nodig hebben. Drie keer per jaar (november, februari en juni) '
           'bespreken de leerkracht en de intern begeleider elke groep in een groepsbespreking: HOREB-observaties, '
           'toetsgegevens en de kindgesprekken komen daar samen. Wat daar besloten wordt, komt in het groepsplan.')
    h(doc, '4.2 Wat onze kinderen bereiken', 2)
    p(doc, 'Het laatste vierjaarlijkse onderzoek van de inspectie (2019) eindigde zonder tekortkomingen. In mei 2022 '
           'deed ASG een interne audit; de conclusie was dat het onderwijsproces en het schoolklimaat goed op orde '
           'zijn en dat de resultaten voor begrijpend lezen in de bovenbouw achterblijven bij die voor rekenen.')
    tabel(doc, ['Eindtoets (IEP)', '2021', '2022', '2023', 'Signaleringswaarde'], [
        ['1F lezen / taalverzorging / rekenen', '97 / 98 / 94%', '96 / 97 / 93%', '96 / 98 / 95%', '85%'],
        ['2F lezen', '55%', '57%', '58%', '—'],
        ['2F taalverzorging', '63%', '66%', '64%', '—'],
        ['1S rekenen', '49%', '51%', '53%', '—'],
        ['Totaal 2F/1S (schoolgemiddelde)', '56%', '58%', '58%', '47,3%'],
    ])
    p(doc, 'We zitten ruim boven de signaleringswaarden. Toch vinden we 58% op 2F lezen te laag voor kinderen die '
           'vier jaar lang dagelijks lezen voor hun onderzoek. De verklaring die we zelf geven: in onze thema’s '
           'lezen kinderen veel, maar de leerkracht begeleidt het lezen van moeilijke informatieve teksten nog te '
           'weinig. Begrijpend lezen in het thema is daarom een speerpunt (hoofdstuk 9). Vanaf 2024 doen we mee met '
           'de doorstroomtoets; we kiezen voor de IEP Doorstroomtoets, zodat we onze trend kunnen blijven volgen.')
    h(doc, '4.3 Ondersteuning en ons schoolondersteuningsprofiel', 2)
    p(doc, 'Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle '
           'leerlingen een passende onderwijsplek hebben. Extra ondersteuning vragen we aan bij Passend Onderwijs '
           'Almere.')
    p(doc, 'Binnen de groep is OGO zelf al een vorm van differentiatie: in het rollenspel kan een kind dat nog niet '
           'leest de klant zijn die “voorleest” uit de folder, terwijl een ander kind de bestelling opschrijft. '
           'Voor kinderen die meer nodig hebben, werken we met de volgende lagen:')
    opsomming(doc, [
        'Basisondersteuning in de groep: instructie op drie niveaus, extra begeleide inoefening door een '
        'onderwijsassistent (twee dagdelen per week per bouw), de kindgesprekken en het groepsplan.',
        'Ondersteuning binnen de school: de intern begeleider stelt met leerkracht en ouders een plan op; voor '
        'kinderen die sterk uitvallen op lezen werken we met het protocol leesproblemen en dyslexie en met '
        'Bouw! als interventie in groep 2-4.',
        'Denkatelier: kinderen uit groep 4 tot en met 8 die meer uitdaging nodig hebben, werken één ochtend per '
        'week in het denkatelier aan een eigen onderzoek, met een leerkracht die de opleiding Specialist '
        'hoogbegaafdheid heeft gevolgd. In 2022-2023 waren dat 19 kinderen.',
        'Extra ondersteuning met een arrangement van het samenwerkingsverband, bijvoorbeeld voor kinderen met een '
        'taalontwikkelingsstoornis, in samenwerking met Auris.',
    ])
    p(doc, 'In ons schoolondersteuningsprofiel (vastgesteld in 2022) staat wat wij wel en niet kunnen bieden. In het '
           'kort: wij kunnen kinderen goed begeleiden bij dyslexie, een taalontwikkelingsstoornis, meer- en '
           'hoogbegaafdheid en lichte vormen van ASS of ADHD, zolang een kind kan deelnemen aan het werken in '
           'groepjes. Onze grenzen liggen bij kinderen die de hele dag één-op-één begeleiding nodig hebben, bij '
           'ernstig en langdurig externaliserend gedrag dat de veiligheid van andere kinderen raakt, en bij '
           'medische handelingen die leerkrachten niet bevoegd zijn uit te voeren. Ons open, drukke werken in '
           'hoeken en groepjes is voor sommige kinderen met prikkelgevoeligheid te veel; dat bespreken we eerlijk '
           'met ouders bij aanmelding. Het profiel wordt in 2024 herzien, als het nieuwe ondersteuningsplan van het '
           'samenwerkingsverband er is.')


def hoofdstuk5(doc):
    h(doc, '5. Samen met ouders en de wijk')
    h(doc, '5.1 Ouders', 2)
    p(doc, 'Ouders hebben voor onze school gekozen, en we willen dat ze dat elke dag merken. Elke ochtend van 8.20 '
           'tot 8.35 uur lopen ouders mee de klas in; in de onderbouw spelen ze even mee in de hoek. Wie de school '
           'voor het eerst bezoekt, wordt rondgeleid door twee kinderen uit groep 8, de “Rietkraaggidsen”. Zij '
           'leggen zelf uit wat een thema is en laten hun portfolio zien. Nieuwe gezinnen krijgen na zes weken een '
           'kop koffie en een gesprek met de leerkracht: hoe is de start gegaan?')
    p(doc, 'Ouders doen mee in het leren van hun kind. Bij elk thema vragen we ouders met kennis of een beroep dat '
           'erbij past om “deskundige” te zijn: een vader die verpleegkundige is, een moeder die bij de bouw werkt, '
           'een opa die vroeger visser was. In 2022-2023 deden 46 ouders dat minstens één keer. Vanaf groep 5 '
           'voeren we twee keer per jaar een driehoeksgesprek (kind, ouder, leerkracht) waarin het kind zelf vertelt '
           'wat het heeft geleerd en wat het nog wil leren.')
    p(doc, 'Over communicatie zijn we niet tevreden: ouders begrijpen het portfolio niet goed genoeg. We doen het '
           'daarom anders. Aan het begin van elk thema krijgen ouders via Parro een themabrief van één pagina: wat '
           'gaan we doen, welke doelen staan centraal, wat kunt u thuis doen? Het portfolio krijgt in 2023-2024 een '
           'vaste opbouw met per thema één bladzijde “dit heb ik geleerd”, in de woorden van het kind en van de '
           'leerkracht. De toetsgegevens bespreken we in het gesprek in plaats van ze alleen mee te sturen. Voor '
           'ouders die het Nederlands nog niet goed beheersen, gebruiken we de vertaalfunctie van Parro en we '
           'regelen een tolk bij gesprekken (in 2022-2023 elf keer).')
    h(doc, '5.2 De medezeggenschapsraad', 2)
    p(doc, 'Onze MR bestaat uit drie ouders en drie personeelsleden. Naast de gewone vergaderingen hebben we '
           'afgesproken dat de MR elk jaar in oktober een themavergadering houdt over een deel van ons onderwijs, '
           'zodat de MR meedenkt vóórdat er iets besloten moet worden. In 2021 ging het over het portfolio, in '
           '2022 over rekenen in de thema’s. De uitkomsten nemen we mee in het jaarplan.')
    h(doc, '5.3 Partners in en om de school', 2)
    p(doc, 'Een OGO-school heeft de wereld buiten de school nodig: onderzoek wordt pas echt als je met echte '
           'mensen praat. Onze belangrijkste partners zijn:')
    tabel(doc, ['Partner', 'Wat we samen doen'], [
        ['Peuteropvang De Zandzegge (in ons gebouw)',
         'Gezamenlijke thema’s voor peuters en kleuters, warme overdracht naar groep 1, één gezamenlijke '
         'studiemiddag per jaar.'],
        ['De Nieuwe Bibliotheek',
         'Bibliotheek op school: leesconsulent één dagdeel per week, boekencollectie per thema, '
         'leesplezieraanpak in groep 3-4.'],
        ['Kunstlinie Almere Flevoland', 'Cultuurprogramma per groep, zie 3.4.'],
        ['Windesheim Flevoland',
         'Wij zijn opleidingsschool: jaarlijks 4 tot 6 pabostudenten en begeleiding van onze zij-instromers.'],
        ['De Activiteit (landelijk expertisecentrum OGO)',
         'Basis- en verdiepingscursussen OGO, scholing van onze OGO-opleiders, kijkwijzer voor klassenbezoeken.'],
        ['Wijkteam Poort en GGD Flevoland',
         'Schoolmaatschappelijk werk (spreekuur één ochtend per twee weken), jeugdverpleegkundige.'],
        ['Woonzorglocatie Poortzicht',
         'Groep 3-4 bezoekt de bewoners vier keer per jaar; bewoners zijn “deskundige” in thema’s over vroeger.'],
        ['Zorgboerderij Het Kleihuis (Oosterwold)',
         'Groepen 5-6 werken in het thema “Van zaadje tot bord” een dag mee op de boerderij.'],
    ])
    p(doc, 'Met de buurt rond het Hudsonpad zoeken we bewust contact: de groepen 7-8 houden in juni hun '
           'onderzoeksmarkt in het wijkcentrum, en bewoners van Poortzicht komen ieder jaar naar de kerstviering. '
           'De school is aangesloten bij het landelijk netwerk van OGO-scholen.')
    h(doc, '5.4 Een veilige school', 2)
    p(doc, 'Ons veiligheidsbeleid is beschreven in het veiligheidsplan (2021) en het pestprotocol. Beide zijn te '
           'vinden op onze website.')


def hoofdstuk6(doc):
    h(doc, '6. Het team als leergemeenschap')
    h(doc, '6.1 OGO leer je niet uit een boek', 2)
    p(doc, 'Een leerkracht die goed meespeelt en goed een onderzoek begeleidt, heeft jaren nodig om dat te leren. '
           'Daarom volgt iedere nieuwe leerkracht in het eerste jaar de OGO-basiscursus van De Activiteit (zes '
           'bijeenkomsten, deels op onze school). Leerkrachten in de bovenbouw volgen daarna de verdieping '
           '“Onderzoek in de bovenbouw”. In juni 2023 hadden 14 van de 21 leerkrachten de basiscursus gevolgd en '
           '6 de verdieping. Daarnaast kiest ieder teamlid in het startgesprek een eigen leervraag voor het jaar, '
           'waarvoor hij of zij zelf een cursus of een programma van de ASG Academie kiest. Het scholingsbudget '
           'is € 600 per fte per jaar; de helft is vrij te besteden aan de eigen leervraag.')
    h(doc, '6.2 Samen leren', 2)
    p(doc, 'Het bouwoverleg, eens per twee weken, is bij ons een leerwerkplaats en geen mededelingenoverleg. '
           'Mededelingen gaan per mail; in het bouwoverleg bekijken we video-opnames van spelbegeleiding of '
           'bespreken we onderzoeksproducten van kinderen. De intern begeleider is gecertificeerd '
           'video-interactiebegeleider en filmt elke leerkracht minstens twee keer per jaar. Elke leerkracht doet '
           'drie keer per jaar een collegiale consultatie bij een collega in een andere bouw.')
    p(doc, 'Ook zijn we nieuwsgierig naar wat anderen ontdekken. Elk jaar doen twee collega’s een klein '
           'praktijkonderzoek, begeleid door de schoolopleider. In 2022-2023 was de vraag: “Hoe helpen we kinderen '
           'in groep 6-7 bij het lezen van informatieve bronnen voor hun onderzoek?” De uitkomsten zijn in mei 2023 '
           'aan het team gepresenteerd en vormen de basis voor ons speerpunt lezen. Ons teamleesclubje bespreekt '
           'vier keer per jaar een artikel of boek; dit jaar onder meer hoofdstukken uit Van Oers over narratieve '
           'competentie en het onderzoek van de Universiteit Utrecht naar spel in groep 3.')
    p(doc, 'Buiten de school werken we mee aan een leerkring met drie andere OGO-scholen uit Flevoland en het Gooi. '
           'Vier keer per jaar bezoeken leerkrachten elkaars school en bespreken ze een gezamenlijke vraag; in '
           '2023-2024 is dat de overgang van spel naar onderzoek in groep 4.')
    h(doc, '6.3 Zij-instromers en studenten', 2)
    p(doc, 'Onze twee zij-instromers worden begeleid door de adjunct-directeur, die schoolopleider is. Zij hebben '
           'wekelijks een uur met een vaste maatje-collega, krijgen in hun eerste jaar twee uur per week '
           'vrijgeroosterd en worden drie keer per jaar samen met Windesheim beoordeeld. De ene zij-instromer '
           'rondt het traject naar verwachting in juli 2024 af, de andere in juli 2025.')
    h(doc, '6.4 De gesprekkencyclus', 2)
    p(doc, 'We volgen de gesprekscyclus van ASG, maar hebben hem op onze manier ingevuld. In september is er een '
           'startgesprek over de eigen leervraag. Tussen oktober en maart volgen twee klassenbezoeken door de '
           'directeur of de intern begeleider met de OGO-kijkwijzer die we met De Activiteit hebben ontwikkeld. In '
           'het voorjaar is er een ontwikkelgesprek en eens per drie jaar een beoordelingsgesprek. Alles wordt '
           'vastgelegd in het digitale personeelsdossier. In 2022-2023 doorliepen 19 van de 29 medewerkers de '
           'volledige cyclus; bij de anderen schoot het klassenbezoek erbij in door ziekte in de directie. In '
           '2023-2024 moet dat voor iedereen lukken.')
    h(doc, '6.5 Talenten inzetten', 2)
    p(doc, 'We hebben een rekencoördinator, een taal- en leescoördinator, een cultuurcoördinator, een specialist '
           'hoogbegaafdheid en twee gecertificeerde OGO-opleiders. De OGO-opleiders verzorgen sinds 2022, via de ASG '
           'Academie, twee keer per jaar de introductiecursus “Spelbegeleiding in groep 1-2” voor kleuterleerkrachten '
           'van andere ASG-scholen. Zij krijgen daarvoor twintig uur per jaar in hun taakbeleid.')
    p(doc, 'Onze intern begeleider neemt deel aan het ASG-netwerk van intern begeleiders (zes keer per jaar) en de '
           'rekencoördinator aan de ASG-werkgroep rekenen. Wat daar wordt gedeeld, brengen zij in het bouwoverleg in.')


def hoofdstuk7(doc):
    h(doc, '7. Hoe we bewaken wat we doen')
    p(doc, 'Kwaliteit zit bij ons vooral in het dagelijkse kijken: naar kinderen (HOREB) en naar onszelf '
           '(video, consultaties). Om dat niet vrijblijvend te laten zijn, werken we met een vaste '
           'kwaliteitskalender:')
    tabel(doc, ['Wanneer', 'Wat', 'Wie'], [
        ['september', 'Jaarplan vastgesteld; evaluatie vorig jaarplan in het jaarverslag', 'directie, team, MR'],
        ['oktober', 'Themavergadering MR', 'MR, directie'],
        ['november, februari, juni', 'Groepsbesprekingen (HOREB, toetsen, kindgesprekken)', 'leerkracht, ib'],
        ['februari en juni', 'Opbrengstvergadering: trendanalyse per groep en schoolbreed', 'team, ib, directie'],
        ['oktober tot maart', 'Klassenbezoeken met de OGO-kijkwijzer', 'directie, ib'],
        ['elk kwartaal', 'Kwartaalrapportage aan het bestuur', 'directeur'],
        ['jaarlijks', 'Drie kwaliteitskaarten van WMK-PO (zelfevaluatie op het inspectiekader)', 'directie, team'],
        ['2024 en 2026', 'Tevredenheidspeiling ouders, kinderen en personeel', 'directie'],
        ['2026', 'Interne audit ASG', 'bestuur, directie'],
    ])
    p(doc, 'Elk jaarplan bevat maximaal vier doelen, afgeleid van hoofdstuk 9. In juni evalueren we die met het '
           'team aan de hand van de vraag: wat is er in de groepen merkbaar veranderd? Het jaarverslag beschrijft '
           'wat we bereikt hebben en wat we meenemen naar het volgende jaar. Het jaarplan en het jaarverslag '
           'bespreken we met de MR en met de bestuurder in het jaarlijkse schoolgesprek.')


def hoofdstuk8(doc):
    h(doc, '8. Koers 22 en De Rietkraag')
    p(doc, 'Het bestuur vraagt iedere school te laten zien hoe zij bijdraagt aan Koers 22, “Leren in verbinding”. '
           'In de tabel hieronder staat per onderdeel van de koers wat wij doen en waar u daar in dit plan meer over '
           'leest. We hebben niet alles ingevuld. Een school met 29 medewerkers kan niet alles tegelijk, en we '
           'kiezen liever voor een paar dingen die we goed doen. Waar we iets nog niet doen maar wel zouden willen, '
           'staat dat eerlijk als wens.')
    tabel(doc, ['Koers 22', 'Wat wij doen', 'Waar in dit plan'], [
        ['Gezien worden: gastvrijheid', 'Ochtendinloop, Rietkraaggidsen voor nieuwe ouders, gesprek na zes weken.',
         '5.1'],
        ['Gezien worden: ieder is waardevol', 'Bij ons is iedereen waardevol en wordt iedereen gezien.', '2.4'],
        ['Gezien worden: zicht op behoeftes', 'Wij hebben zicht op wat onze leerlingen nodig hebben.', '4.1'],
        ['Open: communicatie', 'Zie 5.1.', '5.1'],
        ['Open: verscheidenheid',
         'We willen graag meer doen met de thuistalen van onze kinderen, misschien met een thema '
         '“Talen om ons heen”.', '—'],
        ['Vooruitstrevend: innovatieve leerconcepten',
         'OGO is ons concept; we breiden de onderzoekscyclus uit naar alle bovenbouwgroepen.', '2, 3.3, 9'],
        ['Vooruitstrevend: drie horizonten van innovatie', 'Zie hoofdstuk 3.', '3'],
        ['Ambitieus: hoge verwachtingen', 'Hogere doelen voor begrijpend lezen.', '4.2, 9'],
        ['Venster 1: goed en toegankelijk onderwijs',
         'HOREB, ondersteuningsprofiel, kwaliteitskalender.', '4, 7'],
        ['Venster 1: dekkend netwerk', 'Samenwerkingsverband Passend Onderwijs Almere.', '4.3'],
        ['Venster 2: personeel in positie',
         'OGO-scholing, leerkring, begeleiding zij-instromers, gesprekkencyclus.', '6'],
        ['Venster 2: welbevinden en vitaliteit',
         'Hier willen we meer aandacht aan geven. Een wens van het team is een vaste middag per maand zonder '
         'vergaderingen.', '—'],
        ['Venster 3: meerwaarde van ASG', 'IB-netwerk, werkgroep rekenen, onze OGO-opleiders geven les aan '
         'collega’s van andere scholen.', '6.5'],
        ['Venster 3: delen op studiedagen',
         'Graag zouden we onze ervaringen met spel in groep 3-4 delen op een ASG-studiedag.', '—'],
        ['Venster 4: partnerschap', 'Ouders als deskundigen, driehoeksgesprekken, MR-themavergadering, '
         'partners in de wijk.', '5'],
    ])
    p(doc, 'Een paar onderdelen van de koers laten we in deze periode bewust liggen, zoals interne mobiliteit en '
           'de samenwerking op het niveau van de stad. Daar is het bestuur beter voor toegerust dan wij.')


def hoofdstuk9(doc):
    h(doc, '9. Waar we in 2027 willen staan')
    p(doc, 'Op de studiedag van april 2023 hebben we uit alle ideeën vijf ontwikkelingen gekozen. We beschrijven ze '
           'hieronder in gewone zinnen, met het jaar waarin we iets willen bereikt hebben. In het jaarplan werken '
           'we ze elk jaar verder uit.')
    h(doc, '9.1 Weer spelen in groep 3 en 4', 2)
    p(doc, 'In 2023-2024 herschrijven we met de leerkrachten van groep 3-4 de weekplanning, zodat de leesmethode '
           'en het rekenen in de ochtend passen en de middag vrij komt voor spel en thema. Eind schooljaar '
           '2024-2025 wordt er in alle groepen 3-4 minstens vier middagen per week in een themahoek gespeeld, '
           'met de leerkracht als meespelende volwassene. We meten dat met de OGO-kijkwijzer tijdens de '
           'klassenbezoeken. Kinderen en ouders merken het doordat het thema in groep 3 net zo zichtbaar is als '
           'in de kleutergroep.')
    h(doc, '9.2 Onderzoek in de hele bovenbouw', 2)
    p(doc, 'Vanaf 2024-2025 werken alle zes bovenbouwgroepen volledig met de onderzoekscyclus; de losse '
           'wereldoriëntatie-opdrachten verdwijnen. In juni 2026 presenteert ieder kind van groep 8 een eigen '
           'onderzoek op de onderzoeksmarkt in het wijkcentrum, voor ouders, buurtbewoners en de groepen 6 en 7. '
           'In 2026-2027 hebben alle bovenbouwleerkrachten de verdieping “Onderzoek in de bovenbouw” gevolgd.')
    h(doc, '9.3 Begrijpend lezen in het thema', 2)
    p(doc, 'We willen dat kinderen de teksten die ze voor hun onderzoek nodig hebben ook echt begrijpen. Op basis '
           'van ons praktijkonderzoek leren alle bovenbouwleerkrachten in 2023-2024 hoe ze het lezen van '
           'informatieve bronnen modelleren en begeleiden (vier teambijeenkomsten met de taal- en leescoördinator). '
           'Ons doel is dat in 2026 en 2027 minstens 65% van de kinderen in groep 8 het niveau 2F lezen haalt '
           '(2023: 58%), terwijl 1F lezen op of boven 95% blijft. We verwachten van al onze kinderen dat ze '
           'meer kunnen dan ze zelf denken.')
    h(doc, '9.4 Ouders begrijpen wat hun kind leert', 2)
    p(doc, 'Het nieuwe portfolio en de themabrief zijn in 2023-2024 ingevoerd. In 2024-2025 werkt elke groep per '
           'thema met minstens één ouderdeskundige. In de tevredenheidspeiling van 2026 vindt minstens 80% van de '
           'ouders de informatie over de ontwikkeling van hun kind duidelijk (2022: 61%).')
    h(doc, '9.5 Een team dat blijft leren', 2)
    p(doc, 'Eind 2025 hebben alle leerkrachten de OGO-basiscursus gevolgd. Beide zij-instromers zijn uiterlijk in '
           '2025 bevoegd. Vanaf 2023-2024 doorloopt iedere medewerker elk jaar de volledige gesprekkencyclus. De '
           'leerlijn digitale geletterdheid is in juni 2024 klaar en vanaf 2024-2025 in gebruik in alle '
           'bovenbouwgroepen. Het schoolondersteuningsprofiel is in 2024 herzien, en in 2024 hebben we met '
           'De Zandzegge vier gezamenlijke thema’s per jaar voor peuters en kleuters.')


def hoofdstuk10(doc):
    h(doc, '10. Totstandkoming en vaststelling')
    p(doc, 'Dit plan is geschreven door de directeur en de adjunct-directeur, op basis van de drie studiedagen met '
           'het team, het gesprek met de kinderraad en een ouderavond op 21 maart 2023, waar 38 ouders meepraatten '
           'over communicatie en het portfolio.')
    p(doc, 'De MR heeft het concept besproken in de vergaderingen van 15 maart en 24 mei 2023. De MR gaf '
           'waardevolle opmerkingen, onder meer over de leesbaarheid voor ouders en over de haalbaarheid van de '
           'planning in groep 3-4; die hebben we verwerkt. Het definitieve plan leggen we na de zomervakantie, in '
           'de vergadering van september 2023, ter instemming aan de MR voor. Daarna wordt het door het College '
           'van Bestuur van ASG vastgesteld.')
    doc.add_paragraph()
    tabel(doc, ['', 'Naam', 'Datum', 'Handtekening'], [
        ['Directeur', 'Femke Aukema-Ruiter', '', ''],
        ['Namens de MR', '', '', ''],
        ['Namens het College van Bestuur ASG', '', '', ''],
    ])


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    stijl = doc.styles['Normal']
    stijl.font.name = 'Calibri'
    stijl.font.size = Pt(11)

    cp = doc.core_properties
    cp.title = 'Schoolplan De Rietkraag 2023-2027'
    cp.subject = 'Schoolplan'
    cp.author = 'Femke Aukema-Ruiter'
    cp.last_modified_by = 'Femke Aukema-Ruiter'
    cp.language = 'nl-NL'
    cp.keywords = ''
    cp.comments = ''
    cp.revision = 7
    cp.created = datetime.datetime(2023, 5, 2, 9, 14, 0)
    cp.modified = datetime.datetime(2023, 6, 19, 16, 42, 0)
    cp.last_printed = datetime.datetime(2023, 6, 19, 16, 45, 0)

    _paginanummer(doc)
    voorblad(doc)
    woord_vooraf(doc)
    hoofdstuk1(doc)
    hoofdstuk2(doc)
    hoofdstuk3(doc)
    hoofdstuk4(doc)
    hoofdstuk5(doc)
    hoofdstuk6(doc)
    hoofdstuk7(doc)
    hoofdstuk8(doc)
    hoofdstuk9(doc)
    hoofdstuk10(doc)
    doc.save(path)


if __name__ == '__main__':
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else 'plan_145_ogo_de_rietkraag.docx')
