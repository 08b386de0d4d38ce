"""Schoolplan 2024-2028 van Openbaar Integraal Kindcentrum De Wereldboom (0-12 jaar), Almere Buiten.
Het plan beantwoordt de centrale vragen van de ASG Koerswijzer een voor een: per kernwaarde en venster
een Kop 1, per vraag (letterlijk) een Kop 2, met een kort antwoord. Doelen als genummerde lijst aan
het eind."""

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
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2024, 6, 24, 14, 5, 0)


# --- Word-loodgieterswerk (overgenomen uit docx_parts.py) -------------------------------------

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


# --- De centrale vragen en onze antwoorden ------------------------------------------------------

HOOFDSTUKKEN = [
    ("3. Kernwaarde Gezien worden", [
        ("Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?",
         "Om 8.15 uur gaan de deuren open en staan er elke ochtend twee medewerkers bij de hoofdingang: "
         "één van de school en één van de opvang. Nieuwe gezinnen krijgen een rondleiding van twee "
         "kindgidsen uit groep 7 of 8; in 2023-2024 deden zij dat 46 keer. Bij de receptie hangt een "
         "welkomstbord in de zes talen die in onze buurt het meest gesproken worden."),
        ("Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?",
         "Ieder kind en iedere medewerker is bij ons waardevol en wordt gezien. Vanaf groep 3 voert de "
         "leerkracht drie keer per jaar met elk kind een kindgesprek over wat goed gaat en wat het nodig "
         "heeft; bij de peuters en in groep 1-2 volgen wij de ontwikkeling met KIJK!. Medewerkers kiezen "
         "elk jaar zelf één ontwikkeldoel, dat zij in het startgesprek met de directeur bespreken."),
        ("Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?",
         "Elk najaar houden wij een tevredenheidspeiling onder ouders, kinderen van groep 6 tot en met 8 "
         "en medewerkers. De uitkomsten, en wat wij ermee doen, staan in januari in de nieuwsbrief. De "
         "kinderraad adviseert de directeur over zaken die kinderen direct raken; zo koos de kinderraad "
         "in 2023 de nieuwe speeltoestellen voor het achterplein. Hoe ASG als geheel met de meningen van "
         "betrokkenen omgaat, is een taak van het bestuur."),
    ]),
    ("4. Kernwaarde Open", [
        ("Hoe bereiken we dat iedereen zich respectvol bejegend voelt?",
         "Wij gaan respectvol om met de mensen binnen en buiten ons kindcentrum. Dat vraagt van ons "
         "allemaal een voorbeeldhouding, naar kinderen, ouders en elkaar."),
        ("Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te informeren?",
         "Alle groepen van school en opvang gebruiken Parro. Ouders ontvangen om de week de nieuwsbrief "
         "Wereldnieuws, en vóór de herfstvakantie de schoolgids. Wij beantwoorden berichten van ouders "
         "binnen twee werkdagen. Bij oudergesprekken met ouders die het Nederlands nog niet goed "
         "beheersen, zetten wij een tolk in of een collega die hun taal spreekt; belangrijke brieven "
         "krijgen een samenvatting op taalniveau B1."),
        ("Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare karakter van ASG?",
         "Zie paragraaf 2.4, Openbaar karakter. De identiteit van ASG als geheel is een taak van het "
         "bestuur."),
    ]),
    ("5. Kernwaarde Vooruitstrevend", [
        ("Hoe faciliteren we innovatie binnen ASG?",
         "Dit is een taak van het bestuur en de Regiegroep Innovatie."),
        ("Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?",
         "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Een "
         "uitgewerkte aanpak voor onderzoekend leren hebben wij nog niet; wij willen daar in de tweede "
         "helft van de planperiode mee aan de slag."),
        ("Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor ASG?",
         "Dit is een taak van het bestuur. Ons kindcentrum neemt op dit moment niet deel aan een "
         "innovatiegroep."),
    ]),
    ("6. Kernwaarde Ambitieus", [
        ("Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?",
         "Nog niet goed genoeg. In de teamevaluatie van juni 2023 gaf een derde van het team aan dat "
         "collega's elkaar weinig feedback geven. Hoe wij dat verbeteren, werken wij uit in het jaarplan "
         "2024-2025."),
        ("Wat doen we om de professionaliteit van ons personeel te verbeteren?",
         "In 2024-2025 en 2025-2026 volgt het hele schoolteam, leerkrachten en onderwijsassistenten, de "
         "scholing Expliciete Directe Instructie (EDI); de pedagogisch medewerkers volgen in dezelfde "
         "jaren de herhalingstraining VVE. Iedere medewerker kiest daarnaast één persoonlijk "
         "ontwikkeldoel en volgt daarvoor zo nodig een cursus van de ASG Academie; het scholingsbudget is "
         "€ 600 per fte per jaar. Leerkrachten houden hun bekwaamheidsdossier bij, en de directeur bezoekt "
         "iedere leerkracht minstens twee keer per jaar in de klas met de EDI-kijkwijzer. Nieuwe "
         "leerkrachten krijgen in hun eerste twee jaar een coach uit het team."),
        ("Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?",
         "We hebben hoge verwachtingen van onze kinderen en van elkaar. Wij willen kinderen meer eigenaar "
         "maken van hun eigen leerproces en gaan onderzoeken hoe we dat kunnen doen."),
    ]),
    ("7. Venster 1: Goed en toegankelijk onderwijs", [
        ("Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?",
         "De kwaliteit van ons onderwijs is en blijft op orde. Bij het onderzoek van de inspectie bij ASG "
         "in 2022 is onze school bezocht en zijn geen tekortkomingen gevonden. Onze eindtoetsresultaten "
         "lagen de afgelopen drie jaar boven de signaleringswaarden: in 2023 haalde 97% van de leerlingen "
         "1F en 57% 2F/1S voor lezen. Ons onderwijsprogramma staat in paragraaf 2.2."),
        ("Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?",
         "In ons schoolondersteuningsprofiel, herzien in maart 2024, staat wat wij kunnen bieden. Binnen "
         "de basisondersteuning geven wij instructie op drie niveaus en dagelijks verlengde instructie. "
         "Als extra ondersteuning hebben wij een taalklas voor nieuwkomers (maximaal twaalf kinderen, vier "
         "ochtenden per week), een plusklas voor groep 5 tot en met 8 en een onderwijsassistent voor "
         "kinderen met een arrangement van het samenwerkingsverband. Wat wij niet kunnen bieden, is "
         "langdurige één-op-één-begeleiding bij ernstige gedragsproblematiek of verpleegkundige zorg "
         "gedurende de hele dag."),
        ("Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?",
         "Wij volgen kinderen van 0 tot 4 jaar met KIJK! en de schoolkinderen met Boom LVS en ZIEN!. Drie "
         "keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking. Vanaf "
         "2024-2025 schuift de pedagogisch medewerker van de peutergroep aan bij de groepsbespreking van "
         "groep 1-2, en voor kinderen die van onze eigen peuteropvang naar groep 1 gaan, is er altijd een "
         "warme overdracht."),
        ("Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk te maken?",
         "Bij ons voldoet een goede les aan de zes criteria van onze EDI-kijkwijzer: een duidelijk "
         "lesdoel, activeren van voorkennis, heldere uitleg met voordoen, controle van begrip, begeleide "
         "inoefening en verlengde instructie. Welke criteria op álle ASG-scholen moeten gelden, is een "
         "vraag voor het bestuur."),
        ("Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?",
         "Nog niet. Wij wachten de nieuwe kerndoelen voor burgerschap en digitale geletterdheid af en "
         "nemen daarna pas een besluit over nieuwe methodes."),
        ("Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en het bestuur?",
         "Wij werken met de kwaliteitscyclus van ASG: in juni maken wij het jaarplan, elk kwartaal "
         "rapporteren wij aan het bestuur in de kwartaalrapportage, en in het jaarverslag evalueren wij "
         "het jaarplan met team en MR. Met WMK-PO nemen wij elk jaar drie kwaliteitskaarten af, en in het "
         "voorjaar van 2026 doen wij een zelfevaluatie met een externe auditor. De opvang heeft daarnaast "
         "de jaarlijkse GGD-inspectie en de kwaliteitsmonitor van Buitenkans."),
        ("Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het managementinformatiesysteem om optimale sturing te faciliteren?",
         "Dit is een taak van het bestuur. Wel zouden wij de gegevens van de opvang en de school graag "
         "in één overzicht terugzien."),
        ("Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en verbeteren de norm is?",
         "Wij streven naar een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en verbeteren de "
         "norm is. Net als ASG willen wij een collectieve leercultuur, gericht op voortdurend verbeteren "
         "en innoveren."),
    ]),
    ("8. Venster 2: Personeel in positie", [
        ("Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?",
         "Dit is een taak van het bestuur. Ons team voelt zich vooral betrokken bij De Wereldboom zelf; "
         "ASG is voor veel collega's ver weg."),
        ("Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen loopbaan?",
         "Medewerkers hebben ruimte nodig voor persoonlijke groei en zicht op wat er binnen ASG mogelijk "
         "is. Wij vinden het belangrijk dat iedere medewerker daarin zelf de regie neemt."),
        ("Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering binnen ASG?",
         "Nog niet. Het aanbod van de ASG Academie kennen de meeste collega's wel, de mogelijkheden voor "
         "mobiliteit niet. Voor de pedagogisch medewerkers van Buitenkans gelden bovendien andere "
         "regelingen."),
        ("Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG Academie?",
         "Dit is een taak van het bestuur."),
        ("Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek wordt?",
         "Het ziekteverzuim van het schoolteam was in 2023 6,8%, boven het ASG-gemiddelde. Welbevinden en "
         "werkdruk zijn een vast onderdeel van ieder voortgangsgesprek, en de werkdrukmiddelen zetten wij "
         "in voor twee extra onderwijsassistenten. Bij een ziekmelding belt de directeur dezelfde dag, en "
         "na twee weken volgt een gesprek met de bedrijfsarts. Met medewerkers vanaf 57 jaar bespreken we "
         "in het jaargesprek de regeling duurzame inzetbaarheid."),
        ("Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten behoeve van ASG?",
         "Nog niet uitgewerkt. Wij hebben een taalspecialist en een rekencoördinator, maar hun expertise "
         "zetten wij alleen binnen ons eigen kindcentrum in."),
        ("Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we onszelf geven?",
         "Dit is een taak van het bestuur."),
        ("Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?",
         "Nog niet. De Wereldboom is geen opleidingsschool; wel lopen er elk jaar stagiairs van de "
         "mbo-opleiding onderwijsassistent en pedagogisch medewerker bij ons."),
        ("Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?",
         "Nog niet. Het professioneel statuut bespreken wij in 2025-2026 met het team."),
        ("Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?",
         "Iedere medewerker heeft elk jaar een startgesprek in september of oktober en een "
         "voortgangsgesprek in maart; eens in de drie jaar is er een beoordelingsgesprek. De verslagen "
         "staan in het digitale personeelsdossier in AFAS en worden door de medewerker afgetekend."),
    ]),
    ("9. Venster 3: De meerwaarde van ASG", [
        ("Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?",
         "Dit is een taak van het bestuur. Binnen ASG ontmoeten collega's van alle scholen en het "
         "servicebureau elkaar regelmatig, en dat vinden wij waardevol."),
        ("Welke studiedagen, ontmoetingen en professionaliseringsprogramma’s zijn nodig voor de verschillende doelgroepen?",
         "Onze eigen studiedagen staan in het jaarplan. Voor de ASG-brede studiedagen is dit een taak van "
         "het bestuur."),
        ("Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?",
         "Nog niet. Ons kindcentrum neemt op dit moment niet deel aan een leer- of ontwikkelgroep."),
        ("Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?",
         "Deze vraag past vooral bij het voortgezet onderwijs en is voor ons niet van toepassing."),
        ("Wat verwachten scholen van medewerkers van het servicebureau en vice versa?",
         "Wij verwachten dat het servicebureau goed bereikbaar is en snel reageert. Dit gesprek voeren "
         "de directeuren met het servicebureau; het is een taak van het bestuur."),
        ("Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?",
         "ASG heeft een divers en op elkaar aansluitend aanbod en werkt met verschillende "
         "onderwijsconcepten en -profielen, zodat alle leerlingen een passende onderwijsloopbaan kunnen "
         "krijgen. Dit is een taak van het bestuur."),
    ]),
    ("10. Venster 4: Partnerschap", [
        ("Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?",
         "Ouders zijn betrokken bij het leerproces van hun kind. In de derde schoolweek voert iedere "
         "leerkracht een startgesprek met ouders en kind, en twee keer per jaar volgt een "
         "voortgangsgesprek van vijftien minuten. Drie keer per jaar is er een inloopmiddag waarop "
         "kinderen hun ouders laten zien waaraan zij werken, en ouders van peuters krijgen elke maand een "
         "VVE-thuispakket met een spel of prentenboek mee. Bij de ontwikkeling van het kindcentrum denken "
         "ouders mee in het ouderpanel, dat twee keer per jaar bijeenkomt."),
        ("Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?",
         "Onze MR bestaat uit vier ouders en vier personeelsleden; de oudercommissie van Buitenkans "
         "vertegenwoordigt de ouders van de opvang. Twee keer per jaar vergaderen MR en oudercommissie "
         "samen als kindcentrumraad over onderwerpen die school en opvang allebei raken, zoals het "
         "pedagogisch beleid en de openingstijden. De directeur legt voorgenomen beleid vroeg voor: de MR "
         "denkt al in januari mee over de formatie, voordat het formatieplan in mei ter instemming komt. "
         "Een ASG-brede medezeggenschapsraad is een taak van het bestuur."),
        ("Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze leerlingen?",
         "Omdat opvang en school in één gebouw zitten, kennen kinderen de leerkrachten van groep 1-2 al "
         "voordat zij vier worden. De Nieuwe Bibliotheek heeft een bibliotheek op school, met een "
         "leesconsulent die elke week in de groepen komt. Het wijkteam Buiten houdt elke dinsdagochtend "
         "spreekuur in de ouderkamer, en de jeugdverpleegkundige van de GGD ziet alle kinderen van groep "
         "2 en groep 7 op school. Met de sportbuurtcoach van Sportbedrijf Almere organiseren wij na "
         "schooltijd sportclinics op het Cruyff Court in de buurt."),
        ("Welke regionale problemen kunnen we samen met andere partners aanpakken?",
         "Het lerarentekort raakt ook ons: in 2023-2024 stonden twee groepen een deel van het jaar zonder "
         "vaste leerkracht. De aanpak daarvan is een taak van het bestuur, samen met de gemeente en de "
         "andere schoolbesturen in Almere."),
        ("Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, regionaal als landelijk?",
         "Dit is een taak van het bestuur."),
    ]),
]

