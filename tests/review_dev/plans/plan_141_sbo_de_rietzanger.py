# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van SBO De Rietzanger (Almere), gemaakt met python-docx.

Gebruik: build('/pad/naar/bestand.docx')
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 24, 9, 30, 0)


def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijlen op Nederlands."""
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Number", "List Bullet"):
        stijl = doc.styles[naam]
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(doc):
    sectie = doc.sections[0]
    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan SBO De Rietzanger 2025-2029  |  pagina ")
    run = p.add_run()
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
    for r in p.runs:
        r.font.size = Pt(8)


def _genummerde_lijst(doc, items):
    """Genummerde lijst die bij elk venster opnieuw bij 1 begint."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    stijl = doc.styles["List Number"]
    num_id_stijl = stijl.element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(num_id_stijl).abstractNumId.val
    nieuw = numbering.add_num(abstract_id)
    nieuw.add_lvlOverride(ilvl=0).add_startOverride(1)
    for tekst in items:
        p = doc.add_paragraph(style="List Number")
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = nieuw.numId
        if isinstance(tekst, tuple):
            vet, rest = tekst
            p.add_run(vet).bold = True
            p.add_run(rest)
        else:
            p.add_run(tekst)


def _alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)

    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    for sectie in doc.sections:
        sectie.left_margin = Cm(2.5)
        sectie.right_margin = Cm(2.5)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 SBO De Rietzanger"
    cp.author = "Ruud Stallinga"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan, SBO, ASG"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "Ruud Stallinga"
    cp.revision = 4

    # ---------- voorblad ----------
    doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Schoolplan 2025-2029")
    p = doc.add_paragraph()
    r = p.add_run("SBO De Rietzanger")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    doc.add_paragraph("Openbare school voor speciaal basisonderwijs\nAlmere Stad")
    doc.add_paragraph(
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029\n"
        "BRIN: 31KT\n"
        "Directeur: Ruud Stallinga\n"
        "Bestuur: Almeerse Scholen Groep (ASG)\n"
        "Versie: definitief, 24 juni 2025"
    )
    doc.add_page_break()

    # ---------- 1. inleiding ----------
    doc.add_heading("1. Waarom dit plan zo kort is", level=1)
    _alinea(doc,
        "Voor u ligt het schoolplan van SBO De Rietzanger voor de schooljaren 2025-2026 tot en met "
        "2028-2029. Ons vorige schoolplan telde 64 pagina's. Eerlijk is eerlijk: na de vaststelling hebben "
        "we het nauwelijks meer opengeslagen. Daarom hebben we het deze keer anders gedaan. We volgen de vier "
        "vensters uit de koers van ons bestuur, de Almeerse Scholen Groep, en schrijven per venster op waar we "
        "staan en wat we de komende vier jaar gaan doen. De doelen staan genummerd onder elk venster, met een "
        "jaartal erbij, zodat we er in ons jaarplan en in het jaarverslag naar kunnen verwijzen. De kernwaarden "
        "van ASG werken we hier niet apart uit. Hoe wij naar kinderen kijken, staat in onze schoolgids, en "
        "het is vooral te zien in de school zelf.")
    _alinea(doc,
        "De Rietzanger is een openbare school voor speciaal basisonderwijs in Almere Stad. Op 1 oktober 2024 "
        "hadden we 164 leerlingen van 4 tot 13 jaar, verdeeld over 11 groepen van gemiddeld 15 leerlingen. "
        "Alle leerlingen hebben een toelaatbaarheidsverklaring van het Samenwerkingsverband Passend Onderwijs "
        "Almere. Ongeveer 40 procent komt bij ons vanwege leer- en ontwikkelingsvragen, 35 procent vanwege gedrag "
        "en sociaal-emotionele ontwikkeling en de rest vanwege een combinatie daarvan. Bij een op de vier "
        "leerlingen wordt thuis vooral een andere taal dan Nederlands gesproken. Ons team telt 36 medewerkers: "
        "15 leerkrachten, 7 onderwijsassistenten, twee intern begeleiders, een orthopedagoog, een "
        "gedragsspecialist, een vakleerkracht bewegingsonderwijs, een logopedist en ondersteunend personeel.")
    _alinea(doc,
        "Het plan is tot stand gekomen in drie studiemiddagen met het hele team (oktober 2024, januari en maart "
        "2025). Ook hebben we de uitkomsten van het kwaliteitsgesprek met het bestuur van november 2024 gebruikt, "
        "net als het laatste inspectierapport en de tevredenheidspeilingen onder ouders, leerlingen en "
        "medewerkers. Ons onderwijsaanbod omvat alle kerndoelen, zoals taal, rekenen, wereldoriëntatie, "
        "burgerschap, bewegingsonderwijs en sociaal-emotionele ontwikkeling.")

    # ---------- 2. venster 1 ----------
    doc.add_heading("2. Venster 1: onderwijs dat past bij elk kind", level=1)
    doc.add_heading("Waar we staan", level=2)
    _alinea(doc,
        "Bij het vierjaarlijks onderzoek in maart 2023 oordeelde de inspectie dat onze school voldoet aan de "
        "basiskwaliteit. Eén aandachtspunt nemen we serieus: we analyseren onze resultaten wel, maar vertalen "
        "die analyse nog te weinig naar een ander aanbod in de groep. Daar ligt de komende jaren een flinke klus.")
    _alinea(doc,
        "Van de 29 schoolverlaters in 2024 gingen er 9 naar het praktijkonderwijs (31 procent), 13 naar vmbo "
        "basis of kader met leerwegondersteuning (45 procent), 4 naar vmbo kader of gemengde leerweg (14 procent) "
        "en 3 naar het voortgezet speciaal onderwijs (10 procent). De afgelopen drie jaar stroomde gemiddeld "
        "81 procent van onze leerlingen uit op of boven het niveau uit hun ontwikkelingsperspectief. Dat vinden "
        "we te laag. We stellen het ontwikkelingsperspectief niet lager vast dan nodig: bij twijfel kiezen we het "
        "hogere uitstroomperspectief en stellen we dat later zo nodig bij. We nemen sinds 2024 de doorstroomtoets "
        "Route 8 af bij de schoolverlaters voor wie dat passend is.")
    doc.add_heading("Ons onderwijs", level=2)
    _alinea(doc,
        "Voor rekenen werken we sinds 2022 met Getal & Ruimte Junior, voor aanvankelijk lezen met Veilig Leren "
        "Lezen (kim-versie) en daarna met Estafette. Begrijpend lezen geven we met Nieuwsbegrip, taal met Staal "
        "en wereldoriëntatie met Blink. Voor de sociaal-emotionele ontwikkeling gebruiken we KWINK. Sinds 2019 "
        "werken we schoolbreed met SWPBS (Schoolwide Positive Behavior Support). Onze drie gedragsverwachtingen "
        "zijn rust, veiligheid en samen, en die hangen in elke ruimte van de school.")
    _alinea(doc,
        "Iedere leerling heeft een ontwikkelingsperspectiefplan (OPP). Dat bespreken we twee keer per jaar met "
        "de ouders. Per vak werken we met drie instructiearrangementen. Voor rekenen en lezen streven we naar "
        "referentieniveau 1F voor minimaal 65 procent van de schoolverlaters. Sinds 2023 gebruiken we het "
        "leerlingvolgsysteem Leerling in beeld. Twee keer per jaar bespreken de intern begeleider en de "
        "orthopedagoog elke groep met de leerkracht. Een leerlijn digitale geletterdheid hebben we nog niet. "
        "Voor onze leerlingen, die straks in een wereld vol schermen hun weg moeten vinden, is dat een gemis.")
    doc.add_heading("Veiligheid en ondersteuning", level=2)
    _alinea(doc,
        "Elk jaar in maart vullen de leerlingen van groep 5 tot en met 8 de veiligheidsmonitor in. In 2024 gaf "
        "88 procent aan zich veilig te voelen op school. Incidenten leggen we vast in ParnasSys. In 2023-2024 "
        "waren dat 54 incidenten met fysieke agressie, vooral op het plein en bij de wisselmomenten. Voor "
        "leerlingen met een zeer intensieve gedragsvraag hebben we sinds 2022 een kleine groep van maximaal "
        "acht leerlingen. In die groep werken een leerkracht en een onderwijsassistent de hele dag samen.")
    _alinea(doc,
        "Ons schoolondersteuningsprofiel is in 2021 voor het laatst vastgesteld en beschrijft de praktijk niet "
        "meer goed. We willen daarin eerlijker zijn over wat we kunnen bieden en wat niet, bijvoorbeeld bij "
        "ernstige psychiatrische problematiek. In die gevallen zoeken we met het samenwerkingsverband een plek "
        "in het speciaal onderwijs. Tegelijk willen we dat een plaatsing op De Rietzanger geen eindstation hoeft "
        "te zijn. Nu gaan jaarlijks twee tot drie leerlingen terug naar een reguliere basisschool. Dat kunnen "
        "er meer zijn als we de terugplaatsing beter voorbereiden en de school van ontvangst blijven steunen.")
    _alinea(doc,
        "Onze kwaliteitszorg loopt via een vaste kwaliteitskalender met Werken met Kwaliteit (WMK-PO). Directeur "
        "en intern begeleider bezoeken elke leerkracht drie keer per jaar in de klas met dezelfde kijkwijzer. "
        "De uitkomsten komen in het jaarplan en het jaarverslag, die we met het bestuur bespreken in de "
        "kwaliteitsgesprekken. Eens per jaar leggen we de resultaten naast die van andere SBO-scholen in de regio.")
    doc.add_heading("Onze doelen voor venster 1", level=2)
    _genummerde_lijst(doc, [
        ("Groepsanalyse (2025-2026). ", "Vanaf schooljaar 2025-2026 bespreken we elke groep in februari en juni "
         "met een vast analyseformat. Daarin staat steeds welke aanpassing van het aanbod volgt. In juni 2026 "
         "kan iedere leerkracht zelfstandig een groepsanalyse maken."),
        ("Uitstroom (2028). ", "In 2028 stroomt minstens 88 procent van onze schoolverlaters uit op of boven "
         "het niveau uit hun ontwikkelingsperspectief (nu gemiddeld 81 procent)."),
        ("Digitale geletterdheid (2026-2027). ", "In schooljaar 2025-2026 proberen we de leerlijn van Basicly uit "
         "in vier groepen. In 2026-2027 werken alle groepen ermee en in 2027 is de leerlijn opgenomen in ons "
         "onderwijsprogramma."),
        ("Schoolondersteuningsprofiel (december 2025). ", "Uiterlijk in december 2025 is het nieuwe "
         "schoolondersteuningsprofiel vastgesteld, met de kleine groep als apart arrangement. In 2028 evalueren "
         "en herzien we het."),
        ("Terugplaatsing (vanaf 2026). ", "Vanaf 2026 plaatsen we elk jaar minimaal vijf leerlingen succesvol terug "
         "naar het reguliere basisonderwijs. De ontvangende school krijgt een half jaar nazorg van onze intern "
         "begeleider."),
        ("Veiligheid (2027). ", "In maart 2027 geeft minstens 92 procent van de leerlingen in groep 5 tot en met "
         "8 aan zich veilig te voelen (nu 88 procent). In 2027-2028 is het aantal incidenten met fysieke agressie "
         "gehalveerd ten opzichte van 2023-2024."),
        ("Zelfevaluatie (voorjaar 2028). ", "In het voorjaar van 2028 voeren we een volledige zelfevaluatie uit "
         "met WMK-PO. De uitkomsten vormen de basis voor het volgende schoolplan."),
    ])

    # ---------- 3. venster 2 ----------
    doc.add_heading("3. Venster 2: een team dat het volhoudt", level=1)
    _alinea(doc,
        "Werken op een SBO-school vraagt veel van mensen. Onze leerlingen hebben de leerkracht de hele dag "
        "nodig, en dan ook echt de hele dag. In 2023-2024 was ons ziekteverzuim 7,9 procent. Dat ligt ruim boven "
        "het ASG-gemiddelde voor het primair onderwijs. Elk jaar hebben we gemiddeld twee vacatures. Op dit moment "
        "werken twee leerkrachten als zij-instromer; zij volgen de verkorte pabo bij Windesheim Flevoland. De "
        "werkdrukmiddelen zetten we volledig in voor onderwijsassistenten, zodat er in elke bouw altijd een "
        "tweede volwassene beschikbaar is. Dat houden we zo.")
    _alinea(doc,
        "Bij onze leerlingen is specialistische kennis nodig. Van de 15 leerkrachten hebben er 6 een master "
        "Special Educational Needs. Daarnaast heeft het hele team in 2024 de training 'Geef me de 5' over autisme "
        "gevolgd. Onze onderwijsassistenten volgen modules van de ASG Academie. Met de gesprekscyclus gaat het "
        "nog niet goed: in 2023-2024 voerde 70 procent van de medewerkers de volledige cyclus van startgesprek, "
        "voortgangsgesprek en eindgesprek. Iedere drie jaar volgt daarnaast een beoordelingsgesprek. De "
        "gesprekken leggen we vast in het digitale personeelsdossier.")
    _alinea(doc,
        "We willen dat leerkrachten meer van elkaar leren. Vanaf dit schooljaar werken we daarom met drie "
        "leerteams, voor lezen, rekenen en gedrag. Ieder teamlid kiest er een. De leerteams komen op woensdagmiddag "
        "bijeen, onderzoeken een vraag uit de eigen praktijk en voeren aan het eind van het jaar een verbetering in "
        "die voor de hele school geldt.")
    doc.add_heading("Onze doelen voor venster 2", level=2)
    _genummerde_lijst(doc, [
        ("Gesprekscyclus (2026). ", "In schooljaar 2025-2026 voert 100 procent van de medewerkers de volledige "
         "gesprekscyclus (nu 70 procent). Het is vastgelegd in het digitale personeelsdossier. De adjunct-directeur "
         "bewaakt de planning."),
        ("Bevoegdheid (2027). ", "Uiterlijk in 2027 hebben de twee zij-instromers hun bevoegdheid. Ze hebben elk "
         "een eigen coach uit het team en krijgen een dag per week studieverlof."),
        ("Specialisatie (2029). ", "In 2029 heeft de helft van onze leerkrachten een master SEN of een vergelijkbare "
         "specialisatie (nu 6 van de 15). We betalen de opleiding uit het scholingsbudget en spreiden deelname "
         "zo dat er per jaar hooguit twee leerkrachten tegelijk studeren."),
        ("Verzuim (2027-2028). ", "Het ziekteverzuim daalt van 7,9 procent (2023-2024) naar maximaal 5,5 procent in "
         "2027-2028. We voeren bij frequent verzuim een gesprek binnen twee weken. Met de bedrijfsarts bespreken "
         "we ieder kwartaal het verzuim op schoolniveau."),
        ("Leerteams (vanaf 2025-2026). ", "Vanaf 2025-2026 zit iedere leerkracht in een leerteam, dat zes keer per "
         "jaar bijeenkomt. Elk leerteam presenteert in juni een verbetering aan het hele team; die verbetering "
         "komt in het jaarplan van het volgende jaar."),
        ("Onderwijsassistenten (2026). ", "In 2026 hebben alle onderwijsassistenten de module 'De-escalerend "
         "handelen' van de ASG Academie gevolgd."),
    ])

    # ---------- 4. venster 3 ----------
    doc.add_heading("4. Venster 3: onze plek binnen ASG", level=1)
    _alinea(doc,
        "Veel van onze leerlingen komen van een ASG-basisschool. Wij zijn binnen het aanbod van ASG de plek voor "
        "kinderen die meer nodig hebben dan een reguliere school kan bieden. Andersom gaan onze schoolverlaters "
        "vaak naar het vmbo of het praktijkonderwijs van ASG. Toch was ons contact met andere ASG-scholen tot nu "
        "toe vooral afhankelijk van losse personen. Onze intern begeleiders nemen deel aan de leergemeenschap "
        "van intern begeleiders van het SBO en SO binnen ASG. Dat bevalt goed.")
    _alinea(doc,
        "Wij hebben kennis die op andere scholen gemist wordt, vooral over gedrag en de-escalatie. Basisscholen "
        "bellen ons nu al met vragen, maar daar is geen tijd voor vrijgemaakt. Dat gaan we regelen. Ook over "
        "de overstap van onze leerlingen naar het voortgezet onderwijs willen we vaste afspraken maken, in plaats "
        "van elk jaar opnieuw te beginnen.")
    doc.add_heading("Onze doelen voor venster 3", level=2)
    _genummerde_lijst(doc, [
        ("Consultatie (vanaf 2025-2026). ", "Vanaf 2025-2026 bieden onze gedragsspecialist en orthopedagoog samen "
         "vier uur per week consultatie aan de ASG-basisscholen in Almere Stad. In 2027 voeren we minstens 20 "
         "consultaties per jaar uit. Het bestuur betaalt de helft van de uren uit het ASG-budget voor passend "
         "onderwijs."),
        ("Studiedag (2027). ", "Op de ASG-studiedag van 2027 verzorgen twee leerkrachten en de gedragsspecialist "
         "een workshop over SWPBS en de-escalerend handelen."),
        ("Overstap naar het vo (2026). ", "In 2026 hebben we schriftelijke afspraken over de warme overdracht met "
         "het praktijkonderwijs en de vmbo-scholen van ASG waar de meeste van onze leerlingen naartoe gaan. "
         "Daarbij hoort een proefdag voor iedere schoolverlater in mei."),
    ])

    # ---------- 5. venster 4 ----------
    doc.add_heading("5. Venster 4: samen met ouders en partners", level=1)
    _alinea(doc,
        "De meeste ouders hebben al een lange weg achter de rug als hun kind bij ons komt. Vaak waren er eerder "
        "zorgen, gesprekken en soms teleurstellingen. Daarom investeren we vanaf de eerste dag in het contact. "
        "Binnen zes weken na de start heeft iedere nieuwe ouder een kennismakingsgesprek met de leerkracht en de "
        "intern begeleider. Bij de OPP-gesprekken vragen we ouders wat zij thuis zien en wat werkt. Vanaf groep "
        "5 schuift het kind zelf aan. Zo nodig zetten we een tolk in via de tolkentelefoon.")
    _alinea(doc,
        "Sinds 2024 communiceren alle groepen via de Parro-app, daarnaast verschijnt er elke maand een "
        "nieuwsbrief. Ouders krijgen binnen twee werkdagen antwoord op een bericht. In de oudertevredenheidspeiling "
        "van 2024 gaf 74 procent aan goed geïnformeerd te zijn over de ontwikkeling van het eigen kind. "
        "Dat kan beter.")
    _alinea(doc,
        "Veel van onze leerlingen krijgen naast onderwijs ook jeugdhulp. Het werkt het best als die hulp in of "
        "dicht bij de school plaatsvindt. We werken samen met Triade Vitree, de jeugdarts van GGD Flevoland, het "
        "wijkteam in onze wijk en een praktijk voor logopedie en kinderfysiotherapie die in ons gebouw werkt. "
        "Eens in de zes weken hebben we een ondersteuningsoverleg waarin we met deze partners en de ouders "
        "leerlingen bespreken.")
    doc.add_heading("Onze doelen voor venster 4", level=2)
    _genummerde_lijst(doc, [
        ("Oudergesprekken (2026). ", "In 2026 zit in alle groepen 5 tot en met 8 het kind zelf bij de "
         "OPP-gesprekken. Iedere nieuwe ouder heeft binnen zes weken een kennismakingsgesprek (we registreren "
         "dat vanaf 2025-2026)."),
        ("Geïnformeerd (2027). ", "In de peiling van 2027 geeft minstens 85 procent van de ouders aan goed "
         "geïnformeerd te zijn over de ontwikkeling van hun kind (nu 74 procent)."),
        ("Wijkteam in de school (2026). ", "Vanaf januari 2026 houdt een medewerker van het wijkteam elke "
         "dinsdagochtend spreekuur in de school, voor ouders en leerkrachten."),
        ("Jeugdhulp onder schooltijd (2027). ", "In 2027 hebben we met Triade Vitree afspraken over behandeling "
         "in de school, zodat leerlingen minder lestijd missen door afspraken buiten de deur."),
    ])

    # ---------- 6. vaststelling ----------
    doc.add_heading("6. Tot slot", level=1)
    _alinea(doc,
        "Dit plan geeft de richting voor vier jaar. Elk jaar werken we de doelen uit in een jaarplan met "
        "activiteiten, eigenaren en een begroting. In het jaarverslag leggen we verantwoording af over wat gelukt "
        "is en wat niet. Het concept van dit schoolplan is op 10 juni 2025 besproken in de medezeggenschapsraad. "
        "Daarna bieden we het plan ter vaststelling aan bij het College van Bestuur van ASG.")
    p = doc.add_paragraph()
    p.add_run("Almere, 24 juni 2025").italic = True
    doc.add_paragraph("Ruud Stallinga, directeur SBO De Rietzanger")

    _paginanummer(doc)
    doc.save(path)
    _vaste_zipdatums(path)


def _vaste_zipdatums(path):
    """Schrijf het .docx-bestand opnieuw met vaste tijdstempels, zodat elke build byte-gelijk is."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            nieuw = zipfile.ZipInfo(info.filename, date_time=VASTE_DATUM.timetuple()[:6])
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = info.external_attr
            zout.writestr(nieuw, data)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_141_sbo_de_rietzanger.docx")
