"""Schoolplan 2024-2028 van OBS Het Lichtschip (Almere Buiten): een openbare basisschool die per
kernwaarde en per venster van Koers 22 een hoofdstuk schrijft en daarin vooral de zinnen van het
bestuur in eigen woorden herhaalt. Alleen voor ongeveer een kwart van de doelen staat er echte
schoolpraktijk. Doelen in een kleine tabel, instemming van de MR in het colofon."""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

MOMENT = datetime.datetime(2024, 6, 20, 9, 0, 0)


# --- Word plumbing (copied from docx_parts.py) -------------------------------------------------

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

COLOFON = [
    ("Naam school", "Openbare Basisschool Het Lichtschip"),
    ("BRIN", "27RX"),
    ("Adres", "Schippersgracht 12, 1335 LB Almere"),
    ("Telefoon", "036 - 532 18 40"),
    ("E-mail", "info@hetlichtschip-asg.nl"),
    ("Bevoegd gezag", "Almeerse Scholen Groep (ASG), College van Bestuur"),
    ("Directeur", "Annelies de Vries-Koster"),
    ("Intern begeleider", "Marloes Bakker"),
    ("Planperiode", "1 augustus 2024 tot en met 31 juli 2028"),
]

INHOUD = [
    ("h1", "Inleiding"),
    ("p", "Voor u ligt het schoolplan van OBS Het Lichtschip voor de periode 2024-2028. In dit plan "
          "beschrijven wij wie wij zijn, waar wij voor staan en waar wij de komende vier jaar aan gaan "
          "werken. Het schoolplan is tot stand gekomen in samenspraak met het team, de "
          "medezeggenschapsraad en een aantal ouders. Op de studiedag van 4 maart 2024 hebben wij als "
          "team met elkaar gesproken over de vragen uit de Koerswijzer van ASG."),
    ("p", "Ons schoolplan sluit aan bij Koers 22, het strategisch beleid van de Almeerse Scholen Groep. "
          "De kernwaarden Gezien worden, Open, Vooruitstrevend en Ambitieus en de vier vensters van de "
          "koers vormen de opbouw van dit plan. Per hoofdstuk beschrijven wij hoe wij hier als school "
          "invulling aan geven. In het laatste hoofdstuk staan onze doelen voor de komende vier jaar op "
          "een rij."),
    ("p", "Wij vinden het belangrijk dat dit plan geen document is dat in de kast verdwijnt, maar een "
          "plan waar wij elke dag mee werken. Wij werken het plan elk jaar uit in een jaarplan."),
    ("p", "Wij wensen u veel leesplezier."),
    ("p", "Annelies de Vries-Koster, directeur"),

    ("h1", "Onze school"),
    ("h2", "Schoolgegevens"),
    ("p", "OBS Het Lichtschip is een openbare basisschool in Almere Buiten. De school werd in 1989 "
          "geopend en staat midden in de wijk, aan de Schippersgracht. Op 1 oktober 2023 telde de school "
          "302 leerlingen, verdeeld over 13 groepen: vier kleutergroepen en negen groepen 3 tot en met 8. "
          "Het team bestaat uit 27 medewerkers: 19 leerkrachten, een intern begeleider, drie "
          "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief "
          "medewerker en de directeur. Een aantal leerkrachten heeft daarnaast een taak als bouwcoördinator "
          "of specialist."),
    ("h2", "Onze leerlingen en de wijk"),
    ("p", "Onze leerlingen komen vooral uit de wijk zelf. De wijk is divers: ongeveer de helft van onze "
          "leerlingen groeit meertalig op en er wonen gezinnen met heel verschillende achtergronden. Een "
          "deel van de gezinnen heeft het financieel niet breed. De schoolweging van onze school is 31,4; "
          "dat is iets hoger dan het landelijk gemiddelde. Het leerlingaantal is de afgelopen jaren "
          "stabiel gebleven en wij verwachten dat dit de komende periode zo blijft."),
    ("h2", "Ons gebouw"),
    ("p", "Ons gebouw is in 2019 gerenoveerd. Daarbij zijn de ramen vervangen, is er een nieuwe "
          "ventilatie aangelegd en is op de eerste verdieping een leerplein gemaakt waar kinderen buiten "
          "het lokaal kunnen werken. De kleuters hebben een eigen speelplein aan de achterkant van de "
          "school. Het schoolplein is na schooltijd open voor de kinderen uit de buurt."),
    ("h2", "Missie en visie"),
    ("p", "Onze missie is: Samen onderweg. Wij geloven dat ieder kind uniek is en talenten heeft. Wij "
          "willen dat ieder kind zich bij ons thuis voelt en zich optimaal kan ontwikkelen, zodat het "
          "goed voorbereid is op het voortgezet onderwijs en op de samenleving van morgen. Goed onderwijs "
          "maken wij samen: met de kinderen, met hun ouders en met elkaar."),
    ("p", "In alles wat wij doen, staan vier waarden centraal:"),
    ("ul", ["Veiligheid: ieder kind voelt zich veilig op school.",
            "Respect: wij gaan goed met elkaar om.",
            "Plezier: leren is leuk en mag ook leuk zijn.",
            "Samen: wij doen het met elkaar, kinderen, ouders en team."]),

    ("h1", "Ons onderwijs"),
    ("h2", "Onderwijsprogramma"),
    ("p", "Ons onderwijs is georganiseerd in jaargroepen. In alle groepen werken wij met een vaste "
          "opbouw van de les: een korte instructie voor de hele groep, verlengde instructie voor kinderen "
          "die dat nodig hebben en daarna zelfstandig werken. Met onze methodes dekken wij de kerndoelen "
          "van het primair onderwijs. Wij werken met de volgende methodes:"),
    ("ul", ["Kleuterplein (groep 1 en 2)",
            "Veilig leren lezen, kim-versie (groep 3)",
            "Taal actief en Spelling actief (groep 4 tot en met 8)",
            "Nieuwsbegrip (begrijpend lezen, groep 4 tot en met 8)",
            "Pluspunt 4 (rekenen, groep 3 tot en met 8)",
            "Blink Wereld (aardrijkskunde, geschiedenis, natuur en techniek)",
            "Kwink (sociaal-emotionele ontwikkeling)",
            "Take it easy (Engels, groep 1 tot en met 8)",
            "123Zing (muziek) en Basislijn (bewegingsonderwijs)"]),
    ("p", "Alle groepen hebben dezelfde schooltijden: op maandag, dinsdag, donderdag en vrijdag van 8.30 "
          "tot 14.15 uur en op woensdag van 8.30 tot 12.30 uur. Daarmee krijgen de leerlingen ongeveer "
          "960 uur onderwijs per jaar en ruim voldoende onderwijstijd over acht schooljaren. In groep 3 "
          "besteden wij ruim negen uur per week aan lezen en taal. In groep 4 tot en met 8 gaat er "
          "gemiddeld zeven uur per week naar taal en lezen en vijf uur naar rekenen. De leerlingen krijgen "
          "twee lessen bewegingsonderwijs per week van de vakleerkracht. Met de doorstroomtoets in groep 8 "
          "kijken wij of onze leerlingen de referentieniveaus halen; onze normen daarvoor staan in het "
          "hoofdstuk Ambitieus."),
    ("h2", "Burgerschap"),
    ("p", "Onze school vindt het belangrijk dat kinderen opgroeien tot burgers die actief en "
          "verantwoordelijk deelnemen aan de samenleving. Burgerschap is bij ons geen apart vak, maar "
          "zit verweven in ons hele onderwijs en in de manier waarop wij met elkaar omgaan. Waarden als "
          "respect, gelijkwaardigheid, vrijheid en verdraagzaamheid staan bij ons centraal. Wij willen dat "
          "onze leerlingen leren dat iedereen erbij hoort en dat zij later een volwaardige plek in de "
          "maatschappij kunnen innemen."),
    ("h2", "Ons openbare karakter"),
    ("p", "Het Lichtschip is een openbare school. Als openbare school staan wij open voor alle kinderen, "
          "ongeacht hun geloof, cultuur of achtergrond. Iedereen is bij ons welkom. Wij vinden het "
          "belangrijk dat kinderen leren dat er verschillen zijn tussen mensen en dat die verschillen er "
          "mogen zijn. Zo geven ook wij kleur aan het openbare karakter van ASG. Wij zijn er trots op dat "
          "onze school een afspiegeling is van de wijk."),

    ("h1", "Gezien worden"),
    ("p", "Bij ons voelt iedereen zich welkom: kinderen, ouders, collega's en bezoekers. Een gastvrije "
          "sfeer vinden wij vanzelfsprekend, ook voor wie voor het eerst binnenloopt."),
    ("p", "Dat begint bij de voordeur. Elke ochtend staan de leerkrachten vanaf 8.20 uur bij de deur van "
          "hun lokaal en begroeten zij ieder kind persoonlijk. Nieuwe ouders kunnen elke dinsdagochtend om "
          "9.00 uur zonder afspraak een rondleiding krijgen van de directeur of de administratief "
          "medewerker. Een nieuwe leerling krijgt in de eerste twee weken een maatje uit de eigen groep "
          "dat laat zien hoe alles werkt, en de leerkracht belt na die twee weken met de ouders om te "
          "horen hoe het gaat."),
    ("p", "Wij vinden het belangrijk dat ieder kind en iedere collega zich gezien voelt. Iedereen is bij "
          "ons van waarde en wordt gezien zoals hij of zij is. Onze school zorgt ervoor dat wij goed zicht "
          "hebben op wat onze leerlingen en onze medewerkers nodig hebben om zich te ontwikkelen."),
    ("p", "Verschillen tussen kinderen zien wij als een kracht. Wij gaan uit van de positieve "
          "eigenschappen van ieder kind. Daarbij zijn de volgende woorden voor ons belangrijk:"),
    ("ul", ["aandacht", "vertrouwen", "betrokkenheid", "gelijkwaardigheid"]),
    ("p", "Ook de mening van ouders en kinderen doet ertoe. Wij luisteren naar iedereen en nemen ieders "
          "mening serieus. Gezien worden is voor ons geen project, maar een houding die je elke dag terugziet "
          "in de school."),
    ("p", "Een kind dat zich gezien voelt, komt beter tot leren. Daarom investeren wij in een goede "
          "relatie met ieder kind. Wij geloven dat ieder kind iets kan en dat het onze taak is om dat naar "
          "boven te halen. Dat geldt ook voor onze collega's: ook zij verdienen aandacht en waardering "
          "voor wat zij elke dag doen."),

    ("h1", "Open"),
    ("p", "Op onze school gaan wij respectvol om met iedereen, in de school en daarbuiten. Wij zijn eerlijk "
          "en open naar kinderen, ouders en elkaar. Openheid betekent voor ons ook dat wij elkaar "
          "aanspreken als iets niet goed gaat, op een respectvolle manier."),
    ("p", "Onze communicatie is helder en voor iedereen toegankelijk. Wij hebben daarover de volgende "
          "afspraken gemaakt:"),
    ("ul", ["Alle ouders zijn aangesloten op de app Parro. Daarin staan de nieuwsbrief, de agenda en "
            "foto's en berichten uit de groep.",
            "Om de week op vrijdag verschijnt onze nieuwsbrief Het Logboek.",
            "Berichten en e-mails van ouders beantwoorden wij binnen twee werkdagen.",
            "In de derde schoolweek houdt iedere groep een informatieavond voor ouders.",
            "Ouders die het Nederlands minder goed beheersen, kunnen de berichten in Parro laten "
            "vertalen. Bij oudergesprekken zetten wij zo nodig een tolk of een andere ouder als tolk in."]),
    ("p", "Met een open blik kijken wij naar de verschillen tussen onze kinderen en tussen onze collega's. "
          "Iedereen mag bij ons zijn wie hij is. Open zijn hoort bij een openbare school en dat willen wij "
          "ook uitstralen."),
    ("p", "Wij geloven dat een goede samenwerking tussen school en thuis begint bij goede communicatie. "
          "Ouders moeten weten wat er op school gebeurt en moeten zich vrij voelen om binnen te lopen met "
          "een vraag of een zorg. De deur staat bij ons altijd open."),

    ("h1", "Vooruitstrevend"),
    ("p", "Ook wij willen als school in beweging blijven. Onze school werkt met nieuwe leerconcepten die "
          "passen bij wie wij zijn en bij onze leerlingen. Wij zijn nieuwsgierig naar nieuwe inzichten, "
          "zodat ons onderwijs eigentijds blijft."),
    ("p", "Bij vernieuwing volgen wij de drie horizonten van ASG: het steeds verbeteren van wat er al is, "
          "het fundamenteel veranderen door kennis met elkaar te delen, en het radicaal vernieuwen door met "
          "een frisse blik naar de toekomst te kijken. Aan alle drie de horizonten hechten wij evenveel "
          "waarde."),
    ("p", "Wij hebben lef en durven te experimenteren. Fouten maken mag, bij kinderen en bij "
          "leerkrachten. Wij willen onze leerlingen de vaardigheden meegeven die zij nodig hebben in de "
          "wereld van morgen, zoals:"),
    ("ul", ["creatief denken", "kritisch denken", "samenwerken", "problemen oplossen",
            "communiceren", "ICT-vaardigheden"]),
    ("p", "Wij willen de komende jaren onderzoeken hoe wij meer ruimte kunnen maken voor onderzoekend "
          "en ontwerpend leren. Ook willen wij kijken naar de mogelijkheden van nieuwe technologie in de "
          "klas."),
    ("p", "Vernieuwing is voor ons geen doel op zich. Wij vernieuwen alleen als het ons onderwijs beter "
          "maakt voor de kinderen. Wij kijken daarbij goed naar wat er binnen ASG en daarbuiten gebeurt en "
          "laten ons inspireren door andere scholen. Zo blijven wij een school die met de tijd meegaat."),

    ("h1", "Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij dagen kinderen uit om het "
          "maximale uit zichzelf te halen en leggen de lat hoog, voor iedereen op zijn eigen niveau."),
    ("p", "Die verwachtingen hebben wij vertaald in schoolnormen voor de doorstroomtoets in groep 8. Onze "
          "norm is dat ten minste 96% van de leerlingen het fundamentele niveau 1F haalt voor lezen, "
          "taalverzorging en rekenen. Voor het streefniveau (2F voor lezen en taalverzorging, 1S voor "
          "rekenen) ligt onze norm op 58%, boven de signaleringswaarde die voor onze schoolweging geldt. "
          "In 2023 haalden wij die norm voor lezen en taalverzorging, maar niet voor rekenen: daar haalde "
          "54% van de leerlingen het niveau 1S. Daarom krijgt rekenen de komende periode extra aandacht "
          "(zie doel 1)."),
    ("p", "Onze medewerkers zijn intrinsiek gemotiveerd om zich te blijven ontwikkelen. Iedereen bij ons "
          "geeft elke dag het beste van zichzelf, in de klas en daarbuiten. Wij vinden het belangrijk dat "
          "kinderen leren om trots te zijn op wat zij bereiken."),
    ("p", "Kinderen die meer aankunnen, krijgen bij ons extra uitdaging. Kinderen die meer tijd nodig "
          "hebben, krijgen die ook."),
    ("p", "Ambitie betekent voor ons ook dat wij als team de lat voor onszelf hoog leggen. Wij spreken "
          "elkaar aan op afspraken en zijn kritisch op ons eigen handelen. Wij zijn pas tevreden als ieder "
          "kind eruit haalt wat erin zit."),

    ("h1", "Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Onze school geeft goed en toegankelijk onderwijs aan alle kinderen uit de wijk. Wij willen dat "
          "ieder kind zich kan ontwikkelen op een manier die bij hem of haar past."),
    ("h2", "Kwaliteit van ons onderwijs"),
    ("p", "De kwaliteit van ons onderwijs is op orde en dat moet zo blijven. Bij het laatste "
          "inspectiebezoek in november 2022, tijdens het vierjaarlijks onderzoek bij ASG, kregen wij voor "
          "alle onderzochte standaarden het oordeel voldoende. De eindresultaten lagen in 2022 en 2023 "
          "boven de signaleringswaarden van de inspectie: in 2023 haalde 97% van de leerlingen 1F en "
          "gemiddeld 57% het streefniveau."),
    ("h2", "Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg is samenhangend en cyclisch en is zichtbaar voor iedereen in de school. "
          "Wij werken hierbij binnen het kwaliteitsbeleid van ASG. Wij vinden het belangrijk dat wij als "
          "team steeds blijven leren en verbeteren. Zo bouwen wij samen aan een leercultuur waarin "
          "verbeteren en vernieuwen vanzelfsprekend zijn."),
    ("h2", "Zicht op onze leerlingen"),
    ("p", "Wij hebben goed zicht op wat onze leerlingen nodig hebben. Wij volgen de ontwikkeling van "
          "ieder kind nauwkeurig met ons leerlingvolgsysteem. Ons onderwijs sluit aan bij de "
          "belevingswereld van onze leerlingen, zodat zij gemotiveerd zijn om te leren."),
    ("h2", "Passend onderwijs"),
    ("p", "Onze school zorgt ervoor dat ieder kind de ondersteuning krijgt die het nodig heeft. Het "
          "onderwijs past zich aan het kind aan en niet andersom. In ons schoolondersteuningsprofiel staat "
          "duidelijk beschreven in welke leer- en zorgbehoeftes wij kunnen voorzien; u vindt het op onze "
          "website. Met vragen over ondersteuning kunt u terecht bij de leerkracht of bij onze intern "
          "begeleider."),
    ("p", "Samen met de andere scholen in Almere en het Samenwerkingsverband Passend Onderwijs Almere "
          "maken wij deel uit van een dekkend netwerk, zodat ieder kind een passende plek heeft."),
    ("h2", "Veiligheid en schoolklimaat"),
    ("p", "Een veilige school is de basis voor leren. In alle groepen krijgen de kinderen elke week op "
          "maandagochtend een les uit Kwink. De eerste zes weken van het schooljaar zijn onze Gouden "
          "Weken: iedere groep maakt dan samen de groepsafspraken, die in het lokaal komen te hangen. Wij "
          "werken met een pestprotocol; meester Ruud van Dam is onze anti-pestcoördinator en het "
          "aanspreekpunt voor kinderen en ouders. Elk jaar in maart vullen de leerlingen van groep 5 tot "
          "en met 8 de veiligheidsmonitor in. In 2024 gaf 91% van hen aan zich veilig te voelen op school; "
          "de uitkomsten bespreken wij elk jaar in de teamvergadering van april."),
    ("h2", "Een toekomstgericht aanbod"),
    ("p", "Onze leerlingen groeien op in een digitale wereld. Vanaf het schooljaar 2025-2026 krijgen alle "
          "groepen 3 tot en met 8 elke week een les digitale geletterdheid van 45 minuten. Als basis "
          "gebruiken wij de leerlijn van SLO, met lessen uit Basicly. Onze ICT-coördinator, meester Jeroen "
          "Smit, stelt in 2024-2025 het plan per leerjaar op en krijgt daarvoor 80 uur in het taakbeleid. "
          "Voor dit aanbod schaffen wij in de zomer van 2025 dertig extra Chromebooks aan."),

    ("h1", "Venster 2: Personeel in positie"),
    ("p", "Onze medewerkers zijn betrokken bij de school en bij ASG en zijn trots op hun werk. Wij hebben "
          "aandacht voor het welbevinden van al onze collega's, in elke fase van hun leven. Wij vinden het "
          "belangrijk dat iedere medewerker zich erkend en gezien voelt in zijn vakmanschap. Ook wij willen "
          "een team van vitale medewerkers. De talenten van onze collega's zetten wij in voor de hele "
          "school en waar het kan voor ASG."),
    ("h2", "Professionalisering"),
    ("p", "In 2024-2025 volgt het hele team de scholing Expliciete Directe Instructie (EDI). De scholing "
          "bestaat uit vier bijeenkomsten op de studiedagen van 7 oktober 2024, 28 november 2024, 5 "
          "februari 2025 en 14 april 2025. Na de scholing legt de directeur in iedere groep twee "
          "klassenbezoeken per jaar af met de EDI-kijkwijzer en bespreekt zij de bevindingen met de "
          "leerkracht."),
    ("p", "Daarnaast volgt juf Sanne Peters in 2024-2026 de opleiding tot rekencoördinator bij de ASG "
          "Academie. Zij gaat daarna de rekenaanpak in de school coördineren (zie doel 1). Onze collega's "
          "nemen deel aan leergemeenschappen en netwerken en dragen zo bij aan de leercultuur van ASG."),
    ("h2", "Gesprekkencyclus"),
    ("p", "Met iedere medewerker voert de directeur elk jaar een startgesprek vóór 1 november en een "
          "voortgangsgesprek in maart. Eens in de twee jaar volgt een beoordelingsgesprek. De afspraken "
          "worden vastgelegd in het digitale personeelsdossier in Youforce."),
    ("h2", "Bevoegdheid"),
    ("p", "Twee collega's, de leerkrachten van groep 4 en groep 6, zijn als zij-instromer begonnen. Zij "
          "volgen de deeltijdpabo van Windesheim Flevoland en krijgen één dag per week vrij voor hun "
          "studie. Onze bouwcoördinator is hun vaste coach en bezoekt hen eens in de zes weken in de klas. "
          "Zij ronden hun opleiding in de zomer van 2026 af."),
    ("p", "Het lerarentekort is ook in Almere voelbaar. Wij vinden het belangrijk dat nieuwe collega's zich "
          "snel thuis voelen in ons team en dat zij met plezier bij ons werken."),
    ("p", "Wij zijn een hecht team met veel ervaring en ook met jonge collega's die nieuwe ideeën "
          "meebrengen. Die mix vinden wij waardevol. Goed werkgeverschap betekent voor ons dat collega's "
          "de ruimte krijgen om te groeien en dat er aandacht is voor de werkdruk. Wij willen dat mensen "
          "graag bij ons komen werken en ook graag blijven."),

    ("h1", "Venster 3: De meerwaarde van ASG"),
    ("p", "Onze school is onderdeel van ASG, een grote organisatie met veel kennis en ervaring. Daar "
          "plukken wij de vruchten van. Onze collega's ontmoeten regelmatig collega's van andere ASG-scholen "
          "en van het servicebureau. Wat wij leren, delen wij graag met anderen, bijvoorbeeld op studiedagen "
          "en conferenties van ASG."),
    ("p", "Binnen ASG is op veel beleidsterreinen interne expertise aanwezig, waardoor onze school kan "
          "rekenen op een samenhangend aanbod. Voor vragen over huisvesting, ICT, financiën en "
          "personeelszaken heeft onze school bij het servicebureau vaste contactpersonen. Hun namen en "
          "telefoonnummers staan in het teamhandboek, zodat iedere collega weet wie hij voor welke vraag "
          "moet benaderen. De administratief medewerker houdt deze lijst bij."),
    ("p", "ASG heeft een divers aanbod van scholen, waardoor ieder kind een passende onderwijsloopbaan "
          "kan volgen. Onze leerlingen stromen na groep 8 door naar veel verschillende scholen voor "
          "voortgezet onderwijs, de meeste daarvan binnen ASG."),
    ("p", "De kracht van ASG zit in de samenwerking tussen scholen. Wij hoeven niet alles zelf uit te "
          "vinden: veel kennis is al aanwezig bij andere scholen. Die kennis willen wij de komende jaren "
          "nog beter benutten."),

    ("h1", "Venster 4: Partnerschap"),
    ("h2", "Ouders"),
    ("p", "Ouders zijn bij ons betrokken bij het leren van hun kind. Wij zien ouders als partners in de "
          "opvoeding en het onderwijs."),
    ("p", "In de tweede en derde week van het schooljaar voeren de leerkrachten met alle ouders een "
          "startgesprek, waarin de ouders vertellen over hun kind en wij samen afspreken hoe wij contact "
          "houden. In november en maart volgen de voortgangsgesprekken; vanaf groep 6 schuift het kind "
          "daarbij aan. Ouders van nieuwe kleuters krijgen een thuisboekje met spelletjes en "
          "voorleestips, zodat zij thuis kunnen meedoen met het thema van de groep."),
    ("h2", "Medezeggenschap"),
    ("p", "Onze medezeggenschapsraad is een klankbord voor ideeën en denkt als sparringpartner mee met de "
          "directie over voorgenomen beleid en de uitvoering daarvan. Ook de ouderraad is onmisbaar: "
          "zonder de ouderraad zouden veel activiteiten niet kunnen plaatsvinden."),
    ("h2", "Partners in de wijk"),
    ("p", "Ook wij werken proactief samen met veel partners. Een paar voorbeelden:"),
    ("ul", ["In ons gebouw zit Kinderopvang De Vlinderboot met een peutergroep en buitenschoolse opvang. "
            "Ongeveer 80% van de peuters stroomt door naar onze groep 1. De pedagogisch medewerkers en "
            "onze kleuterleerkrachten houden vier keer per jaar een overdrachtsoverleg.",
            "De buurtsportcoach van de gemeente Almere verzorgt op woensdagmiddag naschoolse sport in "
            "onze gymzaal. Gemiddeld doen daar 40 kinderen aan mee.",
            "Via de Bibliotheek op school van de Nieuwe Bibliotheek Almere is elke dinsdag een "
            "leesconsulent op school. Zij helpt bij de schoolbibliotheek en geeft tips aan leerkrachten en "
            "ouders."]),
    ("p", "Samen met de gemeente, het samenwerkingsverband en andere organisaties zijn wij een "
          "belangrijke gesprekspartner in de wijk."),
    ("p", "Kinderen leren niet alleen op school, maar ook thuis, op de sportclub en in de wijk. Daarom "
          "vinden wij het belangrijk dat school, ouders en partners samen om het kind heen staan. Een kind "
          "dat merkt dat de volwassenen om hem heen samenwerken, voelt zich gesteund."),

    ("h1", "Onze doelen 2024-2028"),
    ("p", "In de tabel hieronder staan de doelen waar wij de komende vier jaar aan werken. In het jaarplan "
          "werken wij deze doelen per schooljaar verder uit."),
    ("table", ["Nr", "Doel", "Wanneer", "Resultaat"],
     [["1", "Rekenen: meer leerlingen halen het streefniveau 1S", "2024-2027",
       "Van 54% (2023) naar ten minste 60% in 2027"],
      ["2", "Alle leerkrachten geven les volgens EDI", "Scholing 2024-2025, borging 2025-2026",
       "Bij de klassenbezoeken voldoet 80% van de lessen aan de EDI-kijkwijzer"],
      ["3", "Leerlijn digitale geletterdheid ingevoerd", "Plan 2024-2025, invoering 2025-2026",
       "Groep 3-8 krijgt wekelijks 45 minuten digitale geletterdheid"],
      ["4", "Kinderen nemen deel aan de voortgangsgesprekken", "2024-2025",
       "Alle leerlingen van groep 6-8 zijn bij beide gesprekken aanwezig"],
      ["5", "De school blijft een veilige plek", "Jaarlijks in maart",
       "Ten minste 90% van groep 5-8 voelt zich veilig (2024: 91%)"]],
     [1.0, 6.0, 4.0, 5.5]),

    ("h1", "Tot slot"),
    ("p", "Met dit schoolplan laten wij zien waar OBS Het Lichtschip voor staat en waar wij naartoe "
          "willen. Wij zijn trots op onze school, op onze kinderen en op ons team. Samen onderweg: zo gaan "
          "wij de komende vier jaar met vertrouwen tegemoet."),
]


