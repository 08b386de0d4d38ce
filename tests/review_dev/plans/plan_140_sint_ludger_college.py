# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van het Sint-Ludger College, katholieke school voor mavo en havo (Almere Haven).

Het plan is geschreven als acht beloftes aan leerlingen en ouders. Kopjes zijn vetgedrukte
Normal-alinea's, zoals de rector het zelf in Word heeft opgemaakt (geen kopstijlen).
build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

VASTE_DATUM = datetime.datetime(2024, 6, 12, 16, 45, 0)


def _taal_nl(doc):
    styles = doc.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = OxmlElement("w:docDefaults")
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if soort in ("begin", "separate", "end"):
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        elif soort == "t":
            el = OxmlElement("w:t")
            el.text = tekst
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def kop(doc, tekst, groot=False):
    """Kopje zoals de rector het maakt: een gewone alinea, vet."""
    par = doc.add_paragraph()
    par.paragraph_format.space_before = Pt(12)
    par.paragraph_format.keep_with_next = True
    r = par.add_run(tekst)
    r.bold = True
    if groot:
        r.font.size = Pt(14)
    return par


def tussenkop(doc, tekst):
    par = doc.add_paragraph()
    par.paragraph_format.keep_with_next = True
    r = par.add_run(tekst)
    r.bold = True
    return par


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def punten(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def tabel(doc, kopregel, rijen, breedtes):
    t = doc.add_table(rows=1, cols=len(kopregel))
    t.style = "Table Grid"
    for i, k in enumerate(kopregel):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(k).bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
    for rij in t.rows:
        for i, b in enumerate(breedtes):
            rij.cells[i].width = Cm(b)
    doc.add_paragraph()


def belofte(doc, nummer, titel, inleiding, doen, meten):
    kop(doc, "Belofte %d. %s" % (nummer, titel), groot=True)
    for alinea in inleiding:
        p(doc, alinea)
    tussenkop(doc, "Wat wij daarvoor doen")
    if isinstance(doen, str):
        p(doc, doen)
    else:
        punten(doc, doen)
    tussenkop(doc, "Zo houden we bij of we ons eraan houden")
    if isinstance(meten, str):
        p(doc, meten)
    else:
        punten(doc, meten)


# ------------------------------------------------------------------ inhoud

def _voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    for tekst, grootte, vet in (
        ("Sint-Ludger College", 26, True),
        ("katholieke school voor mavo en havo  ·  Almere Haven", 13, False),
        ("", 12, False),
        ("Wat wij jou beloven", 20, True),
        ("Schoolplan 2024 – 2028", 16, False),
    ):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = par.add_run(tekst)
        r.bold = vet
        r.font.size = Pt(grootte)
    for _ in range(8):
        doc.add_paragraph()
    for tekst in ("Schooljaren 2024-2025 tot en met 2027-2028",
                  "BRIN 20LK  ·  Almeerse Scholen Groep",
                  "Definitieve versie, juni 2024"):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(tekst)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _vooraf(doc):
    kop(doc, "Vooraf", groot=True)
    p(doc, "Beste leerling, beste ouder, beste collega,")
    p(doc, "Een schoolplan is meestal een stuk voor de inspectie en het bestuur. Dat mag dit ook zijn, maar we "
           "hebben het geschreven voor jou. Daarom is het opgebouwd als acht beloftes: dingen die je van ons "
           "mag verwachten als je op het Sint-Ludger zit, of als je kind hier zit. Bij elke belofte staat wat "
           "wij daarvoor doen en hoe we bijhouden of we ons eraan houden. Het plan geldt voor de schooljaren "
           "2024-2025 tot en met 2027-2028.")
    p(doc, "Onze school is genoemd naar Liudger, een Fries uit de achtste eeuw. Hij reisde naar York om te "
           "leren, kwam terug en begon scholen in Friesland en Westfalen. Een school als plek waar je "
           "vandaan gaat, maar waar je altijd een beetje bij blijft horen: dat beeld spreekt ons aan.")
    p(doc, "Wij geven altijd het beste van onszelf. Dat beloven we niet alleen, dat laten we zien.")
    p(doc, "Bart Hoogendoorn, rector")


def _in_het_kort(doc):
    kop(doc, "Onze school in het kort", groot=True)
    p(doc, "Het Sint-Ludger College begon in 1987 als katholieke mavo in Almere Haven; in 1996 kwam de havo "
           "erbij. Onze leerlingen komen uit Almere Haven, Almere Stad, Almere Poort en Zeewolde. Op 1 oktober "
           "2023 telden we 912 leerlingen: 498 op de mavo (theoretische leerweg) en 414 op de havo. Er werken "
           "78 mensen, van wie 57 docenten.")
    p(doc, "In leerjaar 1 en 2 zitten leerlingen in mavoklassen of in gemengde mavo/havo-klassen. Aan het eind "
           "van leerjaar 2 kiezen we samen met leerling en ouders de afdeling. De havo biedt alle vier de "
           "profielen aan.")
    tabel(doc, ("Resultaat", "2021", "2022", "2023"), [
        ("Geslaagd mavo", "93%", "91%", "94%"),
        ("Geslaagd havo", "84%", "86%", "82%"),
        ("Onderbouwsnelheid", "96,8%", "96,1%", "96,4%"),
        ("Bovenbouwsucces havo (inspectienorm 80,6%)", "81,2%", "79,4%", "78,1%"),
    ], breedtes=(8.0, 2.5, 2.5, 2.5))
    p(doc, "Bij het laatste bezoek van de inspectie (2022) waren alle standaarden voldoende. Zorgpunt is het "
           "bovenbouwsucces op de havo: dat zakt al twee jaar onder de norm. Daar komen we bij belofte 2 op "
           "terug.")
    tussenkop(doc, "Katholiek, op onze manier")
    p(doc, "Wij zijn een katholieke school. Ongeveer een op de vijf leerlingen komt uit een katholiek gezin; "
           "veel anderen zijn moslim, protestants, hindoe of niet gelovig. Iedereen volgt in leerjaar 1 tot en "
           "met 3 een uur levensbeschouwing per week, vanuit de katholieke traditie. We openen het schooljaar "
           "met een viering, doen in de veertigdagentijd mee aan de sponsorloop van Vastenactie en houden in "
           "november een moment van herdenken voor wie ons ontvallen is. De identiteitscommissie (drie "
           "docenten en de pastor van de parochie) bereidt deze momenten voor.")


def _waarom(doc):
    kop(doc, "Waarom beloftes?", groot=True)
    p(doc, "Op de studiedag van 9 oktober 2023 vroegen we het team: 'Wat zou een leerling op 1 september van "
           "ons mogen eisen?' In november stelden we dezelfde vraag aan de leerlingenraad en aan het "
           "ouderpanel. Uit de antwoorden kwamen zeven beloftes; de achtste kwam later van de MR (zie de laatste "
           "bladzijde). We hebben ze gerangschikt zoals leerlingen ze "
           "belangrijk vonden, niet volgens de indeling van het bestuur. Waar een belofte aansluit bij de koers "
           "van de Almeerse Scholen Groep, zal de lezer dat herkennen.")


def _beloftes(doc):
    belofte(
        doc, 1, "Wij kennen je, en niet alleen je naam",
        ["Wij hebben zicht op wat onze leerlingen nodig hebben. Op een school met ruim negenhonderd leerlingen "
         "gaat dat niet vanzelf. Leerlingen zeiden het ons ronduit: 'In de brugklas kent mijn mentor me, daarna "
         "ben ik een leerlingnummer.' Dat willen we veranderen."],
        [
            "Elke leerling heeft een mentor die in de eerste drie weken van het schooljaar een "
            "kennismakingsgesprek van een kwartier voert, ook in de bovenbouw.",
            "In leerjaar 1 en 2 heeft de mentor twee mentoruren per week met de klas, vanaf leerjaar 3 één.",
            "Drie keer per jaar (oktober, februari, juni) voert de mentor met iedere leerling een gesprek over "
            "hoe het gaat, niet alleen over cijfers.",
            "Vóór de zomer nemen we contact op met de basisschool van elke nieuwe brugklasser. Voor leerlingen "
            "met een ondersteuningsbehoefte is er een warme overdracht met de leerkracht van groep 8 en de "
            "intern begeleider.",
            "Per leerjaar werkt een vast docententeam van hooguit twaalf docenten. Dat team houdt drie keer per "
            "jaar een leerlingbespreking per klas.",
        ],
        [
            "In de jaarlijkse leerlingenquête van Kwaliteitscholen scoort de stelling 'Mijn mentor weet hoe het "
            "met mij gaat' minimaal 3,8 op een schaal van 5 (2023: 3,4).",
            "Alle kennismakingsgesprekken zijn vóór 1 oktober gevoerd en vastgelegd in Magister.",
            "Het percentage zittenblijvers in leerjaar 1 en 2 blijft onder de 3%.",
        ],
    )

    belofte(
        doc, 2, "Je krijgt de kans op het diploma dat bij je past, niet op een lager",
        ["Wij vinden dat je het diploma moet halen dat bij je kunnen past. Niet het diploma waarvan de "
         "basisschool ooit dacht dat het haalbaar was, en ook niet het diploma dat het minste risico geeft. "
         "Dat betekent dat we je ook uitdagen als het best wel goed gaat."],
        [
            "Ons onderwijsprogramma volgt de kerndoelen van de onderbouw en de examenprogramma's van mavo "
            "(theoretische leerweg) en havo. De lessentabel voldoet aan de wettelijke onderwijstijd. Het PTA "
            "van elk examenjaar staat vóór 1 oktober online.",
            "In leerjaar 2 besluiten we over de afdeling op basis van cijfers, de toetsen van het "
            "leerlingvolgsysteem en het oordeel van het docententeam over hoe je werkt. Twijfel je tussen mavo "
            "en havo, dan mag je het hogere niveau proberen.",
            "Van mavo naar havo: wie het mavodiploma haalt met minimaal een 6,8 gemiddeld voor de vakken die ook "
            "in havo 4 worden gegeven, mag bij ons door naar havo 4, zonder extra toelatingsgesprek. Vanaf "
            "2024-2025 volgen mavo-4-leerlingen die dat willen de havo-voorbereidingsmodule: een uur extra "
            "wiskunde en een uur extra Engels per week.",
            "Bovenbouw havo: elke havo-4-leerling krijgt een uur studiecoaching per week in kleine groepen. We "
            "hebben de herkansingsregeling aangepast, zodat een slecht eerste rapport niet meer direct tot "
            "zittenblijven leidt.",
            "Naar het vwo: leerlingen die na leerjaar 2 of na het havodiploma naar het vwo willen, helpen we "
            "met de overstap naar een vwo-school van ASG. Daarover hebben we vaste afspraken over de "
            "toelating en de overdracht van het dossier.",
            "Loopbaanoriëntatie: alle leerjaren werken met Qompas. Mavo 3 en havo 4 lopen een dag mee op het "
            "mbo of het hbo (MBO College Almere, Windesheim Flevoland), en elk voorjaar houden we een "
            "beroepenmiddag met ouders en ondernemers uit Almere.",
        ],
        [
            "Slaagpercentage mavo minimaal 93% en havo minimaal 87% (driejarig gemiddelde) in 2028.",
            "Bovenbouwsucces havo weer boven de inspectienorm, uiterlijk in schooljaar 2025-2026.",
            "Minimaal 25% van de geslaagde mavoleerlingen stroomt door naar havo 4 (2023: 17%); minstens 70% "
            "van hen haalt binnen twee jaar het havodiploma.",
            "Onderbouwsnelheid minimaal 96%.",
            "Het aandeel leerlingen in leerjaar 3 dat op of boven het basisschooladvies zit, blijft boven de "
            "norm van de inspectie.",
        ],
    )

    belofte(
        doc, 3, "Op onze school ben je veilig, wie je ook bent",
        ["Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. Of je nu "
         "gelovig bent of niet, waar je ouders ook vandaan komen, op wie je ook valt: bij ons hoor je erbij. "
         "Maar een belofte over veiligheid moet meer zijn dan een mooie zin. Dit doen we concreet:"],
        [
            "De vijf Ludger-afspraken, in 2023 opgesteld door de leerlingenraad en het team, hangen in elk lokaal. "
            "De mentor bespreekt ze in de eerste schoolweek. Ze gelden ook voor medewerkers en voor de manier "
            "waarop we met ouders omgaan.",
            "Bij een conflict volgt een herstelgesprek onder leiding van de mentor of teamleider, niet alleen "
            "een straf. In 2023 zijn twaalf medewerkers getraind in herstelgericht werken; in 2024-2025 volgen "
            "alle mentoren de training.",
            "We hebben een anti-pestcoördinator en twee vertrouwenspersonen (een man en een vrouw). Leerlingen "
            "kunnen ook anoniem iets melden via de schoolapp.",
            "Incidenten registreren we in Magister. De schoolleiding bekijkt elk kwartaal de cijfers en "
            "bespreekt wat opvalt.",
            "Sinds januari 2024 zijn mobiele telefoons niet meer in de les: ze gaan aan het begin van het uur in "
            "de telefoontas.",
            "De wijkagent van Almere Haven komt één keer per maand langs en is bereikbaar voor mentoren.",
        ],
        [
            "Minimaal 90% van de leerlingen voelt zich veilig op school (jaarlijkse monitor van "
            "Kwaliteitscholen; 2023: 87%).",
            "Het aantal schorsingen halveert: van 31 in 2022-2023 naar hooguit 15 in 2026-2027.",
            "Het aantal geregistreerde pestincidenten wordt elk kwartaal geanalyseerd; de uitkomst staat in het "
            "jaarverslag.",
        ],
    )

    belofte(
        doc, 4, "Je ouders weten waar ze aan toe zijn",
        ["Ouders kunnen hun kind alleen steunen als ze weten wat er speelt. In de ouderenquête van 2023 gaven "
         "ouders de informatie van school een 6,9. Dat vinden we niet goed genoeg."],
        [
            "Cijfers staan binnen tien werkdagen na een toets in Magister.",
            "Elke maand verschijnt de nieuwsbrief 'De Ludger Lijn'. De jaaragenda staat vóór 1 september op de "
            "website.",
            "In oktober voeren we met elke leerling van leerjaar 1 tot en met 3 en zijn ouders een "
            "driehoeksgesprek met de mentor; in de bovenbouw op verzoek.",
            "Mentoren beantwoorden e-mails van ouders binnen twee werkdagen.",
            "In september is er voor elk leerjaar een informatieavond; voor de examenklassen ook een PTA-avond.",
            "Het ouderpanel (twaalf ouders) praat vier keer per jaar met de rector over onderwerpen als "
            "huiswerk, het telefoonbeleid en de overgangsnormen.",
        ],
        [
            "Ouders geven de informatievoorziening minimaal een 7,5 in de ouderenquête van 2025 en 2027.",
            "Minimaal 90% van de ouders in leerjaar 1-3 komt naar het driehoeksgesprek.",
            "Bij een steekproef per periode staat minstens 95% van de toetsen binnen tien werkdagen in Magister.",
        ],
    )

    belofte(
        doc, 5, "Je krijgt les van mensen die hun vak verstaan",
        ["In 2023 werd 88% van de lessen gegeven door een bevoegde docent. Bij wiskunde, Duits en natuurkunde "
         "lukt het ons niet altijd om bevoegde docenten te vinden."],
        [
            "Zeven docenten volgen nu een lerarenopleiding in deeltijd. Zij krijgen één lesvrije dag per week "
            "in het rooster en worden begeleid door onze schoolopleider. Nieuwe onbevoegde docenten nemen we "
            "alleen aan als zij binnen een jaar met een opleiding beginnen.",
            "Het hele docententeam volgt in 2024-2025 en 2025-2026 het scholingstraject formatief evalueren, "
            "met een externe trainer. Daarnaast volgt iedere docent in deze planperiode minimaal één cursus van "
            "de ASG Academie.",
            "Veertien docenten vormen twee professionele leergemeenschappen rond formatief evalueren. Ze komen "
            "zes keer per jaar bij elkaar, proberen werkvormen uit in hun eigen lessen en presenteren hun "
            "bevindingen op de studiedag in juni.",
            "De secties wiskunde en Nederlands werken samen met de secties van vier andere vo-scholen van ASG. "
            "Ze komen drie keer per jaar bij elkaar en maken samen schoolexamens voor havo 4.",
            "Iedere medewerker heeft elk jaar een jaargesprek met de teamleider. De teamleider bezoekt elke "
            "docent twee keer per jaar in de les, met de kijkwijzer formatief handelen. Eens in de drie jaar is "
            "er een beoordelingsgesprek. Startende docenten volgen het driejarige inductieprogramma en hebben "
            "een coach.",
        ],
        [
            "In 2027 wordt minimaal 95% van de lessen gegeven door een bevoegde docent; wie nog niet bevoegd "
            "is, zit in een opleiding.",
            "De gesprekscyclus is voor 100% van de medewerkers elk jaar afgerond (vastgelegd in het "
            "personeelsdossier).",
            "In 2026 ziet de teamleider in minimaal 75% van de bezochte lessen een moment van feedback op het "
            "leren van de leerling.",
            "Leerlingen geven 'de uitleg van mijn docenten' in de leerlingenquête minimaal een 3,7 op 5.",
        ],
    )

    belofte(
        doc, 6, "Wij bereiden je voor op de wereld van morgen",
        ["De wereld verandert snel, en wij veranderen mee. Wij werken met innovatieve en nieuwe leerconcepten. "
         "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Onze "
         "leerlingen leren kritisch denken, samenwerken en creatief zijn, want dat zijn de vaardigheden die "
         "ze straks nodig hebben.",
         "Burgerschap is verweven in al onze lessen. Wij leiden jongeren op tot betrokken wereldburgers die "
         "hun steentje bijdragen aan een betere samenleving."],
        "We blijven ons onderwijs vernieuwen en kijken steeds kritisch naar wat we aanbieden. Digitale "
        "geletterdheid krijgt een plek in ons onderwijs. We zoeken de verbinding met de wereld om ons heen.",
        "We merken het aan de betrokkenheid en het enthousiasme van onze leerlingen en aan de reacties die we "
        "krijgen van ouders en van het vervolgonderwijs.",
    )

    belofte(
        doc, 7, "Als het even niet gaat, sta je er niet alleen voor",
        ["Iedereen loopt weleens vast: met leren, thuis of in je hoofd. Ons schoolondersteuningsprofiel "
         "(bijgewerkt in 2023, te vinden op onze website) beschrijft wat wij dan kunnen doen en waar onze "
         "grenzen liggen. Hieronder de hoofdlijn."],
        [
            "Basisondersteuning: de mentor is het eerste aanspreekpunt. Verder bieden we faalangstreductietraining "
            "(acht bijeenkomsten, twee keer per jaar voor leerjaar 1 en 2), faciliteiten bij dyslexie en "
            "dyscalculie (extra tijd, voorleessoftware), huiswerkbegeleiding op vier middagen en begeleiding bij "
            "examenvrees.",
            "Extra ondersteuning: het ondersteuningsteam komt elke week bij elkaar. Daarin zitten de "
            "zorgcoördinator, de orthopedagoog (0,6 fte), de schoolmaatschappelijk werker en de jeugdverpleegkundige "
            "van GGD Flevoland. De leerplichtambtenaar van de gemeente Almere sluit één keer per maand aan.",
            "De trajectklas: een leerling die tijdelijk niet in de klas kan functioneren, werkt maximaal zes weken "
            "in de trajectklas met een vaste begeleider, met een plan om terug te keren.",
            "Het jongerenwerk van De Schoor houdt elke dinsdag in de pauzes spreekuur in de aula.",
            "Wat we niet kunnen bieden: structurele één-op-éénbegeleiding of intensieve zorg bij ernstige "
            "psychiatrische problemen. Dan zoeken we samen met ouders en het Samenwerkingsverband Passend "
            "Onderwijs Almere naar een passende plek, bijvoorbeeld in het vso. Een leerling gaat pas weg als er "
            "een nieuwe plek is.",
        ],
        [
            "Binnen vier weken na aanmelding bij het ondersteuningsteam heeft elke leerling een plan.",
            "Geen enkele leerling van onze school zit langer dan vier weken thuis zonder onderwijsaanbod.",
            "Het ongeoorloofd verzuim daalt met 20% ten opzichte van 2022-2023 (registratie leerplicht).",
            "Minimaal 80% van de deelnemers aan de faalangsttraining ervaart minder spanning (vragenlijst voor "
            "en na de training).",
        ],
    )

    belofte(
        doc, 8, "Bij ons hoor je erbij",
        ["Het Sint-Ludger College is een warme gemeenschap. Onze cultuur is gastvrij: iedereen voelt zich "
         "welkom. Onze medewerkers voelen zich betrokken bij en trots op onze school. Leerlingen, ouders en "
         "medewerkers vormen samen één Ludger-familie, waarin we naar elkaar omkijken en elkaars successen "
         "vieren."],
        "Wij investeren in een goede sfeer en in de verbondenheid van onze schoolgemeenschap. We vieren samen "
        "wat er te vieren valt.",
        "Dat voel je als je binnenloopt.",
    )


def _bewaken(doc):
    kop(doc, "Hoe wij onze beloftes bewaken", groot=True)
    p(doc, "Beloftes doen is makkelijk, ze nakomen is het werk. Zo houden we het bij:")
    punten(doc, [
        "Elk jaar in juni maakt elke afdeling (mavo, havo onderbouw, havo bovenbouw) een jaarplan op basis van "
        "de beloftes. De secties schrijven in oktober een sectieverslag met de analyse van de examenresultaten "
        "(WOLF) en de schoolexamens.",
        "Alle meetpunten uit dit plan staan op één overzicht, het beloftedashboard. De schoolleiding bespreekt "
        "het elk kwartaal; de MR twee keer per jaar.",
        "Elk kwartaal rapporteren we aan het College van Bestuur; twee keer per jaar is er een kwaliteitsgesprek "
        "met de bestuurder.",
        "Leerlingen vullen elk jaar de enquête van Kwaliteitscholen in; ouders en medewerkers om het jaar. "
        "Onze gegevens staan op Scholen op de kaart.",
        "In de nieuwsbrief van juli laten we ouders en leerlingen zien hoe we ervoor staan: 'Hoe houden we ons "
        "aan onze beloftes?'.",
    ])


def _planning(doc):
    kop(doc, "Wat wanneer", groot=True)
    punten(doc, [
        "2024-2025: start havo-voorbereidingsmodule mavo 4; studiecoaching havo 4; training herstelgericht "
        "werken voor alle mentoren; start scholing formatief evalueren.",
        "2025-2026: bovenbouwsucces havo boven de norm; tweede jaar formatief evalueren; ouderenquête; "
        "evaluatie van de trajectklas.",
        "2026-2027: schorsingen hooguit 15; evaluatie van de doorstroom mavo-havo; nieuwe ronde leerlingenquête "
        "en ouderenquête (2027).",
        "2027-2028: 95% bevoegd; eindevaluatie van de acht beloftes met leerlingenraad en ouderpanel; start "
        "nieuw schoolplan.",
    ])


def _vaststelling(doc):
    kop(doc, "Medezeggenschap en vaststelling", groot=True)
    p(doc, "De medezeggenschapsraad (vier personeelsleden, twee ouders en twee leerlingen) heeft als klankbord "
           "meegedacht bij het schrijven van dit plan: in november 2023 over de opzet met beloftes en in maart "
           "2024 over de concepttekst. Op voorstel van de oudergeleding is belofte 4 over de informatie aan "
           "ouders toegevoegd.")
    p(doc, "In de vergadering van 11 juni 2024 heeft de MR een positief advies over dit schoolplan uitgebracht. "
           "Daarna wordt het plan ter vaststelling aangeboden aan het College van Bestuur van de Almeerse "
           "Scholen Groep.")
    p(doc, "Almere Haven, 12 juni 2024")
    p(doc, "Bart Hoogendoorn, rector")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.2)
    _paginanummer(sec)

    _voorblad(doc)
    _vooraf(doc)
    _in_het_kort(doc)
    _waarom(doc)
    _beloftes(doc)
    _bewaken(doc)
    _planning(doc)
    _vaststelling(doc)

    cp = doc.core_properties
    cp.title = ""
    cp.subject = ""
    cp.author = "B. Hoogendoorn"
    cp.last_modified_by = "B. Hoogendoorn"
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 12
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_140_sint_ludger_college.docx")
