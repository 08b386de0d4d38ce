"""Schoolplan 2025-2029 van KBS Sint Ansfridus (Almere Haven).

Kort plan dat de centrale vragen uit de Koerswijzer van ASG een voor een
beantwoordt. Schrijft een .docx met python-docx via build(path).
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

DATUM = datetime.datetime(2025, 6, 24, 10, 0, 0)

# (kopje, [alinea's]) ; een alinea die met "- " begint wordt een opsomming
HOOFDSTUKKEN = [
    ("Gezien worden", [
        ("Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?", [
            "Onze schoolcultuur is gastvrij: iedereen voelt zich bij ons welkom. Wij streven ernaar dat "
            "mensen van binnen en van buiten de school zich welkom voelen, ook de bezoeker die de school "
            "voor het eerst binnenloopt.",
        ]),
        ("Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?", [
            "Vanaf groep 4 voert elke leerkracht in oktober en maart een kindgesprek van tien minuten met "
            "ieder kind: wat gaat goed, wat wil je nog leren en wat heb je daarvoor van mij nodig? De "
            "afspraken komen in ParnasSys en in de groepsbespreking. Bij rekenen werken alle groepen op drie "
            "niveaus. Leerlingen die veel meer aankunnen, werken in groep 5 tot en met 8 een ochtend per week "
            "in onze Denkwerkgroep. Medewerkers kiezen in het taakbeleid zelf een deel van hun taken.",
        ]),
        ("Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?", [
            "Iedereen bij ons is waardevol en wordt gezien. Wij doen recht aan de meningen van ouders, "
            "leerlingen, medewerkers en andere betrokkenen en wij nemen die serieus.",
        ]),
    ]),
    ("Open", [
        ("Hoe bereiken we dat iedereen zich respectvol bejegend voelt?", [
            "Elke groep krijgt wekelijks een les uit Kwink, en de eerste zes weken van het schooljaar staan in "
            "het teken van groepsvorming. Juf Sanne Dekker is anti-pestcoördinator; "
            "het anti-pestprotocol is in 2024 herzien. Leerkrachten vullen twee keer per jaar ZIEN! in, en de "
            "groepen 6 tot en met 8 vullen elk jaar in maart de vragenlijst sociale veiligheid in. In 2024 "
            "voelde 87 procent van hen zich veilig; wij willen naar 92 procent. Incidenten leggen we vast in "
            "ParnasSys en het zorgteam bespreekt ze maandelijks.",
        ]),
        ("Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te informeren?", [
            "In onze communicatie zijn wij transparant en toegankelijk. Alle berichten aan ouders gaan via "
            "Parro, waarin ouders ze in hun eigen taal kunnen laten vertalen. Elke eerste vrijdag van de maand "
            "verschijnt de Ansfriduspost. Vragen van ouders beantwoorden we binnen twee werkdagen. Bij "
            "gesprekken over een verwijzing of doublure zetten we een professionele tolk in, op kosten van de "
            "school.",
        ]),
        ("Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare karakter van ASG?", [
            "Als katholieke school beginnen we de dag met een moment van stilte of een gebed, alle groepen werken twee keer per week met Hemel en "
            "Aarde, en we vieren vier keer per jaar samen: bij de opening van het schooljaar, met Kerstmis, met "
            "Pasen en aan het eind van het jaar. De pastor van de parochie in Almere Haven bereidt twee "
            "vieringen mee voor. Tegelijk staat de school open voor ieder kind: bijna de helft van onze "
            "leerlingen heeft een ander of geen geloof. Kinderen vertellen in de kring over hun eigen feesten, "
            "zoals het Suikerfeest en Divali, en niemand hoeft mee te bidden.",
        ]),
    ]),
    ("Vooruitstrevend", [
        ("Hoe faciliteren we innovatie binnen ASG?", [
            "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Wij "
            "zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        ]),
        ("Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?", [
            "Bij Blink Wereld sluit elk thema af met een onderzoeksopdracht die de leerlingen aan een andere "
            "groep presenteren. Voor het team werken we met leerteams: elk jaar onderzoeken twee leerteams "
            "van vier of vijf collega's met lesson study een vraag uit de eigen praktijk, bijvoorbeeld 'Hoe "
            "leren we kinderen in groep 4 en 5 hardop denken bij begrijpend lezen?'. Een leerteam komt zes "
            "keer bij elkaar en presenteert de uitkomst op de studiedag in juni.",
        ]),
        ("Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor ASG?", [
            "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie: "
            "continue veranderingen, fundamentele veranderingen en radicale veranderingen.",
        ]),
    ]),
    ("Ambitieus", [
        ("Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?", [
            "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij geven altijd het beste "
            "van onszelf en spreken elkaar daar open op aan.",
        ]),
        ("Wat doen we om de professionaliteit van ons personeel te verbeteren?", [
            "Van 2025 tot 2027 volgt het hele team het traject Expliciete Directe Instructie (EDI), met zes "
            "bijeenkomsten per jaar. De directeur en de intern begeleider leggen drie keer per jaar een "
            "klassenbezoek af; collega's bezoeken elkaar twee keer per jaar. Iedere leraar kiest zelf een "
            "ontwikkelvraag voor zijn persoonlijk ontwikkelplan (POP). Elk jaar volgen minstens twee "
            "collega's een programma van de ASG Academie; in 2025-2026 de leergang rekencoördinator en de "
            "leergang Jonge Kind.",
        ]),
        ("Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?", [
            "Vanaf groep 5 hebben leerlingen een doelenmap voor rekenen en spelling: ze zien welke doelen ze "
            "beheersen en kiezen met de leerkracht wat ze daarna oefenen. Onze lat ligt boven de "
            "signaleringswaarden van de inspectie. Op de doorstroomtoets van 2024 haalde 58 procent van groep "
            "8 niveau 2F voor lezen en 41 procent 1S voor rekenen; in 2028 willen we 65 en 45 procent halen. "
            "Begrijpend lezen krijgt daarom vanaf groep 4 drie kwartier per week extra, met Nieuwsbegrip.",
        ]),
    ]),
    ("Goed en toegankelijk onderwijs", [
        ("Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?", [
            "Ons onderwijsprogramma dekt de kerndoelen met Lijn 3 (aanvankelijk lezen), Staal (taal en "
            "spelling), Nieuwsbegrip (begrijpend lezen), Wereld in getallen 5 (rekenen), Blink Wereld "
            "(wereldoriëntatie), Hemel en Aarde (levensbeschouwing), Kwink (sociaal-emotionele ontwikkeling) "
            "en vanaf groep 5 Groove.me (Engels). Alle groepen krijgen twee keer per week gym van de "
            "vakleerkracht en 940 uur onderwijs per jaar. Ook burgerschap en digitale geletterdheid krijgen een plek "
            "in ons aanbod. Onze eindresultaten liggen al vijf jaar boven de signaleringswaarden en dat "
            "willen we zo houden.",
        ]),
        ("Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?", [
            "We werken handelingsgericht: na elke toetsronde maakt de leerkracht een groepsoverzicht met drie "
            "instructieniveaus, dat de intern begeleider met hem of haar bespreekt. In ons "
            "schoolondersteuningsprofiel (SOP) staat wat wij bieden: begeleiding bij dyslexie en dyscalculie, "
            "de Denkwerkgroep en ondersteuning bij lichte gedrags- en concentratieproblemen. Intensieve medische zorg of "
            "begeleiding bij ernstige gedragsproblemen kunnen wij niet bieden. Dan zoeken we met de ouders en "
            "het Samenwerkingsverband Passend Onderwijs Almere een arrangement of een andere school; in "
            "2023-2024 gingen drie leerlingen naar het speciaal basisonderwijs. In het voorjaar van 2026 "
            "herzien we het SOP.",
        ]),
        ("Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?", [
            "We volgen de kinderen met Leerling in beeld van Cito (januari en juni) en met ZIEN!. Na elke "
            "toetsronde houdt het team een datamiddag waarin we per groep bekijken welke aanpak we bijstellen. Bij de overgang "
            "van groep 2 naar 3 en van groep 8 naar het voortgezet onderwijs is er altijd een warme overdracht.",
        ]),
        ("Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk te maken?", [
            "Een goede les op Sint Ansfridus voldoet aan de zes punten van onze kijkwijzer:",
            "- het lesdoel staat op het bord en wordt aan het begin besproken;",
            "- de leerkracht doet voor en denkt hardop;",
            "- de instructie duurt niet langer dan vijftien minuten;",
            "- de leerkracht controleert of alle kinderen het begrijpen, bijvoorbeeld met wisbordjes;",
            "- wie het nog niet beheerst, krijgt verlengde instructie aan de instructietafel;",
            "- de les sluit af met een terugblik op het doel.",
            "In 2026-2027 willen we bij alle klassenbezoeken op minstens vijf van de zes punten een voldoende zien.",
        ]),
        ("Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?", [
            "Onze school heeft een toekomstgericht curriculum. Wij ontwikkelen onderwijs passend bij de "
            "belevingswereld van onze leerlingen.",
        ]),
        ("Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en het bestuur?", [
            "In juni stellen we met het team het jaarplan op; de MR bespreekt het in september. Met Werken met Kwaliteitskaarten "
            "(WMK) beoordelen we elk jaar vier onderdelen van ons onderwijs, zodat in vier jaar alle "
            "standaarden van het onderzoekskader aan bod komen. Toetsuitslagen, vragenlijsten en klassenbezoeken "
            "staan in de kwartaalrapportage aan het bestuur; het jaarverslag verschijnt in oktober. In het "
            "voorjaar van 2027 doen we mee aan een interne audit door collega-directeuren van ASG.",
        ]),
        ("Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en verbeteren de norm is?", [
            "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
            "Bij ons zijn onderzoeken, reflecteren, leren en verbeteren de norm.",
        ]),
    ]),
    ("Personeel in positie", [
        ("Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?", [
            "Medewerkers voelen zich betrokken bij en trots op onze school en op ASG.",
        ]),
        ("Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen loopbaan?", [
            "Iedere medewerker heeft elk jaar een startgesprek in september over het POP en een "
            "voortgangsgesprek in februari na een lesbezoek, en eens in de drie jaar een beoordelingsgesprek. "
            "In het voortgangsgesprek vragen we altijd waar iemand over vijf jaar wil staan. Verslagen en "
            "certificaten komen in het digitale personeelsdossier.",
        ]),
        ("Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering binnen ASG?", [
            "Wij denken van wel. Onze medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.",
        ]),
        ("Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek wordt?", [
            "Wij hebben aandacht voor het welbevinden in elke levensfase van al onze medewerkers. Wij hebben "
            "vitale werknemers.",
        ]),
        ("Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten behoeve van ASG?", [
            "We hebben specialisten voor rekenen, lezen, gedrag, meer- en hoogbegaafdheid en het jonge kind. "
            "Elke specialist verzorgt één teamvergadering per jaar. De rekencoördinator zit in de ASG-werkgroep rekenen, waarin coördinatoren van acht basisscholen "
            "vier keer per jaar toetsanalyses en materialen uitwisselen. Onze gedragsspecialist geeft op "
            "verzoek workshops op andere ASG-scholen.",
        ]),
        ("Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?", [
            "Wij zijn opleidingsschool van Windesheim Flevoland en begeleiden elk jaar vier tot zes "
            "pabostudenten en één LIO-student. Onze zij-instromer in groep 5 heeft een coach en een dag per "
            "week studietijd; zij haalt in augustus 2026 haar bevoegdheid.",
        ]),
    ]),
    ("De meerwaarde van ASG", [
        ("Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?", [
            "Onze collega's ontmoeten collega's van alle ASG-scholen en van het servicebureau regelmatig. "
            "Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
            "studiedagen.",
        ]),
        ("Welke studiedagen, ontmoetingen en professionaliseringsprogramma’s zijn nodig voor de verschillende doelgroepen?", [
            "We plannen zes studiedagen per jaar, met als vaste thema's EDI (2025-2027), begrijpend lezen "
            "(2025-2026), het nieuwe SOP (2026) en onze identiteit. Eén daarvan is de ASG-brede studiedag. De "
            "intern begeleider neemt zes keer per jaar deel aan de professionele leergemeenschap van IB'ers "
            "binnen ASG, de directeur aan die van de directeuren.",
        ]),
        ("Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?", [
            "Wij hebben een divers en op elkaar aansluitend aanbod, zodat wij alle leerlingen een passende "
            "onderwijsloopbaan kunnen bieden.",
        ]),
    ]),
    ("Partnerschap", [
        ("Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?", [
            "Ouders zijn voor ons partner in het leren van hun kind. In de derde schoolweek voeren we met alle "
            "ouders een startgesprek, waarin zij vertellen wat zij van hun kind weten. In groep 3 lezen ouders "
            "thuis elke dag tien minuten met hun kind. Na de rapporten zijn er tienminutengesprekken, vanaf "
            "groep 6 met het kind erbij. Een ouderpanel van acht ouders denkt drie keer per jaar mee over "
            "plannen.",
        ]),
        ("Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?", [
            "De MR is voor ons een klankbord voor ideeën en een sparringpartner voor de directie bij "
            "voorgenomen beleid. Onze MR telt drie ouders en drie personeelsleden en vergadert zes keer per "
            "jaar, met een eigen jaarplanning voor jaarplan, begroting, formatie en schoolgids. Twee keer per "
            "jaar is de vergadering open voor alle ouders.",
        ]),
        ("Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze leerlingen?", [
            "In ons gebouw zit de buitenschoolse opvang van Partou; we dragen de kinderen dagelijks aan elkaar "
            "over. Met de Nieuwe Bibliotheek hebben we de Bibliotheek op school, met een leesconsulent die om "
            "de week komt. De schoolmaatschappelijk werker van De Schoor houdt elke dinsdagochtend spreekuur op "
            "school, en de jeugdverpleegkundige van GGD Flevoland ziet alle kinderen in groep 2 en 7. De "
            "parochie bereidt kinderen buiten schooltijd voor op de Eerste Communie.",
        ]),
        ("Welke regionale problemen kunnen we samen met andere partners aanpakken?", [
            "Wij werken samen met collega-schoolbesturen en gemeente bij de aanpak van regionale problemen "
            "in het onderwijs, zoals het lerarentekort.",
        ]),
    ]),
]

DOELEN = [
    ("Doel", "Meetbaar resultaat", "Klaar in", "Eigenaar"),
    ("Begrijpend lezen versterken", "Groep 8 op 2F lezen: van 58% (2024) naar 65%", "juni 2028", "leescoördinator"),
    ("Rekenen op hoger niveau", "Groep 8 op 1S rekenen: van 41% (2024) naar 45%", "juni 2028", "rekencoördinator"),
    ("EDI in alle groepen", "Bij klassenbezoek in alle groepen minstens 5 van de 6 kijkwijzerpunten voldoende",
     "juni 2027", "directeur"),
    ("Sociale veiligheid", "Groep 6-8 die zich veilig voelt: van 87% naar 92%", "maart 2027", "anti-pestcoördinator"),
    ("Nieuw schoolondersteuningsprofiel", "SOP herzien en besproken met de MR", "april 2026", "intern begeleider"),
    ("Zij-instromer bevoegd", "Bevoegdheid behaald", "augustus 2026", "directeur"),
    ("Leerteams", "Twee leerteams per jaar; uitkomsten gedeeld op de studiedag in juni", "elk jaar", "intern begeleider"),
]


def _zet_taal(document):
    """Nederlandse proeftaal en een rustige standaardletter."""
    stijl = document.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    rpr = stijl.element.get_or_add_rPr()
    taal = OxmlElement("w:lang")
    taal.set(qn("w:val"), "nl-NL")
    rpr.append(taal)
    for naam in ("Heading 1", "Heading 2", "Title"):
        document.styles[naam].font.color.rgb = RGBColor(0x5B, 0x1A, 0x4E)


def _paginanummer(document):
    alinea = document.sections[0].footer.paragraphs[0]
    alinea.alignment = WD_ALIGN_PARAGRAPH.CENTER
    alinea.add_run("KBS Sint Ansfridus - schoolplan 2025-2029 - pagina ")
    run = alinea.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            veld = OxmlElement("w:fldChar")
            veld.set(qn("w:fldCharType"), soort)
            run._r.append(veld)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = tekst
            run._r.append(instr)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    trpr.append(kop)


def _alinea(document, tekst):
    if tekst.startswith("- "):
        document.add_paragraph(tekst[2:], style="List Bullet")
    else:
        document.add_paragraph(tekst)


def build(path):
    path = str(path)
    document = Document()
    _zet_taal(document)
    _paginanummer(document)

    cp = document.core_properties
    cp.title = "Schoolplan 2025-2029 KBS Sint Ansfridus"
    cp.author = "Marieke Oudshoorn"
    cp.last_modified_by = "Marieke Oudshoorn"
    cp.subject = "Schoolplan"
    cp.created = DATUM
    cp.modified = DATUM
    cp.revision = 3

    document.add_paragraph("Schoolplan 2025-2029", style="Title")
    sub = document.add_paragraph()
    sub.add_run("Katholieke basisschool Sint Ansfridus").bold = True
    document.add_paragraph("De Gouwen, Almere Haven - een school van de Almeerse Scholen Groep")
    document.add_paragraph("Planperiode: schooljaar 2025-2026 tot en met schooljaar 2028-2029")

    document.add_heading("Waarom dit plan kort is", level=1)
    document.add_paragraph(
        "Dit is het schoolplan van KBS Sint Ansfridus voor de schooljaren 2025-2026 tot en met 2028-2029. "
        "We kozen bewust voor een kort plan. Op de studiedag van 15 januari 2025 besprak het team de "
        "centrale vragen uit de Koerswijzer van ons bestuur; hieronder staan onze antwoorden, vraag voor "
        "vraag. Vragen die vooral het bestuur, de ASG Academie of het servicebureau aangaan, hebben we "
        "overgeslagen. Onze concrete doelen staan in de tabel aan het eind; de uitwerking per jaar staat in "
        "de jaarplannen.")

    document.add_heading("Onze school in het kort", level=1)
    document.add_paragraph(
        "Sint Ansfridus staat sinds 1982 in De Gouwen in Almere Haven. Op 1 oktober 2024 hadden we 296 "
        "leerlingen in twaalf groepen en 27 medewerkers. Directeur is Marieke Oudshoorn, intern begeleider "
        "Ruud Kemper. Bij het inspectieonderzoek van 2023 kregen wij geen herstelopdrachten.")

    for titel, vragen in HOOFDSTUKKEN:
        document.add_heading(titel, level=1)
        for vraag, alineas in vragen:
            document.add_heading(vraag, level=2)
            for tekst in alineas:
                _alinea(document, tekst)

    document.add_heading("Onze doelen 2025-2029", level=1)
    document.add_paragraph("Deze doelen nemen we op in de jaarplannen. We rapporteren erover in het jaarverslag.")
    tabel = document.add_table(rows=0, cols=4)
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(DOELEN):
        cellen = tabel.add_row().cells
        for cel, tekst in zip(cellen, rij):
            cel.text = tekst
            if i == 0:
                for run in cel.paragraphs[0].runs:
                    run.bold = True
        if i == 0:
            _kopregel_herhalen(tabel.rows[0])

    document.add_heading("Vaststelling", level=1)
    document.add_paragraph(
        "De medezeggenschapsraad van KBS Sint Ansfridus heeft op 3 juni 2025 ingestemd met dit schoolplan. "
        "Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 24 juni 2025.")
    document.add_paragraph("Namens de MR: Jeroen Baas, voorzitter")
    document.add_paragraph("Namens de school: Marieke Oudshoorn, directeur")

    document.save(path)


if __name__ == "__main__":
    build("plan_207_kbs_sint_ansfridus.docx")
