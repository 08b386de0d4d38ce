# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van CBS Het Zoutvat (protestants-christelijke basisschool, Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

VASTE_DATUM = datetime.datetime(2025, 6, 24, 10, 30, 0)


# --------------------------------------------------------------------------
# Hulpfuncties voor opmaak
# --------------------------------------------------------------------------

def _zet_taal(document):
    """Nederlandse proeftaal in de standaardinstellingen en in Normal."""
    styles_el = document.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        if rpr is not None:
            r = rpr.find(qn("w:rPr"))
            if r is not None:
                lang = r.find(qn("w:lang"))
                if lang is None:
                    lang = OxmlElement("w:lang")
                    r.append(lang)
                lang.set(qn("w:val"), "nl-NL")
                lang.set(qn("w:eastAsia"), "nl-NL")
                lang.set(qn("w:bidi"), "ar-SA")
    normal = document.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _paginanummer(document):
    section = document.sections[0]
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Schoolplan CBS Het Zoutvat 2025-2029  |  pagina ")
    run.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(document, koppen, rijen, breedtes=None):
    t = document.add_table(rows=1, cols=len(koppen))
    t.style = "Light Grid Accent 1"
    for i, k in enumerate(koppen):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9)
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(9)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    document.add_paragraph()
    return t


def _p(document, tekst, vet_begin=None):
    p = document.add_paragraph()
    if vet_begin:
        p.add_run(vet_begin).bold = True
    p.add_run(tekst)
    return p


def _opsomming(document, items):
    for it in items:
        document.add_paragraph(it, style="List Bullet")


DOELKOPPEN = ["Doel", "Wat doen we", "Wanneer", "Meetbaar resultaat", "Eigenaar"]
DOELBREEDTES = [3.2, 5.0, 2.4, 4.2, 2.2]


# --------------------------------------------------------------------------
# Inhoud
# --------------------------------------------------------------------------

