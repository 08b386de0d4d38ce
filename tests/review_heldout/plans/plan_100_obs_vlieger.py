"""Schoolplan 2026-2030 van OBS De Vlieger (Muziekwijk, Almere Stad).

Klassieke indeling (missie/visie, onderwijs, zorg en ondersteuning, personeel, kwaliteit, financiën)
met genummerde koppen in de Heading-stijlen. Alleen standaardbibliotheek en python-docx.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2026, 6, 30, 14, 0, 0)


def taal_nl_stijlen(doc) -> None:
    """Nederlands als controletaal van de gangbare stijlen."""
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "List Number"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def tabel(doc, kop, rijen, breedtes=None):
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = table.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in table.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return table


def deterministisch(path, when: datetime.datetime) -> None:
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=stamp)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


H1, H2, P, B, T = "h1", "h2", "p", "b", "t"

INHOUD = [
    (H1, "1 Inleiding"),
    (H2, "1.1 Doel van dit schoolplan"),
    (P, "Dit schoolplan beschrijft het beleid van Openbare Basisschool De Vlieger voor de periode 1 augustus "
        "2026 tot en met 31 juli 2030. Het is het kader voor de jaarplannen in deze vier schooljaren en het "
        "middel waarmee de school verantwoording aflegt aan ouders, het bevoegd gezag en de Inspectie van het "
        "Onderwijs. Het plan voldoet aan artikel 12 van de Wet op het primair onderwijs: het beschrijft het "
        "onderwijskundig beleid, het personeelsbeleid en het beleid voor de bewaking en verbetering van de "
        "kwaliteit van het onderwijs."),
    (H2, "1.2 Totstandkoming"),
    (P, "Het plan is in het schooljaar 2025-2026 opgesteld door de directie, in samenwerking met het team. In "
        "drie teamvergaderingen (oktober 2025 tot en met februari 2026) is het vorige schoolplan geëvalueerd "
        "en zijn de speerpunten gekozen. De uitkomsten van de tevredenheidspeiling onder ouders van 2025 en "
        "een gesprek met de leerlingenraad zijn meegenomen. Het koersplan van de Almeerse Scholen Groep "
        "(ASG) is als kader gebruikt; bij de doelen in paragraaf 6.3 staat aangegeven bij welk onderdeel van "
        "de koers zij aansluiten."),
    (H2, "1.3 Samenhang met andere documenten"),
    (P, "Dit schoolplan verwijst naar andere documenten, die op school ter inzage liggen en op de website "
        "staan: de schoolgids (praktische informatie, vakantierooster en de communicatie met ouders), het "
        "schoolondersteuningsprofiel (SOP), het sociaal veiligheidsplan, het jaarplan en het jaarverslag."),

    (H1, "2 Onze school"),
    (H2, "2.1 Kenmerken"),
    (T, ["Kenmerk", "Gegevens"], [
        ["Naam", "Openbare Basisschool De Vlieger"],
        ["BRIN", "28HP"],
        ["Adres", "Cantatestraat 3, Almere Stad (Muziekwijk)"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Directeur", "Marieke Terpstra"],
        ["Intern begeleider", "Yasmina Bouzid"],
        ["Leerlingen (1 oktober 2025)", "287, verdeeld over 12 groepen (waarvan 3 kleutergroepen)"],
        ["Team", "26 medewerkers (19,6 fte)"],
        ["Schooltijden", "vijf-gelijke-dagenmodel, maandag tot en met vrijdag 8.30-14.00 uur"],
    ], [5, 11]),
    (P, "De Vlieger deelt het gebouw met Kinderopvang Tamtam, die een peuteropvang en buitenschoolse opvang "
        "verzorgt. Het gebouw dateert uit 1991 en is in 2019 gerenoveerd. Er zijn twaalf groepslokalen, een "
        "speellokaal voor de kleuters en een gymzaal aan de overkant van de straat."),
    (H2, "2.2 Leerlingpopulatie en omgeving"),
    (P, "De Muziekwijk is een gemengde wijk met koopwoningen en sociale huur. Onze leerlingen hebben samen "
        "meer dan dertig herkomstlanden; ongeveer 40 procent spreekt thuis (ook) een andere taal dan het "
        "Nederlands. De schoolweging van het CBS is 33,1: de leerlingpopulatie kent meer dan gemiddeld "
        "risico's op onderwijsachterstand. Het leerlingenaantal is stabiel en lag de afgelopen vijf jaar "
        "tussen 280 en 295. Elk jaar stromen gemiddeld vier kinderen in die eerst een jaar in een "
        "nieuwkomersvoorziening hebben gezeten."),
    (H2, "2.3 Missie en visie"),
    (P, "Onze missie: op De Vlieger leert ieder kind hoog te vliegen, op zijn eigen manier en samen met "
        "anderen."),
    (P, "Wij geloven dat kinderen het best leren in een rustige, voorspelbare omgeving met duidelijke "
        "instructie en ruimte voor eigen inbreng. Wij hebben hoge verwachtingen van onze leerlingen en van "
        "elkaar. Onze visie rust op drie pijlers:"),
    (B, "Een stevige basis: taal, lezen en rekenen krijgen ruim tijd en worden expliciet en gestructureerd "
        "onderwezen."),
    (B, "Samen leven: de school is een oefenplaats voor de samenleving, waar kinderen leren samenwerken, "
        "meedenken en conflicten oplossen."),
    (B, "Brede ontwikkeling: naast de basisvakken krijgen cultuur, sport, techniek en wereldoriëntatie een "
        "vaste plek."),
    (H2, "2.4 Het openbare karakter"),
    (P, "De Vlieger is een openbare school. Voor ons is dat meer dan een juridische vorm; het bepaalt hoe wij "
        "ons onderwijs inrichten. Wij geven het openbare karakter als volgt vorm."),
    (P, "Toegankelijk voor ieder kind. Ieder kind is welkom, ongeacht geloof, levensovertuiging, herkomst of "
        "inkomen van de ouders. Bij de aanmelding vragen wij niet naar godsdienst. De ouderbijdrage (45 euro "
        "per jaar) is vrijwillig; geen kind wordt uitgesloten van de schoolreis, het schoolkamp of de "
        "vieringen als ouders niet betalen. Zo nodig vult de school het bedrag aan uit het schoolbudget, en "
        "wij wijzen ouders op Stichting Leergeld."),
    (P, "Levensbeschouwelijke lessen. In groep 5 tot en met 8 kunnen ouders kiezen voor godsdienstig of "
        "humanistisch vormingsonderwijs (GVO/HVO). De lessen van 45 minuten per week worden gegeven door "
        "vakdocenten via het Dienstencentrum GVO en HVO. Op dit moment bieden wij humanistisch, protestants "
        "en islamitisch vormingsonderwijs aan; ongeveer 60 procent van de leerlingen in groep 5 tot en met 8 "
        "neemt deel. Kinderen die geen van deze lessen volgen, werken in die tijd in de eigen groep aan een "
        "burgerschapsopdracht."),
    (P, "Kennis van geestelijke stromingen. In alle groepen komen geestelijke stromingen aan bod in "
        "wereldoriëntatie. In groep 7 bezoeken de kinderen een kerk, een moskee en een hindoetempel in "
        "Almere. In groep 8 bereiden zij in tweetallen een presentatie voor over een levensbeschouwing die "
        "niet de hunne is."),
    (P, "Vieringen. Met de hele school vieren wij Sinterklaas, Kerstmis en het Suikerfeest, en in de groepen "
        "staan wij stil bij andere feesten die bij onze kinderen leven, zoals Divali, Chinees Nieuwjaar en "
        "Keti Koti. Kinderen vertellen zelf wat het feest voor hen betekent. Bij de kerstviering ligt de "
        "nadruk op samenzijn en licht in de donkere tijd, bij het Suikerfeest op delen. Geen kind is verplicht "
        "om mee te doen aan een religieus onderdeel."),

    (H1, "3 Onderwijs"),
    (H2, "3.1 Onderwijsprogramma en onderwijstijd"),
    (P, "Ons onderwijsprogramma is gebaseerd op de kerndoelen primair onderwijs. Voor taal en rekenen werken "
        "wij toe naar de referentieniveaus 1F en 2F/1S. Wij gebruiken de volgende methoden:"),
    (B, "aanvankelijk lezen: Veilig leren lezen (KIM-versie), groep 3;"),
    (B, "technisch lezen: Estafette, groep 4 tot en met 6; begrijpend lezen: Nieuwsbegrip, groep 4 tot en met 8;"),
    (B, "taal en spelling: Staal, groep 4 tot en met 8;"),
    (B, "rekenen: Wereld in getallen 5, groep 3 tot en met 8;"),
    (B, "wereldoriëntatie: Blink Wereld (aardrijkskunde, geschiedenis, natuur en techniek), groep 5 tot en met 8;"),
    (B, "Engels: Stepping Stones Junior, groep 5 tot en met 8;"),
    (B, "sociaal-emotionele ontwikkeling en burgerschap: De Vreedzame School, groep 1 tot en met 8;"),
    (B, "groep 1 en 2: thematisch werken, met KIJK! als observatie-instrument."),
    (P, "Bewegingsonderwijs wordt gegeven door een vakleerkracht: twee lessen per week, samen 90 minuten. "
        "De verdeling van de onderwijstijd is als volgt (uren per week):"),
    (T, ["Vakgebied", "Groep 1-2", "Groep 3-4", "Groep 5-6", "Groep 7-8"], [
        ["Nederlandse taal en lezen", "6,5", "10", "8,5", "8"],
        ["Schrijven", "1", "1,5", "1", "0,5"],
        ["Rekenen en wiskunde", "3", "6", "5,5", "5,5"],
        ["Wereldoriëntatie", "2", "3", "4", "4,5"],
        ["Engels", "-", "-", "1", "1,25"],
        ["Burgerschap (De Vreedzame School)", "1", "1", "1", "1"],
        ["Bewegingsonderwijs", "3", "1,5", "1,5", "1,5"],
        ["Kunstzinnige oriëntatie", "2", "2", "1,75", "2"],
        ["Spel en ontwikkelingsmateriaal", "6,5", "-", "-", "-"],
        ["GVO/HVO of burgerschapsopdracht", "-", "-", "0,75", "0,75"],
        ["Totaal", "25", "25", "25", "25"],
    ], [6, 2.5, 2.5, 2.5, 2.5]),
    (P, "Per schooljaar krijgen de leerlingen ongeveer 960 uur onderwijs; over acht jaar is dat ruim boven "
        "de wettelijke 7.520 uur."),
    (H2, "3.2 Taal, lezen en rekenen"),
    (P, "De leerresultaten van De Vlieger liggen al drie jaar boven de signaleringswaarden die bij onze "
        "schoolweging horen. Gemiddeld over 2023-2025 behaalde 96 procent van de leerlingen in groep 8 ten "
        "minste 1F voor lezen, 94 procent voor taalverzorging en 91 procent voor rekenen. Het hogere niveau "
        "(2F, voor rekenen 1S) werd gehaald door 68 procent voor lezen, 59 procent voor taalverzorging en 37 "
        "procent voor rekenen. Vooral rekenen op het hogere niveau blijft achter bij onze eigen ambitie. In "
        "2030 wil de school voor rekenen ten minste 45 procent 1S halen (driejaarsgemiddelde); de aanpak "
        "bestaat uit meer automatiseringstijd in groep 4 tot en met 6, verkorte instructie met verdiepende "
        "opdrachten voor de sterke rekenaars en een rekenspecialist die de leerkrachten coacht."),
    (P, "Voor lezen werken wij samen met De Nieuwe Bibliotheek in het programma de Bibliotheek op school: "
        "een leesconsulent is één dagdeel per week op school en de schoolbibliotheek wordt elk jaar "
        "aangevuld."),
    (H2, "3.3 Burgerschap en sociale ontwikkeling"),
    (P, "Burgerschapsonderwijs geven wij vorm met De Vreedzame School. Elke week is er in alle groepen een "
        "les uit een van de zes blokken van het programma. In groep 6 tot en met 8 worden leerlingen "
        "opgeleid tot mediator; zij helpen op het plein bij ruzies. De leerlingenraad (twee leerlingen uit "
        "elke groep 5 tot en met 8) vergadert zes keer per jaar met de directeur en beslist mee over "
        "bijvoorbeeld de inrichting van het plein en de besteding van de opbrengst van de sponsorloop. In "
        "groep 7 en 8 staan democratie, de gemeenteraad en de grondrechten op het programma; groep 8 bezoekt "
        "elk jaar een raadsvergadering in het stadhuis. In een burgerschapsleerlijn per groep ligt vast welke "
        "kennis, vaardigheden en houdingen aan bod komen. Die leerlijn passen wij in 2026-2027 aan de nieuwe "
        "kerndoelen burgerschap aan."),
    (H2, "3.4 Digitale geletterdheid"),
    (P, "Vanaf 2026-2027 werken wij met een doorgaande leerlijn digitale geletterdheid voor groep 1 tot en "
        "met 8, gebaseerd op de nieuwe kerndoelen. De leerlijn omvat ICT-basisvaardigheden, "
        "informatievaardigheden, mediawijsheid en computational thinking. In de onderbouw werken kinderen met "
        "Bee-Bots, in groep 5 tot en met 8 met Scratch en micro:bits. In groep 4 tot en met 8 is er nu één "
        "Chromebook per twee leerlingen; vanaf 2027 heeft in groep 6 tot en met 8 iedere leerling een eigen "
        "device."),

    (H1, "4 Zorg en ondersteuning"),
    (H2, "4.1 Zicht op ontwikkeling"),
    (P, "Wij hebben zicht op wat onze leerlingen nodig hebben. Dat zicht organiseren wij met een vaste "
        "cyclus:"),
    (B, "groep 1 en 2: observatie met KIJK!, twee keer per jaar geregistreerd;"),
    (B, "groep 3 tot en met 8: toetsen van het leerlingvolgsysteem Cito Leerling in beeld voor technisch en "
        "begrijpend lezen, spelling en rekenen, in januari/februari en in juni;"),
    (B, "groep 1 tot en met 8: sociaal-emotionele ontwikkeling met ZIEN!, in november en mei; in groep 5 tot "
        "en met 8 vullen de leerlingen zelf ook de vragenlijst in;"),
    (B, "drie groepsbesprekingen per jaar van leerkracht en intern begeleider (oktober, februari en juni), "
        "en leerlingbesprekingen zo vaak als nodig;"),
    (B, "na elke toetsperiode een trendanalyse op groeps- en schoolniveau in de teamvergadering."),
    (P, "Per groep werkt de leerkracht met een groepsoverzicht waarin per vakgebied drie instructieniveaus "
        "staan: verlengde instructie, basisinstructie en verkorte instructie."),
    (H2, "4.2 Basisondersteuning en extra ondersteuning"),
    (P, "In ons schoolondersteuningsprofiel (SOP) staat beschreven welke ondersteuning wij kunnen bieden. "
        "Wij zijn aangesloten bij het samenwerkingsverband Passend Onderwijs Almere."),
    (P, "De basisondersteuning omvat instructie op drie niveaus, pre-teaching voor taalzwakke leerlingen, "
        "een extra taalgroep (vier ochtenden per week een half uur, verzorgd door een onderwijsassistent), "
        "het dyslexieprotocol met vergoede dyslexiezorg door een zorgaanbieder in de school, en de plusgroep "
        "Denkwerkplaats voor meerbegaafde leerlingen uit groep 5 tot en met 8 (één ochtend per week)."),
    (P, "Voor extra ondersteuning vragen wij, in overleg met ouders, een arrangement aan bij het "
        "samenwerkingsverband, bijvoorbeeld begeleiding door een ambulant begeleider of een "
        "onderwijsassistent voor een aantal uren per week. Voor ongeveer acht leerlingen is een "
        "ontwikkelingsperspectief opgesteld. De schoolmaatschappelijk werker van het wijkteam Muziekwijk is "
        "op dinsdagochtend op school."),
    (P, "Er zijn grenzen aan wat wij kunnen bieden. Dat geldt voor kinderen die voortdurend één-op-één "
        "begeleiding nodig hebben, voor kinderen met ernstige gedragsproblemen waarbij de veiligheid van "
        "henzelf of anderen niet te waarborgen is, en voor kinderen die intensieve medische handelingen nodig "
        "hebben. Het gebouw heeft geen lift; de lokalen van groep 6 tot en met 8 liggen op de eerste "
        "verdieping."),
    (H2, "4.3 Sociale veiligheid"),
    (P, "De Vlieger heeft een sociaal veiligheidsplan met een pestprotocol, de meldcode huiselijk geweld en "
        "kindermishandeling en afspraken over schorsing en verwijdering. De intern begeleider is "
        "aandachtsfunctionaris voor de meldcode; een van de leerkrachten is anti-pestcoördinator en "
        "aanspreekpunt voor leerlingen en ouders. Wij meten de veiligheidsbeleving elk jaar met de "
        "leerlingvragenlijst van ZIEN! in groep 5 tot en met 8. In 2025 gaf 93 procent van de leerlingen aan "
        "zich veilig te voelen op school; op het plein was dat 84 procent. Daarom is het pleinrooster in "
        "2025-2026 aangepast: tijdens elke pauze staan er nu drie volwassenen buiten en de mediatoren hebben "
        "een vaste plek op het plein."),

    (H1, "5 Personeel"),
    (H2, "5.1 Het team"),
    (P, "Het team bestaat uit 26 medewerkers: de directeur, de intern begeleider, 17 groepsleerkrachten "
        "(onder wie een rekenspecialist en een leesspecialist), een vakleerkracht bewegingsonderwijs, een "
        "zij-instromer in opleiding, drie onderwijsassistenten, een conciërge en een administratief "
        "medewerker. De gemiddelde leeftijd is 41 jaar. In deze planperiode gaan naar verwachting twee "
        "collega's met pensioen. Bevoegde leerkrachten vinden is in Almere lastig; bij de start van "
        "2025-2026 waren alle groepen bezet, maar vervanging bij ziekte lukt niet altijd."),
    (H2, "5.2 Bekwaamheid en professionalisering"),
    (P, "Alle leerkrachten zijn bevoegd, met uitzondering van de zij-instromer. Zij volgt de "
        "zij-instroomopleiding aan Windesheim in Almere en wordt begeleid door een schoolopleider en een "
        "vaste mentor in de school. Zij heeft één dag per week studieverlof, betaald uit de subsidie "
        "zij-instroom. Het bekwaamheidsdossier van iedere medewerker is opgenomen in het digitale "
        "personeelsdossier."),
    (P, "In 2026-2028 volgt het hele team het scholingstraject Expliciete Directe Instructie (EDI), met vier "
        "studiedagen, klassenbezoeken en beeldcoaching. Nieuwe collega's volgen de basistraining EDI in hun "
        "eerste jaar. In juni 2028 laten alle leerkrachten bij het klassenbezoek de zes kenmerken van de "
        "EDI-kijkwijzer zien. Daarnaast volgt iedere leerkracht per jaar ten minste één cursus van de ASG "
        "Academie of een andere opleiding die past bij het persoonlijk ontwikkelplan. Het scholingsbudget is "
        "ongeveer 500 euro per fte per jaar. Wij vinden het waardevol dat collega's van alle ASG-scholen en "
        "het servicebureau elkaar regelmatig ontmoeten."),
    (H2, "5.3 Gesprekscyclus"),
    (P, "Iedere medewerker doorloopt een jaarlijkse cyclus: een doelstellingsgesprek in september of "
        "oktober, twee klassenbezoeken door de directeur of de intern begeleider (waarvan één met de "
        "EDI-kijkwijzer) en een functioneringsgesprek in het voorjaar. Eens in de drie jaar is er een "
        "beoordelingsgesprek. De verslagen worden vastgelegd in het gesprekkendossier van ASG."),

    (H1, "6 Kwaliteit"),
    (H2, "6.1 Kwaliteitszorg"),
    (P, "De Vlieger werkt volgens de cyclus plannen, uitvoeren, evalueren en bijstellen. Het stelsel van "
        "kwaliteitszorg bestaat uit de volgende onderdelen:"),
    (B, "jaarplan en jaarverslag: in juni stellen directie en team het jaarplan op met doelen uit dit "
        "schoolplan; in september verschijnt het jaarverslag over het voorgaande jaar op de website;"),
    (B, "kwaliteitskaarten: met Werken met Kwaliteitskaarten (WMK-PO) beoordelen wij elk jaar een aantal "
        "kwaliteitsaspecten, zodat in vier jaar alle standaarden van het onderzoekskader aan bod komen;"),
    (B, "opbrengstanalyses twee keer per jaar (zie 4.1) en een jaarlijkse analyse van de resultaten van de "
        "doorstroomtoets;"),
    (B, "klassenbezoeken (zie 5.3);"),
    (B, "tevredenheidspeilingen om de twee jaar onder ouders, leerlingen van groep 6 tot en met 8 en "
        "medewerkers, de volgende in het voorjaar van 2027 en 2029;"),
    (B, "een interne audit door ASG in 2027-2028."),
    (P, "De inspectie heeft De Vlieger in 2024 bezocht in het kader van het vierjaarlijks onderzoek bij ASG "
        "en de kwaliteit als voldoende beoordeeld. Ook de leerresultaten liggen boven de signaleringswaarden "
        "(zie 3.2)."),
    (H2, "6.2 Ouders en omgeving"),
    (P, "Ouders zijn onze belangrijkste partners. Elk schooljaar begint met een startgesprek tussen "
        "leerkracht, ouders en kind (vanaf groep 5 is het kind erbij) in de derde en vierde schoolweek. In "
        "november en maart zijn er voortgangsgesprekken na het rapport. Op maandagochtend is er van 8.20 tot "
        "8.40 uur inloop: ouders lopen mee de klas in en bekijken samen met hun kind het werk. Elke "
        "donderdagochtend is de ouderkamer open, waar ouders met een taalcoach van de bibliotheek oefenen hoe "
        "zij thuis met hun kind kunnen lezen. Nieuwe ouders krijgen een rondleiding van de directeur en een "
        "welkomstpakket, en in de eerste week belt de leerkracht om te horen hoe het gaat. De ouderraad "
        "organiseert samen met het team de vieringen, de sportdag en de schoolreis."),
    (P, "In de wijk werken wij samen met:"),
    (B, "Kinderopvang Tamtam (in ons gebouw): warme overdracht van peuters met een vve-indicatie en één "
        "gezamenlijk thema per jaar;"),
    (B, "De Nieuwe Bibliotheek: de Bibliotheek op school en de taalcoach in de ouderkamer;"),
    (B, "het wijkteam Muziekwijk: schoolmaatschappelijk werk en een maandelijks overleg met de intern "
        "begeleider;"),
    (B, "de buurtsportcoach van de gemeente: naschools sportaanbod op twee middagen per week;"),
    (B, "Kunstlinie Almere Flevoland: één voorstelling of workshop per groep per jaar."),
    (P, "Bovenschools is de medezeggenschap belegd in de gemeenschappelijke medezeggenschapsraad (GMR) van "
        "ASG."),
    (H2, "6.3 Doelen 2026-2030"),
    (P, "Naast de doelen die in de vorige hoofdstukken in de tekst zijn genoemd, werken wij in deze "
        "planperiode aan de volgende doelen. Zij worden elk jaar uitgewerkt in het jaarplan."),
    (T, ["Nr", "Doel", "Meetbaar resultaat", "Schooljaar", "Eigenaar", "Koers ASG"], [
        ["1", "Rekenen op het hogere niveau versterken", "1S rekenen van 37% naar ten minste 45% "
         "(driejaarsgemiddelde)", "2029-2030", "rekenspecialist", "Venster 1"],
        ["2", "Begrijpend lezen versterken", "2F lezen van 68% naar ten minste 72%", "2028-2029",
         "leesspecialist", "Venster 1"],
        ["3", "Leerlijn digitale geletterdheid ingevoerd", "Leerlijn groep 1-8 vastgesteld en in alle groepen "
         "gegeven; evaluatie met WMK", "2026-2027 (evaluatie 2027-2028)", "ICT-coördinator", "Venster 1"],
        ["4", "Burgerschapsleerlijn aangepast aan de nieuwe kerndoelen", "Leerlijn vastgesteld door het team",
         "2026-2027", "directeur", "wettelijke opdracht"],
        ["5", "SOP geactualiseerd", "SOP herzien en besproken met het samenwerkingsverband", "2027-2028",
         "intern begeleider", "Venster 1"],
        ["6", "EDI in alle groepen", "Alle leerkrachten laten de zes kenmerken van de kijkwijzer zien",
         "2027-2028", "directeur", "Venster 2"],
        ["7", "Veiligheidsbeleving op het plein", "Van 84% naar ten minste 90% (ZIEN!, groep 5-8)",
         "2027-2028", "anti-pestcoördinator", "eigen kleur"],
    ], [0.8, 3.8, 4.4, 2.4, 2.4, 2.2]),

    (H1, "7 Financiën"),
    (P, "De Vlieger ontvangt de rijksbekostiging via ASG. De begroting voor 2026 bedraagt ongeveer 2,4 "
        "miljoen euro, waarvan circa 86 procent personeelskosten. Vanwege de schoolweging ontvangt de school "
        "daarnaast ongeveer 180.000 euro per jaar aan middelen voor onderwijsachterstanden. Die zetten wij in "
        "voor de extra taalgroep, de onderwijsassistenten en de ouderkamer."),
    (P, "Geplande investeringen in de planperiode:"),
    (B, "vervanging en uitbreiding van de Chromebooks (2027, circa 38.000 euro);"),
    (B, "vervanging van de rekenmethode of een nieuwe versie ervan (2028, circa 22.000 euro);"),
    (B, "vernieuwing van het kleuterplein, samen met de gemeente (2028-2029)."),
    (P, "De vrijwillige ouderbijdrage wordt beheerd door de ouderraad, die er elk jaar verantwoording over "
        "aflegt. Sponsorgeld waar voorwaarden aan het onderwijs aan verbonden zijn, nemen wij niet aan."),

    (H1, "8 Vaststelling"),
    (P, "De MR heeft op 9 juni 2026 ingestemd met dit schoolplan. Het College van Bestuur van de Almeerse "
        "Scholen Groep heeft het schoolplan op 30 juni 2026 vastgesteld."),
]

ONDERTEKENING = [
    ["Namens de medezeggenschapsraad", "Namens het bevoegd gezag", "Directeur"],
    ["R. Koster, voorzitter MR", "College van Bestuur ASG", "M. Terpstra"],
    ["Datum: 9 juni 2026", "Datum: 30 juni 2026", "Datum: 30 juni 2026"],
]


def _stijlen(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for naam, grootte in (("Heading 1", 15), ("Heading 2", 12)):
        st = doc.styles[naam]
        st.font.name = "Arial"
        st.font.size = Pt(grootte)
        st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)


def _omslag(doc) -> None:
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("OBS De Vlieger")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2026-2030")
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    p.add_run("Openbare basisschool, Muziekwijk, Almere Stad").font.size = Pt(12)
    for _ in range(10):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Almeerse Scholen Groep\nVastgesteld op 30 juni 2026").font.size = Pt(10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    r = p.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(14)
    for blok in INHOUD:
        if blok[0] == H1:
            doc.add_paragraph(blok[1])
        elif blok[0] == H2:
            doc.add_paragraph("      " + blok[1])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    _stijlen(doc)
    cp = doc.core_properties
    cp.author = "M. Terpstra"
    cp.last_modified_by = "M. Terpstra"
    cp.title = "Schoolplan OBS De Vlieger 2026-2030"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 12
    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    _omslag(doc)
    for blok in INHOUD:
        soort = blok[0]
        if soort == H1:
            doc.add_heading(blok[1], level=1)
        elif soort == H2:
            doc.add_heading(blok[1], level=2)
        elif soort == P:
            doc.add_paragraph(blok[1])
        elif soort == B:
            doc.add_paragraph(blok[1], style="List Bullet")
        elif soort == T:
            tabel(doc, blok[1], blok[2], blok[3])
    doc.add_paragraph()
    tabel(doc, ONDERTEKENING[0], ONDERTEKENING[1:], [5.5, 5.5, 5])
    doc.save(path)
    deterministisch(path, STEMPEL)


def woorden() -> int:
    n = 0
    for blok in INHOUD:
        if blok[0] == T:
            n += sum(len(c.split()) for rij in [blok[1]] + blok[2] for c in rij)
        else:
            n += len(blok[1].split())
    return n


if __name__ == "__main__":
    uit = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx")
    build(uit)
    print(uit, woorden(), "woorden")
