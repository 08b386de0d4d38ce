# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van openbare basisschool De Brandgans (Almere Stad, Kruidenwijk).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

VASTE_DATUM = datetime.datetime(2025, 7, 3, 14, 10, 0)

TABELKOP = ("Wat willen we bereiken", "Hoe meten we het", "Wanneer")


# ---------------------------------------------------------------- hulpjes

def _taal_nl(doc):
    """Zet de proeftaal van het document op Nederlands."""
    styles = doc.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = OxmlElement("w:docDefaults")
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummers(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan De Brandgans 2025-2029  |  pagina ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def tabel(doc, rijen, kop=TABELKOP, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def doelentabel(doc, rijen):
    tabel(doc, rijen, TABELKOP, breedtes=(7.0, 5.5, 3.5))


# ---------------------------------------------------------------- inhoud

def _voorblad(doc):
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Openbare basisschool De Brandgans")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2025 – 2029")
    r.font.size = Pt(20)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Iedereen komt ergens vandaan")
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(6):
        doc.add_paragraph()
    for regel in (
        "Kruidenwijk, Almere Stad",
        "BRIN 31QB  ·  onderdeel van de Almeerse Scholen Groep",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
        "Versie 1.3 – juli 2025 (vastgesteld)",
    ):
        t = doc.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t.add_run(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    h1(doc, "Voorwoord")
    p(doc, "Een brandgans is een trekvogel. Hij komt van ver, strijkt neer in de polder en maakt zich de plek "
           "eigen. Toen onze school in 1983 haar naam kreeg, dacht niemand aan nieuwkomers; inmiddels past de "
           "naam beter dan ooit. Ongeveer één op de vijf kinderen op De Brandgans woont korter dan vier jaar in "
           "Nederland. Elk jaar komen er gedurende het schooljaar tussen de vijftig en zeventig kinderen bij, en "
           "vertrekken er bijna evenveel weer.")
    p(doc, "Dit schoolplan beschrijft wat we in de schooljaren 2025-2026 tot en met 2028-2029 willen bereiken. "
           "We hebben het niet achter een bureau geschreven. Op de studiedag van 22 januari 2025 hebben we met "
           "het hele team gewerkt aan de vraag: wat mag een kind dat hier morgen binnenkomt van ons verwachten? "
           "In februari spraken we in drie ouderbijeenkomsten met in totaal 46 ouders, met tolken Arabisch, "
           "Tigrinya en Oekraïens erbij. De leerlingenraad heeft een middag met mij over de plannen gepraat en "
           "een eigen lijstje gemaakt. Twee punten daarvan staan er bijna letterlijk in: meer uitjes, en "
           "boeken in je eigen taal.")
    p(doc, "Het bestuur vraagt ons te laten zien hoe we werken aan de kernwaarden en de vensters uit de koers "
           "van de Almeerse Scholen Groep. Dat doen we: de hoofdstukken 2 tot en met 5 horen bij de vier "
           "kernwaarden, de hoofdstukken 6 tot en met 9 bij de vier vensters. We hebben ze wel in onze eigen "
           "woorden gezet. Een plan dat het team niet herkent, belandt in de kast.")
    p(doc, "Elk hoofdstuk sluit af met een tabel: wat we willen bereiken, hoe we zien of het gelukt is en "
           "wanneer. Die tabellen zijn de basis voor de jaarplannen. Niet alles uit de bestuurskoers komt "
           "terug. We hebben gekozen voor wat onze kinderen het hardst nodig hebben: taal, veiligheid, "
           "ouders die weten hoe de school werkt, en een team dat blijft.")
    p(doc, "Jorien Kamphuis, directeur")


def _wie_we_zijn(doc):
    h1(doc, "1. Wie we zijn")
    h2(doc, "De school in cijfers")
    tabel(doc, [
        ("Leerlingen (teldatum 1 oktober 2024)", "338"),
        ("Groepen", "14 reguliere groepen en 1 aankomstgroep (maximaal 14 kinderen)"),
        ("Kinderen die thuis (ook) een andere taal dan Nederlands spreken", "64%"),
        ("Kinderen korter dan vier jaar in Nederland", "21% (71 kinderen)"),
        ("Nationaliteiten / thuistalen", "42 / 29 (meest gesproken: Arabisch, Tigrinya, Turks, Pools, "
                                         "Oekraïens, Somalisch, Dari, Engels)"),
        ("Instroom tijdens het schooljaar 2023-2024", "63 leerlingen"),
        ("Uitstroom tijdens het schooljaar (zonder groep 8)", "48 leerlingen"),
        ("Schoolweging (driejarig gemiddelde)", "36,8 (spreiding 7,1)"),
        ("Medewerkers", "34 personen, 27,4 fte"),
    ], kop=("Kenmerk", "Stand 2024-2025"), breedtes=(8.0, 8.0))

    h2(doc, "De wijk")
    p(doc, "De Brandgans staat midden in de Kruidenwijk, een van de oudere buurten van Almere Stad. De wijk "
           "is in de jaren tachtig gebouwd en heeft veel sociale huur. De afgelopen tien jaar zijn er veel "
           "gezinnen van statushouders komen wonen, daarnaast arbeidsmigranten uit Polen, Roemenië en Bulgarije, "
           "en sinds 2022 gezinnen uit Oekraïne die in een gemeentelijke opvanglocatie in Almere Stad wonen. "
           "Veel gezinnen wonen krap. Bij ongeveer 40% van onze leerlingen hebben de ouders weinig of geen "
           "onderwijs gehad. Tegelijk zijn er ouders met een universitaire opleiding die hier als "
           "schoonmaker of koerier beginnen.")
    p(doc, "Wat ons opvalt: de ouders hebben hoge verwachtingen van de school en willen dat hun kinderen het "
           "goed doen. Wat ze vaak niet weten, is wat de Nederlandse school van hén verwacht. Daar ligt een "
           "groot deel van ons werk.")

    h2(doc, "Wat we meenemen uit 2021-2025")
    p(doc, "In maart 2023 bezocht de inspectie ons. Alle onderzochte standaarden waren voldoende. Op Zicht op "
           "ontwikkeling (OP2) kregen we een duidelijk verbeterpunt mee: we verzamelden veel gegevens over "
           "kinderen, maar deden er in de klas te weinig mee. Dat hebben we sindsdien aangepakt met vaste "
           "groepsbesprekingen, maar het is nog niet goed genoeg.")
    p(doc, "De resultaten op de doorstroomtoets (wij nemen Route 8 af) liggen boven de signaleringswaarden "
           "voor onze schoolweging: in 2024 haalde 87% van de leerlingen 1F en 44% 2F/1S, in 2025 (voorlopig) "
           "89% en 40%. Het driejarig gemiddelde is 88% en 42%.")
    p(doc, "Wat niet werkte: in 2022 zijn we in groep 6 tot en met 8 met weektaken gaan werken. In 2024 hebben "
           "we dat teruggedraaid. Voor kinderen die net Nederlands leren, betekende het te veel zelf lezen en "
           "te weinig uitleg. Ook de leesmotivatie is gedaald: in de leerlingenpeiling van 2024 zei nog maar "
           "41% van de kinderen in groep 6-8 graag te lezen.")

    h2(doc, "Van iedereen: wat openbaar voor ons betekent")
    p(doc, "De Brandgans is een openbare school. Voor ons betekent dat drie dingen.")
    p(doc, "Ten eerste: elk kind kan hier naar school, ongeacht geloof, afkomst, verblijfsstatus of de vraag "
           "of ouders iets kunnen betalen. De vrijwillige ouderbijdrage is € 25 per jaar. Schoolreis en kamp "
           "gaan door voor ieder kind; wat ouders niet kunnen betalen, vullen we aan uit het fonds van de "
           "ouderraad en via Stichting Leergeld Almere.")
    p(doc, "Ten tweede: we leren kinderen over verschillende levensbeschouwingen zonder er één boven een andere "
           "te zetten. In groep 5 tot en met 8 kunnen ouders kiezen voor een uur per week humanistisch, "
           "islamitisch of protestants-christelijk vormingsonderwijs (HVO, IVO, GVO), gegeven door vakdocenten "
           "van de landelijke organisaties. Kinderen die daar niet aan meedoen, filosoferen in dat uur met hun "
           "eigen leerkracht.")
    p(doc, "Ten derde: we besteden aandacht aan de feesten die in de wijk leven. Het Suikerfeest, Kerstmis, "
           "het Eritrese nieuwjaar en Koningsdag staan allemaal op de jaarkalender, en kinderen vertellen er "
           "zelf over. Meevieren is nooit verplicht; erover leren wel.")


def _hoofdstuk_aankomen(doc):
    h1(doc, "2. Aankomen op De Brandgans")
    p(doc, "Een kind dat hier voor het eerst binnenloopt, heeft vaak al een lange reis achter de rug, soms "
           "letterlijk. De eerste weken bepalen voor een groot deel of een kind zich hier thuis gaat voelen "
           "en of ouders ons gaan vertrouwen. Daarom hebben we die weken tot in detail uitgewerkt.")

    h2(doc, "De eerste dag en de eerste zes weken")
    opsomming(doc, [
        "Intake: de NT2-coördinator of een intern begeleider voert het intakegesprek, altijd met een tolk "
        "(op locatie of via de tolkentelefoon van Global Talk). We vragen naar de schoolgeschiedenis, de "
        "talen die het kind spreekt, wat het graag doet en wat het heeft meegemaakt, voor zover ouders dat "
        "willen vertellen.",
        "Op de eerste dag krijgt het kind een maatje uit de eigen groep, zo mogelijk iemand die dezelfde "
        "taal spreekt. Ouders krijgen het fotoboekje 'Dit is De Brandgans' in hun eigen taal (we hebben het "
        "nu in acht talen).",
        "Binnen zes weken doen we een startmeting: woordenschat met de TAK, rekenen met een taalarme toets en "
        "observaties in de klas. Alles komt in een startdocument: wat kan dit kind al, wat heeft het nodig, "
        "wie doet wat.",
        "In week zes bespreken we het startdocument met de ouders, weer met tolk.",
        "Kinderen van 6 tot 12 jaar die nog geen Nederlands spreken, beginnen in de aankomstgroep. Daar "
        "krijgen ze 's ochtends intensief Nederlands met de methode Hallo Wereld. 's Middags zitten ze in hun "
        "eigen stamgroep voor gym, Blink, Kwink en creatieve vakken. Na uiterlijk een jaar gaan ze "
        "volledig naar de stamgroep.",
    ])

    h2(doc, "Wie hier binnenloopt")
    p(doc, "Elke ochtend staat de directeur of de adjunct-directeur bij de hoofdingang. De ouderkamer is van "
           "8.15 tot 9.00 uur open, met koffie en thee. Bezoekers worden opgevangen door onze conciërge, die "
           "zelf vier talen spreekt. De bewegwijzering in de school is sinds 2024 met pictogrammen. In de hal "
           "hangt een grote wereldkaart waarop elk nieuw gezin met een punaise laat zien waar het vandaan "
           "komt. Die kaart is inmiddels aardig vol, en voor veel kinderen is het het eerste waar ze hun "
           "ouders naartoe trekken.")

    h2(doc, "Elk kind in beeld")
    p(doc, "Alle kinderen in groep 3 tot en met 8 hebben twee keer per jaar (oktober en maart) een kindgesprek "
           "met hun leerkracht. Een vaste vraag daarin is: 'Wat kun jij dat de juf of meester nog niet weet?' "
           "Het antwoord levert verrassingen op: een meisje uit groep 5 dat thuis de administratie van de "
           "familie doet, een jongen die in drie schriften schrijft. De leerkracht legt het vast in ParnasSys, "
           "zodat het bij de groepsbespreking op tafel ligt. Bij kleuters doen we hetzelfde via observatie en "
           "het gesprek met ouders.")

    h2(doc, "Veilig voelen")
    p(doc, "Veiligheid is voor onze kinderen geen bijzaak. Ongeveer acht kinderen per jaar komen bij ons binnen "
           "met duidelijke signalen van trauma. We werken daarom zo:")
    opsomming(doc, [
        "De eerste zes weken van het schooljaar zijn groepsvormingsweken: elke groep maakt eigen afspraken "
        "en we oefenen dagelijks met samenwerken.",
        "Elke week een les uit Kwink, onze methode voor sociaal-emotioneel leren.",
        "Onze anti-pestcoördinator is het aanspreekpunt voor kinderen, ouders en collega's. Het pestprotocol "
        "is in 2024 herschreven; incidenten leggen we vast in ParnasSys en bespreken we elk kwartaal in het "
        "MT.",
        "Het hele team volgt in september 2025 de training traumasensitief lesgeven van Pharos. Daarna "
        "gebruiken we bij klassenbezoeken een korte kijkwijzer: voorspelbare dag, rustige overgangen, een "
        "vaste plek om tot rust te komen.",
        "We meten de veiligheidsbeleving jaarlijks in november met de leerlingvragenlijst van ZIEN! in groep "
        "5 tot en met 8. In 2024 voelde 86% van de kinderen zich veilig. Dat vinden we te laag.",
        "We werken met de meldcode huiselijk geweld en kindermishandeling; beide intern begeleiders zijn "
        "aandachtsfunctionaris.",
    ])
    doelentabel(doc, [
        ("Elk nieuw kind heeft binnen zes weken een startdocument dat met de ouders is besproken",
         "Controle door IB van alle nieuwe inschrijvingen in ParnasSys", "Vanaf 1 oktober 2025; jaarlijkse "
                                                                          "controle in juni"),
        ("Ouders van nieuwe leerlingen beoordelen de eerste zes weken met minimaal een 8",
         "Korte vertaalde vragenlijst met pictogrammen na zes weken", "Eerste meting februari 2026, daarna "
                                                                        "twee keer per jaar"),
        ("Minstens 92% van de kinderen in groep 5-8 voelt zich veilig (2024: 86%)",
         "ZIEN! leerlingvragenlijst", "November 2026, 2027 en 2028"),
        ("Alle leerkrachten en onderwijsassistenten zijn getraind in traumasensitief lesgeven en passen het "
         "toe", "Deelnamelijst training; klassenbezoek met kijkwijzer", "Training september 2025; "
                                                                         "kijkwijzer vanaf maart 2026"),
        ("Bij elk kind in groep 3-8 vinden twee kindgesprekken per jaar plaats",
         "Registratie ParnasSys, steekproef door IB", "Jaarlijks, vanaf 2025-2026"),
    ])


def _hoofdstuk_taal(doc):
    h1(doc, "3. Eerlijk en begrijpelijk, in elke taal")
    p(doc, "Wij gaan respectvol om met de mensen binnen en buiten de school. Dat is makkelijk opgeschreven. In "
           "een school waar ongeveer een derde van de ouders onze nieuwsbrief niet kan lezen, vraagt het meer "
           "dan goede bedoelingen. Respect begint hier bij begrijpen en begrepen worden.")

    h2(doc, "Berichten die aankomen")
    p(doc, "We gebruiken Parro, met de vertaalfunctie. Die vertaalt niet altijd goed; een bericht over "
           "'luizencontrole' kwam in het Arabisch aan als iets over ongedierte in huis. Daarom hebben we sinds "
           "januari 2025 vaste huisregels voor elk bericht aan ouders:")
    opsomming(doc, [
        "korte zinnen op taalniveau B1, zonder afkortingen;",
        "één onderwerp per bericht;",
        "een vast pictogram per soort bericht (gym, uitje, vrije dag, ziekte, geld);",
        "belangrijke berichten (staking, schoolreis, adviesgesprekken) vertellen we daarnaast mondeling door "
        "via veertien 'taalouders', die samen elf talen spreken en nieuwe ouders wegwijs maken.",
    ])
    p(doc, "De schoolgids is dik en wordt weinig gelezen. Daarom maken we in 2025-2026 een korte versie, "
           "'De Brandgans in tien plaatjes', in acht talen. De jaarkalender krijgt foto's in plaats van "
           "alleen data.")

    h2(doc, "Gesprekken met een tolk")
    p(doc, "Kinderen tolken bij ons niet voor hun ouders. Een kind hoort niet te vertalen dat het achterloopt, "
           "of dat het naar een andere school moet. Bij gesprekken over zorg, advies of veiligheid zetten we "
           "altijd een professionele tolk in. Het budget daarvoor (€ 4.500 per jaar) staat vast in de "
           "begroting. Bij de gewone tienminutengesprekken helpen taalouders of collega's die de taal "
           "spreken.")

    h2(doc, "Alle talen mogen er zijn")
    p(doc, "Wij zien de thuistaal van een kind als opstap naar het Nederlands, niet als obstakel. In het team "
           "hebben we in 2024 afgesproken dat kinderen op het plein en in de klas hun thuistaal mogen spreken, "
           "behalve als dat wordt gebruikt om anderen buiten te sluiten. Verder:")
    opsomming(doc, [
        "De schoolbibliotheek heeft nu ongeveer 400 boeken in 18 talen, samen met de Nieuwe Bibliotheek. "
        "Ouders kunnen die boeken mee naar huis nemen om in hun eigen taal voor te lezen.",
        "Elke maand staat een 'taal van de maand' centraal. Een gezin uit die taalgroep vertelt erover en de "
        "kinderen leren de groeten en een liedje.",
        "Ook ons team is divers: samen spreken we elf talen. Bij de planning van studiedagen, teamuitjes en "
        "ouderavonden houden we rekening met de ramadan en andere feestdagen.",
    ])
    doelentabel(doc, [
        ("Elk bericht aan ouders volgt de huisregels (B1, één onderwerp, pictogram)",
         "Maandelijkse controle van tien willekeurige Parro-berichten door de adjunct", "Vanaf oktober 2025"),
        ("85% van de ouders zegt de informatie van school te begrijpen (2024: 71%)",
         "Oudervragenlijst Scholen met Succes, ook in vertaalde versie", "Maart 2026 en maart 2028"),
        ("Bij alle zorg- en adviesgesprekken met anderstalige ouders is een professionele tolk",
         "Registratie tolkinzet door IB", "Jaarlijks in juni"),
        ("De korte schoolgids in tien plaatjes is klaar in acht talen", "Publicatie op website en in Parro",
         "Januari 2026"),
        ("De schoolbibliotheek heeft minstens 600 boeken in 20 talen", "Telling met de Nieuwe Bibliotheek",
         "Juni 2027"),
    ])


def _hoofdstuk_proberen(doc):
    h1(doc, "4. Dingen anders durven doen")
    p(doc, "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Eerlijk "
           "gezegd zijn wij geen school die elk jaar iets nieuws invoert. Onze kinderen hebben juist baat bij "
           "rust en voorspelbaarheid. Twee dingen gaan we in deze periode wel echt anders doen.")

    h2(doc, "De thuistaal als gereedschap in de les")
    p(doc, "In 2025-2026 werken groep 5 en groep 6 met translanguaging. Kinderen mogen een opdracht eerst in "
           "hun eigen taal met een klasgenoot bespreken voordat ze in het Nederlands antwoorden. Bij nieuwe "
           "begrippen in Blink maken ze een eigen woordenlijst met de vertaling in hun thuistaal, en ouders "
           "krijgen de woorden van het thema mee naar huis. De twee leerkrachten krijgen hiervoor een "
           "middag per maand vrij om voor te bereiden en bij elkaar te kijken. In juni 2026 beslist het team "
           "of we het schoolbreed invoeren.")

    h2(doc, "Nieuwkomers vanaf de eerste week in hun eigen groep")
    p(doc, "Tot 2023 zaten nieuwkomers een heel jaar de hele dag in een aparte taalklas. Ze leerden daar "
           "Nederlands, maar kenden daarna niemand in hun groep. Sinds 2024 werken we met het model dat in "
           "hoofdstuk 2 staat: 's ochtends de aankomstgroep, 's middags de stamgroep. De leerkracht van de "
           "aankomstgroep en de stamgroepleerkracht bereiden de middag samen voor. We leggen dit model nu "
           "vast als standaard.")
    doelentabel(doc, [
        ("Translanguaging is beproefd in groep 5 en 6 en het team heeft besloten over schoolbrede invoering",
         "Evaluatie met kindgesprekken, leerkrachten en de woordenschatresultaten (TAK)",
         "Evaluatie juni 2026; besluit op de studiedag van september 2026"),
        ("Bij een positief besluit werken alle groepen 3-8 met minstens drie vaste translanguaging-werkvormen",
         "Klassenbezoeken met kijkwijzer", "Juni 2028"),
        ("Nieuwkomers zitten vanaf de eerste week minstens acht uur per week in hun stamgroep",
         "Rooster aankomstgroep", "Vanaf augustus 2025, jaarlijks"),
    ])


def _hoofdstuk_lat(doc):
    h1(doc, "5. De lat niet lager leggen")
    p(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. In een school als de onze is dat "
           "geen vanzelfsprekendheid. De verleiding is groot om bij een kind dat net de taal leert te denken: "
           "eerst maar eens Nederlands, de rest komt later. Dan leg je de lat onder het kind in plaats van "
           "ervoor.")

    h2(doc, "Kijken naar wat een kind kan, niet naar wat het nog niet zegt")
    p(doc, "Bij de advisering voor het voortgezet onderwijs kijken we niet alleen naar toetsen die vooral taal "
           "meten. In groep 6 nemen alle kinderen de NSCCT af, een taalarme capaciteitentest. Als de "
           "capaciteiten hoger liggen dan de taaltoetsen laten zien, bespreken we in de adviescommissie "
           "(leerkracht groep 8, IB en directeur) of een hoger of gecombineerd advies past. We geven geen "
           "lager advies omdat een kind nog niet lang Nederlands spreekt. Na de doorstroomtoets van 2025 "
           "hebben we 18% van de adviezen naar boven bijgesteld; dat was voor ons een teken dat we eerder "
           "te voorzichtig waren.")
    p(doc, "We willen weten of onze adviezen kloppen. Daarom vragen we elk najaar bij de VO-scholen op waar "
           "onze oud-leerlingen na drie jaar zitten.")

    h2(doc, "Doelen voor taal en rekenen")
    p(doc, "We leggen de doelen voor de referentieniveaus bewust boven ons huidige niveau en boven de "
           "signaleringswaarden van de inspectie. Zie de tabel onderaan dit hoofdstuk.")

    h2(doc, "Uitdaging voor wie meer kan")
    p(doc, "Sinds 2024 hebben we de plusgroep 'Denkwerk' voor twaalf kinderen uit groep 5-8, een middag per "
           "week, begeleid door een leerkracht met de opleiding Specialist Hoogbegaafdheid. We letten er "
           "bewust op dat ook nieuwkomers erin komen: kinderen uit bijvoorbeeld Syrië of Oekraïne lopen met "
           "rekenen vaak voor, terwijl hun Nederlands nog beperkt is.")

    h2(doc, "Ook voor onszelf")
    p(doc, "Hoge verwachtingen gelden ook voor het team. Iedere leerkracht en onderwijsassistent kiest aan het "
           "begin van het schooljaar een eigen ontwikkelvraag, bijvoorbeeld 'hoe krijg ik de stille kinderen "
           "in groep 4 aan het praten?'. Die vraag komt terug in het startgesprek en het ontwikkelgesprek. In "
           "juni presenteert iedereen op de leermarkt wat het heeft opgeleverd, ook als het niet gelukt is. "
           "Daarnaast spreken we elkaar aan op de afspraken over de instructie (het EDI-model met taalsteun, "
           "zie hoofdstuk 6). Wie een les ziet die niet volgens de afspraken loopt, zegt dat tegen de collega "
           "zelf, niet tegen de directeur.")
    doelentabel(doc, [
        ("Minstens 90% van de leerlingen haalt 1F (driejarig gemiddelde nu 88%)", "Doorstroomtoets (Route 8)",
         "Jaarlijks; streefwaarde in 2029"),
        ("Minstens 47% van de leerlingen haalt 2F/1S (driejarig gemiddelde nu 42%)", "Doorstroomtoets (Route 8)",
         "Jaarlijks; streefwaarde in 2029"),
        ("Geen advies is lager dan NSCCT en toetsgegevens samen rechtvaardigen",
         "Dossiercontrole in de adviescommissie", "Elk jaar in februari"),
        ("85% van onze oud-leerlingen zit na drie jaar VO op of boven het niveau van het advies",
         "Terugkoppeling VO-scholen", "Jaarlijks in november"),
        ("Iedere leerkracht en onderwijsassistent presenteert op de leermarkt de opbrengst van de eigen "
         "ontwikkelvraag", "Programma leermarkt", "Juni 2026, 2027, 2028 en 2029"),
    ])


def _hoofdstuk_lessen(doc):
    h1(doc, "6. Lessen die voor elk kind werken")
    h2(doc, "Wat we aanbieden")
    p(doc, "Ons aanbod dekt de kerndoelen en is gericht op de referentieniveaus 1F en 2F/1S. Omdat taal bij "
           "ons de sleutel is, besteden we in groep 3 tot en met 8 ongeveer negen uur per week aan taal en "
           "lezen, en iedere dag een halfuur aan woordenschat. We werken met:")
    tabel(doc, [
        ("Groep 1-2", "Kleuterplein; woordenschat met Logo 3000; VVE in een doorgaande lijn met peuterspeelzaal "
                      "De Kruidentuin in ons gebouw"),
        ("Aankomstgroep", "Hallo Wereld (NT2), aangevuld met Logo 3000"),
        ("Lezen", "Veilig leren lezen (kim-versie) in groep 3; Nieuwsbegrip voor begrijpend lezen in groep 4-8; "
                  "leesinterventie Bouw! in groep 2-4"),
        ("Taal en spelling", "Staal in groep 4-8; woordenschatdidactiek volgens 'Met woorden in de weer'"),
        ("Rekenen", "Pluspunt 4 in groep 3-8"),
        ("Wereldoriëntatie", "Blink Wereld (geschiedenis, aardrijkskunde, natuur en techniek) in groep 3-8"),
        ("Sociaal-emotioneel", "Kwink in groep 1-8"),
        ("Engels", "Stepping Stones Junior in groep 5-8"),
        ("Bewegen en muziek", "Twee lessen gym per week van de vakleerkracht; muziek met 123ZING"),
    ], kop=("Vak / groep", "Methode en aanpak"), breedtes=(4.0, 12.0))
    p(doc, "In alle groepen geven we instructie volgens het EDI-model, met vaste taalsteun: de woordmuur, "
           "visualisatie van nieuwe woorden en het hardop voordoen van de denkstappen. Onze school heeft een "
           "toekomstgericht curriculum.")

    h2(doc, "De wereld groter maken")
    p(doc, "Veel van onze kinderen kennen Almere maar van één kant: de wijk, de supermarkt, de moskee of kerk, "
           "soms het ziekenhuis. Wat een methode als vanzelfsprekend aanneemt, zoals een bos, een museum of een "
           "boerderij, hebben ze vaak nooit gezien. Daarom begint elk Blink-thema met een echte ervaring: een "
           "uitje of een gast in de klas. Elke groep maakt minimaal drie uitjes per jaar, bijvoorbeeld naar de "
           "Oostvaardersplassen, een kinderboerderij, het Rijksmuseum of NEMO. We betalen dat uit de middelen "
           "voor onderwijsachterstanden. Groep 6 werkt daarnaast elk voorjaar aan het project 'Mijn reis', "
           "waarin kinderen vertellen waar hun familie vandaan komt en hoe ze in Almere terechtkwamen.")

    h2(doc, "Burgerschap")
    p(doc, "Onze kinderen groeien op in een land waarvan hun ouders de regels vaak nog aan het leren zijn. "
           "Burgerschap is voor ons daarom heel concreet:")
    opsomming(doc, [
        "Elke groep houdt wekelijks een klassenvergadering waarin kinderen voorstellen doen en er samen over "
        "beslissen.",
        "De leerlingenraad (twee kinderen per groep uit groep 5-8) vergadert zes keer per jaar met de directeur "
        "en heeft een eigen budget van € 750.",
        "In groep 6 krijgen kinderen lessen over kinderrechten met het materiaal van UNICEF.",
        "Groep 8 doet het project 'Almere beslist' en bezoekt de gemeenteraad in het stadhuis.",
        "In 2025-2026 leggen we de leerlijn burgerschap voor groep 1-8 vast, gebaseerd op Kwink, Blink en de "
        "klassenvergadering, zodat duidelijk is wat elk kind aan het eind van groep 8 heeft geleerd over "
        "democratie, rechten en omgaan met verschillen.",
    ])

    h2(doc, "Wat we wel en niet kunnen bieden")
    p(doc, "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning wij kunnen geven. In het kort:")
    opsomming(doc, [
        "Basisondersteuning: NT2-aanpak in alle groepen, dyslexieprotocol, leesinterventie Bouw!, "
        "rekenondersteuning in kleine groepjes, training sociale vaardigheden, en de aankomstgroep.",
        "Extra ondersteuning, met het Samenwerkingsverband Passend Onderwijs Almere: observatie en advies door "
        "de ondersteuner van het samenwerkingsverband, arrangementen voor taal of gedrag, en korte trajecten "
        "met de GGZ voor kinderen met traumaklachten.",
        "Wat we niet kunnen bieden: doorlopende één-op-éénbegeleiding, intensieve medische zorg zonder extra "
        "personeel, en begeleiding van kinderen met ernstige gedragsproblemen waarbij de veiligheid van de "
        "groep structureel in gevaar komt.",
    ])
    p(doc, "Als we een kind niet de plek kunnen bieden die het nodig heeft, zoeken we samen met het "
           "samenwerkingsverband en de ouders naar een school die dat wel kan, in het speciaal (basis)onderwijs "
           "of op een andere basisschool. Voor kinderen van elf en ouder die net in Nederland zijn en "
           "nauwelijks naar school zijn geweest, bekijken we samen met de ISK en de ouders of eerder "
           "overstappen naar de ISK beter is. Geen kind gaat bij ons weg zonder dat de nieuwe plek "
           "geregeld is. Het profiel herschrijven we in het najaar van 2025; het oude dateert van 2021 en "
           "beschrijft de aankomstgroep nog niet.")

    h2(doc, "Zicht op ontwikkeling")
    p(doc, "We toetsen met het leerlingvolgsysteem Leerling in beeld (januari en juni) en de TAK voor alle "
           "kinderen die korter dan vier jaar in Nederland zijn (twee keer per jaar). Drie keer per jaar is er "
           "een groepsbespreking tussen leerkracht en IB. Sinds oktober 2024 zijn er leerteams per bouw "
           "(onderbouw, middenbouw, bovenbouw). Die komen elke zes weken anderhalf uur bij elkaar. Ze bekijken "
           "samen de gegevens van hun groepen, bezoeken een les bij elkaar en leggen één afspraak vast voor de "
           "komende zes weken. Het verbeterpunt van de inspectie, van gegevens naar handelen in de klas, "
           "pakken we vooral op deze manier aan.")

    h2(doc, "Hoe we onze kwaliteit bewaken")
    p(doc, "Onze kwaliteitszorg volgt een vaste jaarcyclus:")
    opsomming(doc, [
        "juli: jaarplan voor het nieuwe schooljaar, afgeleid uit de tabellen in dit schoolplan, besproken met "
        "de MR;",
        "oktober, januari, april en juli: kwartaalrapportage aan het bestuur en gesprek met de bestuurder over "
        "resultaten, personeel en financiën;",
        "februari: evaluatie halverwege het jaar met het team (trendanalyse toetsen, voortgang jaarplan);",
        "juni/juli: jaarverslag met wat gelukt is en wat niet, en wat dat betekent voor het volgende jaar.",
    ])
    p(doc, "Directie en IB bezoeken elke leerkracht drie keer per jaar met de kijkwijzer EDI en taalsteun. Om "
           "het jaar vragen we met Scholen met Succes naar de tevredenheid van leerlingen, ouders en "
           "medewerkers. Ons doel voor de kwaliteit is helder: bij het volgende inspectiebezoek zijn alle "
           "standaarden minimaal voldoende, ook Zicht op ontwikkeling, en blijven de resultaten boven de "
           "signaleringswaarden.")
    doelentabel(doc, [
        ("Het schoolondersteuningsprofiel is herschreven, met ouders besproken en gepubliceerd",
         "Advies MR; publicatie op Scholen op de kaart", "December 2025"),
        ("De leerlijn burgerschap voor groep 1-8 is vastgesteld", "Document leerlijn, vastgesteld door het team",
         "Juni 2026"),
        ("Elke groep maakt minimaal drie uitjes per jaar die aansluiten bij een Blink-thema",
         "Jaaroverzicht uitjes per groep", "Jaarlijks, vanaf 2025-2026"),
        ("Leerteams komen elke zes weken bijeen en leggen per keer één afspraak vast", "Verslagen leerteams",
         "Vanaf oktober 2025"),
        ("80% van de kinderen met de leesinterventie Bouw! leest eind groep 4 op het niveau van de groep",
         "Leesresultaten Leerling in beeld", "Jaarlijks in juni"),
        ("Zicht op ontwikkeling (OP2) is bij het volgende inspectiebezoek minimaal voldoende",
         "Inspectierapport", "Uiterlijk 2027"),
        ("Wekelijkse klassenvergadering in alle groepen 3-8", "Klassenbezoek directie", "Vanaf 2025-2026"),
    ])


def _hoofdstuk_team(doc):
    h1(doc, "7. Een team dat het volhoudt")
    p(doc, "Werken op De Brandgans is mooi en zwaar tegelijk. In 2022-2023 vertrokken zeven collega's, in "
           "2023-2024 vier. Elke vertrekkende collega neemt kennis mee die we met veel moeite hebben opgebouwd. "
           "Ons personeelsbeleid is er daarom op gericht dat mensen blijven en groeien. Medewerkers voelen zich "
           "betrokken bij en trots op onze school. Het team bestaat uit "
           "34 mensen: 19 leerkrachten, zes onderwijsassistenten (van wie twee met een NT2-opleiding), twee "
           "intern begeleiders, een NT2-coördinator, een vakleerkracht gym, een oudercontactmedewerker, een "
           "conciërge, een administratief medewerker, de adjunct-directeur en de directeur.")

    h2(doc, "Wat iedere collega hier moet kunnen")
    p(doc, "Naast de gewone bekwaamheidseisen vragen we van iedereen dat hij of zij taalgericht lesgeeft en "
           "weet hoe je een kind leert dat de instructietaal nog niet beheerst. Uiterlijk juli 2027 hebben "
           "alle leerkrachten en onderwijsassistenten de cursus 'NT2 in de klas' van de ASG Academie gevolgd "
           "(zes bijeenkomsten). In 2025-2026 gaat de eerste helft van het team, in 2026-2027 de tweede helft. "
           "Twee leerkrachten volgen daarnaast de post-hbo-opleiding taalcoördinator.")

    h2(doc, "Zelf blijven leren")
    p(doc, "Iedereen werkt aan een eigen ontwikkelvraag (zie hoofdstuk 5) en neemt deel aan een leerteam (zie "
           "hoofdstuk 6). De intern begeleiders nemen deel aan het IB-netwerk van ASG, de directeur aan de "
           "leergemeenschap van directeuren, en de NT2-coördinator aan het netwerk nieuwkomersonderwijs (zie "
           "hoofdstuk 8). Wat zij daar leren, brengen ze in op de eerstvolgende teamvergadering.")

    h2(doc, "Nieuwe collega's en zij-instromers")
    p(doc, "We hebben op dit moment twee zij-instromers in opleiding bij Windesheim Flevoland en een "
           "leraarondersteuner die de deeltijdpabo volgt. Zij krijgen:")
    opsomming(doc, [
        "vier uur per week studietijd binnen hun aanstelling;",
        "een vaste coach uit het team, die daarvoor zelf de coachtraining heeft gevolgd;",
        "in het eerste jaar niet de aankomstgroep of een groep 8.",
    ])
    p(doc, "Startende leerkrachten volgen het inductieprogramma van ASG en krijgen in hun eerste jaar elke "
           "zes weken een lesbezoek met nabespreking. Elk jaar begeleiden we zes pabostudenten.")

    h2(doc, "Werkdruk en gezondheid")
    p(doc, "De werkdrukmiddelen (ongeveer € 98.000 per jaar) zetten we in overleg met het team in voor twee "
           "extra onderwijsassistenten. Daarnaast hebben we afgesproken: hooguit twee avondactiviteiten per "
           "jaar voor leerkrachten, een vergaderrooster dat in juni voor het hele jaar vastligt, en op "
           "woensdagmiddag geen overleg na 15.30 uur. In het ontwikkelgesprek bespreken we altijd hoe het met "
           "de belasting gaat en hoe een collega de uren voor duurzame inzetbaarheid wil gebruiken, passend bij "
           "de levensfase: de een wil minder pleinwacht, de ander juist een studiedag extra.")
    p(doc, "Het werk met kinderen die veel hebben meegemaakt, gaat niet in de kleren zitten. Vier keer per jaar "
           "is er intervisie onder begeleiding van de schoolmaatschappelijk werker. Collega's kunnen daarnaast "
           "zonder tussenkomst van de directie naar het preventieve spreekuur van de bedrijfsarts. Het "
           "ziekteverzuim daalde van 8,1% in 2023 naar 6,4% in 2024. We willen in 2027 op maximaal 5,5% "
           "uitkomen.")

    h2(doc, "De gesprekscyclus")
    p(doc, "Elk schooljaar heeft iedere medewerker een startgesprek (september, met de eigen ontwikkelvraag), "
           "minstens één klassenbezoek of werkplekbezoek, en een ontwikkelgesprek (februari). Eens in de drie "
           "jaar is er een beoordelingsgesprek. Alle verslagen komen in het digitale personeelsdossier. In "
           "2024-2025 is de cyclus voor 27 van de 34 medewerkers volledig doorlopen; dat moet 34 van de 34 "
           "worden.")
    doelentabel(doc, [
        ("Alle leerkrachten en onderwijsassistenten hebben de cursus 'NT2 in de klas' afgerond",
         "Registratie ASG Academie en personeelsdossier", "Juli 2027"),
        ("De twee zij-instromers en de leraarondersteuner in opleiding zijn bevoegd",
         "Diploma of bekwaamheidsverklaring", "Augustus 2027"),
        ("Het ziekteverzuim is maximaal 5,5% (2024: 6,4%)", "Verzuimcijfers per kwartaal",
         "Eind 2027, daarna vasthouden"),
        ("Minstens 75% van de medewerkers ervaart de werkdruk als hanteerbaar (2024: 58%)",
         "Medewerkersvragenlijst Scholen met Succes", "Voorjaar 2026 en 2028"),
        ("Alle medewerkers doorlopen jaarlijks de volledige gesprekscyclus", "Personeelsdossier",
         "Jaarlijks in juli"),
        ("Intervisie voor het werken met getraumatiseerde kinderen vindt vier keer per jaar plaats",
         "Jaarplanning en presentielijst", "Vanaf 2025-2026"),
    ])


def _hoofdstuk_buiten(doc):
    h1(doc, "8. Over de schoolgrens heen kijken")
    p(doc, "Een school met veel nieuwkomers kan het niet alleen. Gelukkig hoeft dat ook niet.")

    h2(doc, "Het netwerk nieuwkomersonderwijs")
    p(doc, "In 2024 hebben vijf basisscholen van ASG met veel nieuwkomers een netwerk opgericht. De "
           "NT2-coördinatoren en een leerkracht van elke aankomstgroep komen vier keer per jaar bij elkaar, "
           "steeds op een andere school. Ze wisselen toetsmateriaal en lesideeën uit en bespreken lastige "
           "situaties. In 2026-2027 zijn wij gastschool. Het doel voor deze periode is een gezamenlijk "
           "startpakket: dezelfde intake, dezelfde startmeting en een beschrijving van de eerste zes weken, "
           "zodat een kind dat binnen Almere verhuist niet opnieuw hoeft te beginnen.")

    h2(doc, "Een goede plek na groep 8")
    p(doc, "De meeste van onze leerlingen gaan naar een VO-school in Almere, vaak een school van ASG. Voor "
           "elke leerling van groep 8 is er in juni een overdrachtsgesprek met de nieuwe school; bij "
           "leerlingen die korter dan vier jaar in Nederland zijn, schuift de NT2-coördinator aan. Voor "
           "kinderen die in groep 7 of 8 binnenkomen met nauwelijks Nederlands, kiezen we samen met de ouders "
           "en de ISK of ze beter naar de ISK of naar het reguliere VO kunnen.")

    h2(doc, "Wat het bestuur voor ons doet")
    p(doc, "Voor personeelszaken, financiën en huisvesting maken we gebruik van het servicebureau van ASG.")
    doelentabel(doc, [
        ("Het netwerk nieuwkomersonderwijs heeft een gezamenlijk startpakket dat op de vijf scholen wordt "
         "gebruikt", "Startpakket in gebruik, evaluatie in het netwerk", "Juni 2027"),
        ("De Brandgans is gastschool voor het netwerk", "Jaarplanning netwerk", "2026-2027"),
        ("Voor alle leerlingen van groep 8 is er een overdrachtsgesprek met de nieuwe school",
         "Registratie IB", "Jaarlijks in juli"),
    ])


def _hoofdstuk_ouders(doc):
    h1(doc, "9. Samen met ouders en de Kruidenwijk")
    p(doc, "Ouders op De Brandgans willen heel graag dat hun kind het goed doet, maar weten niet altijd hoe de "
           "Nederlandse school werkt. 'Thuis niets doen, de juf regelt het' is in veel landen normaal en "
           "zelfs een teken van respect. Wij willen dat ouders weten wat ze thuis kunnen doen, ook als ze geen "
           "Nederlands spreken.")

    h2(doc, "Ouders erbij")
    opsomming(doc, [
        "Startgesprek: aan het begin van elk schooljaar vertellen ouders de leerkracht over hun kind, in "
        "plaats van andersom. Zo nodig met een taalouder of tolk.",
        "Koffieochtend: elke dinsdag in de ouderkamer, geleid door onze oudercontactmedewerker (20 uur per "
        "week). Thema's zijn bijvoorbeeld: hoe werkt het rapport, voorlezen in je eigen taal, schermtijd, "
        "de keuze voor het VO.",
        "Taalles voor ouders: twee ochtenden per week in de ouderkamer, samen met het Taalhuis Almere.",
        "Thuisbezoek: elke nieuwe kleuter krijgt een thuisbezoek van de eigen leerkracht, vóór of in de "
        "eerste maand.",
        "Inloop in groep 1-2: op vrijdag mogen ouders het eerste kwartier blijven om samen met hun kind een "
        "boekje te lezen.",
    ])

    h2(doc, "De medezeggenschapsraad")
    p(doc, "De MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. We leggen "
           "plannen vroeg aan de MR voor, niet pas als ze af zijn. Zo dacht de MR in 2024 mee over het "
           "nieuwe model van de aankomstgroep en over het tolkenbudget, vóór die besluiten vielen. Twee keer "
           "per jaar houdt de MR een inloop in de ouderkamer, met tolken, waar ouders vragen kunnen stellen. "
           "Bij de verkiezingen van 2026 werft de MR actief onder ouders die nog niet lang in Nederland "
           "wonen, met uitleg in hun eigen taal, zodat de oudergeleding beter laat zien wie onze ouders zijn.")

    h2(doc, "De wijk en onze partners")
    p(doc, "Om onze school heen werkt een heel netwerk mee:")
    tabel(doc, [
        ("Peuterspeelzaal De Kruidentuin", "VVE in een doorgaande lijn; warme overdracht van elke peuter die "
                                           "bij ons instroomt"),
        ("De Schoor (welzijn)", "Naschoolse activiteiten in de wijk; jongerenwerk voor oud-leerlingen"),
        ("Buurtsportcoach", "Naschools sporten op drie middagen per week op ons plein"),
        ("De Nieuwe Bibliotheek", "Bibliotheek op school, boeken in thuistalen, Taalhuis voor ouders"),
        ("Wijkteam Almere Stad", "Ondersteuning van gezinnen bij opvoeding, schulden en huisvesting"),
        ("GGD Flevoland", "Jeugdverpleegkundige houdt één keer per maand spreekuur op school; controle op "
                          "ontbrekende vaccinaties bij nieuwkomers"),
        ("Schoolmaatschappelijk werk", "Twee dagdelen per week op school; begeleiding intervisie team"),
        ("VluchtelingenWerk", "Contact over gezinnen van statushouders in hun eerste jaar"),
        ("Stichting Leergeld Almere", "Bijdragen voor schoolreis, kamp en sport"),
    ], kop=("Partner", "Wat we samen doen"), breedtes=(5.0, 11.0))
    p(doc, "Zes keer per jaar komt het zorg- en adviesteam (ZAT) bij elkaar: IB, schoolmaatschappelijk werk, "
           "de jeugdverpleegkundige, de ondersteuner van het samenwerkingsverband en het wijkteam. Elke leerling "
           "die daar wordt aangemeld, heeft binnen vier weken een plan.")
    doelentabel(doc, [
        ("Bij 90% van de leerlingen is er aan het begin van het schooljaar een startgesprek met ouders "
         "(2024: 72%)", "Registratie ParnasSys", "Jaarlijks in oktober"),
        ("Gemiddeld 15 ouders per koffieochtend (nu gemiddeld 9)", "Presentielijst ouderkamer",
         "Jaarlijks in juni"),
        ("Elke nieuwe kleuter krijgt een thuisbezoek", "Registratie leerkrachten groep 1-2",
         "Vanaf 2025-2026"),
        ("De MR houdt twee keer per jaar een inloop met tolken", "Jaarplanning MR", "Vanaf 2025-2026"),
        ("Elke leerling die bij het ZAT wordt aangemeld, heeft binnen vier weken een plan", "Verslagen ZAT",
         "Jaarlijks"),
    ])


def _hoofdstuk_planning(doc):
    h1(doc, "10. De vier jaren op een rij")
    p(doc, "Uit de tabellen hierboven maken we elk jaar een jaarplan. De grote lijnen zijn:")
    tabel(doc, [
        ("2025-2026", "Training traumasensitief lesgeven; startdocument voor nieuwkomers; pilot translanguaging "
                      "groep 5-6; schoolondersteuningsprofiel herschrijven; eerste helft team NT2-cursus; korte "
                      "schoolgids in acht talen"),
        ("2026-2027", "Besluit en start translanguaging; leerlijn burgerschap in gebruik; gastschool netwerk "
                      "nieuwkomersonderwijs; tweede helft team NT2-cursus; MR-verkiezingen; voorbereiding "
                      "inspectiebezoek"),
        ("2027-2028", "Translanguaging in alle groepen 3-8; gezamenlijk startpakket in gebruik; zij-instromers "
                      "bevoegd; tweede meting tevredenheid en werkdruk"),
        ("2028-2029", "Eindevaluatie van dit plan met team, ouders en leerlingenraad; voorbereiding schoolplan "
                      "2029-2033"),
    ], kop=("Schooljaar", "Accenten"), breedtes=(3.0, 13.0))
    p(doc, "In het jaarverslag laten we elk jaar zien welke doelen uit de tabellen gehaald zijn. Wat niet "
           "gehaald is, krijgt in het volgende jaarplan een plek of wordt bewust geschrapt, met uitleg aan "
           "de MR.")


def _vaststelling(doc):
    h1(doc, "Vaststelling")
    p(doc, "De medezeggenschapsraad van De Brandgans heeft in de vergadering van 10 juni 2025 ingestemd met "
           "dit schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld "
           "op 1 juli 2025.")
    tabel(doc, [
        ("Jorien Kamphuis, directeur", "16 juni 2025", ""),
        ("Yusuf Demir, voorzitter medezeggenschapsraad", "16 juni 2025", ""),
        ("Namens het College van Bestuur ASG", "1 juli 2025", ""),
    ], kop=("Naam en functie", "Datum", "Handtekening"), breedtes=(8.0, 4.0, 4.0))


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    _paginanummers(sec)

    _voorblad(doc)
    _voorwoord(doc)
    _wie_we_zijn(doc)
    _hoofdstuk_aankomen(doc)
    _hoofdstuk_taal(doc)
    _hoofdstuk_proberen(doc)
    _hoofdstuk_lat(doc)
    _hoofdstuk_lessen(doc)
    _hoofdstuk_team(doc)
    _hoofdstuk_buiten(doc)
    _hoofdstuk_ouders(doc)
    _hoofdstuk_planning(doc)
    _vaststelling(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 OBS De Brandgans"
    cp.subject = "Schoolplan"
    cp.author = "Jorien Kamphuis"
    cp.last_modified_by = "Jorien Kamphuis"
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 7
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_139_obs_de_brandgans.docx")
