"""Schoolplan 2025-2029 van OBS De Hooiberg, openbare basisschool in Almere Oosterwold
(Almeerse Scholen Groep).

Planperiode: schooljaren 2025-2026 tot en met 2028-2029.
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 12, 14, 0, 0)


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _voettekst(section):
    section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("OBS De Hooiberg – schoolplan 2025-2029 – ")
    run.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def _tabel(doc, kop, rijen):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    for i, k in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(k).bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    for rij in tabel.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()
    return tabel


def _titel(doc):
    for _ in range(6):
        doc.add_paragraph()
    a = doc.add_paragraph()
    a.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = a.add_run("OBS De Hooiberg")
    r.bold = True
    r.font.size = Pt(32)
    r.font.color.rgb = RGBColor(0xB5, 0x7A, 0x1E)
    b = doc.add_paragraph()
    b.add_run("Openbare basisschool in Almere Oosterwold").font.size = Pt(14)
    doc.add_paragraph()
    c = doc.add_paragraph()
    rc = c.add_run("Schoolplan 2025 – 2029")
    rc.bold = True
    rc.font.size = Pt(20)
    d = doc.add_paragraph()
    rd = d.add_run("Groeien met de wijk")
    rd.italic = True
    rd.font.size = Pt(14)
    for _ in range(10):
        doc.add_paragraph()
    e = doc.add_paragraph()
    e.add_run("Kersenbospad 3, Almere  ·  BRIN 31HB  ·  Almeerse Scholen Groep\nJuni 2025").font.size = Pt(10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    doc.add_heading("Voorwoord", level=1)
    _p(doc, "Toen De Hooiberg in augustus 2021 de deuren opende, zaten er 38 kinderen in drie groepen. Vier jaar "
            "later zijn het er bijna 250, en over vier jaar verwachten we er ruim 400. Dit eerste echte "
            "schoolplan gaat dan ook vooral over groeien: hoe blijven we een school waar kinderen en ouders "
            "elkaar kennen, terwijl er elke week nieuwe gezichten bij komen? Het plan is geschreven door het "
            "team, in drie studiemiddagen tussen januari en april 2025. Het geldt voor de schooljaren 2025-2026 "
            "tot en met 2028-2029.")
    _p(doc, "We hebben het plan kort gehouden. Het eerste hoofdstuk vertelt wie we zijn, het tweede wat we zien "
            "als we eerlijk naar onszelf kijken, het derde welke keuzes we maken en het vierde wat we in 2029 "
            "bereikt willen hebben.")
    _p(doc, "Roos Ingelse, directeur")


def _wie_zijn_we(doc):
    doc.add_heading("1  Wie zijn we", level=1)
    doc.add_heading("De school in het kort", level=2)
    _lijst(doc, [
        "Openbare basisschool van de Almeerse Scholen Groep, geopend op 23 augustus 2021.",
        "Tijdelijk gehuisvest in een paviljoen van twaalf lokalen aan het Kersenbospad; de permanente "
        "nieuwbouw, een kindcentrum samen met de kinderopvang, is gepland voor de zomer van 2027.",
        "247 leerlingen op 1 oktober 2024, verdeeld over elf groepen (drie groepen 1-2, en groep 3 tot en "
        "met 8 met twee combinatiegroepen).",
        "Een team van 24 mensen: 18 leerkrachten, een intern begeleider (Karim Bouzidi), twee "
        "onderwijsassistenten, een conciërge, een administratief medewerker en de directeur (Roos Ingelse).",
    ])
    _p(doc, "De Hooiberg is een openbare school.")
    doc.add_heading("Onze wijk", level=2)
    _p(doc, "Oosterwold is anders dan de rest van Almere. Er is geen vast stratenplan: bewoners kopen een kavel, "
            "bouwen zelf hun huis en leggen samen met de buren wegen en groen aan. De helft van elke kavel is "
            "bestemd voor stadslandbouw, dus tussen de huizen liggen moestuinen, boomgaarden en kleine "
            "boerderijen. Het aantal inwoners van het Almeerse deel groeit snel, van ongeveer 6.000 in 2021 "
            "naar verwachting 15.000 rond 2030. Veel gezinnen komen uit Amsterdam en Almere Stad; een "
            "kleiner deel komt van verder weg en spreekt thuis een andere taal.")
    _p(doc, "Die groei merken we in de klas. In 2024-2025 kwamen er 61 kinderen tussentijds bij, gemiddeld meer "
            "dan één per week. Zij komen van tientallen verschillende scholen, soms met een uitgebreid dossier, "
            "soms met niets.")
    doc.add_heading("Waar we voor staan", level=2)
    _p(doc, "Kinderen leren het best als ze begrijpen waar ze zijn. Daarom halen we de wijk de school in en gaan "
            "we met de kinderen de wijk in. Tegelijk vinden we dat de basis op orde moet zijn: goed leren lezen, "
            "schrijven en rekenen is voor ons niet onderhandelbaar. Wij hebben hoge verwachtingen van onze "
            "leerlingen en van elkaar.")
    doc.add_heading("Ons aanbod", level=2)
    _p(doc, "We werken met methodes die de kerndoelen en de referentieniveaus dekken: Veilig leren lezen "
            "(KIM-versie) in groep 3, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen, Getal & "
            "Ruimte Junior voor rekenen en Blink Wereld voor wereldoriëntatie. In de groepen 1-2 werken we met "
            "thema's en volgen we de ontwikkeling met KIJK!. Vanaf groep 3 gebruiken we de toetsen van Leerling "
            "in beeld. Engels geven we vanaf groep 5. Burgerschap en sociale vaardigheden krijgen een plek in "
            "ons aanbod.")
    doc.add_heading("Veilig op school", level=2)
    _p(doc, "Sinds 2022 werken we met KiVa. Elke groep heeft in september de KiVa-lessen over groepsvorming, en "
            "de KiVa-werkgroep (twee leerkrachten) pakt meldingen van pesten op volgens het protocol. Alle "
            "kinderen van groep 5 tot en met 8 vullen in het najaar de KiVa-monitor in. In 2024 voelde 93 "
            "procent van hen zich veilig op school. Er is een interne vertrouwenspersoon (Lotte Veenstra) en "
            "ouders kunnen terecht bij de externe vertrouwenspersoon van ASG. Bij de uitbreiding van het paviljoen in 2023 "
            "is het schoolplein heringericht, met meer toezicht bij de fietsenstalling.")
    doc.add_heading("Ondersteuning", level=2)
    _p(doc, "Welke basis- en extra ondersteuning wij kunnen bieden, staat in ons schoolondersteuningsprofiel "
            "(SOP) op de website. Onze school maakt deel uit van een dekkend netwerk van onderwijs- en "
            "zorgvoorzieningen in Almere, zodat alle kinderen een passende onderwijsplek hebben.")
    doc.add_heading("Ons gebouw", level=2)
    _p(doc, "Het paviljoen is vol. Voor de nieuwbouw werken wij samen met de afdeling Huisvesting van het "
            "servicebureau van ASG, die het programma van eisen heeft opgesteld en de aanbesteding begeleidt. "
            "Het nieuwe gebouw krijgt grote vensters met een open blik op de polder, twee leerpleinen en een "
            "eigen schooltuin.")


def _analyse(doc):
    doc.add_heading("2  Analyse", level=1)
    doc.add_heading("Opbrengsten", level=2)
    _p(doc, "In 2025 maakte onze eerste volledige groep 8 (19 leerlingen) de doorstroomtoets. Met zo weinig "
            "leerlingen zeggen de percentages nog niet veel, maar het beeld komt overeen met wat we in de "
            "tussentoetsen zien:")
    _tabel(doc, ["Onderdeel", "1F behaald", "2F / 1S behaald", "Landelijk 2F / 1S (2024)"], [
        ["Lezen", "95%", "68%", "73%"],
        ["Taalverzorging", "95%", "58%", "61%"],
        ["Rekenen", "89%", "37%", "45%"],
    ])
    _p(doc, "Technisch lezen gaat goed: in groep 3 en 4 lezen de meeste kinderen op of boven niveau. Begrijpend "
            "lezen en rekenen blijven achter vanaf groep 5. Kinderen die tussentijds instromen, scoren bij de "
            "eerste toets gemiddeld lager, vooral bij begrijpend lezen. Dat was ook de conclusie van de "
            "inspectie, die in 2023 het onderzoek bij nieuwe scholen uitvoerde: de basiskwaliteit is op orde, "
            "maar de school moet beter zicht krijgen op de ontwikkeling van tussentijdse instromers.")
    doc.add_heading("Wat ouders, kinderen en team zeggen", level=2)
    _p(doc, "In de tevredenheidspeiling van 2024 gaven ouders de school een 8,1 en kinderen een 8,4. Ouders zijn "
            "het meest tevreden over de sfeer en de buitenlessen, het minst over de informatie over de "
            "nieuwbouw en over de wisselingen van leerkrachten. In de teamsessie van januari 2025 noemde het "
            "team de groei en de werkdruk die daarbij hoort als grootste zorg.")
    doc.add_heading("Team", level=2)
    _p(doc, "Het team groeide van vier mensen in 2021 naar 24 nu. In 2024 kwamen er negen nieuwe collega's bij. "
            "Drie van hen zijn zij-instromer en nog in opleiding. Twee vacatures bleven in 2024-2025 maanden "
            "open en werden opgevangen met een combinatiegroep.")
    doc.add_heading("SWOT", level=2)
    _p(doc, "Op de studiemiddag van februari 2025 maakte het team deze SWOT:")
    _tabel(doc, ["Sterktes", "Zwaktes", "Kansen", "Bedreigingen"], [
        ["Jong, betrokken team dat van aanpakken weet",
         "Begrijpend lezen en rekenen onder landelijk niveau",
         "De wijk als leeromgeving: boeren, bouwers, natuur",
         "Lerarentekort in Almere"],
        ["Goede sfeer; kinderen voelen zich veilig",
         "Zicht op tussentijdse instromers nog niet op orde",
         "Nieuwbouw met leerpleinen en kinderopvang in 2027",
         "Groei sneller dan het gebouw aankan"],
        ["Buitenlessen worden gewaardeerd door ouders en kinderen",
         "Veel nieuwe collega's; afspraken nog niet van iedereen",
         "Veel ouders willen meedoen",
         "Werkdruk door steeds nieuwe groepen"],
        ["Korte lijnen met ouders",
         "Informatie over de nieuwbouw komt laat bij ouders",
         "Samenwerking met bibliotheek en stadsboeren",
         "Verkeersdrukte bij het paviljoen"],
    ])
    doc.add_heading("Wat dit betekent", level=2)
    _p(doc, "Uit de analyse trekken we drie conclusies. Eén: we moeten nieuwe kinderen en gezinnen sneller en "
            "beter leren kennen. Twee: lezen en rekenen vragen de komende jaren onze volle aandacht. Drie: "
            "de groei van het team vraagt om een stevig inwerkprogramma, anders verwatert wat we samen hebben "
            "opgebouwd. De vijf thema's in het volgende hoofdstuk komen hieruit voort.")


def _keuzes(doc):
    doc.add_heading("3  Keuzes", level=1)
    _p(doc, "We werken de komende vier jaar aan vijf thema's. Per thema beschrijven we wat we doen, wie "
            "verantwoordelijk is en wanneer.")

    doc.add_heading("Thema 1  Welkom, ook halverwege het jaar", level=2)
    _p(doc, "Elk nieuw gezin krijgt binnen vijf schooldagen na aanmelding een welkomstgesprek met de directeur of "
            "de intern begeleider. Op woensdagochtend leiden kinderen uit groep 7 en 8, onze ‘hooiberggidsen’, "
            "nieuwe ouders en kinderen rond. Ieder nieuw kind krijgt in de eerste maand een maatje uit de "
            "eigen groep, en het gezin krijgt een welkomstmap met de afspraken van de school en de "
            "contactgegevens van de klassenouder. Eens per maand is er op vrijdagochtend een welkomstkoffie "
            "voor nieuwe ouders.")
    _p(doc, "Om beter zicht te krijgen op de tussentijdse instromers voeren we vanaf 2025-2026 een vaste "
            "startprocedure in:")
    _lijst(doc, [
        "de intern begeleider vraagt vóór de eerste schooldag het onderwijskundig rapport op en belt met de "
        "vorige school;",
        "binnen drie weken neemt de leerkracht instaptoetsen af voor technisch en begrijpend lezen en voor "
        "rekenen;",
        "binnen zes weken bespreken leerkracht, intern begeleider en ouders in een startgesprek wat het kind "
        "nodig heeft; de afspraken komen in ParnasSys;",
        "na drie maanden volgt een korte evaluatie.",
    ], stijl="List Number")
    _p(doc, "Karim Bouzidi (intern begeleider) is eigenaar van dit thema en evalueert de procedure in juni 2026.")

    doc.add_heading("Thema 2  Sterk in lezen en taal", level=2)
    _p(doc, "Begrijpend lezen is onze grootste zorg. Vanaf 2025-2026 werken we in groep 4 tot en met 8 met een "
            "vaste aanpak: elke dag een half uur lezen in de eigen leesmap, twee keer per week een les "
            "begrijpend lezen met het model van close reading, en de teksten van Nieuwsbegrip gekoppeld aan de "
            "thema's van Blink Wereld. De Nieuwe Bibliotheek Almere zet vier uur per week een leesconsulent in, "
            "die samen met de leesco\u00f6rdinator de schoolbibliotheek vernieuwt. Kinderen die thuis een andere "
            "taal spreken krijgen in hun eerste jaar drie keer per week een half uur extra woordenschat met "
            "een onderwijsassistent.")
    _p(doc, "Voor rekenen laten we in 2025-2026 de automatisering in groep 4 tot en met 6 analyseren door de "
            "rekencoördinator; in het jaarplan 2026-2027 volgt een aanpak.")
    _p(doc, "Digitale geletterdheid en de nieuwe kerndoelen pakken we in deze planperiode bewust nog niet op; "
            "we nemen ze mee in het volgende schoolplan.")

    doc.add_heading("Thema 3  Leren in het groen", level=2)
    _p(doc, "Buitenlessen zijn sinds de start ons kenmerk. Elke groep heeft op donderdagmiddag een buitenles op "
            "de tuinderij De Kamperfoelie, in de schooltuin of op een bouwplaats in de wijk. De lessen sluiten "
            "aan bij de thema's van Blink Wereld, die we kiezen bij wat de kinderen om zich heen zien: bouwen, "
            "water, voedsel en dieren. Kinderen bedenken binnen een thema zelf een onderzoeksvraag en "
            "presenteren hun antwoord aan het eind van het thema aan hun ouders.")
    _p(doc, "In de nieuwbouw gaan we in 2027-2028 werken in twee units (groep 1-4 en groep 5-8), met leerpleinen "
            "waar kinderen uit verschillende groepen samen werken en leerkrachten de instructie onderling "
            "verdelen. Ter voorbereiding bezoekt het team in 2025-2026 en 2026-2027 samen vier scholen die al "
            "met units werken, en zetten de bouwcoördinatoren op een rij wat onderzoek zegt over "
            "leerpleinen en buitenonderwijs. De bouwcoördinatoren maken in 2026-2027 het plan voor de units.")

    doc.add_heading("Thema 4  Samen met ouders en de wijk", level=2)
    _p(doc, "Ouders in Oosterwold willen meedoen, en dat willen wij ook. Aan het begin van elk schooljaar voert "
            "de leerkracht met ieder kind en de ouders een startgesprek: wat kan het kind goed, wat vindt het "
            "moeilijk, wat willen ouders dat de leerkracht weet? Vier keer per jaar is er een kijkochtend waarop "
            "ouders in de groep meedoen. Ouders werken mee in vijf werkgroepen: schooltuin, bibliotheek, "
            "feesten, verkeer en nieuwbouw.")
    _p(doc, "Ouders krijgen elke vrijdag via Parro een bericht van de leerkracht over de week, en elke maand een "
            "nieuwsbrief van de directie met een vaste rubriek ‘bouwnieuws’. Vragen beantwoorden we binnen twee "
            "werkdagen. Voor de nieuwbouw organiseren we twee keer per jaar een inloopavond met de architect.")
    _p(doc, "De medezeggenschapsraad is voor ons een klankbord. In 2024-2025 dacht de MR in vier vergaderingen "
            "mee over de groeiscenario's en de keuze voor unitonderwijs; de oudergeleding haalde daarvoor "
            "zelf reacties op bij de klassenouders.")
    _p(doc, "In de wijk werken we samen met:")
    _lijst(doc, [
        "Kinderopvang Veldmuis: samen in het kindcentrum vanaf 2027; nu al warme overdracht van peuters en "
        "een gezamenlijk thema per jaar;",
        "tuinderij De Kamperfoelie: de buitenlessen en de schooltuin;",
        "De Nieuwe Bibliotheek Almere: leesconsulent en schoolbibliotheek;",
        "Bewonersvereniging Oosterwold: verkeersveiligheid rond de school en de jaarlijkse wijkschoonmaak;",
        "de buurtsportcoach: naschools sporten op woensdagmiddag.",
    ])

    doc.add_heading("Thema 5  Een team dat meegroeit", level=2)
    _p(doc, "Tot 2029 hebben we naar verwachting nog twaalf nieuwe leerkrachten nodig. Vacatures zetten we eerst "
            "intern uit binnen ASG: van de negen nieuwe collega's in 2024 kwamen er vier van een andere ASG-school, "
            "en dat willen we zo houden. Zij-instromers begeleiden we samen met de pabo van Windesheim; "
            "schoolopleider Marieke ten Hove heeft daarvoor vier uur per week en kijkt elke twee weken mee in de "
            "groep. Alle drie de zij-instromers moeten in 2027 hun bevoegdheid hebben.")
    _p(doc, "Iedere nieuwe collega volgt het inwerkprogramma van de school: een maatje in dezelfde bouw, een "
            "inwerkmap met onze afspraken (de ‘Hooiberg-basis’) en drie gesprekken met de bouwcoördinator in het "
            "eerste halfjaar. Startende leerkrachten doen mee aan het startersprogramma van de ASG Academie. In "
            "2026-2027 volgt het hele team de scholing unitonderwijs. Onze intern begeleider neemt deel aan de "
            "leergemeenschap van intern begeleiders van ASG en brengt daaruit elk kwartaal iets in bij het team. "
            "De directeur leert mee in de leergemeenschap van directeuren.")


def _doelen(doc):
    doc.add_heading("4  Doelen", level=1)
    _p(doc, "In deze tabel staat per thema wat we aan het eind van het schooljaar 2028-2029 bereikt willen "
            "hebben. De jaarplannen werken de stappen per jaar uit.")
    _tabel(doc, ["Thema", "Doel", "Eind 2029"], [
        ["1 Welkom", "Nieuwe gezinnen hebben snel een welkomstgesprek",
         "100% binnen vijf schooldagen na aanmelding"],
        ["1 Welkom", "Zicht op tussentijdse instromers",
         "Voor 100% van de instromers binnen zes weken instaptoetsen en startgesprek"],
        ["2 Lezen en taal", "Beter begrijpend lezen",
         "Doorstroomtoets lezen 2F: driejaarsgemiddelde minimaal 72%"],
        ["2 Lezen en taal", "Betere taalverzorging",
         "Doorstroomtoets taalverzorging 2F: driejaarsgemiddelde minimaal 62%"],
        ["2 Lezen en taal", "Rekenen op niveau",
         "Doorstroomtoets rekenen 1S: driejaarsgemiddelde minimaal 45%"],
        ["2 Lezen en taal", "Leesplezier",
         "75% van de kinderen in groep 5-8 zegt graag te lezen (nu 58%)"],
        ["3 Leren in het groen", "Buitenlessen voor iedere groep",
         "Minimaal 30 buitenlessen per groep per schooljaar"],
        ["3 Leren in het groen", "Werken in units",
         "Twee units ingevoerd in 2027-2028 en geëvalueerd in 2029"],
        ["4 Ouders en wijk", "Ouders bij het startgesprek", "95% van de ouders aanwezig"],
        ["4 Ouders en wijk", "Ouders doen mee", "Vijf actieve werkgroepen, elk met minimaal vier ouders"],
        ["4 Ouders en wijk", "Kindcentrum met Veldmuis",
         "Warme overdracht voor alle peuters van Veldmuis; één gezamenlijk thema per jaar"],
        ["4 Ouders en wijk", "Tevreden ouders", "Tevredenheid ouders minimaal 8,0; informatie nieuwbouw minimaal 7,5"],
        ["5 Team", "Zij-instromers bevoegd", "Alle huidige zij-instromers bevoegd (uiterlijk 2027)"],
        ["5 Team", "Iedereen ingewerkt", "Alle nieuwe collega's volgen het inwerkprogramma"],
        ["5 Team", "Scholing unitonderwijs", "Alle leerkrachten geschoold vóór de verhuizing"],
    ])
    doc.add_heading("Zo houden we zicht op de kwaliteit", level=2)
    _p(doc, "Elk jaar maken we in juni een jaarplan met de stappen voor het volgende schooljaar. Twee keer per "
            "jaar, in februari en juni, analyseren de intern begeleider en de leerkrachten de toetsresultaten "
            "per groep en voor de school als geheel, en spreken zij af wat er in de groepen verandert. In de "
            "studiemiddag van juni bespreekt het team de voortgang op de vijf thema's. Om de twee jaar houden we "
            "een tevredenheidspeiling onder ouders, kinderen en team (2026 en 2028). De directeur rapporteert "
            "elk kwartaal aan het bestuur en schrijft in het najaar het jaarverslag.")


def _slot(doc):
    doc.add_heading("Tot slot", level=1)
    _p(doc, "Dit schoolplan is in het team besproken op 15 april 2025. De medezeggenschapsraad heeft het plan op "
            "3 juni 2025 besproken en er positief over geadviseerd. Het plan wordt daarna aan het College van "
            "Bestuur van de Almeerse Scholen Groep aangeboden.")
    _tabel(doc, ["Rol", "Naam", "Datum"], [
        ["Directeur", "Roos Ingelse", "12 juni 2025"],
        ["Voorzitter MR", "Daan Opperman", "3 juni 2025"],
    ])


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 OBS De Hooiberg"
    cp.author = "Roos Ingelse"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.language = "nl-NL"
    _voettekst(doc.sections[0])
    _titel(doc)
    _voorwoord(doc)
    _wie_zijn_we(doc)
    _analyse(doc)
    _keuzes(doc)
    _doelen(doc)
    _slot(doc)
    doc.save(path)
