# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Christelijk Vakcollege De Palmtak (vmbo, Almere Haven).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

GROEN = RGBColor(0x2E, 0x5E, 0x3A)


def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Title"):
        stijl = doc.styles[naam]
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(sectie):
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan De Palmtak 2025-2029  |  pagina ")
    run = voet.add_run()
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


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)
    for naam in ("Heading 1", "Heading 2"):
        doc.styles[naam].font.color.rgb = GROEN

    def h1(t):
        doc.add_heading(t, level=1)

    def h2(t):
        doc.add_heading(t, level=2)

    def p(t):
        return doc.add_paragraph(t)

    def pv(vet, t):
        par = doc.add_paragraph()
        par.add_run(vet).bold = True
        par.add_run(t)
        return par

    def bullets(items):
        for it in items:
            doc.add_paragraph(it, style="List Bullet")

    def tabel(kop, rijen, breedtes=None):
        tb = doc.add_table(rows=1, cols=len(kop))
        tb.style = "Table Grid"
        for i, k in enumerate(kop):
            cel = tb.rows[0].cells[i]
            cel.text = ""
            cel.paragraphs[0].add_run(k).bold = True
        _kopregel_herhalen(tb.rows[0])
        for r in rijen:
            cellen = tb.add_row().cells
            for i, w in enumerate(r):
                cellen[i].text = w
        doc.add_paragraph()
        return tb

    # ------------------------------------------------------------------ voorblad
    titel = doc.add_paragraph()
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = titel.add_run("Christelijk Vakcollege De Palmtak")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = GROEN
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = sub.add_run("Schoolplan 2025-2029")
    r.font.size = Pt(20)
    mot = doc.add_paragraph()
    mot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = mot.add_run("\u201cMet hoofd, hart en handen\u201d")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    info = doc.add_paragraph()
    info.alignment = WD_ALIGN_PARAGRAPH.CENTER
    info.add_run(
        "vmbo basis, kader en gemengd/theoretisch\n"
        "Almere Haven\n"
        "BRIN 21KV\n"
        "onderdeel van de Almeerse Scholen Groep (ASG)\n\n"
        "Vastgesteld door het College van Bestuur op 1 juli 2025\n"
        "Versie 1.2, juni 2025"
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------ inhoud
    h1("Inhoud")
    for regel in (
        "Voorwoord",
        "1  Wie wij zijn",
        "2  Onze koers",
        "3  Onderwijs",
        "4  Begeleiding",
        "5  Personeel",
        "6  Kwaliteit",
        "7  Onze doelen 2025-2029",
        "Vaststelling en instemming",
    ):
        p(regel)

    # ------------------------------------------------------------------ voorwoord
    h1("Voorwoord")
    p(
        "Voor u ligt het schoolplan van Christelijk Vakcollege De Palmtak voor de schooljaren 2025-2026 tot en met "
        "2028-2029. Het vorige plan liep tot de zomer van 2025. Wij hebben dit plan in het schooljaar 2024-2025 "
        "geschreven met een kleine schrijfgroep: de directie, de twee teamleiders, de zorgcoördinator, twee docenten "
        "uit de sectie Bouwen, wonen en interieur en een docent Nederlands. Op de studiedagen van 8 november 2024 en "
        "14 februari 2025 heeft het hele team meegedacht over de hoofdstukken Onderwijs en Personeel. De "
        "leerlingenraad heeft in maart 2025 het hoofdstuk Begeleiding gelezen en ons een lijst met elf opmerkingen "
        "gegeven, waarvan wij er acht hebben verwerkt."
    )
    p(
        "Eerlijk is eerlijk: de afgelopen jaren waren onrustig. We hadden in 2022 en 2023 veel wisselingen in het team, "
        "de resultaten in de kaderberoepsgerichte leerweg bleven achter en de verbouwing van de praktijklokalen duurde "
        "een half jaar langer dan gepland. Dit plan kiest daarom voor focus. We doen minder nieuwe dingen en we doen "
        "de dingen die we al doen beter. Dat ziet u terug in de doelen achter in dit plan: het zijn er zestien, en "
        "ze gaan vooral over goede lessen, goede begeleiding en een stabiel team."
    )
    p("Gerrit-Jan Oosterhuis, directeur")

    # ------------------------------------------------------------------ 1
    h1("1  Wie wij zijn")
    h2("1.1  De school in het kort")
    p(
        "De Palmtak is een christelijke vmbo-school in Almere Haven. De school is in 1986 opgericht door een "
        "vereniging van protestants-christelijke ouders en valt sinds de bestuurlijke fusie onder de Almeerse "
        "Scholen Groep. Wij bieden de basisberoepsgerichte leerweg (bb), de kaderberoepsgerichte leerweg (kb) en de "
        "gemengde en theoretische leerweg (gl/tl). Op 1 oktober 2024 telden wij 612 leerlingen: 178 in de bb, 191 in "
        "de kb en 243 in de gl/tl. Sinds 2021 is het leerlingaantal licht gedaald (toen 648), vooral doordat de "
        "instroom uit Almere Poort naar een nieuwe school in dat stadsdeel gaat."
    )
    p("In de bovenbouw kunnen leerlingen kiezen uit vier profielen:")
    bullets([
        "Bouwen, wonen en interieur (BWI), met de keuzevakken meubelmaken, schilderen en decoratief afwerken en duurzaam bouwen;",
        "Zorg en welzijn (Z&W), met onder meer de keuzevakken kennismaking met de uiterlijke verzorging en assisteren in de gezondheidszorg;",
        "Economie en ondernemen (E&O), met onder meer de keuzevakken webshop en ondernemen;",
        "Dienstverlening en producten (D&P), alleen in de gl/tl, met de nadruk op ICT en media.",
    ])
    p(
        "Het team bestaat uit 71 medewerkers (58,4 fte): 48 docenten, 4 instructeurs in de praktijklokalen, "
        "6 onderwijsassistenten, een zorgcoördinator, een orthopedagoog (0,6 fte), een decaan, een "
        "examensecretaris en het onderwijsondersteunend en administratief personeel. De directie bestaat uit de "
        "directeur en twee teamleiders: Samira el Amrani (onderbouw) en Petra Lindeboom (bovenbouw)."
    )
    h2("1.2  Onze leerlingen en hun omgeving")
    p(
        "Ongeveer 70 procent van onze leerlingen woont in Almere Haven, de rest komt uit Almere Stad, Almere Poort en "
        "een klein deel uit Zeewolde. Ruim 40 procent van de leerlingen heeft een ondersteuningsbehoefte op het gebied "
        "van leren of gedrag die vroeger tot een lwoo-indicatie zou hebben geleid. Ongeveer 45 procent van de gezinnen "
        "noemt zich christelijk; daarnaast hebben wij veel leerlingen met een islamitische achtergrond en een groeiende "
        "groep leerlingen zonder religieuze achtergrond. Eén op de vijf leerlingen spreekt thuis (ook) een andere taal "
        "dan het Nederlands."
    )
    p(
        "Uit de gesprekken met leerlingen, ouders en de wijkagent komt een duidelijk beeld naar voren. Onze leerlingen "
        "zijn praktisch ingesteld en willen zien waarvoor ze iets leren. Een groeiende groep heeft moeite met lezen en "
        "met de taal van toetsen. Een kleinere groep leerlingen heeft te maken met armoede of spanningen thuis. "
        "Tegelijkertijd hebben veel leerlingen een bijbaan en zijn ze verrassend zelfstandig buiten school."
    )

    # ------------------------------------------------------------------ 2
    h1("2  Onze koers")
    h2("2.1  Onze christelijke identiteit")
    p(
        "De Palmtak is een christelijke school. De naam verwijst naar de duif die met een olijftak terugkwam bij de ark: "
        "een teken van nieuw begin. Dat past bij onze leerlingen, van wie een deel bij ons een nieuwe start maakt na "
        "een moeilijke tijd op de basisschool. Wij geloven dat ieder mens door God gewild is en talenten heeft "
        "gekregen. Dat verklaart ons motto: met hoofd, hart en handen."
    )
    p(
        "In de praktijk betekent onze identiteit het volgende. Elke maandag begint in de onderbouw met een weekopening "
        "in de mentorgroep. In leerjaar 1 tot en met 3 krijgen alle leerlingen één uur per week levensbeschouwing. In dat "
        "vak leren ze over het christendom, maar ook over de islam, het jodendom en het humanisme. Leerlingen van "
        "verschillende achtergronden vertellen daar zelf over hun geloof of overtuiging. Met Kerst en Pasen houden wij "
        "een viering in de aula, die een groep leerlingen samen met de docent levensbeschouwing voorbereidt. Wij "
        "vragen van alle leerlingen en ouders respect voor de christelijke grondslag en wij tonen evenveel respect "
        "voor hun eigen overtuiging. Leerlingen mogen tijdens de ramadan in de pauze een stille ruimte gebruiken, en bij "
        "het Suikerfeest krijgen ze op verzoek vrij. Van nieuwe medewerkers vragen wij dat zij de identiteit van de "
        "school onderschrijven; zij hoeven niet zelf kerkelijk te zijn."
    )
    h2("2.2  Onze kernwaarden")
    p(
        "Als school van de Almeerse Scholen Groep werken wij met de vier kernwaarden van ons bestuur. In de "
        "personeelskamer hangen ze op de muur, en op de studiedag van november 2024 hebben wij ze met het team "
        "besproken."
    )
    pv("Gezien worden. ",
       "De cultuur op De Palmtak is gastvrij; iedereen voelt zich bij ons welkom. Iedereen op onze school is waardevol "
       "en wordt gezien. Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.")
    pv("Open. ",
       "Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze communicatie zijn wij transparant "
       "en toegankelijk.")
    pv("Vooruitstrevend. ",
       "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Wij geven gericht "
       "inhoud aan ons onderwijs langs de drie horizonten: continue veranderingen, fundamentele veranderingen en "
       "radicale veranderingen.")
    pv("Ambitieus. ",
       "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij geven altijd het beste van onszelf.")
    h2("2.3  De vier vensters")
    p("Ook de vier vensters van het bestuur zijn voor ons richtinggevend.")
    pv("Goed en toegankelijk onderwijs. ",
       "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. Onze school "
       "heeft een toekomstgericht curriculum. Wij maken deel uit van een dekkend netwerk van onderwijs- en "
       "zorgvoorzieningen in de stad, zodat alle leerlingen een passende onderwijsplek hebben.")
    pv("Personeel in positie. ",
       "Onze medewerkers voelen zich betrokken bij en trots op onze school. Wij hebben vitale medewerkers. Wij zetten "
       "de talenten van onze medewerkers in voor de hele school.")
    pv("De meerwaarde van ASG. ",
       "Onze medewerkers ontmoeten regelmatig collega\u2019s van de andere ASG-scholen en van het servicebureau.")
    pv("Partnerschap. ",
       "Bij ons zijn ouders betrokken bij het leerproces van hun kind. Wij werken proactief samen met een breed scala "
       "aan partners.")
    p(
        "In de volgende hoofdstukken beschrijven wij hoe wij de komende vier jaar ons onderwijs, de begeleiding, het "
        "personeelsbeleid en de kwaliteitszorg vormgeven."
    )

    # ------------------------------------------------------------------ 3
    h1("3  Onderwijs")
    h2("3.1  Ons onderwijsprogramma")
    p(
        "Ons programma volgt de kerndoelen voor de onderbouw en de examenprogramma\u2019s voor de bovenbouw van het "
        "vmbo. In leerjaar 1 en 2 werken wij met dakpanklassen: bb/kb en kb/gl-tl. Aan het eind van leerjaar 2 "
        "plaatsen wij de leerling op basis van de resultaten, het advies van de docentenvergadering en een gesprek met "
        "leerling en ouders. In de onderbouw krijgen alle leerlingen vier uur per week techniek en praktijk "
        "(\u2018Palmtakpraktijk\u2019), waarin zij kennismaken met de vier profielen. Zo kiezen ze aan het eind van "
        "leerjaar 2 een profiel dat ze van binnenuit kennen."
    )
    p(
        "De lessentabel telt in leerjaar 1 en 2 32 lesuren van 45 minuten per week, in leerjaar 3 en 4 31 uur. "
        "Voor Nederlands werken wij met Nieuw Nederlands, voor Engels met Stepping Stones en voor wiskunde met "
        "Getal & Ruimte. Voor de profielvakken gebruiken wij de modules van Edu\u2019Actief en eigen praktijkopdrachten. "
        "De onderwijstijd controleren wij elk jaar in september met het rooster; in 2024-2025 haalden alle leerjaren "
        "de wettelijke norm met een marge van ruim 5 procent."
    )
    h2("3.2  Goede lessen: expliciete directe instructie")
    p(
        "Bij de inspectiebezoeken van 2023 en bij onze eigen lesbezoeken zagen wij grote verschillen tussen lessen. "
        "Sommige lessen waren sterk, in andere lessen was onduidelijk wat leerlingen moesten leren en controleerde de "
        "docent te weinig of iedereen het begreep. Wij hebben daarom gekozen voor één gemeenschappelijk lesmodel: "
        "expliciete directe instructie (EDI). Elke les heeft een leerdoel op het bord, de docent doet voor, de leerlingen "
        "oefenen eerst samen en daarna zelfstandig, en de docent controleert steeds met wisbordjes of iedereen het "
        "begrijpt."
    )
    p(
        "Dit is een bewuste keuze voor de basis. Er is de afgelopen jaren veel op ons team afgekomen en wij zien dat "
        "nieuwe onderwijsconcepten bij onze leerlingen vaak meer onrust dan opbrengst gaven. Het experiment met "
        "gepersonaliseerd leren op laptops in leerjaar 1 (2020-2022) hebben wij gestopt. Wij starten de komende vier "
        "jaar daarom geen nieuwe onderwijsconcepten. Wij investeren in vakmanschap in de gewone les."
    )
    p(
        "De invoering van EDI verloopt in drie stappen: in 2025-2026 volgen alle docenten de training (vier "
        "middagen, verzorgd door een externe trainer); in 2026-2027 voeren de leerteams lesbezoeken bij elkaar uit met "
        "een vaste kijkwijzer; vanaf 2027-2028 is EDI de norm bij de lesbezoeken van de teamleiders."
    )
    h2("3.3  Lezen en taal")
    p(
        "Uit de Cito VAS-toetsen van 2024 blijkt dat 38 procent van onze leerlingen in leerjaar 1 onder het "
        "referentieniveau 1F voor lezen scoort. Vanaf augustus 2025 heeft elke klas in leerjaar 1 en 2 drie keer per "
        "week vijftien minuten vrij lezen aan het begin van het eerste uur. De mediatheek schaft hiervoor in 2025 voor "
        "\u20ac 4.000 nieuwe boeken aan, gekozen door een leesteam van leerlingen. Daarnaast letten alle vakdocenten "
        "op de woordenschat van hun vak: elke sectie heeft in 2026 een lijst van vijftig kernwoorden per leerjaar, die "
        "in de lessen terugkomen."
    )
    h2("3.4  Digitale geletterdheid")
    p(
        "Onze leerlingen gebruiken hun telefoon de hele dag, maar kunnen vaak geen bestand netjes opslaan, geen "
        "zakelijke e-mail schrijven en niet beoordelen of een bericht op TikTok klopt. Wij ontwikkelen daarom in "
        "2025-2026 een leerlijn digitale geletterdheid voor leerjaar 1 en 2, die in augustus 2026 ingaat. De leerlijn "
        "heeft vier onderdelen: ICT-basisvaardigheden, mediawijsheid, informatievaardigheden en computational thinking "
        "(basisprogrammeren met micro:bits in de Palmtakpraktijk). Wij gebruiken hiervoor materialen van "
        "Mediawijzer.net en de leerlijn van SLO als basis. De nieuwe kerndoelen digitale geletterdheid volgen wij; "
        "zodra ze wettelijk zijn vastgesteld passen wij de leerlijn aan."
    )
    p(
        "Binnen het profiel BWI leggen wij de komende jaren meer nadruk op duurzaam bouwen: isoleren, "
        "circulair bouwen en werken met hout uit hergebruik. Samen met Bouwmensen Almere ontwikkelen wij hiervoor in "
        "2026 een keuzevak. Zo bereiden wij leerlingen voor op het werk in de bouw van over tien jaar, en niet alleen op dat "
        "van nu."
    )
    h2("3.5  Loopbaanoriëntatie en stages")
    p(
        "Onze leerlingen leren het best als zij zien waar het voor is. Daarom werken wij in de profielvakken met echte "
        "opdrachtgevers: de sectie BWI heeft in 2024 een zitbank en plantenbakken gemaakt voor het Havenhoofd, en de "
        "leerlingen van E&O organiseren elk jaar in december een kerstmarkt met een eigen webshop. In de "
        "mentorlessen van leerjaar 1 en 2 bespreken wij onderwerpen die leerlingen zelf bezighouden, zoals "
        "geld en schulden (met het lesmateriaal van het Nibud), sociale media, en werken naast school."
    )
    p(
        "Het LOB-programma loopt van leerjaar 1 tot en met 4. In leerjaar 3 lopen alle leerlingen een snuffelstage van "
        "vijf dagen en in leerjaar 4 (bb en kb) een beroepsstage van vier weken. Wij werken daarvoor samen met 42 "
        "erkende leerbedrijven in Almere, waaronder zorgorganisatie Zorggroep Almere, de bouwbedrijven van "
        "Bouwmensen Almere en winkels in het Havencentrum. De decaan onderhoudt de contacten met het MBO College "
        "Almere van ROC van Flevoland; elke leerling in leerjaar 4 bezoekt daar minstens twee meeloopdagen."
    )
    h2("3.6  Burgerschap")
    p(
        "Burgerschap is bij ons geen apart vak, maar wel een vaste leerlijn. In de onderbouw komt burgerschap aan bod "
        "in de mentorlessen (omgaan met verschillen, regels en afspraken in de klas) en bij levensbeschouwing. In leerjaar "
        "3 volgen alle leerlingen maatschappijleer, met een bezoek aan de gemeenteraad van Almere. Jaarlijks kiezen de "
        "leerlingen in oktober hun vertegenwoordigers voor de leerlingenraad; die raad spreekt zes keer per jaar met "
        "de directeur en heeft in 2024 onder meer het nieuwe telefoonbeleid mee bepaald. Vanaf 2026-2027 doen alle "
        "leerlingen in leerjaar 3 een maatschappelijke stage van dertig uur bij een organisatie in Almere Haven, "
        "bijvoorbeeld in het verpleeghuis, bij de voedselbank of bij de sportvereniging."
    )

    # ------------------------------------------------------------------ 4
    h1("4  Begeleiding")
    h2("4.1  Mentoraat")
    p(
        "Elke klas heeft een mentor. In leerjaar 1 en 2 heeft de mentor twee mentoruren per week en een klas van "
        "hooguit 24 leerlingen. De mentor voert in het eerste leerjaar vóór de herfstvakantie met elke leerling een "
        "kennismakingsgesprek en bezoekt, als ouders dat willen, het gezin thuis. In de bovenbouw is er één mentoruur "
        "per week."
    )
    p(
        "Twee keer per jaar, in november en in maart, voeren wij driehoeksgesprekken tussen leerling, ouder(s) en "
        "mentor. De leerling bereidt het gesprek voor met een formulier waarop hij zijn eigen doelen voor de komende "
        "periode zet. In 2024-2025 was bij 81 procent van de gesprekken een ouder aanwezig. Wij willen dat naar "
        "95 procent brengen. Daarvoor plannen wij gesprekken voortaan ook tot 20.00 uur en kunnen ouders kiezen voor "
        "een tolk van de tolkenpool van de gemeente of een gesprek via beeldbellen."
    )
    h2("4.2  Zicht op ontwikkeling")
    p(
        "Wij volgen de sociaal-emotionele ontwikkeling van leerlingen met ZIEN! voor het voortgezet onderwijs: "
        "mentoren vullen de lijst in oktober en maart in, leerlingen vanaf leerjaar 2 vullen zelf de leerlingvragenlijst "
        "in. De cognitieve ontwikkeling volgen wij met de Cito VAS-toetsen in leerjaar 1 en 2 en met de cijfers in "
        "Magister. Drie keer per jaar is er per klas een leerlingbespreking, waarin de mentor met de vakdocenten "
        "per leerling kijkt wat er nodig is. Leerlingen met een opvallend beeld worden daarna besproken in het "
        "interne zorgoverleg met de zorgcoördinator en de orthopedagoog."
    )
    h2("4.3  Ons ondersteuningsprofiel")
    p(
        "In ons schoolondersteuningsprofiel (SOP), dat wij elke twee jaar bijwerken en dat op de website staat, "
        "beschrijven wij wat wij kunnen bieden. De basisondersteuning bestaat onder meer uit het mentoraat, "
        "de leerlingbesprekingen, dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware "
        "Kurzweil) en huiswerkbegeleiding op dinsdag en donderdag. Als extra ondersteuning bieden wij:"
    )
    bullets([
        "kleinere praktijkklassen (maximaal 16 leerlingen) in de bb voor leerlingen met een lwoo-achtige ondersteuningsbehoefte;",
        "een trainingsaanbod in groepjes: Rots en Water (weerbaarheid), faalangstreductie en een examenvreestraining in leerjaar 4;",
        "het Palmtaklokaal, een time-in-voorziening met een vaste begeleider waar leerlingen tijdelijk (maximaal zes weken) een deel van de lessen volgen;",
        "begeleiding door de orthopedagoog bij ontwikkelingsperspectiefplannen (OPP).",
    ])
    p(
        "Wij kunnen geen passend onderwijs bieden aan leerlingen die een groot deel van de dag één-op-één begeleiding "
        "nodig hebben of die zo prikkelgevoelig zijn dat een klas van twintig leerlingen niet werkbaar is. Voor die "
        "leerlingen zoeken wij samen met ouders en het samenwerkingsverband een andere plek."
    )
    h2("4.4  Samenwerking in de zorg")
    p(
        "Wij zijn aangesloten bij het Samenwerkingsverband Passend Onderwijs VO Almere. Zes keer per jaar is er een "
        "ondersteuningsteam op school, met de zorgcoördinator, de orthopedagoog, de jeugdarts van GGD Flevoland, de "
        "leerplichtambtenaar en een medewerker van het wijkteam van Almere Haven. Als een leerling bij ons niet op zijn "
        "plek is, dragen wij het dossier niet over maar zoeken wij mee: wij houden contact tot de leerling op de nieuwe "
        "school of in de trajectvoorziening van het samenwerkingsverband is gestart. Geen enkele leerling van ons "
        "zat in 2024-2025 langer dan vier weken thuis zonder onderwijs; dat willen wij zo houden."
    )
    h2("4.5  Veiligheid")
    p(
        "Wij hebben een veiligheidsplan dat jaarlijks in augustus wordt bijgewerkt. De anti-pestcoördinator is Wendy "
        "Schaap, onze zorgcoördinator. Bij pesten en conflicten werken wij met herstelgesprekken: de betrokken leerlingen "
        "praten onder begeleiding van de mentor of de teamleider over wat er gebeurd is en wat nodig is om het goed te "
        "maken. Schorsing gebruiken wij alleen als laatste middel. Voor ons gedrag als medewerkers hebben wij in 2024 "
        "de Palmtakafspraken gemaakt: wij spreken leerlingen aan op gedrag, niet op wie ze zijn; wij verheffen onze "
        "stem niet; en wij zijn bij de start van elke les zelf op tijd in het lokaal."
    )
    p(
        "Na een aantal incidenten met jongeren van buiten de school in 2023 is de school sinds januari 2024 tijdens "
        "lestijd afgesloten. Leerlingen komen binnen met hun schoolpas via de toegangspoortjes bij de hoofdingang; "
        "bezoekers melden zich bij de receptie en krijgen een bezoekerspas. Leerlingen van leerjaar 1 tot en met 3 "
        "blijven in de pauzes op het schoolplein. Wij merken dat dit rust geeft."
    )
    p(
        "Elk jaar in februari vullen alle leerlingen een vragenlijst over sociale veiligheid in (de monitor van "
        "Vensters). In 2025 voelde 84 procent van de leerlingen zich veilig op school; het landelijk vmbo-gemiddelde "
        "ligt rond 90 procent. Bij de open antwoorden werden de kleedkamers van de gymzaal en de fietsenstalling het "
        "vaakst genoemd als onprettige plekken. Daar houden wij sinds maart 2025 extra toezicht."
    )
    h2("4.6  Informatie aan ouders")
    p(
        "Ouders kunnen via Magister de cijfers, de absentie en het huiswerk van hun kind zien. Wij hebben hierover "
        "duidelijke afspraken gemaakt: docenten voeren een cijfer binnen tien werkdagen na de toets in, e-mails van "
        "ouders worden binnen twee werkdagen beantwoord, en bij ongeoorloofd verzuim belt de verzuimcoördinator nog "
        "dezelfde dag. Eens per maand verschijnt de Palmtakpost, een digitale nieuwsbrief in eenvoudige taal. In het "
        "oudertevredenheidsonderzoek van 2024 gaven ouders de communicatie een 6,8. Wij willen in 2027 een 7,5."
    )

    # ------------------------------------------------------------------ 5
    h1("5  Personeel")
    h2("5.1  Het team")
    p(
        "Het team is de laatste jaren sterk veranderd. Tussen 2021 en 2024 zijn 19 collega\u2019s vertrokken, onder "
        "wie tien met pensioen. Zes van de nieuwe docenten zijn nog onbevoegd: drie zij-instromers in de profielvakken, "
        "twee docenten Nederlands in opleiding en een docent wiskunde. Wij willen dat in 2028 iedere docent bevoegd is. "
        "Daarom krijgt iedere onbevoegde docent een eigen begeleider uit het team, een vast studie-uur per week in het "
        "rooster en een tegemoetkoming in de studiekosten. De schoolopleider, Hanneke de Groot, houdt elk kwartaal een "
        "voortgangsgesprek en heeft contact met de opleiders van Hogeschool Windesheim in Almere."
    )
    h2("5.2  Gesprekscyclus en dossier")
    p(
        "Elke medewerker heeft jaarlijks een ontwikkelgesprek met de teamleider. Daarin kijken we terug op het "
        "afgelopen jaar en maken we afspraken over ontwikkeling en taken. Voor het gesprek bezoekt de teamleider ten "
        "minste één les. Eens in de drie jaar volgt een beoordelingsgesprek. Van elk gesprek maakt de teamleider een "
        "verslag in het digitale personeelsdossier, dat de medewerker zelf kan inzien en aanvullen met certificaten en "
        "bewijzen van scholing. In 2023-2024 had slechts 64 procent van de medewerkers een gesprek; vanaf 2025-2026 "
        "moet dit 100 procent zijn. De directeur bespreekt de voortgang elk kwartaal met de teamleiders."
    )
    h2("5.3  Professionalisering: leren in leerteams")
    p(
        "Wij geloven niet in losse studiedagen met een spreker die daarna weer vertrekt. Vanaf 2025-2026 werkt iedere "
        "docent in een leerteam van vier tot zes collega\u2019s, gemengd over secties heen. Een leerteam komt zes keer per "
        "jaar bijeen op de vaste leerteammiddag (dinsdag, laatste twee uur vrij van lessen). Elk leerteam kiest zelf een "
        "vraag over de eigen lessen, bijvoorbeeld \u2018Hoe controleer ik in een praktijkles of alle leerlingen de "
        "instructie begrijpen?\u2019, bezoekt elkaars lessen en bespreekt wat ze gezien hebben. Op de laatste studiedag "
        "van elk schooljaar presenteren de leerteams aan elkaar wat ze geleerd hebben."
    )
    p(
        "Naast de leerteams kiest elke medewerker in het ontwikkelgesprek zelf een persoonlijk ontwikkeldoel. Het "
        "scholingsbudget van \u20ac 600 per fte staat voor iedereen open; docenten schrijven zich zelf in bij "
        "cursussen van de ASG Academie of elders. Uit het MTO van 2024 blijkt dat 78 procent van de docenten zelf "
        "behoefte heeft aan meer scholing in klassenmanagement. Dit onderwerp krijgt daarom een plek in de "
        "EDI-training."
    )
    h2("5.4  Werkdruk en welbevinden")
    p(
        "In het medewerkerstevredenheidsonderzoek (MTO) van 2024 kreeg werkdruk een 6,1. Vooral mentoren en de "
        "collega\u2019s in de praktijklokalen ervaren veel druk. Met de personeelsgeleding van de MR hebben wij "
        "afgesproken dat de werkdrukmiddelen vanaf 2025 naar twee extra onderwijsassistenten gaan, die "
        "surveillance en kopieerwerk overnemen. Mentoren in leerjaar 1 krijgen 20 uur extra taakruimte. In het "
        "ontwikkelgesprek vragen wij altijd naar de balans tussen werk en privé. Met medewerkers vanaf 57 jaar "
        "maken wij afspraken over het gebruik van de seniorenregeling, en jonge ouders kunnen vragen om geen eerste uur "
        "te hoeven geven. Wij willen dat de werkdruk in het MTO van 2027 ten minste een 7,0 krijgt."
    )
    h2("5.5  Samenwerking binnen ASG")
    p(
        "Onze examensecretaris en die van de andere vo-scholen van ASG werken samen in een werkgroep examinering. "
        "Die werkgroep heeft in 2024 één format voor het programma van toetsing en afsluiting (PTA) opgesteld. Vanaf "
        "2025-2026 controleren de examensecretarissen elk jaar in mei elkaars schoolexamens en examendossiers "
        "(een onderlinge audit). Onze sectie Nederlands neemt met de secties van twee andere ASG-vmbo-scholen deel "
        "aan een netwerk rond leesbevordering dat vier keer per jaar bijeenkomt."
    )
    p(
        "Voor onze gl/tl-leerlingen die naar de havo willen, maken wij met een ASG-lyceum afspraken over een "
        "schakelprogramma: extra lessen wiskunde en Engels in leerjaar 4 en een meeloopdag in havo 4. Wij verwachten "
        "dat vanaf 2026 jaarlijks ongeveer vijftien leerlingen van dit programma gebruikmaken."
    )

    # ------------------------------------------------------------------ 6
    h1("6  Kwaliteit")
    h2("6.1  Waar staan we?")
    p(
        "De inspectie heeft De Palmtak in 2023 bezocht in het kader van het vierjaarlijks onderzoek bij het bestuur. "
        "Het oordeel was voldoende. Verbeterpunten waren de kwaliteit van de instructie (zie paragraaf 3.2) en de "
        "borging van de examinering. De onderwijsresultaten lagen in 2024 in de bb en de gl/tl boven de norm; in de "
        "kb lag het bovenbouwsucces drie jaar achter elkaar onder de inspectienorm. De slagingspercentages in 2024 "
        "waren: bb 98 procent, kb 91 procent en gl/tl 86 procent."
    )
    h2("6.2  Hoe wij onze kwaliteit bewaken")
    p(
        "Wij werken met een vaste jaarcyclus. In juni stellen wij het jaarplan op, dat is afgeleid van de doelen in "
        "hoofdstuk 7. Per doel staat erin wie eigenaar is, wat we in dat schooljaar doen en hoe we het meten. In "
        "januari en juni bespreekt het managementteam de voortgang aan de hand van een dashboard met de resultaten "
        "per leerjaar en leerweg, het verzuim en de uitkomsten van de enquêtes. In september schrijven wij het "
        "jaarverslag, dat wij bespreken met het team, de MR en het bestuur. Bij de kwartaalgesprekken met het College "
        "van Bestuur lichten wij de voortgang toe."
    )
    p("Wij gebruiken de volgende bronnen:")
    bullets([
        "lesbezoeken door de teamleiders (minstens één per docent per jaar) en door de leerteams, met een vaste kijkwijzer;",
        "de resultaten van Cito VAS, de schoolexamens en de centrale examens, per leerweg en per vak geanalyseerd;",
        "de jaarlijkse leerlingenquête (tevredenheid en sociale veiligheid) en het tweejaarlijkse oudertevredenheidsonderzoek;",
        "het MTO, eens in de twee jaar;",
        "een interne audit op de examinering door de werkgroep examinering van ASG.",
    ])
    p(
        "Voor de kb maken wij een apart verbeterplan. Elke leerling in kb 3 en kb 4 heeft vanaf 2025-2026 een "
        "studieplanner en een vaste coach (de mentor), die elke zes weken de voortgang bespreekt. De secties "
        "wiskunde en Nederlands analyseren na elke toetsperiode welke onderdelen slecht gemaakt zijn en passen hun "
        "herhalingslessen daarop aan. Wij willen dat het bovenbouwsucces in de kb vanaf schooljaar 2026-2027 boven "
        "de inspectienorm ligt en dat het slagingspercentage van de kb stijgt naar minstens 95 procent."
    )
    h2("6.3  De medezeggenschapsraad")
    p(
        "De MR van De Palmtak telt acht leden: vier medewerkers, twee ouders en twee leerlingen. De MR vergadert zes "
        "keer per jaar. De directeur bespreekt voornemens zo vroeg mogelijk met de MR, nog voordat er een formeel "
        "voorstel ligt; zo is de MR in oktober 2024 gevraagd mee te denken over de opzet van dit schoolplan en over "
        "de besteding van de werkdrukmiddelen. De MR heeft in mei 2025 het concept van dit plan besproken en op "
        "17 juni 2025 ingestemd met de definitieve versie."
    )

    # ------------------------------------------------------------------ 7
    h1("7  Onze doelen 2025-2029")
    p(
        "In de tabel hieronder staan de doelen die wij ons voor deze planperiode stellen. Elk jaar werken wij ze uit "
        "in het jaarplan. Het nummer verwijst naar de paragraaf waarin het doel wordt toegelicht."
    )
    tabel(
        ["Nr", "Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"],
        [
            ["1", "Alle docenten geven les volgens EDI (\u00a73.2)",
             "In 90% van de lesbezoeken zijn alle EDI-kenmerken van de kijkwijzer zichtbaar", "juni 2028",
             "teamleiders"],
            ["2", "Alle docenten hebben de EDI-training gevolgd (\u00a73.2)", "100% deelname, presentielijst",
             "juni 2026", "directeur"],
            ["3", "Leesvaardigheid onderbouw verbeteren (\u00a73.3)",
             "Aandeel leerlingen leerjaar 2 onder 1F daalt van 38% naar 25% (Cito VAS)", "juni 2028",
             "sectie Nederlands"],
            ["4", "Leerlijn digitale geletterdheid leerjaar 1-2 (\u00a73.4)", "Leerlijn vastgesteld en in het rooster",
             "augustus 2026", "werkgroep ICT"],
            ["5", "Keuzevak duurzaam bouwen met Bouwmensen Almere (\u00a73.4)",
             "Keuzevak in het PTA opgenomen", "augustus 2027", "sectie BWI"],
            ["6", "Maatschappelijke stage leerjaar 3 (\u00a73.6)",
             "Alle leerlingen leerjaar 3 lopen 30 uur stage", "vanaf 2026-2027", "decaan"],
            ["7", "Meer erkende leerbedrijven (\u00a73.5)", "Van 42 naar 60 leerbedrijven", "2028",
             "stagecoördinator"],
            ["8", "Ouders aanwezig bij driehoeksgesprekken (\u00a74.1)", "Van 81% naar 95%", "2026-2027",
             "teamleider onderbouw"],
            ["9", "Sociale veiligheid (\u00a74.5)", "Ten minste 90% van de leerlingen voelt zich veilig (Vensters-monitor)",
             "februari 2027", "anti-pestcoördinator"],
            ["10", "Communicatie met ouders (\u00a74.6)", "Waardering communicatie van 6,8 naar 7,5", "2027",
             "directeur"],
            ["11", "Alle docenten bevoegd (\u00a75.1)", "Van 6 onbevoegde docenten naar 0", "augustus 2028",
             "schoolopleider"],
            ["12", "Gesprekscyclus volledig uitgevoerd (\u00a75.2)",
             "100% van de medewerkers heeft jaarlijks een ontwikkelgesprek, vastgelegd in het dossier",
             "vanaf 2025-2026", "teamleiders"],
            ["13", "Leerteams (\u00a75.3)", "Elke docent neemt deel aan een leerteam; elk leerteam presenteert jaarlijks",
             "vanaf 2025-2026", "teamleiders"],
            ["14", "Werkdruk omlaag (\u00a75.4)", "Score werkdruk in MTO van 6,1 naar minstens 7,0", "MTO 2027",
             "directeur"],
            ["15", "Schakelprogramma gl/tl naar havo (\u00a75.5)", "Programma draait; circa 15 deelnemers per jaar",
             "2026", "decaan"],
            ["16", "Resultaten kaderberoepsgerichte leerweg (\u00a76.2)",
             "Bovenbouwsucces kb boven inspectienorm; slagingspercentage kb minstens 95% (nu 91%)",
             "2026-2027 en verder", "teamleider bovenbouw"],
        ],
    )

    # ------------------------------------------------------------------ vaststelling
    h1("Vaststelling en instemming")
    p(
        "Dit schoolplan is opgesteld door de directie van Christelijk Vakcollege De Palmtak. De "
        "medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan. Het College van Bestuur van de "
        "Almeerse Scholen Groep heeft het plan op 1 juli 2025 vastgesteld."
    )
    tabel(
        ["Namens", "Naam", "Datum"],
        [
            ["Medezeggenschapsraad (voorzitter)", "Ingrid Veldhuizen", "17 juni 2025"],
            ["Directeur", "Gerrit-Jan Oosterhuis", "17 juni 2025"],
            ["College van Bestuur ASG", "namens het College van Bestuur", "1 juli 2025"],
        ],
    )

    _paginanummer(doc.sections[0])
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 De Palmtak"
    cp.author = "G. Oosterhuis"
    cp.last_modified_by = "G. Oosterhuis"
    cp.subject = ""
    cp.keywords = ""
    cp.created = datetime.datetime(2025, 6, 18, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 16, 5, 0)
    cp.revision = 7
    doc.save(path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_205_palmtak.docx")