def _voorblad(d):
    d.add_paragraph("Schoolplan 2025-2029", style="Title")
    p = d.add_paragraph("CBS Het Zoutvat", style="Subtitle")
    p = d.add_paragraph()
    r = p.add_run("Protestants-christelijke basisschool in het Homeruskwartier, Almere Poort")
    r.italic = True
    p = d.add_paragraph()
    r = p.add_run("\u2018Jullie zijn het zout van de aarde.\u2019 (Matte\u00fcs 5:13)")
    r.italic = True
    d.add_paragraph()
    _tabel(d, ["Gegeven", "Invulling"], [
        ["School", "CBS Het Zoutvat"],
        ["Adres", "Kalliopestraat 14, 1363 XK Almere"],
        ["BRIN", "27WT"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Directeur", "Marjolein Verhagen"],
        ["Intern begeleider", "Rutger Boonstra"],
        ["Aantal leerlingen (1 oktober 2024)", "318, verdeeld over 13 groepen"],
        ["Planperiode", "1 augustus 2025 tot en met 31 juli 2029"],
        ["Instemming MR", "17 juni 2025"],
        ["Vastgesteld door het College van Bestuur", "1 juli 2025"],
    ], [6.0, 9.0])
    d.add_page_break()


def _voorwoord(d):
    d.add_heading("1. Voorwoord", level=1)
    _p(d, "Voor u ligt het schoolplan van CBS Het Zoutvat voor de periode 2025-2029. In dit plan "
          "beschrijven wij waar wij de komende vier jaar aan werken, hoe wij dat doen en wanneer wij "
          "tevreden zijn. Het plan volgt de opbouw van Koers 22 \u2018Leren in verbinding\u2019 van de "
          "Almeerse Scholen Groep: per kernwaarde en per venster leest u wat wij willen bereiken. Aan het "
          "eind van elk hoofdstuk staat een tabel met onze doelen voor deze planperiode.")
    _p(d, "Het plan is in het schooljaar 2024-2025 tot stand gekomen. Op de studiedagen van 15 november "
          "2024 en 12 februari 2025 heeft het team de sterke punten en de verbeterpunten van de school in "
          "kaart gebracht. Op 4 maart 2025 hebben twintig ouders meegedacht tijdens een klankbordavond en "
          "de leerlingenraad heeft in april een eigen lijstje met wensen ingeleverd. Een deel daarvan, zoals "
          "de Makerplaats en de zoutgidsen, is in dit plan terug te vinden.")
    _p(d, "De medezeggenschapsraad heeft het concept besproken op 20 mei 2025 en op 17 juni 2025 "
          "ingestemd met dit schoolplan. Wij danken iedereen die heeft meegedacht en hopen dat ouders, team "
          "en bestuur zich in dit plan herkennen.")
    _p(d, "Marjolein Verhagen, directeur")


def _onze_school(d):
    d.add_heading("2. Onze school", level=1)
    d.add_heading("2.1 Ligging en leerlingen", level=2)
    _p(d, "Het Zoutvat staat sinds 2009 in het Homeruskwartier in Almere Poort. De school is in vijftien "
          "jaar gegroeid van 60 naar 318 leerlingen op 1 oktober 2024, verdeeld over 13 groepen: vier "
          "kleutergroepen en negen groepen 3 tot en met 8. De wijk is jong en groeit nog: tot 2028 worden "
          "in de directe omgeving ongeveer 600 woningen opgeleverd. Wij verwachten daarom een groei naar "
          "ongeveer 350 leerlingen in 2028.")
    _p(d, "De ouders van onze leerlingen zijn overwegend tweeverdieners; ongeveer 70 procent van de "
          "kinderen gaat na school naar de buitenschoolse opvang. De schoolweging volgens de Inspectie was "
          "in 2024 28,9 (landelijk gemiddelde 30,0). Ongeveer 18 procent van de leerlingen spreekt thuis "
          "naast Nederlands nog een andere taal. Het aantal leerlingen dat tussentijds instroomt, is groot: "
          "in 2023-2024 kwamen 34 kinderen van een andere school of uit het buitenland binnen.")
    d.add_heading("2.2 Onze identiteit", level=2)
    _p(d, "Het Zoutvat is een protestants-christelijke school. De naam verwijst naar de woorden van Jezus "
          "in de Bergrede: \u2018Jullie zijn het zout van de aarde.\u2019 Zout geeft smaak en bewaart. Zo "
          "willen wij dat kinderen bij ons ontdekken dat zij er mogen zijn en dat zij iets te geven hebben "
          "aan de wereld om hen heen.")
    _p(d, "Iedere schooldag begint en eindigt met een moment van bezinning: een gebed, een lied of een "
          "stiltemoment. Voor de Bijbelverhalen en de lessen levensbeschouwing gebruiken wij de methode "
          "Trefwoord. Kerst vieren wij met de hele school in de gymzaal; de paasviering houden wij samen met "
          "de Poortkerk in het kerkgebouw aan de Homerusallee. Groep 8 sluit elk jaar af met een "
          "zegenviering. Van ouders vragen wij dat zij de christelijke identiteit van de school respecteren "
          "en dat hun kind meedoet met de vieringen en de lessen levensbeschouwing. Leerkrachten "
          "onderschrijven de identiteit; twee keer per jaar houden wij een teambijeenkomst \u2018Zout en "
          "licht\u2019, waarin wij een Bijbeltekst verbinden aan ons werk in de klas.")


def _missie_visie(d):
    d.add_heading("3. Missie en visie", level=1)
    _p(d, "ASG werkt vanuit de missie \u2018Samen kleur geven aan goed onderwijs\u2019. Onze eigen missie "
          "luidt: ", None)
    p = d.add_paragraph()
    r = p.add_run("Zout en licht: leren, groeien en delen.")
    r.bold = True
    _p(d, "Leren: kinderen verlaten onze school met stevige basisvaardigheden in lezen, taal en rekenen. "
          "Groeien: zij ontwikkelen zich als persoon, leren samenwerken en leren keuzes maken. Delen: zij "
          "leren dat wat je hebt gekregen, ook bedoeld is om door te geven.")
    _p(d, "Onze visie op leren is in de vorige planperiode scherper geworden. Wij kiezen voor een sterke "
          "instructie volgens het model van Expliciete Directe Instructie (EDI) in de basisvakken, en voor "
          "onderzoekend en ontwerpend leren bij wereldori\u00ebntatie, techniek en kunst. \u2019s Ochtends "
          "staat de instructie centraal, \u2019s middags werken de kinderen vaker in groepjes aan projecten. "
          "Die combinatie zien wij terug in de resultaten en in de betrokkenheid van kinderen.")


def _gezien_worden(d):
    d.add_heading("4. Gezien worden", level=1)
    _p(d, "De eerste kernwaarde van ASG is Gezien worden. Wij zijn gastvrij en iedereen voelt zich welkom. "
          "Iedereen op Het Zoutvat is waardevol en wordt gezien. Wij hebben zicht op de onderwijsbehoeftes "
          "van onze leerlingen en medewerkers.")

    d.add_heading("4.1 Welkom op Het Zoutvat", level=2)
    _p(d, "Wij zijn gastvrij en iedereen voelt zich welkom. Dat begint bij de voordeur. Elke ochtend staan "
          "de directeur of de adjunct-directeur en twee leerkrachten van 8.15 tot 8.30 uur bij de twee "
          "ingangen om kinderen en ouders te begroeten. Bezoekers melden zich bij de balie, waar sinds "
          "januari 2025 van 8.00 tot 14.00 uur een vaste administratief medewerker zit.")
    _p(d, "Nieuwe gezinnen krijgen een rondleiding van twee leerlingen uit groep 8, de zoutgidsen. Zij "
          "krijgen daarvoor in september een korte training van onze conci\u00ebrge en de leerlingenraad. "
          "Een nieuw gezin wordt de eerste zes weken gekoppeld aan een maatjesgezin uit dezelfde groep, "
          "zodat er altijd iemand is om een vraag aan te stellen. De eerste vrijdag van de maand is er een "
          "inloopochtend van 8.30 tot 9.00 uur, waarop ouders in de klas kunnen kijken.")
    _p(d, "In de oudervragenlijst van 2024 gaven ouders een 7,6 voor de stelling \u2018Ik voel mij welkom "
          "op school\u2019. Ouders van kinderen die tussentijds zijn ingestroomd, scoorden lager (7,1). "
          "Daarom richten wij ons de komende jaren vooral op deze groep.")

    d.add_heading("4.2 Ieder kind telt", level=2)
    _p(d, "Iedereen op Het Zoutvat is waardevol en wordt gezien. Dat vinden wij als christelijke school "
          "heel belangrijk en het is de kern van wie wij willen zijn.")

    d.add_heading("4.3 Zicht op wat nodig is", level=2)
    _p(d, "Wij hebben zicht op de onderwijsbehoeftes van onze leerlingen en medewerkers. Drie keer per jaar "
          "voeren de leerkracht en de intern begeleider een groepsbespreking. Daarbij gebruiken wij de "
          "toetsen van het leerlingvolgsysteem (vanaf 2025-2026 Cito Leerling in beeld), de observaties "
          "met KIJK! in groep 1 en 2 en de vragenlijsten van ZIEN! vanaf groep 3. In het groepsoverzicht in "
          "ParnasSys noteert de leerkracht per kind wat het nodig heeft: extra instructie, verlengde "
          "instructie, verrijking of hulp bij werkhouding.")
    _p(d, "Ook bij medewerkers willen wij weten wat zij nodig hebben. In het startgesprek in september "
          "bespreekt de directeur met iedere medewerker wat hij of zij dit jaar nodig heeft: extra "
          "ondersteuning in de groep, scholing of een aanpassing in het rooster.")

    d.add_heading("4.4 Doelen Gezien worden", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Nieuwe gezinnen voelen zich welkom",
         "Zoutgidsen uit groep 8 en een maatjesgezin voor ieder nieuw gezin; warme ontvangst bij de deur",
         "Start 2025-2026",
         "Oudervragenlijst \u2018welkom\u2019 van 7,6 (2024) naar minimaal 8,0 in 2027; bij tussentijdse "
         "instromers van 7,1 naar 7,8",
         "Directeur"],
        ["Onderwijsbehoeften per kind in beeld",
         "Groepsoverzicht in ParnasSys met onderwijsbehoeften per kind, drie groepsbesprekingen per jaar",
         "Ingevoerd per oktober 2025",
         "Bij elke groepsbespreking is 100% van de groepsoverzichten actueel (controle door IB)",
         "Intern begeleider"],
        ["Behoeften van medewerkers in beeld",
         "Startgesprek met iedere medewerker in september",
         "Jaarlijks",
         "Alle startgesprekken gevoerd v\u00f3\u00f3r 1 oktober",
         "Directeur"],
    ], DOELBREEDTES)


