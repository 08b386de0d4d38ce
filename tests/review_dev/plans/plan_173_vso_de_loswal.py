# -*- coding: utf-8 -*-
"""Schoolplan 2019-2023 van VSO De Loswal (Almere), opgesteld in Word.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (standaard staand)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2019, 7, 4, 10, 30, 0)


# ---------------------------------------------------------------- hulpjes
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
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(section):
    voet = section.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = voet.add_run("Schoolplan VSO De Loswal 2019-2023  |  pagina ")
    run.font.size = Pt(8)
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
    run.font.size = Pt(8)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(document, kop, rijen, breedtes=None):
    tabel = document.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
        run.font.size = Pt(9)
        schaduw = OxmlElement("w:shd")
        schaduw.set(qn("w:val"), "clear")
        schaduw.set(qn("w:color"), "auto")
        schaduw.set(qn("w:fill"), "D9E2F3")
        cel._tc.get_or_add_tcPr().append(schaduw)
    _kopregel_herhalen(tabel.rows[0])
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(tekst)
            run.font.size = Pt(9)
    if breedtes:
        for rij in tabel.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    document.add_paragraph()
    return tabel


def _blokken(document, blokken):
    for blok in blokken:
        soort = blok[0]
        if soort == "h1":
            document.add_heading(blok[1], level=1)
        elif soort == "h2":
            document.add_heading(blok[1], level=2)
        elif soort == "h3":
            document.add_heading(blok[1], level=3)
        elif soort == "p":
            document.add_paragraph(blok[1])
        elif soort == "b":
            for item in blok[1]:
                document.add_paragraph(item, style="List Bullet")
        elif soort == "t":
            _tabel(document, blok[1], blok[2], blok[3] if len(blok) > 3 else None)
        elif soort == "doelen":
            p = document.add_paragraph()
            r = p.add_run(blok[1])
            r.bold = True
            _tabel(document, ["Nr.", "Doel", "Meetbaar / merkbaar resultaat", "Wanneer", "Eigenaar"],
                   blok[2], [1.2, 5.0, 5.6, 2.2, 2.4])
        elif soort == "pb":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- inhoud
VOORWOORD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van VSO De Loswal voor de schooljaren 2019-2020 tot en met 2022-2023. "
          "Het is ons derde schoolplan sinds de school in 2008 uit de fusie van twee kleinere vso-afdelingen "
          "ontstond, en het eerste dat we schrijven onder Koers 22 van de Almeerse Scholen Groep. We hebben er "
          "bewust voor gekozen het plan op te bouwen langs de vier kernwaarden en de vier vensters van die koers. "
          "Niet omdat het bestuur dat vraagt, maar omdat het ons dwong om eerlijk te kijken naar wat we de "
          "afgelopen vier jaar hebben bereikt en waar we zijn blijven steken."),
    ("p", "Elk hoofdstuk begint daarom met een terugblik op ons schoolplan 2015-2019. Daarna beschrijven we wat "
          "we nu zien, wat we gaan doen en sluiten we af met een tabel met doelen, zodat team, ouders, MR en "
          "bestuur ons kunnen houden aan wat we beloven. Ons jaarplan haalt elk jaar de doelen uit deze tabellen."),
    ("p", "Aan dit plan hebben veel mensen meegewerkt: het team tijdens twee studiedagen, de leerlingenraad, "
          "ouders op de ouderavond van 12 maart 2019, onze stagebedrijven en de medezeggenschapsraad. Dank "
          "daarvoor. We hebben er zin in.")
    ,
    ("p", "Marieke Oudejans, directeur\nRachid El Ouali, adjunct-directeur"),
]

INLEIDING = [
    ("h1", "1. Inleiding en leeswijzer"),
    ("h2", "1.1 Waarom dit schoolplan"),
    ("p", "Een schoolplan is een wettelijke verplichting (WEC artikel 21). Voor ons is het vooral een werkdocument: "
          "het legt vast welke koers we de komende vier jaar varen en wat ouders, leerlingen en partners van ons "
          "mogen verwachten. Het plan geldt van 1 augustus 2019 tot en met 31 juli 2023."),
    ("h2", "1.2 Hoe het plan tot stand kwam"),
    ("b", ["14 november 2018: studiedag met het hele team over de terugblik op het schoolplan 2015-2019.",
           "januari 2019: gesprekken met de leerlingenraad (met pictogrammen en stellingen op kaartjes) en met "
           "zes stagebedrijven.",
           "6 februari 2019: tweede studiedag; per kernwaarde en per venster zijn in werkgroepen de doelen "
           "opgesteld en met stickers geprioriteerd.",
           "12 maart 2019: ouderavond over het concept; 41 ouders aanwezig.",
           "april-mei 2019: uitwerking door het managementteam, bespreking in de MR op 15 mei en 12 juni 2019."]),
    ("h2", "1.3 Leeswijzer"),
    ("p", "Hoofdstuk 2 beschrijft onze school en onze leerlingen. De hoofdstukken 3 tot en met 6 gaan over de vier "
          "kernwaarden van ASG (gezien worden, open, vooruitstrevend en ambitieus). De hoofdstukken 7 tot en met "
          "10 volgen de vier vensters. De wettelijke onderdelen hebben we ondergebracht waar ze thuishoren: "
          "veiligheid in hoofdstuk 3, het onderwijsprogramma, burgerschap, ondersteuning en kwaliteitszorg in "
          "hoofdstuk 7 en het personeelsbeleid in hoofdstuk 8. Hoofdstuk 11 bevat de meerjarenplanning en de "
          "vaststelling. Elk hoofdstuk eindigt met een doelentabel."),
]

PROFIEL = [
    ("h1", "2. De Loswal in beeld"),
    ("h2", "2.1 Gegevens"),
    ("t", ["Onderdeel", "Gegevens"], [
        ["Naam", "VSO De Loswal"],
        ["Soort onderwijs", "Voortgezet speciaal onderwijs, cluster 3 (zeer moeilijk lerende leerlingen, "
                            "leerlingen met een verstandelijke beperking, soms in combinatie met autisme, "
                            "epilepsie of een lichamelijke beperking)"],
        ["Uitstroomprofielen", "Arbeidsmarktgericht en dagbesteding"],
        ["Denominatie", "Protestants-christelijk"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Adres", "Ambachtsweg 14, Almere Stad-Oost (naast bedrijventerrein De Vaart)"],
        ["Directie", "Marieke Oudejans (directeur), Rachid El Ouali (adjunct-directeur)"],
        ["Leerlingen", "132 (teldatum 1 oktober 2018), leeftijd 12 tot 20 jaar, 14 groepen"],
        ["Medewerkers", "51 personen, 38,6 fte"],
        ["Samenwerkingsverband", "Passend Onderwijs Almere"],
    ], [4.5, 11.5]),
    ("h2", "2.2 Onze leerlingen"),
    ("p", "Onze leerlingen hebben een IQ tussen ongeveer 35 en 70. Ruim de helft heeft daarnaast een diagnose in "
          "het autismespectrum. Bijna 60 procent volgt het profiel arbeidsmarktgericht, ruim 40 procent het profiel "
          "dagbesteding. De meeste leerlingen komen van een so-school in Almere of Lelystad; een kleine groep "
          "stroomt in vanuit het praktijkonderwijs of het speciaal basisonderwijs. Leerlingen blijven gemiddeld "
          "zes jaar bij ons."),
    ("h2", "2.3 Uitstroom 2015-2018"),
    ("t", ["Schooljaar", "Uitstroom", "Betaald werk (incl. beschut)", "Dagbesteding", "Entree (mbo)",
           "Nog op plek na 1 jaar"], [
        ["2015-2016", "19", "6", "11", "2", "16 van 19"],
        ["2016-2017", "22", "8", "12", "2", "19 van 22"],
        ["2017-2018", "24", "7", "14", "3", "20 van 24"],
    ], [2.4, 2.0, 3.4, 2.4, 2.2, 3.4]),
    ("p", "Van de leerlingen met het profiel arbeidsmarktgericht vond in 2017-2018 41 procent betaald werk of een "
          "plek in beschut werk. Dat is landelijk gemiddeld voor cluster 3, maar niet goed genoeg voor ons. Bij "
          "dagbesteding ligt het probleem anders: de plekken zijn er, maar de overgang verloopt vaak te laat en te "
          "koud."),
    ("h2", "2.4 Ontwikkelingen om ons heen"),
    ("b", ["Almere groeit, en het aantal aanmeldingen voor het vso groeit mee: van 118 leerlingen in 2015 naar 132 "
           "nu. Het gebouw zit vol; in 2020 krijgen we er twee lokalen bij in het voormalige bedrijfspand naast de "
           "school.",
           "Sinds de Participatiewet (2015) is de weg naar beschut werk via de gemeente gelopen. Die weg kost tijd "
           "en vraagt dat wij eerder beginnen met de aanvraag.",
           "Meer leerlingen dan vroeger hebben naast hun verstandelijke beperking ernstige gedragsproblemen. Dat "
           "vraagt veel van het team.",
           "Ouders zijn mondiger en willen meer meepraten over het perspectief van hun kind."]),
]

GEZIEN = [
    ("h1", "3. Gezien worden"),
    ("h2", "3.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "In het vorige plan beloofden we dat elke leerling een vaste mentor krijgt die hem of haar minstens vier "
          "jaar volgt. Dat is gelukt: sinds 2016 werken we met een mentor per leerling en een tweede mentor in de "
          "bovenbouw. Ook de cyclus van het ontwikkelingsperspectiefplan (OPP) staat. Wat niet lukte, is de "
          "ontvangst van bezoekers. De balie werd bemand door wie er toevallig was; stagebedrijven en nieuwe ouders "
          "gaven aan dat ze soms lang in de hal stonden te wachten."),
    ("h2", "3.2 Wat we nu zien"),
    ("p", "In de leerlingpeiling van mei 2018 (aangepaste vragenlijst, voorgelezen en met pictogrammen) gaf 86 "
          "procent van de leerlingen aan zich veilig te voelen op school, en 79 procent zei dat de mentor 'weet wat "
          "ik goed kan'. Ouders waarderen het contact met de mentor met een 8,1. Medewerkers zijn positief over de "
          "sfeer, maar zeggen ook dat collega's met kleine deeltijdbanen soms buiten de boot vallen."),
    ("h2", "3.3 Wat we gaan doen"),
    ("h3", "Een gastvrije school"),
    ("p", "Vanaf januari 2020 is de receptie een echte leerwerkplek. Elke dag staan twee leerlingen met het profiel "
          "arbeidsmarktgericht aan de balie, onder begeleiding van een jobcoach. Zij begroeten bezoekers, bieden "
          "koffie aan uit onze eigen Lunchroom Stoom en melden hen aan bij de juiste medewerker. De welkomstwand "
          "in de hal laat met foto's zien wie er die dag in school is. Nieuwe ouders krijgen bij de intake een "
          "rondleiding door een leerling. Nieuwe medewerkers krijgen een introductieprogramma van drie dagen en "
          "een maatje uit het team voor het eerste halfjaar."),
    ("h3", "Elke leerling telt"),
    ("p", "Iedere groep begint de dag met een check-in: leerlingen laten met een emotiekaart of een gebaar zien hoe "
          "ze binnenkomen. De mentor voert elke week een kort één-op-ééngesprek van tien minuten met iedere "
          "leerling in het profiel arbeid; bij leerlingen in het profiel dagbesteding doet de mentor een vaste "
          "observatie. Op vrijdagmiddag is het Loswal-moment, waarop groepen laten zien wat ze die week hebben "
          "geleerd of gemaakt. Collega's met een kleine aanstelling plannen we vanaf 2019-2020 bewust in op de "
          "teammomenten die ertoe doen, zodat ook zij gezien worden."),
    ("h3", "Zicht op wat leerlingen en medewerkers nodig hebben"),
    ("p", "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers. Concreet betekent dat: "
          "het OPP van iedere leerling wordt drie keer per jaar besproken met ouders en, vanaf 14 jaar, met de "
          "leerling zelf. Leerlingen vanaf 14 jaar presenteren in dat gesprek zelf een deel van hun voortgang met "
          "een 'ik-presentatie' op de iPad. De gedragswetenschapper bespreekt elke groep vier keer per jaar met de "
          "mentor. Voor medewerkers houden we elk voorjaar een korte behoeftepeiling over werkplek, rooster en "
          "scholing; de uitkomsten komen terug in de formatie van het volgende jaar."),
    ("h3", "Veiligheid en schoolklimaat"),
    ("p", "Ons veiligheidsplan is in 2018 herzien. Daarin staan onder meer het protocol fysiek ingrijpen, de meldcode "
          "huiselijk geweld en kindermishandeling, het pestprotocol en de afspraken over medicatie en epilepsie. "
          "Elk incident wordt binnen 24 uur geregistreerd in ParnasSys en maandelijks besproken in het "
          "managementteam. De anti-pestcoördinator is ook aanspreekpunt voor leerlingen en ouders. De sociale "
          "veiligheid meten we jaarlijks in mei met de aangepaste leerlingvragenlijst; de uitkomsten gaan naar de "
          "inspectie en naar de MR. Twaalf medewerkers zijn bedrijfshulpverlener; in 2020 volgen alle "
          "groepsleerkrachten de training in het veilig hanteren van agressie (niveau 2)."),
    ("doelen", "Doelentabel hoofdstuk 3: Gezien worden", [
        ["GW1", "De receptie is een leerwerkplek die dagelijks door leerlingen wordt bemand.",
         "Balie 5 dagen per week bezet; in bezoekersenquête 2021 minimaal 8 op 'welkom gevoeld'.",
         "jan 2020", "adjunct-directeur"],
        ["GW2", "Elke leerling arbeid heeft wekelijks een één-op-ééngesprek met de mentor.",
         "Steekproef logboek mentoren: 90% van de gesprekken gevoerd.", "2019-2020", "bouwcoördinatoren"],
        ["GW3", "Leerlingen vanaf 14 jaar presenteren zelf in het OPP-gesprek.",
         "Van 30% (2018) naar 80% van de leerlingen vanaf 14 jaar.", "juli 2021", "gedragswetenschapper"],
        ["GW4", "Sociale veiligheid blijft hoog.",
         "Minimaal 88% van de leerlingen voelt zich veilig (2018: 86%).", "jaarlijks mei", "directeur"],
        ["GW5", "Alle groepsleerkrachten getraind in veilig hanteren van agressie.",
         "Certificaat niveau 2 voor 100% van de groepsleerkrachten.", "dec 2020", "adjunct-directeur"],
    ]),
]

OPEN = [
    ("h1", "4. Open"),
    ("h2", "4.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "Ons doel was om de communicatie met ouders te digitaliseren. In 2017 hebben we een ouderportaal "
          "ingevoerd, maar dat wordt door ongeveer 40 procent van de ouders gebruikt. Veel ouders vinden het "
          "onoverzichtelijk, en een deel van de ouders leest moeilijk. De papieren weekbrief is daardoor blijven "
          "bestaan naast het portaal. Dat kost tijd en geeft dubbele berichten."),
    ("h2", "4.2 Onze identiteit"),
    ("p", "De Loswal is een protestants-christelijke school. Elke dag begint met een korte opening met een verhaal, "
          "een lied of een gebed. Kerst en Pasen vieren we met de hele school en met ouders. Met een open blik "
          "kijken wij naar de verscheidenheid van onze leerlingen en medewerkers."),
    ("h2", "4.3 Respectvol met elkaar"),
    ("p", "In 2017 zijn we begonnen met herstelgericht werken. Na een conflict volgt geen straf als eerste stap, "
          "maar een herstelgesprek met de betrokkenen, met visuele ondersteuning. De vijf Loswal-afspraken hangen "
          "in elk lokaal in woord en pictogram. In de Lunchroom en de Werkplaats oefenen leerlingen hoe je een "
          "klant of collega beleefd te woord staat; stagebedrijven beoordelen die houding in het stageverslag. "
          "Voor medewerkers geldt de afspraak: we praten over leerlingen en ouders zoals we met hen praten. In "
          "2020-2021 volgt het hele team een vervolgtraining herstelgericht werken."),
    ("h2", "4.4 Duidelijke communicatie"),
    ("p", "Vanaf 1 augustus 2019 gebruiken we één kanaal: de app Social Schools. Het ouderportaal en de papieren "
          "weekbrief verdwijnen. Alle berichten schrijven we op taalniveau B1, met pictogrammen waar dat helpt. "
          "Ouders van leerlingen in het profiel dagbesteding krijgen dagelijks een digitaal heen-en-weerbericht "
          "met een foto. De schoolgids krijgt een korte versie: 'De Loswal in tien plaatjes'. Bij OPP-gesprekken "
          "en bij de intake zetten we een tolk in als ouders het Nederlands onvoldoende beheersen. De "
          "klachtenregeling staat vindbaar op de website en in de app."),
    ("doelen", "Doelentabel hoofdstuk 4: Open", [
        ["OP1", "Eén communicatiekanaal voor alle ouders.",
         "95% van de ouders gekoppeld aan Social Schools; papieren weekbrief afgeschaft.", "dec 2019",
         "adjunct-directeur"],
        ["OP2", "Berichten zijn begrijpelijk voor alle ouders.",
         "Oudervragenlijst 2020 en 2022: minimaal 85% vindt informatie duidelijk (2018: 68%).", "2020 en 2022",
         "directeur"],
        ["OP3", "Herstelgericht werken is schoolbreed verankerd.",
         "Aantal schorsingen van 11 (2017-2018) naar maximaal 5 per jaar; hele team vervolgtraining.",
         "juli 2021", "gedragswetenschapper"],
    ]),
]

VOORUIT = [
    ("h1", "5. Vooruitstrevend"),
    ("h2", "5.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "In de vorige planperiode openden we Lunchroom Stoom (2016) en de fietsenwerkplaats (2017). Beide zijn "
          "een succes: leerlingen leren er echte taken, met echte klanten. De proef met iPads in alle groepen "
          "(2016-2017) is maar half geslaagd: de apparaten werden vooral gebruikt voor spelletjes en het "
          "beheer kostte veel tijd. We hebben daarvan geleerd dat vernieuwing bij ons moet beginnen bij de vraag "
          "wat een leerling later in werk of dagbesteding nodig heeft."),
    ("h2", "5.2 Wat we gaan doen"),
    ("h3", "De Loswal-Werkplaats"),
    ("p", "Vanaf schooljaar 2020-2021 bundelen we de Lunchroom, de fietsenwerkplaats en de schoonmaakploeg in één "
          "gesimuleerd bedrijf: de Loswal-Werkplaats. Het bedrijf heeft vier afdelingen: horeca, facilitair, "
          "logistiek/magazijn en groen. Leerlingen in het profiel arbeid werken vanaf 15 jaar twee dagdelen per "
          "week in de Werkplaats, met een prikklok, een rooster, een 'teamleider' (een leraar) en een "
          "functioneringsgesprek per periode. Pas als een leerling in de Werkplaats de basiswerknemersvaardigheden "
          "laat zien, gaat hij of zij op externe stage. Leerlingen in het profiel dagbesteding werken in het "
          "Atelier aan arbeidsmatige opdrachten voor echte opdrachtgevers, zoals het vouwen en verzenden van "
          "mailings voor een kringloopwinkel."),
    ("h3", "Oefenen met virtual reality"),
    ("p", "In 2021-2022 schaffen we zes VR-brillen aan voor de veiligheidsinstructies in het magazijn (tillen, "
          "stellingen, pallets). Leerlingen van de afdeling logistiek oefenen daarmee in de Werkplaats situaties "
          "die op een echte werkvloer te gevaarlijk zijn om te oefenen, voordat ze op externe stage gaan."),
    ("p", "Ook de drie horizonten van de innovatiestrategie van ASG zijn voor ons een inspiratiebron."),
    ("doelen", "Doelentabel hoofdstuk 5: Vooruitstrevend", [
        ["VS1", "De Loswal-Werkplaats draait met vier afdelingen.",
         "Alle leerlingen arbeid vanaf 15 jaar werken 2 dagdelen per week in de Werkplaats.", "okt 2020",
         "coördinator arbeidstoeleiding"],
        ["VS2", "Atelier werkt voor minimaal drie externe opdrachtgevers.",
         "Drie vaste opdrachtgevers met schriftelijke afspraak.", "juli 2021", "bouwcoördinator dagbesteding"],
        ["VS3", "VR-veiligheidsinstructie onderdeel van de afdeling logistiek.",
         "Alle leerlingen logistiek volgen de VR-instructie voor hun externe stage.", "juni 2022",
         "ICT-coördinator"],
    ]),
]

AMBITIEUS = [
    ("h1", "6. Ambitieus"),
    ("h2", "6.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "Het vorige plan had geen meetbare doelen voor de uitstroom; we schreven 'zo veel mogelijk leerlingen "
          "naar werk'. Achteraf gezien was dat te vrijblijvend. Ook zagen we dat het uitstroomprofiel van een "
          "leerling bij de intake werd vastgesteld en daarna zelden nog veranderde, terwijl sommige leerlingen "
          "zich in de bovenbouw sterk ontwikkelen."),
    ("h2", "6.2 De lat hoger voor onze leerlingen"),
    ("p", "We stellen bij de intake een voorlopig uitstroomprofiel vast en herijken dat bij iedere leerling op 16 "
          "jaar, in een gesprek met ouders, leerling, mentor en gedragswetenschapper. Daarbij is de vraag niet "
          "'wat lukt nu niet', maar 'wat zou met de juiste begeleiding wel kunnen'. Leraren bieden in elke les "
          "minstens één taak aan op het naastgelegen, hogere niveau van de leerlijn."),
    ("p", "We spreken de volgende uitstroomdoelen af:"),
    ("b", ["het aandeel leerlingen met het profiel arbeid dat uitstroomt naar betaald werk of beschut werk stijgt "
           "van 41 procent (2017-2018) naar 55 procent in 2022-2023;",
           "iedere leerling met het profiel arbeid verlaat de school met minimaal één branchecertificaat van de "
           "Stichting Praktijkleren (2017-2018: 58 procent);",
           "iedere leerling met het profiel dagbesteding heeft minstens zes maanden voor het verlaten van de school "
           "een proefplaatsing gehad op de toekomstige dagbestedingslocatie;",
           "minimaal 85 procent van de oud-leerlingen zit na één jaar nog op dezelfde plek (2017-2018: 83 procent)."]),
    ("h2", "6.3 Zelf willen leren"),
    ("p", "Ook van onszelf verwachten we groei. In 2018 zijn zes collega's op eigen initiatief begonnen aan de "
          "master Educational Needs. Vanaf 2019-2020 formuleert ieder teamlid jaarlijks één eigen leervraag in het "
          "persoonlijk ontwikkelingsplan. Daarvoor is per fte een individueel scholingsbudget van 600 euro "
          "beschikbaar, dat de medewerker zelf besteedt. We geven altijd het beste van onszelf."),
    ("doelen", "Doelentabel hoofdstuk 6: Ambitieus", [
        ["AM1", "Uitstroom naar (beschut) werk stijgt.",
         "Van 41% naar 55% van de leerlingen met profiel arbeid.", "juli 2023", "coördinator arbeidstoeleiding"],
        ["AM2", "Elke leerling arbeid behaalt een branchecertificaat.",
         "Van 58% naar 90% (2021) en 100% (2023).", "juli 2023", "bouwcoördinator bovenbouw"],
        ["AM3", "Warme overdracht naar dagbesteding.",
         "100% van de leerlingen dagbesteding: proefplaatsing minimaal 6 maanden voor uitstroom.", "vanaf 2020",
         "bouwcoördinator dagbesteding"],
        ["AM4", "Herijking uitstroomprofiel op 16 jaar.",
         "Voor alle leerlingen van 16 jaar vastgelegd in het OPP.", "vanaf 2019-2020", "gedragswetenschapper"],
        ["AM5", "Iedere medewerker werkt aan een eigen leervraag.",
         "100% van de POP's bevat een leervraag; besproken in het functioneringsgesprek.", "jaarlijks",
         "directeur"],
    ]),
]

VENSTER1 = [
    ("h1", "7. Venster 1: Goed en toegankelijk onderwijs"),
    ("h2", "7.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "Bij het vierjaarlijks onderzoek in november 2017 gaf de inspectie ons het basisarrangement. Alle "
          "standaarden waren voldoende; het zicht op ontwikkeling en de samenwerking met stagebedrijven werden als "
          "sterk benoemd. Een verbeterpunt was de afstemming van de instructie op verschillen binnen de groep. Uit "
          "het vorige plan is de invoering van de CED-leerlijnen ZML volledig gerealiseerd (2017). Niet gerealiseerd "
          "is een doorlopende leerlijn digitale vaardigheden."),
    ("h2", "7.2 Ons onderwijsprogramma"),
    ("p", "Het onderwijs is ingericht volgens de kerndoelen voor het vso en de eisen die de wet stelt aan de "
          "uitstroomprofielen arbeidsmarktgericht en dagbesteding. Leerlingen krijgen minimaal 1.000 uur onderwijs "
          "per jaar. We werken met de CED-leerlijnen ZML als basis voor de doelen in het OPP."),
    ("h3", "Onderbouw (12 tot 15 jaar)"),
    ("p", "In de onderbouw krijgen leerlingen een brede basis: Nederlands en communicatie (methode Leespraat en "
          "eigen materiaal voor functioneel lezen), rekenen (Rekenboog, met nadruk op klokkijken, geld en meten), "
          "mens en maatschappij, sociaal-emotionele vorming (Leefstijl), lichamelijke opvoeding, muziek en "
          "beeldende vorming en praktijkvakken als koken, techniek en verzorging. In het derde jaar kiezen "
          "leerlingen met de mentor een voorlopig profiel."),
    ("h3", "Bovenbouw profiel arbeidsmarktgericht (15 tot 20 jaar)"),
    ("p", "De bovenbouw kent een vaste route: interne stage in de Loswal-Werkplaats (vanaf 15 jaar), groepsstage "
          "bij een bedrijf onder begeleiding van een jobcoach (16-17 jaar) en een individuele stage van twee tot "
          "vier dagen per week (17-20 jaar). Leerlingen werken aan branchecertificaten in horeca, schoonmaak, "
          "logistiek, groen en fietstechniek. Daarnaast blijven taal, rekenen en digitale vaardigheden op het "
          "rooster, toegespitst op werk: een rooster lezen, een tijdregistratie invullen, een loonstrook begrijpen."),
    ("h3", "Bovenbouw profiel dagbesteding (15 tot 20 jaar)"),
    ("p", "Leerlingen in dit profiel werken toe naar arbeidsmatige of taakgerichte dagbesteding. Het accent ligt "
          "op zelfredzaamheid (zelfverzorging, eten, verplaatsen), communicatie (met ondersteuning van pictogrammen "
          "en gebaren) en werkhouding in het Atelier. Vanaf 17 jaar lopen leerlingen stage op een "
          "dagbestedingslocatie."),
    ("h3", "Aansluiten bij de leefwereld van leerlingen"),
    ("p", "Lessen vertrekken vanuit echte situaties die leerlingen kennen of gaan tegenkomen: boodschappen doen in "
          "de buurtsupermarkt, met de bus naar stage, een afspraak maken met de huisarts, omgaan met een telefoon "
          "en sociale media. Elke periode kiest de leerlingenraad één thema voor de projectweek, bijvoorbeeld "
          "'mijn eerste kamer' of 'vrije tijd in Almere'. De OV-training geven we samen met de busmaatschappij; "
          "het doel is dat 70 procent van de leerlingen arbeid in 2022 zelfstandig naar stage reist (2018: 52 "
          "procent)."),
    ("h3", "Een curriculum dat meegaat met de tijd"),
    ("p", "Werk en dagbesteding veranderen: kassa's worden zelfscankassa's, roosters staan in een app, "
          "sollicitaties gaan via een website. In 2019-2020 stellen we een leerlijn digitale vaardigheden op van "
          "12 tot 20 jaar, met de online omgeving Basicly in de onderbouw en werkgerichte opdrachten in de "
          "bovenbouw (roosterapp, werkmail, veilig online). In 2021-2022 toetsen we ons hele programma aan de "
          "vraag van stagebedrijven en dagbestedingsaanbieders: een werkgroep met twee werkgevers en een "
          "dagbestedingsaanbieder beoordeelt per profiel welke doelen we moeten toevoegen of schrappen."),
    ("h2", "7.3 Burgerschap"),
    ("p", "Burgerschap is voor onze leerlingen heel concreet: meedoen in de wijk, je stem laten horen, weten wat "
          "je rechten en plichten zijn. Onze leerlijn 'Meedoen' heeft vier onderdelen:"),
    ("b", ["democratie: elk jaar in oktober kiezen de groepen hun vertegenwoordiger in de leerlingenraad, met "
           "stembiljetten met foto's; voor de gemeenteraadsverkiezingen van maart 2022 oefenen de oudste "
           "leerlingen met een stemwijzer in eenvoudige taal en bezoeken zij het stadhuis;",
           "participatie: iedere bovenbouwleerling doet 20 uur vrijwilligerswerk in de buurt, bijvoorbeeld in "
           "het buurthuis of bij de voedselbank;",
           "identiteit en verschillen: wie ben ik, wat kan ik, waar heb ik hulp bij nodig;",
           "zelfstandig leven: geld, wonen, veilig internetten en weten waar je hulp vraagt."]),
    ("p", "De leerlijn is in 2020 volledig uitgewerkt en per doel gekoppeld aan het OPP."),
    ("h2", "7.4 Ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel (SOP) is in maart 2019 geactualiseerd en staat op de website. De "
          "basisondersteuning van De Loswal omvat onder meer: kleine groepen (gemiddeld 10 leerlingen) met een "
          "leraar en een onderwijsassistent, een gestructureerde en visueel ondersteunde omgeving, een "
          "gedragswetenschapper (1,0 fte), een logopedist (0,6 fte) en een jobcoach per 25 bovenbouwleerlingen. "
          "De Commissie van Begeleiding komt zes keer per jaar bijeen en stelt elk OPP vast. Extra ondersteuning "
          "bieden we via zorg-in-onderwijsarrangementen met jeugdhulpaanbieders (onder meer een dagdeel "
          "individuele begeleiding op school)."),
    ("p", "Het SOP beschrijft ook eerlijk wat we niet kunnen: leerlingen die permanent één-op-éénbegeleiding "
          "nodig hebben vanwege ernstige agressie, en leerlingen die voortdurende verpleegkundige zorg nodig "
          "hebben, kunnen we niet passend bedienen. Voor hen zoeken we met het samenwerkingsverband een betere plek."),
    ("h2", "7.5 Deel van een dekkend netwerk"),
    ("p", "We werken binnen het samenwerkingsverband Passend Onderwijs Almere. Een plaatsing bij ons vraagt een "
          "toelaatbaarheidsverklaring; we nemen deel aan het maandelijkse plaatsingsoverleg vso. Onze afspraak: "
          "geen aangemelde leerling zit langer dan vier weken thuis zonder onderwijsaanbod. Als we een leerling "
          "niet kunnen plaatsen, bieden we binnen die vier weken een tijdelijk programma van minimaal tien uur per "
          "week aan, totdat er een andere plek is."),
    ("h2", "7.6 Kwaliteitszorg"),
    ("p", "We werken cyclisch volgens plan-do-check-act. Dit schoolplan is de basis; elk jaar in juli stellen we "
          "een jaarplan vast en elk jaar in oktober verschijnt het jaarverslag. Per kwartaal rapporteert de "
          "directeur de voortgang aan het bestuur in de ASG-kwartaalrapportage. We gebruiken de volgende "
          "instrumenten:"),
    ("b", ["kwaliteitskaarten (WMK-VO) op een vierjarig rooster, waarbij elk jaar vier domeinen aan bod komen;",
           "lesobservaties: elke leraar wordt twee keer per jaar bezocht door een lid van het managementteam met "
           "de ASG-kijkwijzer, aangevuld met een eigen onderdeel 'instructie op drie niveaus';",
           "de uitstroom- en bestendigingsmonitor: de jobcoach belt elke oud-leerling één en twee jaar na "
           "uitstroom;",
           "tevredenheidspeilingen onder ouders, leerlingen en medewerkers in 2020 en 2022;",
           "een interne audit door collega-directeuren van ASG in het voorjaar van 2021."]),
    ("p", "De resultaten bespreken we in het team op de evaluatiedag in juni en in de MR. Verbeterpunten gaan "
          "direct het jaarplan in."),
    ("doelen", "Doelentabel hoofdstuk 7: Goed en toegankelijk onderwijs", [
        ["V1.1", "Basisarrangement behouden; instructie beter afgestemd op verschillen.",
         "Bij lesobservaties 80% voldoende op 'instructie op drie niveaus' (2018: 55%).", "juli 2021",
         "adjunct-directeur"],
        ["V1.2", "Leerlijn digitale vaardigheden 12-20 jaar ingevoerd.",
         "Leerlijn vastgesteld; Basicly in alle onderbouwgroepen.", "juli 2020", "ICT-coördinator"],
        ["V1.3", "Programma getoetst aan vraag werkgevers en dagbesteding.",
         "Advies werkgroep verwerkt in het onderwijsprogramma.", "juli 2022", "directeur"],
        ["V1.4", "Meer leerlingen reizen zelfstandig naar stage.",
         "Van 52% naar 70% van de leerlingen arbeid.", "juli 2022", "coördinator arbeidstoeleiding"],
        ["V1.5", "Leerlijn burgerschap 'Meedoen' uitgewerkt.",
         "Alle doelen gekoppeld aan OPP; 20 uur vrijwilligerswerk per bovenbouwleerling.", "juli 2020",
         "bouwcoördinator bovenbouw"],
        ["V1.6", "Niemand zit thuis.",
         "Geen aangemelde leerling langer dan 4 weken zonder aanbod.", "doorlopend", "directeur"],
        ["V1.7", "SOP actueel.", "Jaarlijks herzien en vastgesteld in de CvB.", "elk voorjaar",
         "gedragswetenschapper"],
        ["V1.8", "Kwaliteitszorg zichtbaar.", "Jaarplan, jaarverslag en 4 kwaliteitskaarten per jaar; audit 2021.",
         "jaarlijks", "directeur"],
    ]),
]

VENSTER2 = [
    ("h1", "8. Venster 2: Personeel in positie"),
    ("h2", "8.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "Het vorige plan had als doel dat alle leraren in 2019 bevoegd zouden zijn. Dat is niet gehaald: drie "
          "collega's staan nog voor de groep zonder volledige bevoegdheid. De werkdruk is in de vorige periode "
          "toegenomen, onder meer door de zwaardere leerlingpopulatie. Het ziekteverzuim lag in 2018 op 7,4 "
          "procent. Positief: het team is stabiel, het verloop was laag (gemiddeld twee vertrekkers per jaar)."),
    ("h2", "8.2 Ons team"),
    ("p", "Het team bestaat uit 19 leraren, 14 onderwijsassistenten, 5 jobcoaches en stagebegeleiders, een "
          "gedragswetenschapper, een logopedist, een ICT-coördinator, drie bouwcoördinatoren en ondersteunend "
          "personeel (administratie, conciërge, facilitair). Wij willen dat medewerkers zich betrokken voelen bij "
          "en trots zijn op De Loswal en ASG."),
    ("h2", "8.3 Bekwaam en bevoegd"),
    ("p", "Van iedere leraar verwachten we dat hij of zij de basis van het lesgeven op orde heeft en daarnaast "
          "bekwaam is in de aanpak van onze doelgroep: gestructureerd en visueel werken (TEACCH-principes), "
          "expliciete directe instructie bij taal en rekenen en het omgaan met gedrag. Alle nieuwe leraren volgen in "
          "hun eerste jaar de interne cursus 'Werken op De Loswal' (vijf middagen). Elke medewerker houdt een "
          "bekwaamheidsdossier bij."),
    ("p", "De drie onbevoegde leraren hebben ieder een opleidingsplan: twee volgen de deeltijd-pabo bij Windesheim "
          "Flevoland en één de tweedegraads lerarenopleiding. Zij krijgen een halve dag per week studieverlof, een "
          "vaste begeleider uit het team en vergoeding van het collegegeld. Zij zijn uiterlijk in juli 2022 "
          "bevoegd. Nieuwe leraren zonder bevoegdheid nemen we alleen aan met een opleidingsplan."),
    ("h2", "8.4 Professionele ontwikkeling"),
    ("p", "Scholing kiezen we bij de doelen van dit plan. In 2019-2021 gaat het om herstelgericht werken, "
          "instructie op drie niveaus en de leerlijn digitale vaardigheden. Het managementteam volgt het "
          "programma voor leidinggevenden van de ASG Academie; twee bouwcoördinatoren beginnen in 2020 aan de "
          "opleiding middenmanagement. Onderwijsassistenten volgen jaarlijks ten minste één cursus van de ASG "
          "Academie of een externe aanbieder. Alle scholing wordt vastgelegd in het bekwaamheidsdossier."),
    ("p", "Onze jobcoaches nemen deel aan het regionale netwerk arbeidstoeleiding voor vso en praktijkonderwijs, "
          "dat vier keer per jaar bijeenkomt. De gedragswetenschapper neemt deel aan het ASG-netwerk van "
          "orthopedagogen en psychologen. Wat deze collega's daar leren, delen zij in het eerstvolgende teamoverleg."),
    ("h2", "8.5 Gesprekscyclus"),
    ("p", "Iedere medewerker heeft jaarlijks een startgesprek (september) en een functionerings- of "
          "ontwikkelingsgesprek (maart) met de leidinggevende; eens in de drie jaar volgt een beoordelingsgesprek. "
          "Vanaf 2019-2020 leggen we de gesprekken digitaal vast in het personeelsdossier van ASG. Het doel is dat "
          "in juli 2020 100 procent van de medewerkers de volledige cyclus heeft doorlopen (2018: ongeveer 70 "
          "procent)."),
    ("h2", "8.6 Werkdruk, welbevinden en verzuim"),
    ("p", "De werkdrukmiddelen zetten we in op advies van het team: twee extra onderwijsassistenten, zodat elke "
          "groep met een zware zorgvraag standaard dubbel bezet is. Elke medewerker heeft in het "
          "ontwikkelingsgesprek aandacht voor de eigen levensfase: jonge ouders kunnen vaste vrije dagen "
          "aanvragen, oudere collega's (vanaf 57 jaar) worden vrijgesteld van pleindiensten en kunnen de "
          "duurzame-inzetbaarheidsuren gespreid opnemen. Het ziekteverzuim willen we terugbrengen van 7,4 procent "
          "naar maximaal 5,5 procent in 2022. Bij frequent verzuim volgt binnen twee weken een gesprek met de "
          "leidinggevende; bij langdurig verzuim werken we nauw samen met de bedrijfsarts. In 2020 bieden we het "
          "team een vitaliteitsprogramma aan (beweging, ontspanning en voeding) met de bedrijfsfysiotherapeut."),
    ("doelen", "Doelentabel hoofdstuk 8: Personeel in positie", [
        ["V2.1", "Alle leraren bevoegd.", "Drie leraren in opleiding; alle drie bevoegd.", "juli 2022",
         "directeur"],
        ["V2.2", "Gesprekscyclus volledig doorlopen.", "100% van de medewerkers (2018: 70%).", "juli 2020",
         "directeur"],
        ["V2.3", "Ziekteverzuim omlaag.", "Van 7,4% naar maximaal 5,5%.", "dec 2022", "directeur"],
        ["V2.4", "Werkdruk beheersbaar.", "Medewerkerspeiling 2020 en 2022: werkdruk 'acceptabel' bij 70% "
         "(2018: 54%).", "2020 en 2022", "adjunct-directeur"],
        ["V2.5", "Scholing volgt de doelen van het schoolplan.",
         "Elke medewerker minimaal 1 scholingsactiviteit per jaar, vastgelegd in dossier.", "jaarlijks",
         "bouwcoördinatoren"],
    ]),
]

VENSTER3 = [
    ("h1", "9. Venster 3: De meerwaarde van ASG"),
    ("h2", "9.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "Het vorige plan zei over samenwerking binnen ASG weinig. In de praktijk hadden we vooral contact met "
          "het servicebureau over personeel en huisvesting. In 2017 zijn onze jobcoaches begonnen met een overleg "
          "met de stagecoördinatoren van twee ASG-praktijkscholen. Dat beviel goed."),
    ("h2", "9.2 Wat we gaan doen"),
    ("p", "Collega's van De Loswal bezoeken de bijeenkomsten 'Een avondje uit met ASG'."),
    ("h3", "Samen werkgevers vinden"),
    ("p", "Het overleg van stagecoördinatoren breiden we uit tot een vast ASG-netwerk arbeidstoeleiding met de "
          "praktijkscholen en het vmbo-basisberoeps. Het netwerk komt vier keer per jaar bij elkaar. In 2020 "
          "leggen we een gezamenlijk werkgeversbestand aan, zodat een bedrijf dat een stagiair zoekt niet door "
          "drie scholen apart wordt gebeld en zodat we elkaars contacten kunnen benutten."),
    ("h3", "Passende routes tussen scholen"),
    ("p", "Sommige leerlingen ontwikkelen zich zo goed dat het praktijkonderwijs beter past. Met de ASG-"
          "praktijkscholen maken we in 2019-2020 schriftelijke afspraken over een proefplaatsing van zes weken, "
          "met behoud van de plek op De Loswal. Omgekeerd kan een leerling van het praktijkonderwijs bij ons een "
          "proefperiode doen. Met de so-scholen van ASG houden we elk voorjaar een warme overdracht voor de "
          "leerlingen die in augustus instromen."),
    ("doelen", "Doelentabel hoofdstuk 9: De meerwaarde van ASG", [
        ["V3.1", "ASG-netwerk arbeidstoeleiding actief.", "4 bijeenkomsten per jaar; gezamenlijk werkgeversbestand.",
         "dec 2020", "coördinator arbeidstoeleiding"],
        ["V3.2", "Afspraken overstap vso-praktijkonderwijs.", "Convenant met de ASG-praktijkscholen getekend.",
         "juli 2020", "directeur"],
        ["V3.3", "Warme overdracht vanuit so.", "Overdrachtsgesprek voor 100% van de nieuwe leerlingen uit het so.",
         "jaarlijks mei", "gedragswetenschapper"],
    ]),
]

VENSTER4 = [
    ("h1", "10. Venster 4: Partnerschap"),
    ("h2", "10.1 Terugblik op het schoolplan 2015-2019"),
    ("p", "In het vorige plan wilden we het aantal stagebedrijven vergroten. Dat is gelukt: van 24 in 2015 naar 38 "
          "in 2018. Het doel om ouders vaker op school te krijgen is maar deels gehaald; de opkomst bij de OPP-"
          "gesprekken is goed (ongeveer 80 procent), maar bij informatieavonden komt slechts een kleine groep."),
    ("h2", "10.2 Ouders"),
    ("p", "Ouders kennen hun kind het best; zonder hen lukt een goede overgang naar werk of dagbesteding niet. "
          "Daarom:"),
    ("b", ["bij de intake volgt altijd een huisbezoek door de mentor;",
           "ouders zijn bij alle drie de OPP-gesprekken per jaar uitgenodigd en denken mee over de doelen; het "
           "gesprek kan ook op een avond of via beeldbellen;",
           "vanaf het jaar waarin hun kind 16 wordt, nodigen we ouders uit voor de thema-avonden 'Na De Loswal' "
           "over wonen, Wajong en uitkeringen, bewindvoering en dagbesteding, samen met MEE Flevoland;",
           "ouders krijgen in de app wekelijks een foto of filmpje uit de stage of het Atelier."]),
    ("h2", "10.3 Medezeggenschap"),
    ("p", "De MR bestaat uit vier personeelsleden en vier ouders en vergadert zes keer per jaar. De directie legt "
          "voornemens in een vroeg stadium voor, zodat de MR kan meedenken voordat er een voorstel ligt; in "
          "2018-2019 is dat gebeurd bij het stagebeleid en bij de keuze voor Social Schools. Vanaf 2019-2020 houden "
          "MR en managementteam elk najaar een gezamenlijke avond over de voortgang van dit schoolplan. Daarnaast "
          "praten twee leden van de leerlingenraad twee keer per jaar met de MR. De MR heeft op 12 juni 2019 "
          "ingestemd met dit schoolplan."),
    ("h2", "10.4 Partners"),
    ("p", "Voor onze leerlingen is de stap na school de belangrijkste. We werken daarvoor samen met:"),
    ("b", ["het Werkbedrijf van de gemeente Almere en het UWV, voor beschut werk, de Wajong-beoordeling en "
           "loonkostensubsidie;",
           "dagbestedingsaanbieders als Philadelphia, 's Heeren Loo en Zorggroep Almere, met wie we jaarlijks de "
           "verwachte uitstroom en de beschikbare plekken bespreken;",
           "MEE Flevoland, voor cliëntondersteuning van gezinnen;",
           "ROC Flevoland, voor leerlingen die doorstromen naar een Entree-opleiding;",
           "ruim 38 stagebedrijven, van supermarkten en hoveniers tot een distributiecentrum."]),
    ("p", "We willen het aantal actieve stagebedrijven verhogen naar 60 in 2022, met per bedrijf een vaste "
          "contactpersoon van school. Elk jaar in juni houden we een bedankbijeenkomst voor stagebedrijven in de "
          "Lunchroom."),
    ("h2", "10.5 De buurt"),
    ("p", "Bedrijventerrein De Vaart ligt op loopafstand. Twaalf bedrijven binnen twee kilometer bieden een "
          "groepsstage, waardoor jongere leerlingen onder begeleiding kunnen lopen in plaats van met busvervoer. "
          "Met het buurthuis aan de overkant hebben we de afspraak dat onze leerlingen er wekelijks helpen bij de "
          "lunch voor ouderen; buurtbewoners zijn welkom in Lunchroom Stoom (dinsdag tot en met donderdag, "
          "11.30-13.30 uur). De wijkagent komt twee keer per jaar in de bovenbouw over veiligheid op straat."),
    ("doelen", "Doelentabel hoofdstuk 10: Partnerschap", [
        ["V4.1", "Ouders aanwezig bij OPP-gesprekken.", "Minimaal 2 van de 3 gesprekken bijgewoond door 90% van "
         "de ouders (2018: 80%).", "juli 2021", "bouwcoördinatoren"],
        ["V4.2", "Thema-avonden 'Na De Loswal'.", "3 avonden per jaar; 60% van de ouders van 16-plussers "
         "bezoekt er minstens één.", "vanaf 2019-2020", "coördinator arbeidstoeleiding"],
        ["V4.3", "Meer stagebedrijven.", "Van 38 naar 60 actieve stagebedrijven.", "dec 2022",
         "coördinator arbeidstoeleiding"],
        ["V4.4", "Jaarlijkse avond MR-MT over het schoolplan.", "Verslag met eventuele bijstelling van het "
         "jaarplan.", "elk najaar", "directeur"],
        ["V4.5", "Buurtfunctie Lunchroom.", "Gemiddeld 15 externe gasten per openingsdag.", "juli 2021",
         "bouwcoördinator bovenbouw"],
    ]),
]

SLOT = [
    ("h1", "11. Meerjarenplanning en vaststelling"),
    ("h2", "11.1 Meerjarenplanning"),
    ("p", "In onderstaand overzicht staat per schooljaar waar het accent ligt. Het jaarplan werkt dit elk jaar uit."),
    ("t", ["Schooljaar", "Accenten"], [
        ["2019-2020", "Social Schools (OP1); leerlijn digitale vaardigheden (V1.2); leerlijn burgerschap (V1.5); "
                      "gesprekscyclus (V2.2); receptie als leerwerkplek (GW1); convenant praktijkonderwijs (V3.2)."],
        ["2020-2021", "Start Loswal-Werkplaats (VS1); training agressie (GW5); herstelgericht werken vervolg "
                      "(OP3); ASG-netwerk arbeidstoeleiding (V3.1); peilingen 2020; interne audit (voorjaar 2021)."],
        ["2021-2022", "VR-instructie logistiek (VS3); toetsing programma aan werkveld (V1.3); OV-zelfstandigheid (V1.4); "
                      "alle leraren bevoegd (V2.1); verkiezingsproject maart 2022."],
        ["2022-2023", "Uitstroomdoelen (AM1, AM2); peilingen 2022; evaluatie schoolplan en start nieuw plan."],
    ], [3.0, 13.0]),
    ("h2", "11.2 Vaststelling"),
    ("p", "De medezeggenschapsraad van VSO De Loswal heeft op 12 juni 2019 ingestemd met dit schoolplan. Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 2 juli 2019."),
    ("t", ["", "Naam", "Datum", "Handtekening"], [
        ["Namens de MR", "J. Wiersma (voorzitter)", "12 juni 2019", ""],
        ["Directeur", "M. Oudejans", "12 juni 2019", ""],
        ["College van Bestuur ASG", "", "2 juli 2019", ""],
    ], [4.0, 4.5, 3.0, 4.5]),
]


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    normaal = document.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(10.5)
    sectie = document.sections[0]
    sectie.left_margin = Cm(2.3)
    sectie.right_margin = Cm(2.3)
    _paginanummer(sectie)

    eigenschappen = document.core_properties
    eigenschappen.title = "Schoolplan VSO De Loswal 2019-2023"
    eigenschappen.author = "M. Oudejans"
    eigenschappen.subject = "Schoolplan"
    eigenschappen.created = VASTE_DATUM
    eigenschappen.modified = VASTE_DATUM
    eigenschappen.last_modified_by = "R. El Ouali"
    eigenschappen.revision = 7

    # voorblad
    for _ in range(5):
        document.add_paragraph()
    titel = document.add_paragraph(style="Title")
    titel.add_run("Schoolplan 2019-2023")
    ondertitel = document.add_paragraph()
    r = ondertitel.add_run("VSO De Loswal")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    document.add_paragraph("Voortgezet speciaal onderwijs, uitstroomprofielen arbeidsmarktgericht en dagbesteding")
    document.add_paragraph("Almere, juni 2019")
    document.add_paragraph("Een school van de Almeerse Scholen Groep")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    hoofdstukken = [VOORWOORD, INLEIDING, PROFIEL, GEZIEN, OPEN, VOORUIT, AMBITIEUS,
                    VENSTER1, VENSTER2, VENSTER3, VENSTER4, SLOT]
    for i, hoofdstuk in enumerate(hoofdstukken):
        _blokken(document, hoofdstuk)
        if i < len(hoofdstukken) - 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_173_vso_de_loswal.docx")
