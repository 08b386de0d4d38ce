# -*- coding: utf-8 -*-
"""Schoolplan 2026-2030 van Praktijkschool De Hefboom (Almere Stad).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
De directeur werkt zonder kopstijlen: koppen zijn vette, grotere alinea's.
"""
import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ORANJE = RGBColor(0xC0, 0x50, 0x10)


def _kop(doc, tekst, grootte=14):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(grootte)
    r.font.color.rgb = ORANJE
    return p


def _tussenkop(doc, tekst):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    return p


def _alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def _doelen(doc, items):
    _tussenkop(doc, "Onze doelen")
    for tekst, jaar in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(tekst + " ")
        r = p.add_run("Klaar in " + str(jaar) + ".")
        r.bold = True


def build(path):
    path = str(path)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    rpr = st.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)

    cp = doc.core_properties
    cp.title = ""
    cp.author = "H. Yildiz"
    cp.last_modified_by = "secretariaat De Hefboom"
    cp.created = datetime.datetime(2026, 3, 30, 8, 5, 0)
    cp.modified = datetime.datetime(2026, 6, 2, 13, 22, 0)
    cp.revision = 7

    # ----------------------------------------------------------- titel
    p = doc.add_paragraph()
    r = p.add_run("Praktijkschool De Hefboom")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = ORANJE
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2026-2030")
    r.bold = True
    r.font.size = Pt(16)
    _alinea(doc,
            "Algemeen-bijzondere school voor praktijkonderwijs, onderdeel van de Almeerse Scholen Groep (ASG). "
            "BRIN 27KD. Directeur: Hatice Yildiz. Planperiode: 1 augustus 2026 tot en met 31 juli 2030.")

    # ----------------------------------------------------------- inleiding
    _kop(doc, "Waarom dit plan kort is")
    _alinea(doc,
            "Ons team werkt met afspraken, niet met beschouwingen. Daarom is dit schoolplan kort. Wie wil weten "
            "hoe iets precies loopt, vindt dat in ons kwaliteitshandboek en in het jaarplan. Het plan geldt voor "
            "vier schooljaren. Elk jaar in juni maken we een jaarplan met de doelen die dan aan de beurt zijn.")
    _alinea(doc,
            "We volgen de vier vensters uit de koers van ASG. De kernwaarden van ASG, gezien worden, open, "
            "vooruitstrevend en ambitieus, dragen we uit in hoe we elke dag met onze leerlingen werken. Elk "
            "venster eindigt met onze doelen; achter elk doel staat wanneer het klaar is.")
    _tussenkop(doc, "De Hefboom in cijfers (1 oktober 2025)")
    _alinea(doc,
            "248 leerlingen van 12 tot 18 jaar in 17 groepen. 41 medewerkers (33,4 fte). Uitstroom 2025: 61 "
            "leerlingen, van wie 34 procent naar werk, 52 procent naar een entree- of niveau 2-opleiding van het "
            "mbo, 8 procent naar dagbesteding en 6 procent naar iets anders. Na één jaar zat 74 procent van de "
            "uitstromers nog op dezelfde plek.")

    # ----------------------------------------------------------- venster 1
    _kop(doc, "Venster 1  Leren voor werk, wonen en vrije tijd")
    _tussenkop(doc, "Elke leerling een eigen plan")
    _alinea(doc,
            "Iedere leerling heeft een individueel ontwikkelingsplan (IOP). De mentor bespreekt het drie keer per "
            "jaar met de leerling en de ouders: in oktober, februari en juni. De leerling schrijft zelf twee "
            "doelen in het IOP, één voor school en één voor thuis of stage.")
    _alinea(doc,
            "Binnen zes weken na de start heeft elke nieuwe leerling een startgesprek met mentor, ouders en "
            "zorgcoördinator. We gebruiken daarbij het dossier van de basisschool en de eigen beginmeting. Zo weten "
            "we voor de herfstvakantie wat een leerling nodig heeft.")
    _tussenkop(doc, "Opbouw van de opleiding")
    _alinea(doc,
            "Leerjaar 1 en 2 zijn oriënterend: alle leerlingen draaien mee in alle profielen. In leerjaar 3 kiest "
            "een leerling twee profielen en loopt hij interne stage, bijvoorbeeld in de schoolkantine of bij de "
            "conciërge. In leerjaar 4 volgt een groepsstage van één dag per week. Vanaf leerjaar 5 loopt iedere "
            "leerling een individuele stage van twee tot drie dagen per week.")
    _alinea(doc,
            "Onze profielen zijn Bouw & Techniek, Groen, Zorg & Welzijn, Horeca & Facilitair en Retail. Retail "
            "vervangen we in 2027 door Logistiek. De distributiecentra in Almere en Lelystad zoeken orderpickers "
            "en magazijnmedewerkers, de winkels in het centrum nemen steeds minder stagiairs. Voor het nieuwe "
            "profiel richten we het oude winkellokaal in als magazijn en halen de docenten het certificaat "
            "interne transportmiddelen.")
    _tussenkop(doc, "Stage")
    _alinea(doc,
            "Elke stage begint met een stageovereenkomst die de leerling, de ouders, het bedrijf en de school "
            "tekenen. De stagebegeleider van school bezoekt de leerling minstens eens per drie weken. Halverwege "
            "en aan het eind beoordeelt hij de stage samen met de praktijkopleider van het bedrijf, met het "
            "beoordelingsformulier uit het IOP. Gaat het mis op de stage, dan is er binnen twee werkdagen een "
            "gesprek op de stageplek.")
    _alinea(doc,
            "De lessen lopen van 8.30 tot 15.00 uur. In leerjaar 1 en 2 begint elke dag met een kwartier bij de "
            "eigen mentor.")
    _tussenkop(doc, "Taal, rekenen en digitale vaardigheden")
    _alinea(doc,
            "Nederlands en rekenen krijgen alle leerlingen vier uur per week. We oefenen met Muiswerk en "
            "Nieuwsbegrip en meten twee keer per jaar het niveau. Ons doel is referentieniveau 1F: nu haalt 68 "
            "procent van de uitstromers 1F lezen en 49 procent 1F rekenen.")
    _alinea(doc,
            "Vanaf 2026-2027 hebben we een leerlijn digitale vaardigheden van leerjaar 1 tot en met 5. Leerlingen "
            "leren inloggen met DigiD, een e-mail sturen naar een werkgever, hun rooster in een app bijhouden, "
            "een digitaal urenbriefje invullen en veilig omgaan met hun gegevens. Elke vaardigheid wordt "
            "afgetekend in het IOP.")
    _tussenkop(doc, "Branchecertificaten")
    _alinea(doc,
            "Leerlingen halen branchecertificaten van de Stichting Praktijkleren, bijvoorbeeld Schoonmaak, "
            "Keukenassistent of Groenonderhoud. Leerlingen van Bouw & Techniek halen vanaf 16 jaar ook VCA Basis. "
            "In 2025 verliet een uitstromer de school met gemiddeld 1,4 certificaat. We leggen de lat hoger: elke "
            "uitstromer die naar werk gaat, heeft er minstens twee.")
    _tussenkop(doc, "Ondersteuning")
    _alinea(doc,
            "Ons schoolondersteuningsprofiel (SOP) is in maart 2026 vernieuwd. We bieden groepen van hoogstens "
            "16 leerlingen, twee mentoruren per week per groep, een zorgcoördinator, een orthopedagoog (0,6 fte), "
            "schoolmaatschappelijk werk op twee dagen en een spreekuur van de jeugdarts van de GGD Flevoland.")
    _alinea(doc,
            "We kunnen geen leerlingen begeleiden die de hele dag één-op-één begeleiding of medische zorg nodig "
            "hebben. Past De Hefboom niet meer bij een leerling, dan zoeken we met het samenwerkingsverband VO "
            "Almere een andere plek, in het vso of het vmbo. Een leerling die niet meer naar school komt, staat "
            "binnen vijf schooldagen op de agenda van het zorgadviesteam. Binnen zes weken is er dan een plan met "
            "het samenwerkingsverband en leerplicht. Het zorgadviesteam komt zes keer per jaar bij elkaar.")
    _tussenkop(doc, "Veiligheid")
    _alinea(doc,
            "Telefoons liggen tijdens de lessen in het kluisje. In elke pauze lopen vier medewerkers toezicht, "
            "binnen en op het plein. Na een conflict volgt dezelfde dag een herstelgesprek met mentor en "
            "leerlingen. Het pestprotocol herschrijven we samen met de leerlingen van leerjaar 4 en 5. Leerlingen "
            "kunnen terecht bij twee vertrouwenspersonen, een man en een vrouw, die in alle groepen zijn "
            "voorgesteld.")
    _alinea(doc,
            "In januari vullen alle leerlingen de vragenlijst sociale veiligheid in. In 2025 voelde 87 procent van "
            "de leerlingen zich veilig op school. Dat moet minstens 90 procent worden.")
    _tussenkop(doc, "Kwaliteit")
    _alinea(doc,
            "Elke docent krijgt twee lesbezoeken per jaar van de teamleider, met de kijkwijzer praktijkonderwijs. "
            "In januari is er een leerlingenquête, in de even jaren ook een oudervragenlijst. De stagecoördinator "
            "belt elke oud-leerling na zes en na twaalf maanden. Zo meten we de bestendiging. We volgen "
            "oud-leerlingen twee jaar. Valt iemand uit op werk of opleiding, dan nodigt de stagecoördinator hem uit "
            "voor een gesprek op school.")
    _alinea(doc,
            "In juni evalueren we het jaarplan met het team. In september sturen we het jaarverslag naar het "
            "bestuur. Bij het volgende inspectieonderzoek willen we op alle standaarden minstens voldoende "
            "scoren; nu hebben we het basisarrangement.")
    _doelen(doc, [
        ("Elke leerling heeft een IOP met zelf opgestelde doelen, drie keer per jaar besproken met ouders.", 2027),
        ("Het profiel Logistiek vervangt Retail; het magazijnlokaal is ingericht.", 2027),
        ("De leerlijn digitale vaardigheden draait in alle leerjaren.", 2028),
        ("75 procent van de uitstromers haalt 1F lezen en 60 procent 1F rekenen.", 2029),
        ("Elke uitstromer naar werk heeft minstens twee branchecertificaten.", 2028),
        ("Minstens 90 procent van de leerlingen voelt zich veilig op school.", 2027),
        ("Het nieuwe pestprotocol is vastgesteld en bij alle leerlingen bekend.", 2027),
        ("De bestendiging na één jaar is minstens 80 procent.", 2030),
    ])

    # ----------------------------------------------------------- venster 2
    _kop(doc, "Venster 2  Het team")
    _alinea(doc,
            "Ons team bestaat uit 22 docenten, 8 praktijkdocenten, 5 onderwijsassistenten en instructeurs, een "
            "stagecoördinator, een zorgcoördinator, een orthopedagoog, de directie (directeur en twee "
            "teamleiders) en het ondersteunend personeel. We willen vitale medewerkers.")
    _tussenkop(doc, "Vakmensen voor de klas")
    _alinea(doc,
            "Zes van onze acht praktijkdocenten komen uit de bouw, de horeca of de zorg en hebben nog geen "
            "onderwijsbevoegdheid. Zij volgen het traject voor het pedagogisch-didactisch getuigschrift (PDG) bij "
            "Windesheim. Elk jaar starten er twee. De school betaalt de opleiding en geeft vier uur studietijd per "
            "week. Een ervaren collega is hun vaste begeleider.")
    _tussenkop(doc, "Scholing")
    _alinea(doc,
            "Alle medewerkers volgen om de twee jaar de training de-escalatie en omgaan met agressie. In "
            "2026-2027 volgen alle mentoren de cursus oplossingsgericht werken van de ASG Academie. Beide "
            "trainingen zijn verplicht en vallen op de studiedagen.")
    _tussenkop(doc, "Gesprekken")
    _alinea(doc,
            "Iedere medewerker heeft elk jaar een lesbezoek of werkplekbezoek, een ontwikkelgesprek in het najaar "
            "en een jaargesprek in het voorjaar met de eigen teamleider. Uiterlijk 1 juli staat alles in het "
            "personeelsdossier. In 2024-2025 lukte dat bij 78 procent van de medewerkers.")
    _tussenkop(doc, "Werkdruk")
    _alinea(doc,
            "Praktijkonderwijs is intensief werk. Om de werkdruk te beperken hebben we vier afspraken. Niemand heeft meer dan één "
            "mentorgroep. In elk praktijklokaal met meer dan twaalf leerlingen staat een onderwijsassistent naast "
            "de praktijkdocent. Vergaderingen zijn alleen op dinsdag van 14.30 tot 16.00 uur. En na een incident "
            "met agressie heeft de medewerker binnen 24 uur een gesprek met de teamleider, met het aanbod van "
            "opvang door het bedrijfsmaatschappelijk werk.")
    _doelen(doc, [
        ("Alle praktijkdocenten hebben hun PDG of zitten in het traject.", 2029),
        ("100 procent van de medewerkers heeft de volledige gesprekscyclus doorlopen.", 2027),
        ("Alle mentoren hebben de cursus oplossingsgericht werken afgerond.", 2027),
        ("Elk praktijklokaal met meer dan twaalf leerlingen heeft een onderwijsassistent.", 2028),
    ])

    # ----------------------------------------------------------- venster 3
    _kop(doc, "Venster 3  Samen met andere ASG-scholen")
    _alinea(doc,
            "Onze praktijkdocenten Bouw & Techniek vormen met de techniekdocenten van twee ASG-vmbo-scholen de "
            "werkgroep techniek. Die komt vier keer per jaar bij elkaar. We wisselen lesmateriaal en "
            "opdrachten uit, en we delen ruimtes: onze leerlingen gebruiken hun lasruimte, hun leerlingen "
            "oefenen op onze buitenbouwplaats.")
    _alinea(doc,
            "Sommige leerlingen kunnen meer dan we dachten. Zij mogen in leerjaar 2 zes weken proefdraaien in de "
            "basisberoepsgerichte leerweg van een ASG-vmbo-school. Andersom kan een vmbo-leerling voor wie de "
            "basisberoepsgerichte leerweg te zwaar is, na een gesprek met beide zorgcoördinatoren warm "
            "overstappen naar De Hefboom. In 2024-2025 ging het om vier leerlingen heen en drie terug. We "
            "leggen deze afspraken vast in een overstapregeling.")
    _doelen(doc, [
        ("De overstapregeling met twee ASG-vmbo-scholen is schriftelijk vastgelegd.", 2027),
        ("De werkgroep techniek heeft een gezamenlijke opdrachtenbank met minstens twintig opdrachten.", 2028),
    ])

    # ----------------------------------------------------------- venster 4
    _kop(doc, "Venster 4  Ouders, bedrijven en de buurt")
    _tussenkop(doc, "Ouders")
    _alinea(doc,
            "Ouders zijn betrokken bij het leerproces van hun kind. Daarom zijn ze bij alle drie de IOP-gesprekken "
            "per jaar. Bij de afsluiting van elke stage presenteert de leerling wat hij heeft geleerd; ouders "
            "worden daarvoor persoonlijk uitgenodigd door de mentor. In 2025 was 64 procent van de ouders erbij. "
            "Als het nodig is, regelen we een tolk.")
    _alinea(doc,
            "Elke vrijdag stuurt de mentor een kort weekbericht via Magister. Ouders kunnen het IOP en de "
            "stagebeoordelingen zelf inzien in Magister. Wie belt, wordt binnen één werkdag teruggebeld. Bij een "
            "incident bellen we de ouders nog dezelfde dag.")
    _tussenkop(doc, "Bedrijven en instellingen")
    _alinea(doc,
            "We werken met ongeveer 140 stagebedrijven. Elk bedrijf heeft een vaste contactpersoon op school, "
            "die binnen één werkdag bereikbaar is. Twee keer per jaar bespreken we per profiel met een "
            "groep stagebedrijven of onze stageopdrachten nog aansluiten bij het werk. Met het Werkgeversservicepunt "
            "Almere bespreken we elk voorjaar alle leerlingen die naar werk gaan, zodat zij een baan met "
            "begeleiding of loonkostensubsidie kunnen krijgen. Met ROC van Flevoland houden we in maart een "
            "gezamenlijke intake voor leerlingen die naar de entree-opleiding gaan. Voor oud-leerlingen die "
            "uitvallen, schakelen we het RMC van de gemeente in.")
    _tussenkop(doc, "De buurt")
    _alinea(doc,
            "Leerlingen van Groen onderhouden samen met wijkbeheer het buurtpark in de Stedenwijk. Leerlingen "
            "van Zorg & Welzijn lopen groepsstage in woonzorgcentrum Hof van Stede, om de hoek. Op donderdag "
            "verzorgen leerlingen van Horeca & Facilitair de lunch in het buurthuis van de Stedenwijk, voor "
            "ongeveer twaalf buurtbewoners.")
    _doelen(doc, [
        ("Bij minstens 80 procent van de stagepresentaties is een ouder aanwezig.", 2028),
        ("Het weekbericht via Magister gaat elke week naar alle ouders.", 2027),
        ("Alle uitstromers naar werk zijn vóór 1 mei besproken met het Werkgeversservicepunt.", 2027),
        ("De lunch in het buurthuis draait elke donderdag; het buurtpark heeft een vast onderhoudsrooster met wijkbeheer.", 2027),
    ])

    # ----------------------------------------------------------- slot
    _kop(doc, "Vaststelling")
    _alinea(doc,
            "Dit plan is geschreven door de directie en de twee teamleiders en op 14 april 2026 met het team "
            "besproken. De medezeggenschapsraad is in de vergadering van 19 mei 2026 over het plan geïnformeerd. "
            "Het College van Bestuur van ASG heeft het plan op 30 juni 2026 vastgesteld.")
    _alinea(doc, "Hatice Yildiz, directeur")

    doc.save(path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_152_hefboom_praktijkschool.docx")
