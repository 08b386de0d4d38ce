# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Katholiek Kindcentrum Sint Radboud (basisonderwijs met opvang), Almere.

Bouwt met python-docx een Word-document, ingedeeld naar de vier vensters van de koers van het bestuur,
met per venster een tabel 'Wat we willen bereiken / Hoe / Wanneer'.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm


SCHOOL = "Katholiek Kindcentrum Sint Radboud"


def _taal_nl(document):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle",
                 "List Bullet", "Table Grid"):
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


def _veld(run, instructie):
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " %s " % instructie
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _voettekst(document):
    voet = document.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan 2025-2029 | %s | " % SCHOOL)
    _veld(voet.add_run(), "PAGE")


def _p(document, tekst):
    return document.add_paragraph(tekst)


def _bullets(document, regels):
    for regel in regels:
        document.add_paragraph(regel, style="List Bullet")


def _herhaal_kop(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(document, rijen):
    kop = ("Wat we willen bereiken", "Hoe", "Wanneer")
    tabel = document.add_table(rows=1, cols=3)
    tabel.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
    _herhaal_kop(tabel.rows[0])
    for wat, hoe, wanneer in rijen:
        cellen = tabel.add_row().cells
        cellen[0].text = wat
        cellen[1].text = hoe
        cellen[2].text = wanneer
    breedtes = (Cm(5.0), Cm(8.0), Cm(3.5))
    for rij in tabel.rows:
        for i, b in enumerate(breedtes):
            rij.cells[i].width = b
    document.add_paragraph()
    return tabel


def _opslaan(document, path, stempel):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer byte-gelijk is."""
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            doel.writestr(info, bron.read(item.filename))


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)

    cp = document.core_properties
    cp.title = "Schoolplan 2025-2029 Katholiek Kindcentrum Sint Radboud"
    cp.author = "Ingrid Zwanenburg"
    cp.subject = "Schoolplan en kindcentrumplan"
    cp.keywords = "schoolplan; kindcentrum; Almere Hout"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 3, 3, 8, 45, 0)
    cp.modified = datetime.datetime(2025, 6, 19, 14, 20, 0)
    cp.last_modified_by = "Ingrid Zwanenburg"
    cp.revision = 12

    _voettekst(document)

    # ------------------------------------------------------------------ voorblad
    document.add_paragraph("Schoolplan 2025-2029", style="Title")
    document.add_paragraph(SCHOOL, style="Subtitle")
    _p(document, "Onderwijs en opvang voor kinderen van 0 tot 13 jaar, samen met Kinderopvang De Zilverberk")
    _p(document, "Sigrid Undsetweg 4, Almere Hout (Nobelhorst) | BRIN 31PL")
    _p(document, "Kindcentrumdirecteur: Ingrid Zwanenburg | Locatiemanager opvang: Samira el Idrissi")
    _p(document, "Planperiode: 1 augustus 2025 tot en met 31 juli 2029")

    # ------------------------------------------------------------------ inleiding
    document.add_heading("Inleiding", level=1)
    _p(document,
       "Voor u ligt het schoolplan van Katholiek Kindcentrum Sint Radboud voor de schooljaren 2025-2026 "
       "tot en met 2028-2029. Het is meer dan een schoolplan alleen: sinds 2021 vormen de basisschool en "
       "de opvang van Kinderopvang De Zilverberk samen één kindcentrum in één gebouw, met één "
       "pedagogische visie en één team dat elkaar dagelijks ziet. Waar het in dit plan over 'het "
       "kindcentrum' gaat, bedoelen we onderwijs én opvang. Waar alleen de school bedoeld is, zeggen we "
       "dat erbij.")
    _p(document,
       "Het plan is in het schooljaar 2024-2025 in drie stappen tot stand gekomen. In oktober hebben we "
       "met het hele team (leerkrachten, onderwijsassistenten en pedagogisch medewerkers) de evaluatie "
       "van het vorige schoolplan besproken. In januari hebben we op een gezamenlijke studiedag de "
       "vragen uit de Koerswijzer van ASG per venster besproken in gemengde groepjes. In maart hebben "
       "de MR, de oudercommissie van de opvang en de kinderraad hun reactie gegeven op een eerste "
       "versie. Het plan volgt de vier vensters uit de koers van ons bestuur; per venster beschrijven we "
       "waar we staan en wat we willen bereiken, en sluiten we af met een overzicht 'Wat, hoe en "
       "wanneer'. Die overzichten vormen de basis voor de vier jaarplannen.")

    document.add_heading("Terugblik op 2021-2025", level=2)
    _p(document,
       "Het vorige schoolplan stond in het teken van de start van het kindcentrum. Veel daarvan is "
       "gelukt. School en opvang werken sinds 2021 in één gebouw met één dagritme, één pedagogisch "
       "beleid en gezamenlijke studiedagen. KiVa is schoolbreed ingevoerd en wordt ook in de BSO "
       "gebruikt. Snappet is ingevoerd vanaf groep 4, en in de onderbouw werken we met KIJK! in plaats "
       "van de oude kleutertoetsen. De eindresultaten zijn drie jaar op rij boven de signaleringswaarden "
       "gebleven.")
    _p(document,
       "Niet alles is gelukt. Het doel om de rekenresultaten op het niveau van lezen te brengen hebben "
       "we niet gehaald; de invoering van een nieuwe rekenmethode in 2022 heeft veel tijd gekost en de "
       "instructie is nog te wisselend van kwaliteit. Ook bereiken we ouders die het Nederlands nog niet "
       "goed beheersen minder goed dan andere ouders: zij komen minder vaak naar gesprekken en "
       "reageren nauwelijks op berichten. En de samenwerking tussen leerkrachten en pedagogisch "
       "medewerkers is in de onderbouw hecht, maar in de bovenbouw en de BSO nog beperkt tot de "
       "overdracht aan het eind van de schooldag. Die drie punten komen in dit plan terug.")

    # ------------------------------------------------------------------ profiel
    document.add_heading("Ons kindcentrum", level=1)
    document.add_heading("Kinderen en gezinnen", level=2)
    _p(document,
       "Sint Radboud staat in Nobelhorst, een jonge wijk in Almere Hout die de afgelopen tien jaar snel "
       "is gegroeid. Op 1 oktober 2024 telde de school 352 leerlingen in 14 groepen. De opvang heeft "
       "twee groepen kinderdagverblijf (32 kindplaatsen), twee peutergroepen met een VVE-aanbod (32 "
       "plaatsen, waarvan 11 kinderen met een VVE-indicatie van het consultatiebureau) en drie groepen "
       "buitenschoolse opvang met samen ongeveer 95 kinderen. Ongeveer 80% van de kleuters heeft "
       "eerder bij ons op de peutergroep of het kinderdagverblijf gezeten.")
    _p(document,
       "De meeste ouders zijn hoogopgeleid en werken allebei; daarnaast woont er in de huurwoningen aan "
       "de oostkant van de wijk een groeiende groep gezinnen die recent in Nederland is komen wonen. "
       "Op school spreken 71 kinderen thuis (ook) een andere taal dan Nederlands. Het schoolgewicht is "
       "laag, maar de verschillen tussen kinderen bij binnenkomst zijn groot, vooral in woordenschat. "
       "Het leerlingenaantal groeit de komende jaren nog licht: de gemeentelijke prognose komt uit op "
       "375 leerlingen in 2028.")
    document.add_heading("Hoe wij naar kinderen kijken", level=2)
    _p(document,
       "Onderwijs en opvang delen één pedagogische visie, die in 2022 samen met de pedagogisch coach is "
       "opgesteld. Kinderen leren het best als zij zich verbonden voelen met de volwassenen om hen heen, "
       "als zij ervaren dat ze iets kunnen en als zij ruimte krijgen om zelf keuzes te maken. Voor de "
       "jongste kinderen betekent dat veel spel en een voorspelbaar dagritme; voor de oudere kinderen "
       "een heldere instructie, uitdagende opdrachten en momenten waarop zij zelf plannen. We willen "
       "dat een kind tussen 7.30 en 18.30 uur, van peutergroep tot BSO, dezelfde volwassenen tegenkomt "
       "die op dezelfde manier reageren. Daarom werken leerkrachten en pedagogisch medewerkers met "
       "dezelfde afspraken over de dagopening, de overgangsmomenten en het omgaan met ruzies.")

    document.add_heading("Katholiek kindcentrum", level=2)
    _p(document,
       "Sint Radboud is genoemd naar de bisschop van Utrecht die rond het jaar 900 leefde en bekendstond "
       "om zijn eenvoudige levenswijze en zijn liefde voor leren. Wij zijn een katholiek kindcentrum en dat laten we zien: in de "
       "vieringen rond Advent en Kerstmis, Aswoensdag en Pasen, in de Allerzielenviering in november en "
       "in de jaarlijkse Vastenactie, waarvoor de kinderen zelf een goed doel kiezen. Levensbeschouwing "
       "geven we in alle groepen met Trefwoord. Pastor Van Eijk van de parochiekern Sint Paulus is vier "
       "keer per jaar bij een viering en komt in groep 4 praten over de Eerste Communie, die in de "
       "parochie wordt voorbereid.")
    _p(document,
       "Minder dan een derde van onze gezinnen is zelf katholiek. Kinderen met een islamitische, "
       "hindoeïstische of niet-religieuze achtergrond horen er net zo bij als katholieke kinderen, en "
       "dat betekent dat hun verhalen in de klas ook een plek krijgen. In de weekopening mag elk kind "
       "vertellen over een feest dat thuis gevierd wordt. Rond het Suikerfeest en Divali besteden de "
       "groepen daar in de kring aandacht aan, en in groep 7 en 8 bezoeken de kinderen in het kader van "
       "Trefwoord een kerk, een moskee en een mandir in Almere. Wie een andere achtergrond heeft, "
       "brengt iets mee waar de hele groep van leert: zo kijken wij naar verschillen tussen kinderen en "
       "tussen collega's, van wie er inmiddels negen een migratieachtergrond hebben.")
    _p(document,
       "De cultuur van Sint Radboud is gastvrij, iedereen voelt zich welkom.")
    document.add_heading("Team en organisatie", level=2)
    _p(document,
       "Het onderwijsteam bestaat uit 24 leerkrachten (samen 19,6 fte), 5 onderwijsassistenten, 2 "
       "intern begeleiders, een specialist jonge kind, een rekencoördinator, een taal-leescoördinator, "
       "een vakleerkracht gym, een administratief medewerker en een conciërge. De opvang heeft 21 "
       "pedagogisch medewerkers, een pedagogisch coach en beleidsmedewerker (16 uur) en de "
       "locatiemanager. De kindcentrumdirecteur is eindverantwoordelijk voor het onderwijs en stuurt samen "
       "met de locatiemanager het kindcentrum aan; in het kindcentrumoverleg (elke twee weken) zitten "
       "verder de adjunct-directeur, de IB'ers en de pedagogisch coach.")

    # ------------------------------------------------------------------ venster 1
    document.add_heading("Venster 1: Goed en toegankelijk onderwijs", level=1)
    _p(document,
       "Goed onderwijs begint voor ons bij een doorgaande lijn van 0 tot 13 jaar. Een kind dat op zijn "
       "tweede op de peutergroep begint, moet op zijn twaalfde met een passend advies en een goed "
       "gevoel de school verlaten. Wij hebben zicht op wat onze leerlingen nodig hebben. Wij zijn "
       "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.")

    document.add_heading("Waar we staan", level=2)
    _p(document,
       "De inspectie bezocht ons in het voorjaar van 2022 in het kader van het vierjaarlijks onderzoek "
       "bij ASG; alle onderzochte standaarden waren voldoende. De eindresultaten lagen de afgelopen drie "
       "jaar boven de signaleringswaarden. Op de Doorstroomtoets van 2025 (Route 8) behaalde 97% van de "
       "leerlingen 1F voor lezen, taalverzorging en rekenen samen; 61% behaalde 2F/1S (signaleringswaarde "
       "voor onze schoolweging 50%, landelijk gemiddelde 59%). Voor rekenen blijven we achter bij "
       "lezen: 1S voor rekenen haalde 39% van de leerlingen, tegen 70% 2F voor lezen.")
    _p(document,
       "Bij de kleuters zien we dat de taalachterstand van kinderen die niet bij ons op de peutergroep "
       "hebben gezeten aan het eind van groep 2 vaak nog niet is ingelopen. De eerste opbrengsten van "
       "de gemengde peuter-kleuterochtenden (zie hieronder) laten zien dat een eerdere en intensievere "
       "taalaanpak helpt.")

    document.add_heading("Ons onderwijsprogramma", level=2)
    _p(document,
       "Het onderwijs dekt de kerndoelen en is gericht op het halen van de referentieniveaus 1F en "
       "2F/1S. We werken met de volgende methoden en programma's:")
    _bullets(document, [
        "Peuters en kleuters: Startblokken van Basisontwikkeling, thematisch en spelend, in de VVE-"
        "peutergroepen en groep 1-2; observatie met KIJK! van 0 tot 6 jaar.",
        "Aanvankelijk lezen: Veilig leren lezen (KIM-versie); voortgezet technisch lezen: Estafette; "
        "begrijpend lezen: Nieuwsbegrip in groep 4 tot en met 8, met dagelijks een kwartier vrij lezen.",
        "Taal en spelling: Staal; woordenschat daarnaast met de LOGO 3000-woordenlijst in de "
        "peutergroepen en groep 1-3.",
        "Rekenen: Pluspunt 4, verwerking op Snappet vanaf groep 4.",
        "Wereldoriëntatie, techniek en burgerschap: Blink Wereld geïntegreerd.",
        "Levensbeschouwing: Trefwoord; sociaal-emotioneel leren en veiligheid: KiVa.",
        "Bewegingsonderwijs: twee lessen per week van de vakleerkracht; cultuureducatie via het "
        "programma van Kunstlinie Almere Flevoland (CMK).",
    ])
    _p(document,
       "Blink Wereld geven we in thema's van zes weken. Bij de start van elk thema maken de kinderen "
       "een 'wat willen wij weten'-muur; de leerkracht bouwt in ieder geval twee lessen rond vragen van "
       "de kinderen zelf, en het thema eindigt met een presentatie voor ouders. In de bovenbouw kiezen "
       "de kinderen één keer per jaar zelf een onderwerp voor een onderzoeksproject. Zo sluiten de "
       "lessen aan bij wat kinderen in Nobelhorst bezighoudt: de bouw van de wijk, het Waterlandse Bos "
       "om de hoek, de dieren in de Kemphaan.")
    _p(document,
       "Digitale geletterdheid ontbrak tot nu toe als samenhangende leerlijn. In 2025-2026 stellen we "
       "met behulp van de leerlijn van SLO een eigen leerlijn op voor groep 1 tot en met 8, met "
       "programmeren (Bee-Bots in groep 1-4, Scratch en micro:bit in groep 5-8), mediawijsheid en "
       "informatievaardigheden. Vanaf 2026-2027 werken alle groepen ermee, minimaal een uur per week.")

    _p(document,
       "Ook de buitenschoolse opvang hoort bij het aanbod. Na schooltijd kiezen kinderen vanaf groep 3 "
       "uit clubs van zes weken: sport met de buurtsportcoach, koken, natuur in het Waterlandse Bos en "
       "een techniekclub. Eén keer per thema sluit de BSO aan bij het thema van Blink in de groepen, "
       "zodat kinderen na school verder kunnen met wat ze 's ochtends zijn begonnen. In 2026-2027 "
       "breiden we dat uit met een leesclub in samenwerking met de leesconsulent van de bibliotheek.")

    document.add_heading("Burgerschap", level=2)
    _p(document,
       "Burgerschap is bij ons geen apart vak, maar we hebben wel vastgelegd wat kinderen aan het eind "
       "van groep 8 moeten weten en kunnen. De kinderraad (twee kinderen per groep 5 tot en met 8, "
       "gekozen na een echte verkiezingscampagne) vergadert zes keer per jaar met de directeur en heeft "
       "een eigen budget van 750 euro per jaar. Groep 7 bezoekt het stadhuis en speelt daar een "
       "raadsvergadering na. Met de Vastenactie leren kinderen nadenken over armoede en oneerlijkheid "
       "in de wereld. In 2025-2026 brengen we met de burgerschapsdoelen van SLO in kaart welke doelen we "
       "via Blink, Trefwoord en KiVa al dekken en waar gaten zitten; die vullen we in 2026-2027 in.")

    document.add_heading("Veiligheid en schoolklimaat", level=2)
    _p(document,
       "Sinds 2020 werken we schoolbreed met KiVa. Elke groep heeft KiVa-lessen, er is een KiVa-team "
       "(twee leerkrachten en de IB'er bovenbouw) dat pestsituaties aanpakt volgens de KiVa-aanpak, en "
       "kinderen vanaf groep 5 vullen jaarlijks in november de KiVa-monitor in. In 2024 gaf 94% van de "
       "kinderen aan zich veilig te voelen op school; 6% gaf aan in de afgelopen maanden gepest te zijn. "
       "De anti-pestcoördinator is de IB'er bovenbouw. In de opvang werken de pedagogisch medewerkers "
       "met dezelfde afspraken en dezelfde taal, zodat een kind tussen klas en BSO niet van regime "
       "wisselt. Het veiligheidsplan en het veiligheids- en gezondheidsbeleid van de opvang zijn in "
       "2024 samengevoegd tot één kindcentrumplan; de meldcode huiselijk geweld en kindermishandeling "
       "geldt voor iedereen in het gebouw.")

    document.add_heading("Ondersteuning", level=2)
    _p(document,
       "Met KIJK! (0-6 jaar) en Leerling in beeld van Cito (groep 3-8) volgen we de ontwikkeling van "
       "alle kinderen. De leerkrachten bespreken hun groep drie keer per jaar met de IB'er in een "
       "groepsbespreking; bij de overgang van peutergroep naar groep 1 is er voor elk kind een warme "
       "overdracht tussen pedagogisch medewerker, leerkracht en ouders. Het schoolondersteuningsprofiel "
       "(SOP) is in februari 2025 herschreven. Daarin staat wat wij zelf kunnen bieden: extra "
       "taalondersteuning voor nieuwkomers (vier uur per week door een NT2-onderwijsassistent), "
       "begeleiding volgens het Protocol Leesproblemen en Dyslexie, een plusgroep met Levelwerk voor "
       "kinderen die meer aankunnen, en kortdurende ondersteuning bij gedrag door onze eigen "
       "gedragsspecialist. Ook staat erin waar onze grenzen liggen: structurele één-op-éénbegeleiding "
       "gedurende de hele dag, medische handelingen en ernstige agressie kunnen we niet bieden. We zijn "
       "aangesloten bij het samenwerkingsverband Passend Onderwijs Almere.")
    _p(document,
       "De ondersteuning is in drie niveaus georganiseerd. In de groep zorgt de leerkracht voor "
       "instructie op drie niveaus, vastgelegd in het groepsoverzicht. Als dat niet genoeg is, volgt "
       "extra ondersteuning binnen de school: een korte interventie van zes tot acht weken door de "
       "onderwijsassistent of de leerkracht zelf, met een evaluatie in de volgende groepsbespreking. "
       "Blijft een kind achter, dan bespreekt de IB'er het in het ondersteuningsoverleg, vier keer per "
       "jaar, met de ouders erbij. Bij kinderen uit de opvang die extra zorg nodig hebben, sluit de "
       "pedagogisch coach aan. Voor kinderen die meer nodig hebben dan wij in de groep kunnen bieden, "
       "stellen we samen met de ouders een ontwikkelingsperspectief op.")
    _p(document,
       "Gezien worden gaat voor ons over elk kind afzonderlijk. Vanaf groep 3 heeft iedere leerling "
       "twee keer per jaar een kindgesprek van tien minuten met de eigen leerkracht, los van de "
       "toetsen: hoe gaat het, wat gaat goed, waar ben je trots op? In de opvang heeft elk kind een "
       "vaste mentor die ouders ook als eerste aanspreekpunt kennen. En bij de overdracht naar groep 1 "
       "schrijft de pedagogisch medewerker een korte brief aan de nieuwe juf of meester: 'Dit moet je "
       "weten over mij.'")

    document.add_heading("Spelen en leren van 2 tot 6 jaar", level=2)
    _p(document,
       "Sinds januari 2024 draaien we een proef met gemengde peuter-kleuterochtenden: op dinsdag- en "
       "donderdagochtend spelen en leren de peuters van de VVE-groep en de kinderen van twee groepen 1-2 "
       "samen in de speelleeromgeving, begeleid door twee leerkrachten, twee pedagogisch medewerkers en "
       "de specialist jonge kind. Er is één thema, één planning en één observatiesysteem. In de komende "
       "periode breiden we de gemengde ochtenden uit naar alle vier de kleutergroepen en naar vier "
       "ochtenden per week; in 2027 werken we met een volledige 2-6 unit.")
    _p(document,
       "Vooruitstrevend zijn betekent voor ons ook dat we durven te stoppen met wat niet werkt. De "
       "aparte 'schoolrijpheidstoets' aan het eind van groep 2 is in 2024 afgeschaft; de overgang naar "
       "groep 3 baseren we op de KIJK!-observaties en een gesprek met ouders.")

    document.add_heading("Kwaliteitszorg", level=2)
    _p(document,
       "Onze kwaliteitszorg volgt een vaste jaarcyclus. In januari en juni analyseren de IB'ers en de "
       "coördinatoren de toetsresultaten per groep en per leerjaar; de leerkrachten bespreken die "
       "analyse in de bouw en passen hun groepsoverzicht aan. Elk jaar in juni evalueren we het jaarplan "
       "met het team en schrijven we het jaarverslag, dat in september met de MR besproken wordt. Eens "
       "per twee jaar houden we een tevredenheidspeiling onder ouders, kinderen (groep 6-8) en "
       "medewerkers met de vragenlijsten van WMK-PO. Met WMK-PO voeren we bovendien jaarlijks twee "
       "kwaliteitskaarten uit als zelfevaluatie; in deze planperiode zijn dat in elk geval "
       "'Didactisch handelen' (2025-2026), 'Rekenen' (2026-2027), 'Burgerschap' (2027-2028) en "
       "'Samenwerking onderwijs-opvang' (2028-2029). De directeur en de IB'ers doen samen jaarlijks in "
       "elke groep twee klassenbezoeken met de kijkwijzer EDI.")
    _p(document,
       "Ambitieus zijn betekent bij ons dat we bij elk kind uitgaan van wat het kan bereiken, niet van "
       "wat het thuis wel of niet meekrijgt. Concreet: we willen dat in 2029 minimaal 65% van onze "
       "leerlingen 2F/1S haalt, en 50% voor rekenen. Bij het schooladvies in groep 8 kiezen we bij "
       "twijfel het hogere advies, en de leerkrachten van groep 6 en 7 stellen met elk kind zelf een "
       "leerdoel voor rekenen op dat zij aan het eind van elk blok samen bespreken.")
    _p(document,
       "Leren doen wij ook als team. Sinds 2023 werken de leerkrachten in vier leerteams van vijf tot "
       "zes collega's. Elk leerteam komt eens per zes weken een middag bij elkaar, bereidt samen een "
       "les voor, ziet die les bij één van de collega's en bespreekt na wat kinderen ervan geleerd "
       "hebben. In deze periode staan de leerteams in het teken van expliciete directe instructie "
       "(EDI) en daarna van rekenen.")

    document.add_heading("Wat, hoe en wanneer: venster 1", level=2)
    _tabel(document, [
        ("In 2029 haalt minimaal 65% van de leerlingen 2F/1S (2025: 61%) en voor rekenen minimaal 50% "
         "(2025: 39%).",
         "EDI in alle groepen (training en klassenbezoeken); leerteams richten zich in 2026-2027 en "
         "2027-2028 op rekenen; rekencoördinator analyseert na elk blok van Pluspunt; eigen leerdoel "
         "rekenen met elk kind in groep 6-7.",
         "Tussenmeting Doorstroomtoets 2027; eindmeting 2029"),
        ("Alle leerkrachten geven de instructie volgens EDI; bij klassenbezoeken scoort 90% van de "
         "lessen voldoende op de kijkwijzer.",
         "Teamtraining EDI door het CED (vier bijeenkomsten), twee klassenbezoeken per groep per jaar, "
         "leerteams.",
         "Training 2025-2026; meting juni 2027"),
        ("Een volledige 2-6 unit: peuters en kleuters spelen en leren vier ochtenden per week samen.",
         "Uitbreiding van twee naar vier kleutergroepen; gezamenlijke themaplanning met Startblokken; "
         "één KIJK!-registratie voor peuters en kleuters; verbouwing van de speelzaal tot "
         "speelleerplein (budget in meerjarenbegroting).",
         "Stapsgewijs 2025-2027; volledig augustus 2027"),
        ("Kinderen die bij ons op de peutergroep zaten, hebben eind groep 2 geen woordenschatachterstand "
         "meer (doel: 85% scoort op of boven niveau).",
         "LOGO 3000 in peutergroep en groep 1-3; VVE-thuisactiviteiten; extra woordenschatkring voor "
         "VVE-kinderen.",
         "Jaarlijkse meting in juni; doel 2028"),
        ("Een leerlijn digitale geletterdheid voor groep 1-8 die door alle groepen wordt gebruikt.",
         "Werkgroep van drie leerkrachten stelt de leerlijn op met SLO-doelen; aanschaf Bee-Bots en "
         "micro:bits; ICT-coördinator ondersteunt in de klas.",
         "Leerlijn klaar juni 2026; in gebruik vanaf 2026-2027"),
        ("De burgerschapsdoelen zijn in kaart gebracht en de gaten zijn gevuld.",
         "Kwaliteitskaart WMK-PO; overzicht per groep welke doelen via Blink, Trefwoord en KiVa aan bod "
         "komen; aanvullende lessen.",
         "Analyse 2025-2026; aanvullingen 2026-2027"),
        ("Minimaal 95% van de kinderen voelt zich veilig op school; hooguit 4% geeft aan gepest te "
         "worden.",
         "KiVa-lessen in elke groep; KiVa-team; dezelfde afspraken in de BSO; jaarlijkse KiVa-monitor.",
         "Jaarlijks in november; doel 2027"),
        ("Het SOP is jaarlijks actueel en voor ouders begrijpelijk.",
         "IB'ers toetsen het SOP elk voorjaar aan de praktijk; een publieksversie van twee pagina's "
         "staat op de website.",
         "Jaarlijks in maart; publieksversie 2025-2026"),
    ])

    # ------------------------------------------------------------------ venster 2
    document.add_heading("Venster 2: Personeel in positie", level=1)
    _p(document,
       "Goed onderwijs en goede opvang staan of vallen met de mensen die het doen. Ons kindcentrum heeft "
       "vitale medewerkers.")
    document.add_heading("Waar we staan", level=2)
    _p(document,
       "Het team is de afgelopen jaren flink gegroeid, met veel jonge collega's: twaalf van de 24 "
       "leerkrachten werken korter dan vijf jaar in het onderwijs. Twee collega's staan als zij-"
       "instromer voor de groep en hebben nog geen bevoegdheid. Een groep vaste, ervaren collega's draagt "
       "veel; zij geven aan dat de begeleiding van nieuwe collega's en stagiairs naast hun groep zwaar "
       "is. In de opvang is het verloop onder pedagogisch medewerkers hoger dan we willen.")
    document.add_heading("Ontwikkeling en begeleiding", level=2)
    _p(document,
       "Iedere medewerker heeft een jaarlijkse gesprekscyclus: een startgesprek in september waarin "
       "een persoonlijk ontwikkelplan wordt gemaakt, minimaal één klassenbezoek of groepsobservatie met "
       "nabespreking, en een ontwikkelgesprek in het voorjaar. Eens in de drie jaar is er een "
       "beoordelingsgesprek. Alle verslagen komen in het digitale personeelsdossier. Voor de "
       "pedagogisch medewerkers voert de locatiemanager de gesprekken volgens de cyclus van De "
       "Zilverberk; vanaf 2026 gebruiken we voor onderwijs en opvang dezelfde kijkwijzer voor "
       "interactievaardigheden.")
    _p(document,
       "Scholing is deels voor het hele team en deels individueel. Het hele onderwijsteam volgt in "
       "2025-2026 de EDI-training. De IB'er onderbouw volgt de leergang Intern Begeleider van de ASG "
       "Academie, de specialist jonge kind de ASG-module 'Spelend leren'. Pedagogisch medewerkers die "
       "op de peutergroepen werken, halen allemaal het VVE-certificaat Startblokken en het "
       "taalniveau 3F. Leerkrachten die op de 2-6 unit gaan werken, volgen met hen dezelfde "
       "Startblokken-training, zodat onderwijs en opvang één taal spreken.")
    _p(document,
       "De twee zij-instromers volgen de deeltijdpabo (zij-instroomtraject) van Windesheim Flevoland. "
       "Zij hebben een opleidingsplan met afspraken over begeleiding: een schoolopleider (onze "
       "adjunct-directeur) die eens per twee weken met hen de lespraktijk bespreekt, een vaste mentor in "
       "dezelfde bouw, vier lesbezoeken per jaar en een vrije dag per maand voor studie. Wij "
       "bekostigen het collegegeld voor zover de subsidie zij-instroom dat niet dekt.")
    document.add_heading("Werkplezier en werkdruk", level=2)
    _p(document,
       "Wat collega's nodig hebben, verschilt per levensfase. Startende leerkrachten krijgen de eerste "
       "twee jaar een coach en 10% minder lesgebonden tijd. Collega's met jonge kinderen kunnen bij de "
       "jaartaakverdeling kiezen voor taken die niet na 17.00 uur vallen. Collega's van 57 jaar en "
       "ouder bespreken in het startgesprek hoe zij hun uren duurzame inzetbaarheid willen gebruiken. "
       "De werkdrukmiddelen besteden we, na stemming in het team, aan twee onderwijsassistenten en aan "
       "vier administratievrije studiedagen per jaar. In de tevredenheidspeiling van 2024 gaf 68% van "
       "de leerkrachten aan de werkdruk als 'goed te doen' te ervaren; we willen naar 80%.")
    document.add_heading("Samen leren", level=2)
    _p(document,
       "Naast de vier leerteams binnen de school nemen collega's deel aan netwerken binnen ASG: de IB'ers "
       "aan de professionele leergemeenschap van IB'ers PO, de rekencoördinator aan het ASG-netwerk "
       "rekenen, de specialist jonge kind aan het netwerk Jonge Kind. Wat daar gedeeld wordt, komt "
       "terug in het kindcentrumoverleg en de bouwvergaderingen.")

    document.add_heading("Wat, hoe en wanneer: venster 2", level=2)
    _tabel(document, [
        ("Beide zij-instromers halen hun bevoegdheid.",
         "Opleidingsplan met schoolopleider, mentor, vier lesbezoeken per jaar en een vrije studiedag "
         "per maand; voortgang in elk gesprek met de directeur.",
         "Uiterlijk juli 2027"),
        ("De gesprekscyclus is voor 100% van de medewerkers van onderwijs en opvang rond en "
         "vastgelegd.",
         "Planning van alle gesprekken in het jaarrooster; directie en locatiemanager bewaken; "
         "verslagen in het digitale personeelsdossier; één kijkwijzer interactievaardigheden.",
         "Vanaf 2025-2026, jaarlijks gecontroleerd in juni"),
        ("Alle leerkrachten werken volgens EDI; alle pm'ers op de peutergroepen hebben het VVE-"
         "certificaat en taalniveau 3F.",
         "Teamtraining EDI (CED); Startblokken-training voor pm'ers en leerkrachten van de 2-6 unit; "
         "individuele scholing via de ASG Academie vastgelegd in het ontwikkelplan.",
         "EDI 2025-2026; certificaten uiterlijk 2026-2027"),
        ("80% van de leerkrachten ervaart de werkdruk als goed te doen (2024: 68%).",
         "Minder lesgebonden tijd voor starters; keuze in taken per levensfase; "
         "werkdrukmiddelen voor onderwijsassistenten en administratievrije dagen.",
         "Peiling 2026 en 2028"),
        ("Iedere leerkracht neemt deel aan een leerteam; coördinatoren en IB'ers nemen deel aan het "
         "passende ASG-netwerk.",
         "Vier leerteams, eens per zes weken; afspraken over deelname in de jaartaak.",
         "Doorlopend; evaluatie juni 2026 en juni 2028"),
    ])

    # ------------------------------------------------------------------ venster 3
    document.add_heading("Venster 3: De meerwaarde van ASG", level=1)
    _p(document,
       "Als kindcentrum in een nieuwe wijk hebben we veel gehad aan collega-scholen binnen ASG die al "
       "langer een kindcentrum zijn. Die uitwisseling willen we vasthouden en ook zelf iets teruggeven.")
    _p(document,
       "Het hele team gaat elk jaar naar de ASG-brede studiedag in oktober; nieuwe collega's gaan in hun "
       "eerste jaar naar ASG Start. Met twee andere ASG-kindcentra met een peutergroep in huis hebben "
       "we in 2024 een werkgroep jonge kind opgezet, waarin leerkrachten en pedagogisch medewerkers van "
       "de drie locaties vier keer per jaar bij elkaar op bezoek gaan en elkaars speelleeromgeving "
       "bekijken. Onze rekencoördinator en IB'ers nemen deel aan de bovenschoolse netwerken (zie "
       "venster 2).")
    _p(document,
       "Wat wij geleerd hebben met de gemengde peuter-kleuterochtenden willen we breder beschikbaar "
       "maken. Het leerteam onderbouw presenteert de aanpak en de resultaten in 2027 op de ASG "
       "onderwijsconferentie en stelt een korte handreiking op voor andere ASG-kindcentra die met een "
       "2-6 unit willen beginnen.")
    document.add_heading("Wat, hoe en wanneer: venster 3", level=2)
    _tabel(document, [
        ("Het hele team neemt jaarlijks deel aan de ASG-brede studiedag; alle nieuwe collega's bezoeken "
         "ASG Start.",
         "Opnemen in het jaarrooster en de inwerkmap.",
         "Jaarlijks"),
        ("De werkgroep jonge kind met twee andere ASG-kindcentra komt vier keer per jaar bij elkaar op "
         "locatie.",
         "Roulerend gastheerschap; twee leerkrachten en twee pm'ers per locatie; verslag in het "
         "kindcentrumoverleg.",
         "Vanaf 2025-2026"),
        ("Onze ervaring met de 2-6 unit is gedeeld met andere ASG-scholen.",
         "Presentatie op de ASG onderwijsconferentie; handreiking van circa tien pagina's.",
         "Conferentie 2027; handreiking juni 2028"),
    ])

    # ------------------------------------------------------------------ venster 4
    document.add_heading("Venster 4: Partnerschap", level=1)
    _p(document,
       "Ons kindcentrum werkt proactief samen met een breed scala aan partners. Het belangrijkste "
       "partnerschap is dat met de ouders.")
    document.add_heading("Ouders", level=2)
    _p(document,
       "Ouders zijn de eerste opvoeders en kennen hun kind het best. Elk schooljaar begint met een "
       "startgesprek in de derde schoolweek, waarin ouders vertellen wat de leerkracht over hun kind "
       "moet weten. Vanaf groep 5 is het kind zelf bij de voortgangsgesprekken in november en maart "
       "(kind-ouder-leerkrachtgesprek). In de peutergroepen en groep 1-2 krijgen ouders bij elk thema "
       "van Startblokken een themabrief met drie activiteiten voor thuis, in het Nederlands en, waar "
       "nodig, in een vertaalde versie. Eens per thema is er een kijkochtend in de klas. Voor ouders van "
       "VVE-kinderen is er daarnaast zes keer per jaar een ouderbijeenkomst samen met de pedagogisch "
       "medewerker.")
    _p(document,
       "Ouders die het Nederlands nog niet goed beheersen, bereikten we in de vorige periode te weinig. "
       "Bij startgesprekken en voortgangsgesprekken zetten we daarom vanaf 2025-2026 standaard een "
       "tolk in (telefonisch of via een ouder die als taalmaatje is aangemeld), en berichten in Social "
       "Schools zijn in de eigen taal te lezen. Samen met De Schoor start in 2026 een taalcafé voor "
       "ouders in de ouderkamer, één ochtend per week, waar ouders Nederlands oefenen aan de hand van "
       "de thema's waar hun kinderen in de klas mee bezig zijn. We willen dat in 2027 minimaal 90% van "
       "deze ouders bij de voortgangsgesprekken aanwezig is; in 2024 was dat ongeveer 60%.")
    _p(document,
       "Open zijn naar ouders betekent dat zij niet hoeven te zoeken naar informatie. Alle berichten "
       "van school en opvang komen via één app, Social Schools; de directie stuurt om de twee weken een "
       "nieuwsbrief met wat er speelt, ook als het over lastige dingen gaat zoals het lerarentekort of "
       "een groep zonder vaste leerkracht. Eens per maand houdt de directeur op vrijdagochtend een open "
       "spreekuur voor vragen van ouders. De toetsresultaten van de school en de "
       "uitkomst van de tevredenheidspeilingen zetten we elk jaar in een leesbare samenvatting op de "
       "website. In de peiling van 2024 gaf 74% van de ouders aan goed geïnformeerd te worden; we willen "
       "naar 85%.")
    document.add_heading("Medezeggenschap", level=2)
    _p(document,
       "De MR van de school (drie ouders, drie personeelsleden) en de oudercommissie van de opvang "
       "werken nu nog grotendeels los van elkaar. Vanaf 2026 vergaderen zij vier keer per jaar als "
       "kindcentrumraad samen over onderwerpen die onderwijs en opvang allebei raken, zoals de 2-6 unit, "
       "de dagindeling en het veiligheidsbeleid. De directie legt voorgenomen besluiten in een vroeg "
       "stadium aan de MR voor, met een notitie die de keuzes en de afwegingen laat zien, zodat de MR "
       "kan meedenken voordat er een besluit ligt. De MR krijgt in september het conceptjaarplan en in "
       "juni het jaarverslag.")
    document.add_heading("Partners in de wijk en de stad", level=2)
    _p(document,
       "In de wijk werken we samen met de parochiekern Sint Paulus (vieringen, Eerste Communie, "
       "Vastenactie), met de bibliotheek (De Nieuwe Bibliotheek, bibliotheek op school met een "
       "leesconsulent die eens per twee weken in de school is), met de buurtsportcoach van Nobelhorst, "
       "die de naschoolse sportactiviteiten samen met de BSO organiseert, en met het wijkteam van De "
       "Schoor, waarvan de schoolmaatschappelijk werker elke dinsdagochtend spreekuur houdt in de "
       "ouderkamer. De jeugdverpleegkundige van GGD Flevoland ziet alle kinderen in groep 2 en groep 7 "
       "en sluit twee keer per jaar aan bij het ondersteuningsoverleg.")
    _p(document,
       "Het lerarentekort raakt ook ons. Samen met ASG en Windesheim Flevoland zijn wij opleidingsschool "
       "in het Almeerse opleidingspartnerschap. We begeleiden jaarlijks zes pabostudenten en twee LIO-"
       "studenten, en doen mee aan het gemeentelijke programma 'Leraar in Almere', waarin zij-instromers "
       "uit de stad een oriënterende stage lopen. Twee van onze huidige leerkrachten zijn via die route "
       "bij ons gekomen.")
    document.add_heading("Wat, hoe en wanneer: venster 4", level=2)
    _tabel(document, [
        ("85% van de ouders geeft aan goed geïnformeerd te worden (2024: 74%).",
         "Eén app voor school en opvang; tweewekelijkse nieuwsbrief; maandelijks open "
         "spreekuur van de directeur; jaarlijkse samenvatting van resultaten op de website.",
         "Peiling 2026 en 2028"),
        ("Alle kinderen vanaf groep 5 zijn bij hun eigen voortgangsgesprek; alle ouders van peuters en "
         "kleuters krijgen per thema activiteiten voor thuis.",
         "Kind-ouder-leerkrachtgesprekken in november en maart; themabrieven van Startblokken, vertaald "
         "waar nodig; kijkochtenden.",
         "Vanaf 2025-2026"),
        ("MR en oudercommissie vergaderen vier keer per jaar samen als kindcentrumraad.",
         "Gezamenlijk reglement en jaaragenda opstellen; directie en locatiemanager leggen "
         "kindcentrumbrede voornemens vroeg voor.",
         "Pilot 2026-2027; vast vanaf 2027-2028"),
        ("De bibliotheek op school en het spreekuur van het wijkteam zijn vaste voorzieningen in het "
         "gebouw.",
         "Samenwerkingsafspraken met De Nieuwe Bibliotheek en De Schoor jaarlijks evalueren.",
         "Evaluatie elk jaar in mei"),
        ("Jaarlijks begeleiden we zes pabostudenten en twee LIO'ers; minimaal één van hen komt na "
         "afstuderen bij ons of een andere ASG-school werken.",
         "Opleidingsschool met Windesheim Flevoland; schoolopleider; deelname aan 'Leraar in Almere'.",
         "Jaarlijks"),
    ])

    # ------------------------------------------------------------------ slot
    document.add_heading("Geld, gebouw en keuzes", level=1)
    _p(document,
       "De begroting van de school is gezond; de reserve ligt binnen de norm die ASG hanteert. De "
       "laatste NPO-middelen lopen in 2025 af. De onderwijsassistent voor NT2 en de extra "
       "woordenschatkring voor VVE-kinderen betalen we vanaf 2025-2026 uit de reguliere middelen en de "
       "middelen voor onderwijsachterstanden. De verbouwing van de speelzaal tot speelleerplein voor de "
       "2-6 unit (geraamd op 45.000 euro) staat in de meerjarenbegroting voor 2026, samen met De "
       "Zilverberk, die een derde van de kosten draagt. Door de groei hebben we sinds 2023 twee "
       "tijdelijke lokalen op het plein; met de gemeente is afgesproken dat de uitbreiding van het "
       "gebouw in 2027 klaar is.")
    _p(document,
       "Een plan maken betekent ook kiezen wat we niet doen. Ouders hebben gevraagd om Engels vanaf "
       "groep 1 en om een continurooster met een vijfgelijkedagenmodel. Beide onderwerpen hebben we "
       "besproken, maar we pakken ze deze periode niet op: de energie van het team gaat naar rekenen, "
       "de 2-6 unit en de samenwerking met ouders. In 2028 kijken we opnieuw of er ruimte is.")

    document.add_heading("Van plan naar jaarplan", level=1)
    _p(document,
       "De tabellen per venster zijn de basis voor de jaarplannen. Elk jaarplan bevat de doelen voor "
       "dat schooljaar, met een eigenaar per doel en de momenten waarop we de voortgang bespreken. "
       "Halverwege de planperiode, in juni 2027, maken we een tussenbalans met het team, de "
       "kindcentrumraad en het bestuur, en stellen we het plan zo nodig bij. In het jaarverslag doen we "
       "verslag van wat bereikt is.")
    _p(document, "Zo verdelen we de grote onderwerpen over de vier jaren:")
    _bullets(document, [
        "2025-2026: EDI-training; leerlijn digitale geletterdheid opstellen; burgerschapsanalyse; "
        "gemengde ochtenden in drie kleutergroepen.",
        "2026-2027: leerteams op rekenen; leerlijn digitale geletterdheid in gebruik; pilot "
        "kindcentrumraad; tussenmeting resultaten.",
        "2027-2028: volledige 2-6 unit; presentatie en handreiking voor ASG; evaluatie van de "
        "ondersteuningsstructuur.",
        "2028-2029: borgen en evalueren; voorbereiding van het volgende schoolplan.",
    ])

    document.add_heading("Vaststelling", level=1)
    _p(document,
       "De medezeggenschapsraad heeft op 10 juni 2025 ingestemd met dit schoolplan. De oudercommissie "
       "van Kinderopvang De Zilverberk heeft op 12 juni 2025 positief geadviseerd over de onderdelen die "
       "de opvang betreffen. Het plan is op 26 juni 2025 vastgesteld door het College van Bestuur van de "
       "Almeerse Scholen Groep.")
    _p(document, "Namens het kindcentrum: Ingrid Zwanenburg, kindcentrumdirecteur")
    _p(document, "Namens de medezeggenschapsraad: Joost Hamelink, voorzitter")
    _p(document, "Namens het College van Bestuur: ______________________")

    _opslaan(document, path, (2025, 6, 19, 14, 20, 0))


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_186_kindcentrum_sint_radboud.docx")
