"""Schoolplan 2025-2029 van Daltonlyceum De Wissel, Almere Stad.

De school: een openbare Daltonschool voor havo en atheneum van de Almeerse Scholen Groep in Almere
Stad, ongeveer 900 leerlingen en 92 medewerkers, met keuzewerktijd, periodetaken, Daltoncoaches en
sinds 2024 een vakoverstijgend Daltonlab in de onderbouw.

Het ontwerp: lang, beschouwend proza onder eigen hoofdstuktitels ('Vrijheid in verantwoordelijkheid',
'Samenwerken', 'Zelfstandigheid', 'Reflectie', 'Onze mensen', 'Onze partners'). De koers van het
bestuur wordt alleen in de inleiding genoemd. Elk hoofdstuk begint met wat de school gelooft en wenst
(waarden, overtuigingen, zonder afspraken) en beschrijft daarna wat zij concreet doet. De doelen staan
aan het eind als genummerde lijst per hoofdstuk, de meeste meetbaar. Burgerschap en het openbare
karakter blijven bij overtuigingen; het schoolondersteuningsprofiel wordt alleen genoemd. De MR heeft
meegelezen en advies uitgebracht (geen instemming).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

DATUM = datetime.datetime(2025, 6, 24, 10, 0, 0)


def _p(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)


def _h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def _h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def _lijst(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _nieuwe_nummering(doc):
    """Een nieuwe nummering op basis van de stijl List Number, die weer bij 1 begint."""
    stijl = doc.styles["List Number"].element
    num_id_stijl = stijl.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract = None
    hoogste = 0
    for num in numbering.findall(qn("w:num")):
        nid = int(num.get(qn("w:numId")))
        hoogste = max(hoogste, nid)
        if nid == num_id_stijl:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    nieuw = OxmlElement("w:num")
    nieuw.set(qn("w:numId"), str(hoogste + 1))
    abs_el = OxmlElement("w:abstractNumId")
    abs_el.set(qn("w:val"), abstract)
    nieuw.append(abs_el)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    nieuw.append(override)
    numbering.append(nieuw)
    return hoogste + 1


def _genummerd(doc, items):
    num_id = _nieuwe_nummering(doc)
    for item in items:
        par = doc.add_paragraph(item, style="List Number")
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.insert(1, numpr)


def build(path):
    doc = Document()
    taal_nl(doc)
    doc.core_properties.author = "Anne-Fleur Koopmans"
    doc.core_properties.title = "Schoolplan 2025-2029 Daltonlyceum De Wissel"
    doc.core_properties.created = DATUM
    doc.core_properties.modified = DATUM
    doc.core_properties.last_modified_by = "Anne-Fleur Koopmans"
    doc.core_properties.revision = 1
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Daltonlyceum De Wissel · Schoolplan 2025-2029 · "
    page_field(voet)

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    _p(doc, "Daltonlyceum De Wissel", "Subtitle")
    _p(doc, "havo · atheneum · Almere Stad")
    _p(doc, "Parkwijklaan 40, 1326 Almere · BRIN 19XP")
    _p(doc, "juni 2025")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # Inleiding
    _h1(doc, "Inleiding")
    _p(doc, "Dit schoolplan beschrijft de richting van Daltonlyceum De Wissel voor de schooljaren 2025-2026 "
       "tot en met 2028-2029. Het is geschreven binnen de kaders van Koers 22, 'Leren in verbinding', "
       "van de Almeerse Scholen Groep, het bestuur waartoe onze school behoort. De missie van ons "
       "bestuur, samen kleur geven aan goed onderwijs, en de vier kernwaarden gezien worden, open, "
       "vooruitstrevend en ambitieus herkennen wij in de Daltonprincipes waarop onze school sinds 1994 "
       "gebouwd is. Met ons bestuur delen wij de overtuiging dat de cultuur van een school gastvrij moet "
       "zijn en dat iedereen zich er welkom moet voelen.")
    _p(doc, "De Wissel is een openbare school voor havo en atheneum in Almere Stad. Op 1 oktober 2024 telden "
       "wij 896 leerlingen: 518 in de havo-afdeling en 378 in het atheneum. De meeste leerlingen wonen "
       "in Almere Stad en Almere Poort; ieder jaar beginnen ongeveer 190 nieuwe leerlingen in leerjaar 1. "
       "In ons team werken 92 mensen, samen 74 fte.")
    _p(doc, "Als openbare school staan wij open voor iedere leerling, ongeacht achtergrond of overtuiging. "
       "Dat is voor ons geen regel maar een houding, en wij zijn er trots op.")
    _p(doc, "Wij hebben dit plan niet ingedeeld naar beleidsterreinen, maar naar wat ons als Daltonschool "
       "drijft. De hoofdstukken Vrijheid in verantwoordelijkheid, Samenwerken, Zelfstandigheid en "
       "Reflectie gaan over ons onderwijs; Onze mensen en Onze partners gaan over wie dat onderwijs "
       "mogelijk maken. Elk hoofdstuk begint met wat wij geloven en beschrijft daarna wat wij doen. De "
       "doelen voor de planperiode staan per hoofdstuk aan het eind van dit plan.")
    _p(doc, "Het plan is geschreven door de schoolleiding, op basis van gesprekken met alle secties in het "
       "najaar van 2024, twee studiedagen met het hele team en een avond met het ouderpanel.")

    # Vrijheid in verantwoordelijkheid
    _h1(doc, "Vrijheid in verantwoordelijkheid")
    _p(doc, "Vrijheid is het hart van het Daltononderwijs, en tegelijk het woord dat het vaakst verkeerd "
       "begrepen wordt. Vrijheid betekent bij ons niet dat een leerling mag doen wat hij wil. Het "
       "betekent dat hij keuzes mag maken, en dat hij leert dat die keuzes gevolgen hebben, voor hemzelf "
       "en voor anderen. Een jong mens die nooit iets te kiezen heeft, leert ook niet kiezen. Wij geloven "
       "dat verantwoordelijkheid groeit doordat je haar krijgt, niet doordat je erover hoort.")
    _p(doc, "Dat vraagt vertrouwen: van de docent in de leerling, van ouders in de school en van de leerling "
       "in zichzelf. Vertrouwen is niet naïef. Het wordt gegeven, het kan beschaamd worden en het kan "
       "weer hersteld worden. Wij willen een school zijn waar een misstap niet het einde van het "
       "vertrouwen is, maar het begin van een gesprek. En wij hopen dat leerlingen bij ons ontdekken dat "
       "vrijheid zwaarder weegt dan dwang, en dat zij juist daarom meer waard is.")
    _p(doc, "Wij zijn ons ervan bewust dat vrijheid niet voor iedere leerling hetzelfde betekent. Voor de "
       "een is een vrij uur een kans, voor de ander een afgrond. Een Daltonschool die dat niet ziet, "
       "wordt een school voor leerlingen die het thuis al geleerd hebben. Dat willen wij niet zijn. "
       "Vrijheid moet je kunnen leren, en leren gaat met vallen en opstaan.")
    _p(doc, "Concreet krijgt vrijheid vorm in de keuzewerktijd (KWT). Iedere leerling heeft acht KWT-uren "
       "per week. Via de roosterapp kiest hij zelf bij welk vak en welke docent hij die uren besteedt: om "
       "een achterstand in te halen, extra uitleg te krijgen, samen te werken of verder te gaan dan de "
       "stof. Wat hij moet doen, staat in de periodetaak: een studiewijzer per periode van tien weken, "
       "met per vak de leerdoelen, de opdrachten, de toetsen en de inleverdata.")
    _p(doc, "De vrijheid groeit mee met de leerling. In leerjaar 1 plant de Daltoncoach de helft van de "
       "KWT-uren samen met de leerling; vanaf leerjaar 2 kiest de leerling alle uren zelf; in de "
       "bovenbouw mag een leerling na overleg met de docent ook een les ruilen voor KWT als hij bij dat "
       "vak voorloopt. Een leerling die zijn keuzes niet waarmaakt, omdat hij vaak niet komt opdagen of "
       "zijn taken te laat inlevert, krijgt drie weken begeleide KWT: hij werkt dan in een vast lokaal "
       "onder begeleiding van een onderwijsassistent, en bespreekt daarna met zijn coach of hij weer zelf "
       "kan kiezen. In 2024-2025 kreeg 14 procent van de leerlingen ten minste één keer begeleide KWT.")
    _p(doc, "Vrijheid kan alleen bestaan in een veilige omgeving. Een leerling die bang is, kiest niet; hij "
       "overleeft. Voor de sociale veiligheid hebben wij een veiligheidsplan, herzien in 2024, met deze "
       "vaste onderdelen:")
    _lijst(doc, [
        "een anti-pestcoördinator en twee vertrouwenspersonen, die zich aan het begin van elk schooljaar "
        "in alle eerste klassen voorstellen;",
        "een jaarlijkse veiligheidsmonitor in februari onder alle leerlingen: in 2025 gaf 89 procent van "
        "de leerlingen aan zich op school veilig te voelen, in leerjaar 1 93 procent en in havo 4 82 "
        "procent;",
        "registratie van ieder incident (pesten, geweld, diefstal, discriminatie) in het "
        "leerlingvolgsysteem, met een kwartaaloverzicht voor de schoolleiding;",
        "een protocol sociale media en een protocol schorsing en verwijdering;",
        "toezicht in de aula en bij de fietsenstalling door twee medewerkers in iedere pauze.",
    ])
    _p(doc, "Het lagere cijfer in havo 4 nemen wij serieus. Het is het jaar waarin veel leerlingen in een "
       "nieuwe klas terechtkomen en waarin de vrijheid het grootst wordt; een deel van hen voelt zich "
       "dan minder thuis.")

    # Samenwerken
    _h1(doc, "Samenwerken")
    _p(doc, "Samenwerken is meer dan samen een opdracht maken. Het is leren luisteren naar iemand die anders "
       "denkt, leren toegeven, leren dat jouw idee niet altijd het beste is, en leren dat het soms wel "
       "het beste is en dat je er dan voor moet staan. Wij geloven dat een school een van de weinige "
       "plekken is waar jonge mensen dat elke dag oefenen, met anderen die zij niet zelf hebben "
       "uitgekozen.")
    _p(doc, "In die zin is samenwerken voor ons ook een voorbereiding op het leven in een democratische "
       "samenleving. Een democratie bestaat niet uit mensen die het met elkaar eens zijn, maar uit mensen "
       "die met hun verschillen kunnen leven. Wij hopen dat onze leerlingen de school verlaten met het "
       "vermogen om een gesprek te voeren met iemand die het grondig met hen oneens is, en met de "
       "overtuiging dat zo'n gesprek de moeite waard is. Dat is een grote wens, en wij weten dat een "
       "school die niet alleen kan waarmaken.")
    _p(doc, "Samenwerken is ook niet altijd leuk. Er is de leerling die het werk van anderen laat doen, en "
       "de leerling die alles naar zich toe trekt omdat hij het beter denkt te kunnen. Wij vinden dat "
       "geen reden om minder samen te werken, maar een reden om er beter over na te denken. Wie leert "
       "samenwerken, leert ook iets over zichzelf.")
    _p(doc, "In de lessen van de onderbouw gebruiken alle secties coöperatieve werkvormen. Iedere sectie "
       "heeft in haar vakwerkplan vastgelegd in welke lessen leerlingen in vaste tweetallen of viertallen "
       "werken. De tweetallen wisselen elke periode, en de docent stelt ze samen, zodat leerlingen ook "
       "leren werken met iemand die zij niet zelf kozen.")
    _p(doc, "Sinds januari 2024 werken wij in leerjaar 1 met het Daltonlab: eerst als proef in twee klassen, "
       "vanaf 2025-2026 in alle eerste klassen en vanaf 2026-2027 ook in leerjaar 2. In het Daltonlab "
       "werken leerlingen vier uur per week in teams van vier aan een vakoverstijgend project van een "
       "periode. Het thema kiezen zij zelf uit hun eigen leefwereld; in de proef waren dat onder meer "
       "e-sports, sneakers, de muziek waar zij naar luisteren en de skatebaan in hun wijk. Ieder project "
       "levert een product op, zoals een presentatie, een prototype of een film, dat het team aan ouders "
       "laat zien. Drie docenten van verschillende vakken, bijvoorbeeld biologie, Nederlands en beeldende "
       "vorming, begeleiden samen twee klassen en beoordelen zowel het product als de samenwerking met "
       "een rubric. De uren komen uit de vakken die in het lab samenkomen.")
    _p(doc, "Samenwerken vragen wij niet alleen van leerlingen. Een school waar docenten ieder op een eigen "
       "eiland werken, kan samenwerking moeilijk geloofwaardig onderwijzen. Onze secties werken daarom "
       "ook buiten de school samen. De secties wiskunde en Frans maken sinds 2024 samen met de secties "
       "van twee andere havo/vwo-scholen van de Almeerse Scholen Groep de schoolexamens voor havo 4 en "
       "vwo 5; zij komen daarvoor vier keer per jaar bij elkaar en corrigeren een deel van elkaars "
       "examens. In 2026-2027 sluiten de secties Engels en geschiedenis aan.")

    # Zelfstandigheid
    _h1(doc, "Zelfstandigheid")
    _p(doc, "Zelfstandigheid is het vermogen om te beginnen zonder dat iemand zegt dat je moet beginnen, en "
       "door te gaan als het moeilijk wordt. Het is geen aangeboren eigenschap. Het groeit, langzaam, "
       "doordat een jong mens steeds iets meer zelf mag en moet doen, en doordat er iemand is die hem "
       "opvangt als het niet lukt. Wij geloven dat zelfstandigheid en hulp vragen geen tegenpolen zijn: "
       "de zelfstandige leerling is juist de leerling die weet wanneer hij hulp nodig heeft.")
    _p(doc, "Wij weten niet in welke wereld onze leerlingen over twintig jaar zullen werken. Wij geloven wel "
       "dat mensen die zelfstandig kunnen leren, in elke wereld hun weg vinden. Ook onze school wil een "
       "toekomstgericht curriculum; hoe dat er voor De Wissel uitziet, gaan wij de komende jaren met de "
       "secties verkennen.")
    _p(doc, "Ons onderwijsprogramma volgt de wettelijke eisen voor havo en vwo. In de onderbouw werken wij "
       "met de kerndoelen; iedere sectie heeft een doorlopende leerlijn van leerjaar 1 tot het examen, "
       "vastgelegd in het vakwerkplan. Leerjaar 1 kent havo/vwo-klassen en vwo-klassen; na leerjaar 2 "
       "wordt het niveau definitief. In de bovenbouw bieden wij alle vier profielen aan. Het programma "
       "van toetsing en afsluiting (PTA) en het examenreglement stellen wij elk jaar vóór 1 oktober vast "
       "en geven wij aan leerlingen en ouders. Voor taal werken leerlingen toe naar referentieniveau 3F; "
       "wij meten de voortgang in leerjaar 1 en 3, en leerlingen die onder het verwachte niveau scoren, "
       "krijgen een vast KWT-aanbod taal.")
    _p(doc, "Wij leggen de lat hoog, en dat is een keuze. Een leerling met een vwo-advies begint bij ons in "
       "een vwo-klas, ook als hij in de eerste maanden worstelt. Een leerling gaat pas naar een lager "
       "niveau na een perspectiefgesprek met leerling, ouders en coach, waarin wij samen nagaan wat er "
       "al geprobeerd is en wat nog kan; waar het kan, krijgt hij daarna nog een periode met een "
       "verbeterplan. Leerlingen in havo 4 en vwo 4 met een gemiddelde van 7,5 of hoger mogen een extra "
       "vak of het Cambridge-certificaat Engels volgen, en de coach spreekt hen daar actief op aan. Van "
       "de leerlingen die in 2019 bij ons begonnen, haalde 81 procent zonder afstroom een diploma op het "
       "niveau van het basisschooladvies of hoger.")
    _p(doc, "Niet iedere leerling komt vanzelf tot zelfstandig leren. Wij geloven dat iedere leerling recht "
       "heeft op de begeleiding die hij nodig heeft, en dat een leerling die extra hulp krijgt daardoor "
       "niet minder zelfstandig is. Welke ondersteuning wij bieden, staat in ons "
       "schoolondersteuningsprofiel, dat in 2024 is vastgesteld en op onze website staat.")
    _p(doc, "Zelfstandigheid is uiteindelijk ook een kwestie van karakter. Wij hopen dat onze leerlingen "
       "ergens in hun jaren bij ons het moment meemaken waarop zij merken dat zij iets kunnen wat zij "
       "zichzelf niet hadden toevertrouwd. Zo'n moment is niet te plannen, maar wel mogelijk te maken.")

    # Reflectie
    _h1(doc, "Reflectie")
    _p(doc, "Reflectie is het moment waarop leren blijft hangen. Wie alleen doet, onthoudt wat hij deed; wie "
       "terugkijkt, begrijpt waarom het lukte of mislukte, en kan het de volgende keer anders doen. "
       "Reflectie is daarmee het scharnier tussen vrijheid en verantwoordelijkheid: pas wie op zijn "
       "eigen keuzes kan terugkijken, kan er verantwoordelijkheid voor nemen.")
    _p(doc, "Reflecteren is ook moeilijk, voor leerlingen en voor volwassenen. Het vraagt eerlijkheid "
       "tegenover jezelf, en die eerlijkheid groeit alleen waar fouten maken mag. Wij geloven dat "
       "reflectie niet werkt als een formulier dat ingevuld moet worden, en wel als een gesprek met "
       "iemand die oprecht wil weten hoe het met je gaat.")
    _p(doc, "Iedere leerling heeft een Daltoncoach, die ook zijn mentor is. Elke drie weken heeft de "
       "leerling een coachgesprek van een kwartier. Leerling en coach kijken dan aan de hand van de "
       "planner en de cijfers terug op de afgelopen weken: wat ging goed, waar liep hij vast, wat heeft "
       "hij nodig, en welke KWT-uren zet hij daarvoor in? Van elk gesprek maakt de coach een korte "
       "notitie in het leerlingvolgsysteem, zodat een volgende coach kan zien wat er speelde. In "
       "2024-2025 vond 84 procent van de geplande coachgesprekken plaats.")
    _p(doc, "Na iedere periode schrijft de leerling een korte reflectie in zijn Daltonportfolio: wat heeft "
       "hij geleerd, waar is hij trots op, wat neemt hij zich voor. Die reflectie is onderdeel van het "
       "Daltonrapport dat ouders ontvangen.")
    _p(doc, "Wat voor leerlingen geldt, geldt ook voor ons als school. Een school die van leerlingen vraagt "
       "om terug te kijken, moet zelf ook durven kijken naar wat zij doet, en naar wat dat oplevert. Wij "
       "werken met een jaarlijkse kwaliteitscyclus:")
    _lijst(doc, [
        "in september stelt iedere sectie een sectiejaarplan op, met een analyse van de resultaten van "
        "het afgelopen jaar (cijfers per leerjaar, examenresultaten, verschil tussen schoolexamen en "
        "centraal examen);",
        "in november en april vullen leerlingen per vak een lesevaluatie in, die de docent met zijn "
        "teamleider bespreekt;",
        "in januari en juni bespreekt de schoolleiding met iedere sectie de voortgang van het "
        "sectiejaarplan;",
        "ieder kwartaal rapporteert de rector aan het bestuur over resultaten, personeel en financiën;",
        "in juni schrijft de schoolleiding het jaarverslag, met de stand van de doelen uit dit plan, dat "
        "de basis is voor het jaarplan van het volgende jaar;",
        "eens in de vijf jaar visiteert de Nederlandse Dalton Vereniging de school; de laatste visitatie "
        "(2022) leidde tot verlenging van onze licentie, met de aanbeveling de reflectie in de bovenbouw "
        "te versterken.",
    ])
    _p(doc, "De inspectie beoordeelde in 2023 alle onderzochte standaarden als voldoende en de "
       "onderwijsresultaten van havo en vwo als boven de norm. In 2024 slaagde 88 procent van de "
       "havo-kandidaten en 91 procent van de vwo-kandidaten; het verschil tussen schoolexamen en centraal "
       "examen was in geen enkel vak groter dan 0,5.")

    # Onze mensen
    _h1(doc, "Onze mensen")
    _p(doc, "Een Daltonschool staat of valt met haar mensen. Het Daltonconcept vraagt van docenten iets wat "
       "in geen lesmethode staat: loslaten zonder los te laten, vertrouwen geven zonder weg te kijken, "
       "een les voorbereiden waarin de leerling het werk doet. Dat is moeilijker dan het klinkt, en het "
       "vraagt mensen die zelf blijven leren. Wij zijn trots op onze mensen, en wij hopen dat iedere "
       "medewerker zich betrokken voelt bij en trots is op onze school.")
    _p(doc, "Waardering is niet iets wat je in een regeling vastlegt. Zij zit in de vraag van een collega hoe "
       "je les ging, in een leidinggevende die weet wat je thuis bezighoudt, in een leerling die na vijf "
       "jaar terugkomt om te vertellen wat hij is gaan doen. Wij geloven dat mensen die zich gewaardeerd "
       "weten, meer van zichzelf durven te geven.")
    _p(doc, "In ons team werken 92 mensen: 64 docenten, 9 onderwijsassistenten en technisch "
       "onderwijsassistenten, 12 medewerkers in ondersteunende functies en een schoolleiding van zeven "
       "(rector, conrector en vijf teamleiders).")
    _p(doc, "Iedere nieuwe docent volgt binnen twee jaar na zijn start de Daltoncursus voor het voortgezet "
       "onderwijs: zes bijeenkomsten, afgesloten met een praktijkopdracht, die wij samen met een erkende "
       "Daltonopleider in de school verzorgen. Op 1 juni 2025 had 78 procent van de docenten een "
       "Daltoncertificaat. Daarnaast volgt ieder jaar een groep van acht docenten de training coachende "
       "gespreksvoering, zodat nieuwe coaches voorbereid zijn op de coachgesprekken.")
    _p(doc, "Iedere docent formuleert aan het begin van het schooljaar een eigen leervraag over zijn "
       "lespraktijk, bijvoorbeeld: hoe zorg ik dat leerlingen in de KWT aan de juiste dingen werken? "
       "Docenten met een verwante vraag vormen samen een leerteam van vier tot zes collega's. Een leerteam "
       "komt zes keer per jaar bij elkaar op een vrijgeroosterde middag; de leden kijken bij elkaar in de "
       "les en proberen nieuwe aanpakken uit. Op de afsluitende studiedag in juni laat ieder leerteam zien "
       "wat het geleerd heeft en wat de school ervan kan overnemen. Twee aanpakken uit de leerteams van "
       "2024, de KWT-check aan het begin van het uur en de feedbackkaart in de bovenbouw, gelden "
       "inmiddels voor de hele school.")
    _p(doc, "Elk jaar krijgen twee docenten 80 uur om als docentonderzoeker een vraag uit de school te "
       "onderzoeken, begeleid door een lector van Hogeschool Windesheim. In 2024-2025 ging dat over de "
       "vraag of leerlingen in de KWT vaker kiezen voor vakken waarin zij zwak zijn of voor vakken waarin "
       "zij sterk zijn. De docentonderzoekers presenteren hun uitkomsten op onze studiedag en op de "
       "jaarlijkse onderzoeksmiddag van de Almeerse Scholen Groep.")
    _p(doc, "Wij leiden ook zelf docenten op. Op dit moment werken zes docenten bij ons die hun bevoegdheid "
       "nog halen, van wie vier via een zij-instroomtraject. Zij hebben een schoolopleider die hen elke "
       "twee weken spreekt, krijgen vier uur per week vrij voor hun studie en geven in het eerste jaar "
       "ten hoogste achttien lessen per week. Eens per jaar bespreken schoolopleider, teamleider en "
       "docent de voortgang; wij verwachten dat ieder binnen twee jaar bevoegd is.")
    _p(doc, "Iedere medewerker voert jaarlijks een ontwikkelgesprek met zijn teamleider over de eigen "
       "leervraag, de lesevaluaties en de inzet in het team. Vooraf vraagt hij feedback aan twee "
       "collega's en aan één klas. Om de drie jaar volgt een beoordelingsgesprek. De verslagen komen in "
       "het personeelsdossier.")
    _p(doc, "In het medewerkersonderzoek van 2023 noemde 58 procent van de medewerkers de werkdruk "
       "acceptabel. Sindsdien geldt: in de toetsweken geven docenten geen les en hebben zij twee "
       "correctiedagen; e-mails aan collega's versturen wij niet na 19.00 uur en niet in het weekend; uit "
       "de werkdrukmiddelen betalen wij drie onderwijsassistenten die de begeleide KWT verzorgen, zodat "
       "docenten daarvoor niet worden ingeroosterd; en docenten met een aanstelling van 0,8 fte of meer "
       "hebben een vaste vrije dag naar keuze.")
    _p(doc, "Wij geloven dat goede mensen het liefst blijven waar zij kunnen groeien. Een school die haar "
       "mensen uitdaagt, houdt ze vast; een school die haar mensen alleen vraagt, verliest ze. Wij willen "
       "de eerste soort school zijn.")

    # Onze partners
    _h1(doc, "Onze partners")
    _p(doc, "Een leerling leert niet alleen op school. Hij leert thuis, op zijn sportclub, in zijn bijbaan, "
       "in de stad. Ouders zijn de eerste opvoeders van hun kind, en zij kennen hun kind op een manier "
       "die wij nooit zullen kennen. Wij geloven dat een leerling het beste leert als school en thuis "
       "hetzelfde verhaal vertellen, en dat ouders daarom geen gasten zijn in de school, maar "
       "bondgenoten.")
    _p(doc, "Onze MR is een klankbord voor ideeën en een sparringpartner voor de schoolleiding bij "
       "voorgenomen beleid. Een school die goed luistert naar ouders, leerlingen en medewerkers, neemt "
       "betere besluiten.")
    _p(doc, "Ouders zijn twee keer per jaar, in oktober en maart, bij een driehoeksgesprek van twintig "
       "minuten met hun kind en de coach. De leerling leidt het gesprek: hij laat aan de hand van zijn "
       "Daltonportfolio zien wat hij heeft gedaan en geleerd en wat hij zich voorneemt. Ouders en coach "
       "vullen aan en spreken af hoe ouders thuis kunnen helpen, bijvoorbeeld bij het plannen van de "
       "KWT. In 2024-2025 was bij 88 procent van de gesprekken ten minste één ouder aanwezig. Vier keer "
       "per jaar praat de rector met een ouderpanel van twaalf ouders over hoe zij en hun kinderen de "
       "school ervaren.")
    _p(doc, "Ouders ontvangen na iedere periode het Daltonrapport, met cijfers, een beoordeling van "
       "werkhouding en samenwerking en de reflectie van hun kind. Elke vier weken verschijnt een "
       "nieuwsbrief. In het leerlingvolgsysteem kunnen ouders cijfers, verzuim en de periodetaak volgen. "
       "Een e-mail van een ouder beantwoorden wij binnen twee werkdagen; de coach is voor ouders het "
       "eerste aanspreekpunt en belt zelf als hij zich zorgen maakt.")
    _p(doc, "In de stad werken wij samen met onder meer:")
    _lijst(doc, [
        "de bibliotheek in het stadscentrum, op tien minuten lopen: alle eerste klassen gaan er eens per "
        "maand naartoe voor een leesuur, en de bibliotheek verzorgt in leerjaar 2 lessen "
        "informatievaardigheden;",
        "de schouwburg in Almere Stad: voor het vak CKV bezoeken leerlingen in havo 4 en vwo 4 drie "
        "voorstellingen en volgen zij een workshop bij een professionele maker;",
        "Hogeschool Windesheim in Almere: bij het opleiden van docenten en bij de begeleiding van de "
        "docentonderzoekers;",
        "sportverenigingen in Almere: leerlingen met een topsportstatus krijgen op basis van een afspraak "
        "met hun vereniging vrijstelling van lessen voor hun trainingen;",
        "een universiteit in Amsterdam: vwo-leerlingen die dat willen, volgen in vwo 5 een "
        "pre-universitair programma van zes middagen.",
    ])
    _p(doc, "De Wissel is lid van de Nederlandse Dalton Vereniging. Onze Daltoncoördinator neemt deel aan het "
       "regionale netwerk van Daltonscholen voor voortgezet onderwijs, dat drie keer per jaar bijeenkomt, "
       "en in 2024 presenteerden twee docenten het Daltonlab op de landelijke Daltonconferentie.")
    _p(doc, "Wij willen een school zijn die midden in de stad staat, niet ernaast. Almere is een jonge stad "
       "die nog volop in beweging is, en wij hopen dat onze leerlingen zich er later verantwoordelijk "
       "voor voelen.")

    # Doelen
    _h1(doc, "Onze doelen voor 2025-2029")
    _p(doc, "Hieronder staan per hoofdstuk de doelen voor de planperiode. In het jaarplan werken wij ze ieder "
       "jaar uit; in het jaarverslag rapporteren wij over de stand.")
    _h2(doc, "Vrijheid in verantwoordelijkheid")
    _genummerd(doc, [
        "In de leerlingenquête van 2027 zegt ten minste 85 procent van de leerlingen dat zij hun "
        "KWT-uren zinvol kunnen kiezen (2024: 72 procent).",
        "Het aandeel leerlingen dat in een schooljaar begeleide KWT krijgt, daalt van 14 procent "
        "(2024-2025) naar ten hoogste 10 procent in 2028-2029.",
        "In de veiligheidsmonitor voelt ieder jaar ten minste 90 procent van de leerlingen zich veilig; "
        "in havo 4 is dat in 2027 ten minste 88 procent (2025: 82 procent).",
    ])
    _h2(doc, "Samenwerken")
    _genummerd(doc, [
        "Vanaf 2025-2026 werken alle klassen van leerjaar 1 en vanaf 2026-2027 alle klassen van leerjaar "
        "2 in het Daltonlab; in juni 2027 evalueren wij het lab met leerlingen, ouders en docenten.",
        "In 2026-2027 maken ook de secties Engels en geschiedenis hun schoolexamens havo 4 en vwo 5 samen "
        "met de secties van twee andere scholen.",
        "Samenwerken is een vanzelfsprekend onderdeel van iedere les.",
    ])
    _h2(doc, "Zelfstandigheid")
    _genummerd(doc, [
        "Ieder jaar slaagt ten minste 90 procent van de havo-kandidaten en ten minste 92 procent van de "
        "vwo-kandidaten.",
        "Het aandeel leerlingen dat zonder afstroom van leerjaar 1 naar leerjaar 3 gaat, blijft ieder "
        "jaar boven 95 procent.",
        "Vanaf 2025-2026 gaat geen leerling naar een lager niveau zonder perspectiefgesprek; de "
        "teamleiders controleren dat in iedere overgangsvergadering.",
    ])
    _h2(doc, "Reflectie")
    _genummerd(doc, [
        "Vanaf 2026-2027 vindt ten minste 95 procent van de geplande coachgesprekken plaats (2024-2025: "
        "84 procent).",
        "Iedere sectie levert haar sectiejaarplan met analyse ieder jaar vóór 1 november in.",
        "Bij de visitatie door de Nederlandse Dalton Vereniging in 2027 wordt onze licentie verlengd en "
        "is de aanbeveling over reflectie in de bovenbouw opgevolgd.",
    ])
    _h2(doc, "Onze mensen")
    _genummerd(doc, [
        "Op 1 augustus 2027 heeft ten minste 95 procent van de docenten een Daltoncertificaat (2025: 78 "
        "procent).",
        "Iedere docent in opleiding is binnen twee jaar na zijn start bevoegd.",
        "In het medewerkersonderzoek van 2027 noemt ten minste 75 procent van de medewerkers de werkdruk "
        "acceptabel (2023: 58 procent).",
        "Ieder jaar neemt iedere docent deel aan een leerteam, en neemt de school ten minste één aanpak "
        "uit de leerteams schoolbreed over.",
        "Medewerkers blijven met plezier bij ons werken.",
    ])
    _h2(doc, "Onze partners")
    _genummerd(doc, [
        "Vanaf 2026-2027 is bij ten minste 95 procent van de driehoeksgesprekken een ouder aanwezig "
        "(2024-2025: 88 procent).",
        "In de oudertevredenheidspeiling van 2027 geven ouders de communicatie van de school gemiddeld "
        "ten minste een 7,5 (2024: 7,0).",
        "Wij versterken onze banden met de stad.",
    ])

    # Vaststelling
    _h1(doc, "Vaststelling")
    _p(doc, "De MR heeft meegelezen en advies uitgebracht in haar vergadering van 10 juni 2025.")
    _p(doc, "Het College van Bestuur van de Almeerse Scholen Groep heeft dit schoolplan vastgesteld op "
       "1 juli 2025.")
    _p(doc, "Anne-Fleur Koopmans, rector")

    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_36_daltonlyceum_de_wissel.docx")
