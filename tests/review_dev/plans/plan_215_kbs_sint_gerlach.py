# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Katholieke basisschool Sint Gerlach (Almere Buiten).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 5, 9, 30, 0)
ZIP_DATUM = (2025, 6, 5, 9, 30, 0)


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    styles = doc.styles.element
    dd = styles.find(qn("w:docDefaults"))
    if dd is None:
        dd = OxmlElement("w:docDefaults")
        styles.insert(0, dd)
    rprd = dd.find(qn("w:rPrDefault"))
    if rprd is None:
        rprd = OxmlElement("w:rPrDefault")
        dd.insert(0, rprd)
    rpr = rprd.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rprd.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan 2025-2029 Sint Gerlach  |  pagina ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(einde)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _deterministisch(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for naam, data in items:
            info = zipfile.ZipInfo(naam, date_time=ZIP_DATUM)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---------------------------------------------------------------- inhoud
VOORWOORD = [
    "Voor u ligt het schoolplan van Sint Gerlach voor de schooljaren 2025-2026 tot en met 2028-2029. "
    "Het vervangt het plan 2021-2025, dat we in het voorjaar van 2025 met het team hebben geëvalueerd. "
    "Twee conclusies uit die evaluatie hebben dit plan gevormd. De woordenschataanpak die we in 2022 "
    "zijn begonnen werkt, maar nog niet in elke groep even goed. En we bereiken ouders beter dan vier "
    "jaar geleden, maar nog lang niet allemaal.",
    "Bij het schrijven was de koers van ons bestuur, de Almeerse Scholen Groep (ASG), onze leidraad. "
    "ASG geeft bij haar kernwaarden en vensters een reeks vragen die elke school voor zichzelf moet "
    "beantwoorden. Op de studiedagen van 8 januari en 19 maart 2025 hebben we die vragen met het hele "
    "team besproken. We hebben ze in onze eigen woorden gezet, omdat collega's dan makkelijker een "
    "antwoord vonden. Die vragen zijn de kopjes van hoofdstuk 3. Niet elke vraag kreeg evenveel "
    "aandacht: over taal en over ouders hadden we veel te zeggen, over andere onderwerpen minder. Dat "
    "ziet u terug in de lengte van de antwoorden.",
    "Ouders dachten mee in het ouderpanel (twee avonden, met tolken Arabisch en Turks). De "
    "leerlingenraad vertelde wat er volgens de kinderen beter kan op het plein en in de klas. De "
    "medezeggenschapsraad heeft het plan op 3 juni 2025 besproken en ermee ingestemd (zie hoofdstuk 5).",
    "Ramón Kortekaas, directeur",
]

PROFIEL = [
    ("Naam", "Katholieke basisschool Sint Gerlach"),
    ("BRIN", "31GK"),
    ("Plaats", "Almere Buiten, Stripheldenbuurt"),
    ("Bestuur", "Almeerse Scholen Groep (ASG)"),
    ("Denominatie", "Rooms-katholiek"),
    ("Directeur", "Ramón Kortekaas"),
    ("Intern begeleiders", "Samira el Boukili (groep 1-4), Wendy Hoogeveen (groep 5-8)"),
    ("Leerlingen (1 oktober 2024)", "312, verdeeld over 13 groepen"),
    ("Schoolweging (CBS, 2024)", "37,6 (landelijk gemiddelde is 30)"),
    ("Peuteropvang in het gebouw", "Partou, twee VVE-groepen"),
    ("Planperiode", "1 augustus 2025 tot en met 31 juli 2029"),
]

CONTEXT = [
    "Sint Gerlach staat midden in de Stripheldenbuurt, een wijk met veel sociale huurwoningen en veel "
    "gezinnen die nog niet lang in Nederland wonen. Op onze school worden 27 talen gesproken. Na het "
    "Nederlands zijn dat vooral Arabisch, Turks, Papiaments, Twi, Pools en Tigrinya. Bij 58 procent van "
    "de kinderen wordt thuis vooral een andere taal dan Nederlands gesproken. Bij de screening in groep 1 "
    "blijkt ieder jaar dat ongeveer een op de vijf kleuters een taalachterstand van meer dan een jaar "
    "heeft. In de afgelopen drie schooljaren kwamen 31 kinderen bij ons binnen na een periode in de "
    "nieuwkomersvoorziening. Ongeveer 14 procent van de leerlingen wisselt in de loop van een jaar van "
    "school, meestal door een verhuizing.",
    "Ongeveer 38 procent van onze gezinnen is katholiek of christelijk, 41 procent is islamitisch en de "
    "rest heeft een andere of geen godsdienst. Ouders kiezen onze school vaak omdat die dichtbij is en "
    "omdat broertjes en zusjes er ook zitten. Veel ouders zeggen ook dat ze het prettig vinden dat er "
    "op school over geloof gepraat wordt.",
    "De opbrengsten zijn de laatste jaren redelijk stabiel. Bij de doorstroomtoets van 2024 haalde 91 "
    "procent van de kinderen in groep 8 het niveau 1F voor lezen en 44 procent het niveau 2F. Voor "
    "taalverzorging was dat 96 en 59 procent, voor rekenen 88 procent (1F) en 27 procent (1S). Alle "
    "percentages liggen boven de signaleringswaarden die de inspectie voor onze schoolweging hanteert. "
    "Bij het laatste inspectiebezoek (oktober 2022) kreeg de school een basisarrangement; het onderdeel "
    "zicht op ontwikkeling werd als sterk punt genoemd, de afstemming in de instructie als "
    "verbeterpunt.",
]

# Hoofdstuk 3: (paragraaftitel, intro, [(vraag, [alinea's of ('opsomming', [...])])])
HOOFDSTUK3 = [
    (
        "3.1 Thuis voelen op Sint Gerlach",
        "Bij ASG heet deze kernwaarde 'Gezien worden'. Voor ons komt het neer op thuis voelen: wie hier "
        "binnenkomt, moet merken dat hij welkom is, ook als hij nog geen Nederlands spreekt.",
        [
            (
                "Hoe merkt een nieuw gezin vanaf de eerste dag dat het welkom is?",
                [
                    "Elk nieuw gezin heeft een intakegesprek met de intern begeleider en de leerkracht van "
                    "de groep waarin het kind komt. Als dat nodig is, schakelen we een tolk in via de "
                    "tolkentelefoon of vragen we een ouder die dezelfde taal spreekt. Ouders krijgen een "
                    "welkomstmap in eenvoudig Nederlands met foto's van het gebouw, de leerkracht, de "
                    "ouderkamer en de belangrijkste afspraken. Sinds januari 2025 is die map ook vertaald "
                    "in het Arabisch, Turks, Engels, Pools, Tigrinya en Twi.",
                    "Sinds dit schooljaar werken we met taalmaatjes onder de ouders. Een ouder die "
                    "al langer op school is, belt in de eerste weken met een nieuw gezin dat dezelfde taal "
                    "spreekt, loopt een keer mee naar de ouderkamer en legt uit hoe Parro werkt. Er staan "
                    "nu 14 ouders op de lijst. We willen dat in 2026 voor elke grote taalgroep minstens "
                    "twee taalmaatjes beschikbaar zijn.",
                    "Kinderen krijgen de eerste zes weken een klasgenoot als maatje. Elke ochtend staat de "
                    "leerkracht bij de deur van het lokaal en begroet ieder kind bij naam. Van 8.20 tot "
                    "8.30 uur is er inloop, zodat ouders mee de klas in kunnen en de leerkracht even "
                    "kunnen spreken. In de hal hangt een welkomstbord in alle talen van de school, "
                    "gemaakt door de kinderen van groep 6.",
                    "Kinderen die uit de nieuwkomersvoorziening komen, krijgen een zachte landing. De "
                    "eerste vier weken krijgen zij vier keer per week een half uur extra NT2-les van de "
                    "onderwijsassistent. Na zes weken is er een gesprek met ouders over hoe het gaat.",
                    "Ook bezoekers die voor het eerst binnenkomen, moeten zich welkom voelen. Onze "
                    "conciërge vangt hen op bij de ingang en brengt hen naar de juiste plek. Nieuwe ouders "
                    "vullen na zes weken een korte vragenlijst in; op de vraag 'ik voel me welkom op "
                    "school' scoren we nu gemiddeld een 7,9. Die score willen we minstens vasthouden.",
                ],
            ),
            (
                "Hoe maken we ruimte voor verschillen, bij kinderen en bij collega's?",
                [
                    "In elke groep geven we instructie op drie niveaus, maar de groepjes liggen niet vast. "
                    "Na elke toetsperiode kijken leerkracht en intern begeleider opnieuw wie welke "
                    "instructie nodig heeft. Voor de taalzwakke kinderen doen we aan pre-teaching: de "
                    "onderwijsassistent behandelt de woorden van een les al een dag van tevoren met een "
                    "klein groepje. Kinderen die meer aankunnen, gaan vanaf groep 5 een ochtend per week "
                    "naar de plusgroep 'Denkwerk'. Daar werken ze aan onderzoeksopdrachten en "
                    "filosofielessen.",
                    "Vanaf groep 4 voert de leerkracht twee keer per jaar, in oktober en in maart, een "
                    "kindgesprek met ieder kind: wat gaat goed, wat vind je moeilijk, wat heb je van mij "
                    "nodig? De afspraken komen in ParnasSys, zodat de volgende leerkracht ze ook kent.",
                    "Ook collega's verschillen: in levensfase, in thuissituatie en in wat ze aankunnen. Bij "
                    "de formatie houden we rekening met mantelzorg en jonge kinderen; collega's met "
                    "mantelzorgtaken plannen we bijvoorbeeld niet in voor de vroege pleinwacht. In het "
                    "jaargesprek vragen we iedere medewerker naar zijn of haar werkdruk en wensen. Drie "
                    "keer per jaar bespreken directie en personeelsgeleding van de MR de werkdruk in het "
                    "team.",
                ],
            ),
            (
                "Hoe laten we ouders en kinderen meepraten?",
                [
                    "De leerlingenraad (acht kinderen uit groep 5 tot en met 8) vergadert zes keer per "
                    "jaar met de directeur. Het ouderpanel komt twee keer per jaar bij elkaar, met tolken.",
                ],
            ),
        ],
    ),
    (
        "3.2 Open en eerlijk, ook als het lastig is",
        "",
        [
            (
                "Hoe gaan we met elkaar om?",
                [
                    "Sinds 2019 zijn we een Vreedzame School. Elke week is er een les uit de methode, en "
                    "in groep 7 en 8 worden ieder jaar twaalf kinderen opgeleid tot mediator. Zij helpen "
                    "in de pauzes bij ruzies op het plein. Bij de afspraken hoort ook dat we elkaar "
                    "aanspreken op toon en taal: niet schreeuwen, niet uitlachen, geen scheldwoorden in "
                    "welke taal dan ook.",
                    "Als er een conflict met ouders is, voeren we binnen twee werkdagen een gesprek, met "
                    "een tolk als dat nodig is. In het team spreken we af dat we het tegen elkaar zeggen en "
                    "niet over elkaar. In de teamvergadering van september bespreken we elk jaar opnieuw "
                    "hoe dat gaat.",
                ],
            ),
            (
                "Hoe zorgen we dat ouders ons begrijpen?",
                [
                    "Dit was tijdens de studiedag het onderwerp met de meeste post-its. Veel ouders lezen "
                    "nog geen Nederlands of lezen het moeizaam. Een brief van twee kantjes bereikt hen "
                    "niet. Daarom hebben we deze afspraken gemaakt:",
                    (
                        "opsomming",
                        [
                            "De nieuwsbrief verschijnt om de twee weken via Parro, is niet langer dan één "
                            "A4 en is geschreven op taalniveau B1. Bij elk onderwerp staat een pictogram. "
                            "Ouders kunnen in Parro de vertaalknop gebruiken; bij de intake laten we zien "
                            "hoe dat werkt.",
                            "Belangrijke zaken, zoals een toestemmingsformulier of de schoolreis, leggen "
                            "we ook mondeling uit: bij de deur, in de ouderkamer of met een belrondje van "
                            "de oudercontactfunctionaris.",
                            "Bij de tien-minutengesprekken en de adviesgesprekken in groep 8 is altijd een "
                            "tolk beschikbaar. Ouders geven dat vooraf aan op het intekenformulier.",
                            "Er is een jaarkalender met plaatjes en een korte schoolgids, 'Sint Gerlach in "
                            "tien plaatjes', naast de volledige schoolgids.",
                            "Toetsresultaten bespreken we met ouders aan de hand van de groeikaart van "
                            "hun kind. We leggen uit wat de cijfers betekenen en wat we gaan doen. Ouders "
                            "krijgen geen lijst met scores mee zonder gesprek.",
                        ],
                    ),
                    "Het ouderpanel beoordeelt één keer per jaar de nieuwsbrief en de brieven van dat "
                    "jaar. In 2024 gaf het panel een 6,8 voor 'ik begrijp wat de school mij vertelt'. In "
                    "2027 willen we minstens een 7,5.",
                ],
            ),
            (
                "Katholiek in een wijk met veel geloven: hoe doen we dat?",
                [
                    "We zijn een katholieke school, en dat laten we merken. Elke dag begint met een "
                    "moment uit Trefwoord. De grote vieringen, zoals Kerstmis en Pasen, houden we met de "
                    "hele school in de gymzaal; de pastor van de parochie komt drie keer per jaar. We "
                    "vertellen de verhalen uit de Bijbel en vragen kinderen naar de verhalen van thuis. "
                    "Rond het Suikerfeest, Divali en Chanoeka vertellen kinderen in de klas over hun eigen "
                    "feest. Bij de intake leggen we ouders uit wat hun kind bij ons meemaakt, zodat niemand "
                    "verrast wordt. Zo kijken we met open ogen naar de achtergrond van elk gezin, zonder "
                    "onze eigen identiteit weg te stoppen.",
                ],
            ),
        ],
    ),
    (
        "3.3 Vernieuwen",
        "",
        [
            (
                "Hoe kijken we naar vernieuwing?",
                [
                    "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze "
                    "profilering. Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs "
                    "eigentijds inhoud te geven. Wij geven gericht inhoud aan ons onderwijs langs de drie "
                    "horizonten van onze innovatiestrategie (continue veranderingen, fundamentele "
                    "veranderingen, radicale veranderingen).",
                ],
            ),
        ],
    ),
    (
        "3.4 De lat",
        "",
        [
            (
                "Wat verwachten we van onszelf en van de kinderen?",
                [
                    "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn intrinsiek "
                    "gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. Wij geven altijd "
                    "het beste van onszelf.",
                ],
            ),
        ],
    ),
    (
        "3.5 Goed onderwijs voor elk kind",
        "",
        [
            (
                "Wat leren de kinderen bij ons, en waarom weegt taal zo zwaar?",
                [
                    "Ons onderwijsprogramma dekt alle kerndoelen van het primair onderwijs. We werken met "
                    "methodes die de referentieniveaus volgen: Kleuterplein in groep 1-2, Veilig leren "
                    "lezen (KIM-versie) in groep 3, Estafette voor technisch lezen, Staal voor taal en "
                    "spelling, Nieuwsbegrip voor begrijpend lezen en Wereld in getallen 5 voor rekenen. "
                    "Voor wereldoriëntatie gebruiken we Blink Wereld, voor levensbeschouwing Trefwoord en "
                    "voor sociaal-emotionele ontwikkeling De Vreedzame School. Een vakleerkracht muziek "
                    "geeft tot de zomer van 2026 wekelijks les in alle groepen, betaald uit de subsidie "
                    "Impuls Muziekonderwijs. Daarna bekijken we of we dat zelf kunnen voortzetten.",
                    "Taal krijgt bij ons meer tijd dan op de meeste scholen. In groep 3 tot en met 8 "
                    "besteden we acht uur per week aan taal en lezen. Daarvan gaat twee en een half uur "
                    "naar woordenschat met LOGO 3000: vier lessen per week, met themawoorden die op de "
                    "themamuur in de klas hangen en in een woordenmap mee naar huis gaan. Rekenen krijgt "
                    "vijf uur per week. In elke rekenles staan de rekenwoorden van die week op het bord, "
                    "omdat veel fouten van onze kinderen geen rekenfouten zijn maar taalfouten.",
                    "De kleuters werken met dezelfde LOGO 3000-thema's als de peutergroepen van Partou in "
                    "ons gebouw. De pedagogisch medewerkers en de kleuterleerkrachten plannen de thema's "
                    "samen, vier keer per jaar. Elke peuter die naar groep 1 gaat, wordt warm overgedragen: "
                    "een gesprek tussen pedagogisch medewerker, leerkracht en ouder.",
                    "De thema's kiezen we zo dat ze aansluiten bij wat kinderen in hun eigen wijk "
                    "meemaken: de markt, de bus, de huisarts, het winkelcentrum, de moskee en de kerk. Bij "
                    "elk thema hoort een uitstapje in de buurt, zodat de nieuwe woorden ergens aan vastzitten. "
                    "Kinderen die weinig buiten Almere Buiten komen, gaan in groep 5 en 7 ook mee naar het "
                    "Rijksmuseum en de Oostvaardersplassen; die uitjes betaalt de school.",
                    "Elke dag lezen alle kinderen van groep 3 tot en met 8 twintig minuten vrij. De "
                    "schoolbibliotheek is onderdeel van de Bibliotheek op school: een leesconsulent van de "
                    "Nieuwe Bibliotheek is een dag per week bij ons, helpt kinderen een boek kiezen en "
                    "geeft leerkrachten tips. In groep 1 tot en met 4 lezen we dagelijks interactief voor.",
                    "Een kind dat thuis een andere taal spreekt, is niet minder slim. Dat klinkt "
                    "vanzelfsprekend, maar we merkten bij de evaluatie dat we bij de adviezen voor het "
                    "voortgezet onderwijs toch vaak voorzichtig waren. Vanaf 2025-2026 doen we het "
                    "anders. Het voorlopig advies in juni van groep 7 en het definitieve advies in januari "
                    "van groep 8 baseren we op het hele beeld van het kind: werkhouding, rekenen, "
                    "redeneren en leergroei, niet alleen op de taaltoets. Twijfelen we tussen twee "
                    "niveaus, dan kiezen we het hogere advies en bespreken we met de vo-school wat het "
                    "kind nodig heeft. Valt de doorstroomtoets hoger uit dan het advies, dan heroverwegen "
                    "we het advies altijd met ouders en kind. In 2024 kreeg 48 procent van onze leerlingen "
                    "een advies vmbo-gt of hoger; we verwachten dat dit in 2029 minstens 55 procent is.",
                ],
            ),
            (
                "Hoe weten we wat een kind nodig heeft?",
                [
                    "Bij kleuters volgen we de ontwikkeling met KIJK!. Bij kinderen die als nieuwkomer of "
                    "zonder peuteropvang instromen, nemen we binnen zes weken de Taaltoets Alle Kinderen "
                    "af. Vanaf groep 3 maken kinderen in januari en juni de toetsen van Leerling in Beeld. "
                    "Drie keer per jaar is er een groepsbespreking tussen leerkracht en intern "
                    "begeleider. Daarin bespreken we toetsgegevens, observaties en de kindgesprekken. "
                    "Voor de kinderen met de grootste taalachterstand houden we per thema bij hoeveel "
                    "themawoorden ze beheersen, met de woordtoets van LOGO 3000.",
                ],
            ),
            (
                "Wat kunnen we bieden, en wat niet?",
                [
                    "In ons schoolondersteuningsprofiel (SOP) staat wat we kinderen kunnen bieden. We "
                    "actualiseren het vóór 1 oktober 2025 en bespreken het daarna elk jaar met de MR en "
                    "met de consulent van het samenwerkingsverband Passend Onderwijs Almere.",
                    "Tot onze basisondersteuning horen extra NT2-begeleiding, het dyslexieprotocol, "
                    "rekenondersteuning met Met Sprongen Vooruit en de weerbaarheidstraining Rots en "
                    "Water voor groep 6. Schoolmaatschappelijk werk van De Schoor is acht uur per week "
                    "in school. Een logopediepraktijk behandelt kinderen in ons gebouw, zodat ouders niet "
                    "hoeven te reizen. Voor ongeveer zes kinderen per jaar vragen we een arrangement aan "
                    "bij het samenwerkingsverband.",
                    "Er zijn ook grenzen. Kinderen die de hele dag één-op-één begeleiding nodig hebben "
                    "vanwege ernstig gedrag, of die intensieve medische zorg nodig hebben, kunnen we niet "
                    "goed helpen. Dan zoeken we samen met ouders en het samenwerkingsverband een plek in "
                    "het speciaal basisonderwijs of speciaal onderwijs in Almere. Daarbij blijven we "
                    "betrokken tot het kind op de nieuwe school is begonnen.",
                ],
            ),
            (
                "Hoe leren kinderen bij ons samenleven?",
                [
                    "Burgerschap zit bij ons voor een groot deel in De Vreedzame School. Die methode "
                    "heeft een leerlijn over democratie, conflicten oplossen, verantwoordelijkheid en "
                    "verschillen tussen mensen. Daarnaast doen we drie dingen. De leerlingenraad beslist "
                    "echt mee over een deel van het budget voor het plein: 2.000 euro per jaar. Groep 7 "
                    "bezoekt elk voorjaar het stadhuis en bereidt een voorstel voor de wijk voor, dat "
                    "de kinderen aan een raadslid presenteren. Groep 6 adopteert elk jaar een stuk van de "
                    "wijk en houdt het samen met buurtbewoners schoon. In Trefwoord komen identiteit en "
                    "diversiteit wekelijks terug. De burgerschapsleerlijn staat per leerjaar uitgeschreven "
                    "in ons curriculumdocument; in 2026 evalueren we hem met het team.",
                ],
            ),
            (
                "Hoe blijft Sint Gerlach een veilige school?",
                [
                    "We hebben een veiligheidsplan dat elk jaar in september wordt doorgenomen. Wendy "
                    "Hoogeveen is anti-pestcoördinator en aanspreekpunt voor kinderen en ouders. De "
                    "sociale veiligheid meten we jaarlijks met de leerlingvragenlijst van WMK (groep 5 "
                    "tot en met 8) en met ZIEN! in alle groepen. In 2024 gaf 89 procent van de kinderen "
                    "aan zich veilig te voelen op school. Kinderen noemden vooral het hoekje achter de "
                    "fietsenstalling en de toiletten bij de gymzaal. Daarom staan er sinds januari 2025 "
                    "vier pleinwachten in plaats van drie, en is er tijdens de pauze altijd iemand bij de "
                    "toiletten. We werken met de meldcode huiselijk geweld en kindermishandeling en "
                    "oefenen twee keer per jaar de ontruiming.",
                ],
            ),
            (
                "Hoe weten we of we het goed doen?",
                [
                    "We werken in een vaste jaarcyclus. In september stellen we het jaarplan vast, met "
                    "doelen die uit dit schoolplan komen. In februari doen we een tussenevaluatie met het "
                    "team en de MR, en in juli schrijven we het jaarverslag. Twee keer per jaar, na de "
                    "toetsperiodes van januari en juni, analyseren we de opbrengsten met het hele team: "
                    "per groep, per vak en per jaargroep door de jaren heen.",
                    "Directie en intern begeleiders leggen bij elke leerkracht minstens twee "
                    "klassenbezoeken per jaar af, met de kijkwijzer 'taalrijke les' die we in 2024 zelf "
                    "hebben gemaakt. Met de kwaliteitskaarten van WMK-PO toetsen we elke standaard uit "
                    "het inspectiekader minstens één keer in deze planperiode. Ouders, leerlingen en "
                    "medewerkers vullen om de twee jaar een tevredenheidsvragenlijst in (2026 en 2028). "
                    "Over de resultaten rapporteren we elk kwartaal aan het bestuur. In het voorjaar van "
                    "2027 voeren we met het bestuur een kwaliteitsgesprek over de tussenstand van dit plan.",
                ],
            ),
        ],
    ),
    (
        "3.6 Een team dat het volhoudt",
        "",
        [
            (
                "Wat heeft ons team nodig om het vol te houden?",
                [
                    "Werken op Sint Gerlach is mooi en zwaar. Het ziekteverzuim was in 2024 7,4 procent, "
                    "hoger dan het ASG-gemiddelde. Uit de gesprekken met het team blijkt dat vooral de "
                    "vele gesprekken met ouders en de grote verschillen in de groepen energie kosten. We "
                    "zetten de werkdrukmiddelen daarom in voor twee onderwijsassistenten, die het NT2-werk "
                    "in kleine groepjes overnemen. Er is een stille werkplek in het oude speellokaal. Bij "
                    "langer verzuim voert de directeur in de eerste week een gesprek en schakelen we "
                    "vroeg de bedrijfsarts in. Ons doel is een verzuim van hooguit 5,5 procent in 2028.",
                    "We willen ook dat collega's fit blijven, niet alleen dat ze minder ziek zijn. Elke "
                    "dinsdag na schooltijd is er een uur sport in de gymzaal met de buurtsportcoach van De "
                    "Schoor; daar doen nu elf collega's aan mee. Collega's vanaf 57 jaar bespreken in het "
                    "jaargesprek hoe ze de regeling duurzame inzetbaarheid willen gebruiken, zodat ze het "
                    "werk ook de laatste jaren goed volhouden.",
                ],
            ),
            (
                "Hoe blijven we leren?",
                [
                    "In 2025-2026 volgt het hele team de scholing 'Taalsteun in elke les' van het "
                    "Expertisecentrum Nederlands: vijf bijeenkomsten en twee klassenbezoeken per "
                    "leerkracht. In 2026-2027 volgt een traject over leesmotivatie, samen met de "
                    "leesconsulent. De intern begeleiders volgen in 2025 de leergang voor intern "
                    "begeleiders van de ASG Academie. Daarnaast volgt iedere leerkracht per jaar minstens "
                    "één training, afgesproken in het jaargesprek.",
                ],
            ),
            (
                "Hoe helpen we collega's die nog niet bevoegd zijn?",
                [
                    "Twee collega's werken als zij-instromer in groep 4 en groep 6 en volgen de "
                    "deeltijdopleiding van Windesheim in Almere. Zij hebben elk een mentor met twee uur "
                    "per week begeleidingstijd en een vrije studiedag per maand. Beiden moeten vóór "
                    "augustus 2027 hun bevoegdheid halen. Daarnaast leiden we elk jaar vier pabostudenten "
                    "op.",
                ],
            ),
            (
                "En het gesprek over ieders ontwikkeling?",
                [
                    "Iedere medewerker heeft jaarlijks een startgesprek (oktober), minstens één "
                    "klassenbezoek en een jaargesprek (mei). De afspraken komen in het digitale "
                    "personeelsdossier.",
                ],
            ),
        ],
    ),
    (
        "3.7 Over de schoolgrens: de andere scholen van ASG",
        "",
        [
            (
                "Wat hebben we aan de andere scholen van ASG?",
                [
                    "Dat merken onze kinderen vooral bij de overstap naar het voortgezet onderwijs. "
                    "Op de informatieavond in groep 7 laten we ouders het hele aanbod van de ASG-scholen "
                    "voor voortgezet onderwijs in Almere zien, van praktijkonderwijs tot gymnasium. Alle "
                    "kinderen van groep 8 lopen in november een dag mee op twee ASG-scholen in Almere "
                    "Buiten. Voor elk kind is er in juni een warme overdracht met de nieuwe mentor. Wat we "
                    "verder met andere ASG-scholen willen doen, werken we in deze periode nog uit.",
                ],
            ),
        ],
    ),
    (
        "3.8 Samen met ouders en de wijk",
        "",
        [
            (
                "Welke rol hebben ouders bij het leren van hun kind?",
                [
                    "Ouders zijn de eerste leraren van hun kind, ook als ze zelf weinig Nederlands "
                    "spreken. De taal van thuis is geen probleem: wie in het Arabisch of Turks goed leert "
                    "praten en voorlezen, leert ook makkelijker Nederlands. Dat vertellen we ouders bij de "
                    "intake en laten we ze ook merken.",
                    (
                        "opsomming",
                        [
                            "De ouderkamer is drie ochtenden per week open. Oudercontactfunctionaris "
                            "Fatima Azzouzi organiseert er koffieochtenden over opvoeding, lezen en het "
                            "schoolsysteem.",
                            "De peuters van Partou en de kleuters krijgen thuisactiviteiten mee bij elk "
                            "thema. Woordkaarten van LOGO 3000 gaan mee naar huis, met de vertaling in de "
                            "thuistaal.",
                            "Elk schooljaar begint met een startgesprek van ouder, kind en leerkracht. In "
                            "2024 kwam 55 procent van de ouders; in 2027 willen we 80 procent bereiken. "
                            "Ouders die niet komen, belt de leerkracht zelf.",
                            "Met de VoorleesExpress krijgen jaarlijks twaalf gezinnen twintig weken lang "
                            "een vrijwillige voorlezer aan huis.",
                            "Ouders die zelf beter Nederlands willen leren, verwijzen we naar het Taalhuis "
                            "van de bibliotheek. Sinds 2024 is er op dinsdagochtend een taalgroep in onze "
                            "ouderkamer.",
                        ],
                    ),
                ],
            ),
            (
                "Wat doet de MR?",
                [
                    "De MR (drie ouders, drie medewerkers) stemde op 3 juni 2025 in met dit plan. We "
                    "betrekken de MR vroeg bij voorgenomen besluiten, niet pas als er iets vastligt: bij "
                    "de formatie, bij de besteding van de werkdrukmiddelen en bij de aanpassing van de "
                    "adviesprocedure voor groep 8.",
                ],
            ),
            (
                "Met wie werken we samen in de wijk?",
                [
                    "We werken samen met Partou (peuteropvang en buitenschoolse opvang in ons gebouw), de "
                    "Nieuwe Bibliotheek (Bibliotheek op school en het Taalhuis), De Schoor "
                    "(schoolmaatschappelijk werk en sportbuurtwerk), het sociaal wijkteam van Almere "
                    "Buiten, Stichting Leergeld Almere en onze parochie. Op dinsdag en donderdag is er "
                    "na schooltijd een verlengde schooldag met sport, techniek en koken; die betalen we "
                    "uit het programma School en Omgeving. Twee keer per jaar zitten we met De Schoor, het "
                    "wijkteam en Partou om tafel om gezinnen die zorgen hebben vroeg in beeld te krijgen.",
                ],
            ),
        ],
    ),
]

DOELEN_KOP = ["Nr", "Doel", "Meetbaar / merkbaar", "Wanneer", "Eigenaar", "Koppeling koers"]
DOELEN = [
    ("1", "Woordenschatonderwijs met LOGO 3000 is in alle groepen op hetzelfde niveau.",
     "Per thema beheerst 80% van de kinderen minstens 80% van de themawoorden (woordtoets LOGO 3000). "
     "Nu: 64%.",
     "2025-2027", "Taalcoördinator Josien Vlaskamp",
     "Venster 1: onderwijs passend bij de belevingswereld; zicht op wat leerlingen nodig hebben"),
    ("2", "Betere resultaten begrijpend lezen.",
     "Doorstroomtoets: 1F lezen van 91% naar minstens 95%, 2F van 44% naar minstens 50%.",
     "2029", "Directeur en IB", "Venster 1: kwaliteit op orde"),
    ("3", "Kansrijk adviseren in groep 8.",
     "Advies vmbo-gt of hoger van 48% naar minstens 55%; bij een hogere toetsuitslag wordt elk advies "
     "heroverwogen.",
     "vanaf 2025-2026", "Leerkrachten groep 7-8, IB", "Ambitieus: hoge verwachtingen"),
    ("4", "Meer ouders betrokken bij het leren van hun kind.",
     "Startgesprek: opkomst van 55% naar 80%. Taalmaatjes voor elke grote taalgroep.",
     "2027", "Oudercontactfunctionaris", "Venster 4: ouders betrokken bij het leerproces"),
    ("5", "Begrijpelijke communicatie met ouders.",
     "Ouderpanel: 'ik begrijp wat de school mij vertelt' van 6,8 naar minstens 7,5.",
     "2027", "Directeur", "Open: transparante en toegankelijke communicatie"),
    ("6", "Kinderen voelen zich veilig op school.",
     "WMK-leerlingvragenlijst: van 89% naar minstens 95% 'ik voel me veilig'.",
     "2026", "Anti-pestcoördinator", "Open: respectvol omgaan; Gezien worden"),
    ("7", "Lager ziekteverzuim in het team.",
     "Verzuim van 7,4% naar hooguit 5,5%.",
     "2028", "Directeur", "Venster 2: welbevinden van medewerkers"),
    ("8", "Zij-instromers halen hun bevoegdheid.",
     "Twee zij-instromers bevoegd.",
     "augustus 2027", "Mentoren, directeur", "Venster 2: onbevoegde leraren ondersteund"),
    ("9", "Actueel schoolondersteuningsprofiel.",
     "SOP vastgesteld en besproken met MR en samenwerkingsverband; daarna jaarlijks herzien.",
     "1 oktober 2025", "IB", "Venster 1: (zorg)profiel"),
    ("10", "Alle leerlingen van groep 8 kennen het vo-aanbod van ASG.",
     "Alle leerlingen lopen mee op twee ASG-scholen; warme overdracht voor 100% van de leerlingen.",
     "jaarlijks", "Leerkrachten groep 8", "Venster 3: divers en aansluitend aanbod"),
    ("11", "Kinderen oefenen met meebeslissen.",
     "Leerlingenraad besteedt jaarlijks 2.000 euro aan het plein; groep 7 presenteert een voorstel op het "
     "stadhuis.",
     "jaarlijks", "Coördinator Vreedzame School", "Eigen kleur (burgerschap)"),
]

VASTSTELLING = [
    "De medezeggenschapsraad van Sint Gerlach heeft op 3 juni 2025 ingestemd met dit schoolplan.",
    "Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan vastgesteld op 24 juni "
    "2025.",
]


# ---------------------------------------------------------------- opbouw
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    _paginanummer(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Sint Gerlach"
    cp.author = "R. Kortekaas"
    cp.last_modified_by = "R. Kortekaas"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 3

    # voorblad
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025 – 2029")
    r.bold = True
    r.font.size = Pt(28)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Katholieke basisschool Sint Gerlach")
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Elk woord telt")
    r.italic = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Almere Buiten  •  vastgesteld juni 2025")
    p.add_run().add_break(WD_BREAK.PAGE)

    # 1
    doc.add_heading("1. Hoe dit plan tot stand kwam", level=1)
    for t in VOORWOORD:
        doc.add_paragraph(t)

    # 2
    doc.add_heading("2. Onze school in het kort", level=1)
    _tabel(doc, ["Gegeven", "Sint Gerlach"], PROFIEL, breedtes=[5.5, 10.5])
    doc.add_heading("Leerlingen en wijk", level=2)
    for t in CONTEXT:
        doc.add_paragraph(t)

    # 3
    doc.add_heading("3. Onze vragen, onze antwoorden", level=1)
    doc.add_paragraph(
        "In dit hoofdstuk staan de vragen uit de koers van ASG, in onze eigen woorden. Per kernwaarde en "
        "per venster van ASG hebben we een paragraaf gemaakt. De titels van de paragrafen zijn van ons."
    )
    for titel, intro, vragen in HOOFDSTUK3:
        doc.add_heading(titel, level=2)
        if intro:
            doc.add_paragraph(intro)
        for vraag, blokken in vragen:
            doc.add_heading(vraag, level=3)
            for blok in blokken:
                if isinstance(blok, tuple):
                    for item in blok[1]:
                        doc.add_paragraph(item, style="List Bullet")
                else:
                    doc.add_paragraph(blok)

    # 4
    doc.add_heading("4. Onze doelen 2025-2029", level=1)
    doc.add_paragraph(
        "De doelen hieronder komen terug in de jaarplannen. In de laatste kolom staat bij welk deel van "
        "de ASG-koers een doel hoort. Doel 11 hoort bij geen enkel onderdeel van de koers; dat is onze "
        "eigen kleur."
    )
    sectie_l = doc.sections[-1]
    _tabel(doc, DOELEN_KOP, DOELEN, breedtes=[0.9, 3.6, 4.4, 2.0, 2.6, 3.0])

    # 5
    doc.add_heading("5. Instemming en vaststelling", level=1)
    for t in VASTSTELLING:
        doc.add_paragraph(t)
    _tabel(
        doc,
        ["Namens", "Naam", "Datum", "Handtekening"],
        [
            ("Medezeggenschapsraad", "Esra Yıldız, voorzitter", "3 juni 2025", ""),
            ("Directie", "Ramón Kortekaas", "3 juni 2025", ""),
            ("College van Bestuur ASG", "", "24 juni 2025", ""),
        ],
    )

    doc.save(path)
    _deterministisch(path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_215_kbs_sint_gerlach.docx")