def _open(d):
    d.add_heading("5. Open", level=1)
    _p(d, "Wij gaan respectvol om met de mensen binnen en buiten de school. In onze communicatie zijn wij "
          "transparant en toegankelijk. Met een open blik kijken wij naar de verscheidenheid van onze "
          "leerlingen en medewerkers.")

    d.add_heading("5.1 Respect in de dagelijkse praktijk", level=2)
    _p(d, "Wij gaan respectvol om met de mensen binnen en buiten de school. Sinds 2019 werken wij met de "
          "Kanjertraining. Alle leerkrachten hebben een A-licentie; de intern begeleider en twee "
          "leerkrachten hebben de B-licentie. Iedere groep krijgt wekelijks een Kanjerles en iedere groep "
          "begint het schooljaar met de Gouden Weken, waarin de groep zelf afspraken maakt.")
    _p(d, "Onze schoolbrede afspraken staan in het gedragsprotocol \u2018Zo gaan wij met elkaar om\u2019, "
          "met vijf regels die in elke klas hangen. Bij een conflict voeren wij een herstelgesprek met de "
          "betrokken kinderen, waarin zij samen afspreken hoe het weer goed kan komen. Leerkracht Jeroen "
          "Dekker is anti-pestco\u00f6rdinator en aanspreekpunt voor ouders en kinderen. Iedere melding van "
          "pesten wordt vastgelegd in ParnasSys en binnen twee weken met de ouders afgesloten of opgeschaald.")
    _p(d, "Ook buiten de school willen wij dat onze kinderen zich netjes gedragen. Voor elke excursie en voor "
          "het schoolkamp bespreekt de groep vooraf hoe wij ons gedragen in de bus, in het museum en op de "
          "camping.")
    _p(d, "Jaarlijks vullen de leerlingen van groep 5 tot en met 8 de veiligheidsvragenlijst van ZIEN! in. "
          "In 2024 gaf 91 procent aan zich veilig te voelen op school, en 86 procent op het plein. Het plein "
          "is daarmee ons aandachtspunt. Vanaf 2025-2026 zijn in elke pauze twee pleinwachten buiten, met een "
          "hesje, en zijn er vaste speelzones voor voetbal, klimmen en rustig spelen.")

    d.add_heading("5.2 Communicatie", level=2)
    _p(d, "In onze communicatie zijn wij transparant en toegankelijk. Ouders moeten weten waar zij aan toe "
          "zijn.")

    d.add_heading("5.3 Verscheidenheid", level=2)
    _p(d, "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers.")

    d.add_heading("5.4 Doelen Open", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Kinderen voelen zich veilig op school en op het plein",
         "Pleinwachten met hesje, vaste speelzones, Kanjerlessen wekelijks",
         "Vanaf 2025-2026",
         "Veiligheidsbeleving school van 91% naar minimaal 95% en plein van 86% naar minimaal 92% in 2027 "
         "(ZIEN!, groep 5-8)",
         "Anti-pestco\u00f6rdinator"],
        ["Kanjertraining blijft geborgd",
         "Nieuwe leerkrachten halen binnen een jaar de A-licentie; herhalingstraining voor het hele team",
         "Herhalingstraining maart 2027",
         "100% van de leerkrachten heeft een geldige licentie",
         "Intern begeleider"],
        ["Pestmeldingen worden zorgvuldig afgehandeld",
         "Registratie in ParnasSys, herstelgesprek, terugkoppeling aan ouders",
         "Doorlopend, evaluatie jaarlijks in juni",
         "100% van de meldingen binnen twee weken afgesloten of opgeschaald",
         "Anti-pestco\u00f6rdinator"],
    ], DOELBREEDTES)


def _vooruitstrevend(d):
    d.add_heading("6. Vooruitstrevend", level=1)
    _p(d, "Wij werken met innovatieve en nieuwe leerconcepten. Wij zijn nieuwsgierig naar nieuwe inzichten "
          "om ons onderwijs eigentijds inhoud te geven.")

    d.add_heading("6.1 Onderzoekend en ontwerpend leren", level=2)
    _p(d, "Wij werken met innovatieve en nieuwe leerconcepten. In 2023 zijn wij in de groepen 5 tot en met "
          "8 gestart met onderzoekend en ontwerpend leren, met de methode Blink Wereld Ge\u00efntegreerd voor "
          "aardrijkskunde, geschiedenis, natuur en techniek. Kinderen werken in groepjes aan een "
          "onderzoeksvraag of een ontwerpprobleem en presenteren hun resultaat aan het eind van elk thema. "
          "Vanaf 2025-2026 werken ook de groepen 3 en 4 met Blink.")
    _p(d, "In de zomer van 2026 richten wij het oude handvaardigheidslokaal in als Makerplaats, met een "
          "3D-printer, een snijplotter, bouwmateriaal en programmeerbare robotjes (Bee-Bots en micro:bits). "
          "Het budget is \u20ac18.000; wij vragen daarvoor een bijdrage aan bij de ASG Regiegroep Innovatie. "
          "Iedere groep 3 tot en met 8 werkt vanaf 2026-2027 minstens zes keer per jaar in de Makerplaats "
          "aan een ontwerpopdracht die aansluit bij het Blink-thema. Twee leerkrachten volgen in 2025-2026 "
          "de cursus Wetenschap en Technologie in de klas en worden daarna coach van hun collega\u2019s.")
    _p(d, "Ook de nieuwsgierigheid van het team vinden wij belangrijk.")

    d.add_heading("6.2 Doelen Vooruitstrevend", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Onderzoekend leren in groep 3 tot en met 8",
         "Invoering Blink Wereld Ge\u00efntegreerd in groep 3 en 4",
         "Schooljaar 2025-2026",
         "Alle groepen 3-8 ronden per jaar minstens vier Blink-thema\u2019s af met een presentatie",
         "Werkgroep wereldori\u00ebntatie"],
        ["Makerplaats in gebruik",
         "Inrichten lokaal, aanvraag Regiegroep Innovatie, twee leerkrachten opgeleid tot coach",
         "Inrichting zomer 2026",
         "Iedere groep 3-8 minstens zes ontwerpopdrachten per jaar vanaf 2026-2027; evaluatie juni 2027",
         "Adjunct-directeur"],
    ], DOELBREEDTES)


