"""Schoolplan 2025-2029 van SO De Lepelaar (cluster 3, Almere).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _taal_nl(doc):
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    doc.add_paragraph()
    return t


def _paginanummer(doc):
    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = voet.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(einde)


def _bewaar(doc, path, stempel):
    """Sla op met vaste tijdstempels in het zip-archief, zodat elke build byte-gelijk is."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(info, bron.read(item.filename))


def build(path):
    doc = Document()
    _taal_nl(doc)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan SO De Lepelaar 2025-2029"
    cp.author = "Ingrid Bolhuis"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 24, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 14, 5, 0)
    cp.last_modified_by = "Ingrid Bolhuis"
    cp.revision = 7

    # Voorblad
    titel = doc.add_paragraph()
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = titel.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(26)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = sub.add_run("SO De Lepelaar")
    r.font.size = Pt(18)
    for regel in (
        "Openbare school voor speciaal onderwijs, cluster 3",
        "Fagotstraat 12, Almere (Muziekwijk)  |  BRIN 26HL",
        "Onderdeel van de Almeerse Scholen Groep",
        "Versie 30 juni 2025",
    ):
        q = doc.add_paragraph(regel)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    # Vooraf
    doc.add_heading("Vooraf", level=1)
    _p(doc,
       "Voor u ligt het schoolplan van De Lepelaar voor de schooljaren 2025-2026 tot en met 2028-2029. "
       "We schreven het in het voorjaar van 2025, na drie studiemiddagen met het hele team, een "
       "ouderavond in maart en twee gesprekken met onze zorgpartner Triade Vitree. De vragen die ons "
       "bestuur in zijn koers stelt, hebben we vertaald naar vragen die wij onszelf op de werkvloer "
       "stellen. Elk hoofdstuk begint met zo'n vraag, beschrijft hoe we het nu doen en eindigt met wat "
       "we de komende vier jaar willen bereiken.")
    _p(doc,
       "De Lepelaar is een openbare school voor speciaal onderwijs (cluster 3) in de Muziekwijk in "
       "Almere Stad. Op 1 oktober 2024 hadden we 104 leerlingen van 4 tot 13 jaar, verdeeld over twaalf"
       " groepen: acht groepen voor zeer moeilijk lerende leerlingen (ZML) en vier groepen voor "
       "leerlingen met ernstige meervoudige beperkingen (EMB). Ongeveer een derde van onze leerlingen "
       "heeft naast een verstandelijke beperking ook autisme; 23 leerlingen hebben een medische "
       "zorgvraag, zoals epilepsie of sondevoeding. Bijna alle leerlingen komen met het "
       "leerlingenvervoer, uit heel Almere en een paar uit Zeewolde.")
    _p(doc,
       "In het team werken 58 mensen: 16 leraren, 21 onderwijsassistenten, een intern begeleider, een "
       "gedragswetenschapper, twee logopedisten, een fysiotherapeut, een MRT-docent, een vakleerkracht "
       "bewegingsonderwijs en collega's in administratie, conciërgerie en schoonmaak. Daarnaast werken "
       "er elke dag acht zorgmedewerkers van Triade Vitree in school. Na De Lepelaar gaan de meeste "
       "leerlingen naar het voortgezet speciaal onderwijs: in juli 2024 waren dat 11 van de 13 "
       "schoolverlaters. Twee leerlingen met EMB gingen naar een kinderdagcentrum.")
    _p(doc,
       "Wat ons drijft, staat op de muur in de hal: ieder kind mag er zijn, zoals het is. Met een open "
       "blik kijken wij naar de verscheidenheid van onze leerlingen en collega's. Wij geven altijd het "
       "beste van onszelf. En wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van "
       "onze innovatiestrategie. Wat dat in de praktijk betekent, leest u hieronder.")

    # 1
    doc.add_heading("Hoe zorgen wij dat iedereen zich hier thuis voelt?", level=1)
    _p(doc,
       "Een kind dat met de taxibus bij ons aankomt, zit vaak al drie kwartier onderweg. De eerste "
       "minuten op school bepalen hoe de dag verloopt. Daarom staat er elke ochtend tussen 8.15 en 8.45"
       " uur een vaste collega bij de busingang. Onder ons heet die 'de busmeester'. Hij of zij begroet"
       " elk kind bij naam, met het eigen begroetingsgebaar, en neemt van de chauffeur de overdracht "
       "aan: hoe was de nacht, heeft het kind gegeten, is er iets bijzonders.")
    _p(doc,
       "Nieuwe gezinnen krijgen voor de eerste schooldag een huisbezoek van de leraar en de logopedist."
       " Het kind krijgt een 'wenboekje' mee met foto's van het lokaal, de juf of meester, de bus en de"
       " chauffeur. Bezoekers zien bij de entree een bord met de foto's van iedereen die er die dag is,"
       " ook van de invallers. Elke eerste woensdag van de maand houden we een open ochtend voor ouders"
       " die een school zoeken, verwijzers en ketenpartners. In 2024 kwamen daar 61 bezoekers op af. "
       "Nieuwe collega's krijgen een maatje en een inwerkprogramma van zes weken. Ze staan pas na drie "
       "weken zelfstandig voor een groep.")
    doc.add_heading("Veilig is voorspelbaar", level=2)
    _p(doc,
       "Thuis voelen kan niet zonder veiligheid. Voor onze leerlingen betekent veiligheid vooral "
       "voorspelbaarheid: een vast dagritme met verwijzers en picto's, vaste gezichten en overgangen "
       "die we aankondigen. In ons veiligheidsplan (herzien in oktober 2024) staan onder meer het "
       "protocol fysiek ingrijpen en afzonderen, de meldcode huiselijk geweld en kindermishandeling, "
       "het medisch protocol, het pestprotocol en het ontruimingsplan. Ieder incident leggen we vast in"
       " ParnasSys. De veiligheidscoördinator bespreekt ze elk kwartaal met het managementteam.")
    _p(doc,
       "In 2024 registreerden we 212 incidenten. Negen keer moest een collega een leerling fysiek "
       "begeleiden of vasthouden. Dat vinden we te vaak. Omdat de meeste leerlingen geen vragenlijst "
       "kunnen invullen, meten we hun welbevinden jaarlijks door observatie met de schalen voor "
       "welbevinden en betrokkenheid van Laevers. De leerlingen van de ZML-bovenbouw beantwoorden "
       "daarnaast een korte pictovragenlijst met vier vragen over de groep, het plein, de bus en de juf"
       " of meester. In 2024 koos 88 procent van hen bij alle vier vragen het blije gezicht.")
    _p(doc,
       "Wat we willen bereiken: vanaf schooljaar 2025-2026 heeft iedere leerling bij wie gedrag "
       "regelmatig escaleert een signaleringsplan. Daarin staat in vier fasen wat we zien en wat we dan"
       " doen. Ouders stellen het mee op. In 2027 is het aantal keer fysiek ingrijpen gedaald tot "
       "hooguit vijf per jaar. Het percentage blije gezichten in de pictovragenlijst blijft tot en met "
       "2029 minimaal 85 procent.")

    # 2
    doc.add_heading("Hoe leren we elk kind echt kennen, ook als het niet praat?", level=1)
    _p(doc,
       "Een groot deel van onze leerlingen praat niet of nauwelijks. Wie hen wil kennen, moet kijken en"
       " luisteren naar signalen: een blik, een geluid, spierspanning, een hand die wegduwt. In de "
       "eerste zes weken na de start brengen de leraar, de gedragswetenschapper, de logopedist en de "
       "fysiotherapeut samen in beeld wat een kind kan, hoe het communiceert en wat het nodig heeft. "
       "Binnen zes weken na plaatsing bespreken we het ontwikkelingsperspectiefplan (OPP) met de "
       "ouders. Daarin staan de verwachte uitstroombestemming (arbeid, arbeidsmatige dagbesteding, "
       "taakgerichte dagbesteding of belevingsgerichte dagbesteding) en de leerroute die daarbij hoort."
       " We werken met de leerlijnen van CED-Groep in ParnasSys. Het OPP evalueren we twee keer per "
       "jaar, in februari en juni, met de ouders erbij.")
    _p(doc,
       "Sinds 2023 maken we voor elk kind een communicatiepaspoort. Dat is één A4 met foto's: hoe laat "
       "dit kind 'ja' en 'nee' zien, waaraan zie je pijn of plezier, welke gebaren kent het, wat helpt "
       "als het spannend wordt. Het paspoort gaat mee in de tas, naar de bus, de logeeropvang en het "
       "ziekenhuis. Op 1 april 2025 hadden 64 van de 104 leerlingen een actueel paspoort. Ook invallers"
       " lezen het eerst.")
    _p(doc,
       "Respect laat zich bij ons in kleine dingen zien. We kondigen aan voordat we een kind aanraken, "
       "tillen of verschonen. We praten met het kind en niet over het kind als het erbij is. Bij "
       "verzorging gaat de deur dicht en wordt het kind met de eigen naam aangesproken. In 2024-2025 "
       "hebben we die afspraken op een kaart gezet die in elk lokaal hangt. We bespreken ze met elke "
       "nieuwe collega en elke stagiair.")
    _p(doc,
       "Ook bij collega's willen we weten wat ze nodig hebben. Iedere bouwcoördinator voert twee keer "
       "per jaar een kort 'hoe gaat het echt'-gesprek met elk teamlid. Dat gesprek staat los van de "
       "gesprekscyclus en gaat over werkdruk, de samenstelling van de groep en wat iemand van de school"
       " verwacht. De uitkomsten, zonder namen, komen terug in de formatie en de groepsindeling.")
    _p(doc,
       "Wat we willen bereiken: aan het eind van schooljaar 2025-2026 heeft iedere leerling een "
       "communicatiepaspoort dat minder dan een jaar oud is. Vanaf 2026 bekijken we bij elke OPP-"
       "evaluatie of de uitstroombestemming omhoog kan. We verlagen een bestemming alleen na overleg in"
       " de commissie van begeleiding én met de ouders. Liever te hoog gemikt dan een kind te vroeg in "
       "een dagbestedingsroute zetten.")

    # 3
    doc.add_heading("Hoe horen we wat ouders en kinderen ons willen vertellen?", level=1)
    _p(doc,
       "Ouders kennen hun kind het best. Daarom zitten ze bij elke OPP-bespreking aan tafel. Ze leveren"
       " vooraf via een korte vragenlijst hun eigen doelen voor thuis aan, bijvoorbeeld zelf leren eten"
       " met een lepel of 's nachts doorslapen. Een deel van die doelen nemen we over in het OPP. In "
       "2024 volgden 14 ouders onze cursus Nederlands met Gebaren (acht avonden, gegeven door onze "
       "logopedisten), zodat thuis en op school dezelfde gebaren worden gebruikt. Het ouderpanel, acht "
       "ouders uit alle bouwen, komt vier keer per jaar bij elkaar met de directeur.")
    _p(doc,
       "Met ouders communiceren we dagelijks via Parro. Elke groep plaatst aan het eind van de dag een "
       "foto met een kort bericht, zo nodig met picto's. Alle brieven schrijven we op taalniveau B1. "
       "Belangrijke informatie, zoals de uitleg over het OPP, staat ook in een filmpje van twee "
       "minuten. Elf gezinnen spreken weinig Nederlands. Voor hen zetten we bij gesprekken een "
       "telefoontolk in. De jaarkalender staat in augustus compleet in Parro; wijzigingen melden we "
       "minstens twee weken van tevoren.")
    _p(doc,
       "Ook leerlingen hebben iets te zeggen. Met de ZML-bovenbouw werken we sinds 2024 met Talking "
       "Mats. Een leerling legt kaartjes met onderwerpen (de bus, eten, buitenspelen, de juf) op een "
       "mat bij een blij, twijfelend of boos symbool. De leerlingenraad heeft zes leden en een agenda "
       "in picto's. De raad koos in 2024 de nieuwe nestschommel op het plein. Bij leerlingen met EMB "
       "'horen' we wat ze vinden door hun reacties op video vast te leggen en die met ouders en "
       "therapeuten te bekijken.")
    _p(doc,
       "De medezeggenschapsraad telt drie ouders en drie personeelsleden. Het jaarplan, de formatie en "
       "de begroting leggen we eerst als concept voor. De MR bespreekt bij iedere vergadering daarnaast"
       " één onderwerp uit de dagelijkse praktijk. In 2024-2025 waren dat het leerlingenvervoer, de "
       "pauzes van assistenten en de plannen voor het schoolplein. Op aandringen van de MR krijgen "
       "ouders sinds januari 2025 een sms als de bus meer dan twintig minuten te laat is.")
    _p(doc,
       "Wat we willen bereiken: in de oudertevredenheidspeiling (2023: rapportcijfer 8,3) houden we in "
       "2027 en 2029 minimaal een 8,0. In 2026-2027 neemt minstens 90 procent van de ouders deel aan "
       "beide OPP-evaluaties. Aan het eind van 2026-2027 geven alle leerlingen van de ZML-bovenbouw "
       "twee keer per jaar met Talking Mats hun mening over school.")

    # 4
    doc.add_heading("Wat leren onze leerlingen, en blijft dat bij de tijd?", level=1)
    _p(doc,
       "Ons aanbod is gebaseerd op de kerndoelen voor het speciaal onderwijs voor zeer moeilijk lerende"
       " leerlingen en voor leerlingen met meervoudige beperkingen. We werken met de leerlijnen van "
       "CED-Groep: communicatie en taal, lezen, schrijven, rekenen, sociaal-emotionele ontwikkeling, "
       "zelfredzaamheid, motoriek, spel, oriëntatie op jezelf en de wereld, en leren leren. Voor lezen "
       "gebruiken we Leespraat en voor rekenen een aangepaste versie van Met Sprongen Vooruit. De "
       "leerlingen krijgen 960 uur onderwijs per jaar.")
    _p(doc,
       "Elke zes weken werken alle groepen aan een thema, zoals 'de markt', 'de kapper' of 'in het "
       "bos'. We kiezen thema's die dicht bij de wereld van de kinderen liggen. We werken zo veel "
       "mogelijk met echte voorwerpen: een echte föhn, echte appels, echte bladeren. Voor leerlingen "
       "met EMB vertalen we het thema naar geur, geluid, aanraking en beweging, volgens de principes "
       "van basale stimulatie. Bewegen heeft een grote plek: twee keer per week gym, een keer per week "
       "les in ons eigen warmwaterbad, Sherborne-bewegingspedagogiek in de onderbouw en MRT voor wie "
       "dat nodig heeft. In de oefenkeuken leren de ZML-leerlingen tafel dekken en brood smeren.")
    doc.add_heading("Meedoen in de samenleving", level=2)
    _p(doc,
       "Burgerschap betekent voor onze leerlingen eerst: kiezen, nee zeggen, op je beurt wachten, hulp "
       "vragen en rekening houden met een ander. Die vaardigheden staan als doelen in het OPP. Elke "
       "groep oefent ze dagelijks in de kring en bij het eten. Verder gaan de ZML-groepen uit de "
       "bovenbouw elke week boodschappen doen in het winkelcentrum van de Muziekwijk. Ze betalen zelf "
       "met een pinpas en groeten de caissière. De leerlingenraad laat zien dat je samen iets kunt "
       "besluiten. Rond de Kinderboekenweek, Suikerfeest, Kerst en Keti Koti besteden we in alle "
       "groepen aandacht aan hoe gezinnen in Almere feest vieren. In 2026 maken we een "
       "burgerschapsleerlijn van één A4 per leerroute. Die staat in schooljaar 2026-2027 in alle OPP's.")
    doc.add_heading("Bij de tijd blijven", level=2)
    _p(doc,
       "De wereld waarin onze leerlingen later wonen en werken, is digitaal. In 2025-2026 herzien we "
       "daarom onze leerroutes, samen met onze vso-partnerschool in Almere Haven. We stellen twee "
       "vragen: wat moet een leerling van dertien kunnen om goed te starten in het vso, en wat daarvan "
       "leren wij nu te weinig? Daaruit volgt in 2026-2027 een eigen leerlijn digitale vaardigheden, "
       "afgeleid van de kerndoelen: een tablet ontgrendelen, een foto maken, een spraakopname afspelen,"
       " een pictoplanning volgen op een scherm. Elke leerling die er baat bij heeft, werkt vanaf 2026 "
       "met een eigen tablet met communicatie-app (Snap Core First of Mind Express).")
    _p(doc,
       "Sinds 2024 werken twee leerlingen met EMB met oogbesturing (Tobii Dynavox). De eerste "
       "resultaten zijn bemoedigend: één leerling maakte binnen drie maanden consequent keuzes uit vier"
       " plaatjes. In 2025-2026 breiden we dit uit naar acht leerlingen, met begeleiding van een "
       "ergotherapeut van Merem. Voorjaar 2027 beslissen we met ouders of oogbesturing een vast "
       "onderdeel van ons EMB-aanbod wordt. Wat we geleerd hebben, presenteren we op de ASG-studiedag "
       "in het najaar van 2027 aan collega's van andere ASG-scholen.")

    # 5
    doc.add_heading("Wat kunnen we een kind bieden, en wanneer lukt het ons niet?", level=1)
    _p(doc,
       "Ons schoolondersteuningsprofiel beschrijft precies wat we kunnen bieden. Een ZML-groep telt 10 "
       "tot 12 leerlingen met een leraar en een onderwijsassistent. Een EMB-groep telt 6 of 7 "
       "leerlingen met een leraar, een onderwijsassistent en een zorgmedewerker. Logopedie en "
       "fysiotherapie krijgen de kinderen onder schooltijd in het gebouw. We hebben zes "
       "plafondtilliften, een snoezelruimte, een warmwaterbad en twee prikkelarme werkplekken per ZML-"
       "groep. Collega's zijn geschoold in het geven van sondevoeding, medicatie en noodmedicatie bij "
       "epilepsie. Voor 19 leerlingen is er een onderwijs-zorgarrangement met Triade Vitree, betaald "
       "uit de Wet langdurige zorg.")
    _p(doc,
       "Er zijn ook grenzen. We kunnen geen onderwijs bieden aan een kind dat de hele dag één-op-één "
       "begeleiding nodig heeft omdat het zichzelf of anderen ernstig verwondt. We kunnen ook geen kind"
       " opvangen dat voortdurend verpleegkundige handelingen nodig heeft, zoals beademing. In die "
       "gevallen zoeken we samen met het samenwerkingsverband Passend Onderwijs Almere en de "
       "zorgaanbieder naar een andere plek of een combinatie van onderwijs en zorg. We zeggen nooit "
       "alleen 'nee'.")
    _p(doc,
       "Leerlingen komen bij ons met een toelaatbaarheidsverklaring van het samenwerkingsverband. Een "
       "keer per maand is er plaatsingsoverleg met het samenwerkingsverband, de andere cluster-3-school"
       " in de regio en de kinderdagcentra. In 2024 stonden er gemiddeld negen kinderen op onze "
       "wachtlijst. De langste wachttijd was vijf maanden.")
    _p(doc,
       "Wat we willen bereiken: in 2026 start een combinatiegroep onderwijs-zorg voor zes leerlingen "
       "die (nog) geen volle schooldag aankunnen. 's Ochtends krijgen zij onderwijs en 's middags zorg "
       "van Triade Vitree in hetzelfde gebouw. Vanaf 2027 wacht geen kind langer dan drie maanden op "
       "een plek. Het schoolondersteuningsprofiel actualiseren we in 2025 en in 2027, telkens met "
       "advies van de MR.")

    # 6
    doc.add_heading("Hoe weten we of ons onderwijs goed genoeg is?", level=1)
    _p(doc,
       "Onze kwaliteitszorg volgt een vaste jaarcyclus. In september stellen we het jaarplan vast. Het "
       "is afgeleid van dit schoolplan en telt hooguit vier doelen. In februari volgt een "
       "tussenevaluatie met het team en de MR, in juli het jaarverslag. Twee keer per jaar, na de OPP-"
       "evaluaties, houden we een opbrengstbespreking per bouw. De hoofdvraag is: welk deel van de "
       "leerlingen ontwikkelt zich volgens de leerroute uit het OPP of beter? In juni 2024 was dat 78 "
       "procent. Daarnaast kijken we jaarlijks of schoolverlaters vertrekken naar de bestemming die in "
       "het OPP stond (2024: 11 van de 13).")
    _p(doc,
       "Elk jaar bekijken we twee standaarden uit het onderzoekskader van de inspectie met een "
       "quickscan in Werken met Kwaliteit (WMK), afgenomen onder het team. In 2025-2026 zijn dat 'zicht"
       " op ontwikkeling' en 'didactisch handelen'. Bij het laatste inspectiebezoek, in 2022, kregen we"
       " een voldoende op alle standaarden. Klassenbezoeken doen we met een eigen kijkwijzer.")
    _p(doc,
       "Leren doen we samen. Elke bouw (ZML-onderbouw, ZML-bovenbouw en EMB) is tegelijk een leerteam. "
       "Dat team komt om de drie weken bij elkaar rond een eigen verbetervraag. In 2024-2025 was de "
       "vraag van de EMB-bouw: hoe lezen we pijnsignalen eerder? De ZML-bovenbouw werkte aan korte "
       "instructies met visuele stappenplannen. Aan het eind van het jaar laat ieder leerteam aan de "
       "anderen zien wat het heeft opgeleverd en wat er verandert in de groepen.")
    _p(doc,
       "Wat we willen bereiken: in 2026 ontwikkelt minstens 80 procent van de leerlingen zich volgens "
       "de leerroute uit het OPP of beter, in 2029 minstens 85 procent. Bij het eerstvolgende "
       "inspectieonderzoek of de ASG-audit, verwacht in 2027, willen we op 'zicht op ontwikkeling' het "
       "oordeel goed. Alle andere standaarden blijven minimaal voldoende.")

    # 7
    doc.add_heading("Wat hebben onze mensen nodig om dit werk vol te houden?", level=1)
    _p(doc,
       "Ons werk is mooi, maar ook fysiek en emotioneel zwaar. Het ziekteverzuim was de afgelopen jaren"
       " hoog: 8,4 procent in 2022, 7,9 procent in 2023 en 7,1 procent in 2024. Sinds 2023 hebben alle "
       "EMB-lokalen een plafondtillift. Elke medewerker volgt eens per jaar een tiltraining van onze "
       "ergocoach. Iedere onderwijsassistent heeft in het rooster dagelijks een halfuur zonder "
       "kinderen. Collega's van 57 jaar en ouder gebruiken hun uren duurzame inzetbaarheid vaak voor "
       "coaching van nieuwe collega's in plaats van voor verlof. Na een ernstig incident is er binnen "
       "48 uur een nagesprek met de gedragswetenschapper.")
    _p(doc,
       "Iedere nieuwe collega volgt in het eerste jaar de basisscholing ondersteunde communicatie en "
       "Nederlands met Gebaren. Van onze 16 leraren hebben er 11 een master Special Educational Needs "
       "of een vergelijkbare opleiding. Drie leraren volgen die master nu aan Windesheim. Twee "
       "collega's zijn zij-instromer en nog niet bevoegd. Zij hebben een opleidingstraject met een "
       "begeleider op school en één dag per week studieverlof. Twee onderwijsassistenten volgen de "
       "deeltijdpabo. Daarnaast kiest iedere medewerker per jaar minimaal één scholing bij de ASG "
       "Academie of elders. Dat neemt hij of zij op in het eigen ontwikkelplan.")
    _p(doc,
       "De gesprekscyclus loopt zo: in september een startgesprek met de bouwcoördinator over het "
       "ontwikkelplan, tussen oktober en januari een klassenbezoek met de kijkwijzer, in maart een "
       "ontwikkelgesprek en eens in de drie jaar een beoordelingsgesprek met de directeur. Alle "
       "verslagen staan in het digitale personeelsdossier.")
    _p(doc,
       "Onze expertise reikt verder dan de eigen school. We hebben vier specialisten: autisme, EMB, "
       "ondersteunde communicatie en gedrag. Zij geven nu al zo'n zes keer per jaar advies aan ASG-"
       "basisscholen met een leerling met het syndroom van Down of een andere verstandelijke beperking."
       " Vanaf 2026 houden zij een maandelijks ZML-spreekuur dat is aangekondigd in het ASG-netwerk van"
       " intern begeleiders. Daar kunnen IB'ers van andere ASG-scholen rechtstreeks met een vraag "
       "terecht. Onze intern begeleider en gedragswetenschapper nemen deel aan het Expertisenetwerk EMB"
       " Flevoland (vier bijeenkomsten per jaar).")
    _p(doc,
       "Wat we willen bereiken: in 2027 is het verzuim gedaald tot hooguit 6,0 procent en dat houden we"
       " vast tot 2029. Uiterlijk in augustus 2027 zijn alle leraren bevoegd. In 2028 heeft minstens 13"
       " van de 16 leraren een SEN-master of een vergelijkbare opleiding. Vanaf 2026 houden we "
       "jaarlijks minstens tien ZML-spreekuren.")

    # 8
    doc.add_heading("Met wie werken we samen, zodat het kind er iets aan heeft?", level=1)
    _p(doc,
       "Geen kind bij ons wordt alleen door school geholpen. Triade Vitree levert de zorg in school. 's"
       " Heeren Loo verzorgt voor 22 van onze leerlingen de naschoolse opvang en het logeren. Vier keer"
       " per jaar houdt een revalidatiearts van Merem spreekuur bij ons, zodat ouders voor spalken en "
       "rolstoelaanpassingen niet naar Amsterdam hoeven. MEE Flevoland helpt ouders met aanvragen voor "
       "zorg en vervoer.")
    _p(doc,
       "Ook de wijk is een partner. De ZML-groepen gaan elke week naar het winkelcentrum, de "
       "bibliotheek of de speeltuin om de hoek. Twee groepen verzorgen sinds 2024 elke week de geiten "
       "op de kinderboerderij in de wijk. De buurtsportcoach van de gemeente geeft op woensdagmiddag "
       "aangepast sporten in onze gymzaal, ook voor kinderen uit de wijk met een beperking die naar een"
       " andere school gaan.")
    _p(doc,
       "Wat we willen bereiken: vanaf 2026-2027 heeft iedere ZML-groep een vaste wekelijkse activiteit "
       "in de wijk, en iedere EMB-groep minstens één per maand. In 2026 maken we met 's Heeren Loo en "
       "Triade Vitree één gezamenlijk overdrachtsformulier, zodat ouders hun verhaal niet drie keer "
       "hoeven te vertellen.")

    # Slot
    doc.add_heading("Tot slot", level=1)
    _p(doc,
       "Dit schoolplan vertalen we elk jaar in een jaarplan met hooguit vier doelen. Het concept is in "
       "mei 2025 met het team besproken. Daarna is het op 10 juni 2025 besproken met de "
       "medezeggenschapsraad. De MR dacht mee over de volgorde van de doelen en bracht een positief "
       "advies uit. Het plan wordt na de zomer ter vaststelling aan het College van Bestuur van ASG "
       "aangeboden.")
    _p(doc, "Almere, juni 2025")
    _p(doc, "Ingrid Bolhuis, directeur SO De Lepelaar")

    _bewaar(doc, path, (2025, 6, 30, 14, 5, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_121_so_de_lepelaar.docx")