DOELEN = [
    "Venster 1 – In juli 2026 geven alle leerkrachten les volgens het EDI-model. Bij de klassenbezoeken "
    "van de directeur voldoet dan minimaal 80% van de lessen aan ten minste vijf van de zes criteria van "
    "de kijkwijzer.",
    "Venster 1 – In 2027 en 2028 haalt aan het eind van groep 8 minimaal 96% van de leerlingen 1F voor "
    "lezen en rekenen, en minimaal 60% 2F/1S voor lezen (2023: 57%).",
    "In 2025-2026 is er één doorgaande leerlijn taal van peutergroep tot en met groep 2. Alle kinderen die "
    "van onze peuteropvang naar groep 1 gaan, krijgen een warme overdracht met een gesprek tussen "
    "pedagogisch medewerker en leerkracht.",
    "Venster 1 – In het voorjaar van 2026 doen wij een zelfevaluatie met een externe audit; de uitkomsten "
    "verwerken wij in het jaarplan 2026-2027.",
    "Venster 2 – Het ziekteverzuim van het schoolteam daalt van 6,8% (2023) naar onder de 5,5% in 2027.",
    "Venster 2 – Het professioneel statuut is in het schooljaar 2025-2026 met het team besproken en "
    "uitgewerkt voor De Wereldboom.",
    "Minimaal 90% van de kinderen in groep 5 tot en met 8 voelt zich veilig op school (ZIEN!), ieder jaar "
    "van de planperiode.",
    "Venster 4 – Wij betrekken ouders nog meer bij het onderwijs en bij de ontwikkeling van ons "
    "kindcentrum.",
    "Wij willen een vooruitstrevend kindcentrum zijn, waarin kinderen en medewerkers nieuwsgierig "
    "blijven.",
]