def _ambitieus(d):
    d.add_heading("7. Ambitieus", level=1)
    _p(d, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn intrinsiek gemotiveerd "
          "om onszelf te blijven ontwikkelen. Wij geven altijd het beste van onszelf.")

    d.add_heading("7.1 De lat voor onze leerlingen", level=2)
    _p(d, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Onze eindresultaten liggen al "
          "jaren boven de signaleringswaarden van de Inspectie. In 2024 behaalde 98 procent van de leerlingen "
          "in groep 8 het fundamentele niveau 1F voor lezen, 97 procent voor taalverzorging en 93 procent "
          "voor rekenen. Het streefniveau behaalde 72 procent voor lezen (2F), 64 procent voor "
          "taalverzorging (2F) en 41 procent voor rekenen (1S).")
    _p(d, "Vooral bij rekenen kan het beter. Kinderen die het kunnen, dagen wij nog te weinig uit. Daarom "
          "krijgt iedere groep vanaf groep 5 elke week een verdiepingsles rekenen uit Getal & Ruimte Junior, "
          "oefenen alle groepen dagelijks tien minuten automatiseren met Bareka, en stellen leerkrachten "
          "voor ieder kind in het groepsoverzicht een ambitieus doel voor de volgende toets. Kinderen met "
          "een ontwikkelingsvoorsprong gaan een ochtend per week naar de plusklas (zie hoofdstuk 8).")
    _p(d, "Van elkaar verwachten wij dat afspraken worden nagekomen. In de teamvergadering van september "
          "stellen wij per jaar drie teamafspraken vast (bijvoorbeeld over de instructie volgens EDI en het "
          "nakijken van werk). Directie en collega\u2019s spreken elkaar aan wanneer een afspraak niet wordt "
          "nagekomen.")

    d.add_heading("7.2 Zelf blijven leren", level=2)
    _p(d, "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen. Iedere leerkracht formuleert "
          "in september een persoonlijk ontwikkeldoel dat aansluit bij het jaarplan en bespreekt in mei wat "
          "het heeft opgeleverd. In 2025-2026 starten twee leerkrachten met de master Educational Needs "
          "aan Hogeschool Windesheim; zij krijgen daarvoor een dag per maand vrij geroosterd.")

    d.add_heading("7.3 Het beste geven", level=2)
    _p(d, "Wij geven altijd het beste van onszelf. Dat mogen ouders en kinderen van ons verwachten.")

    d.add_heading("7.4 Doelen Ambitieus", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Meer leerlingen halen 1S bij rekenen",
         "Wekelijkse verdiepingsles, dagelijks automatiseren met Bareka, ambitieuze doelen per kind",
         "Vanaf 2025-2026",
         "1S rekenen van 41% (2024) naar minimaal 50% in 2028; 1F rekenen minimaal 95%",
         "Rekenco\u00f6rdinator"],
        ["Streefniveaus lezen en taal blijven hoog",
         "Leesplan met dagelijks 20 minuten stillezen en boekpromotie met de leesconsulent",
         "Doorlopend",
         "2F lezen minimaal 70% en 2F taalverzorging minimaal 65% in elk jaar van de planperiode",
         "Leesco\u00f6rdinator"],
        ["Teamafspraken worden nagekomen",
         "Drie teamafspraken per jaar, controle bij klassenbezoeken",
         "Jaarlijks in september vastgesteld",
         "Bij klassenbezoek voldoet minimaal 90% van de lessen aan de teamafspraken",
         "Directeur"],
        ["Iedere leerkracht werkt aan een eigen ontwikkeldoel",
         "Persoonlijk ontwikkeldoel in september, evaluatie in mei; twee leerkrachten starten een master",
         "Jaarlijks; master vanaf 2025-2026",
         "100% van de leerkrachten heeft een ontwikkeldoel vastgelegd en ge\u00ebvalueerd",
         "Directeur"],
    ], DOELBREEDTES)


