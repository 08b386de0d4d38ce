"""Schoolplan 2019-2023 van CBS De Zaaier (christelijke basisschool, Almere Buiten).

Een plan dat laat zien dat het de koers van het bestuur volgt: elk hoofdstuk (een per kernwaarde en
per venster, met kopstijlen) begint met de eigen herformulering van wat ASG wil; ongeveer de helft van
de hoofdstukken geeft daarna concrete schoolpraktijk, de andere helft blijft bij waarden en algemene
beschrijvingen. Doelen als genummerde lijst aan het eind, zonder vensters te noemen.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2019, 7, 2, 9, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------------

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
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


def tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
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
    return table


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
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


# --- De tekst ----------------------------------------------------------------------------------

INHOUD = [
    ("h1", "1. Inleiding"),
    ("h2", "1.1 Waarom dit schoolplan"),
    ("p", "Voor u ligt het schoolplan van CBS De Zaaier voor de schooljaren 2019-2020 tot en met 2022-2023. In "
          "dit plan beschrijven wij hoe wij de komende vier jaar werken aan goed onderwijs voor de kinderen "
          "van Almere Buiten. Het plan is geschreven binnen Koers 22, het strategisch beleid van de Almeerse "
          "Scholen Groep (ASG), waar onze school deel van uitmaakt. Wij vinden het belangrijk dat ouders, "
          "collega's en het bestuur in dit plan herkennen dat wij dezelfde koers varen als ASG. Daarom volgen "
          "de hoofdstukken de vier kernwaarden en de vier vensters van Koers 22."),
    ("p", "Het plan is in het voorjaar van 2019 tot stand gekomen. Het team heeft op de studiedagen van 6 "
          "februari en 10 april 2019 gewerkt met de centrale vragen uit de ASG Koerswijzer. De directeur heeft "
          "de opbrengst verwerkt tot deze tekst. De medezeggenschapsraad heeft het concept besproken in de "
          "vergadering van 21 mei 2019 en heeft op 18 juni 2019 ingestemd met dit schoolplan. Daarna is het "
          "plan vastgesteld door het College van Bestuur (zie hoofdstuk 11)."),
    ("h2", "1.2 Onze school in het kort"),
    ("p", "CBS De Zaaier is een christelijke basisschool in de Regenboogbuurt in Almere Buiten. Op 1 oktober "
          "2018 telde de school 312 leerlingen, verdeeld over 13 groepen. Wij werken met jaargroepen; in de "
          "onderbouw zijn er drie gemengde kleutergroepen 1-2."),
    ("table", ["Gegeven", "De Zaaier"], [
        ["Naam", "Christelijke basisschool De Zaaier"],
        ["BRIN", "12QZ"],
        ["Adres", "Karmijnstraat 40, Almere Buiten"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Directeur", "Marianne Kloosterman"],
        ["Intern begeleider", "Esther de Groot"],
        ["Leerlingen (1 oktober 2018)", "312"],
        ["Groepen", "13"],
        ["Medewerkers", "24 (16,8 fte)"],
        ["Denominatie", "protestants-christelijk"],
        ["Planperiode", "1 augustus 2019 tot en met 31 juli 2023"],
    ], [5, 9]),
    ("p", "De Regenboogbuurt is een gemengde wijk met koop- en huurwoningen. Ongeveer 15 procent van onze "
          "leerlingen heeft een leerlinggewicht. Een groeiend deel van de gezinnen heeft een "
          "migratieachtergrond. Het leerlingaantal is de afgelopen vijf jaar licht gedaald, van 338 in 2014 "
          "naar 312 in 2018. De gemeente verwacht voor de komende jaren een stabilisatie."),
    ("p", "De buitenschoolse opvang van Partou maakt gebruik van twee lokalen en van de speelzaal; daardoor is "
          "het gebouw open van 7.30 tot 18.30 uur. De school gaat om 8.20 uur open en de lessen beginnen om "
          "8.30 uur. Wij werken met een continurooster: op maandag, dinsdag, donderdag en vrijdag zijn alle "
          "groepen om 14.15 uur uit, op woensdag om 12.15 uur. In de zomer van 2020 wordt het dak vernieuwd; "
          "dat is opgenomen in het meerjarenonderhoudsplan."),
    ("h2", "1.3 Onze christelijke identiteit"),
    ("p", "De Zaaier is een christelijke school. De naam verwijst naar de gelijkenis van de zaaier uit het "
          "evangelie van Marcus: wij zaaien, en vertrouwen erop dat er groei komt, ook als wij die niet meteen "
          "zien. Voor de levensbeschouwelijke vorming gebruiken wij Trefwoord; elke ochtend is er een kwartier "
          "voor het verhaal en het kringgesprek. Vier keer per jaar is er een viering: Dankdag, Kerst, Pasen "
          "en de afsluiting van het schooljaar. De kerst- en de paasviering houden wij samen met de ouders in "
          "de Goede Herderkerk in het centrum van Almere Buiten."),
    ("h2", "1.4 Leeswijzer"),
    ("p", "De hoofdstukken 2 tot en met 5 gaan over de vier kernwaarden van ASG: Gezien worden, Open, "
          "Vooruitstrevend en Ambitieus. De hoofdstukken 6 tot en met 9 volgen de vier vensters van Koers 22. "
          "In hoofdstuk 10 staan de doelen die wij ons voor deze periode stellen. Voor praktische zaken "
          "verwijzen wij naar de schoolgids."),

    # --- Gezien worden (concreet) ---
    ("h1", "2. Gezien worden"),
    ("p", "Net als ASG vinden wij dat iedereen die bij onze school hoort waardevol is en gezien wordt: de "
          "kinderen, hun ouders en de collega's. Onze school is een plek waar iedereen zich welkom voelt, ook "
          "wie voor het eerst binnenloopt. Voor ons betekent dit dat wij zicht hebben op wat onze leerlingen "
          "en onze medewerkers nodig hebben."),
    ("h2", "2.1 Welkom op De Zaaier"),
    ("p", "Elke ochtend staan de directeur en een van de leerkrachten vanaf 8.20 uur bij de hoofdingang om "
          "kinderen en ouders te begroeten. De leerkrachten ontvangen hun leerlingen bij de deur van het "
          "lokaal met een hand of een boks. Nieuwe gezinnen krijgen een rondleiding van de directeur; daarna "
          "volgt een kennismakingsgesprek met de leerkracht en mag het kind twee ochtenden komen wennen. Sinds "
          "2018 koppelen wij elk nieuw gezin aan een maatjesgezin uit dezelfde groep, dat de eerste weken "
          "helpt met de praktische dingen, van de gymtas tot de Parro-app. Bezoekers melden zich bij Ria "
          "Hoekstra, onze administratief medewerker, die hen ontvangt en verder helpt."),
    ("h2", "2.2 Ieder kind in beeld"),
    ("p", "Twee keer per jaar, in oktober en in maart, houdt iedere leerkracht met elke leerling een "
          "kindgesprek van ongeveer tien minuten. In groep 1 en 2 gebeurt dat aan de hand van een praatplaat, "
          "vanaf groep 3 met een kort formulier dat het kind vooraf invult: wat gaat goed, wat vind ik "
          "moeilijk en wat wil ik de juf of meester vertellen. Op vrijdagmiddag sluiten wij de week af met het "
          "zonnetje: in elke groep zetten de kinderen twee klasgenoten in het zonnetje en vertellen zij waarom."),
    ("h2", "2.3 Zicht op wat kinderen nodig hebben"),
    ("p", "Drie keer per jaar (oktober, februari en juni) bespreekt de intern begeleider met elke leerkracht "
          "de groep: de toetsgegevens uit het Cito leerlingvolgsysteem, de observaties uit KIJK! bij de "
          "kleuters, de uitkomsten van KanVas en wat de kindgesprekken hebben opgeleverd. Per groep leggen wij "
          "in een groepsoverzicht vast welke kinderen extra instructie, verrijking of een andere aanpak nodig "
          "hebben. Zorgen over een kind bespreken wij in een leerlingbespreking en zo nodig in het "
          "ondersteuningsteam (zie paragraaf 6.5)."),
    ("h2", "2.4 Een veilige school"),
    ("p", "De sociale veiligheid bewaken wij met de Kanjertraining. Alle leerkrachten hebben de "
          "Kanjerlicentie; in elke groep wordt wekelijks een Kanjerles gegeven, en aan het begin van het "
          "schooljaar stelt elke groep aan de hand van de Kanjerafspraken haar eigen klassenregels op. In "
          "oktober en maart vullen de leerlingen van groep 5 tot en met 8 de leerlingvragenlijst van KanVas "
          "in; de leerkrachten vullen voor alle groepen de docentvragenlijst in. Deze uitkomsten gebruiken wij "
          "ook als monitor sociale veiligheid voor de inspectie. In het najaar van 2018 gaf 94 procent van de "
          "leerlingen van groep 5 tot en met 8 aan zich veilig te voelen op school. Juf Jolanda Visser is onze "
          "anti-pestcoördinator en interne vertrouwenspersoon. Incidenten leggen wij vast in ParnasSys. Het "
          "veiligheidsplan is in 2018 geactualiseerd en wordt elk jaar in de MR besproken."),

    # --- Open (algemeen) ---
    ("h1", "3. Open"),
    ("p", "Net als ASG vinden wij het belangrijk dat wij open en eerlijk zijn naar kinderen, ouders en "
          "collega's, en dat wij respectvol omgaan met iedereen binnen en buiten de school. Wij streven ernaar "
          "dat onze communicatie transparant en toegankelijk is, zodat ouders weten wat er op school gebeurt "
          "en waar zij terechtkunnen met hun vragen. Onze school is een plek waar wij met een open blik kijken "
          "naar de verscheidenheid van onze leerlingen en medewerkers."),
    ("p", "Voor ons als christelijke school betekent openheid dat wij vanuit onze eigen overtuiging het "
          "gesprek aangaan met mensen die anders denken of geloven. Wij hebben oog voor de eigenheid van ieder "
          "kind en voor de achtergrond van elk gezin. Wij werken nauw samen met ouders en vinden het "
          "belangrijk dat zij zich gehoord voelen. Voor ouders staat onze deur altijd open."),
    ("p", "Ook in het team willen wij open zijn. Wij spreken elkaar op een respectvolle manier aan en staan "
          "open voor feedback. Wij besteden veel aandacht aan een goede sfeer in de groepen. In de komende "
          "periode blijven wij werken aan een open en eerlijke cultuur, waarin ook lastige onderwerpen "
          "bespreekbaar zijn."),

    # --- Vooruitstrevend (algemeen) ---
    ("h1", "4. Vooruitstrevend"),
    ("p", "Net als ASG willen wij een school in beweging zijn. Voor ons betekent dit dat wij nieuwsgierig zijn "
          "naar nieuwe inzichten, zodat ons onderwijs eigentijds blijft, en dat wij binnen ons eigen profiel "
          "durven te werken met nieuwe leerconcepten. Wij streven ernaar dat wij ons onderwijs vernieuwen "
          "langs de drie lijnen van de innovatiestrategie van ASG: kleine, voortdurende verbeteringen; "
          "fundamentele veranderingen door kennis te delen; en, waar het kan, radicaal nieuwe ideeën."),
    ("p", "Onze school is een plek waar kinderen nieuwsgierig mogen zijn. Wij besteden veel aandacht aan "
          "ontdekkend leren en hebben oog voor talenten van kinderen die buiten de gewone lesstof vallen. Wij "
          "volgen de ontwikkelingen in het onderwijs op de voet en kijken met belangstelling naar wat andere "
          "scholen doen. Ook ICT speelt een steeds grotere rol; wij zorgen ervoor dat onze leerlingen goed "
          "voorbereid zijn op een wereld die snel verandert."),
    ("p", "Vernieuwen doen wij niet om het vernieuwen. Wij kijken steeds of een nieuwe aanpak past bij onze "
          "kinderen en bij onze identiteit. Het team krijgt de ruimte om nieuwe dingen uit te proberen, en wat "
          "werkt, nemen wij op in onze manier van werken."),

    # --- Ambitieus (concreet) ---
    ("h1", "5. Ambitieus"),
    ("p", "Net als ASG hebben wij hoge verwachtingen van onze leerlingen en van elkaar. Voor ons betekent dit "
          "dat wij gemotiveerd blijven om ons te ontwikkelen en te professionaliseren, en dat wij elke dag het "
          "beste van onszelf geven. Wij streven ernaar dat ieder kind het maximale uit zijn mogelijkheden "
          "haalt. De gelijkenis van de talenten herinnert ons eraan dat talenten er zijn om te gebruiken."),
    ("h2", "5.1 Hoge verwachtingen in de praktijk"),
    ("p", "Sinds 2018 werken wij met schoolnormen. Voor de Cito-toetsen rekenen-wiskunde, begrijpend lezen, "
          "technisch lezen en spelling hebben wij vastgelegd welk deel van de leerlingen minimaal moet scoren "
          "op niveau I tot en met III: onze norm is 75 procent. In groep 8 willen wij dat minimaal 95 procent "
          "van de leerlingen referentieniveau 1F haalt voor lezen, taalverzorging en rekenen. Voor lezen en "
          "taalverzorging willen wij dat minimaal 60 procent niveau 2F haalt en voor rekenen minimaal 45 "
          "procent niveau 1S. In 2019 lagen deze percentages op 98 (1F), 64 (2F lezen en taalverzorging) en 41 "
          "(1S rekenen)."),
    ("p", "Voor leerlingen die meer aankunnen werken wij vanaf groep 4 met Levelwerk. Leerlingen van groep 5 "
          "tot en met 8 die daarvoor in aanmerking komen, gaan op donderdagochtend naar de Denktank, onze "
          "plusklas onder leiding van juf Annemiek Bos. Ook in de gewone groep verwachten wij veel: de "
          "leerkrachten geven hun instructie volgens het EDI-model met een duidelijk lesdoel, en leerlingen "
          "die de stof al beheersen, krijgen een verkorte instructie en verrijkingsstof. Bij het schooladvies "
          "in groep 8 geven wij liever een dubbel advies dan dat wij een kind te laag inschatten."),
    ("h2", "5.2 Blijven leren als team"),
    ("p", "Ook van onszelf verwachten wij veel. Elk teamlid stelt aan het begin van het schooljaar een "
          "persoonlijk ontwikkelplan (POP) op met één of twee eigen leervragen. In het schooljaar 2018-2019 "
          "volgden zes collega's een opleiding of cursus die zij zelf hadden gekozen: twee startende "
          "leerkrachten de leergang Startbekwaam van de ASG Academie, één collega de opleiding tot "
          "rekencoördinator, één de post-hbo-opleiding Jonge kind en twee de ASG Academie-cursus Meer- en "
          "hoogbegaafdheid. Iedere leerkracht houdt zijn bekwaamheidsdossier bij in het digitale "
          "personeelsdossier van ASG. In de laatste teamvergadering van het schooljaar vertelt elke collega in "
          "vijf minuten wat hij of zij heeft geleerd en wat dat betekent voor de eigen groep."),

    # --- Venster 1 (concreet) ---
    ("h1", "6. Goed en toegankelijk onderwijs"),
    ("p", "Net als ASG vinden wij dat de kwaliteit van ons onderwijs op orde moet zijn en blijven. Voor ons "
          "betekent dit dat wij een samenhangend en cyclisch stelsel van kwaliteitszorg hebben dat zichtbaar "
          "is voor team, ouders en bestuur. Wij streven ernaar dat wij goed zicht hebben op wat onze "
          "leerlingen nodig hebben en dat ons onderwijs past bij hun belevingswereld. Met de andere scholen in "
          "Almere maken wij deel uit van een dekkend netwerk van onderwijs en zorg, zodat ieder kind een "
          "passende onderwijsplek heeft."),
    ("h2", "6.1 Ons onderwijsprogramma"),
    ("p", "Ons onderwijs is gericht op de kerndoelen voor het primair onderwijs. Voor taal en rekenen werken "
          "wij toe naar de referentieniveaus 1F en 2F/1S. Wij gebruiken de volgende methoden:"),
    ("table", ["Vakgebied", "Methode of aanpak", "Groepen"], [
        ["Ontwikkelingsgericht werken kleuters", "Onderbouwd, observatie met KIJK!", "1-2"],
        ["Aanvankelijk lezen", "Veilig leren lezen (KIM-versie)", "3"],
        ["Technisch lezen", "Estafette", "4-6"],
        ["Taal en spelling", "Taal actief 4", "4-8"],
        ["Begrijpend lezen", "Nieuwsbegrip XL", "4-8"],
        ["Rekenen-wiskunde", "Pluspunt 4", "3-8"],
        ["Wereldoriëntatie", "Naut, Meander en Brandaan (tot 2020)", "3-8"],
        ["Engels", "Groove.me", "1-8"],
        ["Levensbeschouwing", "Trefwoord", "1-8"],
        ["Sociaal-emotionele ontwikkeling", "Kanjertraining", "1-8"],
        ["Bewegingsonderwijs", "vakleerkracht, twee lessen van 45 minuten per week", "3-8"],
    ], [5, 7, 2]),
    ("p", "De onderwijstijd is verdeeld volgens de lessentabel in de schoolgids. In acht schooljaren krijgen "
          "de leerlingen 7.680 uur onderwijs; de wettelijke norm is 7.520 uur. De meeste tijd gaat naar taal "
          "en lezen (gemiddeld acht uur per week in groep 4 tot en met 8) en naar rekenen (vijf uur per week)."),
    ("h2", "6.2 Een programma dat vooruitkijkt"),
    ("p", "Ons aanbod voor wereldoriëntatie is nu verdeeld over drie methoden, wat weinig samenhang geeft. In "
          "2019-2020 kiest het team een geïntegreerde methode; de voorkeur gaat uit naar Blink Wereld, die wij "
          "in het voorjaar van 2019 in de groepen 5 en 6 hebben uitgeprobeerd. Vanaf groep 5 leren leerlingen "
          "programmeren met Bomberbot (tien lessen per jaar), en in groep 7 en 8 geven wij lessen "
          "mediawijsheid, onder meer tijdens de Week van de Mediawijsheid. Sinds 2018 is er in groep 5 tot en "
          "met 8 één Chromebook per twee leerlingen."),
    ("p", "Burgerschap krijgt vorm in Trefwoord en de Kanjertraining, waarin kinderen leren wat het betekent "
          "om bij een gemeenschap te horen, en in de leerlingenraad. Elke groep 5 tot en met 8 kiest in "
          "september twee vertegenwoordigers. De leerlingenraad vergadert zes keer per jaar met de directeur "
          "en heeft in 2018-2019 meegedacht over de inrichting van het nieuwe schoolplein. Groep 7 bezoekt elk "
          "jaar het stadhuis. Groep 8 werkt rond 4 en 5 mei aan het project Vrijheid en legt bij de "
          "Dodenherdenking in Almere Buiten een krans."),
    ("h2", "6.3 Kwaliteit en kwaliteitszorg"),
    ("p", "Bij het laatste inspectiebezoek, in maart 2016, kreeg De Zaaier het basisarrangement. De resultaten "
          "op de eindtoets liggen al jaren boven de ondergrens: wij nemen de IEP Eindtoets af en scoorden 80,9 "
          "in 2017, 81,4 in 2018 en 81,6 in 2019, terwijl het landelijk gemiddelde rond de 80 ligt."),
    ("p", "Onze kwaliteitszorg volgt een vaste cyclus. In het jaarplan staan de doelen van het schooljaar, "
          "afgeleid van dit schoolplan; in het jaarverslag verantwoorden wij in september wat ervan "
          "terechtkwam. Twee keer per jaar (februari en juni) maakt de intern begeleider een trendanalyse van "
          "de Cito-resultaten. Met Werken met Kwaliteitskaarten (WMK-PO) beoordelen wij elk jaar vier "
          "kwaliteitskaarten, zodat alle kwaliteitsgebieden in vier jaar aan bod komen. Eens in de twee jaar "
          "houden wij een tevredenheidspeiling onder ouders, leerlingen en personeel. De directeur bezoekt "
          "elke leerkracht minimaal twee keer per jaar in de klas met de kijkwijzer EDI en bespreekt het "
          "bezoek na. Over de voortgang rapporteren wij elk kwartaal aan het College van Bestuur in de "
          "kwartaalrapportage."),
    ("h2", "6.4 Samen leren en verbeteren"),
    ("p", "De trendanalyse bespreken wij niet alleen in de directie, maar met het hele team op een "
          "studiemiddag. Daar bepalen wij samen welke interventies wij inzetten; de afspraken leggen wij vast "
          "in de groepsoverzichten en in het jaarplan. Sinds 2018 bezoeken leerkrachten elkaar bovendien in "
          "duo's, twee keer per jaar tijdens een instructieles, met een vooraf gekozen kijkvraag uit het "
          "EDI-model. De duo's bespreken het bezoek na en vertellen in de bouwvergadering wat zij hebben "
          "gezien en wat zij ervan meenemen."),
    ("h2", "6.5 Ondersteuning en passend onderwijs"),
    ("p", "In ons schoolondersteuningsprofiel (SOP, vastgesteld in maart 2019) beschrijven wij welke "
          "ondersteuning wij bieden. De basisondersteuning omvat: instructie op drie niveaus, verlengde "
          "instructie voor rekenen en lezen, het dyslexieprotocol met het programma Bouw! in groep 2 tot en "
          "met 4, Levelwerk en de Denktank voor meer- en hoogbegaafde leerlingen, en de Kanjertraining. Extra "
          "ondersteuning bieden wij met een arrangement van SWV Passend Onderwijs Almere; op dit moment werken "
          "vijf leerlingen met een ontwikkelingsperspectief. Onze grenzen liggen bij leerlingen die "
          "voortdurend één-op-één begeleiding nodig hebben en bij ernstig gedrag dat de veiligheid van de "
          "groep in gevaar brengt. Dan zoeken wij met de ouders en het samenwerkingsverband een passende plek, "
          "bijvoorbeeld op een school voor speciaal basisonderwijs."),
    ("p", "Zes keer per jaar komt het ondersteuningsteam (OT) op school bijeen: de intern begeleider, de "
          "schoolmaatschappelijk werker van De Schoor, de jeugdverpleegkundige van de GGD Flevoland en de "
          "onderwijsconsulent van het samenwerkingsverband. Ouders zijn bij de bespreking van hun kind "
          "aanwezig. In 2018-2019 zijn in het OT veertien leerlingen besproken; voor drie van hen is een "
          "arrangement aangevraagd en één leerling is met een toelaatbaarheidsverklaring naar het speciaal "
          "basisonderwijs gegaan."),

    # --- Venster 2 (algemeen) ---
    ("h1", "7. Personeel in positie"),
    ("p", "Net als ASG vinden wij dat goed onderwijs staat of valt met goede en betrokken medewerkers. Wij "
          "streven ernaar dat onze collega's zich betrokken voelen bij en trots zijn op De Zaaier en op ASG. "
          "Voor ons betekent dit dat wij aandacht hebben voor het welbevinden van collega's in elke "
          "levensfase, en dat iedereen aantoonbaar werkt aan zijn professionele ontwikkeling, onder meer via "
          "het aanbod van de ASG Academie. Onze school is een plek waar medewerkers erkenning ervaren voor hun "
          "vakmanschap en waar vitale collega's met plezier werken."),
    ("p", "Wij hebben een hecht team. Wij besteden veel aandacht aan het welzijn van collega's en hebben oog "
          "voor wat iemand in een bepaalde periode van zijn leven nodig heeft. Nieuwe collega's worden "
          "hartelijk ontvangen en goed begeleid. Ook de werkdruk heeft onze aandacht; wij zoeken samen naar "
          "manieren om die beheersbaar te houden."),
    ("p", "Het personeelsbeleid van De Zaaier sluit aan bij het strategisch HR-beleid van ASG. Wij vinden het "
          "belangrijk dat de talenten van collega's worden benut, in onze eigen school en waar mogelijk "
          "daarbuiten."),

    # --- Venster 3 (algemeen) ---
    ("h1", "8. De meerwaarde van ASG"),
    ("p", "Net als ASG vinden wij dat goed onderwijs ontstaat door samenwerking. Wij streven ernaar dat "
          "collega's van onze school en van andere ASG-scholen elkaar regelmatig ontmoeten en dat wij de "
          "opbrengst van leren en ontwikkelen met elkaar delen. Voor ons betekent dit dat onze medewerkers "
          "weten wie zij binnen ASG kunnen benaderen voor welke expertise. Onze school is een plek waar "
          "kinderen een passende onderwijsloopbaan krijgen, ook dankzij het diverse en op elkaar aansluitende "
          "aanbod van de ASG-scholen."),
    ("p", "Wij zien het als een voorrecht om deel uit te maken van een grote organisatie. Wij maken graag "
          "gebruik van de kennis en ervaring die binnen ASG aanwezig is, en wij delen ook zelf wat wij hebben "
          "ontwikkeld. Onze collega's nemen deel aan bijeenkomsten en studiedagen van ASG en nemen wat zij "
          "daar leren mee naar school. Met de andere christelijke scholen binnen ASG voelen wij ons in het "
          "bijzonder verbonden."),
    ("p", "Wij werken nauw samen met het servicebureau, dat ons ondersteunt op het gebied van personeel, "
          "financiën en huisvesting. Via de gezamenlijke inkoop profiteren wij van voordelige contracten. In "
          "de komende jaren willen wij de contacten met andere ASG-scholen verder uitbouwen."),

    # --- Venster 4 (concreet) ---
    ("h1", "9. Partnerschap"),
    ("p", "Net als ASG vinden wij dat ouders betrokken horen te zijn bij het leerproces van hun kind. Voor ons "
          "betekent dit dat ouders meedenken en meedoen, en dat de medezeggenschapsraad een klankbord en "
          "sparringpartner is voor de directie. Wij streven ernaar dat wij proactief samenwerken met een breed "
          "scala aan partners en nauw samenwerken met maatschappelijke organisaties in de buurt. Onze school "
          "is een plek waar kinderen merken dat ouders en leerkrachten samen om hen heen staan."),
    ("h2", "9.1 Ouders en school"),
    ("p", "Elk schooljaar begint in de tweede en derde schoolweek met een startgesprek. Ouders en kind (vanaf "
          "groep 5 is het kind erbij) vertellen de leerkracht wat hij moet weten om het kind goed te "
          "begeleiden. In november en maart volgen voortgangsgesprekken van vijftien minuten, in juni een "
          "gesprek op verzoek bij het tweede rapport. In september is er per groep een informatieavond; in "
          "groep 3 krijgen ouders daar een leesmap met tips voor het thuislezen. Ouders helpen als leesouder, "
          "bij excursies en in de ouderraad."),
    ("h2", "9.2 Ouders informeren"),
    ("p", "Wij informeren ouders via de Parro-app. De leerkracht plaatst elke week een bericht over wat er in "
          "de groep gebeurt, en ouders kunnen de leerkracht via de app een bericht sturen; zij krijgen binnen "
          "twee werkdagen antwoord. Om de week verschijnt op vrijdag de nieuwsbrief De Zaaierspost. De "
          "schoolgids, het jaarverslag en de notulen van de MR staan op de website. Als een leerkracht zich "
          "zorgen maakt over een kind, belt hij de ouders nog dezelfde dag."),
    ("h2", "9.3 Medezeggenschap"),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per "
          "jaar. De directeur is bij het eerste deel van elke vergadering aanwezig. Wij leggen voorgenomen "
          "beleid in een vroeg stadium aan de MR voor, nog voordat er een besluit ligt: in 2018-2019 dacht de "
          "MR mee over de overstap op Chromebooks, over de schoolnormen en over de opzet van dit schoolplan. "
          "Twee keer per jaar bespreekt de MR met de directeur de kwartaalrapportage."),
    ("h2", "9.4 Partners in de buurt"),
    ("p", "Wij werken met de volgende partners samen:"),
    ("bullet", "Partou: de buitenschoolse opvang in ons gebouw en peutergroep De Kleine Zaaier, met een warme "
               "overdracht naar groep 1."),
    ("bullet", "De Nieuwe Bibliotheek: de bibliotheek op school. De leesconsulent is om de week op dinsdag op "
               "school."),
    ("bullet", "De Schoor: de schoolmaatschappelijk werker heeft elke dinsdagochtend spreekuur op school."),
    ("bullet", "GGD Flevoland: de jeugdverpleegkundige houdt maandelijks spreekuur en onderzoekt de kinderen in "
               "groep 2 en groep 7."),
    ("bullet", "Het sociaal wijkteam Almere Buiten, waarmee de intern begeleider contact heeft als een gezin meer "
               "hulp nodig heeft dan de school kan bieden."),
    ("bullet", "De buurtsportcoach van de gemeente, die op woensdagmiddag naschoolse sport op ons plein verzorgt."),
    ("bullet", "De Goede Herderkerk, voor de kerst- en paasviering, en woonzorgcentrum De Overloop, waar groep 6 "
               "elk jaar in december kerstliederen zingt."),

    # --- Doelen ---
    ("h1", "10. Onze doelen voor 2019-2023"),
    ("p", "In deze periode werken wij aan de volgende doelen. Ze worden elk jaar uitgewerkt in het jaarplan en "
          "geëvalueerd in het jaarverslag."),
    ("num", "In juni 2021 scoort ten minste 70 procent van de leerlingen in groep 4 tot en met 8 op de "
            "Cito-toets Begrijpend lezen niveau I tot en met III (juni 2019: 61 procent). Wij zetten "
            "Nieuwsbegrip XL vaker in, ook bij wereldoriëntatie. Eigenaar: leescoördinator Sandra Mulder."),
    ("num", "In 2019-2020 kiest het team een geïntegreerde methode voor wereldoriëntatie; vanaf augustus 2020 "
            "werken de groepen 3 tot en met 8 ermee. In juni 2021 vindt ten minste 80 procent van de leerlingen "
            "van groep 5 tot en met 8 wereldoriëntatie leuk of heel leuk (korte leerlingenquête)."),
    ("num", "In 2019-2020 volgt het hele team de scholing Expliciete Directe Instructie bij de ASG Academie. "
            "Eind 2020-2021 is bij de lesbezoeken van de directeur 90 procent van de lessen voldoende op alle "
            "onderdelen van de kijkwijzer EDI."),
    ("num", "Elk jaar geeft ten minste 92 procent van de leerlingen van groep 5 tot en met 8 in KanVas aan zich "
            "veilig te voelen op school."),
    ("num", "Vanaf 2019-2020 voeren wij met alle ouders een startgesprek; de deelname is minimaal 90 procent. In "
            "de oudertevredenheidspeiling van 2021 en van 2023 geven ouders de communicatie met de school "
            "minimaal een 7,5 (2018: 7,1)."),
    ("num", "Vanaf 2020-2021 heeft elke groep 4 tot en met 8 een vast uur per week voor Levelwerk en is de "
            "Denktank twee dagdelen per week open."),
    ("num", "Elk jaar beoordelen wij vier kwaliteitskaarten van WMK-PO; in 2022-2023 maken wij een zelfevaluatie "
            "van alle kwaliteitsgebieden als voorbereiding op het volgende schoolplan."),
    ("num", "In 2021 evalueren wij met team en ouders Trefwoord en de vieringen, en besluiten wij of wij met "
            "Trefwoord doorgaan."),
    ("num", "Wij onderzoeken in deze planperiode hoe wij ons onderwijs verder kunnen vernieuwen."),
    ("num", "Wij versterken de samenwerking met andere ASG-scholen."),

    # --- Vaststelling ---
    ("h1", "11. Vaststelling"),
    ("p", "De medezeggenschapsraad van CBS De Zaaier heeft op 18 juni 2019 ingestemd met dit schoolplan. Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 2 juli 2019 vastgesteld."),
    ("table", ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Directeur CBS De Zaaier", "Marianne Kloosterman", "2 juli 2019", ""],
        ["Voorzitter medezeggenschapsraad", "Hendrik Jan Koster", "18 juni 2019", ""],
        ["College van Bestuur ASG", "", "2 juli 2019", ""],
    ], [4.5, 4, 3, 3.5]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "M. Kloosterman"
    cp.last_modified_by = "M. Kloosterman"
    cp.title = "Schoolplan 2019-2023 CBS De Zaaier"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 7

    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan CBS De Zaaier 2019-2023 - pagina ")
    page_field(voet)

    doc.add_paragraph("Schoolplan 2019-2023", style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("CBS De Zaaier, christelijke basisschool in Almere Buiten")
    r.font.size = Pt(16)
    sub2 = doc.add_paragraph()
    r = sub2.add_run("Zaaien en laten groeien, samen met ASG")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph("Schooljaren 2019-2020, 2020-2021, 2021-2022 en 2022-2023")
    doc.add_paragraph("Versie ter vaststelling, juni 2019")
    doc.add_page_break()

    doc.add_paragraph("Inhoud").runs[0].bold = True
    for soort, *rest in INHOUD:
        if soort == "h1":
            doc.add_paragraph(rest[0])
    doc.add_page_break()

    for soort, *rest in INHOUD:
        if soort == "h1":
            doc.add_paragraph(rest[0], style="Heading 1")
        elif soort == "h2":
            doc.add_paragraph(rest[0], style="Heading 2")
        elif soort == "p":
            doc.add_paragraph(rest[0])
        elif soort == "bullet":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif soort == "num":
            doc.add_paragraph(rest[0], style="List Number")
        elif soort == "table":
            tabel(doc, rest[0], rest[1], rest[2])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_65_cbs_de_zaaier.docx")
