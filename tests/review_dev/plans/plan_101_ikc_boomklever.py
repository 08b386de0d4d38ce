"""Kindcentrumplan 2024-2028 van IKC De Boomklever (Nobelhorst, Almere Hout).

Een integraal kindcentrum 0-13 (algemeen bijzonder, ASG, met Kinderopvang Klimop), zoals een
directeur het in Word zou maken: titelpagina met kerngegevens, inhoudsopgave, eigen thema's als
Kop 1, doelen als opsommingen met een datum, een lange paragraaf over het gebouw, de verbouwing,
het geld, de tijden, het parkeren en de gymzaal, een meerjarenplanning en een vaststelling.

Gebruik: build(pad) schrijft het .docx-bestand (deterministisch, steeds hetzelfde bestand).
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2024, 7, 2, 10, 15, 0)


# --------------------------------------------------------------------------- Word-loodgieterij

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def veld(paragraph, instructie: str, tekst: str = "") -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instructie} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    if tekst:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = tekst
        run._r.append(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
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


# --------------------------------------------------------------------------- inhoud

KERNGEGEVENS = [
    ("Naam", "Integraal Kindcentrum (IKC) De Boomklever"),
    ("Brinnummer", "31KV"),
    ("Adres", "Wielewaalpad 3, Almere (Nobelhorst, Almere Hout)"),
    ("Bevoegd gezag", "Almeerse Scholen Groep (ASG)"),
    ("Partner kinderopvang", "Kinderopvang Klimop (dagopvang, peuteropvang en bso)"),
    ("Richting", "Algemeen bijzonder"),
    ("Directeur IKC", "Marieke van Leeuwen"),
    ("Locatiemanager opvang", "Samir el Haddouti"),
    ("Kinderen (1 oktober 2023)", "386 leerlingen in 16 groepen; 72 kinderen dagopvang, 34 peuters, 168 kinderen bso"),
    ("Planperiode", "1 augustus 2024 tot en met 31 juli 2028"),
    ("Instemming MR", "11 juni 2024"),
    ("Vastgesteld door het College van Bestuur", "2 juli 2024"),
]

# Elk onderdeel: ("h1"|"h2"|"p"|"b"|"doel"|"tabel"|"pb", ...)
INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het kindcentrumplan van De Boomklever voor de schooljaren 2024-2025 tot en met "
          "2027-2028, het eerste dat we helemaal samen met Kinderopvang Klimop hebben geschreven. Kinderen "
          "komen hier als baby binnen en gaan als twaalfjarige naar het voortgezet onderwijs. Die lange lijn "
          "willen we de komende vier jaar steviger maken."),
    ("p", "In het voorjaar van 2023 hebben we met het hele IKC-team op twee studiedagen teruggekeken; daarna "
          "brachten de kinderraad, de MR en de oudercommissie van Klimop hun punten in, en tot slot hebben "
          "we de koers van ons bestuur, ASG Koers 22, naast onze plannen gelegd. De hoofdstukken volgen onze "
          "eigen thema's en sluiten af met doelen, met een datum erbij."),
    ("p", "Marieke van Leeuwen, directeur IKC De Boomklever\nSamir el Haddouti, locatiemanager Kinderopvang Klimop"),

    ("h1", "1  Wie wij zijn"),
    ("p", "De Boomklever staat midden in Nobelhorst, de jongste wijk van Almere Hout. De wijk groeit snel, en "
          "wij groeien mee: we begonnen in 2017 met 58 kinderen in een noodgebouw, op 1 oktober 2023 telden "
          "we 386 leerlingen in 16 groepen, en volgens de prognose van de gemeente zijn dat er in 2027 "
          "ongeveer 450."),
    ("p", "De meeste gezinnen zijn jonge gezinnen met twee werkende ouders; ruim 60 procent van onze "
          "leerlingen gaat ook naar de opvang. De schoolweging ligt op 26,8 (landelijk gemiddelde 30). Toch "
          "is de wijk gemengder dan vaak wordt gedacht: 14 procent van de kinderen spreekt thuis (ook) een "
          "andere taal, en rond de Lepelaarhof wonen gezinnen die het financieel niet breed hebben."),
    ("h2", "Onze kern"),
    ("p", "De Boomklever is een algemeen bijzonder kindcentrum. We zijn niet gebonden aan een godsdienst of "
          "levensbeschouwing; wel hebben we een duidelijke pedagogische basis. Die vatten we samen in drie "
          "zinnen die ouders ook op de muur bij de entree zien staan: Hier mag je zijn wie je bent. Hier leer "
          "je door te doen. Hier doen we het samen."),
    ("p", "Bij De Boomklever is ieder kind waardevol en wordt ieder kind gezien. Met een open blik kijken we "
          "naar de verscheidenheid van onze kinderen en collega's. We hebben hoge verwachtingen van onze "
          "kinderen en van elkaar. In de kernwaarden van ASG (gezien worden, open, vooruitstrevend en "
          "ambitieus) herkennen wij ons dan ook goed. Hoe we dat in de praktijk waarmaken, leest u in de "
          "volgende hoofdstukken."),

    ("h1", "2  Spelen en leren"),
    ("h2", "2.1  Eén lijn van 0 tot 13"),
    ("p", "In een kindcentrum worden de overgangen kleiner: een peuter die naar groep 1 gaat, kent het "
          "gebouw en de juf al. Toch werkten opvang en onderwijs de afgelopen jaren nog te veel naast elkaar, "
          "ieder met eigen thema's."),
    ("p", "Daarom werken we vanaf schooljaar 2024-2025 met zes gezamenlijke jaarthema's, zoals 'Bouwen en "
          "wonen' en 'Water'. De peuters werken daarbij met Uk & Puk, de kleuters vanuit de leerlijnen van "
          "KIJK!, en in groep 3 tot en met 8 sluit het thema aan op de wereldoriëntatie van Blink. Op vrijdagmiddag werken "
          "de kinderen van groep 3 tot en met 8 in gemengde ateliers: techniek, natuur, beeldend, muziek en "
          "drama, begeleid door een leerkracht en een pedagogisch medewerker samen. Wat in het "
          "techniekatelier wordt gebouwd, maakt de bso na 14.00 uur af. Elk thema bereiden leerkrachten en "
          "pedagogisch medewerkers vier weken vooraf samen voor."),
    ("p", "Ons aanbod sluit aan bij de belevingswereld van kinderen. En we blijven nieuwsgierig naar nieuwe "
          "inzichten om ons onderwijs eigentijds inhoud te geven."),
    ("h2", "2.2  Wat de kinderen leren"),
    ("p", "Ons onderwijsaanbod dekt de kerndoelen van het primair onderwijs. Voor de basisvaardigheden "
          "werken we met Veilig leren lezen "
          "(kim-versie) in groep 3, Taal actief en Staal voor taal en spelling, Nieuwsbegrip voor begrijpend "
          "lezen en Wereld in getallen 5 voor rekenen. Engels geven we vanaf groep 1 met Take it easy. "
          "Wereldoriëntatie, techniek en cultuur krijgen vorm in de thema's en ateliers. De vakleerkracht "
          "geeft groep 3 tot en met 8 twee gymlessen van 45 minuten per week. De kinderen krijgen ruim 960 "
          "uur onderwijs per jaar (zie 8.4)."),
    ("p", "Voor taal, lezen en rekenen werken we met de referentieniveaus. Onze schoolnormen liggen bewust "
          "boven de signaleringswaarden van de inspectie, omdat de kinderen hier dat kunnen: we verwachten "
          "dat vrijwel ieder kind aan het eind van groep 8 het fundamentele niveau (1F) haalt en dat "
          "minstens twee op de drie kinderen het streefniveau (2F voor taal, 1S voor rekenen) halen. In 2023 "
          "haalde 94 procent 1F en 58 procent het streefniveau; bij rekenen bleef het streefniveau achter "
          "(49 procent)."),
    ("p", "Tot nu toe hing het van de leerkracht af wat kinderen over schermen en apps leerden. In 2024-2025 "
          "schrijft een werkgroep een leerlijn digitale geletterdheid "
          "voor groep 1 tot en met 8, gebaseerd op de conceptkerndoelen van SLO: programmeren (van Bee-Bots "
          "bij de kleuters tot Scratch in groep 7), mediawijsheid, informatievaardigheden en het veilig "
          "gebruiken van apps. In 2025-2026 voeren we die leerlijn in alle groepen in."),
    ("h2", "2.3  Zicht op ontwikkeling"),
    ("p", "Vanaf de dagopvang volgen we kinderen met KIJK! 0-7; bij de overstap naar groep 1 voeren mentor, "
          "ouders en leerkracht een warm overdrachtsgesprek. Vanaf groep 3 gebruiken we twee keer per jaar "
          "de toetsen van Boom LVS. Na elke ronde bespreekt de intern begeleider met iedere leerkracht de "
          "groep en de kinderen die opvallen. In het bouwoverleg analyseren we daarna de trends: waar "
          "scoort een hele jaargroep lager, en wat betekent dat voor de instructie?"),
    ("h2", "Onze doelen voor spelen en leren"),
    ("doel", "Vanaf 1 augustus 2024", "opvang, groep 1-8 en bso werken met zes gezamenlijke jaarthema's; "
             "evaluatie in juni 2025 (eigenaar: coördinator jonge kind)."),
    ("doel", "Schooljaar 2024-2025", "vrijdagmiddag ateliers voor groep 3-8; in juni 2026 sluit de bso bij drie ateliers aan."),
    ("doel", "Juli 2026", "96 procent van de leerlingen haalt 1F voor lezen, taalverzorging en rekenen en 62 "
             "procent het streefniveau; in juli 2028 is dat 65 procent, met rekenen 1S op minimaal 55 procent "
             "(2023: 49 procent)."),
    ("doel", "Schooljaar 2024-2025", "leerlijn digitale geletterdheid geschreven; in 2025-2026 ingevoerd in "
             "alle groepen; evaluatie in juni 2027."),

    ("h1", "3  Goed voor elkaar"),
    ("h2", "3.1  Een veilige plek"),
    ("p", "In alle groepen werken we met Kwink voor sociaal-emotioneel leren, en we beginnen elk schooljaar "
          "met de Gouden Weken. De Kwink-taal hangt ook in de groepsruimtes van Klimop. We volgen de sociaal-emotionele ontwikkeling met ZIEN! (groep 1 tot "
          "en met 8) en nemen jaarlijks in oktober in groep 5 tot en met 8 de veiligheidsvragenlijst af. In "
          "2023 voelde 92 procent zich veilig, maar 11 procent zei 'soms' of 'vaak' gepest te worden. Dat "
          "vinden wij te veel."),
    ("p", "Onze anti-pestcoördinator (de intern begeleider van de bovenbouw) is voor kinderen en ouders het "
          "aanspreekpunt; pestprotocol en veiligheidsplan worden elk jaar geactualiseerd. We willen dat iedereen die ons kindcentrum binnenkomt zich met respect bejegend "
          "voelt."),
    ("h2", "3.2  Ieder kind in beeld"),
    ("p", "Vanaf schooljaar 2024-2025 voert elke leerkracht van groep 3 tot en met 8 twee keer per jaar een "
          "kindgesprek van tien minuten met ieder kind: hoe gaat het, waar ben je trots op, wat wil je nog "
          "leren? In de opvang heeft ieder kind een vaste mentor, die "
          "de ouders elk halfjaar spreekt en het kind bij de overgang naar een andere groep zelf overdraagt."),
    ("h2", "3.3  Ondersteuning"),
    ("p", "Wat wij kunnen bieden, staat in ons schoolondersteuningsprofiel (SOP). De basisondersteuning is op orde: instructie op drie niveaus, preventieve hulp door "
          "de onderwijsassistenten in groep 3 en 4 en een dyslexieprotocol. Daarnaast bieden we extra "
          "ondersteuning: de Denkwerkplaats, een plusgroep voor ongeveer twintig meer- en hoogbegaafde "
          "kinderen uit groep 4 tot en met 8 (een ochtend per week), en een taalklas van drie ochtenden per "
          "week voor nieuwkomers en kinderen met een grote taalachterstand."),
    ("p", "Kinderen die de hele dag een-op-een begeleiding of intensieve medische zorg nodig hebben, kunnen "
          "we niet goed helpen. Dan zoeken we samen met de ouders en het "
          "Samenwerkingsverband Passend Onderwijs Almere een plek die wel past, bijvoorbeeld in het speciaal "
          "basisonderwijs. In 2023-2024 gebeurde dat voor twee kinderen. Met een arrangement van het "
          "samenwerkingsverband konden vier andere kinderen juist bij ons blijven."),
    ("p", "Voor de jongste kinderen werken we samen met het consultatiebureau van de GGD Flevoland: peuters "
          "met een VVE-indicatie krijgen bij ons 16 uur per week peuteropvang. Om de twee weken houdt het "
          "wijkteam Almere Hout een spreekuur in het kindcentrum; ouders kunnen daar zonder afspraak terecht "
          "met vragen over opvoeding, geld of zorg."),
    ("h2", "3.4  Burgerschap"),
    ("p", "Vanaf groep 5 oefenen kinderen met democratie in de kinderraad: twee gekozen kinderen "
          "per groep, die zes keer per jaar met de directeur vergaderen. De kinderraad koos in 2023 de nieuwe "
          "speeltoestellen voor het bovenbouwplein en organiseert elk jaar de verkiezingen in de Week van de "
          "Democratie. In groep 7 en 8 bespreken we wekelijks het nieuws met Nieuwsbegrip en het "
          "Jeugdjournaal, en groep 8 bezoekt elk voorjaar de gemeenteraad. Onze leerlijn burgerschap (2023) "
          "laat per groep zien waar democratie, diversiteit, duurzaamheid en mediawijsheid aan bod komen."),
    ("h2", "Onze doelen voor goed voor elkaar"),
    ("doel", "Elk jaar in oktober", "ten minste 92 procent van de kinderen in groep 5 tot en met 8 voelt "
             "zich veilig; het aandeel dat 'soms of vaak' gepest wordt, daalt naar 7 procent in 2026 en 5 procent "
             "in 2028 (2023: 11 procent)."),
    ("doel", "Schooljaar 2024-2025", "kindgesprekken in groep 3 tot en met 8, twee keer per jaar; vanaf "
             "2025-2026 ook in groep 1 en 2 (kort, met een praatplaat)."),
    ("doel", "December 2024", "het SOP is geactualiseerd, inclusief het aanbod van de opvang, en staat op de "
             "website."),
    ("doel", "Augustus 2026", "een tweede Denkwerkplaats-groep voor kinderen uit groep 1 tot en met 3."),

    ("h1", "4  Samen met ouders"),
    ("p", "Ouders kennen hun kind het best. Daarom beginnen we elk schooljaar met een startgesprek waarin "
          "niet de leerkracht, maar de ouders vertellen: hoe is uw kind thuis, wat heeft het nodig, wat "
          "verwacht u van ons? In 2023 kwam 93 procent van de ouders naar het startgesprek. Vanaf groep 5 "
          "schuift het kind zelf aan; in november en maart voeren we driehoeksgesprekken (ouders, kind en "
          "leerkracht) aan de hand van het portfolio."),
    ("p", "Bij elk jaarthema krijgen ouders een themabrief met ideeën voor thuis, en ouders met een passend "
          "beroep komen vertellen; bij 'Bouwen en wonen' kwamen een architect en een stratenmaker langs. Voor ouders van VVE-peuters organiseren we vier "
          "keer per jaar een ouderochtend, waarin ze een activiteit meedoen en het materiaal mee naar huis "
          "krijgen."),
    ("h2", "Informatie en contact"),
    ("p", "Nu gebruiken school en opvang nog twee verschillende apps. Vanaf augustus 2025 "
          "gebruiken we samen één ouderportaal: Parro, gekoppeld aan het kindvolgsysteem van Klimop. Elke "
          "twee weken verschijnt onze nieuwsbrief De Klever, en de jaarkalender met vakanties, studiedagen en "
          "themastarts staat vóór 1 juli online. Leerkrachten beantwoorden berichten van ouders binnen twee "
          "werkdagen. Vanaf 2025 lichten we het rapport toe in een korte video, in het Nederlands en het Engels."),
    ("h2", "Meedenken en meebeslissen"),
    ("p", "De MR bestaat uit vier ouders en vier medewerkers; de oudercommissie van Klimop heeft vijf leden. "
          "De MR is voor ons een klankbord en sparringpartner bij voorgenomen beleid en de uitvoering "
          "daarvan. Op bovenschools niveau is er de GMR van ASG."),
    ("p", "In de oudertevredenheidspeiling van 2023 kreeg het kindcentrum een 7,6; de communicatie scoorde "
          "met een 6,9 het laagst."),
    ("h2", "Onze doelen samen met ouders"),
    ("doel", "Augustus 2025", "één ouderportaal voor school en opvang."),
    ("doel", "Schooljaar 2024-2025", "driehoeksgesprekken vanaf groep 5; vanaf 2026-2027 vanaf groep 3."),
    ("doel", "Elk schooljaar", "ten minste 90 procent van de ouders komt naar het startgesprek."),
    ("doel", "Peilingen 2025 en 2027", "ouders geven de communicatie minimaal een 7,5 (2023: 6,9) en het "
             "kindcentrum als geheel minimaal een 7,8."),
    ("doel", "Vanaf januari 2025", "bij elk jaarthema een themabrief, ook in het Engels."),

    ("h1", "5  Samen in de wijk"),
    ("p", "Een kindcentrum is een buurtvoorziening. Dit zijn de organisaties waarmee we het vaakst "
          "optrekken:"),
    ("b", "Kinderopvang Klimop: één IKC-team, één pedagogisch kader, wekelijks gezamenlijk managementoverleg."),
    ("b", "De Nieuwe Bibliotheek: Bibliotheek op school, met een leesconsulent die een ochtend per week bij "
          "ons is, een schoolbibliotheek van 3.400 boeken en de jaarlijkse leesmonitor."),
    ("b", "Stadslandgoed De Kemphaan: natuuronderwijs voor groep 3 tot en met 6, vier excursies per jaar en "
          "de schooltuinen voor groep 6."),
    ("b", "Wijkteam Almere Hout: het spreekuur in het kindcentrum en korte lijnen bij zorgen over een gezin."),
    ("b", "Woonzorgcentrum De Uitkijk: groep 4 zingt er in december en juni voor de bewoners, en bewoners "
          "komen voorlezen in de kleutergroepen."),
    ("p", "Het lerarentekort raakt ook Almere Hout. Tot nu toe hebben we alle groepen kunnen bezetten."),
    ("h2", "Onze doelen in de wijk"),
    ("doel", "Schooljaar 2024-2025", "een samenwerkingsovereenkomst met De Kemphaan voor vier jaar, met daarin "
             "ook een natuuraanbod voor de bso."),
    ("doel", "Leesmonitor 2027", "het leesplezier in groep 5 tot en met 8 stijgt van 68 naar 75 procent."),

    ("h1", "6  Ons team"),
    ("p", "Aan De Boomklever werken 34 mensen in dienst van ASG (24 leerkrachten, een intern begeleider, een "
          "coördinator jonge kind, vier onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een "
          "conciërge, een administratief medewerker en de directeur) en 26 pedagogisch medewerkers van "
          "Klimop. Twee van onze leerkrachten zijn zij-instromer."),
    ("h2", "Bekwaam en in ontwikkeling"),
    ("p", "Iedere leerkracht houdt zijn bekwaamheidsdossier bij in het digitale personeelsdossier van ASG. "
          "In 2024-2025 volgen alle leerkrachten de teamscholing Expliciete Directe Instructie (EDI) bij de "
          "ASG Academie, met klassenbezoeken door een trainer; in 2025-2026 volgt een verdiepingsjaar. "
          "Daarnaast legt ieder teamlid in het startgesprek een individuele scholing vast. De pedagogisch medewerkers moeten vanaf 2025 "
          "taalniveau 3F beheersen; bij de nulmeting in 2023 had 19 van de 26 dat niveau, de andere zeven "
          "volgen een cursus die Klimop betaalt. Wij zijn intrinsiek gemotiveerd om ons te blijven "
          "ontwikkelen en te professionaliseren."),
    ("h2", "De gesprekscyclus"),
    ("p", "Met ieder teamlid voert de directeur (voor de pedagogisch medewerkers de locatiemanager) elk jaar "
          "dezelfde cyclus: een startgesprek in september over de ontwikkeldoelen, ten minste twee "
          "klassenbezoeken door directeur en intern begeleider met de kijkwijzer EDI, een "
          "functioneringsgesprek in het voorjaar en eens in de drie jaar een beoordelingsgesprek. Verslagen "
          "komen in het personeelsdossier."),
    ("h2", "Leerteams"),
    ("p", "Sinds 2022 werken we in leerteams. Elk jaar kiezen we met het hele team vier vragen die ertoe "
          "doen, zoals 'Hoe begeleiden we het spel van kleuters zonder het over te nemen?' of 'Waarom blijft "
          "het streefniveau rekenen achter?'. Leerkrachten en pedagogisch medewerkers werken een jaar lang, "
          "in zes bijeenkomsten, aan zo'n vraag: ze lezen, observeren bij elkaar, proberen iets uit en meten "
          "het effect. In juni presenteren ze hun bevindingen op de leerteammarkt en besluit het team wat we "
          "vanaf augustus anders doen. Ook onze medewerkers ontmoeten "
          "regelmatig collega's van andere ASG-scholen en van het servicebureau."),
    ("h2", "Gezond aan het werk"),
    ("p", "Het verzuim was in 2023 6,8 procent, vooral door enkele langdurig zieken. We zetten in op "
          "preventie: bij het eerste signaal een gesprek, vroeg contact met de bedrijfsarts en een rustige "
          "terugkeer. De werkdrukmiddelen besteden we na een teamstemming aan twee onderwijsassistenten en de "
          "vakleerkracht, zodat iedere leerkracht twee uur per week vrij is voor voorbereiding."),
    ("h2", "Onze doelen voor het team"),
    ("doel", "Juni 2025", "alle leerkrachten hebben de EDI-scholing afgerond; vanaf 2025-2026 zijn de "
             "EDI-kenmerken zichtbaar in ten minste 80 procent van de klassenbezoeken."),
    ("doel", "1 januari 2025", "alle pedagogisch medewerkers beheersen taalniveau 3F."),
    ("doel", "2025 en 2026", "het verzuim daalt naar ten hoogste 6 procent in 2025 en 5,5 procent in 2026."),
    ("doel", "Elk jaar in juni", "leerteammarkt; ieder leerteam levert ten minste één afspraak op die in de "
             "kwaliteitskaart van het betreffende vak wordt vastgelegd."),

    ("h1", "7  Zo houden we het goed"),
    ("p", "De kwaliteit van ons onderwijs is op orde. Bij het verificatieonderzoek van de inspectie in 2022 "
          "voldeden we op alle onderzochte standaarden. De eindtoetsresultaten lagen de afgelopen drie jaar boven de "
          "signaleringswaarden. De GGD inspecteert de opvang elk jaar; in 2023 zonder tekortkomingen."),
    ("p", "Onze kwaliteitszorg is samenhangend, cyclisch en integraal. Concreet ziet ons jaar er zo uit:"),
    ("b", "augustus en september: het jaarplan, afgeleid van dit kindcentrumplan, wordt besproken met het "
          "team en gaat ter informatie naar de MR;"),
    ("b", "oktober, februari en juni: trendanalyse na elke toets- of observatieronde, in het bouwoverleg;"),
    ("b", "februari: tussenevaluatie van het jaarplan en rapportage aan het bestuur via de "
          "kwartaalrapportage;"),
    ("b", "juni en juli: het jaarverslag, met per doel de vraag of het gehaald is en wat we ervan leren;"),
    ("b", "in vier jaar lopen we met de kwaliteitskaarten van WMK alle standaarden van het inspectiekader "
          "door; elke twee jaar houden we tevredenheidspeilingen onder ouders, kinderen (groep 5 tot en met "
          "8) en team;"),
    ("b", "in het voorjaar van 2026 krijgen we een interne audit door twee auditoren van ASG."),
    ("h2", "Onze doelen voor kwaliteitszorg"),
    ("doel", "Elk jaar", "het jaarplan is vóór 1 oktober klaar en het jaarverslag vóór 15 juli."),
    ("doel", "Schooljaar 2024-2025", "de kwaliteitskalenders van opvang en onderwijs zijn samengevoegd tot "
             "één IKC-kwaliteitskalender."),
    ("doel", "Voorjaar 2026", "interne audit; binnen zes weken ligt er een verbeterplan."),
    ("doel", "Elk jaar", "de eindtoetsresultaten liggen boven de signaleringswaarden en binnen de bandbreedte "
             "van onze schoolnormen."),

    ("h1", "8  Ons huis"),
    ("h2", "8.1  Het gebouw"),
    ("p", "In januari 2021 trokken we in ons nieuwe gebouw aan het Wielewaalpad, een ambitieus ontwerp "
          "van Studio Noordwaarts: twee bouwlagen in hout met een toren voor het trappenhuis. Door die toren is het kindcentrum van ver zichtbaar, ook vanaf de hoofdweg door "
          "de wijk. Het gebouw voldoet aan Frisse Scholen klasse B: in elk lokaal meet een sensor de CO2 en "
          "de temperatuur, en de ventilatie regelt zich daarop. Zo blijft de luchtkwaliteit ook in de "
          "zomer goed. Het gebouw is aangesloten op het warmtenetwerk van de wijk."),
    ("p", "Op de begane grond liggen de dagopvang, de peuteropvang en de kleutergroepen; op de eerste "
          "verdieping de groepen 3 tot en met 8 rond twee open leerpleinen. In het hart van het gebouw ligt het ontmoetingsplein met de tribunetrap: "
          "daar houden we de weekopeningen en de voorstellingen, en daar ontmoeten ouders elkaar 's ochtends "
          "bij het brengen. De entree is ruim en gastvrij ontworpen, met veel glas, een lage balie en een "
          "hellingbaan voor kinderwagens en rolstoelen. Een lift verbindt beide verdiepingen."),
    ("p", "De toegang is veilig geregeld. De buitendeuren gaan om 8.40 uur dicht; daarna kom je alleen "
          "binnen via de bel bij de hoofdingang. De opvangruimtes hebben een eigen deur met een "
          "pasjessysteem."),
    ("h2", "8.2  De verbouwing"),
    ("p", "Het gebouw is in vier jaar te klein geworden. De gemeente Almere heeft in het Integraal "
          "Huisvestingsplan 2023-2030 een uitbreiding van 1.050 m² opgenomen: vier groepslokalen, een extra "
          "babygroep, een speellokaal en een bso-ruimte. Het servicebureau van ASG (team Huisvesting) treedt "
          "namens ons op als bouwheer en begeleidt de aanbesteding. De planning:"),
    ("tabel", ["Fase", "Wanneer", "Wat"], [
        ["Ontwerp en vergunning", "september 2024 - februari 2025", "definitief ontwerp, omgevingsvergunning"],
        ["Aanbesteding", "maart - mei 2025", "keuze aannemer, vaststellen bouwbudget"],
        ["Tijdelijke huisvesting", "juli 2025 - april 2026", "vier tijdelijke lokalen op het bovenbouwplein"],
        ["Bouw", "augustus 2025 - maart 2026", "aanbouw aan de oostzijde, aansluiting op bestaand gebouw"],
        ["Ingebruikname", "meivakantie 2026", "verhuizing; bso-ruimte en babygroep open na de meivakantie"],
    ], [4.0, 4.5, 7.5]),
    ("p", "Tijdens de bouw is een deel van het plein afgezet. Bouwverkeer mag niet rijden tijdens de breng- "
          "en haaltijden (8.00-8.45 uur en 13.45-14.30 uur), en de aannemer zorgt voor een afgeschermde "
          "looproute naar de tijdelijke lokalen. In de nieuwsbrief staat steeds hoe de bouw vordert."),
    ("h2", "8.3  Geld"),
    ("p", "De begroting van het "
          "onderwijsdeel voor 2024 bedraagt € 3,32 miljoen, waarvan 84 procent personeelskosten. De "
          "uitbreiding betaalt de gemeente (€ 3,1 miljoen); ASG draagt € 240.000 bij voor meubilair. We kiezen voor meubilair van hoge kwaliteit, "
          "dat twintig jaar meegaat."),
    ("p", "Voor ICT reserveren we € 38.000 per jaar. In 2025 vervangen we het wifi-netwerk door een nieuw "
          "netwerk met 30 access points, omdat het huidige netwerk vastloopt zodra alle kinderen tegelijk "
          "online zijn, en in groep 6 tot en met 8 gaan we naar één Chromebook per kind. De NPO-gelden "
          "stoppen in juli 2025. De vrijwillige ouderbijdrage is € 45 per kind per jaar, voor excursies en "
          "feesten; schoolreis en kamp betalen ouders apart. Geen kind blijft thuis omdat ouders niet kunnen "
          "betalen: daarvoor werken we samen met Stichting Leergeld Almere."),
    ("h2", "8.4  Schooltijden en opvangtijden"),
    ("p", "Alle groepen hebben hetzelfde continurooster. De deuren gaan om 8.20 uur open; om 8.30 uur "
          "beginnen de lessen. Tussen de middag eten de kinderen een kwartier in de klas met de leerkracht "
          "en spelen ze een halfuur buiten onder toezicht van pleinwachten. Zo komen we uit op ruim 960 uur "
          "onderwijs per jaar, na aftrek van zes studiedagen."),
    ("tabel", ["Dag", "School", "Opvang"], [
        ["maandag, dinsdag, donderdag, vrijdag", "8.30 - 14.00 uur", "dagopvang 7.00 - 18.30; voorschoolse opvang 7.00 - 8.30; bso 14.00 - 18.30"],
        ["woensdag", "8.30 - 12.15 uur", "dagopvang 7.00 - 18.30; voorschoolse opvang 7.00 - 8.30; bso 12.15 - 18.30"],
        ["schoolvakanties en studiedagen", "geen school", "dagopvang en vakantieopvang 7.00 - 18.30"],
    ], [4.5, 3.5, 8.0]),
    ("p", "Het kindcentrum is open van 7.00 tot 18.30 uur, 51 weken per jaar; op studiedagen is de opvang "
          "gewoon open. De open dag voor nieuwe ouders is elk jaar in maart; "
          "daarnaast geven we elke eerste dinsdag van de maand om 9.00 uur een rondleiding."),
    ("h2", "8.5  Parkeren en verkeer"),
    ("p", "Op het parkeerterrein aan de noordkant zijn 42 "
          "plaatsen, waarvan twee voor mensen met een beperking en acht voor medewerkers. Langs het "
          "Wielewaalpad ligt een kiss-and-ride-strook, de Zoen-en-zoefstrook, waar je maximaal drie minuten "
          "mag stoppen. We vragen ouders dringend om niet in de berm of bij de buren te parkeren. De gemeente "
          "legt in de zomer van 2025 een verhoogde oversteek met zebrapad aan bij de hoofdingang, zodat "
          "oversteken veiliger wordt; tot die tijd staan er 's ochtends klaar-overs (vrijwillige ouders). De "
          "fietsenstalling heeft 260 plekken, plus een overdekte plek voor bakfietsen."),
    ("p", "We hebben een ambitieus doel: in 2027 komt 75 procent van de kinderen lopend of op de fiets (2023: "
          "61 procent). Tijdens de verbouwing parkeren medewerkers bij de sporthal."),
    ("h2", "8.6  De gymzaal"),
    ("p", "Tot de uitbreiding klaar is, krijgen de groepen 3 tot en met 8 gym in gymzaal De Sprong, op 400 "
          "meter lopen. De kinderen lopen onder begeleiding van de vakleerkracht en een onderwijsassistent; "
          "bij de oversteek staat een verkeersregelaar. Dat kost per les ongeveer een kwartier looptijd. De "
          "zaal is van de gemeente en wordt 's avonds en in het weekend verhuurd aan drie sportverenigingen. "
          "De zaal is gastvrij voor iedereen in de wijk, maar onze materialen staan daardoor niet altijd waar "
          "we ze lieten. "
          "In de uitbreiding komt een speellokaal voor de kleuters. Voor een eigen gymzaal bij het "
          "kindcentrum is in het huisvestingsplan pas na 2030 ruimte; de directie blijft daar bij de "
          "gemeente op aandringen."),

    ("h1", "9  Van plan naar jaarplan"),
    ("p", "In de tabel hieronder staat per thema wat we in welk schooljaar oppakken. Elk jaar werken we "
          "dit uit in het jaarplan, met een eigenaar per doel, en in het jaarverslag kijken we terug."),
    ("tabel", ["Thema", "2024-2025", "2025-2026", "2026-2027", "2027-2028"], [
        ["Spelen en leren", "jaarthema's; leerlijn digitaal schrijven", "leerlijn digitaal invoeren", "streefniveau rekenen", "evaluatie lijn 0-13"],
        ["Goed voor elkaar", "kindgesprekken 3-8; SOP", "kindgesprekken 1-2", "tweede Denkwerkplaats", "evaluatie pestaanpak"],
        ["Samen met ouders", "driehoeksgesprekken vanaf groep 5", "één ouderportaal; peiling", "driehoeksgesprekken vanaf groep 3", "peiling"],
        ["Samen in de wijk", "overeenkomst De Kemphaan", "-", "leesmonitor", "evaluatie"],
        ["Ons team", "EDI-scholing; 3F", "EDI-verdieping; verzuim", "leerteams", "leerteams"],
        ["Zo houden we het goed", "IKC-kwaliteitskalender", "peilingen", "interne audit", "nieuw plan"],
        ["Ons huis", "ontwerp en vergunning", "bouw; nieuw wifi-netwerk", "ingebruikname", "-"],
    ], [3.0, 3.3, 3.3, 3.3, 3.3]),

    ("h1", "Vaststelling"),
    ("p", "De medezeggenschapsraad van De Boomklever heeft op 11 juni 2024 ingestemd met dit "
          "kindcentrumplan. De oudercommissie van Kinderopvang Klimop heeft op 4 juni 2024 positief "
          "geadviseerd over de onderdelen die de opvang betreffen. Het College van Bestuur van de Almeerse "
          "Scholen Groep heeft het plan vastgesteld op 2 juli 2024."),
    ("tabel", ["Namens", "Naam", "Datum en handtekening"], [
        ["Medezeggenschapsraad", "Jeroen Kuipers, voorzitter", "11 juni 2024"],
        ["IKC De Boomklever", "Marieke van Leeuwen, directeur", "11 juni 2024"],
        ["College van Bestuur ASG", "namens het College van Bestuur", "2 juli 2024"],
    ], [5.0, 6.0, 5.0]),
]


# --------------------------------------------------------------------------- opbouw

def _stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13)):
        st = doc.styles[naam]
        st.font.name = "Calibri"
        st.font.size = Pt(grootte)
        st.font.color.rgb = RGBColor(0x2E, 0x6B, 0x30)


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    for sectie in doc.sections:
        p = sectie.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run("IKC De Boomklever · Kindcentrumplan 2024-2028 · pagina ")
        veld(p, "PAGE", "1")


def _titelpagina(doc) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        doc.add_paragraph()
    doc.add_paragraph("Kindcentrumplan 2024 - 2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Integraal Kindcentrum De Boomklever")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("Spelen, leren en opgroeien onder één dak, van 0 tot 13 jaar")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph("Nobelhorst, Almere Hout")
    doc.add_paragraph()
    tabel(doc, ["Kerngegevens", ""], [list(r) for r in KERNGEGEVENS], [5.5, 10.5])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Inhoud", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles] else "Heading 1")
    p = doc.add_paragraph()
    veld(p, 'TOC \\o "1-2" \\h \\z \\u', "Klik met de rechtermuisknop en kies 'Veld bijwerken' voor de inhoudsopgave.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    _stijlen(doc)
    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.3)
    _titelpagina(doc)
    for item in INHOUD:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            delen = item[1].split("\n")
            p = doc.add_paragraph(delen[0])
            for deel in delen[1:]:
                p.add_run().add_break()
                p.add_run(deel)
        elif soort == "b":
            doc.add_paragraph(item[1], style="List Bullet")
        elif soort == "doel":
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(item[1] + ": ").bold = True
            p.add_run(item[2])
        elif soort == "tabel":
            tabel(doc, item[1], item[2], item[3])
            doc.add_paragraph()
    _voettekst(doc)
    cp = doc.core_properties
    cp.title = "Kindcentrumplan 2024-2028 IKC De Boomklever"
    cp.author = "Marieke van Leeuwen"
    cp.last_modified_by = "Marieke van Leeuwen"
    cp.language = "nl-NL"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.last_printed = STEMPEL
    cp.revision = 7
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_suffix(".docx")
    build(doel)
    print(doel)