def _venster1(d):
    d.add_heading("8. Goed en toegankelijk onderwijs", level=1)
    _p(d, "De kwaliteit van ons onderwijs is en blijft op orde. Wij hebben zicht op wat onze leerlingen "
          "nodig hebben. Wij ontwikkelen onderwijs passend bij de belevingswereld van onze leerlingen. Onze "
          "school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. Wij "
          "maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
          "leerlingen een passende onderwijsplek hebben.")

    d.add_heading("8.1 Kwaliteit op orde", level=2)
    _p(d, "De kwaliteit van ons onderwijs is en blijft op orde. Bij het vierjaarlijks onderzoek bij ASG in "
          "maart 2023 heeft de Inspectie onze school bezocht en de kwaliteit als voldoende beoordeeld; de "
          "standaard Pedagogisch klimaat werd als goed gewaardeerd. De eindresultaten lagen in 2022, 2023 "
          "en 2024 boven de signaleringswaarden. Wij willen dat zo houden en het verbeterpunt van de "
          "Inspectie, het afstemmen van de instructie op verschillen, uiterlijk in 2026 hebben opgepakt via "
          "de scholing in EDI (zie hoofdstuk 9).")

    d.add_heading("8.2 Ons onderwijsprogramma", level=2)
    _p(d, "Wij werken met een continurooster van 8.30 tot 14.15 uur. Leerlingen krijgen in acht jaar "
          "ruim 7.520 uur onderwijs, gemiddeld 940 uur per jaar. Wij dekken de kerndoelen af met de "
          "volgende methodes:")
    _tabel(d, ["Vakgebied", "Methode of aanpak", "Groepen"], [
        ["Beginnende geletterdheid en lezen", "Kleuterplein; Veilig leren lezen (KIM-versie)", "1-3"],
        ["Taal en spelling", "Staal", "4-8"],
        ["Begrijpend en technisch lezen", "Nieuwsbegrip; Estafette", "4-8"],
        ["Rekenen", "Getal & Ruimte Junior; Bareka voor automatiseren", "3-8"],
        ["Wereldori\u00ebntatie en techniek", "Blink Wereld Ge\u00efntegreerd", "3-8 (vanaf 2025-2026)"],
        ["Engels", "Take it easy", "1-8"],
        ["Levensbeschouwing", "Trefwoord", "1-8"],
        ["Sociaal-emotionele ontwikkeling", "Kanjertraining", "1-8"],
        ["Bewegingsonderwijs", "Twee lessen van 45 minuten per week door de vakleerkracht", "3-8"],
        ["Kunst en cultuur", "Cultuurmenu van De Kunstlinie Almere; eigen muzieklessen", "1-8"],
    ], [5.0, 7.5, 3.5])
    _p(d, "Of leerlingen de referentieniveaus halen, volgen wij met de toetsen van het leerlingvolgsysteem "
          "en de doorstroomtoets in groep 8. Na iedere toetsperiode maakt de intern begeleider een "
          "trendanalyse per groep en per leerjaar, die in het team wordt besproken.")
    _p(d, "De komende jaren maken wij ons curriculum toekomstbestendig. De nieuwe kerndoelen voor "
          "digitale geletterdheid en burgerschap worden landelijk ingevoerd. Wij lopen daarop vooruit: in "
          "2025-2026 stelt een werkgroep een leerlijn digitale geletterdheid op voor groep 1 tot en met 8, "
          "met onderdelen uit de Basicly-lessen en de Week van de Mediawijsheid. In 2026-2027 gebruiken alle "
          "groepen deze leerlijn, met minstens twintig lessen per jaar. In 2027-2028 kiezen wij een nieuwe "
          "taalmethode die past bij de herziene kerndoelen Nederlands.")

    d.add_heading("8.3 Burgerschap", level=2)
    _p(d, "Burgerschap zit bij ons in de Kanjertraining, in Trefwoord en in de leerlingenraad, maar was nog "
          "niet als leerlijn beschreven. Vanaf 2025-2026 werken wij met een eigen leerlijn burgerschap "
          "met drie onderdelen: democratie (hoe neem je samen besluiten), verantwoordelijkheid (voor de "
          "klas, de wijk en de schepping) en vrijheid van mening.")
    _opsomming(d, [
        "De leerlingenraad bestaat uit twee leerlingen per groep 5 tot en met 8 en vergadert zes keer per "
        "jaar met de directeur. De raad heeft een eigen budget van \u20ac750 per jaar.",
        "Groep 7 bezoekt elk jaar het stadhuis en voert daar een debat met een raadslid over een onderwerp "
        "uit de wijk.",
        "Tijdens de Veertigdagentijd zamelt de hele school geld in voor een goed doel dat de leerlingenraad "
        "kiest.",
        "Groep 8 adopteert het plantsoen aan de Kalliopestraat en houdt het vier keer per jaar schoon.",
    ])
    _p(d, "In juni 2027 evalueren wij de leerlijn met een korte vragenlijst voor groep 7 en 8 en een "
          "teambespreking.")

    d.add_heading("8.4 Zicht op leerlingen en ondersteuning", level=2)
    _p(d, "Wij hebben zicht op wat onze leerlingen nodig hebben. Naast de groepsbesprekingen (zie 4.3) "
          "werken wij met een ondersteuningsstructuur in vijf niveaus, van de basisaanpak in de groep tot "
          "een ontwikkelingsperspectief (OPP). De leerkracht signaleert, de intern begeleider denkt mee en "
          "stelt samen met ouders een plan op. In oktober 2024 hadden zeven leerlingen een OPP.")
    _p(d, "Ons schoolondersteuningsprofiel (SOP) is in maart 2025 herzien. Daarin staat wat wij kunnen "
          "bieden:")
    _opsomming(d, [
        "Dyslexie: een protocol vanaf groep 2, extra leesbegeleiding door de onderwijsassistent en vanaf "
        "groep 6 Kurzweil als hulpmiddel.",
        "Meer- en hoogbegaafdheid: de plusklas voor groep 4 tot en met 8, een ochtend per week onder "
        "leiding van een specialist hoogbegaafdheid.",
        "Nederlands als tweede taal: twee uur per week extra taalondersteuning in kleine groepjes voor "
        "nieuwkomers en kinderen met een taalachterstand.",
        "Lichte gedragsproblemen: begeleiding met de Kanjeraanpak en een gedragsplan.",
    ])
    _p(d, "Er zijn ook grenzen. Kinderen die de hele dag een-op-eenbegeleiding nodig hebben, intensieve "
          "medische zorg vragen of door ernstig gedrag de veiligheid van anderen in gevaar brengen, kunnen "
          "wij niet de ondersteuning bieden die zij verdienen. Voor extra ondersteuning vragen wij een "
          "arrangement aan bij het Samenwerkingsverband Passend Onderwijs Almere. Het SOP wordt in 2028 "
          "opnieuw geactualiseerd.")

    d.add_heading("8.5 Leren van elkaar", level=2)
    _p(d, "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
          "Vanaf 2025-2026 werken wij met collegiale consultatie: iedere leerkracht bezoekt twee keer per jaar een "
          "collega uit dezelfde bouw in de klas en bespreekt de les na aan de hand van de kijkwijzer EDI. In "
          "de bouwvergadering, eens per zes weken, brengt een leerkracht een lesvoorbeeld of een vraag uit "
          "de eigen groep in, die de bouw samen uitwerkt.")

    d.add_heading("8.6 Kwaliteitszorg", level=2)
    _p(d, "Wij werken met een vaste jaarcyclus. In juni stellen wij het jaarplan op, in januari en juni "
          "bespreken wij de trendanalyses met het team, en in september verschijnt het jaarverslag. De "
          "directeur bespreekt de voortgang in het kwartaalgesprek met de bestuurder en levert de "
          "kwartaalrapportage aan.")
    _p(d, "Wij gebruiken Werken met Kwaliteit (WMK-PO). Elk jaar beoordelen wij met kwaliteitskaarten vier "
          "onderdelen van het Inspectiekader, zodat in vier jaar alle standaarden aan bod komen. Directie en "
          "intern begeleider bezoeken iedere leerkracht drie keer per jaar met de kijkwijzer EDI. In 2026 en "
          "2028 nemen wij tevredenheidsvragenlijsten af bij ouders, leerlingen van groep 5 tot en met 8 en "
          "medewerkers. In 2027 vragen wij twee collega-directeuren van ASG om een interne audit op de "
          "standaard Didactisch handelen.")

    d.add_heading("8.7 Doelen Goed en toegankelijk onderwijs", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Eindresultaten boven de signaleringswaarden",
         "Trendanalyses na iedere toetsperiode; verbeterplan per groep bij terugval",
         "Jaarlijks",
         "Alle percentages 1F en 2F/1S boven de signaleringswaarden in 2026, 2027, 2028 en 2029",
         "Directeur"],
        ["Leerlijn digitale geletterdheid",
         "Werkgroep stelt leerlijn op; invoering in alle groepen",
         "Opstellen 2025-2026, invoering 2026-2027",
         "Minstens 20 lessen per groep per jaar; evaluatie juni 2027",
         "ICT-co\u00f6rdinator"],
        ["Leerlijn burgerschap",
         "Leerlijn met drie onderdelen, leerlingenraad, stadhuisbezoek",
         "Vanaf 2025-2026",
         "Evaluatie met vragenlijst groep 7-8 in juni 2027",
         "Adjunct-directeur"],
        ["Leerkrachten leren van elkaar",
         "Collegiale consultatie in de bouw; lesvoorbeelden in de bouwvergadering",
         "Vanaf 2025-2026",
         "Iedere leerkracht legt twee consultaties per jaar vast; 100% nabesproken",
         "Bouwco\u00f6rdinatoren"],
        ["Actueel ondersteuningsprofiel",
         "SOP herzien en bespreken met team en MR",
         "Maart 2025 en maart 2028",
         "SOP vastgesteld en gepubliceerd op de website",
         "Intern begeleider"],
        ["Samenhangende kwaliteitszorg",
         "WMK-kwaliteitskaarten, drie klassenbezoeken per leerkracht, interne audit",
         "Doorlopend; audit 2027",
         "In 2029 alle standaarden van het Inspectiekader minstens eenmaal beoordeeld; 100% van de "
         "klassenbezoeken uitgevoerd",
         "Directeur"],
    ], DOELBREEDTES)