def _marges(doc) -> None:  # type: ignore[no-untyped-def]
    for sectie in doc.sections:
        sectie.top_margin = Cm(2.5)
        sectie.bottom_margin = Cm(2.5)
        sectie.left_margin = Cm(2.5)
        sectie.right_margin = Cm(2.5)


def _stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13)):
        stijl = doc.styles[naam]
        stijl.font.name = "Calibri"
        stijl.font.size = Pt(grootte)
        stijl.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    par = doc.sections[0].footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run("Schoolplan 2024-2028 OBS Het Lichtschip - pagina ")
    page_field(par)


def _omslag(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    sub = doc.add_paragraph()
    run = sub.add_run("Openbare Basisschool Het Lichtschip")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Samen onderweg").runs[0].italic = True
    doc.add_paragraph("Almere Buiten")
    doc.add_paragraph()
    kop = doc.add_paragraph()
    kop.add_run("Colofon").bold = True
    for label, waarde in COLOFON:
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        par.add_run(label + ": ").bold = True
        par.add_run(waarde)
    doc.add_paragraph()
    doc.add_paragraph("De medezeggenschapsraad van OBS Het Lichtschip heeft op 11 juni 2024 ingestemd "
                      "met dit schoolplan. Het College van Bestuur van ASG heeft het schoolplan "
                      "vastgesteld op 2 juli 2024.")
    einde = doc.add_paragraph()
    einde.add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    _stijlen(doc)
    _marges(doc)
    _voettekst(doc)
    kern = doc.core_properties
    kern.title = "Schoolplan 2024-2028 OBS Het Lichtschip"
    kern.author = "A. de Vries-Koster"
    kern.last_modified_by = "A. de Vries-Koster"
    kern.language = "nl-NL"
    kern.revision = 1
    kern.created = MOMENT
    kern.modified = MOMENT
    kern.last_printed = MOMENT
    _omslag(doc)
    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "ul":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "table":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_61_obs_lichtschip.docx")
