# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van het Zandwaaier College (mavo en havo, Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
De kopjes zijn gewone alinea's (stijl Normal) in vet, zoals de schrijver dat zelf deed.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 20, 15, 30, 0)
ZANDKLEUR = RGBColor(0x8A, 0x5A, 0x19)


def _taal_nl(doc):
    styles = doc.styles.element
    dd = styles.find(qn("w:docDefaults"))
    if dd is None:
        return
    rpr_default = dd.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r0 = p.add_run("Zandwaaier College – schoolplan 2025-2029 – ")
    r0.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    a = OxmlElement("w:fldChar")
    a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText")
    b.set(qn("xml:space"), "preserve")
    b.text = "PAGE"
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "end")
    r._r.append(a)
    r._r.append(b)
    r._r.append(c)


def kop(doc, tekst, grootte=13, kleur=None, ruimte_voor=12):
    """Kopje als gewone alinea (Normal) in vet."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(ruimte_voor)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(grootte)
    if kleur is not None:
        r.font.color.rgb = kleur
    return p


def tussenkop(doc, tekst):
    return kop(doc, tekst, grootte=11, ruimte_voor=8)


def alinea(doc, tekst):
    p = doc.add_paragraph(tekst)
    p.paragraph_format.space_after = Pt(6)
    return p


def streepjes(doc, items):
    """Opsomming met een getypt streepje, zonder lijststijl."""
    for it in items:
        p = doc.add_paragraph("–\t" + it)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(2)
    doc.add_paragraph()


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def tabel(doc, kopregel, rijen):
    t = doc.add_table(rows=1, cols=len(kopregel))
    t.style = "Light Grid Accent 2"
    for i, k in enumerate(kopregel):
        t.rows[0].cells[i].text = k
    _kop_herhalen(t.rows[0])
    for rij in rijen:
        cells = t.add_row().cells
        for i, w in enumerate(rij):
            cells[i].text = w
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    doc.add_paragraph()
    return t


def _vaste_zip(path):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 20, 15, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(uit.getvalue())


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    _voettekst(sec)

    cp = doc.core_properties
    cp.title = ""
    cp.author = "E. Kalkman"
    cp.last_modified_by = "Secretariaat Zandwaaier"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12
    cp.language = "nl-NL"

    # ---------------------------------------------------------------- voorblad
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Zandwaaier College")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = ZANDKLEUR
    p = doc.add_paragraph()
    r = p.add_run("school voor mavo en havo")
    r.font.size = Pt(14)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("Vier bouwstenen voor een school waar je verder komt dan je dacht")
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(8):
        doc.add_paragraph()
    alinea(doc, "Zandwaaier College  •  Atletiekstraat 20  •  1363 ZW Almere  •  brin 29WZ")
    alinea(doc, "Onderdeel van de Almeerse Scholen Groep")
    alinea(doc, "Versie 1.3, juni 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------------- voorwoord
    kop(doc, "Voorwoord", grootte=16, kleur=ZANDKLEUR, ruimte_voor=0)
    alinea(doc, "Een zandwaaier is de plek waar de wind het zand over de dijk blaast en waar, korrel voor korrel, nieuw "
           "land ontstaat. Toen onze school in 2012 begon als dependance in een paar noodlokalen in Almere Poort, was "
           "dat precies het beeld dat de eerste collega’s voor ogen hadden: een school die zich opbouwt uit wat er "
           "binnenwaait, en die ruimte maakt voor leerlingen die nog niet weten hoe ver ze kunnen komen.")
    alinea(doc, "Dertien jaar later is het Zandwaaier College een volwaardige school voor mavo en havo met ruim duizend "
           "leerlingen. Wij zijn gegroeid, maar onze opdracht is niet veranderd. Wij willen dat iedere leerling bij ons "
           "ontdekt dat hij of zij meer kan dan gedacht, en dat het diploma waarmee een leerling de school verlaat past "
           "bij wat hij of zij echt kan, en niet bij wat er in groep 8 werd verwacht.")
    alinea(doc, "Dit schoolplan beschrijft hoe wij dat de komende vier jaar willen waarmaken. Wij hebben gekozen voor "
           "vier bouwstenen: de les, de leerling, het team en de wereld om ons heen. Bij iedere bouwsteen beschrijven "
           "wij waar wij nu staan, wat wij gaan doen en wat wij in welk jaar bereikt willen hebben. Het plan is "
           "geschreven in de geest van de koers van de Almeerse Scholen Groep, maar in onze eigen woorden en met onze "
           "eigen keuzes.")
    alinea(doc, "Esther Kalkman, directeur")

    # ---------------------------------------------------------------- school in cijfers
    kop(doc, "Het Zandwaaier College in het kort", grootte=16, kleur=ZANDKLEUR)
    alinea(doc, "Het Zandwaaier College staat in het Olympiakwartier in Almere Poort. De school is in 2016 zelfstandig "
           "geworden en betrok in 2018 het huidige gebouw aan de Atletiekstraat. Wij bieden de mavo (theoretische "
           "leerweg) en de havo aan. In de eerste twee leerjaren werken wij met mavo/havo-dakpanklassen en havo-klassen. "
           "De leerlingen komen vooral uit Almere Poort en Almere Stad-West; ongeveer een op de zes leerlingen reist "
           "dagelijks vanuit Amsterdam of Lelystad.")
    tabel(doc, ["Kerngegeven", "2022", "2023", "2024"], [
        ["Leerlingen totaal (1 oktober)", "986", "1.041", "1.080"],
        ["waarvan mavo", "488", "509", "520"],
        ["waarvan havo (incl. dakpan)", "498", "532", "560"],
        ["Slagingspercentage mavo", "95%", "92%", "93%"],
        ["Slagingspercentage havo", "86%", "81%", "84%"],
        ["Doorstroom mavo 4 naar havo 4", "19%", "21%", "22%"],
        ["Medewerkers (personen)", "88", "93", "96"],
    ])
    alinea(doc, "Bij het laatste bezoek van de inspectie (onderzoek bij ASG, voorjaar 2022) voldeed de school aan de "
           "basiskwaliteit. Volgens de onderwijsresultatenkaart van 2024 ligt de onderwijspositie van onze leerlingen "
           "in het derde leerjaar ruim boven hun basisschooladvies. Het bovenbouwsucces op de havo lag in 2023 onder de "
           "norm, in 2024 er net boven. Dat laatste zien wij als ons belangrijkste aandachtspunt voor de komende jaren.")
    alinea(doc, "Het team bestaat uit 71 docenten en 25 onderwijsondersteunende medewerkers. De schoolleiding bestaat "
           "uit de directeur en drie teamleiders: onderbouw, mavo-bovenbouw en havo-bovenbouw. Negen docenten waren op "
           "1 oktober 2024 nog niet bevoegd voor het vak dat zij geven.")

    # ---------------------------------------------------------------- waar wij voor staan
    kop(doc, "Waar wij voor staan", grootte=16, kleur=ZANDKLEUR)
    alinea(doc, "Ons motto is kort: je kunt meer dan je denkt. Achter die zin zitten drie overtuigingen die het team op "
           "de studiedag van november 2024 samen heeft geformuleerd.")
    streepjes(doc, [
        "Een advies is een begin, geen eindpunt. Leerlingen ontwikkelen zich in verschillend tempo. Wij houden de deur "
        "naar een hoger niveau zo lang mogelijk open.",
        "De les is de plek waar het gebeurt. Geen programma, project of extra uur maakt zoveel verschil als een goede "
        "les van een docent die zijn vak beheerst en zijn leerlingen kent.",
        "Je leert niet alleen binnen de muren. Leerlingen moeten weten waarvoor ze leren, en dat ontdekken ze door "
        "buiten de school te kijken: bij bedrijven, bij vervolgopleidingen en in hun eigen wijk.",
    ])
    alinea(doc, "Als openbare school is iedereen bij ons welkom.")

    # ---------------------------------------------------------------- bouwsteen 1
    kop(doc, "Bouwsteen 1 – De les als vertrekpunt", grootte=16, kleur=ZANDKLEUR)
    tussenkop(doc, "Waar staan wij?")
    alinea(doc, "In 2023 heeft het team het Zandwaaier-lesmodel ingevoerd. Dat model bestaat uit vijf elementen die in "
           "iedere les terugkomen: een duidelijke start met het lesdoel op het bord, een korte en heldere uitleg, "
           "actieve verwerking waarin alle leerlingen aan het werk zijn, een controle of de stof begrepen is, en een "
           "afsluiting waarin de leerling terugkijkt op het doel. Bij de lesbezoeken van de teamleiders in het "
           "schooljaar 2023-2024 voldeed 61 procent van de lessen aan alle vijf de elementen. Vooral de controle van "
           "begrip en de afsluiting ontbreken nog vaak.")
    tussenkop(doc, "Ons onderwijsprogramma")
    alinea(doc, "In de onderbouw krijgen alle leerlingen de vakken van de basisvorming. De lessentabel van leerjaar 1 en "
           "2 telt 32 lessen van 45 minuten per week, waaronder twee keuzewerktijduren waarin leerlingen zelf bepalen "
           "aan welk vak zij extra werken of waar zij verdieping zoeken. In leerjaar 3 van de mavo kiezen leerlingen een "
           "van de vier profielen van de theoretische leerweg; op de havo kiezen zij in leerjaar 3 voor Cultuur en "
           "Maatschappij, Economie en Maatschappij, Natuur en Gezondheid of Natuur en Techniek. Informatica en "
           "bewegen, sport en maatschappij (BSM) bieden wij aan als keuzevak op de havo.")
    tabel(doc, ["Vak (lessen per week)", "Leerjaar 1", "Leerjaar 2"], [
        ["Nederlands", "4", "4"],
        ["Engels", "3", "3"],
        ["Frans / Duits", "2 / –", "2 / 2"],
        ["Wiskunde", "4", "4"],
        ["Biologie / Nask", "2 / –", "2 / 2"],
        ["Geschiedenis / Aardrijkskunde", "2 / 2", "2 / 2"],
        ["Lichamelijke opvoeding", "3", "3"],
        ["Beeldende vorming / muziek", "2 / 2", "2 / –"],
        ["Mentoruur", "1", "1"],
        ["Keuzewerktijd", "2", "2"],
        ["Overige (techniek, drama)", "3", "1"],
    ])
    alinea(doc, "De school voldoet aan de urennorm van 3.700 uur voor de mavo en 4.700 uur voor de havo. De "
           "programma’s van toetsing en afsluiting worden ieder jaar uiterlijk 1 oktober op de website gepubliceerd. "
           "De examensecretaris en de teamleiders bewaken samen met de examencommissie de kwaliteit van de schoolexamens.")
    tussenkop(doc, "Wat gaan wij doen?")
    alinea(doc, "De komende jaren richten wij ons op drie dingen. Ten eerste maken wij het lesmodel sterker. Iedere sectie "
           "kiest in 2025-2026 één element waarop zij zich toelegt, en de teamleiders bezoeken iedere docent twee keer "
           "per jaar met een korte kijkwijzer. Ten tweede pakken wij het bovenbouwsucces op de havo aan. Wij voeren "
           "in havo 4 een vast studieplanuur in, waarin leerlingen onder begeleiding van hun mentor leren plannen, en "
           "wij analyseren per sectie in september de examenresultaten van het afgelopen jaar. Ten derde bouwen wij "
           "aan een onderbouwprogramma dat leerlingen voorbereidt op een digitale wereld. In 2025-2026 ontwikkelt een "
           "werkgroep van vijf docenten een leerlijn digitale geletterdheid, met mediawijsheid, informatievaardigheden "
           "en programmeren, in lijn met de nieuwe conceptkerndoelen van SLO.")
    tussenkop(doc, "Wat willen wij bereiken?")
    alinea(doc, "In juni 2027 voldoet minstens 80 procent van de bezochte lessen aan alle vijf elementen van het "
           "Zandwaaier-lesmodel; in 2024 was dat 61 procent. Het slagingspercentage van de havo ligt in 2027 en 2028 op "
           "minstens 88 procent en het bovenbouwsucces havo ligt vanaf 2026 ieder jaar boven de inspectienorm. Het "
           "slagingspercentage van de mavo blijft ten minste 92 procent. Vanaf het schooljaar 2026-2027 krijgen alle "
           "leerlingen in leerjaar 1 en 2 één uur per week digitale geletterdheid, ten koste van het uur techniek in "
           "leerjaar 1 en een van de keuzewerktijduren in leerjaar 2. In 2028 evalueren wij deze leerlijn met "
           "leerlingen en docenten.")

    # ---------------------------------------------------------------- bouwsteen 2
    kop(doc, "Bouwsteen 2 – Elke leerling op de juiste trede", grootte=16, kleur=ZANDKLEUR)
    tussenkop(doc, "Hoger als het kan")
    alinea(doc, "Wij willen dat geen enkele leerling op een te laag niveau blijft hangen. Daarom hebben wij in 2024 "
           "afgesproken dat de determinatie aan het eind van leerjaar 2 altijd gebaseerd is op drie bronnen: de "
           "resultaten, het oordeel van de docentenvergadering en een gesprek met leerling en ouders. Een leerling die "
           "op twee van de drie bronnen havo aankan, gaat naar havo 3. Een plaatsing op een lager niveau gebeurt nooit "
           "zonder een gesprek met de teamleider.")
    alinea(doc, "Sinds 2024 kunnen mavoleerlingen in leerjaar 3 en 4 een of twee vakken op havoniveau volgen. In het "
           "eerste jaar deden achttien leerlingen mee, voor Engels en wiskunde. Wij breiden dit uit naar Nederlands en "
           "biologie. Mavo-4-leerlingen die naar de havo willen, volgen vanaf januari het havo-voorbereidingsprogramma "
           "van acht lessen over studievaardigheden, zelfstandig werken en de eisen van havo 4.")
    tussenkop(doc, "De mentor kent de leerling")
    alinea(doc, "Iedere klas heeft een mentor met een vast mentoruur. De mentor voert drie keer per jaar een "
           "individueel gesprek met iedere leerling, in oktober, februari en juni, en noteert de afspraken in Magister. "
           "Na iedere periode is er een leerlingbespreking per klas met alle docenten, waarin wij naast de cijfers ook "
           "kijken naar werkhouding, aanwezigheid en welbevinden. Leerlingen over wie zorgen zijn, worden besproken in "
           "het ondersteuningsteam.")
    tussenkop(doc, "Ondersteuning")
    alinea(doc, "Ons schoolondersteuningsprofiel beschrijft de ondersteuning die wij bieden. Iedere leerling kan "
           "rekenen op begeleiding door de mentor, faciliteiten bij dyslexie en dyscalculie (extra tijd, vergrote "
           "teksten, voorleessoftware), een training faalangstreductie en examentraining. De ondersteuningscoördinator "
           "leidt het ondersteuningsteam, waarin ook de orthopedagoog van het Samenwerkingsverband Passend Onderwijs "
           "Almere en de jeugdarts van de GGD Flevoland zitten.")
    alinea(doc, "Voor extra ondersteuning hebben wij het Waaierlokaal: een rustige ruimte met een vaste begeleider waar "
           "leerlingen die tijdelijk niet in de klas kunnen functioneren, maximaal acht weken een deel van de dag werken, "
           "met een plan om terug te keren. Er kunnen maximaal acht leerlingen tegelijk gebruik van maken. Wat wij niet "
           "kunnen bieden, staat ook in het profiel: intensieve één-op-één-begeleiding gedurende de hele schooldag en "
           "onderwijs aan leerlingen die structureel een kleine klas van minder dan vijftien leerlingen nodig hebben. "
           "Het profiel wordt in het voorjaar van 2026 herzien.")
    tussenkop(doc, "Een veilige school")
    alinea(doc, "In het voorjaar van 2024 heeft de leerlingenraad samen met de mentoren de vijf Zandwaaier-afspraken "
           "opgesteld, die in elk lokaal hangen: we groeten elkaar, we laten elkaar uitpraten, we komen op tijd, we "
           "zorgen voor onze spullen en die van een ander, en we lossen een ruzie op met een gesprek. Na een conflict "
           "volgt altijd een herstelgesprek tussen de betrokkenen, geleid door de mentor of de teamleider. Sinds januari "
           "2024 is de school telefoonvrij: telefoons gaan bij binnenkomst in de kluis en komen er pas uit aan het eind "
           "van de dag.")
    alinea(doc, "De veiligheidscoördinator houdt een incidentenregistratie bij en bespreekt die ieder kwartaal met de "
           "directie. Er zijn twee anti-pestcoördinatoren, een voor de onderbouw en een voor de bovenbouw. Ieder jaar in "
           "februari vullen alle leerlingen de vragenlijst sociale veiligheid in; in 2024 gaf 88 procent aan zich "
           "veilig te voelen op school.")
    tussenkop(doc, "Welkom op het Zandwaaier")
    alinea(doc, "Twintig leerling-ambassadeurs uit alle leerjaren ontvangen bezoekers op open dagen en "
           "informatieavonden, geven rondleidingen en beantwoorden vragen van basisschoolleerlingen. Nieuwe "
           "brugklassers maken in juni kennis met hun klas en mentor, en beginnen het schooljaar met drie "
           "introductiedagen waarin de groep centraal staat. Leerlingen die halverwege het jaar instromen, krijgen een "
           "buddy uit hun klas voor de eerste vier weken.")
    tussenkop(doc, "Wat willen wij bereiken?")
    alinea(doc, "In 2028 stroomt minstens 30 procent van de geslaagde mavo-4-leerlingen door naar havo 4; in 2024 was "
           "dat 22 procent. Van die doorstromers haalt minstens 75 procent zonder vertraging het havodiploma. In "
           "2026-2027 volgen minstens veertig mavoleerlingen een of meer vakken op havoniveau. In 2027 geeft minstens "
           "92 procent van de leerlingen aan zich veilig te voelen op school. Alle mentoren hebben voor de zomer van "
           "2026 de training herstelgericht werken gevolgd. Het herziene schoolondersteuningsprofiel wordt in juni 2026 "
           "vastgesteld.")

    # ---------------------------------------------------------------- bouwsteen 3
    kop(doc, "Bouwsteen 3 – Vakmensen die blijven leren", grootte=16, kleur=ZANDKLEUR)
    tussenkop(doc, "Leerteams")
    alinea(doc, "Sinds 2022-2023 werken wij met leerteams. Iedere docent zit in een leerteam van zes tot acht collega’s "
           "uit verschillende secties, dat vijf keer per jaar bijeenkomt. Ieder leerteam kiest een vraag uit de eigen "
           "lespraktijk, bijvoorbeeld hoe je in een dakpanklas de controle van begrip organiseert, en onderzoekt die "
           "met lesson study: samen een les ontwerpen, elkaar observeren en de les bijstellen. In juni presenteren "
           "alle leerteams hun bevindingen op het Leerfeest, de laatste studiedag van het jaar. Goede aanpakken worden "
           "opgenomen in de uitwerking van het lesmodel.")
    tussenkop(doc, "Bevoegd en bekwaam")
    alinea(doc, "Negen docenten zijn nog niet bevoegd. Voor ieder van hen is er een opleidingsplan met een einddatum, "
           "een coach uit de eigen sectie en veertig uur faciliteit per jaar voor studie. Nieuwe docenten doorlopen "
           "een inductieprogramma van drie jaar met een verminderde lestaak van tien procent in het eerste jaar, "
           "intervisie met andere starters en begeleiding door een van onze twee didactisch coaches. Daarnaast kiest "
           "iedere medewerker jaarlijks in het startgesprek minstens één professionaliseringsactiviteit, intern of bij "
           "de ASG Academie. Het scholingsplan van de school wordt ieder jaar in oktober vastgesteld.")
    tussenkop(doc, "Gesprekken en feedback")
    alinea(doc, "Iedere medewerker heeft jaarlijks een startgesprek en een voortgangsgesprek met de eigen teamleider. "
           "Voor docenten hoort daar minstens één lesbezoek bij. Sinds 2024 vragen docenten één keer per jaar "
           "feedback van een van hun klassen met een korte leerlingenvragenlijst; de uitkomst bespreken zij in het "
           "voortgangsgesprek. Eens in de drie jaar volgt een beoordelingsgesprek. De verslagen worden vastgelegd in "
           "Youforce.")
    tussenkop(doc, "Werkbelasting en welbevinden")
    alinea(doc, "In de personeelsenquête van 2024 was 68 procent van de medewerkers tevreden over de werkbelasting. "
           "Dat is te weinig. Wij hebben daarom afgesproken dat er in toetsweken geen vergaderingen zijn, dat de "
           "teamleider in ieder voortgangsgesprek vraagt naar werkbelasting en welbevinden, en dat wij de "
           "werkdrukmiddelen inzetten voor twee extra onderwijsassistenten die surveillances en practica "
           "overnemen. Medewerkers van 57 jaar en ouder kunnen gebruikmaken van de seniorenregeling uit de cao; jonge "
           "ouders kunnen bij het rooster een voorkeur voor begin- of eindtijden aangeven.")
    tussenkop(doc, "Wat willen wij bereiken?")
    alinea(doc, "In 2028 zijn er ten hoogste vier onbevoegde docenten, en iedere onbevoegde docent heeft een "
           "opleidingsplan met een einddatum binnen vier jaar. Vanaf 2025-2026 neemt iedere docent, ook iedere nieuwe "
           "collega, deel aan een leerteam. In 2027 is minstens 75 procent van de medewerkers tevreden over de "
           "werkbelasting. Alle start-, voortgangs- en beoordelingsgesprekken worden ieder jaar gevoerd en vastgelegd; "
           "de teamleiders rapporteren hierover in het jaarverslag.")

    # ---------------------------------------------------------------- bouwsteen 4
    kop(doc, "Bouwsteen 4 – De school met open ramen", grootte=16, kleur=ZANDKLEUR)
    tussenkop(doc, "Ouders als partner")
    alinea(doc, "In oktober heeft iedere mentor een driegesprek met de leerling en diens ouders. Daarin bespreken wij "
           "niet alleen cijfers, maar vooral wat de leerling dit jaar wil bereiken en hoe ouders thuis kunnen helpen. "
           "In 2024 was bij 74 procent van de leerlingen minstens één ouder aanwezig. Verder organiseren wij per "
           "leerjaar een ouderavond in september en komt het ouderpanel, twaalf ouders uit alle leerjaren, drie keer "
           "per jaar bijeen met de directeur.")
    alinea(doc, "Over communicatie hebben wij heldere afspraken. Cijfers staan uiterlijk tien werkdagen na een toets "
           "in Magister. Iedere vrijdag ontvangen ouders en leerlingen het Zandbericht met de belangrijkste "
           "mededelingen van de week. Een e-mail van een ouder wordt binnen twee werkdagen beantwoord, desnoods met "
           "een korte bevestiging en een afspraak voor later. Alle regelingen, zoals het leerlingenstatuut, het "
           "pestprotocol en de overgangsnormen, staan op de website.")
    tussenkop(doc, "Loopbaan en vervolgonderwijs")
    alinea(doc, "Leerlingen moeten weten waarvoor ze leren. Daarom loopt er door de hele school een programma voor "
           "loopbaanoriëntatie en -begeleiding. In mavo 3 lopen alle leerlingen een week snuffelstage bij een van de "
           "ruim zestig bedrijven en instellingen in Almere waarmee wij afspraken hebben, van de bouwmarkt in Poort "
           "tot het Flevoziekenhuis. Mavo-4-leerlingen volgen twee meeloopdagen bij ROC Flevoland of MBO College "
           "Almere. Havo-4-leerlingen bezoeken minstens twee open dagen van hogescholen en volgen een proefstudeerdag "
           "bij Hogeschool Windesheim in Almere. De decanen houden bij welke leerlingen wat hebben gedaan.")
    tussenkop(doc, "In de wijk")
    alinea(doc, "Het Zandwaaier College staat midden in een jonge, snel groeiende wijk. De wijkagent van Almere Poort "
           "houdt iedere maand een spreekuur in de school en is bekend bij de mentoren. Twee keer per week zijn "
           "jongerenwerkers van De Schoor in de pauzes aanwezig in de aula; zij kennen veel van onze leerlingen ook van "
           "buiten school en signaleren vroeg als er iets speelt. Met de gemeente en het buurtteam hebben wij in 2024 "
           "afspraken gemaakt over de veiligheid rond de bushalte op de Atletiekstraat.")
    tussenkop(doc, "Samen met andere ASG-scholen")
    alinea(doc, "Onze secties Nederlands en wiskunde vormen samen met de secties van twee andere ASG-scholen voor "
           "voortgezet onderwijs een vakgroep die drie keer per jaar bijeenkomt. Zij ontwikkelen samen schoolexamens "
           "voor de mavo en vergelijken de resultaten. Ook ons examensecretariaat werkt samen met de andere "
           "examensecretariaten binnen ASG, bijvoorbeeld bij het maken van de examenroosters en bij het inrichten van "
           "herkansingen. Havoleerlingen die na het vijfde jaar of eerder naar het vwo willen, kunnen dankzij "
           "afspraken met een ASG-lyceum in Almere Stad doorstromen zonder intaketoets. Zij lopen in het voorjaar "
           "daarvoor twee dagen mee in vwo 5 van die school.")
    tussenkop(doc, "Burgerschap")
    alinea(doc, "Burgerschap krijgt bij ons aandacht in de mentorlessen, bij maatschappijleer en tijdens de "
           "projectweken.")
    tussenkop(doc, "Wat willen wij bereiken?")
    alinea(doc, "In 2026-2027 is bij minstens 85 procent van de driegesprekken een ouder aanwezig. Vanaf 2025-2026 "
           "heeft iedere leerling in het examenjaar een ingevuld loopbaandossier met de stage, meeloopdagen of open "
           "dagen die hij of zij heeft gedaan. In 2027 is het netwerk van stagebedrijven gegroeid naar tachtig. De "
           "gezamenlijke schoolexamens Nederlands en wiskunde met de andere ASG-scholen worden in 2026 voor het eerst "
           "afgenomen.")

    # ---------------------------------------------------------------- kwaliteitszorg
    kop(doc, "Zo houden wij koers", grootte=16, kleur=ZANDKLEUR)
    alinea(doc, "Wij werken met een vaste jaarcyclus. Het schoolplan vertalen wij ieder jaar in een jaarplan, waarin "
           "per bouwsteen staat welke activiteiten in dat jaar plaatsvinden, wie de eigenaar is en wanneer wij "
           "evalueren. Iedere sectie maakt op basis daarvan een sectieplan. In september analyseert iedere sectie de "
           "examen- en overgangsresultaten van het vorige jaar en stelt zij verbeterpunten op, die de teamleider "
           "bespreekt met de sectievoorzitter.")
    alinea(doc, "In onze kwaliteitskalender staan de vaste meetmomenten: lesbezoeken door teamleiders (twee per docent "
           "per jaar), de vragenlijst sociale veiligheid voor leerlingen (februari), de tevredenheidsvragenlijst voor "
           "ouders en leerlingen (om het jaar, in maart), de personeelsenquête (om het jaar, in november) en de "
           "analyse van de onderwijsresultatenkaart (januari). De directie rapporteert ieder kwartaal aan het College "
           "van Bestuur. In juni schrijven wij een jaarverslag waarin wij per doel uit dit plan laten zien hoe ver wij "
           "zijn.")
    alinea(doc, "Halverwege de planperiode, in het voorjaar van 2027, houden wij een tussentijdse evaluatie met het team, "
           "de MR en de leerlingenraad. Daarin kijken wij of de doelen nog passen en stellen wij zo nodig bij.")

    # ---------------------------------------------------------------- totstandkoming
    kop(doc, "Hoe dit plan tot stand kwam", grootte=16, kleur=ZANDKLEUR)
    alinea(doc, "De basis van dit plan is gelegd op twee studiedagen met het hele team, in november 2024 en februari "
           "2025. Daarnaast hebben wij de uitkomsten van de tevredenheidsvragenlijsten van 2024 gebruikt, en heeft de "
           "leerlingenraad in maart 2025 gesproken over de bouwstenen. Het ouderpanel las mee met bouwsteen 4.")
    alinea(doc, "De MR heeft als klankbord meegelezen en op 16 juni 2025 positief gereageerd op het concept. Het plan "
           "wordt na de zomer aan het College van Bestuur aangeboden. Het plan geldt voor de schooljaren 2025-2026 tot "
           "en met 2028-2029.")

    doc.save(path)
    _vaste_zip(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_204_zandwaaier_college.docx")