def _venster2(d):
    d.add_heading("9. Personeel in positie", level=1)
    _p(d, "Onze medewerkers voelen zich betrokken bij en trots op onze school. Wij hebben aandacht voor het "
          "welbevinden van alle medewerkers in elke levensfase. Onze medewerkers nemen deel aan "
          "leergemeenschappen en netwerken. Onze medewerkers ervaren erkenning van hun professionaliteit "
          "en voelen zich gezien. Onze school heeft vitale medewerkers.")
    _p(d, "Ons team bestaat uit 27 medewerkers: 22 leerkrachten (samen 17,4 fte), een intern begeleider, "
          "twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conci\u00ebrge en een "
          "administratief medewerker. Zes collega\u2019s zijn ouder dan 55 jaar, negen jonger dan 30.")

    d.add_heading("9.1 Welbevinden in elke levensfase", level=2)
    _p(d, "Wij hebben aandacht voor het welbevinden van alle medewerkers in elke levensfase. In de "
          "medewerkersvragenlijst van 2023 scoorde werkdruk een 6,4. Met de werkdrukmiddelen betalen wij "
          "twee onderwijsassistenten en een deel van de vakleerkracht bewegingsonderwijs, waardoor iedere "
          "leerkracht van groep 3 tot en met 8 twee uur per week zonder groep heeft. Vergaderingen eindigen "
          "uiterlijk om 16.30 uur, zodat collega\u2019s met jonge kinderen op tijd thuis kunnen zijn.")
    _p(d, "Collega\u2019s vanaf 57 jaar maken gebruik van het budget duurzame inzetbaarheid; wij roosteren hen "
          "op verzoek niet in voor pleinwacht. Startende leerkrachten krijgen in hun eerste jaar een "
          "vast maatje uit het team en geen extra taken naast hun groep.")

    d.add_heading("9.2 Professionele ontwikkeling", level=2)
    _p(d, "In 2025-2026 en 2026-2027 volgt het hele team de scholing Expliciete Directe Instructie, "
          "gegeven door een trainer van CED-Groep, met vier studiemiddagen per jaar en "
          "klassenbezoeken met feedback. Daarnaast volgt iedere medewerker minstens \u00e9\u00e9n cursus of "
          "bijeenkomst per jaar bij de ASG Academie. Nieuwe leerkrachten doen mee aan het "
          "inductieprogramma van ASG en bezoeken de bijeenkomst ASG Start.")

    d.add_heading("9.3 Leergemeenschappen en netwerken", level=2)
    _p(d, "Onze medewerkers nemen deel aan leergemeenschappen en netwerken. De intern begeleider neemt "
          "deel aan de professionele leergemeenschap van IB\u2019ers in het primair onderwijs van ASG (zes "
          "bijeenkomsten per jaar). De rekenco\u00f6rdinator en de leesco\u00f6rdinator zitten in de "
          "ASG-netwerken voor hun vak, de directeur in de leergemeenschap van directeuren. Wat zij daar "
          "leren, delen zij in de eerstvolgende teamvergadering.")

    d.add_heading("9.4 Naar een bevoegd team", level=2)
    _p(d, "Op dit moment werken er twee collega\u2019s zonder volledige bevoegdheid: een zij-instromer in "
          "groep 4 en een leraarondersteuner die de deeltijdpabo volgt aan Hogeschool Windesheim. Beiden "
          "worden begeleid door onze schoolopleider Anke de Wit, een uur per week. Zij krijgen een halve "
          "dag per week studieverlof. Wij willen dat beiden uiterlijk in augustus 2027 bevoegd zijn.")

    d.add_heading("9.5 Gesprekscyclus", level=2)
    _p(d, "Iedere medewerker doorloopt jaarlijks de gesprekscyclus: een startgesprek in september, een "
          "klassenbezoek tussen november en maart en een ontwikkelgesprek in mei. Eens in de drie jaar "
          "vindt een beoordelingsgesprek plaats. De verslagen komen in het digitale personeelsdossier.")

    d.add_heading("9.6 Doelen Personeel in positie", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Werkdruk omlaag",
         "Werkdrukmiddelen voor onderwijsassistenten en vakleerkracht; vergadertijden tot 16.30 uur",
         "Doorlopend; meting 2026 en 2028",
         "Werkdrukscore in de medewerkersvragenlijst van 6,4 (2023) naar minimaal 7,0 in 2026",
         "Directeur"],
        ["Hele team werkt volgens EDI",
         "Scholing door CED-Groep, klassenbezoeken met feedback",
         "2025-2026 en 2026-2027",
         "In juni 2027 voldoet minimaal 85% van de bezochte lessen aan de kijkwijzer EDI",
         "Adjunct-directeur"],
        ["Scholing via de ASG Academie",
         "Iedere medewerker kiest jaarlijks een aanbod",
         "Jaarlijks",
         "100% van de medewerkers volgt minstens \u00e9\u00e9n activiteit per jaar",
         "Directeur"],
        ["Deelname aan netwerken",
         "IB\u2019er, co\u00f6rdinatoren en directeur nemen deel aan ASG-netwerken en delen in het team",
         "Doorlopend",
         "Minstens vier terugkoppelingen per jaar in de teamvergadering",
         "Directeur"],
        ["Alle leerkrachten bevoegd",
         "Begeleiding door schoolopleider, studieverlof",
         "Uiterlijk augustus 2027",
         "Twee collega\u2019s behalen hun bevoegdheid",
         "Schoolopleider"],
        ["Gesprekscyclus volledig",
         "Start-, ontwikkel- en beoordelingsgesprekken volgens planning",
         "Jaarlijks",
         "100% van de gesprekken gevoerd en vastgelegd",
         "Directeur"],
    ], DOELBREEDTES)


