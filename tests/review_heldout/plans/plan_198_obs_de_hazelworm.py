#!/usr/bin/env python3
"""Schoolplan 2024-2028 van OBS De Hazelworm (kleine openbare basisschool, Almere Hout).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

MOS = RGBColor(0x4A, 0x6B, 0x2A)


def _taal_nl(doc):
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
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


def _paginanummer(paragraph):
    for soort, tekst in (("begin", None), ("instr", "PAGE"), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        if soort == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
            run._r.append(el)
        elif soort == "text":
            run.text = tekst
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
            run._r.append(el)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _kop(doc, tekst, niveau=1):
    return doc.add_heading(tekst, level=niveau)


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.15
    for naam, grootte in (("Heading 1", 14), ("Heading 2", 11)):
        h = doc.styles[naam]
        h.font.name = "Verdana"
        h.font.size = Pt(grootte)
        h.font.color.rgb = MOS
    titel = doc.styles["Title"]
    titel.font.name = "Verdana"
    titel.font.size = Pt(22)
    titel.font.color.rgb = MOS

    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.5)
    voet = s.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = voet.add_run("OBS De Hazelworm - schoolplan 2024-2028 - ")
    r.font.size = Pt(8)
    _paginanummer(voet)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028"
    cp.author = "F. Rozendaal"
    cp.last_modified_by = "F. Rozendaal"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2024, 4, 22, 14, 10, 0)
    cp.modified = datetime.datetime(2024, 6, 14, 11, 45, 0)
    cp.revision = 4

    # ---------------------------------------------------------------- kop
    doc.add_paragraph("OBS De Hazelworm - Schoolplan 2024-2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Klein, dichtbij en met de voeten in het bos")
    r.italic = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Openbare basisschool De Hazelworm, Houtwalpad 7, Almere Hout  |  BRIN 17QW  |  "
                  "directeur: Femke Rozendaal  |  versie 14 juni 2024")
    r.font.size = Pt(8.5)

    # ---------------------------------------------------------------- 1
    _kop(doc, "1. Een kort plan, met opzet")
    _p(doc, "U leest geen dik schoolplan, en dat is een bewuste keuze. Ons team telt elf mensen. Als wij acht "
            "onderwerpen tegelijk willen verbeteren, lukt er niet één echt. Daarom hebben we in twee teamsessies "
            "(januari en maart 2024) uit Koers 22 van de Almeerse Scholen Groep twee kernwaarden en twee vensters "
            "gekozen die we de komende vier jaar uitwerken: gezien worden en open, en de vensters goed en "
            "toegankelijk onderwijs en partnerschap. Wat we laten liggen, en waarom, staat in hoofdstuk 6.")
    _p(doc, "Dit plan geldt van 1 augustus 2024 tot en met 31 juli 2028. De doelen staan genummerd in hoofdstuk 7; "
            "ons jaarplan bouwt daarop voort.")

    # ---------------------------------------------------------------- 2
    _kop(doc, "2. Onze school")
    _p(doc, "De Hazelworm ligt aan de rand van Almere Hout, tussen het Almeerderhout en de akkers rond "
            "stadslandgoed De Kemphaan. Het voelt eerder als een dorpsschool dan als een stadsschool: ouders kennen "
            "elkaar en kinderen spelen na schooltijd in het bos. Op "
            "1 oktober 2023 telden we 134 leerlingen in zes groepen: twee kleutergroepen en de combinatiegroepen 3-4, "
            "4-5, 6-7 en 7-8. De leerlingen komen uit Overgooi en Vogelhorst en steeds vaker uit Oosterwold, waar "
            "gezinnen zelf hun huis bouwen; ongeveer een kwart fietst meer dan drie kilometer naar school. Onze "
            "schoolweging is 27,4, lager dan het Almeerse gemiddelde.")
    _p(doc, "We werken met Kleuteruniversiteit in de groepen 1-2, Veilig leren lezen (KIM-versie) in groep 3, "
            "Wereld in getallen 5 voor rekenen, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen, "
            "Blink Wereld voor wereldoriëntatie en Groove.me voor Engels vanaf groep 1. We volgen de "
            "ontwikkeling met KIJK! bij de kleuters en Leerling in beeld van Cito in groep 3 tot en met 8; in groep 8 "
            "maken de kinderen de IEP-doorstroomtoets.")
    _p(doc, "Voor burgerschap en sociale veiligheid werken we met De Vreedzame School. Kinderen uit groep 7-8 "
            "worden opgeleid tot mediator en helpen bij ruzies op het plein. De leerlingenraad, met twee kinderen "
            "uit elke groep vanaf groep 4, vergadert elke maand met de directeur. Groep 7-8 bezoekt elk jaar het "
            "stadhuis en bereidt vragen voor aan een raadslid. In groep 5 tot en met 8 nemen we jaarlijks in "
            "november de vragenlijst sociale veiligheid af; in 2023 voelde 94 procent van de kinderen zich veilig. "
            "Onze intern begeleider, Saskia Mol, is ook anti-pestcoördinator.")

    # ---------------------------------------------------------------- 3
    _kop(doc, "3. Gezien worden: bij ons kent iedereen iedereen")
    _p(doc, "Klein zijn is onze kracht, maar het gaat niet vanzelf. Ook op een kleine school kan een stil kind "
            "ongemerkt blijven. Twee keer per jaar doen we daarom in de teamvergadering een 'namenronde': we lopen "
            "alle namen langs en vragen ons bij elk kind af wie het goed kent en wat we van hem of haar weten. "
            "Kinderen over wie we te weinig weten, krijgen in de weken daarna bewust extra aandacht van de eigen "
            "leerkracht en van een tweede collega.")
    _p(doc, "Vanaf groep 3 voert de leerkracht in oktober en maart met ieder kind een kindgesprek van tien "
            "minuten: wat gaat goed, wat vind je lastig, wat wil je leren? Bij de kleuters doen we dat samen met een "
            "ouder. De uitkomsten nemen we mee in de groepsbespreking met de intern begeleider.")
    _p(doc, "Iedereen moet zich welkom voelen. De deur staat vanaf 8.20 uur open en ouders mogen mee naar binnen "
            "lopen, ook in de bovenbouw. Op vrijdagochtend staat er koffie in de hal. Nieuwe gezinnen krijgen een "
            "kennismakingsgesprek met de directeur en twee meeloopochtenden; een kind dat halverwege het jaar van "
            "een andere school komt, krijgt een maatje uit de eigen groep.")

    # ---------------------------------------------------------------- 4
    _kop(doc, "4. Open: zeggen wat we doen")
    _p(doc, "De afspraken van De Vreedzame School gelden ook voor de volwassenen. In het team spreken we over "
            "kinderen en ouders alsof ze erbij zijn. Als een ouder zich zorgen maakt of boos is, volgt binnen een "
            "week een gesprek, met de directeur erbij als de ouder dat wil.")
    _p(doc, "In 2023 vonden ouders dat we via te veel kanalen communiceerden en hoorden ze soms pas bij "
            "het rapport dat er zorgen waren. Vanaf 1 januari 2025 loopt daarom alle communicatie via Parro. Elke vrijdag verschijnt "
            "de weekbrief. En we spreken af: geen verrassingen bij het rapport. Zorgen over een kind bespreken we "
            "altijd eerder met de ouders.")
    _p(doc, "Als openbare school is bij ons ieder kind welkom. Wij kijken met een open blik naar de "
            "verscheidenheid van onze leerlingen en medewerkers.")

    # ---------------------------------------------------------------- 5
    _kop(doc, "5. Onze twee vensters")
    _kop(doc, "5.1 Goed onderwijs, ook buiten de klas", 2)
    _p(doc, "Onze omgeving is ons tweede klaslokaal. Kinderen leren beter als wat ze leren aansluit bij wat ze "
            "zien en doen, en onze kinderen leven in en rond het bos. Vanaf 2025-2026 krijgt elke groep minstens één "
            "buitenles per week: meten en schatten in het bos, spellingwoorden stoepkrijten op het plein, een "
            "Blink-thema over water bij de sloot achter de school. In 2024-2025 begeleidt een natuurgids van "
            "IVN Natuureducatie in elke groep de eerste vijf buitenlessen.")
    _p(doc, "De basis moet op orde blijven. Onze resultaten liggen boven de signaleringswaarden van de inspectie "
            "en dat houden we zo: bij de doorstroomtoets haalt minstens 95 procent van de kinderen 1F voor lezen en "
            "taalverzorging en minstens 65 procent 2F. Voor rekenen halen minstens 92 procent 1F en 45 procent 1S. "
            "Drie keer per jaar bespreekt de intern begeleider met elke leerkracht de groep: de toetsgegevens, de "
            "observaties en de kindgesprekken.")
    _p(doc, "Elke februari en juni maken de intern begeleider en de directeur een trendanalyse van de toetsen van "
            "Leerling in beeld, die we in de eerstvolgende teamvergadering bespreken. Daaruit volgen de "
            "aanpassingen voor het volgende halfjaar. Het jaarplan stellen we in september vast; het jaarverslag "
            "bespreken we elk jaar in oktober met de MR.")
    _p(doc, "In ons schoolondersteuningsprofiel beschrijven we wat we kunnen bieden: een dyslexieaanpak volgens "
            "het protocol, extra rekeninstructie door de onderwijsassistent, en een plusgroep van een ochtend per "
            "week voor kinderen uit groep 4 tot en met 8 die meer uitdaging nodig hebben. We zeggen ook eerlijk "
            "wat we niet kunnen: in combinatiegroepen met één leerkracht kunnen we geen kind begeleiden dat de "
            "hele dag een volwassene naast zich nodig heeft. Het SOP herschrijven we dit schooljaar en leggen we "
            "vóór 1 april 2025 aan de MR voor. Vier keer per jaar schuift de onderwijsconsulent van "
            "Samenwerkingsverband Passend Onderwijs Almere aan bij ons ondersteuningsoverleg. Als een kind bij "
            "ons niet tot zijn recht komt, zoeken we samen met de ouders en het samenwerkingsverband een plek in het "
            "speciaal (basis)onderwijs; in de afgelopen vier jaar ging het om drie kinderen.")

    _kop(doc, "5.2 Samen met ouders en buren", 2)
    _p(doc, "Ouders zijn bij ons dichtbij, en dat willen we benutten voor het leren van hun kind. Elk schooljaar "
            "begint met een startgesprek in september: het kind, de ouders en de leerkracht, waarbij de ouders "
            "vertellen wat zij over hun kind weten en het kind zegt wat het dit jaar wil leren. Ouders begeleiden "
            "buitenlessen en helpen op drie klusochtenden per jaar in de moestuin en op het plein.")
    _p(doc, "Onze MR bestaat uit twee ouders en twee teamleden en vergadert vijf keer per jaar. Nieuwe ideeën "
            "leggen we vroeg op tafel, voordat er een besluit ligt. Vanaf 2025 organiseren MR en directie samen één "
            "keer per jaar een ouderavond in de schuur van De Kemphaan, waar ouders meepraten over wat er op school "
            "beter kan.")
    _p(doc, "We hebben een paar vaste partners. Met stadslandgoed De Kemphaan en de boswachter van Staatsbosbeheer "
            "in het Almeerderhout maken we afspraken zodat elke groep vanaf 2025 vier lesdagen per jaar buiten op "
            "locatie leert. De Nieuwe Bibliotheek Almere verzorgt de schoolbibliotheek en een leesconsulent. "
            "Drie 'leesopa's' uit Overgooi lezen wekelijks met kinderen uit groep 3 en 4. De "
            "jeugdverpleegkundige van GGD Flevoland en de jeugd- en gezinswerker houden eens per maand spreekuur "
            "op school.")

    # ---------------------------------------------------------------- 6
    _kop(doc, "6. Wat we bewust laten liggen")
    _p(doc, "Vooruitstrevend en ambitieus zijn kernwaarden die we onderschrijven, maar we werken ze in deze "
            "planperiode niet apart uit. Na twee onrustige jaren met veel wisselingen in het team (2021-2023) "
            "kiezen we eerst voor rust, een stevige basis en goede relaties met kinderen en ouders.")
    _p(doc, "Ook de vensters personeel in positie en de meerwaarde van ASG noemen we hier alleen. Voor ons "
            "personeelsbeleid volgen wij het strategisch HR-beleid van ASG. Ook bij ons werken alle medewerkers "
            "aantoonbaar aan hun professionele ontwikkeling via de ASG Academie. Eigen doelen voor deze vensters "
            "stellen we niet. In het voorjaar van 2026 bekijken we met het team en de MR of we in de tweede helft "
            "van de planperiode een van deze onderwerpen alsnog oppakken.")

    # ---------------------------------------------------------------- 7
    _kop(doc, "7. Onze doelen")
    doelen = [
        "Vanaf 2024-2025 voert elke leerkracht in oktober en maart een kindgesprek met ieder kind van groep 3 "
        "tot en met 8; bij de kleuters gebeurt dat samen met een ouder.",
        "Twee keer per jaar (november en april) houden we een namenronde in de teamvergadering.",
        "In de oudertevredenheidspeiling van 2026 en van 2028 zegt minstens 90 procent van de ouders zich welkom "
        "te voelen op school (2023: 84 procent).",
        "Vanaf 1 januari 2025 loopt alle communicatie via Parro en verschijnt elke vrijdag de weekbrief. In 2026 "
        "is minstens 85 procent van de ouders tevreden over de informatie (2023: 71 procent).",
        "In 2024-2025 heeft elke groep vijf buitenlessen met een natuurgids van IVN gehad; vanaf 2025-2026 "
        "krijgt elke groep minstens één buitenles per week.",
        "Bij de doorstroomtoets 2025 tot en met 2028 haalt minstens 95 procent 1F en 65 procent 2F voor lezen en "
        "taalverzorging, en minstens 92 procent 1F en 45 procent 1S voor rekenen.",
        "Het herschreven schoolondersteuningsprofiel ligt vóór 1 april 2025 bij de MR; in het voorjaar van 2027 "
        "evalueren we het met het team en de onderwijsconsulent.",
        "Vanaf 2024-2025 heeft elk gezin in september een startgesprek; we streven naar 100 procent deelname.",
        "Vanaf 2025 leert elke groep vier dagen per jaar op locatie bij De Kemphaan of met de boswachter in het "
        "Almeerderhout.",
        "Vanaf 2025 organiseren MR en directie jaarlijks een ouderavond over de koers van de school.",
    ]
    for d in doelen:
        doc.add_paragraph(d, style="List Number")

    # ---------------------------------------------------------------- 8
    _kop(doc, "8. Bespreking en vaststelling")
    _p(doc, "Het concept van dit plan is op 11 juni 2024 besproken in de medezeggenschapsraad. De MR heeft positief "
            "geadviseerd en gaf aan het waardevol te vinden dat het plan kort en haalbaar is. De directeur heeft het "
            "plan op 14 juni 2024 aangeboden aan het College van Bestuur van ASG.")
    p = doc.add_paragraph()
    p.add_run("Femke Rozendaal, directeur OBS De Hazelworm").bold = True

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_198_obs_de_hazelworm.docx")
