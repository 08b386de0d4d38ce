"""Schoolplan 2025-2029 van Lyceum De Stuwwal (havo/atheneum, Almere Poort).

Opgebouwd als "Schoolplan in vier bouwstenen". Zelfstandig script: build(path) schrijft het .docx-bestand.
Alleen standaardbibliotheek + python-docx; deterministisch.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

SCHOOL = "Lyceum De Stuwwal"
VASTE_DATUM = datetime.datetime(2025, 7, 3, 9, 30, 0)


# --------------------------------------------------------------------------------------
# Hulpfuncties
# --------------------------------------------------------------------------------------

def _taal_nl(document):
    """Zet de proeftaal van de standaardstijlen op Nederlands."""
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle", "List Bullet"):
        try:
            stijl = document.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(document):
    sectie = document.sections[0]
    alinea = sectie.footer.paragraphs[0]
    alinea.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = alinea.add_run(f"{SCHOOL} | Schoolplan 2025-2029 | pagina ")
    run.font.size = Pt(8)
    run = alinea.add_run()
    run.font.size = Pt(8)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    trpr.append(kop)


def _tabel(document, kop, rijen):
    tabel = document.add_table(rows=1, cols=len(kop))
    tabel.style = "Light Grid Accent 1"
    for i, tekst in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
    _kopregel_herhalen(tabel.rows[0])
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    document.add_paragraph()
    return tabel


def _opsomming(document, punten):
    for punt in punten:
        alinea = document.add_paragraph(style="List Bullet")
        if isinstance(punt, tuple):
            vet, rest = punt
            alinea.add_run(vet + " ").bold = True
            alinea.add_run(rest)
        else:
            alinea.add_run(punt)


def _ambities(document, zinnen):
    for zin in zinnen:
        alinea = document.add_paragraph()
        alinea.paragraph_format.left_indent = Pt(18)
        run = alinea.add_run(zin)
        run.italic = True
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)


# --------------------------------------------------------------------------------------
# Inhoud
# --------------------------------------------------------------------------------------

VOORWOORD = [
    "Voor u ligt het schoolplan van Lyceum De Stuwwal voor de schooljaren 2025-2026 tot en met 2028-2029. "
    "We hebben er bewust voor gekozen om het plan niet op te bouwen langs de vaste hoofdstukken van een "
    "standaardformat, maar langs vier bouwstenen die voor onze school het verschil maken. Die bouwstenen "
    "kwamen uit de teamdag van 9 oktober 2024, waar 84 collega's in gemengde groepjes opschreven wat De "
    "Stuwwal in 2029 moet zijn, wat we daarvoor moeten laten liggen en waar we nu over struikelen.",
    "Een stuwwal is een heuvel die het landijs lang geleden voor zich uit heeft geduwd. Hij ontstaat onder "
    "druk, maar staat daarna eeuwenlang stevig. Toen de school in 2009 met 140 brugklassers in twee "
    "noodgebouwen aan de rand van Almere Poort begon, was dat een mooie naam voor een school die nog moest "
    "groeien. Inmiddels zijn we met ruim 1.080 leerlingen een van de grotere scholen voor havo en vwo in de "
    "stad. De druk is er nog steeds, alleen van een ander soort: meer leerlingen, minder bevoegde docenten "
    "en hogere verwachtingen van ouders en vervolgopleidingen.",
    "Het plan is geschreven door de schoolleiding, met bijdragen van de sectievoorzitters, het "
    "ondersteuningsteam, de leerlingenraad en het ouderpanel. Waar we in de ambities zinnen uit Koers 22 van "
    "de Almeerse Scholen Groep gebruiken, doen we dat om te laten zien hoe ons plan aansluit bij de koers van "
    "ons bestuur. De uitwerking daaronder is van ons.",
]

PROFIEL_TEKST = [
    "Lyceum De Stuwwal is een openbare school voor havo en atheneum in Almere Poort. Onze leerlingen komen "
    "vooral uit Poort, Pampus, Almere Stad-West en in toenemende mate uit Duin; ze stromen in vanuit ruim "
    "veertig basisscholen. Ongeveer 36% van de leerlingen spreekt thuis naast Nederlands nog een andere taal. "
    "Door de woningbouw in Duin en Poort-Zuid verwachten we dat het leerlingenaantal groeit naar ongeveer "
    "1.200 in 2028. Sinds augustus 2024 staan er vier tijdelijke lokalen op het achterterrein.",
    "In maart 2024 bezocht de inspectie onze school in het kader van het vierjaarlijks onderzoek bij ASG. "
    "De onderwijsresultaten en de onderzochte standaarden van het onderwijsproces waren voldoende. De "
    "inspecteur wees op twee punten: de doorstroom van havo 4 naar havo 5 en de samenhang in ons toetsbeleid. "
    "Beide komen in dit plan terug.",
]

PROFIEL_TABEL = [
    ("Naam", "Lyceum De Stuwwal"),
    ("BRIN", "14ZK"),
    ("Bevoegd gezag", "Almeerse Scholen Groep (ASG)"),
    ("Adres", "Pegasuslaan 12, 1363 Almere"),
    ("Onderwijs", "havo en atheneum; brugklassen havo/vwo en vwo"),
    ("Leerlingen (1 oktober 2024)", "1.083 (havo 652, atheneum 431)"),
    ("Medewerkers", "96 (72 onderwijzend, 24 onderwijsondersteunend), samen 78,4 fte"),
    ("Schoolleiding", "rector en drie teamleiders (onderbouw, bovenbouw havo, bovenbouw vwo)"),
    ("Planperiode", "1 augustus 2025 tot en met 31 juli 2029"),
]

RESULTATEN_TABEL = [
    ("Geslaagd havo", "86%", "81%", "84%"),
    ("Geslaagd vwo", "93%", "89%", "91%"),
    ("Havo 4 in één keer naar havo 5", "85%", "80%", "82%"),
    ("Afstroom uit de brugklas havo/vwo", "8%", "10%", "11%"),
]

WAARWAT_TABEL = [
    ("Onderwijsprogramma, kerndoelen en examens", "Bouwsteen 1"),
    ("Burgerschap", "Bouwsteen 1 en 4"),
    ("Veiligheid en schoolklimaat", "Bouwsteen 2"),
    ("Ondersteuning (schoolondersteuningsprofiel)", "Bouwsteen 2"),
    ("Openbaar karakter", "Bouwsteen 2"),
    ("Personeelsbeleid en bekwaamheid", "Bouwsteen 3"),
    ("Kwaliteitszorg", "Hoe we de bouwstenen bewaken"),
    ("Instemming MR en vaststelling", "Vaststelling"),
]

# Bouwsteen 1 --------------------------------------------------------------------------

B1_STAAN = [
    "De meeste leerlingen halen bij ons het diploma waarvoor ze binnenkomen, maar de weg ernaartoe is voor "
    "een te grote groep havisten hobbelig. In 2023-2024 ging 82% van de havo-4-leerlingen in één keer over "
    "naar havo 5; in havo 5 slaagde 84%. Uit onze analyse na de examens van 2024 blijkt dat vooral leerlingen "
    "in het profiel Economie & Maatschappij vastlopen, op wiskunde A en economie. In het vwo is het beeld "
    "stabieler, maar daar zien we dat leerlingen in de brugklas havo/vwo relatief vaak afstromen naar de havo: "
    "11% in 2023-2024.",
    "Ons onderbouwprogramma dateert grotendeels uit 2016. De vakken werken met hun eigen methodes (onder meer "
    "Getal & Ruimte, Nieuw Nederlands, Stepping Stones, Memo en Nova) en de samenhang tussen vakken beperkt "
    "zich tot het project 'Stad van morgen' in klas 2. De nieuwe kerndoelen voor de onderbouw, vooral die "
    "voor digitale geletterdheid en burgerschap, vragen om een herziening. Digitale geletterdheid is nu "
    "verspreid over een paar mentorlessen en het keuzevak informatica in de bovenbouw; in klas 1 tot en met 3 "
    "hangt het van de docent af of leerlingen er iets van meekrijgen.",
    "Aan burgerschap werken we via de mentorlessen, de debatweek in klas 3 en maatschappijleer in havo 4 en "
    "vwo 4. Leerlingen lopen in klas 3 twintig uur maatschappelijke stage. Wat ontbreekt is overzicht: welke "
    "burgerschapsdoelen behandelen we waar, en wat leren leerlingen bij ons over democratie, grondrechten en "
    "omgaan met verschillen?",
]

B1_AMBITIES = [
    "De kwaliteit van ons onderwijs is en blijft op orde.",
    "Lyceum De Stuwwal heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
    "Wij ontwikkelen onderwijs passend bij de belevingswereld van onze leerlingen.",
    "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
    "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
]

B1_EIGEN = (
    "Concreet betekent dat voor ons: minder leerlingen die onderweg vastlopen, een onderbouwprogramma dat "
    "klopt met de nieuwe kerndoelen, en secties die hun eigen resultaten onderzoeken in plaats van alleen te "
    "rapporteren."
)

B1_WERK = [
    ("Onderbouwcurriculum.", "In 2025-2026 werken alle secties hun leerlijnen voor klas 1 tot en met 3 uit "
     "tegen de nieuwe kerndoelen. Een werkgroep van vijf docenten onder leiding van de teamleider onderbouw "
     "bewaakt de samenhang tussen de vakken en schrapt overlap. In augustus 2026 start het nieuwe programma in "
     "klas 1; daarna schuift het elk jaar een leerjaar door."),
    ("Digitale geletterdheid.", "Vanaf augustus 2026 volgen alle leerlingen in klas 1 en 2 één uur per week "
     "het vak Digitaal, met programmeren (micro:bit en een eerste kennismaking met Python), "
     "informatievaardigheden en mediawijsheid. De sectie informatica schrijft het programma; de mediatheek "
     "verzorgt de lessen informatievaardigheden."),
    ("Burgerschap.", "In 2025-2026 brengen we in kaart welke burgerschapsdoelen in welke vakken en activiteiten "
     "aan bod komen en maken we daarvan een leerlijn van klas 1 tot en met het examenjaar. Vaste onderdelen "
     "worden de debatweek in klas 3, een bezoek aan ProDemos in Den Haag in havo 4 en vwo 4, een "
     "leerlingenparlement over een actueel onderwerp in de tweede klas en de maatschappelijke stage in "
     "Almere Poort. De leerlijn is vastgesteld vóór 1 juli 2026."),
    ("Keuzewerktijd in havo 4.", "Vanaf 2025-2026 krijgen havo-4-leerlingen twee uur per week keuzewerktijd "
     "(KWT) in de Stuwwal Studio, het nieuwe open leerplein op de eerste verdieping. Leerlingen schrijven zich "
     "via Zermelo in bij het vak waarin ze achterstand hebben of verdieping zoeken; de mentor kijkt mee naar "
     "hun keuzes. In juni 2027 besluiten we op basis van de resultaten of KWT wordt uitgebreid naar havo 5 en "
     "vwo 4."),
    ("Opstroom naar het vwo.", "Iedere havo-3-leerling met een gemiddelde van 7,0 of hoger voor de kernvakken "
     "krijgt in februari een opstroomgesprek met mentor en ouders. Wie de overstap naar vwo 4 maakt, krijgt in "
     "het eerste halfjaar een vaste coach uit het vwo-team. We willen niet dat het advies van groep 8 het "
     "plafond wordt."),
    ("Sectieonderzoek.", "Elke sectie kiest na de examenanalyse in september één verbetervraag over de eigen "
     "resultaten, werkt daar een schooljaar aan en presenteert de uitkomst op de Stuwwal-leermiddag in juni. "
     "De sectie wiskunde begint in 2025-2026 met de vraag waarom E&M-leerlingen juist op wiskunde A "
     "zakken; de sectie economie sluit aan."),
    ("Toetsbeleid.", "We herschrijven in 2025-2026 het toetsbeleid: in de onderbouw maximaal drie summatieve "
     "toetsen per week, in de bovenbouw een vaste toetsweekstructuur, en in alle leerjaren formatieve "
     "momenten vóór elke toets. Het nieuwe toetsbeleid geldt vanaf augustus 2026."),
    ("Rooster.", "We houden het rooster met lessen van 60 minuten dat in 2023 is ingevoerd, maar verschuiven het "
     "eerste lesuur vanaf 2026-2027 naar 8.30 uur."),
    ("Lokalen.", "De vier practicumlokalen voor natuurkunde en scheikunde worden in de zomer van 2026 "
     "gerenoveerd. De kosten (circa € 310.000) staan in het meerjarenonderhoudsplan."),
    ("ICT-beheer.", "De vervanging van 28 digiborden door touchscreens spreiden we over 2025 en 2026. Het "
     "beheer van het leerlingnetwerk gaat per 1 januari 2026 over naar het servicebureau van ASG."),
    ("Begroting.", "De sectiebudgetten voor lesmateriaal blijven op het niveau van 2025 (€ 142 per leerling) en "
     "worden jaarlijks geïndexeerd."),
]

B1_METEN = [
    ("Geslaagd havo", "84%", "88% of hoger (driejarig gemiddelde)", "examens 2028"),
    ("Geslaagd vwo", "91%", "92% of hoger (driejarig gemiddelde)", "examens 2028"),
    ("Havo 4 in één keer naar havo 5", "82%", "87% of hoger", "2027-2028"),
    ("Afstroom uit brugklas havo/vwo", "11%", "7% of lager", "2027-2028"),
    ("Opstromers havo 3 naar vwo 4", "6 per jaar", "15 of meer per jaar", "vanaf 2026-2027"),
    ("Nieuw onderbouwprogramma", "programma uit 2016", "ingevoerd in klas 1, 2 en 3", "augustus 2026 / 2027 / 2028"),
    ("Waardering KWT door havo-4-leerlingen", "-", "75% vindt KWT nuttig", "juni 2027"),
]

# Bouwsteen 2 --------------------------------------------------------------------------

B2_STAAN = [
    "De Stuwwal is een grote school in een jonge wijk. In de leerlingenpeiling van februari 2024 gaven "
    "leerlingen de school gemiddeld een 7,2 en hun gevoel van veiligheid een 8,1. Tegelijk gaf 7% van de "
    "leerlingen aan het afgelopen jaar gepest te zijn, vooral online en vooral in klas 2. In de bovenbouw "
    "scoort de stelling 'Mijn mentor weet wat ik nodig heb' een 5,9: lager dan we willen en lager dan in de "
    "onderbouw (7,3). Leerlingen zeggen in de leerlingenraad dat ze hun bovenbouwmentor soms alleen zien "
    "als er iets mis is.",
    "Ons ondersteuningsteam bestaat uit de zorgcoördinator, twee leerlingbegeleiders, een orthopedagoog "
    "(0,4 fte), een dyslexiecoach en de begeleiders van Het Anker, onze interne voorziening waar maximaal "
    "twaalf leerlingen tegelijk tijdelijk extra begeleiding krijgen. Ongeveer 9% van de leerlingen heeft een "
    "dyslexieverklaring, 3% een dyscalculieverklaring. We zijn aangesloten bij het samenwerkingsverband "
    "Passend Onderwijs Almere.",
    "Als openbare school staan we open voor iedere leerling en iedere collega, ongeacht geloof, herkomst, "
    "gender of seksuele oriëntatie. Onze leerlingen hebben samen wortels in meer dan vijftig landen. Dat is "
    "voor ons niet iets om alleen op een open dag te noemen, maar iets waar je in het onderwijs en in de "
    "jaarplanning rekening mee houdt.",
]

B2_AMBITIES = [
    "Op Lyceum De Stuwwal is de cultuur gastvrij; iedereen voelt zich welkom.",
    "Iedereen bij De Stuwwal is waardevol en wordt gezien.",
    "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
    "De Stuwwal gaat respectvol om met de mensen binnen en buiten de school.",
    "Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers.",
]

B2_WERK = [
    ("Mentoraat.", "Vanaf 2025-2026 heeft elke leerling minimaal drie individuele gesprekken per jaar met de "
     "mentor (oktober, februari en juni); bij het gesprek in februari zijn ouders aanwezig. In de bovenbouw "
     "houden leerlingen twee jaar dezelfde mentor. Mentoren krijgen 40 uur per mentorgroep in het "
     "taakbeleid, tien uur meer dan nu."),
    ("Leerlingbespreking.", "Na elke periode bespreken de docententeams per klas de leerlingen die opvallen, "
     "in leren of in gedrag. We werken met de signaleringskaart in Magister, zodat de zorgcoördinator binnen "
     "een week weet welke leerlingen extra aandacht nodig hebben en wie daarmee aan de slag gaat."),
    ("Ontvangst.", "Sinds januari 2025 staat bij de hoofdingang een ontvangstbalie. Overdag zitten daar de "
     "conciërges; tijdens ouderavonden en open dagen nemen leerlingen uit havo 4 en vwo 4 het over, als "
     "onderdeel van hun stage-uren. Een bezoeker wordt binnen vijf minuten opgehaald door degene met wie hij "
     "een afspraak heeft. Nieuwe brugklassers maken in de eerste schoolweek tijdens de introductiedagen op "
     "het Almeerderstrand kennis met hun mentor en met peerleerlingen uit klas 4."),
    ("Nieuwe collega's.", "Iedere nieuwe medewerker krijgt een buddy uit een andere sectie en in november een "
     "gesprek met de rector over de eerste maanden: wat valt op, wat mist, wat kan beter."),
    ("Sociale veiligheid.", "In 2025-2026 herzien we het veiligheidsplan, inclusief het pestprotocol en de "
     "aanpak van online pesten. De anti-pestcoördinator geeft in klas 1 en 2 elk jaar twee lessen over "
     "online gedrag, samen met de wijkagent. De veiligheidsmonitor nemen we jaarlijks in februari af in alle "
     "leerjaren; de uitkomsten bespreken we in de leerlingenraad."),
    ("Schoolondersteuningsprofiel.", "We actualiseren het SOP in het voorjaar van 2026. Daarin beschrijven we "
     "concreet wat we wel en niet bieden. Wel: faalangstreductietraining, examentraining voor leerlingen met "
     "dyslexie, begeleiding bij plannen en organiseren, ondersteuning bij autisme binnen de klas en tijdelijke "
     "opvang in Het Anker (maximaal tien weken). Niet: langdurige één-op-éénbegeleiding in de les of een "
     "dagprogramma buiten de reguliere lessen om."),
    ("Openbaar karakter.", "Alle leerlingen in klas 2 volgen het vak levensbeschouwing, waarin ze de "
     "wereldgodsdiensten en het humanisme leren kennen en met elkaar in gesprek gaan over wat hen drijft. De "
     "Gender & Sexuality Alliance (GSA), die in 2022 door leerlingen is opgericht, krijgt een vast lokaal en "
     "een eigen budget van € 1.500 per jaar. In de jaarplanning houden we rekening met religieuze "
     "feestdagen: tijdens de ramadan plannen we geen sportdagen, en voor het Suikerfeest, het Offerfeest en "
     "Divali kunnen leerlingen met een eenvoudig formulier vrij vragen."),
    ("Kantine.", "De kantine wordt in de zomer van 2025 heringericht met zestig extra zitplekken. De "
     "richtlijnen van de Gezonde Schoolkantine blijven leidend."),
    ("Gebouw.", "De fietsenstalling krijgt in de zomer van 2026 nieuwe verlichting en nieuwe camera's; de "
     "oude installatie is afgeschreven."),
    ("Schoonmaak.", "Het schoonmaakcontract loopt op 31 december 2025 af. Het servicebureau verzorgt de "
     "aanbesteding."),
    ("Pauzes.", "Vanaf 2025-2026 hebben onderbouw en bovenbouw gescheiden pauzes, zodat aula en plein minder "
     "vol zijn. De afspraak dat telefoons tijdens de lessen in de telefoontas zitten, blijft."),
]

B2_METEN = [
    ("Veiligheidsgevoel (veiligheidsmonitor)", "8,1", "8,0 of hoger in elk leerjaar", "jaarlijks"),
    ("Leerlingen die zeggen gepest te zijn", "7%", "minder dan 5%", "februari 2028"),
    ("'Mijn mentor weet wat ik nodig heb', bovenbouw", "5,9", "7,0 of hoger", "februari 2027"),
    ("Individuele mentorgesprekken", "wisselend", "3 per leerling, 95% gerealiseerd", "vanaf 2025-2026"),
    ("Geactualiseerd SOP op de website", "versie 2019", "nieuw SOP vastgesteld", "april 2026"),
]

# Bouwsteen 3 --------------------------------------------------------------------------

B3_STAAN = [
    "Het team van De Stuwwal is jonger dan gemiddeld in het voortgezet onderwijs, maar er is ook een flinke "
    "groep collega's die al sinds de oprichting bij ons werkt. Van de 72 docenten zijn er acht (nog) niet "
    "bevoegd voor het vak dat ze geven: drie bij wiskunde, twee bij natuurkunde, twee bij Duits en één bij "
    "informatica. Vijf van hen volgen een opleiding. Het ziekteverzuim was in 2024 6,4%, bij een "
    "meldingsfrequentie van 1,3. Volgens de bedrijfsarts hangt ongeveer een kwart van het verzuim samen met "
    "werkdruk. In de personeelspeiling van 2023 gaven medewerkers de werkdruk een 6,1.",
    "De gesprekscyclus loopt niet overal goed: in 2023-2024 had 60% van de medewerkers een jaargesprek. "
    "Lesbezoeken vinden vooral plaats bij nieuwe en startende docenten. Daar staat tegenover dat collega's veel "
    "van elkaar leren als ze er de ruimte voor krijgen: de leerteams formatief handelen die in 2023 op "
    "initiatief van docenten ontstonden, trokken 22 deelnemers.",
]

B3_AMBITIES = [
    "Alle medewerkers van De Stuwwal werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen "
    "van bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie.",
    "Wij geven altijd het beste van onszelf.",
]

B3_EIGEN = (
    "Professionele ontwikkeling betekent voor ons vooral: docenten die bevoegd zijn, die tijd hebben om hun vak "
    "bij te houden en die elkaars lessen kennen. Dat is eenvoudig te zeggen en lastig te doen in een tijd van "
    "tekorten."
)

B3_WERK = [
    ("Bevoegdheid.", "Iedere onbevoegde docent heeft een persoonlijk opleidingsplan en een coach uit de eigen "
     "sectie. De school betaalt het collegegeld en geeft 0,1 fte studieverlof. Waar mogelijk volgen collega's "
     "de deeltijdopleiding aan Hogeschool Windesheim in Almere, zodat de reistijd beperkt blijft. De "
     "teamleider bespreekt de voortgang twee keer per jaar met de docent en de coach."),
    ("Gesprekscyclus.", "Vanaf 2025-2026 heeft iedere medewerker elk jaar een startgesprek (september), ten "
     "minste één lesbezoek of werkplekbezoek met de kijkwijzer van de school (tussen november en maart) en een "
     "jaargesprek (vóór 1 mei). Afspraken komen in het digitale personeelsdossier in AFAS. De teamleiders "
     "volgen in het najaar van 2025 een training gespreksvoering."),
    ("Teamscholing formatief handelen.", "In 2025-2026 en 2026-2027 volgt het hele docententeam het traject "
     "'Leren zichtbaar maken', vier studiemiddagen per jaar, dat aansluit op het nieuwe toetsbeleid. Daarnaast "
     "heeft iedere docent een individueel scholingsbudget van € 600 per fte, bijvoorbeeld voor cursussen bij "
     "de ASG Academie of een vakdidactische nascholing."),
    ("Leerteams.", "Vanaf 2026-2027 neemt iedere docent deel aan een leerteam van vier tot zes collega's uit "
     "verschillende secties, rond een thema uit het jaarplan, zoals formatief handelen, taalgericht "
     "vakonderwijs of differentiëren in de les. De leerteams komen zes keer per jaar bijeen op de "
     "vrijgeroosterde dinsdagmiddag en presenteren hun opbrengst op de Stuwwal-leermiddag."),
    ("Werkdruk en levensfase.", "De werkdrukmiddelen zetten we in voor een extra onderwijsassistent bij de "
     "bètavakken en voor vaste surveillanten tijdens de toetsweken, zodat docenten daar minder uren aan "
     "kwijt zijn. Collega's vanaf 57 jaar kunnen hun uren duurzame inzetbaarheid naar eigen keuze inzetten, "
     "bijvoorbeeld als vaste vrije middag. Jonge ouders kunnen in hun roosterwensen aangeven op welke dagen "
     "zij niet het eerste uur willen beginnen; de roostermaker honoreert die wens waar het kan."),
    ("Vitaliteit.", "Elke dinsdag na het zevende uur is de gymzaal beschikbaar voor een sportuur voor "
     "personeel, onder leiding van de sectie lichamelijke opvoeding. De bedrijfsarts houdt vier keer per jaar "
     "een preventief spreekuur op school, waar medewerkers zonder ziekmelding terechtkunnen."),
    ("Werving.", "Vacatures plaatsen we via de vacaturesite van ASG en ons eigen LinkedIn-kanaal."),
    ("Formatie.", "Het formatieplan wordt jaarlijks in april vastgesteld, binnen de kaders van de begroting."),
    ("Docentenkamer.", "De docentenkamer wordt in 2026 heringericht met twaalf stille werkplekken."),
    ("Personeelsadministratie.", "De salaris- en personeelsadministratie blijft belegd bij het servicebureau."),
]

B3_METEN = [
    ("Ziekteverzuim", "6,4%", "5,0% of lager", "kalenderjaar 2028"),
    ("Medewerkers met een jaargesprek", "60%", "100%", "elk schooljaar vanaf 2025-2026"),
    ("Onbevoegde docenten", "8, waarvan 5 in opleiding", "allen in opleiding; ten hoogste 2 onbevoegd", "2026 / 2029"),
    ("Docenten in een leerteam", "22", "alle docenten", "2026-2027"),
    ("Waardering werkdruk (personeelspeiling)", "6,1", "6,8 of hoger", "peiling 2027"),
]

# Bouwsteen 4 --------------------------------------------------------------------------

B4_STAAN = [
    "Ouders kiezen bewust voor De Stuwwal, maar na de brugklas zien we ze steeds minder. Bij de "
    "tienminutengesprekken in november 2024 was 62% van de ouders in klas 1 tot en met 3 aanwezig, in de "
    "bovenbouw 41%. In de oudertevredenheidspeiling van 2024 kreeg de informatievoorziening een 6,6. Ouders "
    "noemen vooral het aantal kanalen verwarrend: Magister, e-mail, de website en app-groepen van mentoren "
    "lopen door elkaar.",
    "De MR bestaat uit vier personeelsleden, twee ouders en twee leerlingen. Daarnaast is er een ouderpanel "
    "van twaalf ouders en een leerlingenraad met een vertegenwoordiging uit elk leerjaar.",
    "We werken al jaren samen met Hogeschool Windesheim (opleiden van docenten), met het Flevoziekenhuis en "
    "de gemeente Almere (snuffelstages en enkele profielwerkstukken) en met de Nieuwe Bibliotheek. In de "
    "wijk zelf zijn de contacten minder vanzelfsprekend, terwijl de drukte rond het winkelcentrum tijdens "
    "de middagpauze een terugkerend onderwerp is bij bewoners.",
    "Een groeiende groep leerlingen komt na het vmbo-tl bij ons in havo 4: 23 in 2024-2025. Hun resultaten "
    "blijven achter. Van de instromers van 2022 haalde 58% binnen twee jaar het havodiploma.",
]

B4_AMBITIES = [
    "Ouders zijn betrokken bij het leerproces van hun kind.",
    "De MR is voor ons een klankbord voor ideeën en een sparringpartner bij voorgenomen beleid en de "
    "uitvoering van beleid.",
    "Lyceum De Stuwwal werkt proactief samen met een breed scala aan partners.",
]

B4_WERK = [
    ("Driehoeksgesprekken.", "Vanaf november 2025 vervangen we in klas 1 tot en met 3 de "
     "tienminutengesprekken door driehoeksgesprekken van twintig minuten. De leerling vertelt zelf hoe het "
     "gaat en wat hij of zij nodig heeft; de mentor bereidt het gesprek met de leerling voor in de mentorles."),
    ("Thema-avonden.", "Per leerjaar organiseren we één ouderavond met inhoud, bijvoorbeeld 'Hoe help ik mijn "
     "kind met plannen?' in klas 1 en 'Profielkeuze' in klas 3."),
    ("Eén kanaal.", "Vanaf augustus 2025 loopt alle schoolinformatie aan ouders via Magister en de "
     "tweewekelijkse nieuwsbrief Stuwwal Signaal; mentoren gebruiken geen app-groepen met ouders meer. "
     "Mails van ouders beantwoorden we binnen twee werkdagen. Cijfers staan uiterlijk tien werkdagen na een "
     "toets in Magister. Het PTA en de overgangsnormen staan vóór 1 oktober op de website."),
    ("Ouderpanel.", "Het ouderpanel komt vier keer per jaar bijeen. De rector bespreekt er onder meer het "
     "jaarplan en de uitkomsten van de peilingen."),
    ("Profielwerkstuk met de stad.", "Vanaf 2026-2027 kunnen havo-5- en vwo-6-leerlingen kiezen uit een lijst "
     "van minimaal vijftien externe opdrachtgevers voor hun profielwerkstuk, onder wie het Flevoziekenhuis, "
     "de gemeente Almere, Waterschap Zuiderzeeland en Staatsbosbeheer. Bètaleerlingen in vwo 5 kunnen "
     "deelnemen aan het programma van het Junior College Utrecht."),
    ("De wijk.", "Met het jongerenwerk van De Schoor en de wijkagent spreken we af wie tijdens de middagpauze "
     "bij het winkelcentrum aanwezig is. De maatschappelijke stage in klas 3 lopen leerlingen bij organisaties "
     "in Almere Poort, zoals de voedselbank, sportverenigingen en het zorgcentrum aan de Corsicaweg. Eén keer "
     "per jaar organiseren leerlingen uit havo 4 samen met de wijkvereniging een buurtmaaltijd in de aula "
     "voor ouderen uit de wijk."),
    ("Doorstroom vanuit het vmbo.", "Samen met de ASG-scholen voor vmbo in Almere maken we in 2025-2026 "
     "afspraken over een schakelprogramma voor vmbo-tl-leerlingen die naar havo 4 willen: vijf lesmiddagen bij "
     "ons in het voorjaar van hun examenjaar, met wiskunde, Engels en studievaardigheden. De instromers krijgen "
     "in havo 4 een eigen mentor."),
    ("Vaksecties binnen ASG.", "Onze examensecretaris neemt deel aan het overleg van de examensecretarissen van "
     "de ASG-scholen. De secties Duits en natuurkunde bouwen vanaf 2025-2026 samen met collega's van twee "
     "andere ASG-scholen een gedeelde toetsbank voor de bovenbouw."),
    ("Website.", "De website wordt in het voorjaar van 2026 vernieuwd, in de huisstijl van ASG."),
    ("Schoolgids.", "De schoolgids staat elk jaar vóór 1 september online."),
    ("Sporthal.", "Met de gemeente sluiten we in 2026 een nieuwe overeenkomst over het gebruik van de sporthal."),
    ("Ouderbijdrage.", "De vrijwillige ouderbijdrage blijft € 85 per jaar; reizen en excursies vallen "
     "daarbuiten."),
]

B4_METEN = [
    ("Opkomst ouders bij gesprekken klas 1-3", "62%", "85% of hoger", "2026-2027"),
    ("Waardering informatievoorziening (ouderpeiling)", "6,6", "7,5 of hoger", "peiling 2026 en 2028"),
    ("Profielwerkstukken met externe opdrachtgever", "circa 10%", "40% of meer", "2028"),
    ("Havodiploma binnen twee jaar, vmbo-instromers", "58%", "75% of hoger", "2028"),
]

# Kwaliteitszorg -----------------------------------------------------------------------

KZ_INLEIDING = (
    "Een plan is pas iets waard als we bijhouden of het werkt. Onze kwaliteitszorg volgt de cyclus van plannen, "
    "uitvoeren, meten en bijstellen op drie niveaus: de sectie, het team en de school. De meetbare doelen in de "
    "vier bouwstenen zijn het vertrekpunt."
)

KZ_PUNTEN = [
    ("Jaarplan.", "Elk jaar in juni maken we een jaarplan met per bouwsteen de acties en meetpunten voor het "
     "volgende schooljaar. Het jaarplan bespreken we vooraf met het ouderpanel en de leerlingenraad."),
    ("Sectieplannen.", "Elke sectie schrijft in september een sectieplan met een analyse van examens, "
     "doorstroom en toetsresultaten en met de verbetervraag voor dat jaar."),
    ("Kwartaalrapportage.", "De rector rapporteert elk kwartaal aan het College van Bestuur over de voortgang "
     "van het jaarplan, de resultaten en de financiën."),
    ("Peilingen.", "De leerlingenpeiling en de veiligheidsmonitor nemen we jaarlijks in februari af. Ouders "
     "bevragen we in de even jaren, personeel in de oneven jaren."),
    ("Lesbezoeken.", "De teamleiders bezoeken elke docent minimaal één keer per jaar met de kijkwijzer. De "
     "uitkomsten bespreken we geanonimiseerd in de schoolleiding, om te zien waar teamscholing nodig is."),
    ("Jaarverslag.", "In november verschijnt het jaarverslag over het voorgaande schooljaar, met de stand van de "
     "meetbare doelen uit dit plan."),
    ("Tussenbalans.", "In het voorjaar van 2027 evalueren we het schoolplan met het team, de leerlingenraad en "
     "het ouderpanel en stellen we doelen bij waar dat nodig is."),
]

KZ_KALENDER = [
    ("september", "examenanalyse, sectieplannen, startgesprekken"),
    ("oktober", "PTA en overgangsnormen op de website; eerste mentorgesprekken"),
    ("november", "jaarverslag; driehoeksgesprekken klas 1-3"),
    ("december / maart", "leerlingbesprekingen na periode 1 en 2"),
    ("februari", "leerlingenpeiling en veiligheidsmonitor; opstroomgesprekken havo 3"),
    ("april", "formatieplan; tussentijdse stand jaarplan in kwartaalrapportage"),
    ("mei", "jaargesprekken afgerond"),
    ("juni", "Stuwwal-leermiddag; nieuw jaarplan; evaluatie KWT (2027)"),
]

MEERJAREN = [
    ("2025-2026", "leerlijnen onderbouw uitwerken; start KWT havo 4; burgerschapsleerlijn; nieuw toetsbeleid",
     "nieuwe mentoraatsafspraken; veiligheidsplan herzien; SOP actualiseren",
     "nieuwe gesprekscyclus; start 'Leren zichtbaar maken'",
     "één kanaal; driehoeksgesprekken; afspraken schakelprogramma vmbo"),
    ("2026-2027", "nieuw programma klas 1; vak Digitaal; nieuw toetsbeleid in werking",
     "GSA-lokaal; evaluatie mentoraat bovenbouw",
     "leerteams voor alle docenten; tweede jaar teamscholing",
     "profielwerkstuk met de stad; eerste schakelprogramma"),
    ("2027-2028", "nieuw programma klas 2; besluit uitbreiding KWT",
     "evaluatie pestaanpak", "evaluatie gesprekscyclus", "evaluatie driehoeksgesprekken"),
    ("2028-2029", "nieuw programma klas 3; eindbalans resultaten",
     "eindmeting veiligheid", "eindmeting verzuim en bevoegdheid", "voorbereiding nieuw schoolplan"),
]


# --------------------------------------------------------------------------------------
# Opbouw van het document
# --------------------------------------------------------------------------------------

def _opslaan(document, path):
    """Sla op met vaste tijdstempels in het zip-archief, zodat het bestand byte-voor-byte gelijk blijft."""
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            nieuw = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 3, 9, 30, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = 0o644 << 16
            doel.writestr(nieuw, bron.read(item.filename))


def _bouwsteen(document, nummer, titel, staan, ambities, eigen, werk, meten):
    document.add_heading(f"Bouwsteen {nummer} – {titel}", level=1)
    document.add_heading("Waar staan we?", level=2)
    for alinea in staan:
        document.add_paragraph(alinea)
    document.add_heading("Waar gaan we voor?", level=2)
    _ambities(document, ambities)
    if eigen:
        document.add_paragraph(eigen)
    document.add_heading("Zo werken we eraan", level=2)
    _opsomming(document, werk)
    document.add_heading("Zo meten we het", level=2)
    _tabel(document, ("Doel", "Nu (2024)", "Streefwaarde", "Wanneer"), meten)


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)

    eigenschappen = document.core_properties
    eigenschappen.title = "Schoolplan 2025-2029 Lyceum De Stuwwal"
    eigenschappen.subject = "Schoolplan in vier bouwstenen"
    eigenschappen.author = "M. Verhoeff"
    eigenschappen.last_modified_by = "M. Verhoeff"
    eigenschappen.created = VASTE_DATUM
    eigenschappen.modified = VASTE_DATUM
    eigenschappen.revision = 7

    _paginanummer(document)

    # Voorblad
    document.add_paragraph(SCHOOL, style="Title")
    document.add_paragraph("Schoolplan in vier bouwstenen", style="Subtitle")
    alinea = document.add_paragraph()
    alinea.add_run("2025 – 2029").bold = True
    document.add_paragraph("Openbare school voor havo en atheneum | Almere Poort")
    document.add_paragraph("Schooljaren 2025-2026 tot en met 2028-2029")
    document.add_paragraph(
        "Instemming medezeggenschapsraad: 17 juni 2025\n"
        "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep: 3 juli 2025")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Voorwoord
    document.add_heading("Voorwoord", level=1)
    for tekst in VOORWOORD:
        document.add_paragraph(tekst)
    ondertekening = document.add_paragraph()
    ondertekening.add_run("Marieke Verhoeff\nrector Lyceum De Stuwwal").italic = True

    # Profiel
    document.add_heading("De Stuwwal in het kort", level=1)
    document.add_paragraph(PROFIEL_TEKST[0])
    _tabel(document, ("Kenmerk", "Gegevens"), PROFIEL_TABEL)
    document.add_paragraph(PROFIEL_TEKST[1])
    document.add_paragraph("Resultaten van de afgelopen drie jaar:")
    _tabel(document, ("Indicator", "2021-2022", "2022-2023", "2023-2024"), RESULTATEN_TABEL)

    # Leeswijzer
    document.add_heading("Waarom vier bouwstenen", level=1)
    document.add_paragraph(
        "Op de teamdag van oktober 2024 kwamen steeds dezelfde vier onderwerpen terug: wat leerlingen bij ons "
        "leren, hoe het voelt om hier te zijn, wie er voor de klas staat en hoe we verbonden zijn met ouders en "
        "de stad. Dat zijn onze vier bouwstenen. Elke bouwsteen begint met een korte analyse (Waar staan we?), "
        "gevolgd door onze ambities (Waar gaan we voor?), de aanpak (Zo werken we eraan) en de doelen waarop "
        "we ons laten afrekenen (Zo meten we het). Onder 'Zo werken we eraan' staan ook de praktische zaken "
        "die bij een bouwsteen horen, zoals gebouw, rooster en begroting.")
    document.add_paragraph(
        "Een schoolplan moet volgens de wet een aantal onderdelen bevatten. In onderstaand overzicht staat "
        "waar u die vindt.")
    _tabel(document, ("Onderdeel", "Waar in dit plan"), WAARWAT_TABEL)

    _bouwsteen(document, 1, "Leren met richting", B1_STAAN, B1_AMBITIES, B1_EIGEN, B1_WERK, B1_METEN)
    _bouwsteen(document, 2, "Een plek waar je mag zijn", B2_STAAN, B2_AMBITIES, None, B2_WERK, B2_METEN)
    _bouwsteen(document, 3, "Vakmensen voor de klas", B3_STAAN, B3_AMBITIES, B3_EIGEN, B3_WERK, B3_METEN)
    _bouwsteen(document, 4, "Thuis, school en stad", B4_STAAN, B4_AMBITIES, None, B4_WERK, B4_METEN)

    # Kwaliteitszorg
    document.add_heading("Hoe we de bouwstenen bewaken", level=1)
    document.add_paragraph(KZ_INLEIDING)
    _opsomming(document, KZ_PUNTEN)
    document.add_heading("Kwaliteitskalender", level=2)
    _tabel(document, ("Maand", "Wat"), KZ_KALENDER)

    # Meerjarenplanning
    document.add_heading("Meerjarenplanning", level=1)
    document.add_paragraph(
        "De planning hieronder is de basis voor de jaarplannen. We stellen haar elk jaar in juni bij.")
    _tabel(document, ("Schooljaar", "Bouwsteen 1", "Bouwsteen 2", "Bouwsteen 3", "Bouwsteen 4"), MEERJAREN)

    # Vaststelling
    document.add_heading("Vaststelling", level=1)
    document.add_paragraph(
        "De medezeggenschapsraad van Lyceum De Stuwwal heeft op 17 juni 2025 ingestemd met dit schoolplan. "
        "Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 3 juli 2025 vastgesteld.")
    _tabel(document, ("Namens", "Naam", "Datum", "Handtekening"), [
        ("Medezeggenschapsraad", "J. Ouali, voorzitter", "17 juni 2025", ""),
        ("Lyceum De Stuwwal", "M. Verhoeff, rector", "17 juni 2025", ""),
        ("College van Bestuur ASG", "voorzitter College van Bestuur", "3 juli 2025", ""),
    ])

    _opslaan(document, path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_179_lyceum_de_stuwwal.docx")