def _venster3(d):
    d.add_heading("10. De meerwaarde van ASG", level=1)
    _p(d, "Onze collega\u2019s ontmoeten regelmatig collega\u2019s van andere ASG-scholen en het "
          "servicebureau. Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en "
          "ASG-brede studiedagen. Samen met de andere ASG-scholen hebben wij een divers en op elkaar "
          "aansluitend aanbod, zodat alle leerlingen een passende onderwijsloopbaan kunnen krijgen.")

    d.add_heading("10.1 Elkaar ontmoeten", level=2)
    _p(d, "Onze collega\u2019s ontmoeten regelmatig collega\u2019s van andere ASG-scholen en het servicebureau. "
          "Het hele team gaat elk jaar naar de ASG-brede studiedag in oktober. Sinds 2024 organiseren de "
          "vier ASG-basisscholen in Almere Poort samen een studiemiddag in het voorjaar, elk jaar op een "
          "andere school. In 2026 zijn wij gastheer.")

    d.add_heading("10.2 Delen wat wij leren", level=2)
    _p(d, "Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
          "studiedagen. Onze ervaringen met de Makerplaats en met Blink presenteren wij in een workshop op de "
          "ASG-brede studiedag van oktober 2027. De intern begeleider deelt onze aanpak van de "
          "groepsoverzichten in de leergemeenschap van IB\u2019ers.")

    d.add_heading("10.3 Werkgroepen over de schoolgrenzen", level=2)
    _p(d, "De werkgroep jonge kind van onze school werkt samen met de kleuterleerkrachten van twee andere "
          "ASG-scholen in Poort. Zij komen vier keer per jaar bij elkaar, wisselen thema-uitwerkingen en "
          "observatiemateriaal uit en bezoeken elkaars klassen.")

    d.add_heading("10.4 Doelen De meerwaarde van ASG", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Ontmoeting met andere ASG-scholen",
         "ASG-brede studiedag met het hele team; gezamenlijke studiemiddag Poortscholen",
         "Jaarlijks; gastheer in 2026",
         "Eenmaal per jaar een gezamenlijke studiemiddag gehouden",
         "Directeur"],
        ["Opbrengst delen",
         "Workshop over Makerplaats en Blink op de ASG-brede studiedag",
         "Oktober 2027",
         "Workshop gegeven; materiaal beschikbaar voor andere scholen",
         "Adjunct-directeur"],
        ["Werkgroep jonge kind bovenschools",
         "Vier bijeenkomsten per jaar met twee andere scholen, klassenbezoeken",
         "Vanaf 2025-2026",
         "Vier bijeenkomsten per jaar; drie gedeelde thema-uitwerkingen per jaar",
         "Co\u00f6rdinator jonge kind"],
    ], DOELBREEDTES)


