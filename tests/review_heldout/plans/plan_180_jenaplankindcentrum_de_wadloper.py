"""Schoolplan 2024-2028 van Jenaplankindcentrum De Wadloper (Almere Haven).

Een lopend verhaal van de directeur, met terugblik op 2020-2024 en vooruitblik. Zelfstandig script:
build(path) schrijft het .docx-bestand. Alleen standaardbibliotheek + python-docx; deterministisch.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VASTE_DATUM = datetime.datetime(2024, 6, 14, 16, 5, 0)


def _taal_nl(document):
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle"):
        try:
            stijl = document.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(document):
    alinea = document.sections[0].footer.paragraphs[0]
    alinea.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = alinea.add_run()
    run.font.size = Pt(9)
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


def _opslaan(document, path):
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            nieuw = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 14, 16, 5, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = 0o644 << 16
            doel.writestr(nieuw, bron.read(item.filename))


# --------------------------------------------------------------------------------------
# Tekst: een verhaal in hoofdstukken
# --------------------------------------------------------------------------------------

HOOFDSTUKKEN = [
    ("Vooraf", [
        "Toen ik in augustus 2019 directeur werd van De Wadloper, kreeg ik van mijn voorganger een schoolplan "
        "van 64 pagina's mee. Ik heb het twee keer gelezen en daarna, eerlijk gezegd, niet meer opengeslagen. "
        "Dat wil ik met dit plan anders doen. Ik heb het geschreven zoals ik over de school vertel aan ouders "
        "die een rondleiding krijgen: wat we doen, waarom we het zo doen, en wat we nog niet goed genoeg doen. "
        "Waar we iets afspreken, staat er een datum bij, zodat het team, de MR en het bestuur mij erop kunnen "
        "aanspreken.",
        "Dit plan geldt voor de schooljaren 2024-2025 tot en met 2027-2028. Het is gegroeid in vier "
        "teamvergaderingen tussen januari en april 2024, in een gesprek met de kinderraad in februari en op een "
        "koffieochtend met ouders in maart. Ook de locatiemanager van Kinderopvang Zandkorrel heeft meegeschreven "
        "aan het hoofdstuk over het kindcentrum. Ik schrijf in de ik-vorm waar het over mijn keuzes gaat en in de "
        "wij-vorm waar het team iets samen heeft besloten. Dat is vaker het geval dan het eerste.",
    ]),
    ("Vier jaar terug", [
        "Het vorige schoolplan, voor 2020-2024, had vier speerpunten: de invoering van De Vreedzame School, "
        "wereldoriëntatie met Blink Wereld, beter rekenonderwijs en de samenwerking met de peuteropvang. Een "
        "paar weken nadat de MR met dat plan had ingestemd, gingen de scholen dicht. Een deel van wat we ons "
        "hadden voorgenomen, is daardoor pas in 2021 of 2022 echt begonnen.",
        "Wat ging goed? De Vreedzame School staat. Elke bovenbouwgroep heeft sinds 2021 vier mediatoren die "
        "op het plein helpen ruzies op te lossen, en de lessen zitten in het ritme van de week. De rekenresultaten "
        "zijn verbeterd: in 2024 haalde 94% van onze achtstegroepers het fundamentele niveau 1F en 47% het "
        "streefniveau 1S, tegen 88% en 31% in 2021. De overstap naar Pluspunt 4 en het dagelijkse "
        "automatiseringskwartier hebben daaraan bijgedragen. En sinds september 2022 zijn we een kindcentrum: de "
        "peuteropvang van Kinderopvang Zandkorrel zit in de twee lokalen aan de tuinkant en de BSO in het "
        "paviljoen naast het plein.",
        "Wat ging minder goed? Blink Wereld paste uiteindelijk niet bij hoe wij met stamgroepen werken. De "
        "methode gaat ervan uit dat alle kinderen van een jaargroep hetzelfde doen, terwijl in onze stamgroepen "
        "drie jaargroepen samen leren. In 2023 zijn we gestopt en teruggegaan naar wereldoriëntatie vanuit eigen "
        "thema's. En het lezen is achteruitgegaan. In 2024 haalde 46% van onze achtstegroepers bij lezen het "
        "streefniveau 2F; in 2019 was dat nog 63%. De signaleringswaarde voor onze school ligt op 49%, dus we "
        "zitten eronder. Dat vind ik de belangrijkste les van de afgelopen jaren: we hebben veel energie gestoken "
        "in rekenen en in de samenwerking met de opvang, en het lezen is daarbij uit beeld geraakt.",
        "Ook het team had een zwaar jaar. In 2022-2023 vielen twee collega's langdurig uit en heeft een "
        "middenbouwgroep een halfjaar met steeds wisselende invallers gewerkt. Het verzuim kwam dat jaar uit op "
        "9,1%. In 2023-2024 was het 5,2%.",
        "In november 2022 bezocht de inspectie ons in het kader van het vierjaarlijks onderzoek bij het bestuur. "
        "Alle onderzochte standaarden waren voldoende. De inspecteur vroeg wel aandacht voor onze analyse van de "
        "resultaten, die volgens haar 'vooral beschrijft en te weinig verklaart'. Die opmerking is terecht; ik "
        "kom erop terug in het hoofdstuk over hoe we bijhouden of het lukt.",
    ]),
    ("Wie we nu zijn", [
        "De Wadloper staat sinds 1983 in De Wierden in Almere Haven. Het gebouw was destijds vooruitstrevend, "
        "met een lichtstraat over de hele lengte en lokalen die uitkomen op een centrale hal. Veertig jaar later "
        "lekt die lichtstraat bij iedere stevige bui. Vanaf de bovenverdieping heb je zicht op het Gooimeer, en "
        "dat is op een grijze januaridag geen overbodige luxe.",
        "Op 1 oktober 2023 hadden we 236 kinderen in tien stamgroepen: vier onderbouwgroepen (groep 1-2), drie "
        "middenbouwgroepen (groep 3-4-5) en drie bovenbouwgroepen (groep 6-7-8). Onze schoolweging is 31,4. De "
        "peuteropvang heeft twee groepen met samen 32 kindplaatsen; veertien peuters hebben een indicatie voor "
        "voorschoolse educatie. De BSO vangt 68 kinderen op, bijna allemaal van onze school.",
        "De Wadloper is een openbare basisschool die werkt volgens de uitgangspunten van het jenaplanonderwijs. Een week heeft een vast ritme van gesprek, "
        "spel, werk en viering. Kinderen zitten drie jaar in dezelfde stamgroep, zodat een kind het ene jaar de "
        "jongste is en twee jaar later de oudste die de jongsten op weg helpt. Wereldoriëntatie is het hart van "
        "ons onderwijs; taal, lezen en rekenen oefenen we in de blokperiode, maar we passen ze zo vaak mogelijk "
        "toe in de thema's. Elke vrijdagmiddag sluiten we de week af met een open podium in de hal, waar kinderen "
        "laten zien wat ze hebben gemaakt of geleerd.",
        "Voor taal en spelling werken we met Staal, voor rekenen met Pluspunt 4 en voor het aanvankelijk lezen "
        "in groep 3 met Veilig leren lezen. Voor wereldoriëntatie hebben we in 2023 een kerndoelenmatrix "
        "gemaakt, waarmee we per thema nagaan welke kerndoelen aan bod komen. Die matrix werken we elk jaar in "
        "juni bij, zodat we na drie jaar stamgroep zeker weten dat alle kerndoelen voor oriëntatie op jezelf en "
        "de wereld zijn behandeld.",
        "Het team bestaat uit 24 mensen: zestien stamgroepleiders, een intern begeleider (0,6 fte), drie "
        "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief "
        "medewerker en ik. Bij Zandkorrel werken veertien pedagogisch medewerkers op onze locatie.",
    ]),
    ("Lezen, opnieuw", [
        "Mijn eerste en belangrijkste voornemen voor de komende vier jaar is dat onze kinderen weer goed leren "
        "lezen, en vooral: dat ze begrijpen wat ze lezen en het ook graag doen. Het team was het daar op de "
        "studiedag van januari 2024 zonder uitzondering mee eens. Een collega zei het zo: 'We hebben kinderen "
        "leren rekenen met teksten die ze niet kunnen lezen.'",
        "We gaan het volgende doen. Vanaf januari 2025 lezen alle stamgroepen elke dag minstens een halfuur: "
        "tien minuten vrij lezen in een boek dat het kind zelf kiest en twintig minuten samen lezen in een tekst "
        "die bij het thema van de wereldoriëntatie hoort. In de onderbouw lezen we elke dag interactief voor. In "
        "het schooljaar 2024-2025 volgt het hele team vier bijeenkomsten over begrijpend lezen, gegeven door een "
        "leesspecialist van het Expertisecentrum Nederlands. De schoolbibliotheek vernieuwen we samen met de "
        "Nieuwe Bibliotheek in het kader van de Bibliotheek op school: in de loop van 2025 komen er ruim 1.200 "
        "nieuwe boeken bij en eens per twee weken is er een leesconsulent op school.",
        "Ik wil dat we dit meten. Bij de doorstroomtoets van februari 2026 haalt minstens 52% van onze "
        "achtstegroepers het niveau 2F bij lezen, en bij de toets van februari 2028 minstens 58%. Het percentage "
        "kinderen dat 1F haalt, blijft boven de 95%. Daarnaast volgen we twee keer per jaar, in januari en juni, "
        "de resultaten begrijpend lezen vanaf groep 4 met Cito Leerling in beeld. Als de januarimeting van 2026 "
        "geen vooruitgang laat zien, bespreken we in februari 2026 met het team wat we anders moeten doen, en "
        "dan niet pas bij de eindtoets.",
    ]),
    ("Wereldoriëntatie en de ateliers", [
        "Sinds we met Blink zijn gestopt, kiezen we per bouw zes thema's per jaar. Binnen elk thema stellen de "
        "kinderen in de kring hun eigen onderzoeksvragen, en de stamgroepleider zorgt ervoor dat de kerndoelen "
        "uit de matrix aan bod komen. Het mooiste voorbeeld vond ik dit jaar het thema Water in de middenbouw. "
        "Het begon met de vraag van een jongen uit groep 4 waarom Almere niet onderloopt, en eindigde met een "
        "excursie naar gemaal De Blocq van Kuffeler en een tentoonstelling in de hal over de dijk achter het "
        "Gooimeer. Kinderen leren het meest als het onderwerp van hen is. Dat houden we vast: ook in deze "
        "planperiode beginnen alle thema's met de vragen van de kinderen zelf, en in de bovenbouw kiezen kinderen "
        "vanaf 2025 zelf één van de zes thema's per jaar.",
        "Nieuw in deze periode zijn de ateliers. Vanaf januari 2025 werken de middenbouwgroepen op dinsdag- en "
        "donderdagmiddag in ateliers: beeldend werken, toneel en muziek, koken, de schooltuin en de "
        "houtwerkplaats. Kinderen kiezen per periode van zes weken een atelier, los van hun stamgroep. Vanaf "
        "augustus 2025 doet de bovenbouw mee. Ouders en medewerkers van de BSO begeleiden ateliers mee, zodat we "
        "groepen van hooguit twaalf kinderen kunnen maken. In juni 2026 evalueren we de ateliers met kinderen, "
        "ouders en team. Onze maatstaf is dat minstens drie kwart van de kinderen zegt dat ze in het atelier iets "
        "leren wat ze anders niet hadden geleerd. Halen we dat niet, dan passen we de opzet aan voordat we verder "
        "gaan.",
    ]),
    ("Eén huis voor kinderen van twee tot dertien", [
        "Sinds 2022 zitten we met Kinderopvang Zandkorrel onder één dak, maar eerlijk is eerlijk: we zitten nog "
        "vooral naast elkaar. De peuteropvang, de onderbouw en de BSO hebben elk hun eigen afspraken over hoe we "
        "met kinderen omgaan, over eten, over buiten spelen en over wat je doet als een kind een ander pijn doet. "
        "Voor een kind van vier dat 's ochtends in de onderbouw zit en 's middags naar de BSO gaat, is dat "
        "verwarrend. Ouders merken het ook.",
        "Samen met Zandkorrel spreken we daarom het volgende af. Vanaf augustus 2025 werken peuteropvang, school "
        "en BSO met één pedagogisch kader en dezelfde omgangsafspraken, gebaseerd op De Vreedzame School en de "
        "variant daarvan voor de kinderopvang. Vóór oktober 2025 volgen peuteropvang en onderbouw de ontwikkeling "
        "van jonge kinderen in hetzelfde observatie-instrument, KIJK!, zodat een kind dat met vier jaar overstapt "
        "een warme overdracht krijgt, met de observaties erbij. En elke maand is er een kindcentrumoverleg van de "
        "locatiemanager van Zandkorrel, de intern begeleider en mij.",
        "Ook buiten het gebouw werken we met anderen samen. De jeugdverpleegkundige van de GGD Flevoland houdt "
        "eens per maand spreekuur op school, het sociaal wijkteam van Almere Haven schuift aan bij de "
        "leerlingbesprekingen als een gezin ondersteuning nodig heeft, en een logopedist uit de wijk behandelt "
        "kinderen onder schooltijd in een van de spreekkamers, zodat ouders daarvoor niet vrij hoeven te nemen.",
    ]),
    ("Samen leven leren", [
        "Het jenaplanonderwijs heeft burgerschap in zijn genen: kinderen leven drie jaar in een stamgroep met "
        "kinderen die ouder, jonger en anders zijn dan zij. Elke week is er een stamgroepvergadering, waarin "
        "kinderen zelf punten inbrengen en besluiten nemen over de groep. Sinds 2021 hebben we een kinderraad met "
        "twee kinderen uit elke bovenbouwgroep, die eens per maand met mij vergadert. De kinderraad heeft het "
        "afgelopen jaar het nieuwe speeltoestel uitgekozen en de regels voor het voetbalveld herschreven.",
        "Wat ontbreekt, is een overzicht van wat kinderen bij ons leren over democratie, over de rechtsstaat en "
        "over wat je als inwoner van Almere zelf kunt doen. Vóór de zomer van 2026 beschrijven we "
        "daarom een leerlijn burgerschap voor groep 1 tot en met 8, waarin we vastleggen welke kennis, "
        "vaardigheden en ervaringen er per bouw bij horen. Een paar onderdelen staan al vast: vanaf 2024-2025 "
        "bezoekt groep 8 een vergadering van de gemeenteraad in het stadhuis, en vanaf 2025 kiest de "
        "kinderraad elk jaar een goed doel in de wijk waarvoor de hele school een actie organiseert.",
    ]),
    ("Als een kind meer nodig heeft", [
        "Wat een kind nodig heeft, weten we vooral doordat we kinderen lang en goed kennen. We zien ze drie jaar "
        "in dezelfde stamgroep, en in de onderbouw al als peuter. Toch willen we dat niet aan het geheugen van "
        "de stamgroepleider overlaten. Vanaf groep 3 voert de stamgroepleider drie keer per jaar een kindgesprek "
        "over wat goed gaat en wat het kind nodig heeft om verder te komen; de afspraken komen in het portfolio. "
        "In de onderbouw observeren we met KIJK!. Twee keer per jaar, in november en maart, bespreekt de "
        "intern begeleider per stamgroep de resultaten en de kinderen die extra aandacht nodig hebben. De "
        "sociaal-emotionele ontwikkeling volgen we twee keer per jaar met ZIEN!.",
        "We hebben ons schoolondersteuningsprofiel in 2023 herschreven. Daarin staat wat we kunnen bieden: "
        "extra begeleiding bij dyslexie met Bouw! in groep 3 en 4, waarbij bovenbouwkinderen als tutor "
        "meelezen; een verrijkingsgroep voor kinderen die meer aankunnen, één ochtend per week; en "
        "taalondersteuning voor nieuwkomers. Sinds 2022 zitten er negen kinderen uit Oekraïne op onze school, die "
        "vier uur per week extra taalles krijgen van een onderwijsassistent. Er staat ook in wat we niet kunnen "
        "bieden: een plek voor een kind dat voortdurend één-op-één begeleiding nodig heeft, of waarbij de "
        "veiligheid van andere kinderen steeds in het geding is. Kinderen die niet zelfstandig een trap op "
        "kunnen, kunnen we nu niet in de bovenbouw plaatsen, omdat het gebouw geen lift heeft. Na de "
        "verbouwing verandert dat; het profiel passen we daarop aan, uiterlijk in maart 2027.",
    ]),
    ("Veilig in de stamgroep", [
        "Kinderen voelen zich bij ons veilig: in de veiligheidsmonitor van maart 2024 gaf 92% van de kinderen "
        "in groep 6 tot en met 8 aan zich op school veilig te voelen, en 6% zei het afgelopen jaar gepest te "
        "zijn. We willen dat minstens 90% zich veilig voelt, elk jaar. De intern begeleider is ook "
        "anti-pestcoördinator en het eerste aanspreekpunt voor ouders en kinderen.",
        "In het schooljaar 2024-2025 herschrijven we ons veiligheidsplan samen met Zandkorrel, zodat het geldt "
        "voor alle kinderen van twee tot dertien en voor alle volwassenen in het gebouw, ook 's middags bij de "
        "BSO. Het pestprotocol wordt daarin opgenomen. Het nieuwe plan is klaar in juni 2025. Na de verbouwing "
        "maken we ook een nieuwe ontruimingsoefening met de BSO erbij.",
    ]),
    ("Het team", [
        "Ik wil dat medewerkers zich betrokken voelen bij en trots zijn op De Wadloper. Wat ik in het afgelopen "
        "jaar heb gezien, is dat ons team klein genoeg is om elkaar goed te kennen, en daardoor ook kwetsbaar: "
        "als er één stamgroepleider uitvalt, voelt de hele school dat.",
        "Aan de werkdruk werken we op een paar manieren. De werkdrukmiddelen zetten we ook de komende jaren in "
        "voor de drie onderwijsassistenten en de vakleerkracht bewegingsonderwijs, zodat elke stamgroepleider "
        "twee uur per week zonder groep werkt. Op woensdagmiddag na half vier plannen we geen vergaderingen. Met "
        "de twee collega's die ouder zijn dan zestig maak ik elk jaar afspraken over hun taken, zodat zij hun "
        "energie in de groep kunnen steken. Het verzuim wil ik per kalenderjaar onder de 5% houden. Met iedere "
        "collega die langer dan twee weken ziek is geweest, voer ik binnen een week na terugkomst een gesprek "
        "over wat er nodig is om te blijven.",
        "Van onze zestien stamgroepleiders hebben er elf de jenaplanaantekening. Vier collega's volgen vanaf "
        "september 2024 de jenaplanopleiding bij Hogeschool Windesheim. Vóór de zomer van 2026 heeft iedereen die "
        "langer dan twee jaar bij ons werkt de aantekening; nieuwe collega's beginnen in hun tweede jaar. Sinds "
        "augustus 2023 werkt Youssef als zij-instromer in de middenbouw. Hij studeert aan de deeltijdpabo van "
        "Windesheim in Almere, heeft een ervaren stamgroepleider als coach en krijgt één dag per week vrij "
        "voor zijn opleiding. Hij verwacht in de zomer van 2026 zijn bevoegdheid te halen.",
    ]),
    ("Ouders en de buurt", [
        "Bij ons zijn ouders betrokken bij het leerproces van hun kind. Wat dat concreet betekent, gaat "
        "veranderen. Vanaf november 2024 vervangen we de rapportgesprekken door portfoliogesprekken, drie keer "
        "per jaar: in november, maart en juni. Het kind laat zelf aan de hand van zijn portfolio zien wat het "
        "heeft geleerd en waar het aan wil werken; ouders en stamgroepleider praten mee. Bij de "
        "tienminutengesprekken van 2023-2024 was 78% van de ouders aanwezig. In 2025-2026 wil ik dat minstens 90% "
        "van de ouders bij elk portfoliogesprek aanwezig is. Daarnaast zoeken we voor elke atelierperiode "
        "minstens twaalf ouders die een atelier mee begeleiden.",
        "Met de MR heb ik in 2022 afgesproken dat ik grote plannen eerst als idee met hen bespreek, voordat er "
        "iets op papier staat. Zo hebben we het bij de verbouwing gedaan: de MR heeft in het voorjaar van 2024 "
        "op twee avonden meegedacht over de indeling van het gebouw, en het idee om de peuteropvang direct naast "
        "de onderbouw te plaatsen kwam van een ouder uit de MR. Die werkwijze houden we vast. Elk najaar bespreek "
        "ik met de MR vooraf de uitgangspunten voor de formatie en de begroting van het jaar daarna.",
        "De Wadloper staat midden in de wijk, en de wijk mag dat merken. Ons schoolplein is na schooltijd open "
        "als speelplein; de speeltuinvereniging van De Wierden houdt samen met onze conciërge toezicht. De "
        "bovenbouw bezoekt eens per maand de bewoners van het woonzorgcentrum aan de overkant om samen te lezen "
        "of spelletjes te doen. In het voorjaar van 2025 leggen we met de bewonersvereniging een moestuin aan "
        "op het braakliggende stuk grond naast het plein; de kinderen van het tuinatelier onderhouden hem samen "
        "met buurtbewoners.",
    ]),
    ("Het gebouw en de gewone dingen", [
        "Het gebouw krijgt in de zomer en het najaar van 2026 een ambitieuze verbouwing. De lichtstraat wordt "
        "vervangen, er komt een lift, de peuteropvang verhuist naar de lokalen naast de onderbouw en de BSO krijgt "
        "een eigen ingang. De gemeente betaalt het grootste deel vanuit het integraal huisvestingsplan. Tijdens "
        "de verbouwing wijken vier stamgroepen uit naar tijdelijke lokalen op het plein.",
        "In de zomer van 2025 laten we een dekkend wifi-netwerk in het hele gebouw aanleggen, inclusief de BSO; "
        "nu valt het signaal in de hal en de speelzaal regelmatig weg. De Chromebooks in de bovenbouw vervangen "
        "we in 2026.",
        "Gastvrij ontvangen we elk voorjaar de schoolfotograaf in de speelzaal; sinds vorig jaar maakt hij de "
        "stamgroepfoto's buiten, met het water op de achtergrond. De muurschildering die de bovenbouw in 2023 "
        "samen met een kunstenaar uit de wijk maakte, wordt door de hele wijk gezien; na de verbouwing krijgt hij "
        "een plek aan de voorkant van het gebouw.",
        "De begroting van de school is sluitend. De kosten van de ateliers (materialen, circa € 6.000 per jaar) "
        "en de nieuwe boeken betalen we uit de middelen voor onderwijsachterstanden en uit de vrijwillige "
        "ouderbijdrage.",
    ]),
    ("Hoe we bijhouden of het lukt", [
        "Na de opmerking van de inspectie in 2022 doen we de analyse van onze resultaten anders. Twee keer per "
        "jaar, in februari en juli, maakt de intern begeleider een trendanalyse van de toetsresultaten per "
        "stamgroep en per jaargroep. Zij bespreekt die met elke stamgroepleider afzonderlijk, en daarbij "
        "beschrijven we niet alleen wat we zien, maar schrijven we ook op waardoor het volgens ons komt en welke "
        "aanpassing daaruit volgt. Die aanpassingen komen in het groepsplan en worden bij de volgende analyse "
        "weer bekeken. De belangrijkste conclusies leg ik twee keer per jaar voor aan het bestuur.",
        "Elk jaar in juni maken we een jaarplan met de acties uit dit schoolplan voor het volgende jaar, en in "
        "november schrijf ik het jaarverslag over het jaar daarvoor. Elk kwartaal rapporteer ik aan het bestuur "
        "over de voortgang en de cijfers. Met de kwaliteitskaarten van WMK-PO nemen we elk jaar drie onderwerpen "
        "onder de loep; in 2024-2025 zijn dat lezen, de samenwerking met Zandkorrel en burgerschap. Ouders en "
        "kinderen van groep 5 tot en met 8 vragen we om het jaar naar hun tevredenheid, het team in 2025 en 2027. "
        "Halverwege, in juni 2026, maak ik met het team en de MR een tussenbalans van dit plan.",
    ]),
    ("Tot slot", [
        "Een schoolplan is een belofte. Ik heb geprobeerd om niet meer te beloven dan we kunnen waarmaken, en "
        "om te beschrijven wat we echt gaan doen. De concrete afspraken uit dit plan staan hieronder nog eens "
        "op een rij.",
    ]),
]

AFSPRAKEN = [
    ("november 2024", "eerste portfoliogesprekken in plaats van rapportgesprekken"),
    ("2024-2025", "teamscholing begrijpend lezen; nieuw veiligheidsplan met Zandkorrel (klaar juni 2025)"),
    ("januari 2025", "dagelijks minstens een halfuur lezen in alle stamgroepen; start ateliers middenbouw"),
    ("voorjaar 2025", "moestuin met de bewonersvereniging"),
    ("augustus 2025", "één pedagogisch kader met Zandkorrel; ateliers ook in de bovenbouw"),
    ("oktober 2025", "KIJK! in peuteropvang en onderbouw"),
    ("februari 2026", "minstens 52% 2F lezen bij de doorstroomtoets"),
    ("juni 2026", "leerlijn burgerschap beschreven; evaluatie ateliers; jenaplanaantekening voor alle vaste "
                  "stamgroepleiders; tussenbalans schoolplan"),
    ("zomer/najaar 2026", "verbouwing"),
    ("maart 2027", "schoolondersteuningsprofiel aangepast na de verbouwing"),
    ("februari 2028", "minstens 58% 2F lezen bij de doorstroomtoets"),
]

SLOT = [
    "De MR heeft een conceptversie van dit plan in mei 2024 gelezen en van advies voorzien. Ik verwerk die "
    "adviezen en leg het definitieve plan na de zomervakantie, in september 2024, ter instemming aan de MR voor. Daarna gaat "
    "het ter vaststelling naar het bestuur.",
    "Sander Oudejans\ndirecteur Jenaplankindcentrum De Wadloper\nAlmere Haven, juni 2024",
]


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    document.styles["Normal"].font.name = "Cambria"
    document.styles["Normal"].font.size = Pt(11)

    eigenschappen = document.core_properties
    eigenschappen.title = "Schoolplan De Wadloper 2024-2028"
    eigenschappen.author = "Sander Oudejans"
    eigenschappen.last_modified_by = "Sander Oudejans"
    eigenschappen.created = VASTE_DATUM
    eigenschappen.modified = VASTE_DATUM
    eigenschappen.revision = 12

    _paginanummer(document)

    document.add_paragraph("Jenaplankindcentrum De Wadloper", style="Title")
    document.add_paragraph("Schoolplan 2024-2028: waar we vandaan komen en waar we heen gaan", style="Subtitle")
    document.add_paragraph("Almere Haven, juni 2024 (versie voor de MR)")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for titel, alineas in HOOFDSTUKKEN:
        document.add_heading(titel, level=1)
        for tekst in alineas:
            document.add_paragraph(tekst)

    tabel = document.add_table(rows=1, cols=2)
    tabel.style = "Light List Accent 1"
    kop = tabel.rows[0].cells
    kop[0].text = "Wanneer"
    kop[1].text = "Wat"
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    herhaal = OxmlElement("w:tblHeader")
    herhaal.set(qn("w:val"), "true")
    trpr.append(herhaal)
    for wanneer, wat in AFSPRAKEN:
        cellen = tabel.add_row().cells
        cellen[0].text = wanneer
        cellen[1].text = wat
    document.add_paragraph()

    for tekst in SLOT[:-1]:
        document.add_paragraph(tekst)
    document.add_paragraph().add_run(SLOT[-1]).italic = True

    _opslaan(document, path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_180_jenaplankindcentrum_de_wadloper.docx")
