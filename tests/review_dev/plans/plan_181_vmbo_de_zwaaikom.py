# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Vmbo De Zwaaikom (Almere Buiten), opgebouwd langs de vier vensters."""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

VAST = datetime.datetime(2025, 7, 4, 10, 15, 0)


def _taal_nl(document):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        try:
            stijl = document.styles[naam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _paginanummer(document):
    voet = document.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan Vmbo De Zwaaikom 2025-2029  |  pagina ")
    run = voet.add_run()
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


def _inhoudsopgave(document):
    p = document.add_paragraph()
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    tekst = OxmlElement("w:t")
    tekst.text = "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudsopgave te tonen."
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, tekst, eind):
        run._r.append(el)


def _koprij(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(document, kop, rijen):
    t = document.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9.5)
    _koprij(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(9.5)
    document.add_paragraph()
    return t


def _bullets(document, items):
    for it in items:
        document.add_paragraph(it, style="List Bullet")


def _p(document, tekst, vet_begin=None):
    p = document.add_paragraph()
    if vet_begin:
        p.add_run(vet_begin).bold = True
    p.add_run(tekst)
    return p


def build(path):
    path = str(path)
    d = Document()
    _taal_nl(d)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for s in d.sections:
        s.left_margin = Cm(2.3)
        s.right_margin = Cm(2.3)
    _paginanummer(d)

    cp = d.core_properties
    cp.title = "Schoolplan 2025-2029 Vmbo De Zwaaikom"
    cp.author = "R. Veldkamp"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = VAST
    cp.modified = VAST
    cp.last_modified_by = "R. Veldkamp"

    # ---------------- Voorblad ----------------
    for _ in range(4):
        d.add_paragraph()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Vmbo De Zwaaikom")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2025 – 2029")
    r.font.size = Pt(22)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Vakmensen in de maak")
    r.italic = True
    r.font.size = Pt(16)
    d.add_paragraph()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("basisberoepsgerichte en kaderberoepsgerichte leerweg · praktijkafdeling\n"
              "Almere Buiten · juni 2025")
    d.add_paragraph()
    _tabel(d, ["Gegeven", "Invulling"], [
        ["School", "Vmbo De Zwaaikom, met praktijkafdeling"],
        ["BRIN", "32ZW"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Directeur", "Ruud Veldkamp"],
        ["Adjunct-directeur praktijkafdeling", "Samira El Khattabi"],
        ["Planperiode", "1 augustus 2025 tot en met 31 juli 2029"],
        ["Leerlingen (1 oktober 2024)", "604"],
    ])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("Inhoud", level=1)
    _inhoudsopgave(d)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- Voorwoord ----------------
    d.add_heading("Voorwoord", level=1)
    _p(d, "Voor u ligt het schoolplan van Vmbo De Zwaaikom voor de schooljaren 2025-2026 tot en met "
          "2028-2029. Het is geen boekwerk voor de kast. We hebben het geschreven voor ons team, voor onze "
          "leerlingen en hun ouders en voor het bestuur, en we gebruiken het elk jaar om ons jaarplan op te "
          "stellen.")
    _p(d, "Het plan volgt de vier vensters uit de koers van de Almeerse Scholen Groep. Per venster staat eerst "
          "wat we zien als we eerlijk naar onze eigen cijfers en ervaringen kijken, daarna wat we de komende "
          "vier jaar gaan doen en tot slot een tabel met de doelen waarop u ons mag aanspreken. Wat wij als "
          "school belangrijk vinden, staat vooraan in het hoofdstuk ‘Waar we voor staan’.")
    _p(d, "Aan dit plan werkten veel mensen mee: het hele team tijdens de studiedagen van 12 november 2024 en "
          "4 februari 2025, de leerlingenraad, een ouderpanel van twaalf ouders en de medezeggenschapsraad. "
          "Iedereen die een post-it plakte, een cijfer opzocht of een alinea kritisch las: dank je wel.")
    _p(d, "Ruud Veldkamp, directeur")

    # ---------------- 1 ----------------
    d.add_heading("1. De Zwaaikom in het kort", level=1)
    d.add_heading("1.1 Onze school", level=2)
    _p(d, "De Zwaaikom staat sinds 1994 in Almere Buiten, op de grens van de woonwijken en bedrijventerrein "
          "De Vaart. Die ligging zegt veel over ons: we zijn een school waar jongeren leren met hun handen én "
          "met hun hoofd, en de bedrijven waar zij later gaan werken liggen letterlijk om de hoek.")
    _p(d, "Op 1 oktober 2024 telde de school 604 leerlingen. 507 van hen volgen de basisberoepsgerichte of de "
          "kaderberoepsgerichte leerweg; 97 leerlingen zitten in onze praktijkafdeling, die een eigen vleugel "
          "en een eigen team heeft. Ongeveer 40 procent van de vmbo-leerlingen heeft een aanwijzing voor "
          "leerwegondersteunend onderwijs (lwoo).")
    _tabel(d, ["Afdeling", "Leerjaren", "Leerlingen", "Waarvan met lwoo"], [
        ["Onderbouw basis/kader", "1 en 2", "248", "104"],
        ["Bovenbouw basisberoepsgericht", "3 en 4", "116", "61"],
        ["Bovenbouw kaderberoepsgericht", "3 en 4", "143", "37"],
        ["Praktijkafdeling", "1 tot en met 5", "97", "n.v.t."],
        ["Totaal", "", "604", "202"],
    ])
    _p(d, "In de bovenbouw bieden we vier profielen aan: Bouwen, wonen en interieur (BWI), Produceren, "
          "installeren en energie (PIE), Zorg en welzijn (Z&W) en Economie en ondernemen (E&O). In de "
          "praktijkafdeling werken leerlingen vanaf het derde jaar toe naar branchecertificaten (onder meer VCA, "
          "heftruck, Basis Veiligheid Schoonmaak en Werken in de keuken) en naar een Entree-diploma, dat zij bij "
          "ons halen in samenwerking met ROC Flevoland.")
    _p(d, "Onze leerlingen komen uit heel Almere Buiten en voor een deel uit Almere Stad. Ruim de helft woont "
          "in een buurt waar armoede, schulden en krappe huisvesting samenkomen. Veel leerlingen hebben thuis "
          "weinig ruimte om te leren; daarom plannen we oefentijd zoveel mogelijk op school, in de lessen en in "
          "de huiswerkklas die elke middag tot half vijf open is.")
    d.add_heading("1.2 Hoe dit plan tot stand kwam", level=2)
    _bullets(d, [
        "Oktober 2024: elke sectie en het team van de praktijkafdeling maakte een sterkte-zwakteanalyse op basis "
        "van de examenresultaten, de leerlingvragenlijst en het medewerkersonderzoek.",
        "November 2024: studiedag met het hele team. Per venster van de koers formuleerden we wat we zien en wat "
        "we willen bereiken.",
        "December 2024 en januari 2025: gesprekken met de leerlingenraad en het ouderpanel.",
        "Februari 2025: tweede studiedag, waarop we de doelen hebben aangescherpt en per doel een eigenaar "
        "hebben gekozen.",
        "April tot en met juni 2025: schrijven, bespreking in de MR en instemming (zie hoofdstuk 8).",
    ])

    # ---------------- 2 Waar we voor staan ----------------
    d.add_heading("2. Waar we voor staan", level=1)
    _p(d, "Binnen ASG delen alle scholen vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. "
          "Hieronder staat per kernwaarde wat die op De Zwaaikom betekent. Sommige zinnen komen rechtstreeks uit "
          "de koers van het bestuur, omdat we ze onderschrijven; waar we er iets eigens van maken, staat dat erbij.")

    d.add_heading("Gezien worden", level=2)
    _p(d, "De cultuur van onze school is gastvrij, iedereen voelt zich welkom. Iedereen bij onze school is "
          "waardevol en wordt gezien. Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en "
          "medewerkers.")
    _p(d, "Wie De Zwaaikom binnenloopt, wordt aan de balie ontvangen door leerlingen van E&O. De balie is sinds "
          "2023 hun leerwerkplek: zij leren er hoe je een bezoeker te woord staat, iets te drinken aanbiedt en "
          "iemand naar de juiste plek brengt. Nieuwe brugklassers beginnen het jaar met twee introductiedagen, "
          "waarop ze met hun mentorgroep de school verkennen en samen met hun mentor en een maatje uit leerjaar 3 "
          "lunchen. Leerlingen die halverwege het jaar instromen, krijgen in hun eerste week ook zo’n maatje.")
    _p(d, "Daarnaast werken we met de sterktekaart. In de eerste tien weken van leerjaar 1 bespreekt de mentor "
          "met elke leerling wat hij of zij goed kan, binnen en buiten school: sleutelen aan een scooter, zorgen "
          "voor een jonger zusje, koken voor het hele gezin. Die drie sterke punten komen op een kaart in het "
          "digitale portfolio en worden bij elk rapportgesprek opnieuw besproken en aangevuld. Zo heeft elke "
          "leerling minstens één volwassene op school die weet waar hij of zij trots op is.")

    d.add_heading("Open", level=2)
    _p(d, "Onze school gaat respectvol om met de mensen binnen en buiten de organisatie. In onze communicatie "
          "zijn we transparant en toegankelijk.")
    _p(d, "De Zwaaikom is een openbare school. Voor ons betekent dat meer dan dat iedereen zich kan aanmelden. "
          "Onze leerlingen hebben ruim veertig verschillende achtergronden en ongeveer de helft is opgegroeid "
          "met een geloof: islamitisch, christelijk, hindoeïstisch of anders. In het vak mens en maatschappij "
          "besteden we in leerjaar 2 een periode van acht weken aan levensbeschouwingen; leerlingen bezoeken in "
          "tweetallen een gebedshuis of levensbeschouwelijke vereniging in Almere en vertellen daarover aan hun "
          "klas. In de week rond 21 maart, de Internationale Dag tegen Racisme, houden we jaarlijks de ‘Week van "
          "de Zwaaikom’, met verhalen van leerlingen en medewerkers over waar zij vandaan komen. Tijdens de "
          "ramadan is het stiltelokaal in de middagpauze beschikbaar voor wie wil bidden of even tot rust wil "
          "komen; dat lokaal staat het hele jaar open voor elke leerling, ongeacht geloof.")
    _p(d, "We willen dat ook ons team laat zien hoe verschillend Almere is. Bij vacatures werven we daarom "
          "nadrukkelijk ook buiten het onderwijs, via vakverenigingen en het netwerk van onze stagebedrijven. "
          "Van de laatste twintig nieuwe collega’s kwam een derde via die route binnen, met een achtergrond als "
          "installateur, timmerman, verzorgende of winkelmanager.")

    d.add_heading("Vooruitstrevend", level=2)
    _p(d, "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.")
    _p(d, "Waar we zelf iets nieuws neerzetten, is het Leerbedrijf, dat we vanaf schooljaar 2026-2027 opzetten. Kader- en "
          "basisleerlingen uit leerjaar 3 (PIE en BWI) en praktijkleerlingen uit jaar 3 en 4 werken één dag per "
          "week samen in gemengde ploegen aan echte opdrachten: het opknappen van de fietsenstalling, het "
          "leggen van zonnepanelen op de gymzaal, klussen voor de buurthuizen in Almere Buiten. Docenten van "
          "de praktijkvakken en van Nederlands en rekenen begeleiden samen; de opdracht bepaalt wat er die dag "
          "geleerd wordt, niet het rooster. In 2025-2026 werkt een ontwerpgroep van zes docenten het concept "
          "uit. In juni 2028 besluiten we op basis van een evaluatie met leerlingen, docenten en opdrachtgevers "
          "of het Leerbedrijf ook voor Z&W en E&O opengaat.")

    d.add_heading("Ambitieus", level=2)
    _p(d, "We geven altijd het beste van onszelf.")
    _p(d, "Voor onze leerlingen betekent ambitie dat het advies van de basisschool geen plafond is. Kaderleerlingen "
          "die in een vak goed presteren, kunnen vanaf leerjaar 3 dat vak op het niveau van de gemengde leerweg "
          "afsluiten. In 2024 deden 19 leerlingen dat; in 2029 willen we dat het er 45 zijn. Praktijkleerlingen "
          "die het aankunnen, stromen door naar de basisberoepsgerichte leerweg: in leerjaar 2 bekijken we bij "
          "elke praktijkleerling uitdrukkelijk of die stap mogelijk is, en we leggen de uitkomst vast in het "
          "ontwikkelingsperspectief.")
    _p(d, "Voor onszelf betekent ambitie dat we blijven leren omdat we dat zelf willen, niet omdat het moet. "
          "Iedere docent kiest elk jaar een eigen ontwikkelvraag en krijgt daar tijd voor; hoe dat werkt, staat "
          "in hoofdstuk 4.")

    # ---------------- 3 Venster 1 ----------------
    d.add_heading("3. Goed onderwijs voor wie hier binnenkomt (venster 1)", level=1)
    d.add_heading("3.1 Wat we zien", level=2)
    _bullets(d, [
        "De inspectie beoordeelde bij het vierjaarlijks onderzoek in maart 2023 alle afdelingen als voldoende. "
        "De onderwijsresultaten liggen boven de norm, maar bij de kaderberoepsgerichte leerweg met weinig marge.",
        "Het slagingspercentage was in 2024 97 procent in de basisberoepsgerichte en 91 procent in de "
        "kaderberoepsgerichte leerweg. Bij kader schommelt het: 94 procent in 2022, 88 procent in 2023. Het "
        "centraal examen Nederlands drukt het resultaat: gemiddeld een 5,7.",
        "Bij de nulmeting in september 2024 (Cito Volgsysteem voortgezet onderwijs) las 41 procent van de "
        "eerstejaars onder niveau 1F; in de praktijkafdeling was dat 78 procent.",
        "Van de praktijkleerlingen die in 2023 uitstroomden, had een jaar later 81 procent nog werk of een "
        "opleiding.",
        "Het ongeoorloofd verzuim is nog niet terug op het niveau van voor corona: in 2023-2024 meldden we 63 "
        "leerlingen bij leerplicht, in 2018-2019 waren dat er 41.",
        "In de leerlingvragenlijst van april 2024 zei 86 procent zich veilig te voelen op school. In de gangen "
        "en de fietsenstalling was dat 74 procent.",
        "Digitale vaardigheden hangen af van de docent; er is geen leerlijn.",
        "Bij lesbezoeken in 2024 zagen we in 58 procent van de lessen alle vijf onderdelen van onze kijkwijzer "
        "terug. De uitleg is meestal goed; de afsluiting ontbreekt vaak.",
    ])
    _p(d, "Onze conclusie: de basis staat, maar lezen en taal zijn de zwakke plek onder bijna alles wat we doen, "
          "ook in de praktijkvakken. Daar leggen we de komende vier jaar het zwaartepunt.")

    d.add_heading("3.2 Wat we gaan doen", level=2)
    d.add_heading("Ons onderwijsprogramma", level=3)
    _p(d, "In leerjaar 1 en 2 zitten leerlingen in vaste mentorgroepen van hoogstens 20 leerlingen; lwoo-groepen "
          "hebben er 16. Naast de algemene vakken volgen alle tweedejaars het programma ‘Proefdraaien’: acht "
          "weken in elk van de vier profielen. Eind leerjaar 2 kiezen leerlingen samen met hun ouders en mentor "
          "een profiel. In de bovenbouw volgen leerlingen het profielvak en vier keuzevakken volgens het "
          "examenprogramma; het PTA wordt elk jaar uiterlijk 1 oktober vastgesteld.")
    _p(d, "In de praktijkafdeling heeft elke leerling een individueel ontwikkelingsplan, dat drie keer per jaar "
          "met leerling en ouders wordt besproken. Vanaf jaar 3 lopen leerlingen interne stage in de kantine, de "
          "schoonmaak en de technische dienst; vanaf jaar 4 gaan ze twee dagen per week naar een extern "
          "stagebedrijf.")
    _p(d, "Lezen krijgt vanaf 2025-2026 een vaste plek. Elke eerste les van de dag begint in leerjaar 1 en 2 met "
          "een kwartier vrij lezen, het Zwaaikomkwartier, met boeken uit de schoolbibliotheek die we samen met "
          "de bibliotheek in Almere Buiten vernieuwen. Alle docenten, ook die van de praktijkvakken, gebruiken "
          "dezelfde vijf leesstrategieën bij werktekeningen, recepten en handleidingen. De sectie Nederlands "
          "geeft leerlingen die onder 1F lezen twee extra leesuren per week in kleine groepen.")

    d.add_heading("Burgerschap: ‘Meedoen in Almere’", level=3)
    _p(d, "Burgerschap geven we vorm in een leerlijn die we in 2024 zijn begonnen en in 2026 afronden:")
    _bullets(d, [
        "Leerjaar 1: hoe werkt samen beslissen? Leerlingen kiezen hun vertegenwoordiger voor de leerlingenraad "
        "na een echte verkiezingscampagne in de mentorles.",
        "Leerjaar 2: mediawijsheid en nepnieuws, en de periode levensbeschouwing in mens en maatschappij.",
        "Leerjaar 3: twintig uur maatschappelijke stage in de wijk, bijvoorbeeld in het buurthuis of bij de "
        "voedselbank.",
        "Leerjaar 4: debat met Almeerse gemeenteraadsleden over een onderwerp dat de leerlingen zelf kiezen.",
        "Praktijkafdeling: rechten en plichten als werknemer, omgaan met geld en een bezoek aan het "
        "stadhuis.",
    ])

    d.add_heading("Een programma voor later", level=3)
    _p(d, "Wat onze leerlingen over tien jaar nodig hebben, verschilt van wat ons examenprogramma nu vraagt. We "
          "nemen daarom drie stappen:")
    _bullets(d, [
        "In augustus 2027 staat een leerlijn digitale geletterdheid voor leerjaar 1 tot en met 4, gebaseerd op "
        "de nieuwe kerndoelen. De werkgroep ICT begint in 2025-2026 met leerjaar 1.",
        "Vanaf 2025-2026 bieden we in PIE het keuzevak ‘Duurzame installatietechniek’ aan (warmtepompen, "
        "zonnepanelen, laadpalen); vanaf 2027-2028 volgt ‘Slimme techniek’ met sensoren en domotica.",
        "Elk voorjaar zitten onze bovenbouwdocenten aan tafel met ROC Flevoland en vijf vaste bedrijven om te "
        "toetsen of de keuzevakken nog aansluiten op wat er in het werk verandert.",
    ])

    d.add_heading("Zicht op elke leerling", level=3)
    _bullets(d, [
        "In mei en juni voeren we een warme overdracht met de leerkrachten van groep 8 van de basisscholen "
        "waar onze leerlingen vandaan komen (in 2024 waren dat er 27).",
        "In september doen alle eerstejaars een nulmeting lezen en rekenen; in januari en juni meten we opnieuw.",
        "Drie keer per jaar is er per leerjaar een leerlingbespreking met mentor, vakdocenten en zorgcoördinator. "
        "Voor elke leerling die we bespreken, vullen we de kaart ‘Wat werkt voor deze leerling’ in, die voor "
        "alle docenten zichtbaar is.",
        "Afwezigheid zonder bericht betekent dezelfde dag een telefoontje naar huis. Na drie keer te laat volgt "
        "een gesprek met de mentor, na zes keer met de verzuimcoördinator.",
    ])

    d.add_heading("Ondersteuning en wat we wel en niet kunnen bieden", level=3)
    _p(d, "Ons schoolondersteuningsprofiel is in maart 2025 opnieuw vastgesteld. In het kort:")
    _bullets(d, [
        "Basisondersteuning: kleine lwoo-groepen, twee mentoruren per week in de onderbouw, de huiswerkklas, "
        "faciliteiten bij dyslexie en dyscalculie en de training Rots en Water in leerjaar 1.",
        "Extra ondersteuning: een ondersteuningsteam met zorgcoördinator, orthopedagoog, twee "
        "leerlingbegeleiders, schoolmaatschappelijk werker, jeugdarts van GGD Flevoland en leerplichtambtenaar. "
        "In De Kajuit kunnen maximaal acht leerlingen tijdelijk (ten hoogste twaalf weken) werken met een eigen "
        "begeleider, met als doel terug te keren in de klas.",
        "Grenzen: we kunnen geen passend onderwijs bieden aan leerlingen die langdurig één-op-één begeleiding "
        "nodig hebben, of van wie het gedrag structureel de veiligheid van anderen in gevaar brengt. Voor hen "
        "zoeken we samen met het samenwerkingsverband een betere plek.",
    ])
    _p(d, "We maken deel uit van het samenwerkingsverband passend onderwijs voor het voortgezet onderwijs in "
          "Almere. Elke zes weken bespreken de ondersteuningscoördinatoren van de Almeerse vo-scholen samen de "
          "leerlingen voor wie nog geen passende plek is. Onze afspraak: geen leerling die bij ons staat "
          "ingeschreven, zit langer dan zes weken thuis zonder aanbod. In 2024 lukte dat bij drie leerlingen niet.")

    d.add_heading("Een veilige school", level=3)
    _p(d, "Het veiligheidsplan is in januari 2025 geactualiseerd. Elke afdeling heeft een eigen "
          "anti-pestcoördinator, bij wie leerlingen ook anoniem via een formulier op de website terechtkunnen. "
          "Incidenten leggen we vast in het leerlingvolgsysteem en bespreken we elke maand in het "
          "afdelingsoverleg. Omdat leerlingen zich in de gangen en de fietsenstalling minder veilig voelen, "
          "surveilleren er vanaf 2025-2026 in elke pauze twee medewerkers op vaste plekken en heeft de "
          "leerlingenraad een plan gemaakt voor betere verlichting en een andere indeling van de stalling, dat "
          "in de zomer van 2025 wordt uitgevoerd. Elk jaar in april vullen alle leerlingen de vragenlijst "
          "veiligheid en welbevinden in.")

    d.add_heading("Kwaliteitszorg: zo houden we zicht op onze kwaliteit", level=3)
    _p(d, "Onze kwaliteitszorg volgt een vaste jaarkalender:")
    _bullets(d, [
        "September: het jaarplan, afgeleid van dit schoolplan, met per venster hoogstens drie jaardoelen.",
        "Oktober, januari en april: kwartaalrapportage aan het bestuur over de voortgang op de doelen uit de "
        "tabellen in dit plan.",
        "Het hele jaar: twee lesbezoeken per docent, één door de teamleider en één door een collega, met onze "
        "kijkwijzer ‘De Zwaaikom-les’: een duidelijk lesdoel, een actieve start, uitleg in stappen, werken met "
        "feedback en een afsluiting die teruggaat naar het doel.",
        "November en maart: leerlingpanels per leerjaar over de lessen en de begeleiding.",
        "Juli: examenanalyse per sectie en het jaarverslag, dat we in september met de MR bespreken.",
    ])
    _p(d, "Daarnaast werkt elke sectie, en het team van de praktijkafdeling, als leerteam. Aan het begin van het "
          "jaar kiest het leerteam op basis van de eigen resultaten één verbetervraag, bijvoorbeeld ‘hoe krijgen "
          "we het centraal examen Nederlands bij kader omhoog?’. In de loop van het jaar passen de docenten hun "
          "lessen aan, ze bezoeken elkaars lessen en in juni bespreken ze wat werkte en wat in de "
          "sectieafspraken wordt opgenomen. Zo wordt verbeteren een gewoonte van de hele school en niet het "
          "werk van een paar mensen.")

    d.add_heading("3.3 Onze doelen voor venster 1", level=2)
    _tabel(d, ["Wat willen we bereiken", "Nu (2024-2025)", "Streefwaarde", "Wanneer", "Eigenaar"], [
        ["Slagingspercentage kaderberoepsgerichte leerweg", "91%", "minimaal 94% per jaar", "vanaf examen 2026",
         "teamleider bovenbouw"],
        ["Gemiddeld CE-cijfer Nederlands kader", "5,7", "6,2", "examen 2028", "sectie Nederlands"],
        ["Leerlingen die eind leerjaar 2 op niveau 1F lezen", "59%", "80%", "juni 2028", "sectie Nederlands"],
        ["Praktijkleerlingen die een jaar na uitstroom werk of opleiding hebben", "81%", "85%", "meting 2029",
         "adjunct-directeur praktijk"],
        ["Leerlingen die zich veilig voelen (gangen en stalling)", "86% (74%)", "92% (85%)", "april 2027",
         "anti-pestcoördinatoren"],
        ["Meldingen ongeoorloofd verzuim bij leerplicht", "63", "minder dan 45", "schooljaar 2027-2028",
         "verzuimcoördinator"],
        ["Leerlijn digitale geletterdheid leerjaar 1-4", "geen", "in alle leerjaren ingevoerd", "augustus 2027",
         "werkgroep ICT"],
        ["Lessen waarin alle vijf punten van de kijkwijzer zichtbaar zijn", "58%", "80%", "juni 2028",
         "teamleiders"],
        ["Leerlijn burgerschap ‘Meedoen in Almere’", "deels", "compleet, incl. maatschappelijke stage", "augustus 2026",
         "coördinator burgerschap"],
        ["Kaderleerlingen met minstens één vak op niveau gemengde leerweg", "19", "45", "examen 2029",
         "teamleider bovenbouw"],
        ["Ingeschreven leerlingen langer dan zes weken zonder aanbod", "3", "0", "elk jaar", "zorgcoördinator"],
    ])

    # ---------------- 4 Venster 2 ----------------
    d.add_heading("4. Ons team: vakmensen voor de klas (venster 2)", level=1)
    d.add_heading("4.1 Wat we zien", level=2)
    _bullets(d, [
        "De Zwaaikom heeft 71 medewerkers: 49 docenten, 6 instructeurs en 16 collega’s in ondersteunende "
        "functies. De gemiddelde leeftijd is 49 jaar.",
        "In PIE en BWI zijn 5 van de 11 docenten ouder dan 60. Binnen vijf jaar gaan zij met pensioen.",
        "Negen docenten zijn (nog) niet bevoegd. De meesten zijn zij-instromers uit de bouw en de "
        "installatietechniek.",
        "Het ziekteverzuim was in 2024 7,8 procent; vooral het langdurig verzuim is hoog.",
        "In het medewerkersonderzoek van 2024 scoorde werkdruk een 5,9 en collegialiteit een 8,1.",
        "In 2023-2024 had 72 procent van de medewerkers een jaargesprek; bij de praktijkafdeling was dat lager.",
    ])

    d.add_heading("4.2 Wat we gaan doen", level=2)
    d.add_heading("Vakmensen opleiden tot docent", level=3)
    _p(d, "Ons tekort zit vooral in de techniek. We kiezen er bewust voor om vakmensen uit het bedrijfsleven zelf "
          "op te leiden. Elke onbevoegde collega:")
    _bullets(d, [
        "heeft binnen drie maanden na indiensttreding een opleidingsplan met een datum waarop de bevoegdheid is "
        "gehaald;",
        "krijgt vier uur per week studietijd en een vaste coach uit de eigen sectie;",
        "neemt deel aan de intervisiegroep ‘nieuw voor de klas’ van onze schoolopleider, zes keer per jaar;",
        "volgt de route voor het pedagogisch-didactisch getuigschrift of de tweedegraads lerarenopleiding bij "
        "Windesheim in Almere, met wie we daarover jaarlijks afspraken maken.",
    ])

    d.add_heading("Leren omdat je het zelf wilt", level=3)
    _p(d, "In het startgesprek kiest iedere docent een eigen ontwikkelvraag. Daarvoor is 40 uur per jaar "
          "beschikbaar in het taakbeleid. De docent kiest zelf hoe: een cursus van de ASG Academie, een externe "
          "opleiding, een week meelopen in een bedrijf of een lesonderzoek in het eigen leerteam. In het "
          "jaargesprek vertelt de docent wat het heeft opgeleverd. Onze docenten techniek nemen daarnaast deel "
          "aan het ASG-netwerk vmbo-techniek, dat vier keer per jaar bijeenkomt.")

    d.add_heading("De gesprekscyclus", level=3)
    _p(d, "Iedere medewerker heeft elk jaar een startgesprek (september of oktober), minstens één lesbezoek of "
          "werkplekbezoek en een jaargesprek (mei of juni). Eens in de drie jaar is het jaargesprek een "
          "beoordelingsgesprek. Afspraken komen in het digitale personeelsdossier. De teamleiders plannen de "
          "gesprekken aan het begin van het jaar in; de directeur bespreekt elke twee maanden de voortgang met "
          "hen.")

    d.add_heading("Aandacht voor elke levensfase", level=3)
    _bullets(d, [
        "Starters krijgen een inductieprogramma van drie jaar, met in het eerste jaar tien procent minder "
        "lesgevende taken en een vaste begeleider.",
        "Medewerkers vanaf 57 jaar hebben jaarlijks een loopbaangesprek over hoe zij gezond en met plezier hun "
        "pensioen halen, en kunnen hun uren duurzame inzetbaarheid gebundeld inzetten.",
        "Tegen de werkdruk zetten we de werkdrukmiddelen in voor twee extra onderwijsassistenten in de "
        "praktijkafdeling en voor vaste toetsweken, zodat nakijkwerk niet meer over het hele jaar verspreid is.",
    ])

    d.add_heading("Gezond blijven werken", level=3)
    _p(d, "We willen het verzuim terugbrengen naar 5,5 procent. Na elke eerste ziekmelding volgt binnen een week "
          "een gesprek met de teamleider over wat helpt om (weer) aan het werk te zijn. De bedrijfsarts houdt vier "
          "keer per jaar een preventief spreekuur op school, waar medewerkers zonder ziekmelding terechtkunnen. "
          "Op woensdagmiddag is de gymzaal een uur open voor een beweeguur voor personeel, begeleid door onze "
          "LO-docenten.")

    d.add_heading("4.3 Onze doelen voor venster 2", level=2)
    _tabel(d, ["Wat willen we bereiken", "Nu (2024-2025)", "Streefwaarde", "Wanneer", "Eigenaar"], [
        ["Onbevoegde docenten bevoegd of in laatste opleidingsjaar", "0 van 9", "alle", "augustus 2028",
         "schoolopleider"],
        ["Docenten met een eigen ontwikkelvraag in het jaarplan", "ca. 50%", "100%", "vanaf 2025-2026",
         "teamleiders"],
        ["Medewerkers met jaargesprek", "72%", "100%", "elk jaar vanaf 2025-2026", "teamleiders"],
        ["Ziekteverzuim", "7,8%", "5,5%", "2028", "directeur"],
        ["Score werkdruk medewerkersonderzoek", "5,9", "6,8", "onderzoek 2027", "directeur"],
        ["Docenten techniek actief in ASG-netwerk vmbo-techniek", "2", "alle 11", "2026-2027",
         "sectievoorzitter PIE"],
    ])

    # ---------------- 5 Venster 3 ----------------
    d.add_heading("5. Samen met de andere ASG-scholen (venster 3)", level=1)
    d.add_heading("5.1 Wat we zien", level=2)
    _p(d, "Eerlijk gezegd: we zijn tot nu toe vooral met onszelf bezig geweest. Onze secties hebben weinig "
          "contact met vakcollega’s op andere ASG-scholen; alleen de examensecretaris werkt structureel samen. "
          "38 procent van onze brugklassers komt van een ASG-basisschool. Jaarlijks stappen zes tot tien "
          "leerlingen over naar een ASG-mavo, en soms komen er leerlingen van een mavo naar ons, maar daar "
          "zijn geen vaste afspraken over. De overstap tussen praktijkafdeling en basisberoepsgerichte leerweg "
          "verloopt nu per leerling, op wisselende momenten.")
    d.add_heading("5.2 Wat we gaan doen", level=2)
    d.add_heading("Vakcollega’s zoeken elkaar op", level=3)
    _p(d, "De secties PIE en BWI werken vanaf 2025-2026 samen met de technieksecties van de andere ASG-scholen "
          "met beroepsgerichte leerwegen. Samen bouwen ze een bank met oefenopdrachten voor het praktijkexamen "
          "(CSPE), en elk jaar in februari is er een gezamenlijke oefendag waarop leerlingen van de scholen "
          "door docenten van een andere school worden beoordeeld. De sectie Nederlands sluit aan bij het "
          "ASG-vakoverleg Nederlands vmbo, drie keer per jaar, om de leesaanpak uit hoofdstuk 3 te vergelijken "
          "met die van andere scholen.")
    d.add_heading("Laten zien wat we leren", level=3)
    _p(d, "Elk leerteam presenteert zijn opbrengst in juni op onze eigen studiedag. Twee leerteams per jaar "
          "presenteren ook op de ASG-brede studiedag of de ASG-vmbo-conferentie. Het eerste onderwerp dat we "
          "willen delen is het Zwaaikomkwartier: wat werkt er, wat niet, en wat levert het op voor de leesscores.")
    d.add_heading("Een route voor elke leerling binnen ASG", level=3)
    _bullets(d, [
        "Kaderleerlingen met twee of meer vakken op het niveau van de gemengde leerweg krijgen in leerjaar 4 een "
        "meeloopdag op een ASG-mavo en, als ze willen stapelen, een warme overdracht.",
        "Mavoleerlingen van ASG-scholen die beter op hun plek zijn in een beroepsgerichte leerweg, kunnen bij "
        "ons instromen op twee vaste momenten: na de herfstvakantie en na de kerstvakantie.",
        "Tussen de praktijkafdeling en de basisberoepsgerichte leerweg zijn er vanaf 2025-2026 twee vaste "
        "overstapmomenten (januari en juni), voorbereid met een proefperiode van vier weken.",
    ])
    d.add_heading("5.3 Onze doelen voor venster 3", level=2)
    _tabel(d, ["Wat willen we bereiken", "Nu (2024-2025)", "Streefwaarde", "Wanneer", "Eigenaar"], [
        ["Gezamenlijke CSPE-oefendag met andere ASG-scholen", "geen", "jaarlijks in februari", "vanaf februari 2026",
         "sectievoorzitters PIE en BWI"],
        ["Oefenopdrachten in de gezamenlijke bank", "0", "24", "juli 2027", "sectievoorzitters PIE en BWI"],
        ["Leerteams die op een ASG-brede bijeenkomst presenteren", "0", "2 per jaar", "vanaf 2026",
         "directeur"],
        ["Vaste overstapmomenten praktijk ↔ basis", "per leerling", "januari en juni, met proefperiode",
         "2025-2026", "adjunct-directeur praktijk"],
        ["Stapelaars naar ASG-mavo met warme overdracht", "onbekend", "alle", "vanaf 2026", "decaan"],
    ])

    # ---------------- 6 Venster 4 ----------------
    d.add_heading("6. Samen met ouders, leerlingen en de stad (venster 4)", level=1)
    d.add_heading("6.1 Wat we zien", level=2)
    _bullets(d, [
        "Ouderavonden trekken weinig ouders: gemiddeld 35 procent. Bij driehoeksgesprekken is de opkomst 88 "
        "procent.",
        "In de oudertevredenheidspeiling van 2024 waren ouders het meest kritisch over de mate waarin zij kunnen "
        "meedenken met de school (6,4). Over de informatievoorziening waren ze redelijk tevreden (7,2); die "
        "pakken we deze periode niet apart op.",
        "De MR krijgt plannen nu meestal pas te zien als ze af zijn. De MR heeft aangegeven eerder te willen "
        "meedenken.",
        "We hebben een stagenetwerk van ongeveer 140 bedrijven, vooral op De Vaart en in Almere Buiten.",
    ])
    d.add_heading("6.2 Wat we gaan doen", level=2)
    d.add_heading("Ouders erbij halen", level=3)
    _bullets(d, [
        "Het driehoeksgesprek wordt de standaard. Twee keer per jaar leidt de leerling zelf het gesprek met "
        "ouders en mentor, aan de hand van het portfolio en de sterktekaart.",
        "In de praktijkafdeling voert de mentor vanaf 2025-2026 het eerste gesprek van het jaar bij het gezin "
        "thuis, binnen zes weken na de start.",
        "De klassikale ouderavonden vervangen we door ‘Ouders in de werkplaats’: twee keer per jaar laten "
        "leerlingen in hun profiel zien wat ze maken, en ouders doen een uur mee.",
        "Het ouderpanel van twaalf ouders komt vier keer per jaar bij elkaar en denkt mee over onderwerpen die "
        "het team aandraagt, zoals huiswerk, stage en de inrichting van het Leerbedrijf.",
    ])
    d.add_heading("Medezeggenschap die vroeg meedenkt", level=3)
    _p(d, "Vanaf 2025-2026 krijgt de MR in september het overzicht van de onderwerpen die dat jaar op de agenda "
          "komen. De MR kiest er drie waarover ze al in de ideefase wil meedenken, voordat een plan wordt "
          "uitgeschreven. De directeur is bij elke MR-vergadering aanwezig. De leerlingenraad, met tien leden "
          "uit alle afdelingen inclusief de praktijkafdeling, overlegt elke maand met de directeur en schuift "
          "in november en april aan bij de MR.")
    d.add_heading("Partners om de school heen", level=3)
    _bullets(d, [
        "Stagebedrijven: we willen het netwerk stevig houden en de begeleiding verbeteren. Elke stagebegeleider "
        "bezoekt zijn stagiairs minstens twee keer per stageperiode; bedrijven met vijf of meer stagiairs "
        "krijgen een vaste contactpersoon.",
        "Het Leerbedrijf werkt met twee vaste opdrachtgevers: een woningcorporatie in Almere Buiten en een "
        "installatiebedrijf op De Vaart.",
        "Het wijkteam Almere Buiten en het jongerenwerk houden elke dinsdag een inloopuur in de school; de "
        "wijkagent is elke maand een middag aanwezig.",
        "Met ROC Flevoland maken we afspraken over het Entree-diploma en over de overstap naar niveau 2 en 3. "
        "Oud-leerlingen komen elk jaar op onze bedrijvendag vertellen hoe het hun vergaat.",
    ])
    d.add_heading("6.3 Onze doelen voor venster 4", level=2)
    _tabel(d, ["Wat willen we bereiken", "Nu (2024-2025)", "Streefwaarde", "Wanneer", "Eigenaar"], [
        ["Ouders aanwezig bij driehoeksgesprekken", "88%", "95%", "2026-2027", "mentoren"],
        ["Ouders aanwezig bij ‘Ouders in de werkplaats’", "35% (ouderavond)", "60%", "2027-2028",
         "teamleiders"],
        ["Oudertevredenheid over meedenken met de school", "6,4", "7,2", "peiling 2027", "directeur"],
        ["Onderwerpen waarover de MR in de ideefase meedenkt", "0", "3 per jaar", "vanaf 2025-2026",
         "directeur en voorzitter MR"],
        ["Stagiairs met minstens twee bezoeken van de stagebegeleider", "ca. 60%", "100%", "2026-2027",
         "stagecoördinator"],
        ["Vaste opdrachtgevers van het Leerbedrijf", "0", "2, in 2029 4", "2026 en 2029", "ontwerpgroep Leerbedrijf"],
    ])

    # ---------------- 7 Planning ----------------
    d.add_heading("7. Van schoolplan naar jaarplan", level=1)
    _p(d, "De doelen uit de hoofdstukken 3 tot en met 6 verdelen we als volgt over de vier schooljaren. Elk jaar "
          "werken we het volgende jaar uit in het jaarplan; waar nodig stellen we de volgorde bij.")
    _tabel(d, ["Schooljaar", "Zwaartepunten"], [
        ["2025-2026", "Zwaaikomkwartier en extra leesuren; ontwerp Leerbedrijf; keuzevak Duurzame "
                      "installatietechniek; vaste overstapmomenten praktijk ↔ basis; gesprekscyclus voor "
                      "iedereen; MR denkt vroeg mee; surveillance en nieuwe fietsenstalling."],
        ["2026-2027", "Start Leerbedrijf (PIE, BWI, praktijk); leerlijn digitale geletterdheid leerjaar 1 en 2; "
                      "burgerschapsleerlijn compleet; eerste CSPE-oefendag; ‘Ouders in de werkplaats’."],
        ["2027-2028", "Leerlijn digitale geletterdheid compleet; keuzevak Slimme techniek; evaluatie "
                      "Leerbedrijf en besluit over uitbreiding; verzuim personeel op 5,5%."],
        ["2028-2029", "Borgen en evalueren; alle docenten bevoegd; voorbereiding van het volgende schoolplan."],
    ])

    # ---------------- 8 Vaststelling ----------------
    d.add_heading("8. Instemming en vaststelling", level=1)
    _p(d, "De medezeggenschapsraad van Vmbo De Zwaaikom heeft in haar vergadering van 17 juni 2025 ingestemd met "
          "dit schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan vastgesteld "
          "op 3 juli 2025. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029.")
    _tabel(d, ["Rol", "Naam", "Datum", "Handtekening"], [
        ["Directeur Vmbo De Zwaaikom", "R. Veldkamp", "24 juni 2025", ""],
        ["Voorzitter medezeggenschapsraad", "M. Doornbos", "17 juni 2025", ""],
        ["College van Bestuur ASG", "", "3 juli 2025", ""],
    ])

    d.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_181_vmbo_de_zwaaikom.docx")
