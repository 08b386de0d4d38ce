"""Schoolplan 2020-2024 van OBS Het Duinlicht (openbare basisschool, Almere Poort).

Word-kopstijlen (Heading 1/2), een hoofdstuk per kernwaarde en per venster onder eigen titels,
doelentabellen per venster, een hoofdstuk over de wijk, MR-instemming in het colofon.
Zelfstandig: alleen standaardbibliotheek en python-docx.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_DATUM = datetime.datetime(2020, 6, 18, 10, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------

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


# --- De tekst van het plan ------------------------------------------------------------------

TABEL_KOP = ["Doel", "Meetbaar / merkbaar resultaat", "Wanneer", "Eigenaar"]
BREEDTES = [5.0, 6.0, 3.0, 2.6]

INHOUD = [
    ("h1", "Colofon"),
    ("p", "Naam: Openbare Basisschool Het Duinlicht"),
    ("p", "BRIN-nummer: 31KD"),
    ("p", "Adres: Strandwalweg 14, 1363 TL Almere"),
    ("p", "Bevoegd gezag: Almeerse Scholen Groep (ASG), College van Bestuur"),
    ("p", "Directeur: Marieke van Dalen. Adjunct-directeur: Youssef Amrani. "
          "Intern begeleiders: Petra Kooiman (groep 1 tot en met 4) en Jeroen Bakhuis (groep 5 tot en met 8)."),
    ("p", "Planperiode: 1 augustus 2020 tot en met 31 juli 2024 (schooljaren 2020-2021 tot en met 2023-2024)."),
    ("p", "Instemming en vaststelling: de medezeggenschapsraad van Het Duinlicht heeft in zijn vergadering van "
          "16 juni 2020 met dit schoolplan ingestemd; beide geledingen stemden unaniem voor. Het College van "
          "Bestuur van ASG heeft het schoolplan op 30 juni 2020 vastgesteld."),
    ("p", "Voor akkoord namens de medezeggenschapsraad: Sanne Verhoef, voorzitter. "
          "Voor vaststelling namens het bevoegd gezag: H. de Wit, lid College van Bestuur."),

    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van OBS Het Duinlicht voor de schooljaren 2020-2021 tot en met 2023-2024. "
          "Hierin beschrijven we waar onze school voor staat, wat we de komende vier jaar willen bereiken en hoe "
          "we dat aanpakken. Het plan is ons kwaliteitsdocument richting de inspectie en tegelijk ons antwoord op "
          "Koers 22, het strategisch beleid van de Almeerse Scholen Groep."),
    ("p", "Het plan is niet achter een bureau ontstaan. Op de studiedagen van 9 oktober 2019 en 5 februari 2020 "
          "heeft het hele team in wisselende groepjes gewerkt aan de vragen uit de ASG Koerswijzer. Ook de "
          "leerlingenraad en het ouderpanel dachten mee. De directie heeft de opbrengst in mei tot deze tekst "
          "verwerkt."),
    ("p", "Na een korte schets van de school en van de wijk volgen vier hoofdstukken over onze kernwaarden en vier "
          "hoofdstukken over de vensters van Koers 22. Elk vensterhoofdstuk sluit af met een doelentabel; samen "
          "vormen die tabellen de basis van onze jaarplannen. Het onderwijsprogramma, de ondersteuning, de "
          "veiligheid en de kwaliteitszorg staan in hoofdstuk 8, het personeelsbeleid in hoofdstuk 9, "
          "burgerschap en ons openbare karakter in hoofdstuk 5. Voor de details van de ondersteuning verwijzen we "
          "naar het schoolondersteuningsprofiel; praktische zaken staan in de schoolgids."),

    ("h1", "2. Het Duinlicht in het kort"),
    ("p", "De school begon in augustus 2012 met 46 leerlingen in twee noodlokalen aan de rand van het "
          "Homeruskwartier. Sinds 2014 hebben we een eigen gebouw. Op de teldatum van 1 oktober 2019 telde de school "
          "412 leerlingen, verdeeld over zeventien groepen: zes combinatiegroepen 1/2 en elf jaargroepen van 3 tot "
          "en met 8."),
    ("p", "Het team bestaat uit 34 medewerkers (26,4 fte): 24 groepsleerkrachten, een vakleerkracht "
          "bewegingsonderwijs, twee intern begeleiders, drie onderwijsassistenten, een administratief medewerker, "
          "een conciërge, de adjunct-directeur en de directeur. De gemiddelde leeftijd is 36 jaar; een derde van "
          "de collega's werkt korter dan vijf jaar in het onderwijs."),
    ("p", "Voor rekenen, taal en lezen werken we met expliciete directe instructie (EDI): korte, heldere "
          "instructie, veel controle van begrip en begeleide inoefening. 's Middags werken de groepen thematisch "
          "en onderzoekend aan wereldoriëntatie en techniek. Ons motto, in 2016 door kinderen van groep 8 bedacht, "
          "is 'Licht op wat je kunt'."),
    ("p", "Onze leerlingen zijn een afspiegeling van de Poort. In ongeveer 40 procent van de gezinnen wordt thuis "
          "(ook) een andere taal dan Nederlands gesproken; we tellen op school 23 thuistalen. De schoolweging van "
          "het CBS was in 2019 29,6, vlak bij het landelijk gemiddelde, maar de spreiding binnen de school is groot."),

    ("h1", "3. Onze plek: Duin en de Poort"),
    ("p", "Almere Poort is het jongste stadsdeel van Almere. In 2020 wonen er ruim 18.000 mensen, en dat aantal "
          "groeit nog elk jaar. De gemeente heeft ambitieuze plannen: in Duin, tussen de nieuwe duinen en het strand "
          "aan het IJmeer, komen tot 2030 nog zo'n 3.000 woningen bij. Overal in de wijk wordt gebouwd; de "
          "bouwpartners van de gemeente werken in fasen van noord naar zuid."),
    ("p", "Ons gebouw aan de Strandwalweg is in 2014 opgeleverd en telt zestien lokalen, een speellokaal en een "
          "aula. Het ontwerp was voor die tijd vooruitstrevend: zonnepanelen op het hele dak, warmtepompen en grote "
          "vensters op het zuiden. Dat geeft veel daglicht, maar in mei en juni worden de lokalen aan de voorkant "
          "erg warm. De binnenlucht haalt in het hoofdgebouw het niveau van Frisse Scholen klasse B. Sinds 2019 "
          "staan er twee tijdelijke units op het plein; de gemeente heeft toegezegd die in 2022 te vervangen door "
          "een vaste uitbreiding met vier lokalen."),
    ("p", "We hebben een continurooster. De deuren gaan om 8.20 uur open; de lessen lopen van 8.30 tot 14.15 uur, "
          "op woensdag tot 12.30 uur. De groepen 1 en 2 zijn op vrijdag vanaf 12.00 uur vrij. Alle kinderen eten "
          "met hun eigen leerkracht in de klas."),
    ("p", "De meeste kinderen komen lopend of op de fiets; het netwerk van vrijliggende fietspaden in de Poort "
          "maakt dat goed mogelijk. Voor wie uit Duin komt, staat de wind bijna altijd pal op kop. Bij de "
          "Kiss-and-ride-strook is het rond half negen druk; in 2019 is er een extra zebrapad aangelegd."),
    ("p", "De groei is financieel een zegen en een zorg tegelijk. De bekostiging loopt achter op het aantal "
          "leerlingen, omdat die wordt berekend op de teldatum van het jaar ervoor; via de groeiregeling overbruggen "
          "we dat verschil. De begroting voor 2020 is sluitend bij een omzet van ongeveer 2,6 miljoen euro. Op "
          "basis van de woningbouwprognose verwachten we rond 2023 ongeveer 470 leerlingen."),

    ("h1", "4. Welkom bij Het Duinlicht"),
    ("p", "In dit hoofdstuk werken we de kernwaarde Gezien worden uit. Voor ons gaat het om welkom zijn en je "
          "welkom voelen: onze school is gastvrij en iedereen voelt zich hier welkom. Wat we daar concreet aan "
          "doen, staat hieronder."),
    ("h2", "4.1 Binnenkomen"),
    ("p", "Elke ochtend staat de leerkracht vanaf 8.20 uur bij de deur van het lokaal en begroet ieder kind "
          "persoonlijk, met een hand, een boks of een zwaai; het kind kiest. De directeur en de adjunct staan om "
          "beurten bij de hoofdingang. Bezoekers worden aan de balie opgevangen door onze administratief "
          "medewerker en naar de juiste plek gebracht. Gezinnen die zich oriënteren krijgen een rondleiding van "
          "twee leerlingen uit groep 8, onze Duinlichtgidsen, die daarvoor in september een korte training "
          "krijgen van de adjunct-directeur. Nieuwe kleuters komen vijf dagdelen wennen, en de leerkracht belt de "
          "ouders aan het eind van de eerste schoolweek. Nieuwe collega's krijgen een maatje uit hun bouw."),
    ("h2", "4.2 Ieder kind telt mee"),
    ("p", "Ieder kind heeft drie keer per jaar een kindgesprek met de eigen leerkracht, in oktober, februari en "
          "juni. Vanaf groep 5 houdt het kind een eigen portfolio bij, het Duinlichtboek, met werk waar het trots "
          "op is; in de groepen 1 tot en met 4 doet de leerkracht dat samen met het kind. In de weekafsluiting op "
          "vrijdag laten drie groepen om beurten in de aula zien wat ze geleerd of gemaakt hebben, zodat elk kind "
          "minstens twee keer per jaar op het podium staat."),
    ("h2", "4.3 Zien wat iemand nodig heeft"),
    ("p", "Na elke toetsperiode, in februari en in juni, bespreekt iedere leerkracht al zijn leerlingen met de "
          "intern begeleider in een groepsbespreking. We kijken daarbij naar de toetsgegevens in ParnasSys, naar de "
          "observaties in ZIEN! en naar wat het kind in het kindgesprek heeft verteld. Per kind leggen we vast wat "
          "het de komende periode nodig heeft aan instructie, uitdaging of begeleiding. Voor medewerkers doen we "
          "iets vergelijkbaars: in het startgesprek in september vraagt de directeur iedere collega wat hij of zij "
          "dit jaar nodig heeft, bijvoorbeeld begeleiding in de klas, scholing of een aangepast rooster, en dat "
          "wordt in het gespreksverslag vastgelegd."),

    ("h1", "5. Iedereen hoort erbij"),
    ("p", "Dit hoofdstuk gaat over de kernwaarde Open en over wat het betekent dat Het Duinlicht een openbare "
          "school is. Iedereen is bij ons welkom, ongeacht geloof, herkomst, gezinssamenstelling of wat ouders "
          "verdienen. We maken de verschillen tussen mensen zichtbaar in plaats van ze weg te poetsen."),
    ("h2", "5.1 Openbaar onderwijs in de praktijk"),
    ("p", "In de groepen 7 en 8 kiezen ouders of hun kind een uur per week godsdienstig of humanistisch "
          "vormingsonderwijs volgt; die lessen worden gegeven door docenten van het Dienstencentrum GVO en HVO. "
          "Kinderen die niet deelnemen, krijgen in dat uur 'Wereldwijs', een les van de eigen leerkracht over "
          "levensbeschouwingen en tradities. Op onze feestenkalender staan naast Sinterklaas, Kerst en Pasen ook "
          "het Suikerfeest, Divali en het Chinees Nieuwjaar. Kinderen die zo'n feest thuis vieren, vertellen er in "
          "de kring of in de weekafsluiting over. "
          "Bij de werving van nieuwe collega's letten we er bewust op dat het team de diversiteit van de wijk "
          "weerspiegelt; in 2019-2020 had een kwart van de nieuwe collega's een migratieachtergrond."),
    ("h2", "5.2 Burgerschap"),
    ("p", "In alle groepen werken we met De Vreedzame School: elke week een les uit een van de zes blokken, van "
          "'We horen bij elkaar' tot 'We hebben hart voor elkaar'. Elke groep maakt in september eigen "
          "klassenafspraken en hangt die zichtbaar op. In groep 7 en 8 worden leerlingmediatoren opgeleid; in "
          "2019-2020 waren het er twaalf, die in de pauzes helpen bij kleine conflicten op het plein. De "
          "leerlingenraad bestaat uit twee gekozen kinderen per groep 5 tot en met 8, vergadert elke zes weken met "
          "de directeur en beheert een eigen budget van 500 euro per jaar. Groep 8 bezoekt elk jaar het stadhuis. In 2020-2021 beschrijven we deze onderdelen als een doorlopende "
          "leerlijn burgerschap, zodat zichtbaar wordt in welk leerjaar welke kennis over democratie en "
          "samenleving aan bod komt."),
    ("h2", "5.3 Eerlijk en duidelijk communiceren"),
    ("p", "Ouders krijgen dagelijkse berichten en foto's van de groep via Parro. Om de twee weken verschijnt op "
          "vrijdag de nieuwsbrief Duinpost. In september krijgen alle ouders een verslag van het afgelopen jaar "
          "op één A4, met de resultaten van de eindtoets en van de tevredenheidspeiling. Op maandagochtend houdt "
          "de directeur van 8.30 tot 9.00 uur inloop in de koffiekamer. Vragen en klachten van ouders beantwoorden "
          "we binnen twee werkdagen."),
    ("p", "Wat we van kinderen vragen, vragen we ook van volwassenen. In 2019 hebben team, MR en ouderpanel samen "
          "een gedragscode voor volwassenen opgesteld: ouders, medewerkers, stagiairs en vrijwilligers spreken "
          "elkaar rechtstreeks en rustig aan, niet via de groepsapp of in het bijzijn van kinderen. De code staat op "
          "de website. Gaat het toch mis, dan volgt binnen een week een gesprek met de directie."),

    ("h1", "6. Durven uitproberen"),
    ("p", "Dit hoofdstuk hoort bij de kernwaarde Vooruitstrevend. We vernieuwen niet om het vernieuwen; we willen "
          "nieuwsgierig blijven naar nieuwe inzichten om ons onderwijs eigentijds vorm te geven. Net als het "
          "bestuur geven we inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie: continue, "
          "fundamentele en radicale veranderingen."),
    ("h2", "6.1 De Maakplaats"),
    ("p", "In 2019 hebben we het oude handvaardigheidslokaal omgebouwd tot Maakplaats, met een gereedschapswand, "
          "een 3D-printer, twintig micro:bits en Bee-Bots. Elke groep 3 tot en met 8 werkt er eens per twee weken "
          "anderhalf uur aan een ontwerpopdracht die aansluit bij het lopende thema. Onderwijsassistent Rik "
          "Hoekstra, beheert het lokaal "
          "en begeleidt de groepen samen met de leerkracht. In 2021-2022 breiden we de Maakplaats uit naar de "
          "kleutergroepen."),
    ("h2", "6.2 Thematisch en onderzoekend leren"),
    ("p", "Sinds 2018 werken de groepen 3 tot en met 8 met Blink Wereld geïntegreerd: vier thema's per jaar waarin "
          "geschiedenis, aardrijkskunde, natuur en techniek samenkomen en kinderen volgens de cyclus van "
          "onderzoekend en ontwerpend leren werken. Elk thema eindigt met een tentoonstelling voor "
          "ouders. In het voorjaar van 2022 evalueren we samen met het team en de leerlingenraad of Blink en de "
          "Maakplaats opleveren wat we ervan verwachtten."),

    ("h1", "7. De lat ligt hoog"),
    ("p", "Bij de kernwaarde Ambitieus hoort voor ons één houding: we geven altijd het beste van onszelf, en dat "
          "vragen we ook van de kinderen."),
    ("h2", "7.1 Hoge verwachtingen van ieder kind"),
    ("p", "We stellen eigen doelen die boven de signaleringswaarden van de inspectie liggen. Aan het eind van "
          "groep 8 haalt minimaal 97 procent van de leerlingen het fundamentele niveau 1F voor lezen, taalverzorging "
          "en rekenen; voor het streefniveau willen we 70 procent 2F bij lezen en 45 procent 1S bij rekenen halen. "
          "In elk groepsplan zet de leerkracht per vak een doel voor de hele groep. De afspraak is dat we de doelen "
          "niet verlagen als een kind achterblijft, maar de instructietijd verlengen of de aanpak aanpassen. "
          "Kinderen die meer aankunnen, werken twee uur per week in de Denkplaats met Levelwerk, onder begeleiding "
          "van een leerkracht met de opleiding Specialist Hoogbegaafdheid."),
    ("h2", "7.2 Zelf blijven leren"),
    ("p", "Iedere leerkracht kiest aan het begin van het schooljaar een eigen ontwikkelvraag en bespreekt die in "
          "het startgesprek. In het leerlab, op de eerste dinsdag van de maand na schooltijd, laten collega's op "
          "vrijwillige basis zien wat ze hebben uitgeprobeerd en wat het opleverde. In 2019-2020 deden 19 van de 26 "
          "leerkrachten daar minstens één keer aan mee."),

    ("h1", "8. Goed onderwijs voor ieder kind"),
    ("p", "Dit hoofdstuk hoort bij venster 1, Goed en toegankelijk onderwijs. Het bevat ons onderwijsprogramma, "
          "de resultaten, de kwaliteitszorg, de ondersteuning en de veiligheid."),
    ("h2", "8.1 Ons onderwijsprogramma"),
    ("p", "Ons programma dekt de kerndoelen van het primair onderwijs. De onderwijstijd is 880 uur per jaar in "
          "de groepen 1 en 2 en 975 uur per jaar in de groepen 3 tot en met 8, samen ruim boven de 7.520 uur die "
          "de wet voor acht schooljaren vraagt. Voor aanvankelijk lezen gebruiken we Veilig leren lezen "
          "(kim-versie), voor taal en spelling Staal, voor rekenen Pluspunt 4 en voor begrijpend lezen "
          "Nieuwsbegrip. Wereldoriëntatie en techniek lopen via Blink Wereld en de Maakplaats (zie hoofdstuk 6). "
          "Engels krijgen alle groepen vanaf groep 1 met Take it easy. De kinderen hebben twee keer per week "
          "bewegingsonderwijs van de vakleerkracht."),
    ("p", "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze kinderen."),
    ("p", "Om ons curriculum bij de tijd te houden, schrijven we in 2020-2021 een leerlijn digitale geletterdheid "
          "voor groep 1 tot en met 8, op basis van de SLO-uitwerking: mediawijsheid, informatievaardigheden, "
          "computational thinking en ICT-basisvaardigheden. In de groepen 6 tot en met 8 heeft ieder kind een "
          "eigen Chromebook, in de groepen 4 en 5 is dat één op twee. De leerlijn wordt vanaf 2021-2022 in alle "
          "groepen gegeven; ICT-coördinator Sven Mulder is er verantwoordelijk voor."),
    ("h2", "8.2 Resultaten"),
    ("p", "Bij het vierjaarlijks onderzoek van november 2018 kreeg de school van de inspectie het "
          "basisarrangement. De eindtoetsscores (IEP) lagen de afgelopen drie jaar boven het landelijk gemiddelde "
          "voor vergelijkbare scholen: 81,2 in 2017, 80,4 in 2018 en 82,0 in 2019. In 2019 haalde 98 procent van de "
          "leerlingen 1F, 71 procent 2F lezen en 42 procent 1S rekenen. Rekenen blijft daarmee ons aandachtspunt: "
          "in 2020-2021 voeren we in de groepen 5 tot en met 8 een extra automatiseringsblok van vijftien minuten "
          "per dag in en volgen we de opbrengst na elke toetsperiode."),
    ("h2", "8.3 Kwaliteitszorg"),
    ("p", "Kwaliteitszorg is bij ons een vaste jaarcyclus. In juni stellen we het jaarplan op, afgeleid van de "
          "doelentabellen in dit schoolplan. In oktober, januari en april rapporteren we in de kwartaalrapportage "
          "aan het bestuur over de voortgang. In juli schrijven we het jaarverslag, dat in september met de MR "
          "wordt besproken. Binnen dat ritme gebruiken we vaste instrumenten: elk jaar drie kwaliteitskaarten uit "
          "WMK-PO, klassenbezoeken door directeur en adjunct met de EDI-kijkwijzer (drie per groep per jaar), een "
          "trendanalyse van de toetsresultaten na elke toetsperiode en om de twee jaar een tevredenheidspeiling "
          "onder ouders en leerlingen."),
    ("h2", "8.4 Samen leren als team"),
    ("p", "De bouwvergaderingen zijn sinds 2019 leerteams. Elke drie weken werkt een bouw zestig minuten aan een "
          "verbetercyclus: samen een les voorbereiden, bij elkaar kijken, nabespreken en bijstellen. In "
          "2019-2020 ging het om het controleren van begrip tijdens de instructie. Elke cyclus eindigt met "
          "een korte presentatie in de teamvergadering."),
    ("h2", "8.5 Zicht op ontwikkeling en ondersteuning"),
    ("p", "De basis is een goede groepsleerkracht. Naast de groepsbesprekingen (zie 4.3) maakt de intern "
          "begeleider na elke toetsperiode een trendanalyse per leerjaar, en in juni dragen leerkrachten hun groep "
          "in een warme overdracht over aan de nieuwe leerkracht, met per kind een overdrachtsformulier."),
    ("p", "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2019) staat welke ondersteuning we bieden. Tot "
          "de basisondersteuning rekenen we onder meer het dyslexieprotocol, verlengde instructie in elke groep, "
          "de Denkplaats en de aanpak van De Vreedzame School. Extra ondersteuning bieden we in de Taalklas, waar "
          "kinderen die korter dan een jaar in Nederland zijn vier ochtenden per week Nederlands leren bij een "
          "NT2-leerkracht, en met individuele arrangementen voor rekenen en gedrag. Onze grenzen liggen bij "
          "intensieve medische zorg en bij kinderen die één-op-één begeleiding nodig hebben gedurende de hele dag."),
    ("p", "Waar onze mogelijkheden ophouden, werken we met het Samenwerkingsverband Passend Onderwijs Almere. "
          "De schoolondersteuner van het samenwerkingsverband komt om de week voor consultatie. Samen met ouders en "
          "de ouder- en kindadviseur van het wijkteam zoeken we dan naar een passende plek, op onze school met een "
          "arrangement of op een school voor speciaal (basis)onderwijs in de stad. In 2019-2020 gingen drie "
          "leerlingen naar het sbo en kwamen twee leerlingen met een arrangement vanuit het sbo bij ons terug."),
    ("h2", "8.6 Een veilig schoolklimaat"),
    ("p", "De Vreedzame School is de ruggengraat van onze aanpak van sociale veiligheid (zie 5.2). Twee keer per "
          "jaar vullen de leerkrachten ZIEN! in voor elk kind. Elk jaar in maart vullen de groepen 5 tot en met 8 "
          "de vragenlijst sociale veiligheid in; in 2019 gaf 93 procent van de kinderen aan zich veilig te voelen. "
          "Intern begeleider Petra Kooiman is anti-pestcoördinator en vertrouwenspersoon voor leerlingen. Het "
          "veiligheidsplan, met het pestprotocol en de meldcode, is in maart 2020 herzien."),
    ("h2", "8.7 Doelen voor goed onderwijs"),
    ("table", TABEL_KOP, [
        ["Rekenen en lezen structureel boven de signaleringswaarden",
         "Eindtoets: 2F lezen ≥ 70% en 1S rekenen ≥ 45% (2019: 71% en 42%)",
         "Eindtoets 2022 en 2023", "Directeur"],
        ["Leerlijn digitale geletterdheid groep 1-8",
         "Leerlijn vastgesteld; in 2021-2022 in alle groepen gegeven, zichtbaar in de weekplanning",
         "Juni 2021 / juni 2022", "ICT-coördinator"],
        ["Controle van begrip in de instructie versterken",
         "Bij de klassenbezoeken scoort ≥ 85% van de lessen voldoende op 'controleren van begrip' (2019: 64%)",
         "Juni 2022", "Adjunct-directeur"],
        ["SOP herzien en afgestemd met het samenwerkingsverband",
         "Nieuw SOP vastgesteld na advies van de MR",
         "Maart 2021", "Intern begeleiders"],
        ["Leerteams in alle bouwen",
         "Elke bouw voert twee verbetercycli per jaar uit en presenteert die in de teamvergadering",
         "Vanaf 2020-2021, jaarlijks", "Bouwcoördinatoren"],
        ["Sociale veiligheid op hoog niveau houden",
         "≥ 90% van de leerlingen in groep 5-8 voelt zich veilig (vragenlijst maart)",
         "Jaarlijks", "Anti-pestcoördinator"],
    ]),

    ("h1", "9. Een sterk team"),
    ("p", "Dit hoofdstuk hoort bij venster 2, Personeel in positie. Een school met vitale werknemers is voor ons "
          "vanzelfsprekend, en we willen dat iedere collega zich erkend en gezien voelt in zijn vakmanschap."),
    ("h2", "9.1 De gesprekscyclus"),
    ("p", "Iedere medewerker doorloopt elk jaar dezelfde cyclus: een startgesprek in september met de eigen "
          "ontwikkelvraag (zie 7.2), minstens één lesbezoek met nabespreking, een voortgangsgesprek in januari of "
          "februari en een eindgesprek in juni. Eens in de drie jaar is het eindgesprek een beoordelingsgesprek. "
          "Van elk gesprek komt binnen twee weken een verslag in het digitale personeelsdossier."),
    ("h2", "9.2 Professionalisering en bekwaamheid"),
    ("p", "Het scholingsbudget is ongeveer 18.000 euro per jaar. Ongeveer twee derde gaat naar teamscholing, in "
          "2020-2021 een vervolgtraining EDI door een externe trainer en een herhalingstraining De Vreedzame "
          "School; de rest is voor individuele scholing. Iedere leerkracht volgt elk schooljaar minstens één "
          "cursus of bijeenkomst van de ASG Academie, passend bij de eigen ontwikkelvraag, en legt dat vast in het "
          "personeelsdossier. Startende leerkrachten volgen een inductieprogramma van drie jaar met een vaste coach "
          "uit het team en in het eerste jaar zes lesbezoeken."),
    ("h2", "9.3 Leren in netwerken"),
    ("p", "Onze intern begeleiders nemen deel aan het ASG-netwerk van intern begeleiders, dat zes keer per jaar "
          "bijeenkomt. De ICT-coördinator en de rekencoördinator zitten in de ASG-netwerken voor hun vakgebied, "
          "en de directeur neemt deel aan een professionele leergemeenschap van directeuren."),
    ("h2", "9.4 Werkdruk en welzijn"),
    ("p", "De werkdrukmiddelen, in 2020-2021 ongeveer 71.000 euro, gebruiken we op voorstel van het team voor een "
          "extra onderwijsassistent (1,0 fte) en een deel van de vakleerkracht bewegingsonderwijs. De "
          "personeelsgeleding van de MR heeft ingestemd met het werkverdelingsplan, dat we elk voorjaar met het "
          "team evalueren. We houden rekening met de levensfase van collega's: collega's van 57 jaar en ouder "
          "kunnen hun uren duurzame inzetbaarheid gebruiken om minder pleinwachten te doen, en collega's met jonge "
          "kinderen kunnen vergaderingen op afstand bijwonen."),
    ("h2", "9.5 Zij-instromers en onbevoegden"),
    ("p", "In 2020-2021 werken bij ons twee zij-instromers die nog niet bevoegd zijn. Zij volgen het "
          "zij-instroomtraject van de pabo van Windesheim in Almere, hebben één dag per week studietijd, een "
          "schoolopleider als begeleider en een collega-mentor in hun bouw. Het doel is dat beiden uiterlijk in "
          "de zomer van 2022 hun bevoegdheid hebben."),
    ("h2", "9.6 Doelen voor het team"),
    ("table", TABEL_KOP, [
        ["Gesprekscyclus volledig uitgevoerd",
         "Van 100% van de medewerkers staan start- en eindgesprek in het personeelsdossier",
         "Elk schooljaar, juli", "Directeur"],
        ["Iedereen werkt aantoonbaar aan scholing",
         "Iedere leerkracht volgt minstens één activiteit van de ASG Academie per jaar",
         "Jaarlijks, juni", "Adjunct-directeur"],
        ["Zij-instromers bevoegd",
         "Beide zij-instromers hebben hun bevoegdheid",
         "Juli 2022", "Schoolopleider"],
        ["Werkdruk beheersbaar",
         "Evaluatie werkverdelingsplan: ≥ 75% van het team vindt de werkdruk hanteerbaar (2020: 61%)",
         "Voorjaar 2022 en 2024", "Directeur en PMR"],
        ["Deelname aan ASG-netwerken",
         "IB, ICT en rekenen zijn in elk netwerk vertegenwoordigd en brengen twee keer per jaar verslag uit",
         "Vanaf 2020-2021", "Coördinatoren"],
    ]),

    ("h1", "10. Samen met andere ASG-scholen"),
    ("p", "Dit hoofdstuk hoort bij venster 3, De meerwaarde van ASG. Collega's van school en servicebureau moeten "
          "van elkaar weten wie ze voor welke expertise kunnen benaderen."),
    ("p", "De ASG-basisscholen in de Poort houden sinds 2019 elke zes weken een Poortoverleg van de directeuren, "
          "over leerlingenaantallen, vervanging en gezamenlijke scholing. Elk voorjaar organiseren we met deze "
          "scholen een gezamenlijke studiemiddag voor de teams; die van 2020 is door de schoolsluiting vervallen "
          "en wordt in maart 2021 ingehaald. Het hele team gaat naar de ASG-brede studiedag in het najaar."),
    ("p", "Wat we als team leren, willen we niet voor onszelf houden. In 2021-2022 presenteert het leerteam van de "
          "bovenbouw de opbrengst van twee jaar werken aan de Maakplaats en de ontwerpopdrachten op de "
          "ASG-onderwijsconferentie, en de verslagen van onze verbetercycli zetten we in de gedeelde map van het "
          "Poortoverleg."),
    ("p", "Voor de overstap naar het voortgezet onderwijs werken we nauw samen met de ASG-scholen voor voortgezet "
          "onderwijs in de stad. Groep 8 loopt in januari proeflessen op twee van die scholen, in maart is er "
          "een warme overdracht met de toekomstige mentoren, en in het voorjaar van het tweede leerjaar krijgen "
          "we per oud-leerling terug hoe het gaat. Zo kunnen we zien of onze adviezen passend zijn. Met de "
          "vo-school in de Poort maken we in 2021-2022 afspraken over een doorlopende lijn rekenen van groep 7 "
          "tot en met de brugklas."),
    ("h2", "10.1 Doelen voor samenwerking binnen ASG"),
    ("table", TABEL_KOP, [
        ["Gezamenlijke studiemiddag Poortscholen",
         "Eén gezamenlijke studiemiddag per jaar, met ≥ 80% van het team aanwezig",
         "Maart 2021, daarna jaarlijks", "Directeur"],
        ["Opbrengst Maakplaats delen binnen ASG",
         "Presentatie op de ASG-onderwijsconferentie; verslagen verbetercycli in de gedeelde map",
         "2021-2022", "Bouwcoördinator 5-8"],
        ["Adviezen groep 8 passend",
         "≥ 85% van de oud-leerlingen zit in klas 2 op of boven het niveau van het advies",
         "Terugkoppeling voorjaar 2022 en 2024", "Leerkrachten groep 8"],
        ["Doorlopende lijn rekenen po-vo",
         "Afsprakenkader met de vo-school in de Poort vastgesteld",
         "Juni 2022", "Rekencoördinator"],
    ]),

    ("h1", "11. Samen met ouders en de wijk"),
    ("p", "Dit hoofdstuk hoort bij venster 4, Partnerschap. Kinderen leren beter als ouders en school samen om "
          "hen heen staan; dat merken we elke dag."),
    ("h2", "11.1 Ouders"),
    ("p", "Elk schooljaar begint met een startgesprek in de derde schoolweek. Het is een omgekeerd gesprek: "
          "ouders vertellen over hun kind, de leerkracht luistert en stelt vragen. Vanaf groep 5 schuift het kind "
          "aan, en in februari voeren kind, ouders en leerkracht samen een driehoeksgesprek over het portfolio. "
          "Voor ouders die de Nederlandse taal nog leren, is er elke donderdagochtend een koffieochtend met een tolk van het "
          "taalcafé, waar ook uitleg wordt gegeven over wat hun kind in de klas leert."),
    ("h2", "11.2 Medezeggenschap"),
    ("p", "De MR heeft zes leden, drie ouders en drie personeelsleden, en vergadert zes keer per jaar. De directeur "
          "brengt plannen al in de schetsfase in, zodat de MR kan meedenken voordat er iets vastligt; zo is de "
          "evaluatie van het continurooster in 2019 samen met de MR opgezet. Daarnaast is er twee keer per jaar een "
          "ouderpanel van wisselende ouders, dat in 2020 heeft meegedacht over dit schoolplan."),
    ("h2", "11.3 Partners in en om de school"),
    ("p", "In ons gebouw zit kinderopvang De Zeekraal, met voor- en naschoolse opvang en een peutergroep met "
          "voorschoolse educatie. Voor elke peuter die naar onze kleutergroepen gaat, is er een warme overdracht "
          "met een overdrachtsformulier, en twee keer per jaar werken peuters en kleuters aan hetzelfde thema. Met "
          "De Nieuwe Bibliotheek werken we in het programma de Bibliotheek op school: een leesconsulent is vier "
          "uur per week op school en de schoolbibliotheek wordt elk jaar aangevuld."),
    ("p", "Ook met de wijk zelf werken we samen. De schoolmaatschappelijk werker van het wijkteam Poort houdt elke "
          "dinsdagochtend spreekuur op school. De wijkagent geeft groep 7 les over veiligheid op straat en online. "
          "Elk voorjaar doet groep 6 mee aan de opschoondag in het Cascadepark met de buurtvereniging, en rond "
          "Kerst zingen de groepen 3 en 4 voor de bewoners van het woonzorgcentrum in het Homeruskwartier."),
    ("h2", "11.4 Doelen voor partnerschap"),
    ("table", TABEL_KOP, [
        ["Driehoeksgesprekken vanaf groep 5",
         "In groep 5-8 voert ≥ 90% van de gezinnen in februari een driehoeksgesprek",
         "Vanaf februari 2021", "Bouwcoördinator 5-8"],
        ["Ouders voelen zich betrokken",
         "Tevredenheidspeiling ouders: score 'betrokkenheid' ≥ 7,5 (2019: 7,0)",
         "Peiling 2022 en 2024", "Directeur"],
        ["Doorgaande lijn peuter-kleuter",
         "Warme overdracht voor 100% van de peuters van De Zeekraal; twee gezamenlijke thema's per jaar",
         "Vanaf 2020-2021", "IB groep 1-4"],
        ["MR betrokken in de schetsfase",
         "Elk jaar minstens twee onderwerpen in de schetsfase met de MR besproken, vastgelegd in het MR-jaarverslag",
         "Jaarlijks", "Directeur en MR-voorzitter"],
        ["Wijkactiviteiten vast in het jaarrooster",
         "Opschoondag, bezoek woonzorgcentrum en les wijkagent staan elk jaar in de jaarplanning",
         "Jaarlijks", "Adjunct-directeur"],
    ]),

    ("h1", "12. Van plan naar praktijk"),
    ("p", "Dit schoolplan is de basis; het werk gebeurt in de jaarplannen. Elk voorjaar kiest het team uit de "
          "doelentabellen wat in het komende jaar aandacht krijgt, en in het jaarverslag laten we zien wat er is "
          "bereikt. Halverwege de planperiode, in juni 2022, houden we met team, MR en leerlingenraad een "
          "tussenbalans en stellen we zo nodig doelen bij. Globaal ziet de verdeling over de jaren er zo uit:"),
    ("table", ["Schooljaar", "Zwaartepunten"], [
        ["2020-2021", "Leerlijn digitale geletterdheid schrijven; herziening SOP; automatiseringsblok rekenen; "
                      "driehoeksgesprekken invoeren; leerlijn burgerschap beschrijven"],
        ["2021-2022", "Digitale geletterdheid in alle groepen; Maakplaats voor kleuters; presentatie op de "
                      "ASG-onderwijsconferentie; afspraken rekenen po-vo; evaluatie Blink en Maakplaats"],
        ["2022-2023", "Tussenbalans verwerken; ingebruikname nieuwe vleugel; tweede ronde EDI-klassenbezoeken"],
        ["2023-2024", "Evaluatie van het schoolplan; voorbereiding schoolplan 2024-2028"],
    ]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    cp = doc.core_properties
    cp.author = "Marieke van Dalen"
    cp.last_modified_by = "Marieke van Dalen"
    cp.title = "Schoolplan 2020-2024 OBS Het Duinlicht"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 3

    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan OBS Het Duinlicht 2020-2024  |  pagina ")
    page_field(voet)

    # Titelpagina
    doc.add_paragraph("Schoolplan 2020 – 2024", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("OBS Het Duinlicht")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Openbare basisschool voor kinderen van 4 tot 12 jaar in Almere Poort")
    doc.add_paragraph("Almeerse Scholen Groep")
    doc.add_paragraph("Versie juni 2020")
    doc.add_page_break()

    for item in INHOUD:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "table":
            breedtes = BREEDTES if len(item[1]) == 4 else [3.0, 13.6]
            tabel(doc, item[1], item[2], breedtes)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_77_duinlicht_poort.docx")
