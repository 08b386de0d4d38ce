"""Schoolplan 2024-2028 van het Noorderplassen Lyceum (tweetalig havo/vwo, Almere Stad).

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


AANGEMAAKT = datetime.datetime(2024, 3, 11, 9, 0, 0)
GEWIJZIGD = datetime.datetime(2024, 6, 20, 16, 42, 0)

DONKERBLAUW = RGBColor(0x1F, 0x3A, 0x5F)


# ---------------------------------------------------------------- hulpfuncties

def _nederlands(doc):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.append(rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Noorderplassen Lyceum \u2013 Schoolplan 2024-2028 \u2013 ")
    r.font.size = Pt(8)
    r.font.color.rgb = DONKERBLAUW
    veld = p.add_run()
    veld.font.size = Pt(8)
    for soort, tekst in (("begin", None), (None, " PAGE "), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        veld._r.append(el)


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arcering(cel, kleur="D9E2F3"):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tabel(doc, kop, rijen, breedtes=None, grootte=9):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
        r.font.size = Pt(grootte)
        _arcering(cel)
    _kop_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(tekst)
            r.font.size = Pt(grootte)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _h(doc, tekst, niveau):
    return doc.add_heading(tekst, level=niveau)


def _opsomming(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


# ---------------------------------------------------------------- inhoud

def _titelpagina(doc):
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Noorderplassen Lyceum")
    r.font.size = Pt(30)
    r.bold = True
    r.font.color.rgb = DONKERBLAUW
    p = doc.add_paragraph()
    r = p.add_run("tweetalig havo en vwo \u00b7 Almere Stad")
    r.font.size = Pt(14)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 \u2013 2028")
    r.font.size = Pt(22)
    p = doc.add_paragraph()
    r = p.add_run("Twee talen, \u00e9\u00e9n school")
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(10):
        doc.add_paragraph()
    for regel in [
        "Looptijd: 1 augustus 2024 tot en met 31 juli 2028",
        "Brinnummer: 14KN",
        "Rector: drs. Thijmen Oudejans",
        "Conrector onderwijs: Sanne Brouwer MEd",
        "Onderdeel van de Almeerse Scholen Groep",
    ]:
        p = doc.add_paragraph()
        r = p.add_run(regel)
        r.font.size = Pt(10)
    doc.add_page_break()


def _inleiding(doc):
    _h(doc, "1. Inleiding en leeswijzer", 1)
    _p(doc, (
        "Dit schoolplan beschrijft hoe het Noorderplassen Lyceum in de periode 2024-2028 werkt aan goed "
        "onderwijs. Wij zijn een school van de Almeerse Scholen Groep en hebben ons plan opgebouwd langs de "
        "koers van ons bestuur: eerst de vier kernwaarden, daarna de vier vensters. Bij elk onderdeel "
        "beginnen we met wat wij als school nastreven en beschrijven we daarna, waar dat kan, wat dat op "
        "onze school betekent."
    ))
    _p(doc, (
        "Hoofdstuk 2 geeft een beeld van de school in cijfers. Hoofdstuk 3 beschrijft onze missie, visie en "
        "onze zes eigen ambities. In hoofdstuk 4 tot en met 8 volgen de kernwaarden en de vensters, met "
        "daarin ook ons onderwijsprogramma, burgerschap, veiligheid, ondersteuning, personeelsbeleid en "
        "kwaliteitszorg. Hoofdstuk 9 bevat onze doelen per venster in tabelvorm. Hoofdstuk 10 is een "
        "congruentietabel die laat zien hoe onze eigen ambities samenhangen met de koers. Het plan sluit af "
        "met de totstandkoming en vaststelling."
    ))


def _cijfers(doc):
    _h(doc, "2. De school in cijfers", 1)
    _p(doc, (
        "Het Noorderplassen Lyceum opende in 2001 als algemeen-bijzondere school voor havo en vwo in Almere "
        "Stad. Sinds 2006 bieden we tweetalig onderwijs (tto) aan; in 2016 kregen we het certificaat senior "
        "tto-school van Nuffic, dat in 2023 na visitatie met het oordeel \u2018goed\u2019 werd verlengd. "
        "Leerlingen kiezen bij aanmelding voor de tto-stroom of de Nederlandstalige stroom. Op 1 oktober 2023 "
        "telde de school 1.412 leerlingen en 128 medewerkers (104 fte), onder wie 92 docenten en 11 "
        "docenten met Engels als moedertaal."
    ))
    _tabel(doc, ["Afdeling", "tto", "Nederlandstalig", "Totaal"], [
        ["Onderbouw havo/vwo (klas 1-3)", "430", "290", "720"],
        ["Bovenbouw havo (4-5)", "120", "210", "330"],
        ["Bovenbouw vwo (4-6)", "170", "192", "362"],
        ["Totaal", "720", "692", "1.412"],
    ], breedtes=[6.5, 2.5, 3.5, 2.5])
    _p(doc, "De belangrijkste resultaten van de afgelopen drie jaar:")
    _tabel(doc, ["Indicator", "2021", "2022", "2023", "Norm / landelijk"], [
        ["Slaagpercentage havo", "88%", "83%", "84%", "landelijk ca. 88%"],
        ["Slaagpercentage vwo", "94%", "90%", "91%", "landelijk ca. 91%"],
        ["Onderbouwsnelheid", "96,4%", "95,8%", "96,1%", "boven norm"],
        ["Bovenbouwsucces havo", "80,1%", "78,6%", "79,2%", "net onder norm"],
        ["Bovenbouwsucces vwo", "86,0%", "84,7%", "85,3%", "boven norm"],
        ["Gemiddeld cijfer CE havo / vwo", "6,41 / 6,55", "6,30 / 6,47", "6,35 / 6,49", "boven norm"],
        ["Verschil SE-CE havo / vwo", "0,31 / 0,22", "0,42 / 0,29", "0,38 / 0,26", "binnen norm"],
    ], breedtes=[5.2, 2.2, 2.2, 2.2, 3.4])
    _p(doc, (
        "Bij het onderzoek van de inspectie naar het bestuur in 2022 zijn de onderzochte standaarden op onze "
        "school voldoende beoordeeld. Het zwakke punt in de cijfers is de havo-bovenbouw: het "
        "slaagpercentage ligt al twee jaar onder het landelijk gemiddelde en het bovenbouwsucces zakte onder "
        "de norm, vooral door zittenblijven in havo 4."
    ))


def _missie(doc):
    _h(doc, "3. Missie, visie en eigen ambities", 1)
    _p(doc, (
        "Samen met alle scholen van ons bestuur willen wij samen kleur geven aan goed onderwijs. Onze eigen "
        "opdracht formuleren we zo: wij leiden jonge mensen op die zich in twee talen thuis voelen in de "
        "wereld, en die verantwoordelijkheid nemen, dichtbij en ver weg."
    ))
    _p(doc, (
        "Onze visie rust op drie pijlers. Tweetaligheid: een tweede taal leer je het best door haar te "
        "gebruiken bij echte inhoud. Wereldburgerschap: wie de wereld wil begrijpen, moet haar ook "
        "ontmoeten, in Almere en daarbuiten. Eigenaarschap: leerlingen leren het meest als ze zelf "
        "keuzes maken en daarop worden aangesproken. Als algemeen-bijzondere school zijn we niet gebonden "
        "aan \u00e9\u00e9n levensbeschouwing; wat ons bindt, is deze pedagogische keuze."
    ))
    _p(doc, "Voor 2024-2028 hebben we zes eigen ambities geformuleerd:")
    _opsomming(doc, [
        "A1 Tweetaligheid met diepgang: tto is meer dan lessen in het Engels.",
        "A2 Iedere leerling op de goede plek: goed zicht op wat leerlingen nodig hebben, ook bij een overstap.",
        "A3 Sterk in de bovenbouw: de havo-resultaten omhoog.",
        "A4 Wereldburgers in Almere: burgerschap, ontmoeting en verscheidenheid.",
        "A5 Een gezonde, lerende organisatie: professionele ontwikkeling en werkplezier.",
        "A6 Ouders en partners dichtbij.",
    ])


def _kernwaarden(doc):
    _h(doc, "4. Onze kernwaarden", 1)
    _p(doc, (
        "De vier kernwaarden van ons bestuur vormen de basis waar wij als school voor staan en zijn "
        "inspiratiebron en leidraad voor alles wat we doen."
    ))

    _h(doc, "4.1 Gezien worden", 2)
    _p(doc, (
        "Onze cultuur is gastvrij, iedereen voelt zich welkom. Op onze school streven wij ernaar dat mensen "
        "van binnen en van buiten de school zich welkom voelen, ook de bezoeker die de school voor het eerst "
        "binnenloopt. Bij open dagen en voorlichtingsavonden ontvangen leerlingen uit 4 havo en 4 vwo de "
        "bezoekers als gastheer of gastvrouw; zij krijgen daarvoor een korte training van onze afdeling "
        "communicatie. Elke nieuwe brugklasser krijgt een leerlingmentor uit klas 4, die in de eerste zes "
        "weken wekelijks in de klas langskomt. Nieuwe medewerkers krijgen een buddy uit hun sectie en een "
        "inwerkprogramma van drie bijeenkomsten. In de zomer van 2025 wordt de entree verbouwd tot een open "
        "ontvangstruimte met een balie die de hele dag bemand is."
    ))
    _p(doc, (
        "Iedereen bij ons is waardevol en wordt gezien. Wij zien wat onze medewerkers en leerlingen nodig "
        "hebben en wat het beste voor hen is. Gezien worden staat voor een goede bejegening en voor "
        "gelijkwaardigheid in de verbinding die we met de ander aangaan."
    ))
    _p(doc, (
        "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers. Voor leerlingen is "
        "de mentor daarin de spil. In klas 1 tot en met 3 heeft iedere klas twee mentoruren per week; in de "
        "bovenbouw voert de mentor minstens drie individuele gesprekken per jaar met elke leerling. Na elke "
        "periode houden we per leerjaar een leerlingbespreking waarin mentor, teamleider en zorgco\u00f6rdinator "
        "de signalen uit Magister (cijfers, verzuim, notities) naast elkaar leggen. Vanaf 2024-2025 vullen "
        "alle leerlingen twee keer per jaar een korte welbevindenscheck in van acht vragen, die de mentor "
        "met hen bespreekt."
    ))

    _h(doc, "4.2 Open", 2)
    _p(doc, (
        "Wij gaan respectvol om met de mensen binnen en buiten de organisatie. Wij zijn open en eerlijk naar "
        "leerlingen, ouders, collega's en anderen met wie we samenwerken."
    ))
    _p(doc, (
        "In onze communicatie zijn we transparant en toegankelijk. Bij ons betekent dat: minder kanalen en "
        "vaste afspraken. Magister is het kanaal voor cijfers, verzuim en berichten van mentoren; het rooster "
        "staat in Zermelo; de tweewekelijkse nieuwsbrief Plassenpost brengt de algemene informatie. Toetsen "
        "worden binnen tien schooldagen nagekeken en in Magister gezet. Omdat ongeveer 8 procent van onze "
        "gezinnen geen of weinig Nederlands spreekt, verschijnen de nieuwsbrief en de belangrijkste brieven "
        "vanaf schooljaar 2024-2025 ook in het Engels. Vragen en klachten van ouders beantwoorden we binnen "
        "drie werkdagen."
    ))
    _p(doc, (
        "Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers. Wij staan open "
        "voor mensen met verschillende culturen, religies en achtergronden. Onze leerlingen hebben samen meer "
        "dan veertig nationaliteiten. Sinds 2022 is er een Gender & Sexuality Alliance (GSA) van leerlingen, "
        "die met steun van twee docenten Paarse Vrijdag en de Coming-outdag organiseert. In de lessen "
        "levensbeschouwing van klas 3 bezoeken leerlingen een kerk, een moskee en de synagoge van Almere, en "
        "tijdens de ramadan organiseert de leerlingenraad een iftar voor leerlingen, ouders en personeel."
    ))

    _h(doc, "4.3 Vooruitstrevend", 2)
    _p(doc, (
        "We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Voor ons "
        "is tweetalig onderwijs zelf al zo'n leerconcept: in de tto-stroom wordt in de onderbouw ruim de "
        "helft van de lessen in het Engels gegeven volgens de principes van CLIL, waarbij de vakdocent ook "
        "taaldocent is. In deze planperiode zetten we twee nieuwe stappen. Vanaf 2024-2025 volgen alle "
        "leerlingen van 3 havo-tto en 3 vwo-tto het vak Global Perspectives van Cambridge, waarin ze in "
        "tweetallen onderzoek doen naar een wereldvraagstuk en dat presenteren. Vanaf 2025-2026 draaien we "
        "in klas 1 en 2 een pilot met keuzewerktijd: vier uur per week kiezen leerlingen zelf bij welk vak "
        "ze extra uitleg of verdieping halen. Na twee jaar besluiten we of we dit uitbreiden."
    ))
    _p(doc, (
        "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Wij zijn "
        "een school in beweging; we hebben lef, durven te experimenteren en dingen uit te proberen en ze zo "
        "leuker en beter te maken."
    ))
    _p(doc, (
        "We geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze innovatiestrategie: "
        "continue veranderingen, fundamentele veranderingen en radicale veranderingen. Aan alle drie deze "
        "perspectieven kennen wij gelijke waarde toe."
    ))

    _h(doc, "4.4 Ambitieus", 2)
    _p(doc, (
        "We hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij leggen de lat hoog en blijven "
        "onszelf en onze leerlingen uitdagen. Op het Noorderplassen Lyceum zie je dat aan drie dingen. Alle "
        "vwo-tto-leerlingen doen in 5 vwo het Cambridge-examen Advanced (niveau C1) en alle havo-tto-"
        "leerlingen in 4 havo het examen First (B2); in 2023 haalde 87 procent van de vwo'ers C1 of hoger. "
        "Leerlingen die het aankunnen, mogen een extra vak volgen of vervroegd examen doen; in 2023-2024 "
        "deden 46 leerlingen dat. En met elke leerling in 3 havo en 3 vwo spreken we een persoonlijk "
        "streefprofiel af voor de bovenbouw, met een streefgemiddelde dat de mentor iedere periode met de "
        "leerling bespreekt."
    ))
    _p(doc, (
        "We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. Onze school "
        "is voor medewerkers en leerlingen een omgeving van ontwikkeling en vooruitgang."
    ))
    _p(doc, (
        "We geven altijd het beste van onszelf. We verwachten van onze medewerkers en leerlingen dat ze hun "
        "beste idee\u00ebn opvolgen en verwezenlijken."
    ))


def _venster1(doc):
    _h(doc, "5. Venster 1: Goed en toegankelijk onderwijs", 1)

    _h(doc, "5.1 Kwaliteit en resultaten", 2)
    _p(doc, (
        "De kwaliteit van ons onderwijs is en blijft op orde. Op bijna alle indicatoren van de inspectie "
        "scoren we boven de norm; de uitzondering is het bovenbouwsucces op de havo. In 2022-2023 bleef 17 "
        "procent van de leerlingen in havo 4 zitten. Daarom voeren we vanaf 2024-2025 drie maatregelen in. "
        "In 3 havo en 3 vwo vindt in maart een bevorderingsgesprek plaats met leerling en ouders, waarin de "
        "profielkeuze en het streefprofiel naast de resultaten worden gelegd. In havo 4 hebben alle "
        "leerlingen twee uur begeleide studie per week in het studieplein, onder leiding van een docent. En "
        "in havo 5 starten we in januari met examentraining per vak in kleine groepen."
    ))

    _h(doc, "5.2 Kwaliteitszorg", 2)
    _p(doc, (
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en zichtbaar. Zo werkt het bij "
        "ons. Het schooljaarplan vertaalt dit schoolplan naar doelen voor \u00e9\u00e9n jaar. Elke sectie "
        "analyseert in september de examen- en toetsresultaten met WOLF en stelt een sectieplan op met "
        "hoogstens twee verbeterdoelen. Teamleiders maken een afdelingsplan. Iedere docent vraagt twee keer "
        "per jaar feedback van een klas met een vaste leerlingenquête en bespreekt de uitkomst met de "
        "teamleider. Teamleiders bezoeken elke docent minstens twee keer per jaar in de les. Alles staat op "
        "een kwaliteitskalender. De schoolleiding rapporteert elk kwartaal aan het College van Bestuur en "
        "legt in het jaarverslag verantwoording af. In 2026 laten we de school doorlichten door een interne "
        "audit met collega's van twee andere ASG-scholen, ter voorbereiding op de Nuffic-visitatie van 2028."
    ))
    _p(doc, (
        "Wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. Binnen onze "
        "school streven we een kwaliteitscultuur na waarin onderzoeken, reflecteren, leren en verbeteren de "
        "norm is."
    ))

    _h(doc, "5.3 Onderwijsprogramma", 2)
    _p(doc, (
        "Wij hebben een toekomstgericht curriculum. In de tto-onderbouw worden geschiedenis, aardrijkskunde, "
        "biologie, wiskunde, lichamelijke opvoeding, beeldende vorming en uiteraard Engels in het Engels "
        "gegeven; Nederlands, Frans, Duits en Spaans in de doeltaal. In de Nederlandstalige stroom volgen "
        "leerlingen hetzelfde programma in het Nederlands, met een extra uur Engels. Beide stromen voldoen "
        "aan de urennorm en de kerndoelen van de onderbouw. In de bovenbouw bieden we op havo en vwo alle "
        "vier profielen aan. Tto-leerlingen volgen in de bovenbouw vwo IB English A Language & Literature en "
        "sluiten af met het IB-certificaat en het tto-certificaat van Nuffic; havo-tto-leerlingen volgen een "
        "programma met Engelstalige literatuur en een module wereldburgerschap."
    ))
    _p(doc, (
        "In 2024-2025 starten we een herziening van het onderbouwcurriculum, die in juni 2027 klaar moet zijn. "
        "We verwerken daarin de nieuwe kerndoelen. Als eerste stap komt er vanaf augustus 2025 in klas 1 een "
        "nieuw vak Digitaal (\u00e9\u00e9n uur per week) over programmeren, mediawijsheid en het verantwoord "
        "gebruik van AI. Een werkgroep van zes docenten onder leiding van de conrector onderwijs bereidt dit "
        "voor."
    ))
    _p(doc, (
        "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen. Het onderwijs dient "
        "zich aan te passen aan het kind en niet het kind aan het onderwijs."
    ))

    _h(doc, "5.4 Burgerschap", 2)
    _p(doc, (
        "Wij willen dat onze leerlingen straks als zelfstandige en verantwoordelijke burgers een volwaardige "
        "plek kunnen innemen in de maatschappij. Op onze school krijgt dat vorm in een leerlijn "
        "wereldburgerschap van klas 1 tot en met 6:"
    ))
    _opsomming(doc, [
        "klas 1: de klassen kiezen hun vertegenwoordigers in de leerlingenraad en maken klassenafspraken; "
        "mentorlessen over omgaan met verschillen;",
        "klas 2: uitwisseling met een partnerschool in Tartu (Estland) of Bilbao (Spanje) in het kader van "
        "Erasmus+;",
        "klas 3: project Almere Debat, waarbij leerlingen in de raadzaal van het stadhuis debatteren over "
        "een actueel stedelijk vraagstuk; lessen levensbeschouwing;",
        "klas 4: maatschappelijke stage van dertig uur en maatschappijleer, met aandacht voor de "
        "democratische rechtsstaat en grondrechten;",
        "klas 5 vwo: de door onze leerlingen georganiseerde Almere Model United Nations-conferentie, met "
        "scholen uit de regio.",
    ])
    _p(doc, (
        "Een burgerschapsco\u00f6rdinator (0,2 fte) bewaakt de samenhang. In 2025-2026 toetsen we de leerlijn "
        "aan de wettelijke burgerschapsopdracht en leggen we vast wat leerlingen per leerjaar moeten kennen "
        "en kunnen."
    ))

    _h(doc, "5.5 Veiligheid", 2)
    _p(doc, (
        "Een veilige school is voorwaarde voor al het andere. In de leerlingenpeiling van 2023 gaf 88 "
        "procent van de leerlingen aan zich veilig te voelen op school. Elke afdeling heeft een "
        "anti-pestco\u00f6rdinator; daarnaast zijn er twee vertrouwenspersonen voor leerlingen en \u00e9\u00e9n "
        "voor personeel. Het pestprotocol is in 2023 herzien. Sinds 1 januari 2024 gaan mobiele telefoons "
        "tijdens lestijd in de kluis; de eerste ervaringen van docenten en leerlingen zijn positief. "
        "Incidenten worden geregistreerd in Magister en twee keer per jaar geanalyseerd door de "
        "schoolleiding. De sociale veiligheid meten we jaarlijks met de leerlingenpeiling van Vensters."
    ))

    _h(doc, "5.6 Ondersteuning", 2)
    _p(doc, (
        "We hebben zicht op wat onze leerlingen nodig hebben. De ondersteuning is bij ons in lagen "
        "georganiseerd. De mentor signaleert en is het eerste aanspreekpunt. De teamleider en de "
        "zorgco\u00f6rdinator bespreken leerlingen die meer nodig hebben. Het ondersteuningsteam (zorgco\u00f6rdinator, "
        "orthopedagoog, schoolmaatschappelijk werker, jeugdarts van GGD Flevoland en leerplichtambtenaar) komt "
        "elke drie weken bij elkaar. We bieden faalangsttraining, examenvreestraining, een studievaardigheden"
        "cursus en ondersteuning bij dyslexie met Kurzweil. In de Plusplek kunnen leerlingen die tijdelijk "
        "niet in de klas kunnen werken, onder begeleiding aan hun schoolwerk werken. Voor wat wij niet kunnen "
        "bieden, werken we samen met het samenwerkingsverband Passend Onderwijs Almere."
    ))
    _p(doc, (
        "In ons schoolondersteuningsprofiel hebben we duidelijk beschreven in welke leer- en zorgbehoeftes "
        "wij kunnen voorzien. Het profiel is in maart 2024 herzien. Wij kunnen leerlingen goed begeleiden bij "
        "dyslexie en dyscalculie, bij een lichte vorm van autisme (met een prikkelarme werkplek), bij "
        "hoogbegaafdheid (met een verrijkingsprogramma) en bij een lichamelijke beperking (het gebouw heeft "
        "een lift). Leerlingen met ernstige gedragsproblemen kunnen we in onze grote klassen niet goed genoeg "
        "helpen. Voor de tto-stroom vragen we een havo- of vwo-advies en motivatie; een taaltoets gebruiken "
        "we niet als toelatingseis, maar om de ondersteuning in klas 1 te plannen."
    ))


def _venster2(doc):
    _h(doc, "6. Venster 2: Personeel in positie", 1)
    _p(doc, (
        "Medewerkers voelen zich betrokken bij en trots op onze school. Wij willen dat professionals die in "
        "onze regio in het onderwijs willen werken, bij voorkeur en met enthousiasme voor ons kiezen."
    ))
    _p(doc, (
        "Wij hebben aandacht voor het welbevinden in elke levensfase van alle medewerkers. Concreet: twee "
        "keer per jaar is er een stille week zonder vergaderingen (voor de kerstvakantie en in de toetsweek "
        "van juni). Met de werkdrukmiddelen hebben we twee onderwijsassistenten aangenomen die surveillances "
        "en toetsafname overnemen. Medewerkers vanaf 57 jaar kunnen gebruikmaken van de regeling duurzame "
        "inzetbaarheid, en voor jonge ouders houden we bij de roostering rekening met vaste vrije dagdelen. "
        "Startende docenten volgen een begeleidingsprogramma van drie jaar met een coach."
    ))
    _p(doc, (
        "Het ziekteverzuim lag in 2023 op 6,4 procent, met een meldingsfrequentie van 1,3. Dat willen we "
        "terugbrengen naar 5,0 procent in 2027. Teamleiders voeren bij elke ziekmelding binnen drie dagen "
        "een gesprek, en bij dreigend langdurig verzuim schakelen we direct de bedrijfsarts in. De sectie "
        "lichamelijke opvoeding biedt collega's elke woensdagmiddag een sportuur aan."
    ))
    _p(doc, (
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
        "bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie. Voor een tto-school "
        "komt daar een eigen eis bij: de Nuffic-standaard vraagt dat alle docenten die in het Engels lesgeven "
        "minstens op C1-niveau zijn en een CLIL-training hebben gevolgd. In 2023 had 78 procent van onze "
        "tto-docenten een C1-certificaat en 65 procent de CLIL-training. We betalen de Cambridge-cursus en "
        "het examen, roosteren een vrije middag voor de voorbereiding en organiseren zelf twee keer per jaar "
        "een CLIL-training met een trainer van de Hogeschool van Amsterdam. Ook heeft elke docent een "
        "scholingsbudget van 600 euro per jaar; wat iemand ermee doet, staat in het personeelsdossier."
    ))
    _p(doc, (
        "Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan onze leercultuur."
    ))
    _p(doc, (
        "Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid. Op dit moment "
        "zijn negen docenten in opleiding: vijf voor een tweedegraads en vier voor een eerstegraads "
        "bevoegdheid. Voor hun opleiding werken we samen met Hogeschool Windesheim en de Universiteit van "
        "Amsterdam. Docenten in opleiding krijgen een vaste studiedag per week, een "
        "werkplekbegeleider in de eigen sectie en de collegegeldvergoeding van ASG. We nemen geen onbevoegde "
        "docenten meer aan zonder afspraak over een opleiding met een einddatum."
    ))
    _p(doc, "De jaarlijkse gesprekscyclus is bij ons ge\u00efmplementeerd.")


def _venster3(doc):
    _h(doc, "7. Venster 3: De meerwaarde van ASG", 1)
    _p(doc, (
        "Wij ontmoeten collega's van alle scholen en het servicebureau regelmatig. Goed onderwijs "
        "bereiken wij door samenwerking."
    ))
    _p(doc, (
        "Onze vaksecties en werkgroepen staan met elkaar in contact en wisselen bovenschools expertise uit. "
        "De sectie Engels deelt met de tto-afdelingen van twee andere ASG-scholen een bank met oefenexamens "
        "voor Cambridge, waaraan elke school jaarlijks twee nieuwe examens toevoegt. De sectie wiskunde maakt "
        "sinds 2024 samen met twee ASG-scholen de schoolexamens wiskunde A voor havo 5; vanaf 2025 volgen "
        "economie en biologie. Het PTA-format en de procedure bij onregelmatigheden hebben we gelijkgetrokken "
        "met die van de andere havo/vwo-scholen van ASG."
    ))
    _p(doc, (
        "We hebben een divers en op elkaar aansluitend aanbod en werken met verschillende onderwijsconcepten "
        "en -profielen, zodat wij alle leerlingen een passende onderwijsloopbaan kunnen bieden. Omdat wij "
        "zelf geen mavo hebben, maken we voor leerlingen die afstromen afspraken met de mavoscholen van ASG: "
        "ieder overstappende leerling krijgt een overstapgesprek met de nieuwe mentor en een warme "
        "overdracht door de zorgco\u00f6rdinator. Havoleerlingen die na hun diploma naar 5 vwo gaan, volgen in "
        "havo 5 een schakelprogramma wiskunde en Engels. Voor groep 8 geven we op twaalf ASG-basisscholen "
        "voorlichting over tto, met een proefles Engels."
    ))


def _venster4(doc):
    _h(doc, "8. Venster 4: Partnerschap", 1)
    _p(doc, (
        "Ouders zijn betrokken bij het leerproces van hun kind. In klas 1 tot en met 3 voeren mentoren twee "
        "keer per jaar (oktober en maart) een driehoeksgesprek met leerling en ouders; in 2023-2024 was 71 "
        "procent van de ouders daarbij aanwezig. In klas 1 is er een ouderavond \u2018Engels thuis\u2019 voor "
        "ouders die zelf geen Engels spreken, over hoe zij hun kind toch kunnen helpen. Vanaf 2024-2025 komt "
        "per afdeling een ouderpanel drie keer per jaar bij elkaar met de teamleider."
    ))
    _p(doc, (
        "De medezeggenschap is een klankbord voor idee\u00ebn en een sparringpartner voor onze directie bij "
        "voorgenomen beleid en uitvoering van beleid. Medezeggenschap zorgt voor breed gedragen "
        "besluitvorming en betrokkenheid."
    ))
    _p(doc, (
        "Wij werken proactief samen met een breed scala aan partners. Voor tto zijn dat Nuffic (certificering "
        "en visitatie) en Cambridge Assessment English, waarvan we een erkend examencentrum zijn. Met onze "
        "Erasmus+-partnerscholen in Tartu en Bilbao wisselen we jaarlijks leerlingen en docenten uit. Sterke "
        "vwo-leerlingen kunnen in 5 vwo deelnemen aan het pre-university programma van de Universiteit "
        "Utrecht, en met Hogeschool Windesheim werken we samen bij de opleiding van docenten en bij "
        "profielwerkstukken in de b\u00e8tavakken."
    ))
    _p(doc, (
        "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving. De maatschappelijke stage "
        "in klas 4 lopen leerlingen bij ruim veertig organisaties in Almere Stad, zoals woonzorgcentrum "
        "Noorderhaven, de voedselbank en Vluchtelingenwerk, waar tto-leerlingen als taalmaatje nieuwkomers "
        "helpen. Met de wijkagent en het jongerenwerk hebben we elke zes weken overleg over de veiligheid "
        "rond de school."
    ))


def _doelen(doc):
    _h(doc, "9. Onze doelen per venster", 1)
    _p(doc, (
        "In de tabellen hieronder staan de doelen waarop we in deze planperiode sturen. De nulmeting is, "
        "tenzij anders vermeld, van schooljaar 2022-2023. Elk jaar rapporteren we in het jaarverslag over de "
        "stand van zaken."
    ))
    kop = ["Doel", "Indicator", "Nulmeting", "Streefwaarde", "Wanneer", "Eigenaar"]
    br = [3.6, 3.4, 2, 2.2, 1.7, 2.6]

    _h(doc, "Venster 1: Goed en toegankelijk onderwijs", 3)
    _tabel(doc, kop, [
        ["Hoger slaagpercentage havo", "% geslaagden", "84%", "\u2265 88%", "2026", "teamleider havo 4-5"],
        ["Minder zittenblijven havo 4", "bovenbouwsucces havo", "79,2%", "\u2265 82%", "2027", "teamleider havo 4-5"],
        ["Vwo-resultaten vasthouden", "% geslaagden vwo", "91%", "\u2265 91%", "jaarlijks", "teamleider vwo"],
        ["Vak Digitaal in klas 1", "opgenomen in lessentabel", "nee", "ja", "aug 2025", "conrector onderwijs"],
        ["Herzien onderbouwcurriculum", "vastgesteld door schoolleiding", "\u2013", "vastgesteld", "juni 2027",
         "conrector onderwijs"],
        ["Welbevindenscheck", "respons leerlingen", "\u2013", "\u2265 90%", "2025", "zorgco\u00f6rdinator"],
        ["Sociale veiligheid", "% leerlingen dat zich veilig voelt", "88%", "\u2265 92%", "2026", "rector"],
        ["Feedback van leerlingen", "% docenten met 2 enqu\u00eates per jaar", "40%", "100%", "2026",
         "teamleiders"],
        ["Leerlijn burgerschap getoetst", "vastgelegde leerdoelen per leerjaar", "\u2013", "gereed", "2026",
         "burgerschapsco\u00f6rdinator"],
    ], breedtes=br, grootte=8.5)

    _h(doc, "Venster 2: Personeel in positie", 3)
    _tabel(doc, kop, [
        ["Engels op niveau", "% tto-docenten met C1-certificaat", "78%", "100%", "2026", "tto-co\u00f6rdinator"],
        ["CLIL-geschoold", "% tto-docenten met CLIL-training", "65%", "100%", "2026", "tto-co\u00f6rdinator"],
        ["Bevoegd voor de klas", "% lessen door onbevoegden", "7%", "\u2264 3%", "2028", "rector"],
        ["Lager verzuim", "verzuimpercentage", "6,4%", "5,0%", "2027", "rector"],
        ["Werkdruk", "score medewerkersonderzoek", "6,0", "\u2265 6,8", "2026", "rector"],
    ], breedtes=br, grootte=8.5)

    _h(doc, "Venster 3: De meerwaarde van ASG", 3)
    _tabel(doc, kop, [
        ["Gezamenlijke schoolexamens", "aantal vakken met gedeelde SE's", "1", "3", "2026", "conrector onderwijs"],
        ["Warme overdracht bij afstroom", "% overstappers met overstapgesprek", "ca. 60%", "100%", "2025",
         "zorgco\u00f6rdinator"],
    ], breedtes=br, grootte=8.5)

    _h(doc, "Venster 4: Partnerschap", 3)
    _tabel(doc, kop, [
        ["Ouders bij driehoeksgesprek", "% ouders aanwezig klas 1-3", "71%", "\u2265 90%", "2026", "teamleiders"],
        ["Ouderpanels", "bijeenkomsten per afdeling per jaar", "1", "3", "2024-2025", "teamleiders"],
        ["Internationale uitwisseling", "aantal partnerscholen", "2", "3", "2026", "tto-co\u00f6rdinator"],
    ], breedtes=br, grootte=8.5)


def _congruentie(doc):
    _h(doc, "10. Congruentietabel", 1)
    _p(doc, (
        "Deze tabel laat zien hoe onze zes eigen ambities aansluiten bij de kernwaarden en vensters van de "
        "koers van ons bestuur, en waar in dit plan ze zijn uitgewerkt."
    ))
    _tabel(doc, ["Eigen ambitie", "Kernwaarde(n)", "Venster(s)", "Uitgewerkt in"], [
        ["A1 Tweetaligheid met diepgang", "Vooruitstrevend, Ambitieus",
         "1 Goed en toegankelijk onderwijs; 2 Personeel in positie", "4.3, 4.4, 5.3, 6, 9"],
        ["A2 Iedere leerling op de goede plek", "Gezien worden",
         "1 Goed en toegankelijk onderwijs; 3 De meerwaarde van ASG", "4.1, 5.6, 7, 9"],
        ["A3 Sterk in de bovenbouw", "Ambitieus", "1 Goed en toegankelijk onderwijs", "5.1, 9"],
        ["A4 Wereldburgers in Almere", "Open", "1 Goed en toegankelijk onderwijs; 4 Partnerschap",
         "4.2, 5.4, 8"],
        ["A5 Een gezonde, lerende organisatie", "Ambitieus, Gezien worden", "2 Personeel in positie",
         "5.2, 6, 9"],
        ["A6 Ouders en partners dichtbij", "Open", "4 Partnerschap", "4.2, 8, 9"],
    ], breedtes=[4.5, 3.5, 5.5, 2.5])


def _vaststelling(doc):
    _h(doc, "11. Totstandkoming en vaststelling", 1)
    _p(doc, (
        "Dit schoolplan is geschreven door de schoolleiding (rector en twee conrectoren), met bijdragen van "
        "de secties en teamleiders tijdens de studiedag van 7 februari 2024. Een leerlingpanel en de "
        "ouderpanels hebben op het concept gereageerd. De medezeggenschapsraad heeft het concept op 28 mei "
        "2024 besproken en heeft daarbij als klankbord meegedacht."
    ))
    _p(doc, (
        "Het schoolplan is door de rector vastgesteld op 20 juni 2024 en ter kennisname gestuurd aan het "
        "College van Bestuur van de Almeerse Scholen Groep. Het plan is te vinden op de website van de "
        "school."
    ))
    _p(doc, "Almere, 20 juni 2024\n\ndrs. Thijmen Oudejans, rector")


def build(path):
    path = str(path)
    doc = Document()
    _nederlands(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10)
    for naam in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[naam].font.color.rgb = DONKERBLAUW
        doc.styles[naam].font.name = "Arial"
    sectie = doc.sections[0]
    sectie.orientation = WD_ORIENT.PORTRAIT
    sectie.left_margin = Cm(2.0)
    sectie.right_margin = Cm(2.0)
    _voettekst(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan Noorderplassen Lyceum 2024-2028"
    cp.author = "Sanne Brouwer"
    cp.last_modified_by = "T. Oudejans"
    cp.category = "Beleid"
    cp.revision = 12
    cp.created = AANGEMAAKT
    cp.modified = GEWIJZIGD

    _titelpagina(doc)
    _inleiding(doc)
    _cijfers(doc)
    _missie(doc)
    _kernwaarden(doc)
    _venster1(doc)
    _venster2(doc)
    _venster3(doc)
    _venster4(doc)
    _doelen(doc)
    _congruentie(doc)
    _vaststelling(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_138_noorderplassen_lyceum.docx")