# --- Opbouw van het document --------------------------------------------------------------------

def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Marieke van Dalen"
    cp.last_modified_by = "Marieke van Dalen"
    cp.title = "Schoolplan 2024-2028 IKC De Wereldboom"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 7

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("IKC De Wereldboom – schoolplan 2024-2028 – ")
    page_field(voet)

    # Titelblad
    for _ in range(3):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Openbaar Integraal Kindcentrum De Wereldboom")
    r.bold = True
    r.font.size = Pt(16)
    _p(doc, "Kindcentrum voor kinderen van 0 tot 12 jaar")
    _p(doc, "Kuifjesweg 12, Stripheldenbuurt, Almere Buiten  ·  BRIN 09QZ")
    _p(doc, "Almeerse Scholen Groep, in samenwerking met Kinderopvang Buitenkans")
    doc.add_paragraph()
    _p(doc, "Planperiode: 1 augustus 2024 – 31 juli 2028")
    _p(doc, "Directeur kindcentrum: Marieke van Dalen")
    _p(doc, "Versie 1.0, juni 2024")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 1 Inleiding
    doc.add_heading("1. Inleiding", level=1)
    _p(doc, "Dit schoolplan is anders opgebouwd dan ons vorige. Wij hebben de centrale vragen uit de ASG "
            "Koerswijzer één voor één beantwoord. Per kernwaarde en per venster van Koers 22 staat elke "
            "vraag als kopje, met daaronder ons antwoord. Sommige antwoorden zijn concreet. Bij andere "
            "vragen hebben wij (nog) geen eigen antwoord, of ligt de vraag vooral bij het bestuur; dat "
            "schrijven we dan ook zo op. Zo ziet het bestuur in één oogopslag waar ons kindcentrum staat.")
    _p(doc, "Het schoolteam en de pedagogisch medewerkers van de opvang hebben de vragen samen beantwoord "
            "op de studiedagen van 31 januari en 13 maart 2024. De kinderraad en het ouderpanel hebben "
            "gereageerd op de antwoorden bij Gezien worden en Partnerschap. De doelen voor de komende vier "
            "jaar staan bij elkaar in hoofdstuk 11; in de jaarplannen werken wij ze per schooljaar uit.")
    _p(doc, "Dit plan geldt voor de schooljaren 2024-2025 tot en met 2027-2028.")

    # 2 Ons kindcentrum
    doc.add_heading("2. Ons kindcentrum", level=1)
    doc.add_heading("2.1 Wie wij zijn", level=2)
    _p(doc, "De Wereldboom is een openbaar integraal kindcentrum in de Stripheldenbuurt in Almere Buiten. "
            "Onder één dak zitten de basisschool, een kinderdagverblijf met drie groepen, twee "
            "peutergroepen met voor- en vroegschoolse educatie en buitenschoolse opvang voor ongeveer 140 "
            "kinderen. De basisschool telde op 1 oktober 2023 412 leerlingen in zeventien groepen. De "
            "school valt onder ASG; de opvang wordt verzorgd door Kinderopvang Buitenkans. Eén directeur "
            "stuurt het hele kindcentrum aan, samen met een locatiemanager van Buitenkans en twee intern "
            "begeleiders.")
    _p(doc, "Onze schoolweging is 31,6, hoger dan het landelijk gemiddelde. Ongeveer 40% van de kinderen "
            "spreekt thuis naast Nederlands ook een andere taal; de grootste groepen zijn Turks, Arabisch, "
            "Papiaments en Pools. Het gebouw uit 1991 is in 2021 uitgebreid met een ouderkamer en een "
            "speellokaal voor de peuters.")

    doc.add_heading("2.2 Ons onderwijsprogramma", level=2)
    _p(doc, "Wij werken met jaargroepen en met groepsdoorbroken instructie voor lezen en rekenen. De "
            "kinderen krijgen 940 uur onderwijs per jaar; alle groepen hebben het vijf-gelijke-dagenmodel "
            "van 8.30 tot 14.15 uur. Voor de kerndoelen gebruiken wij onder meer Pluspunt 4 voor rekenen, "
            "Staal voor taal en spelling, Veilig Leren Lezen in groep 3, Blits voor studievaardigheden en "
            "Blink Wereld voor wereldoriëntatie. Een vakleerkracht geeft twee keer per week "
            "bewegingsonderwijs.")
    _p(doc, "De referentieniveaus volgen wij met Boom LVS. Wij willen dat minimaal 96% van de leerlingen "
            "aan het eind van groep 8 1F haalt voor lezen, taalverzorging en rekenen, en dat het "
            "percentage 2F/1S ten minste op de signaleringswaarde ligt. Tussen opvang en school is er één "
            "lijn voor taal: Uk & Puk in de peutergroepen, Kleuterplein in groep 1-2, met dezelfde "
            "thema's in dezelfde weken.")

    doc.add_heading("2.3 Burgerschap en veiligheid", level=2)
    _p(doc, "Voor burgerschap en sociale veiligheid werken wij met De Vreedzame School, in alle groepen "
            "en ook op de BSO. Vanaf groep 6 heeft elke groep leerlingmediatoren, en de kinderraad (twee "
            "kinderen per groep uit groep 5 tot en met 8) vergadert iedere maand met de directeur. In "
            "groep 7 en 8 volgen de kinderen de lessen over democratie en de gemeenteraad uit Blink en "
            "bezoeken zij het stadhuis van Almere.")
    _p(doc, "Sociale veiligheid meten wij ieder jaar in groep 5 tot en met 8 met de vragenlijst van ZIEN!; "
            "in 2023 voelde 91% van de kinderen zich veilig op school. Ons anti-pestprotocol is in 2023 "
            "vernieuwd. De intern begeleider van de bovenbouw is anti-pestcoördinator, en incidenten "
            "registreren wij in ParnasSys.")

    doc.add_heading("2.4 Openbaar karakter", level=2)
    _p(doc, "De Wereldboom is een openbaar kindcentrum, en dat merk je. Iedereen is welkom: wij weigeren "
            "geen kind en geen gezin om geloof, afkomst, taal of gezinssamenstelling, en bij het aannemen "
            "van medewerkers speelt levensbeschouwing geen rol. Wij besteden actief aandacht aan de "
            "levensbeschouwingen die in de Stripheldenbuurt voorkomen. Elke groep werkt ieder jaar drie "
            "weken aan het thema Geloven en leven, kinderen vertellen zelf over hun feesten, en op onze "
            "feestenkalender staan naast Sinterklaas en Kerst ook het Suikerfeest, Divali en Chinees "
            "Nieuwjaar. Ouders kunnen hun kind vanaf groep 5 laten meedoen met godsdienstig of "
            "humanistisch vormingsonderwijs, dat wij op vrijdagmiddag roosteren; in 2023-2024 deed 38% van "
            "de kinderen mee. Kinderen leren bij ons ook dat je het oneens kunt zijn en elkaar toch "
            "respecteert: om de week voert iedere groep vanaf groep 5 een klassengesprek over een "
            "actueel onderwerp, met de meningenlijn van De Vreedzame School. Van medewerkers vragen wij dat "
            "zij geen eigen levensbeschouwing uitdragen, maar wel open antwoord geven als kinderen ernaar "
            "vragen.")

    # 3-10 De centrale vragen
    for titel, vragen in HOOFDSTUKKEN:
        doc.add_heading(titel, level=1)
        for vraag, antwoord in vragen:
            doc.add_heading(vraag, level=2)
            _p(doc, antwoord)

    # 11 Doelen
    doc.add_heading("11. Onze doelen voor 2024-2028", level=1)
    _p(doc, "Hieronder staan de doelen die wij ons voor deze planperiode stellen. Waar een doel direct bij "
            "een venster van Koers 22 hoort, staat dat erbij. In het jaarplan werken wij per doel uit wie "
            "eigenaar is en wanneer wij evalueren.")
    for doel in DOELEN:
        doc.add_paragraph(doel, style="List Number")

    # 12 Vaststelling
    doc.add_heading("12. Vaststelling", level=1)
    _p(doc, "De MR heeft dit schoolplan besproken in de vergaderingen van 16 april en 21 mei 2024. Op 11 "
            "juni 2024 heeft de MR ingestemd met het schoolplan 2024-2028. De oudercommissie van "
            "Buitenkans is om advies gevraagd over de onderdelen die de opvang raken en heeft positief "
            "geadviseerd. Het College van Bestuur van ASG heeft het plan vastgesteld op 2 juli 2024.")
    tabel(doc, ["Functie", "Naam", "Datum", "Handtekening"], [
        ["Directeur kindcentrum", "Marieke van Dalen", "2 juli 2024", ""],
        ["Voorzitter MR", "Soufiane El Idrissi", "11 juni 2024", ""],
        ["College van Bestuur ASG", "", "2 juli 2024", ""],
    ], breedtes=[4.5, 4.0, 3.0, 4.5])

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_72_ikc_wereldboom_buiten.docx")
