# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van het Kromsloot College (vmbo en havo, Almere Haven).

Het plan is per afdeling opgebouwd. Aanmaken met build('/pad/naar/bestand.docx').
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 3, 14, 0, 0)


# ------------------------------------------------------------------ hulpjes
def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle", "List Bullet"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _veld(run, instructie):
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instructie
    scheid = OxmlElement("w:fldChar")
    scheid.set(qn("w:fldCharType"), "separate")
    tekst = OxmlElement("w:t")
    tekst.text = "Klik met de rechtermuisknop en kies 'Veld bijwerken' voor de inhoudsopgave."
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(scheid)
    run._r.append(tekst)
    run._r.append(eind)


def _paginanummer(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Kromsloot College  -  Schoolplan 2024-2028  -  ")
    r.font.size = Pt(8)
    run = p.add_run()
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
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Light Grid Accent 1"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(k).bold = True
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    for rij in t.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
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
        doc.add_paragraph(it, style="List Bullet")


DOELKOP = ["Nr.", "Doel", "Wat we doen", "Resultaat (meetbaar)", "Wanneer", "Trekker"]
BREEDTES = [1.0, 3.2, 4.6, 3.6, 1.8, 2.0]


# ------------------------------------------------------------------ document
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)

    cp = doc.core_properties
    cp.title = "Schoolplan Kromsloot College 2024-2028"
    cp.author = "A. Bakhuis"
    cp.subject = "Schoolplan"
    cp.category = "Beleid"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "Secretariaat Kromsloot College"
    cp.revision = 11

    # ---------------- voorblad
    for _ in range(3):
        doc.add_paragraph()
    doc.add_paragraph("Kromsloot College", style="Title")
    doc.add_paragraph("Schoolplan 2024-2028", style="Subtitle")
    p = doc.add_paragraph()
    r = p.add_run("Groeien op je eigen niveau")
    r.italic = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph()
    _p(doc,
       "Christelijke scholengemeenschap voor vmbo en havo\n"
       "Afdeling Vakcollege (vmbo basis en kader) | Afdeling Mavo | Afdeling Havo\n"
       "Almere Haven\n\n"
       "Looptijd: schooljaar 2024-2025 tot en met schooljaar 2027-2028\n"
       "BRIN 22XM\n"
       "Rector: drs. Annelies Bakhuis\n"
       "Onderdeel van de Almeerse Scholen Groep")
    doc.add_page_break()

    doc.add_heading("Inhoud", level=1)
    _veld(doc.add_paragraph().add_run(), ' TOC \\o "1-2" \\h \\z \\u ')
    doc.add_page_break()

    # ---------------- 1 voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    _p(doc,
       "Een schoolplan schrijven voor een school met bijna 1.900 leerlingen en drie heel verschillende afdelingen "
       "is een puzzel. Een leerling in de basisberoepsgerichte leerweg die op zijn vijftiende al weet dat hij "
       "installateur wil worden, heeft iets anders nodig dan een havo-4-leerling die twijfelt tussen "
       "bedrijfskunde en geneeskunde. In ons vorige plan hebben we geprobeerd alles in één verhaal te vangen. "
       "Dat leverde mooie zinnen op, maar weinig houvast voor de afdelingen.")
    _p(doc,
       "Dit plan is daarom anders opgebouwd. Na een korte beschrijving van het college (hoofdstuk 2) volgt één "
       "gezamenlijk hoofdstuk over wat we als college samen doen: personeelsbeleid, kwaliteitszorg en "
       "samenwerking (hoofdstuk 3). Daarna heeft elke afdeling een eigen hoofdstuk, met een eigen analyse en "
       "een eigen tabel met doelen (hoofdstukken 4 tot en met 6). De afdelingsdirecteuren hebben die hoofdstukken "
       "met hun teams geschreven. Ik heb ze zo min mogelijk gladgestreken: je mag merken dat er drie "
       "verschillende teams aan het woord zijn.")
    _p(doc,
       "Het plan sluit aan op de koers van ons bestuur, de Almeerse Scholen Groep. We hebben de kernwaarden en "
       "vensters van die koers niet als hoofdstukken overgenomen. We hebben ze gebruikt als toets: waar zien "
       "we ze terug in ons eigen werk, en waar nog niet? Hier en daar benoemen we ze, maar vooral hopen we dat "
       "ze te herkennen zijn in wat we doen.")
    _p(doc, "Annelies Bakhuis, rector")

    # ---------------- 2 ons college
    doc.add_heading("2. Ons college", level=1)
    doc.add_heading("2.1 Leerlingen en afdelingen", level=2)
    _p(doc,
       "Het Kromsloot College staat sinds 1986 aan de rand van het Kromslootpark in Almere Haven. Het gebouw "
       "aan de Kromslootdreef is in 2019 uitgebreid met een nieuwe techniekvleugel. Op 1 oktober 2023 telden we "
       "1.857 leerlingen. Ongeveer 55 procent woont in Almere Haven, de rest vooral in Almere Stad en "
       "Almere Hout. We hebben drie afdelingen, elk met een eigen afdelingsdirecteur, een eigen team en een "
       "eigen ingang. Ze delen het gebouw, de aula, het ondersteuningsteam en de sporthal.")
    _tabel(doc,
           ["Afdeling", "Leerlingen (1-10-2023)", "Geslaagd 2022", "Geslaagd 2023", "Oordeel inspectie"],
           [
               ["Vakcollege (vmbo basis en kader, met lwoo)", "612", "96%", "97%", "Voldoende (2021)"],
               ["Mavo (vmbo gemengde/theoretische leerweg)", "648", "93%", "91%", "Voldoende (2021)"],
               ["Havo (leerjaar 1 tot en met 5)", "597", "76%", "80%", "Onvoldoende (2022), voldoende na herstelonderzoek (april 2023)"],
           ],
           [4.5, 2.5, 2.0, 2.0, 5.0])
    _p(doc,
       "In de brugklas werken we met homogene klassen per niveau en twee dakpanklassen (mavo/havo en "
       "basis/kader). Leerlingen kunnen aan het eind van elk leerjaar overstappen naar een andere afdeling, en in "
       "leerjaar 1 en 2 ook halverwege het jaar. In 2022-2023 stroomden 41 leerlingen op naar een hoger niveau "
       "en 37 af.")

    doc.add_heading("2.2 Wie we willen zijn", level=2)
    _p(doc,
       "Het Kromsloot College is een christelijke school, maar we vragen niet naar iemands geloof. Ruim 60 "
       "procent van onze leerlingen komt uit een gezin zonder kerkelijke achtergrond, en een flink deel is "
       "moslim, hindoe of heeft een andere levensovertuiging. We zijn een open christelijke school. We beginnen "
       "de week met een gezamenlijke weekopening per afdeling, die leerlingen om de beurt mee voorbereiden. We "
       "vieren Kerst en Pasen met de hele school. Tijdens de ramadan passen we de tijden van de sportdag aan, "
       "en de leerlingen die het Suikerfeest vieren, krijgen die dag vrij zonder dat ze verlof hoeven aan te "
       "vragen. In de lessen levensbeschouwing, in alle afdelingen en alle leerjaren, leren leerlingen vragen "
       "stellen over elkaars overtuigingen en met belangstelling naar de antwoorden luisteren. Ook bij nieuwe collega's kijken we "
       "naar wat iemand meebrengt, niet alleen naar het cv. Een team dat lijkt op de leerlingen is voor ons een "
       "voordeel, geen bijzaak.")
    _p(doc,
       "Bij ons is iedereen waardevol en wordt iedereen gezien. Wij geven altijd het beste van onszelf. Ons "
       "motto 'Groeien op je eigen niveau' betekent voor ons ook dat we dat niveau niet te laag inschatten. "
       "Waar een leerling twijfelt tussen twee niveaus, geven we hem de kans op het hogere niveau, met "
       "begeleiding. Dat vraagt iets van docenten en mentoren, en daar komen we in de afdelingshoofdstukken op "
       "terug.")

    doc.add_heading("2.3 Veiligheid en ondersteuning: de collegebrede basis", level=2)
    _p(doc,
       "Veiligheid regelen we collegebreed. In het veiligheidsplan (herzien in 2023) staan de afspraken over "
       "pesten, incidenten, sociale media en de samenwerking met de wijkagent. Elke afdeling heeft een "
       "anti-pestcoördinator en een vertrouwenspersoon. Sinds 1 januari 2024 zijn mobiele telefoons in alle "
       "lessen weg. Ze gaan aan het begin van de les in de telefoontas. Elk jaar in februari vullen alle "
       "leerlingen de veiligheidsmonitor in. In 2023 voelde 89 procent van de leerlingen zich veilig op school. "
       "In het Vakcollege was dat 86 procent, in de mavo 90 procent en in de havo 91 procent. Incidenten "
       "registreren we in Magister, en de veiligheidscoördinator bespreekt ze elk kwartaal met de "
       "afdelingsdirecteuren.")
    _p(doc,
       "Onze basisondersteuning is voor alle afdelingen gelijk: een mentor met een vast mentoruur per week, "
       "drie leerlingbesprekingen per jaar, een dyslexie- en dyscalculieprotocol en faalangstreductietraining. "
       "Voor extra ondersteuning is er het Steunpunt. Dat is een ruimte met twee begeleiders, waar leerlingen "
       "tijdelijk een deel van de dag kunnen werken als het in de klas niet lukt. Het ondersteuningsteam "
       "(ondersteuningscoördinator, orthopedagoog, schoolmaatschappelijk werker, jeugdarts en leerplichtambtenaar) "
       "komt elke twee weken bijeen. Het Vakcollege heeft daarnaast leerwegondersteuning (lwoo) in kleinere "
       "klassen van hooguit 16 leerlingen. In ons schoolondersteuningsprofiel (vastgesteld in maart 2024) "
       "beschrijven we ook waar onze grenzen liggen: leerlingen die langdurig niet in een groep kunnen werken of "
       "intensieve medische zorg nodig hebben, kunnen we niet goed helpen. Voor hen zoeken we samen met het "
       "samenwerkingsverband een passende plek, meestal in het voortgezet speciaal onderwijs of een "
       "tussenvoorziening.")

    # ---------------- 3 gezamenlijk hoofdstuk
    doc.add_heading("3. Samen één college: personeel, kwaliteit en samenwerking", level=1)
    doc.add_heading("3.1 Personeel", level=2)
    _p(doc,
       "Op het Kromsloot College werken 176 mensen: 132 docenten en instructeurs en 44 medewerkers in "
       "ondersteunende functies. Net als elders in Almere is het lastig om vacatures te vullen, vooral voor "
       "wiskunde, natuurkunde, Duits en de technische beroepsvakken. In 2022-2023 werd 89 procent van de "
       "lessen gegeven door een bevoegde docent. Veertien collega's volgen een opleiding voor hun bevoegdheid: "
       "zij-instromers, onderwijsassistenten die docent worden en tweedegraads docenten die in de havo-bovenbouw "
       "lesgeven. Ieder van hen heeft een coach uit het eigen team, krijgt vier uur per week studietijd in het "
       "rooster en betaalt geen collegegeld: dat betaalt de school.")
    _p(doc,
       "Het ziekteverzuim lag in 2022-2023 op 6,8 procent. Dat is vooral langdurig verzuim, met werkdruk als "
       "veelgenoemde oorzaak. We hebben in 2023 samen met de personeelsgeleding van de MR een werkdrukanalyse "
       "per afdeling gemaakt. Daaruit kwamen drie afspraken die we deze planperiode vasthouden: geen "
       "vergaderingen in toetsweken, maximaal één mentoraat per docent, en een vaste contactpersoon bij de "
       "arbodienst voor elke afdeling.")
    _p(doc,
       "Met de gesprekscyclus liepen we achter. In 2022-2023 had 62 procent van de medewerkers een "
       "jaargesprek. We werken vanaf nu met de ASG-gesprekscyclus: elk jaar een ontwikkelgesprek en om de "
       "drie jaar een beoordelingsgesprek, met vooraf minimaal twee lesbezoeken. De teamleiders voeren de "
       "gesprekken en leggen ze vast in het digitale personeelsdossier.")
    _p(doc,
       "Professionalisering organiseren we zo dicht mogelijk bij de les. Alle docenten zitten in een van de "
       "twaalf leerteams, die zes keer per jaar op dinsdagmiddag bijeenkomen. Het collegebrede thema voor "
       "2024-2026 is activerende didactiek: de les zo inrichten dat alle leerlingen denken en doen, niet "
       "alleen de snelle. De leerteams werken met collegiale lesbezoeken en korte cycli van uitproberen en "
       "bespreken. Teamleiders en afdelingsdirecteuren volgen het leiderschapsprogramma van de ASG Academie. "
       "Voor instructeurs en onderwijsassistenten reserveren we jaarlijks 20.000 euro voor scholing bij de ASG "
       "Academie en het ROC.")
    _p(doc, "Wat we als college voor het personeel willen bereiken:")
    _bullets(doc, [
        "In 2027-2028 wordt minimaal 96 procent van de lessen gegeven door een bevoegde docent (2022-2023: 89 procent).",
        "Het ziekteverzuim is in 2026-2027 gedaald tot maximaal 5,5 procent (2022-2023: 6,8 procent).",
        "Vanaf 2024-2025 heeft iedere medewerker jaarlijks een ontwikkelgesprek. In 2025 is dat 100 procent (2022-2023: 62 procent).",
        "In juni 2026 heeft ieder leerteam zijn opbrengsten gepresenteerd op de collegebrede studiedag, en na twee jaar geven alle docenten aan activerende werkvormen dagelijks te gebruiken (meting met lesbezoeken in het voorjaar van 2026).",
    ])

    doc.add_heading("3.2 Kwaliteitszorg", level=2)
    _p(doc,
       "Na het onvoldoende oordeel voor de havo in 2022 hebben we onze kwaliteitszorg op de schop genomen. We "
       "werken nu met een vaste jaarcyclus. In september stelt elke afdeling een jaarplan op dat is afgeleid van "
       "dit schoolplan. In januari en juni volgt een afdelingsrapportage met de belangrijkste cijfers "
       "(doorstroom, resultaten, verzuim van leerlingen, tevredenheid en veiligheid). In juli schrijven we een "
       "jaarverslag. De rector bespreekt de rapportages met de afdelingsdirecteuren en daarna met het bestuur "
       "in het kwaliteitsgesprek. De kwaliteitsmedewerker bewaakt de kwaliteitskalender en zorgt ervoor dat "
       "gegevens uit Magister en Vensters voor Verantwoording op tijd klaarstaan.")
    _p(doc,
       "Naast cijfers kijken we naar de les. Teamleiders bezoeken elke docent minimaal twee keer per jaar met "
       "de kijkwijzer van het college. Die is in 2023 opgesteld met de leerteams en sluit aan op het "
       "waarderingskader van de inspectie. Leerlingen vullen elk jaar een lesevaluatie in per vak. Eens per "
       "twee jaar houden we een tevredenheidspeiling onder leerlingen, ouders en medewerkers. In 2026 laten we "
       "een collegiale visitatie uitvoeren door twee andere ASG-scholen, ter voorbereiding op het vierjaarlijks "
       "onderzoek van de inspectie. De examencommissie rapporteert elk jaar over de kwaliteit van de "
       "schoolexamens en de PTA's.")

    doc.add_heading("3.3 Samenwerking", level=2)
    _p(doc,
       "Wij werken proactief samen met een breed scala aan partners. Hieronder staat wat dat concreet betekent.")
    _p(doc,
       "Ouders. Ouders zijn voor ons partner in de schoolloopbaan van hun kind. Elke afdeling houdt in de eerste "
       "zes weken van het schooljaar een kennismakingsgesprek tussen mentor, leerling en ouders. In de onder"
       "bouw volgt daarna twee keer per jaar een driehoeksgesprek met het portfolio van de leerling op tafel. "
       "Elke afdeling heeft een ouderpanel dat vier keer per jaar bij de afdelingsdirecteur aanschuift.")
    _p(doc,
       "Medezeggenschap. Naast de MR heeft elke afdeling een deelraad met twee ouders, twee leerlingen en twee "
       "personeelsleden. De afdelingsdirecteur legt het concept-jaarplan in september en de tussenrapportage in "
       "februari aan de deelraad voor, voordat ze worden vastgesteld. Zo horen we op tijd wat er speelt. De "
       "leerlingenraad van elke afdeling mag daarnaast jaarlijks één onderwerp op de agenda van de MR zetten.")
    _p(doc,
       "Passend onderwijs. We werken samen met het samenwerkingsverband passend onderwijs voor het vo in "
       "Almere. We maken gebruik van de tussenvoorziening van het samenwerkingsverband voor leerlingen die "
       "tijdelijk niet naar school kunnen, en we hebben vaste afspraken met twee vso-scholen over de overstap "
       "in beide richtingen.")
    _p(doc,
       "Andere ASG-scholen. Met de basisscholen van ASG in Almere Haven voeren we elk voorjaar een warme "
       "overdracht voor alle nieuwe brugklassers, en eens per jaar bespreken we met de groep 8-leerkrachten "
       "hoe onze vroegere leerlingen het doen. Onze examensecretaris neemt deel aan het overleg van de "
       "examensecretariaten van de ASG-scholen. De secties wiskunde en Nederlands van de havo vergelijken "
       "vanaf 2024-2025 elk jaar een schoolexamen met de havo-afdelingen van twee andere ASG-scholen.")
    _p(doc,
       "Vervolgonderwijs en werkveld. ROC Flevoland is onze belangrijkste partner voor het Vakcollege en de "
       "mavo (zie hoofdstuk 4 en 5). Windesheim Flevoland is partner in de opleidingsschool. Het Flevoziekenhuis "
       "en twee zorgorganisaties in Almere Haven bieden stageplaatsen voor zorg en welzijn.")
    _p(doc,
       "Lerarentekort. Samen met de andere vo-besturen in Almere en Windesheim Flevoland doen we mee aan de "
       "regionale aanpak van het lerarentekort. Ons aandeel: wij bieden elk jaar twaalf opleidingsplaatsen "
       "voor studenten en hebben twee schoolopleiders. In 2025-2026 starten we met de partners een gezamenlijke "
       "zij-instroomgroep voor wiskunde en natuurkunde, waarvan minstens vier deelnemers bij ons werken.")
    _p(doc,
       "De wijk. Het Kromsloot College hoort bij Almere Haven. De jongerenwerkers van het buurtcentrum hebben "
       "twee middagen per week een plek in de aula. De wijkagent is een bekend gezicht. Leerlingen van het "
       "Vakcollege voeren elk jaar een klus uit in de wijk (zie hoofdstuk 4).")

    # ---------------- 4 vakcollege
    doc.add_heading("4. Afdeling Vakcollege", level=1)
    _p(doc, "Afdelingsdirecteur: Karim El Ouali")
    doc.add_heading("4.1 Waar we staan", level=2)
    _p(doc,
       "Het Vakcollege heeft 612 leerlingen in de basis- en kaderberoepsgerichte leerweg. In de bovenbouw "
       "bieden we vier profielen aan: Bouwen, wonen en interieur (BWI), Produceren, installeren en energie "
       "(PIE), Zorg en welzijn (Z&W) en Horeca, bakkerij en recreatie (HBR). De slagingspercentages zijn al "
       "jaren goed (97 procent in 2023), en 93 procent van onze gediplomeerden stroomt door naar het mbo. Onze "
       "zorg zit ergens anders. Een op de vijf leerlingen die naar het mbo gaat, valt daar in het eerste jaar "
       "uit of switcht van opleiding. En bij ons zelf voelt 86 procent van de leerlingen zich veilig. Dat is "
       "lager dan in de andere afdelingen.")
    _p(doc,
       "Onze leerlingen leren het best als ze zien waarom ze iets leren. In de techniekvleugel werken "
       "leerlingen van PIE en BWI al aan echte opdrachten. Dat willen we uitbreiden tot een doorlopende route "
       "naar het mbo, samen met ROC Flevoland: de vakmanschapsroute. Leerlingen uit de kaderberoepsgerichte "
       "leerweg volgen vanaf leerjaar 3 een deel van hun beroepsgerichte programma op het ROC en bij "
       "leerbedrijven. Het vmbo-examen en de eerste mbo-modules lopen zo in elkaar over. Dit is voor ons een "
       "nieuwe manier van organiseren. Docenten van beide scholen ontwerpen de opdrachten samen en geven ze "
       "ook samen. Als we in dit plan ergens vooruitstrevend willen zijn, dan is het hier.")
    doc.add_heading("4.2 Leerlingen kennen en ontvangen", level=2)
    _p(doc,
       "Gezien worden, een van de kernwaarden van ASG, nemen we in het Vakcollege letterlijk. Elke ochtend staan "
       "twee mentoren bij de ingang om iedere leerling bij naam te begroeten. Dat doen we "
       "sinds 2023 en het maakt verschil: we zien aan de deur wie een slechte nacht had. Elke mentor heeft "
       "hooguit 18 leerlingen en voert in de eerste zes weken met iedere leerling een individueel gesprek over "
       "wat hij nodig heeft. De uitkomst komt in het leerlingprofiel in Magister. Bij de leerlingbesprekingen "
       "kijken we niet alleen naar cijfers, maar ook naar verzuim, welbevinden en thuissituatie.")
    _p(doc,
       "Het schoolrestaurant De Sluiswachter wordt gerund door leerlingen van HBR. Op dinsdag en donderdag is "
       "het open voor ouders, buurtbewoners en bezoekers van de school. Op open dagen ontvangen leerlingen van "
       "Z&W en HBR de gasten. Ze leiden ze rond en schenken koffie. Zo leren ze gastvrijheid in de praktijk, en "
       "bezoekers merken meteen wat voor school dit is.")
    doc.add_heading("4.3 Burgerschap en de wijk", level=2)
    _p(doc,
       "Burgerschap geven we in het Vakcollege vooral vorm via het doen. Elke klas in leerjaar 2 voert samen "
       "met een organisatie uit Almere Haven een wijkproject uit, bijvoorbeeld een moestuin bij het "
       "verpleeghuis of het opknappen van bankjes in het Kromslootpark. Daarna reflecteren de leerlingen in "
       "de lessen maatschappijleer op wat ze hebben gedaan en waarom dat ertoe doet. In leerjaar 3 en 4 "
       "behandelen we in maatschappijleer de rechtsstaat en verkiezingen. Bij de gemeenteraadsverkiezingen "
       "houden we een schoolverkiezing met lokale politici in de aula.")
    doc.add_heading("4.4 Doelen Vakcollege 2024-2028", level=2)
    _tabel(doc, DOELKOP, [
        ["VC1", "Vakmanschapsroute met ROC Flevoland",
         "Samen met het ROC ontwerpen we een doorlopende leerroute voor BWI en PIE (kader). Daarna breiden we uit naar Z&W. Docenten van beide scholen geven samen les.",
         "2025-2026: 20 leerlingen in de route; 2027-2028: 40 leerlingen per jaar",
         "start 2024-2025", "El Ouali / teamleider bovenbouw"],
        ["VC2", "Minder uitval in het eerste mbo-jaar",
         "LOB-programma vanaf leerjaar 2 met twee meeloopdagen op het mbo. Warme overdracht voor elke leerling. Terugkomdag in november voor oud-leerlingen.",
         "Uitval/switch in mbo-jaar 1 daalt van 20% naar 12%",
         "2027", "Decaan"],
        ["VC3", "Veilig voelen",
         "Meer toezicht bij pauzes en wisselmomenten. Pauzes gespreid per leerjaar. Training in groepsvorming voor alle mentoren in de eerste weken.",
         "Veiligheidsmonitor: 86% naar 92%",
         "februari 2026", "Anti-pestcoördinator"],
        ["VC4", "Ongeoorloofd verzuim omlaag",
         "Verzuimcoördinator belt dezelfde ochtend. Vanaf 3 keer te laat volgt een gesprek met mentor en ouders. Samenwerking met leerplicht.",
         "Ongeoorloofd verzuim daalt met 25% t.o.v. 2022-2023",
         "2025-2026", "Verzuimcoördinator"],
        ["VC5", "Taal in alle vakken",
         "Vakdocenten gebruiken bij de beroepsvakken woordenlijsten en leesstrategieën. Een taalcoach ondersteunt de secties.",
         "Score Nederlands CE kader stijgt van 6,1 naar minimaal 6,4",
         "examen 2027", "Sectie Nederlands"],
        ["VC6", "Wijkproject in leerjaar 2",
         "Elke klas in leerjaar 2 voert met een partner uit de wijk een project uit en reflecteert erop bij maatschappijleer.",
         "Alle klassen van leerjaar 2 doen mee; vier vaste wijkpartners",
         "vanaf 2024-2025", "Sectie maatschappijleer"],
    ], BREEDTES)

    # ---------------- 5 mavo
    doc.add_heading("5. Afdeling Mavo", level=1)
    _p(doc, "Afdelingsdirecteur: Tineke Hoogland")
    doc.add_heading("5.1 Waar we staan", level=2)
    _p(doc,
       "De mavo is met 648 leerlingen de grootste afdeling. Onze examenresultaten zijn in orde (91 procent "
       "geslaagd in 2023). Er zijn twee ontwikkelingen die ons de komende jaren bezighouden. De eerste is de "
       "nieuwe leerweg. Vanaf 2024-2025 gaan de gemengde en de theoretische leerweg samen, en krijgen alle "
       "leerlingen een praktijkgericht programma. Wij kiezen voor drie programma's die aansluiten op wat er in "
       "Almere aan werk en opleiding is: Technologie en ontwerpen, Zorg en sport, en Ondernemen en media. In "
       "het eerste jaar maken we de programma's samen met ROC Flevoland en twee bedrijven uit Almere Haven. "
       "Daarnaast maken alle mavo-leerlingen vanaf 2025-2026 een profielwerkstuk in het praktijkgerichte "
       "programma, met een presentatie voor ouders en bedrijven.")
    _p(doc,
       "De tweede ontwikkeling is de overstap naar de havo. Elk jaar stroomt ongeveer 18 procent van onze "
       "geslaagden door naar havo 4, vaak binnen ons eigen college. Maar slechts 54 procent van hen haalt havo 4 "
       "zonder te blijven zitten of af te stromen. We willen dat meer leerlingen de stap durven te zetten én dat "
       "ze hem halen. Daarom starten we in leerjaar 4 met een havo-voorbereidingstraject. Dat doen we samen met "
       "de havo-afdeling. Leerlingen volgen wekelijks twee extra lessen wiskunde en Engels op havo-niveau, "
       "gegeven door havo-docenten.")
    doc.add_heading("5.2 Communicatie met ouders", level=2)
    _p(doc,
       "In de oudertevredenheidspeiling van 2023 scoorde de mavo laag op informatievoorziening. Slechts 61 procent "
       "van de ouders was tevreden. Ouders kregen berichten via Magister, e-mail, de schoolapp en soms via "
       "een groepsapp van de mentor, en wisten niet waar ze moesten kijken. We gaan daarom terug naar twee "
       "kanalen: Magister voor alles wat met de leerling zelf te maken heeft (cijfers, verzuim, berichten van "
       "de mentor) en een tweewekelijkse afdelingsnieuwsbrief voor al het andere. Open zijn betekent voor ons in de "
       "eerste plaats duidelijk zijn. Docenten beantwoorden "
       "berichten van ouders binnen twee werkdagen. Het PTA en de weging van alle toetsen staan vanaf de eerste "
       "schooldag in Magister, zodat ouders en leerlingen precies weten wat meetelt. Bij elke "
       "ouderavond hebben we een tolk Turks en Arabisch beschikbaar.")
    doc.add_heading("5.3 Burgerschap", level=2)
    _p(doc,
       "In de mavo werken we met een debatlijn: in leerjaar 1 en 2 oefenen leerlingen bij mentorlessen en "
       "Nederlands met de vorm, in leerjaar 3 doet iedere klas mee aan het interne debattoernooi over een "
       "maatschappelijk onderwerp. Bij maatschappijleer bezoeken alle leerlingen in leerjaar 3 het "
       "stadhuis van Almere en een zitting van de kantonrechter. De leerlingenraad van de mavo stelt elk jaar "
       "zelf een thema voor de weekopeningen voor.")
    doc.add_heading("5.4 Doelen Mavo 2024-2028", level=2)
    _tabel(doc, DOELKOP, [
        ["M1", "Praktijkgericht programma ingevoerd",
         "Drie programma's ontwikkelen met ROC Flevoland en bedrijven. Eerste cohort start in leerjaar 3. Jaarlijks evalueren met leerlingen.",
         "2026: alle leerlingen volgen een PGP; 75% van de leerlingen beoordeelt het programma als zinvol",
         "2024-2026", "Hoogland / werkgroep PGP"],
        ["M2", "Sterkere overstap mavo-havo",
         "Havo-voorbereidingstraject in leerjaar 4 (wiskunde en Engels). Gezamenlijk overstapgesprek met een mentor van de havo.",
         "Aandeel dat havo 4 zonder vertraging haalt: 54% naar 70%",
         "2027", "Teamleider bovenbouw mavo"],
        ["M3", "Duidelijke communicatie met ouders",
         "Twee kanalen (Magister en nieuwsbrief), antwoord binnen twee werkdagen, PTA vanaf dag 1 in Magister.",
         "Tevredenheid informatie: 61% naar 80%",
         "peiling 2026", "Afdelingsdirecteur"],
        ["M4", "Activerende didactiek zichtbaar in de les",
         "Leerteam mavo richt zich op controleren van begrip en wisbordjes. Collegiale lesbezoeken.",
         "In 80% van de bezochte lessen ziet de kijkwijzer activerende werkvormen",
         "voorjaar 2026", "Leerteamvoorzitters"],
        ["M5", "Debat als onderdeel van burgerschap",
         "Debatlijn leerjaar 1-3. Debattoernooi in leerjaar 3. Bezoek stadhuis en rechtbank.",
         "Alle klassen van leerjaar 3 doen mee aan het toernooi",
         "vanaf 2025-2026", "Sectie maatschappijleer"],
    ], BREEDTES)

    # ---------------- 6 havo
    doc.add_heading("6. Afdeling Havo", level=1)
    _p(doc, "Afdelingsdirecteur: Jeroen van Dalfsen")
    doc.add_heading("6.1 Waar we staan", level=2)
    _p(doc,
       "We beginnen maar met wat pijn deed. In 2022 beoordeelde de inspectie de onderwijsresultaten van de "
       "havo als onvoldoende. Het slagingspercentage was twee jaar achter elkaar laag (76 procent in 2022), en "
       "te veel leerlingen bleven zitten in havo 4. We hebben sindsdien veel veranderd. De determinatie aan het "
       "eind van leerjaar 3 gaat nu via een vaste bespreking met cijfers, werkhouding en het advies van de "
       "leerling zelf. In havo 4 is er een studieplanner per leerling. De secties bespreken na elke toetsweek de "
       "resultaten per klas. In april 2023 oordeelde de inspectie na een herstelonderzoek dat de havo weer "
       "voldoende is. In 2023 slaagde 80 procent. Dat is beter, maar nog niet goed genoeg.")
    _p(doc,
       "De havo van het Kromsloot College is een havo voor leerlingen die soms via een omweg komen. Een derde "
       "van onze havo 4-leerlingen komt van de mavo. Dat willen we zo houden, en we willen dat het ook lukt. "
       "Ambitieus zijn betekent hier dat de lat hoog ligt. We willen dat onze havisten even goed slagen als het landelijk gemiddelde, en dat "
       "leerlingen die bij ons binnenkomen met een mavo/havo-advies een eerlijke kans krijgen op het "
       "havodiploma.")
    doc.add_heading("6.2 Zelf leren sturen", level=2)
    _p(doc,
       "Havisten moeten straks in het hbo zelf hun studie plannen. Daar bereiden we ze nu te weinig op voor. "
       "In 2024-2025 starten we in havo 4 met een proef met flexuren: vier uur per week kiezen leerlingen zelf "
       "bij welk vak ze extra uitleg of oefentijd nodig hebben. Ze maken daarover afspraken met hun mentor in "
       "de studieplanner. Na een jaar evalueren we met leerlingen en docenten, en beslissen we of we de flexuren "
       "uitbreiden naar havo 3 en havo 5.")
    doc.add_heading("6.3 Burgerschap", level=2)
    _p(doc,
       "In havo 4 doen alle leerlingen mee aan een simulatie van de gemeenteraad, samen met de griffie van de "
       "gemeente Almere. In havo 5 schrijven ze bij maatschappijwetenschappen een opiniestuk over een actueel "
       "onderwerp en bespreken ze dat in de klas. De havo-leerlingenraad organiseert elk jaar een themadag over "
       "diversiteit en discriminatie.")
    doc.add_heading("6.4 Doelen Havo 2024-2028", level=2)
    _tabel(doc, DOELKOP, [
        ["H1", "Slagingspercentage op landelijk niveau",
         "Resultaatbespreking per sectie na elke toetsweek. Examentraining in januari. Extra begeleiding voor leerlingen met twee of meer onvoldoendes.",
         "Slagingspercentage minimaal 88% in 2026 en 2027 (2023: 80%)",
         "examen 2026 en 2027", "Van Dalfsen"],
        ["H2", "Minder zittenblijvers in havo 4",
         "Studieplanner per leerling. Mentorgesprek elke zes weken. Zorgvuldige determinatie in leerjaar 3.",
         "Bovenbouwsucces van 78% naar minimaal 85%",
         "2026-2027", "Teamleider havo 4-5"],
        ["H3", "Flexuren in havo 4",
         "Proef met vier flexuren per week. Evaluatie met leerlingen, ouders en docenten. Besluit over uitbreiding.",
         "Evaluatie af in juni 2025; bij een positief besluit flexuren in havo 3-5 in 2026-2027",
         "2024-2027", "Werkgroep flexuren"],
        ["H4", "Succesvolle opstroom vanuit de mavo",
         "Samen met de mavo: havo-voorbereidingstraject, overstapgesprek, buddy uit havo 5 voor elke opstromer.",
         "70% van de opstromers haalt havo 4 zonder vertraging",
         "2027", "Teamleider havo 4-5 / teamleider mavo"],
        ["H5", "Schoolexamens vergeleken met andere ASG-scholen",
         "Secties wiskunde en Nederlands vergelijken jaarlijks een SE met twee andere ASG-havo's. Daarna volgen de andere examenvakken.",
         "2026: vier secties doen mee",
         "vanaf 2024-2025", "Examensecretaris / sectievoorzitters"],
        ["H6", "Alle havo-bovenbouwlessen door eerstegraads docenten",
         "Tweedegraads docenten in de bovenbouw volgen een masteropleiding met studietijd in het rooster.",
         "Aandeel lessen havo 4-5 door eerstegraads bevoegde docent: 82% naar 95%",
         "2027-2028", "Rector / HR-adviseur"],
    ], BREEDTES)

    # ---------------- 7 slot
    doc.add_heading("7. Tot slot", level=1)
    _p(doc,
       "Een plan is pas iets waard als het in het jaarplan van de afdelingen terechtkomt en als we er elk jaar "
       "eerlijk over rapporteren. De doelen in de tabellen van hoofdstuk 4 tot en met 6 en de collegebrede "
       "doelen in hoofdstuk 3 vormen de basis voor de jaarplannen vanaf 2024-2025. In het jaarverslag van elk "
       "schooljaar staat per doel hoe ver we zijn. Halverwege de planperiode, in het voorjaar van 2026, kijken "
       "we met de teams, de deelraden en het bestuur of de koers moet worden bijgesteld.")
    _p(doc,
       "Dit schoolplan is in april en mei 2024 besproken in de deelraden van de drie afdelingen. De "
       "medezeggenschapsraad heeft op 28 mei 2024 ingestemd met het schoolplan 2024-2028. Het College van Bestuur "
       "van de Almeerse Scholen Groep heeft het plan op 3 juni 2024 vastgesteld.")

    _paginanummer(doc)
    doc.save(path)
    _vaste_zipdatums(path)


def _vaste_zipdatums(path):
    """Schrijf het .docx-bestand opnieuw met vaste tijdstempels, zodat elke build byte-gelijk is."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            nieuw = zipfile.ZipInfo(info.filename, date_time=VASTE_DATUM.timetuple()[:6])
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = info.external_attr
            zout.writestr(nieuw, data)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_142_kromsloot_college.docx")