def _venster4(d):
    d.add_heading("11. Partnerschap", level=1)
    _p(d, "Ouders zijn betrokken bij het leerproces van hun kind. Onze MR is een klankbord voor ideeën en "
          "een sparringpartner voor de directie. Wij werken proactief samen met een breed scala aan "
          "partners. Wij werken samen met andere schoolbesturen en de gemeente bij de aanpak van regionale "
          "problemen, zoals het lerarentekort.")

    d.add_heading("11.1 Ouders", level=2)
    _p(d, "Ouders zijn betrokken bij het leerproces van hun kind. In de tweede schoolweek voeren wij met "
          "iedere leerling van groep 3 tot en met 8 en zijn ouders een driehoeksgesprek: wat wil het kind "
          "dit jaar leren, wat kan de leerkracht doen en wat kunnen ouders thuis doen? In 2024 was 88 "
          "procent van de ouders bij dit gesprek aanwezig. In november en maart volgen "
          "voortgangsgesprekken. In januari organiseren wij samen met de Bibliotheek Almere een ouderavond "
          "over voorlezen en lezen thuis. Ouders van groep 1 en 2 krijgen bij ieder thema een "
          "thuisblad met spelletjes die aansluiten bij wat hun kind in de klas doet.")

    d.add_heading("11.2 Medezeggenschap", level=2)
    _p(d, "Onze MR is een klankbord voor ideeën en een sparringpartner voor de directie. De MR bestaat uit "
          "drie ouders en drie personeelsleden en vergadert zes keer per jaar. Aan het begin van het "
          "schooljaar maken MR en directeur samen een jaarplanning, zodat duidelijk is wanneer de "
          "formatie, het jaarplan, de begroting en de schoolgids aan de orde komen. De directeur legt "
          "grote voornemens al in de schetsfase voor aan de MR, zoals in 2024-2025 de plannen voor de "
          "Makerplaats en het nieuwe pleinrooster. In 2025-2026 volgen de nieuwe MR-leden een training "
          "van de VOO.")

    d.add_heading("11.3 Partners in de wijk en de stad", level=2)
    _p(d, "Wij werken proactief samen met een breed scala aan partners. Met de kinderopvangorganisatie in "
          "ons gebouw, Kinderopvang Odyssee, werken wij aan een doorgaande lijn van peuter naar kleuter: de "
          "peuterleidsters en kleuterleerkrachten gebruiken dezelfde thema\u2019s en voeren bij de overstap "
          "een warme overdracht. De Bibliotheek Almere levert een leesconsulent die vier uur per week op "
          "school is. De Poortkerk is onze partner bij de vieringen. Het wijkteam Poort houdt twee keer per "
          "maand een spreekuur van de schoolmaatschappelijk werker op school. Met Sportservice Almere "
          "organiseren wij op woensdagmiddag naschoolse sportlessen.")
    _p(d, "Wij werken samen met andere schoolbesturen en de gemeente bij de aanpak van regionale problemen, "
          "zoals het lerarentekort.")

    d.add_heading("11.4 Doelen Partnerschap", level=2)
    _tabel(d, DOELKOPPEN, [
        ["Ouders betrokken bij het leren",
         "Driehoeksgesprekken in de tweede schoolweek; ouderavond lezen; thuisbladen groep 1-2",
         "Jaarlijks",
         "Aanwezigheid bij driehoeksgesprek van 88% (2024) naar minimaal 95% in 2027",
         "Leerkrachten / directeur"],
        ["Medezeggenschap vroeg betrokken",
         "Jaarplanning MR, voornemens in schetsfase, training nieuwe leden",
         "Jaarplanning elk jaar in september; training 2025-2026",
         "Alle vaste onderwerpen volgens jaarplanning besproken; MR-evaluatie in juni positief",
         "Directeur en MR-voorzitter"],
        ["Doorgaande lijn peuter-kleuter",
         "Gezamenlijke thema\u2019s met Kinderopvang Odyssee, warme overdracht",
         "Vanaf 2025-2026",
         "Voor 100% van de peuters uit de eigen peuteropvang een warme overdracht",
         "Co\u00f6rdinator jonge kind"],
        ["Zorg dichtbij",
         "Spreekuur schoolmaatschappelijk werk van het wijkteam Poort",
         "Twee keer per maand",
         "Jaarlijkse evaluatie met het wijkteam in juni",
         "Intern begeleider"],
    ], DOELBREEDTES)


def _vaststelling(d):
    d.add_heading("12. Vaststelling", level=1)
    _p(d, "Dit schoolplan geldt voor de schooljaren 2025-2026 tot en met 2028-2029. Ieder jaar werken wij "
          "de doelen uit in een jaarplan en leggen wij in het jaarverslag verantwoording af over wat is "
          "bereikt. Halverwege de planperiode, in juni 2027, houden wij een tussenbalans met team en MR.")
    _p(d, "De medezeggenschapsraad van CBS Het Zoutvat heeft op 17 juni 2025 ingestemd met dit "
          "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 1 juli 2025 "
          "vastgesteld.")
    _tabel(d, ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Medezeggenschapsraad", "Sanne Hofman, voorzitter", "17 juni 2025", ""],
        ["Directie", "Marjolein Verhagen, directeur", "17 juni 2025", ""],
        ["College van Bestuur ASG", "Voorzitter College van Bestuur", "1 juli 2025", ""],
    ], [4.0, 5.0, 3.0, 4.0])


def _vaste_zipdatum(path):
    """Zet alle datums in het zip-archief vast, zodat het bestand telkens identiek is."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        delen = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, data in delen:
            info = zipfile.ZipInfo(naam, date_time=VASTE_DATUM.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build(path):
    d = Document()
    _zet_taal(d)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for sec in d.sections:
        sec.left_margin = Cm(2.2)
        sec.right_margin = Cm(2.2)
    _paginanummer(d)

    cp = d.core_properties
    cp.title = "Schoolplan 2025-2029 CBS Het Zoutvat"
    cp.author = "Marjolein Verhagen"
    cp.last_modified_by = "Marjolein Verhagen"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    _voorblad(d)
    _voorwoord(d)
    _onze_school(d)
    _missie_visie(d)
    _gezien_worden(d)
    _open(d)
    _vooruitstrevend(d)
    _ambitieus(d)
    _venster1(d)
    _venster2(d)
    _venster3(d)
    _venster4(d)
    _vaststelling(d)
    d.save(path)
    if isinstance(path, str):
        _vaste_zipdatum(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_125_cbs_het_zoutvat.docx")
