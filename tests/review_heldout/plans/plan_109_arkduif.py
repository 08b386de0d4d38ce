"""Schoolplan 2025-2029 van SO De Arkduif, protestants-christelijke school voor speciaal onderwijs
cluster 3 (ZML en EMB) in Almere, onderdeel van de Almeerse Scholen Groep.

Planperiode: 1 augustus 2025 tot en met 31 juli 2029 (schooljaren 2025-2026 tot en met 2028-2029).
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 16, 9, 30, 0)
SCHOOL = "SO De Arkduif"


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "List Number"):
        stijl = doc.styles[naam]
        rpr = stijl.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")
        rpr.append(lang)


def _paginanummer(paragraaf):
    paragraaf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraaf.add_run(SCHOOL + "  |  Schoolplan 2025-2029  |  pagina ")
    run = paragraaf.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _kop(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _vet(doc, tekst):
    p = doc.add_paragraph()
    r = p.add_run(tekst)
    r.bold = True
    return p


def _bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _nummers(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Number")


def _tabel(doc, kop, rijen):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    doc.add_paragraph()
    return tabel


def _bereiken(doc, tekst):
    _vet(doc, "Wat willen we bereiken?")
    _p(doc, tekst)


# ---------------------------------------------------------------- inhoud

def _titelpagina(doc):
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Schoolplan 2025 – 2029")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for regel, grootte, vet in (
        ("SO De Arkduif", 22, True),
        ("Protestants-christelijke school voor speciaal onderwijs, cluster 3 (ZML en EMB)", 13, False),
        ("Rietvinkstraat 3, Almere  –  BRIN 12AR", 12, False),
        ("", 12, False),
        ("‘Een veilige plek om te landen’", 14, False),
        ("", 12, False),
        ("Onderdeel van de Almeerse Scholen Groep", 11, False),
        ("Versie na instemming MR, juni 2025", 11, False),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(regel)
        r.font.size = Pt(grootte)
        r.bold = vet
        if vet:
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    _kop(doc, "Voorwoord")
    _p(doc, "Voor u ligt het schoolplan van De Arkduif voor de schooljaren 2025-2026 tot en met 2028-2029. "
            "Het is een plan van het hele team. In het schooljaar 2024-2025 hebben we eraan gewerkt op drie "
            "studiedagen, op twee avonden met ouders en in vier vergaderingen van de medezeggenschapsraad. We "
            "hebben het ingedeeld langs de vier kernwaarden en de vier vensters van onze stichting, de Almeerse "
            "Scholen Groep, omdat die indeling ons hielp om de goede vragen te stellen. Binnen elk hoofdstuk staan "
            "onze eigen onderwerpen, en elk hoofdstuk eindigt met wat we willen bereiken en wanneer.")
    _p(doc, "Dit plan gaat over onze leerlingen, maar ook opvallend veel over onze collega’s. Dat is een bewuste "
            "keuze. Op een school als de onze is het werk mooi en zwaar tegelijk: we tillen, voeden, verschonen, "
            "troosten en vieren, en soms nemen we afscheid van een leerling die overlijdt. Wie goed voor deze "
            "kinderen wil zorgen, moet zelf ook goed verzorgd worden. In hoofdstuk 7 staat daarom uitgebreid hoe "
            "we dat de komende vier jaar doen.")
    _p(doc, "Ik dank iedereen die heeft meegedacht, in het bijzonder de ouders van het ouderpanel en de zes "
            "leerlingen van onze leerlingenraad, die met praatplaten lieten zien wat zij op school belangrijk "
            "vinden: ‘lekker buiten’, ‘de trampoline’ en ‘juf die mij snapt’.")
    _p(doc, "Hanneke Verbeek, directeur")


def _h1_onze_school(doc):
    _kop(doc, "1. Onze school")
    _kop(doc, "1.1 Wie wij zijn", 2)
    _p(doc, "De Arkduif is een school voor speciaal onderwijs in cluster 3. Wij geven onderwijs aan kinderen van "
            "4 tot 13 jaar die zeer moeilijk lerend zijn (ZML) en aan kinderen met ernstige meervoudige "
            "beperkingen (EMB). Veel van onze leerlingen hebben naast een verstandelijke beperking ook een "
            "lichamelijke beperking, epilepsie, een stoornis in het autistisch spectrum of een syndroom zoals het "
            "syndroom van Down of het syndroom van Angelman. Ze komen uit heel Almere en uit Zeewolde; op een "
            "handvol na komen ze met het leerlingenvervoer.")
    _p(doc, "Sinds 2009 zitten we aan de Rietvinkstraat in Almere-Stad Oost. Het gebouw heeft twee vleugels: de "
            "ZML-vleugel met negen groepen en de EMB-vleugel met zes groepen. Er is een verzorgingsruimte per twee "
            "groepen, een snoezelruimte, een bewegingsruimte met een trampoline in de vloer en een behandelcentrum "
            "waar de therapeuten van Zorggroep Flevoduin werken.")
    _tabel(doc, ["Kerngegeven (peildatum 1 oktober 2024)", "Aantal"], [
        ["Leerlingen", "118 (82 ZML, 36 EMB)"],
        ["Groepen", "15 (9 ZML, 6 EMB)"],
        ["Gemiddelde groepsgrootte", "ZML 9, EMB 6"],
        ["Medewerkers", "84 (61,4 fte)"],
        ["– leraren", "21"],
        ["– onderwijsassistenten en klassenassistenten", "38"],
        ["– directie, IB, orthopedagoog, gedragsspecialist, administratie, conciërges, pauzevervanger", "25"],
        ["Ziekteverzuim 2023-2024", "8,4%"],
        ["Laatste inspectiebezoek", "maart 2023: basisarrangement"],
    ])
    _kop(doc, "1.2 Onze identiteit", 2)
    _p(doc, "De Arkduif is een protestants-christelijke school. De naam verwijst naar de duif die Noach na de vloed "
            "uitliet en die terugkwam met een blaadje in haar snavel: een teken van hoop en van een nieuw begin. "
            "Wij geloven dat ieder kind door God gewild en geliefd is, ook als het niet kan praten of lopen. Elke "
            "dag begint met een dagopening. In de ZML-groepen is dat een lied en een Bijbelverhaal dat we met "
            "voorwerpen en gebaren vertellen, in de EMB-groepen een vast lied, een kaars en een voelbaar voorwerp "
            "bij het verhaal. Kerst, Pasen en Pinksteren vieren we met de hele school in de aula, met ouders erbij. "
            "Wie bij ons komt werken, onderschrijft de christelijke grondslag van de school.")
    _kop(doc, "1.3 Waar we vandaan komen", 2)
    _p(doc, "In het schoolplan 2021-2025 hadden we drie speerpunten: werken met de nieuwe leerlijnen in ParnasSys, "
            "een doorgaande lijn in communicatie met ondersteunende gebaren en pictogrammen, en het terugdringen "
            "van het verzuim. De eerste twee hebben we gehaald. Alle groepen werken sinds 2023 met de leerlijnen "
            "van Stichting Leerlijnen, en in de hele school gebruiken we dezelfde gebaren (Nederlands met Gebaren) "
            "en dezelfde pictoreeks. Het derde speerpunt hebben we niet gehaald: het verzuim daalde in 2022 naar "
            "7,1%, maar steeg daarna weer naar 8,4%.")
    _p(doc, "Bij het inspectiebezoek in maart 2023 kregen we het basisarrangement. De inspectie noemde het zicht op "
            "de ontwikkeling van onze leerlingen goed, en vroeg ons de evaluatie van het onderwijs op schoolniveau "
            "steviger te maken. Dat hebben we in dit plan meegenomen (paragraaf 6.6).")
    _kop(doc, "1.4 Hoe dit plan tot stand kwam", 2)
    _bullets(doc, [
        "Oktober 2024: studiedag met het hele team over de vraag ‘wat gaat goed, wat moet anders?’.",
        "November 2024 en februari 2025: twee avonden met het ouderpanel en andere ouders (in totaal 27 ouders).",
        "Januari 2025: gesprekken met de leerlingenraad met praatplaten.",
        "Maart 2025: studiedag over werkdruk en vitaliteit, met de bedrijfsarts en de HR-adviseur van ASG.",
        "April 2025: conceptplan besproken in het team en in de MR.",
        "Juni 2025: instemming MR en vaststelling door het College van Bestuur.",
    ])
    _bereiken(doc, "Dit schoolplan geldt van 1 augustus 2025 tot en met 31 juli 2029. Elk jaar in juni maken we er "
                   "een jaarplan van en elk jaar in oktober kijken we in het jaarverslag terug. In januari 2027, "
                   "halverwege, bespreken we met team, ouderpanel en MR of het plan nog klopt en stellen we het zo "
                   "nodig bij.")


def _h2_gezien(doc):
    _kop(doc, "2. Gezien worden")
    _p(doc, "Bij ons is iedereen waardevol en wordt iedereen gezien. Voor onze leerlingen is gezien worden heel "
            "letterlijk: een kind dat niet kan praten, laat met zijn lijf, zijn ogen en zijn geluiden zien wat het "
            "wil of wat het dwarszit. Dat moet iemand opmerken.")
    _kop(doc, "2.1 Binnenkomen bij de bus", 2)
    _p(doc, "Tussen 8.15 en 8.45 uur rijden elf taxibusjes het plein op. Elke bus wordt opgewacht door een vaste "
            "collega, die de chauffeur kent en weet welke kinderen erin zitten. Iedere leerling wordt bij naam "
            "begroet en naar de groep gebracht; voor EMB-leerlingen in een rolstoel staat de eigen groepsassistent "
            "klaar. Ouders die hun kind zelf brengen, lopen mee tot in de groep.")
    _p(doc, "Wie de school voor het eerst bezoekt, zoals een ouder die zich oriënteert, een stagiair of een nieuwe "
            "therapeut, wordt bij de voordeur ontvangen door de administratie en krijgt een vaste gastheer of "
            "gastvrouw uit het team die rondleidt en de vragen beantwoordt. In de hal hangen foto’s van alle "
            "medewerkers met naam en functie. In 2024 vroegen we de 19 nieuwe gezinnen hoe hun eerste kennismaking "
            "was: 17 voelden zich ‘heel welkom’. De twee anderen misten informatie over het vervoer. Daarom krijgen "
            "nieuwe ouders sinds januari 2025 het boekje ‘Eerste week op De Arkduif’, met foto’s, het "
            "telefoonnummer van de vervoerder en de naam van hun vaste contactpersoon.")
    _kop(doc, "2.2 Ieder kind heeft een eigen taal", 2)
    _p(doc, "Voor elke nieuwe leerling maken we in de eerste zes weken een communicatiepaspoort: een boekje van een "
            "paar bladzijden waarin staat hoe het kind laat zien dat het blij, moe, bang of ziek is, welke gebaren "
            "en picto’s het kent en wat het troost. Het paspoort gaat mee naar huis, naar de logeeropvang en naar "
            "de therapeut. Bij EMB-leerlingen vullen ouders en groepsleiding het samen in, met behulp van video: we "
            "filmen korte momenten en bekijken die samen. Wat het kind nodig heeft om te leren, staat daarnaast in "
            "het ontwikkelingsperspectiefplan (OPP), dat we twee keer per jaar met ouders bespreken. Op dit moment "
            "heeft 84% van de leerlingen een actueel paspoort; bij leerlingen die midden in het jaar instromen "
            "lukt het niet altijd binnen zes weken.")
    _kop(doc, "2.3 Gezien als collega", 2)
    _p(doc, "Ook collega’s moeten gezien worden. Iedere medewerker heeft een vaste leidinggevende (de directeur, de "
            "adjunct-directeur Samuel Mensah of de locatieleider EMB Joost Aydin-Kramer) met wie hij of zij minstens "
            "drie keer per jaar spreekt. Daarnaast vragen we twee keer per jaar met een korte digitale vragenlijst "
            "van vijf vragen wat collega’s nodig hebben om hun werk goed te doen: materiaal, scholing, een andere "
            "groep, andere uren. De uitkomsten bespreken we in de teamvergadering en de directie laat binnen vier "
            "weken weten wat er met de antwoorden gebeurt. In 2024 leverde dat onder andere een tweede tillift in "
            "de EMB-vleugel en een vaste pauzevervanger op.")
    _bereiken(doc, "Vóór 1 oktober 2025 heeft elke leerling een actueel communicatiepaspoort, en vanaf dat moment "
                   "krijgt iedere nieuwe leerling er binnen zes weken een. Uiterlijk in het schooljaar 2026-2027 is "
                   "het paspoort digitaal beschikbaar voor ouders, logeeropvang en vervoerder. In juni 2026 en daarna "
                   "elk jaar geeft minstens 90% van de nieuwe gezinnen aan zich heel welkom te voelen. De korte "
                   "vragenlijst onder collega’s houden we tot en met 2029 twee keer per jaar, en we koppelen de "
                   "uitkomst altijd binnen vier weken terug.")


def _h3_open(doc):
    _kop(doc, "3. Open")
    _p(doc, "Ouders van onze leerlingen zien niet wat er op school gebeurt, en hun kind kan het meestal niet "
            "vertellen. Openheid betekent bij ons daarom vooral: laten zien. Respect is een groot woord, ook op "
            "De Arkduif.")
    _kop(doc, "3.1 Elke dag een bericht naar huis", 2)
    _p(doc, "Elke groep stuurt elke schooldag via de app Parro een kort bericht naar huis, met een foto: wat heeft "
            "je kind gegeten en gedronken, hoe ging het in de groep, was er een aanval of een verschoning die "
            "anders was dan anders. Voor EMB-leerlingen gaat daarnaast een vaste overdrachtslijst mee in de bus. Eens "
            "per maand verschijnt de nieuwsbrief ‘Duifpost’, in eenvoudige taal en met pictogrammen. Voor ouders "
            "die het Nederlands niet goed beheersen (ongeveer vijftien gezinnen) laten we belangrijke brieven "
            "vertalen, en oudergesprekken voeren we waar nodig met een tolk. Het OPP schrijven we sinds 2024 in "
            "begrijpelijke taal, met vooraan een samenvatting van één bladzijde.")
    _p(doc, "Als er iets misgaat, zoals een val, een incident of een medicijn dat niet is gegeven, bellen we de "
            "ouders dezelfde dag. Die afspraak hebben we in 2023 met de MR gemaakt, en we houden ons eraan. In het "
            "oudertevredenheidsonderzoek van 2024 gaven ouders de communicatie een 7,6; ouders van EMB-leerlingen "
            "waren tevredener (8,1) dan ouders van ZML-leerlingen (7,3), die vooral meer wilden horen over wat hun "
            "kind leert.")
    _kop(doc, "3.2 Een christelijke school met de deur open", 2)
    _p(doc, "Onze school is protestants-christelijk en hoort bij een stichting met vooral openbare scholen. Dat "
            "ervaren wij als een rijkdom. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen "
            "en medewerkers. In onze identiteit zijn we duidelijk: we bidden, zingen en vertellen Bijbelverhalen. "
            "De commissie identiteit, met twee ouders, twee collega’s en de directeur, komt drie keer per jaar "
            "bijeen en bereidt de vieringen voor.")
    _bereiken(doc, "Vanaf januari 2026 ontvangen de ouders van ZML-leerlingen eens per twee weken ook een kort "
                   "bericht over het leerdoel waaraan hun kind werkt. In het oudertevredenheidsonderzoek van "
                   "voorjaar 2027 geven ouders de communicatie gemiddeld minstens een 8,0, en ouders van "
                   "ZML-leerlingen minstens een 7,8. Vóór juli 2026 is de schoolgids ook beschikbaar in een versie "
                   "in eenvoudige taal met pictogrammen.")


def _h4_vooruit(doc):
    _kop(doc, "4. Vooruitstrevend")
    _p(doc, "Onze leerlingen laten ons elke dag zien dat leren soms langs onverwachte wegen gaat. We proberen graag "
            "iets nieuws, als we eerst maar goed kijken of het bij het kind past.")
    _kop(doc, "4.1 Kiezen met je ogen", 2)
    _p(doc, "Sinds 2024 werken twee EMB-groepen met oogbesturing: een computer met een camera die ziet waar het kind "
            "naar kijkt. Een leerling die nooit kon aanwijzen, kan nu kiezen tussen twee liedjes, of tussen drinken "
            "en eten. We begonnen met zes leerlingen; vier van hen maken inmiddels betrouwbaar keuzes met hun ogen. "
            "Een ergotherapeut van Flevoduin begeleidt de groepen een dagdeel per week. De apparatuur lenen we van "
            "het hulpmiddelencentrum; de software en de scholing betalen we uit onze eigen begroting.")
    _kop(doc, "4.2 Intensive Interaction, rebound en leerpleinen", 2)
    _p(doc, "In de EMB-groepen werken we met Intensive Interaction: de begeleider volgt het kind en speelt in op "
            "zijn geluiden, bewegingen en ritme, in plaats van een taak op te leggen. Vijf collega’s volgden in 2024 "
            "de basistraining. Drie collega’s geven reboundtherapie op de vloertrampoline; elke EMB-leerling heeft "
            "wekelijks een sessie van twintig minuten.")
    _p(doc, "In de ZML-groepen werken we met leerpleinen. Vier keer per jaar richten we de brede gang in rond een "
            "thema uit het dagelijks leven van de kinderen: de supermarkt, de huisarts, het station, de snackbar. "
            "Leerlingen oefenen daar taal, rekenen en redzaamheid in een situatie die op het echte leven lijkt, en "
            "aan het eind van elk thema nodigen ze hun ouders uit.")
    _kop(doc, "4.3 Leren van anderen", 2)
    _p(doc, "Wij willen weten wat werkt. Samen met het lectoraat Passend Onderwijs van Hogeschool Windesheim in "
            "Almere onderzoeken we in 2025-2026 hoe oogbesturing de communicatie tussen leerling en ouders thuis "
            "verandert; twee collega’s zijn co-onderzoeker. Elk jaar gaan duo’s van collega’s op werkbezoek bij een "
            "andere cluster 3-school in het land; wat ze zien, vertellen ze in de eerstvolgende teamvergadering. En "
            "een leesclub van zes collega’s leest elk kwartaal een vakartikel en bespreekt het met orthopedagoog "
            "Ruth Dijkstra.")
    _bereiken(doc, "Uiterlijk in juni 2027 werken alle zes EMB-groepen met oogbesturing en maakt minstens de helft "
                   "van de EMB-leerlingen daarmee betrouwbaar keuzes. In het schooljaar 2025-2026 volgen nog tien "
                   "collega’s de basistraining Intensive Interaction. Het onderzoek met Windesheim ronden we af in "
                   "juni 2026; in het najaar van 2026 presenteren we de uitkomsten aan ouders en team. Vanaf "
                   "2025-2026 gaan jaarlijks minstens vier duo’s op werkbezoek.")


def _h5_ambitieus(doc):
    _kop(doc, "5. Ambitieus")
    _p(doc, "Zeer moeilijk lerend betekent niet dat je niets leert. Wij durven voor onze leerlingen hoog in te "
            "zetten, en we willen het merken als een kind meer kan dan we dachten.")
    _kop(doc, "5.1 De lat voor ieder kind", 2)
    _p(doc, "Elke leerling heeft een OPP met een uitstroomperspectief. Voor de meeste ZML-leerlingen is dat het "
            "voortgezet speciaal onderwijs met uitstroomprofiel arbeidsmatige dagbesteding of arbeid; voor "
            "EMB-leerlingen is het meestal belevingsgerichte dagbesteding. Twee keer per jaar, in november en in "
            "juni, bespreekt de groepsleraar met de orthopedagoog per leerling of de doelen gehaald zijn. Daarbij "
            "kijken we niet alleen óf het kind het doel haalde, maar ook of het doel hoog genoeg lag.")
    _p(doc, "In 2023-2024 haalde 71% van de leerlingen minstens driekwart van hun OPP-doelen. Bij negen leerlingen "
            "hebben we het perspectief naar boven bijgesteld, bij twee naar beneden. We willen dat ZML-leerlingen "
            "bij het verlaten van de school de functionele woorden en pictogrammen herkennen die ze in het dagelijks "
            "leven nodig hebben: hun eigen naam, ‘wc’, ‘uitgang’, hun busnummer. Op dit moment lukt dat bij ruim "
            "de helft van de schoolverlaters.")
    _kop(doc, "5.2 Wat we van elkaar vragen", 2)
    _p(doc, "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. Dat hoorden we "
            "ook terug in de gesprekken over dit plan.")
    _bereiken(doc, "In juli 2027 haalt minstens 80% van de leerlingen driekwart of meer van hun OPP-doelen, zonder "
                   "dat de doelen lager worden gesteld; de commissie van begeleiding controleert dat jaarlijks met een "
                   "steekproef van tien OPP’s. Vanaf 2025-2026 bespreken we in elke groepsbespreking minstens één "
                   "leerling bij wie we het perspectief naar boven willen bijstellen. Vanaf juli 2028 verlaten alle "
                   "ZML-leerlingen de school met een eigen ‘ik-kan-map’, waarin staat welke functionele woorden, "
                   "pictogrammen en vaardigheden zij beheersen.")


def _h6_venster1(doc):
    _kop(doc, "6. Venster 1: Goed en toegankelijk onderwijs")
    _kop(doc, "6.1 Wat onze leerlingen leren", 2)
    _p(doc, "Ons onderwijsprogramma is gebaseerd op de kerndoelen voor het speciaal onderwijs aan zeer moeilijk "
            "lerende kinderen en kinderen met meervoudige beperkingen. Wij werken met de leerlijnen van Stichting "
            "Leerlijnen. Voor ZML-leerlingen zijn dat de leerlijnen Nederlandse taal, rekenen, oriëntatie op jezelf "
            "en de wereld, bewegingsonderwijs, kunstzinnige oriëntatie, sociaal-emotionele ontwikkeling, leren "
            "leren en praktische redzaamheid. Voor EMB-leerlingen zijn het de leerlijnen communicatie, zintuiglijke "
            "en motorische ontwikkeling, sociaal-emotionele ontwikkeling en cognitieve ontwikkeling. De "
            "referentieniveaus taal en rekenen zijn voor de meeste van onze leerlingen niet haalbaar; in het OPP "
            "leggen we per leergebied vast welk niveau we nastreven. De thema’s kiezen we uit de leefwereld van de "
            "kinderen: thuis, eten en drinken, de seizoenen, de dokter, de bus.")
    _p(doc, "Leerlingen krijgen 940 uur onderwijs per jaar. De verdeling per week ziet er zo uit:")
    _tabel(doc, ["Leergebied", "ZML (uur per week)", "EMB (uur per week)"], [
        ["Taal en communicatie", "6", "5"],
        ["Rekenen / cognitieve ontwikkeling", "4", "2"],
        ["Oriëntatie op jezelf en de wereld", "3", "2"],
        ["Bewegen / zintuiglijke en motorische ontwikkeling", "3", "5"],
        ["Praktische redzaamheid en verzorging", "3", "6"],
        ["Kunstzinnige oriëntatie en muziek", "2", "2"],
        ["Sociaal-emotionele ontwikkeling en dagopening", "2,5", "1,5"],
        ["Totaal", "23,5", "23,5"],
    ])
    _kop(doc, "6.2 Burgerschap: meedoen", 2)
    _p(doc, "Burgerschap is voor onze leerlingen vooral: meedoen. Zo zelfstandig mogelijk boodschappen doen, weten "
            "hoe je je gedraagt in de bus, je beurt afwachten, een keuze maken en laten merken dat je het ergens "
            "niet mee eens bent. In de ZML-bovenbouw doen de leerlingen elke week boodschappen voor de kookles in de "
            "supermarkt op het winkelplein. Sinds 2024 heeft de school een leerlingenraad van zes ZML-leerlingen die "
            "vier keer per jaar met de directeur praat, met behulp van pictogrammen en praatplaten. De raad koos in "
            "2024 de nieuwe speeltoestellen; alle ZML-leerlingen stemden daarover met een stemkaart met foto’s. Zo "
            "leren ze dat hun mening telt en dat een meerderheid beslist.")
    _kop(doc, "6.3 Veilig op school", 2)
    _p(doc, "Veiligheid heeft op De Arkduif drie kanten:")
    _bullets(doc, [
        "Sociale veiligheid. Elke groep heeft groepsafspraken in pictogrammen. Jaarlijks meten we hoe veilig "
        "leerlingen zich voelen: ZML-leerlingen vanaf acht jaar met een aangepaste vragenlijst met smileys, "
        "afgenomen door een vertrouwde volwassene; voor jongere leerlingen en EMB-leerlingen vullen leraar en "
        "ouders een observatielijst in. In 2024 gaf 92% van de bevraagde leerlingen aan zich veilig te voelen.",
        "Grensoverschrijdend gedrag. We hebben een protocol voor fysiek ingrijpen. Alle medewerkers van de "
        "ZML-groepen volgen elke twee jaar een training in het voorkomen en veilig begrenzen van agressie. Elk "
        "incident wordt geregistreerd en gedragsspecialist Ebru Yilmaz bespreekt de incidenten maandelijks met de "
        "directie.",
        "Medische veiligheid. Risicovolle en voorbehouden handelingen, zoals sondevoeding, uitzuigen en "
        "noodmedicatie bij epilepsie, voeren alleen collega’s uit die daarvoor bekwaam zijn verklaard. De "
        "verpleegkundige van Flevoduin traint hen jaarlijks.",
    ])
    _p(doc, "Intern vertrouwenspersoon en coördinator van het veiligheidsbeleid is Petra Oldenkamp. Ouders en "
            "medewerkers kunnen ook terecht bij de externe vertrouwenspersoon van ASG.")
    _kop(doc, "6.4 Wat wij kunnen bieden", 2)
    _p(doc, "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2024) staat precies welke ondersteuning we "
            "bieden. Kort samengevat: les in een kleine groep (hoogstens tien ZML-leerlingen of zes EMB-leerlingen) "
            "met een leraar en ten minste één assistent; ondersteunde communicatie met gebaren, picto’s en "
            "hulpmiddelen; fysiotherapie, logopedie en ergotherapie op school via Flevoduin; verpleegkundige zorg op "
            "afroep; begeleiding bij eten, drinken en verzorging. Wat we niet kunnen bieden, staat er ook in: "
            "leerlingen die de hele dag één-op-één begeleiding nodig hebben vanwege ernstig gedrag, en leerlingen die "
            "voortdurend verpleegkundige zorg nodig hebben, bijvoorbeeld bij beademing. Voor hen zoeken we samen met "
            "het samenwerkingsverband een andere plek.")
    _kop(doc, "6.5 Een plek voor ieder kind in Almere", 2)
    _p(doc, "We maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
            "leerlingen een passende onderwijsplek hebben. Concreet betekent dat voor ons: met het kinderdagcentrum "
            "van Flevoduin hebben we een combinatie-arrangement, waarin zes kinderen twee of drie dagen naar school "
            "gaan en de rest van de week naar het dagcentrum. Kinderen van het dagcentrum die meer kunnen, stromen in "
            "via een proefplaatsing van zes weken. Elke maand schuiven we aan bij de plaatsingstafel van "
            "Samenwerkingsverband Passend Onderwijs Almere, waar alle aanmeldingen voor cluster 3 worden besproken.")
    _kop(doc, "6.6 Hoe wij de kwaliteit bewaken", 2)
    _p(doc, "Onze kwaliteitszorg volgt de cyclus plannen, doen, checken en bijstellen:")
    _bullets(doc, [
        "In juni maken we het jaarplan op basis van dit schoolplan; in oktober volgt het jaarverslag.",
        "Twee keer per jaar maken IB en orthopedagoog een trendanalyse van de OPP-doelen per groep en voor de hele "
        "school. Die bespreken we in het team en ze gaat mee in de kwartaalrapportage aan het bestuur.",
        "Elke leraar en elke onderwijsassistent krijgt twee keer per jaar een klassenbezoek met onze kijkwijzer "
        "‘Goede les op De Arkduif’, die we in 2024 samen maakten. De kijkwijzer heeft acht criteria, van "
        "‘heldere dagstructuur met picto’s’ tot ‘de leerling krijgt tijd om te reageren’.",
        "Ouders en medewerkers vullen om de twee jaar een tevredenheidsvragenlijst in, leerlingen jaarlijks de "
        "veiligheidsvragenlijst.",
        "Om de vier jaar houden collega’s van andere ASG-scholen een interne audit bij ons; de volgende is in het "
        "najaar van 2026.",
        "Op verzoek van de inspectie kijken we vanaf 2025 ook één jaar na vertrek waar oud-leerlingen zitten en of "
        "hun uitstroomperspectief klopte.",
    ])
    _bereiken(doc, "In het schooljaar 2025-2026 evalueren we voor het eerst de uitstroom één jaar na vertrek; vanaf "
                   "het jaarverslag van 2026 staat die evaluatie er elk jaar in. In 2025-2026 wordt de kijkwijzer in "
                   "alle groepen gebruikt, en in juni 2027 scoort minstens 85% van de bezochte lessen voldoende of "
                   "goed op alle acht criteria. Bij het volgende inspectiebezoek, dat we in 2027 verwachten, houden "
                   "we het basisarrangement en is de standaard evaluatie en verbetering ten minste voldoende. In elk "
                   "jaar van de planperiode voelt minstens 90% van de bevraagde leerlingen zich veilig. Het SOP "
                   "actualiseren we in het voorjaar van 2027. Vóór juli 2026 is het combinatie-arrangement met het "
                   "dagcentrum uitgebreid van zes naar tien plaatsen.")


def _h7_venster2(doc):
    _kop(doc, "7. Venster 2: Personeel in positie")
    _p(doc, "Dit is het langste hoofdstuk van ons plan, en dat is niet toevallig. Op De Arkduif werken 84 mensen. "
            "Zij tillen, voeden via een sonde, vangen een kind op dat zichzelf slaat en zingen bij de dagopening. "
            "Het werk is betekenisvol, maar het vraagt veel van lijf en hoofd. In de medewerkerspeiling van 2024 "
            "zei 88% trots te zijn op de school, maar ook 41% na het werk vaak uitgeput te zijn. Ons verzuim lag met "
            "8,4% boven het gemiddelde van ASG. Goed zorgen voor collega’s is voor ons geen bijzaak; het is een "
            "voorwaarde voor goed onderwijs.")
    _kop(doc, "7.1 Zorgen voor wie zorgt", 2)
    _p(doc, "Met de werkdrukmiddelen hebben we in 2023 een vaste pauzevervanger aangesteld (32 uur per week), "
            "zodat iedere collega een echte pauze van een halfuur heeft, ook in EMB-groepen waar een kind nooit "
            "alleen gelaten kan worden. Vanaf augustus 2025 komt er een tweede pauzevervanger bij. Leraren hebben "
            "per week één dagdeel zonder groep voor OPP’s, oudergesprekken en voorbereiding; in die tijd neemt een "
            "vaste invaller de groep over. Teamvergaderingen houden we hoogstens twee keer per maand, en ze eindigen "
            "uiterlijk om 16.30 uur. Een werkdrukgroep van vier collega’s stelt elk voorjaar samen met de "
            "personeelsgeleding van de MR het bestedingsplan voor de werkdrukmiddelen op.")
    _kop(doc, "7.2 Een gezond lijf", 2)
    _p(doc, "Fysieke belasting is het grootste risico in ons werk. Preventiemedewerker Wim Lagendijk loopt elk jaar "
            "met de arbodienst de risico-inventarisatie na. Onze afspraken:")
    _bullets(doc, [
        "In elke EMB-groep hangt een plafondtillift; de verzorgingsruimtes hebben hoog-laagcommodes.",
        "Leerlingen die zwaarder zijn dan 15 kilo tillen we niet met de hand, maar met een lift of met twee personen.",
        "Nieuwe medewerkers volgen in hun eerste maand de cursus ‘Tillen en transfers’; iedereen volgt om de twee "
        "jaar een opfrisbijeenkomst.",
        "Sinds 2024 is elke donderdagochtend een bedrijfsfysiotherapeut in school. Collega’s kunnen zonder "
        "verwijzing een afspraak van twintig minuten maken; in 2024 gebeurde dat 212 keer.",
        "Eens per jaar bieden we alle collega’s een vitaliteitscheck aan, en we wijzen op het sport- en "
        "beweegaanbod van ASG. Een groep van twaalf collega’s wandelt elke dinsdag na school een half uur.",
    ])
    _p(doc, "Het verzuim bespreken we elke maand met de bedrijfsarts en de HR-adviseur van het servicebureau. We "
            "willen vooral langdurig verzuim voorkomen. Daarom nodigt de leidinggevende een collega die zich in een "
            "jaar drie keer heeft ziekgemeld uit voor een preventief gesprek, niet als controle maar om te horen wat "
            "er speelt en wat helpt.")
    _kop(doc, "7.3 Elke levensfase", 2)
    _p(doc, "Ons team is gemengd: de jongste collega is 19, de oudste 66, en ruim een derde is ouder dan 55. In de "
            "gesprekken over dit plan werd duidelijk dat collega’s in verschillende fasen verschillende dingen "
            "nodig hebben:")
    _bullets(doc, [
        "Startende collega’s krijgen twee jaar een maatje en een coach en staan het eerste halfjaar nooit als "
        "enige volwassene in een groep.",
        "Collega’s met jonge kinderen of met mantelzorgtaken kunnen in overleg vaste zorgdagen afspreken; daar "
        "houden we bij het rooster rekening mee.",
        "Met elke collega van 57 jaar of ouder bespreken we jaarlijks hoe hij of zij het werk gezond tot het "
        "pensioen kan volhouden, bijvoorbeeld met minder tilwerk, de begeleiding "
        "van stagiairs of de cao-regeling voor duurzame inzetbaarheid.",
        "Collega’s die terugkomen na langdurige ziekte krijgen een opbouwplan met een vaste groep en zonder "
        "tilwerk in de eerste weken.",
    ])
    _kop(doc, "7.4 Na een zware dag", 2)
    _p(doc, "Op onze school overlijdt gemiddeld één leerling per jaar. Ons rouwprotocol beschrijft hoe we ouders, "
            "kinderen én collega’s opvangen. De groepsleiding krijgt in de week na een overlijden extra handen in de "
            "groep, en wie dat wil kan praten met ds. Annelies Post van de Ontmoetingskerk, die als geestelijk "
            "verzorger aan de school verbonden is. Na een ernstig incident, zoals een zware epileptische aanval of "
            "een collega die geslagen wordt, volgt binnen 24 uur een opvanggesprek met de leidinggevende. Wie meer "
            "nodig heeft, kan terecht bij het bedrijfsmaatschappelijk werk dat via ASG beschikbaar is.")
    _p(doc, "Alle leraren en assistenten zitten in een intervisiegroep van vijf of zes collega’s, die zes keer per "
            "jaar bijeenkomt onder leiding van de orthopedagoog of de gedragsspecialist. Daar is ruimte voor de "
            "vraag hoe het met jezelf gaat, niet alleen met de leerling.")
    _kop(doc, "7.5 Samen leren", 2)
    _p(doc, "Leren doen we vooral samen. De school heeft drie professionele leergemeenschappen: ‘Communicatie’ "
            "(gebaren, picto’s, oogbesturing), ‘Gedrag’ en ‘Lijf en zintuigen’. Elke medewerker zit in één "
            "leergemeenschap; ze komen zes keer per jaar bijeen en brengen jaarlijks één verbetering in de school "
            "in. In 2024 leverde de groep ‘Gedrag’ bijvoorbeeld een gezamenlijk signaleringsplan per leerling op. "
            "Onze IB’er Ingrid de Vries-Bakker en de orthopedagoog nemen deel aan het ASG-netwerk van intern "
            "begeleiders.")
    _p(doc, "Daarnaast volgt elke medewerker per jaar minstens één cursus of bijeenkomst van de ASG Academie of een "
            "externe opleiding. In 2024 deden 71 van de 84 medewerkers dat; veel gevolgd waren ‘Nederlands met "
            "gebaren’ en ‘Omgaan met agressie’. Per fte is € 600 scholingsbudget beschikbaar. Onderwijsassistenten "
            "kunnen via de school de mbo-opleiding onderwijsassistent op niveau 4 volgen, met de uitstroom speciaal "
            "onderwijs.")
    _kop(doc, "7.6 Bevoegd en bekwaam", 2)
    _p(doc, "Van onze 21 leraren waren er in 2024-2025 drie niet bevoegd: twee zij-instromers en één leraar in "
            "opleiding aan de deeltijdpabo. Zij hebben een eigen begeleidingsplan, een schoolopleider (Marloes "
            "Brinkman) die hen elke twee weken spreekt, en één dag per week studieverlof. De school betaalt het "
            "collegegeld. Twaalf van de 21 leraren hebben de master Special Educational Needs; wie die opleiding "
            "wil volgen, krijgt studietijd en een bijdrage in de kosten. Voor risicovolle medische handelingen "
            "houden we per medewerker bij wie bekwaam is verklaard en tot wanneer.")
    _kop(doc, "7.7 Gesprekken die ertoe doen", 2)
    _p(doc, "We werken met de gesprekscyclus van ASG: elk jaar een startgesprek in september of oktober, een "
            "voortgangsgesprek in februari en een ontwikkel- of beoordelingsgesprek in mei of juni, voorbereid met "
            "een klassenbezoek. In 2023-2024 voerden we met 79 van de 84 medewerkers alle drie de gesprekken; bij "
            "de anderen lukte dat door langdurige ziekte niet. Vanaf 2025 leggen we de gesprekken vast in het "
            "digitale personeelsdossier. In het startgesprek staat altijd de vraag: hoe gaat het met jou, en wat "
            "heb je dit jaar nodig?")
    _kop(doc, "7.8 Trots op ons vak", 2)
    _p(doc, "Onze collega’s zijn goed in hun vak, en dat mag gezien worden. Sinds 2024 hebben collega’s met "
            "bijzondere deskundigheid een zichtbare rol als aandachtsfunctionaris, bijvoorbeeld voor epilepsie, "
            "gebaren, tilbeleid of rouw. Zij krijgen daarvoor 40 tot 80 uur per jaar in hun taakbeleid en zijn het "
            "eerste aanspreekpunt voor collega’s. Op de jaarlijkse Duivendag in juni staan we stil bij jubilea en "
            "bij wat collega’s dat jaar hebben opgezet, en ouders kunnen het hele jaar een compliment schrijven op "
            "een kaart die in de personeelskamer komt te hangen.")
    _p(doc, "We zetten de talenten van onze medewerkers in voor de gehele organisatie.")
    _tabel(doc, ["Indicator", "2023-2024", "Doel 2028-2029"], [
        ["Ziekteverzuim", "8,4%", "6,0%"],
        ["Meldingsfrequentie (per medewerker per jaar)", "1,6", "1,2"],
        ["Medewerkers die na het werk ‘vaak uitgeput’ zijn (peiling)", "41%", "minder dan 25%"],
        ["Medewerkers die trots zijn op de school (peiling)", "88%", "minstens 90%"],
        ["Medewerkers met minstens één scholingsactiviteit per jaar", "71 van 84", "alle"],
        ["Onbevoegde leraren met begeleidingsplan", "3 van 3", "alle"],
        ["Medewerkers met volledige gesprekscyclus", "79 van 84", "alle, behalve langdurig zieken"],
    ])
    _bereiken(doc, "Vanaf 1 augustus 2025 werken er twee pauzevervangers. Uiterlijk in december 2025 heeft elke "
                   "collega van 57 jaar of ouder een gesprek over duurzame inzetbaarheid gehad, en daarna elk jaar. "
                   "In juli 2027 is het verzuim gedaald tot onder 7%, en in juli 2029 tot 6%. In de medewerkerspeiling "
                   "van 2026 zegt minder dan 30% vaak uitgeput te zijn, in die van 2028 minder dan 25%. Vóór augustus "
                   "2027 hebben de drie huidige onbevoegde leraren hun bevoegdheid gehaald, en in 2029 hebben "
                   "vijftien leraren de master SEN. Vanaf 2025-2026 voeren we de volledige gesprekscyclus met alle "
                   "medewerkers die niet langdurig ziek zijn, en volgt iedereen jaarlijks minstens één cursus.")


def _h8_venster3(doc):
    _kop(doc, "8. Venster 3: De meerwaarde van ASG")
    _p(doc, "Als enige cluster 3-school binnen ASG staan we soms wat apart. Als gevolg van onze schaalgrootte "
            "beschikken we over interne expertise op veel beleidsgebieden, waardoor we een integraal en samenhangend "
            "aanbod aan onze scholen kunnen bieden. Voor ons zit de meerwaarde vooral in twee samenwerkingen.")
    _kop(doc, "8.1 De samen-groep", 2)
    _p(doc, "Sinds 2023 hebben we met openbare basisschool De Tuinfluiter, ook een ASG-school, een samen-groep. "
            "Vier ZML-leerlingen gaan twee ochtenden per week met hun eigen assistent naar groep 3-4 van De "
            "Tuinfluiter, en een groep van De Tuinfluiter komt eens per maand bij ons muziek maken. Voor leerlingen "
            "die meer kunnen, is dit een stap naar een andere school: in 2024 stapte één leerling over naar het "
            "speciaal basisonderwijs. Samen met De Tuinfluiter bekijken we per leerling welke school het best past.")
    _kop(doc, "8.2 Werkgroepen over de schoolgrens", 2)
    _p(doc, "Onze werkgroep medisch handelen werkt samen met die van De Tochtgenoot, de ASG-school voor cluster 4. "
            "Ze organiseren jaarlijks een gezamenlijke training en stemmen hun protocollen op elkaar af. De "
            "gedragsspecialisten van beide scholen komen vier keer per jaar bij elkaar om casussen te bespreken.")
    _bereiken(doc, "Vanaf het schooljaar 2026-2027 gaan acht in plaats van vier ZML-leerlingen naar de samen-groep, "
                   "verdeeld over twee groepen van De Tuinfluiter. Vóór juli 2026 hebben we met De Tochtgenoot één "
                   "gezamenlijk protocol voor noodmedicatie.")


def _h9_venster4(doc):
    _kop(doc, "9. Venster 4: Partnerschap")
    _kop(doc, "9.1 Ouders als eerste deskundigen", 2)
    _p(doc, "Ouders kennen hun kind het best. Voordat een nieuwe leerling start, gaat de leraar op huisbezoek. Het "
            "OPP bespreken we twee keer per jaar met ouders aan tafel, en ouders tekenen het pas als we het samen "
            "eens zijn. Drie keer per jaar is er een kijkochtend waarop ouders een ochtend in de groep meedraaien. "
            "Twee keer per jaar geven onze gebarendocenten een oudercursus Nederlands met gebaren, zodat ouders "
            "thuis dezelfde gebaren gebruiken als wij; in 2024 deden 22 ouders mee. Via een thuisschrift krijgen "
            "ouders van ZML-leerlingen kleine oefeningen mee die aansluiten bij het leerdoel van dat moment. Het "
            "ouderpanel van acht ouders denkt drie keer per jaar mee over schoolzaken, zoals de dagelijkse berichten "
            "en het nieuwe boekje voor startende gezinnen.")
    _kop(doc, "9.2 Medezeggenschap", 2)
    _p(doc, "Onze MR heeft zes leden, drie ouders en drie personeelsleden, en vergadert zes keer per jaar. We leggen "
            "plannen voor als ze nog in concept zijn, zodat de MR echt invloed heeft. In 2024 leidde dat onder "
            "andere tot een andere verdeling van de pauzevervanging over de groepen, en tot de afspraak dat ouders "
            "bij een incident dezelfde dag worden gebeld. De MR heeft in vier vergaderingen meegedacht over dit "
            "schoolplan.")
    _kop(doc, "9.3 Zorg- en behandelpartners", 2)
    _bullets(doc, [
        "Zorggroep Flevoduin: fysiotherapie, logopedie, ergotherapie en verpleegkundige zorg in school; 42 "
        "leerlingen zijn in behandeling. Elke week overleggen de therapeuten met de groepsleiding.",
        "MEE: cliëntondersteuning voor ouders, met een vast spreekuur eens per maand op school.",
        "GGD Flevoland: de jeugdarts houdt twee keer per jaar spreekuur op school.",
        "Bartiméus: advies bij leerlingen met een visuele beperking of CVI.",
        "Gemeente Almere: leerlingenvervoer; we evalueren twee keer per jaar met de vervoerder.",
    ])
    _kop(doc, "9.4 In de wijk", 2)
    _p(doc, "De Ontmoetingskerk, twee straten verder, is onze vaste plek voor de kerstviering en stelt haar zaal "
            "beschikbaar voor de afscheidsviering van de schoolverlaters. De supermarkt op het winkelplein is onze "
            "oefenplek voor boodschappen, en bij de kinderboerderij in het park verzorgen de ZML-leerlingen van de "
            "middenbouw elke week de dieren. Met de buurtbewoners houden we eens per jaar een open middag in onze "
            "moestuin.")
    _kop(doc, "9.5 Samen in de regio", 2)
    _p(doc, "Almere heeft te weinig plekken voor kinderen met een zware ondersteuningsvraag. Samen met de twee "
            "andere cluster 3-scholen in Almere, die onder andere besturen vallen, het samenwerkingsverband en de "
            "gemeente zitten we aan de Almeerse tafel thuiszitters. Wij bieden daar twee overbruggingsplaatsen voor "
            "kinderen die thuis zitten in afwachting van een vaste plek. Met dezelfde twee scholen hebben we sinds "
            "2024 een gezamenlijke invalpool, omdat invallers voor het speciaal onderwijs bijna niet te vinden zijn; "
            "de pool telt nu drie invallers die bij alle drie de scholen zijn ingewerkt.")
    _bereiken(doc, "Vanaf 2025-2026 houden we jaarlijks twee oudercursussen gebaren, waaraan in totaal minstens 30 "
                   "ouders deelnemen. Vóór juni 2026 krijgen alle ouders van ZML-leerlingen het thuisschrift. In "
                   "januari 2027 telt de gezamenlijke invalpool vijf invallers. In het schooljaar 2026-2027 evalueren "
                   "we de overbruggingsplaatsen met de partners van de thuiszitterstafel, en besluiten we of we het "
                   "aantal uitbreiden.")


def _planning_en_vaststelling(doc):
    _kop(doc, "Planning per schooljaar")
    _p(doc, "Deze planning is de basis voor de jaarplannen. De leidinggevende die achter elk onderdeel staat, is "
            "eigenaar.")
    _tabel(doc, ["Schooljaar", "Belangrijkste stappen", "Eigenaar"], [
        ["2025-2026", "Tweede pauzevervanger; paspoort voor iedere leerling; kijkwijzer in alle groepen; onderzoek "
                      "oogbesturing; eerste uitstroomevaluatie; gesprekken 57+", "Directeur / IB"],
        ["2026-2027", "Oogbesturing in alle EMB-groepen; interne audit; digitaal paspoort; samen-groep uitgebreid; "
                      "tussenevaluatie schoolplan (januari 2027)", "Locatieleider EMB / directeur"],
        ["2027-2028", "Inspectiebezoek; nieuw SOP; verzuim onder 7%; alle leraren bevoegd", "Directeur / adjunct"],
        ["2028-2029", "Ik-kan-map voor alle ZML-schoolverlaters; verzuim 6%; evaluatie schoolplan en voorbereiding "
                      "nieuw plan", "Directeur"],
    ])
    _kop(doc, "Vaststelling")
    _p(doc, "De medezeggenschapsraad van De Arkduif heeft op 10 juni 2025 ingestemd met dit schoolplan. Het College "
            "van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 1 juli 2025.")
    _tabel(doc, ["Namens", "Naam", "Datum"], [
        ["Directie De Arkduif", "Hanneke Verbeek", "10 juni 2025"],
        ["Medezeggenschapsraad", "Rik Tamminga, voorzitter", "10 juni 2025"],
        ["College van Bestuur ASG", "", "1 juli 2025"],
    ])


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 SO De Arkduif"
    cp.author = "Hanneke Verbeek"
    cp.last_modified_by = "Hanneke Verbeek"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM

    sectie = doc.sections[0]
    sectie.different_first_page_header_footer = True
    _paginanummer(sectie.footer.paragraphs[0])

    _titelpagina(doc)
    _voorwoord(doc)
    _h1_onze_school(doc)
    _h2_gezien(doc)
    _h3_open(doc)
    _h4_vooruit(doc)
    _h5_ambitieus(doc)
    _h6_venster1(doc)
    _h7_venster2(doc)
    _h8_venster3(doc)
    _h9_venster4(doc)
    _planning_en_vaststelling(doc)
    doc.save(path)
