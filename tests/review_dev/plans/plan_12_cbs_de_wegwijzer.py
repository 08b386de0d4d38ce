# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van CBS De Wegwijzer (protestants-christelijke basisschool, Almere Haven).

Een kort plan: twee kernwaarden (Gezien worden, Open) en twee vensters (Goed en toegankelijk
onderwijs, Partnerschap) zijn uitgewerkt; de overige hoofdstukken herhalen de koers of verwijzen naar
2025. Doelen als kleine tabel per uitgewerkt venster. De MR heeft alleen advies gegeven.
Deterministisch: vaste kernmerken, vaste tijdstempels in het zip-archief.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor
from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl_stijlen

TITEL = "Schoolplan 2024-2028"
SCHOOL = "CBS De Wegwijzer"
ONDERTITEL = "Protestants-christelijke basisschool in Almere Haven"
AUTEUR = "J. de Boer"
VASTE_DATUM = datetime.datetime(2024, 6, 25, 9, 0, 0)

OMSLAG = [
    "Almeerse Scholen Groep",
    "De Wierden, Almere Haven",
    "Juni 2024",
]

DOELKOP = ["Doel", "Meetbaar resultaat", "Wanneer"]

DOELEN_ONDERWIJS = [
    ["Begrijpend lezen verbeteren",
     "65% van de leerlingen in groep 8 haalt niveau 2F lezen (2023: 59%)", "Juli 2027"],
    ["Rekenen op peil houden",
     "Minimaal 92% van de leerlingen in groep 8 haalt niveau 1F rekenen", "Jaarlijks in juli"],
    ["Groepsbesprekingen volgens een vast format",
     "Drie besprekingen per groep per jaar, vastgelegd in ParnasSys", "Vanaf 2024-2025"],
    ["Schoolondersteuningsprofiel actueel",
     "SOP herzien, besproken in het team en gepubliceerd op de website", "December 2024"],
    ["Kwaliteitscyclus zichtbaar maken",
     "Jaarplan, tussenevaluatie en jaarverslag elk jaar besproken met team en MR", "Jaarlijks"],
]

DOELEN_PARTNERSCHAP = [
    ["Startgesprek met alle ouders",
     "95% van de ouders neemt deel aan het startgesprek", "Elk jaar in september, vanaf 2024"],
    ["Betere communicatie met ouders",
     "Ouders geven de communicatie minimaal een 7,5 in de WMK-peiling (2023: 6,9)", "Voorjaar 2026"],
    ["Ouderpanel",
     "Drie bijeenkomsten per jaar, met een kort verslag in het weekbericht", "Vanaf 2024-2025"],
    ["Warme overdracht vanuit de opvang",
     "Voor elke nieuwe kleuter uit de opvang in ons gebouw is er een overdrachtsgesprek", "2025-2026"],
]

# Elk blok: (soort, inhoud). Soorten: h1, h2, p, bullets, doelen (tabel).
BLOKKEN = [
    ("h1", "Inleiding"),
    ("p", "Dit is het schoolplan van CBS De Wegwijzer voor de periode van 1 augustus 2024 tot en met 31 juli "
          "2028. We hebben gekozen voor een compact plan dat het team echt gebruikt. De koers van de Almeerse "
          "Scholen Groep (ASG) is ons kader. In dit plan richten we ons op de onderdelen waar we de komende "
          "jaren het verschil willen maken: de kernwaarden Gezien worden en Open, en de vensters Goed en "
          "toegankelijk onderwijs en Partnerschap. De andere onderdelen van de koers staan er ook in; die "
          "werken we in 2025 verder uit."),
    ("p", "Het plan is besproken met het team op de studiedag van 4 maart 2024. De MR heeft op 14 mei 2024 "
          "advies gegeven over dit plan; de opmerkingen van de MR over de communicatie met ouders hebben we "
          "verwerkt. Het bestuur heeft het plan op 25 juni 2024 vastgesteld."),

    ("h1", "Onze school"),
    ("p", "CBS De Wegwijzer is een protestants-christelijke basisschool in De Wierden in Almere Haven. Op 1 "
          "oktober 2023 hadden we 212 leerlingen in negen groepen. Het team telt negentien medewerkers. De "
          "schoolweging is 31,4; ongeveer een kwart van de kinderen groeit op met een andere thuistaal dan het "
          "Nederlands. Bij het laatste bezoek van de inspectie, in oktober 2021, kreeg de school het "
          "basisarrangement."),
    ("p", "Ons motto is 'Samen op weg'. We willen dat kinderen bij ons goed leren lezen, schrijven en "
          "rekenen, en dat ze ontdekken wie ze zijn en wat ze kunnen. Dat doen we in een christelijke sfeer, "
          "waarin we vertrouwen op God en op elkaar."),
    ("h2", "Identiteit"),
    ("p", "We beginnen elke dag met een gebed, een lied of een verhaal uit de Bijbel; daarvoor gebruiken we "
          "Trefwoord. Kerst en Pasen vieren we samen, afwisselend in de school en in de kerk in het Havenhart. "
          "Kinderen van een ander geloof of zonder geloof zijn welkom; we vragen wel dat zij meedoen met de "
          "dagopening en de vieringen."),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "We werken met Veilig leren lezen en Estafette voor technisch lezen, Nieuwsbegrip voor begrijpend "
          "lezen, Pluspunt 4 voor rekenen, Taal actief voor taal en spelling, Blink Wereld voor de zaakvakken "
          "en Take it easy voor Engels. De groepen 3 tot en met 8 krijgen twee keer per week gym van een "
          "vakleerkracht. De leerlingen krijgen 940 uur onderwijs per jaar. In 2023 haalde 97% van onze "
          "leerlingen in groep 8 niveau 1F lezen en 59% niveau 2F; bij rekenen was dat 92% (1F) en 36% (1S). "
          "Daarmee liggen we boven de signaleringswaarden, maar bij begrijpend lezen blijven we achter bij "
          "vergelijkbare scholen."),
    ("p", "Burgerschap: onze visie op burgerschap en de bijbehorende leerlijn worden in 2025 uitgewerkt."),

    ("h1", "Gezien worden"),
    ("p", "Bij ons hoort iedereen erbij. Iedereen op onze school is waardevol en wordt gezien."),
    ("h2", "Welkom op De Wegwijzer"),
    ("p", "Elke ochtend gaat de deur om 8.20 uur open en mogen ouders tot 8.30 uur mee de klas in. De "
          "leerkracht geeft elk kind bij de deur een hand. Nieuwe gezinnen krijgen een kennismakingsgesprek met "
          "de directeur en een rondleiding door twee leerlingen uit groep 8. Zes weken na de start volgt een "
          "gesprek met de leerkracht over hoe het kind gewend is. Bezoekers worden bij de ingang opgevangen "
          "door de conciërge, die hen naar de juiste plek brengt."),
    ("h2", "Zicht op wat kinderen nodig hebben"),
    ("p", "Drie keer per jaar bespreekt de intern begeleider met elke leerkracht de groep: de resultaten van "
          "de Cito-toetsen, het welbevinden uit de Kanvas-vragenlijsten en de werkhouding. Daarna maakt de "
          "leerkracht een groepsoverzicht met drie instructiegroepen. Kinderen die meer nodig hebben, "
          "bespreken we in het zorgteam, met de ouders erbij."),

    ("h1", "Open"),
    ("p", "Wij zijn open en eerlijk naar leerlingen en ouders. Met een open blik kijken wij naar de "
          "verscheidenheid van onze leerlingen en medewerkers."),
    ("h2", "Respect en veiligheid"),
    ("p", "Alle groepen krijgen elke week een les van de Kanjertraining. De vijf Kanjerafspraken hangen in "
          "elk lokaal en in de hal, en we spreken kinderen en ook elkaar erop aan. Onze anti-pestcoördinator "
          "is het aanspreekpunt voor kinderen en ouders; het pestprotocol is in 2023 herzien. Elk najaar "
          "vullen de kinderen van groep 5 tot en met 8 de Kanvas-vragenlijst in. In 2023 voelde 94% zich "
          "veilig op school; de uitkomsten bespreken we per groep en met de MR."),
    ("h2", "Communicatie met ouders"),
    ("p", "Alle berichten van school gaan via Parro. Elke vrijdag verschijnt het weekbericht en in augustus "
          "krijgen ouders de jaarkalender. Ouders die een vraag stellen, krijgen binnen twee werkdagen "
          "antwoord. Bij zorgen over een kind belt de leerkracht; dat doen we niet per mail. In de "
          "tevredenheidspeiling van 2023 gaven ouders de communicatie een 6,9. Dat moet beter: daarom komt er "
          "een ouderpanel (zie Partnerschap) en maken we in 2024-2025 vaste afspraken over wanneer de "
          "leerkracht zelf contact opneemt."),

    ("h1", "Vooruitstrevend"),
    ("p", "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Wij zijn "
          "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Dit hoofdstuk wordt "
          "in 2025 uitgewerkt."),

    ("h1", "Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij geven altijd het beste van "
          "onszelf en willen het maximale uit de mogelijkheden van onze leerlingen halen. Dit hoofdstuk wordt "
          "in 2025 uitgewerkt."),

    ("h1", "Goed en toegankelijk onderwijs"),
    ("h2", "De kwaliteit van ons onderwijs"),
    ("p", "Onze resultaten zijn voldoende, maar begrijpend lezen vraagt aandacht. Vanaf 2024-2025 lezen "
          "de groepen 5 tot en met 8 bij begrijpend lezen vooral teksten uit de lessen van Blink, in plaats van "
          "losse teksten, en elke groep heeft dagelijks twintig minuten stillezen. De leesresultaten bespreken "
          "we twee keer per jaar in het team."),
    ("h2", "Kwaliteitszorg"),
    ("p", "We werken volgens een vaste cyclus: het jaarplan in september, een tussenevaluatie in februari en "
          "het jaarverslag in juli. In januari en juni analyseren we de toetsresultaten per groep en "
          "schoolbreed. Eens in de twee jaar houden we met WMK een tevredenheidspeiling onder ouders, "
          "leerlingen en team. De directeur en de intern begeleider bezoeken elke groep twee keer per jaar met "
          "een kijkwijzer."),
    ("h2", "Zicht op leerlingen"),
    ("p", "De groepsbesprekingen (zie Gezien worden) leggen we vanaf 2024-2025 vast in ParnasSys met een vast "
          "format, zodat bij een wisseling van leerkracht niets verloren gaat."),
    ("h2", "Ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel (SOP) beschrijft wat we bieden. Naast de basisondersteuning hebben "
          "we een remedial teacher (twee dagen per week), begeleiding bij dyslexie en een plusklas op "
          "woensdagochtend voor kinderen uit groep 5 tot en met 8 die meer uitdaging nodig hebben. Kinderen "
          "met lichte gedragsproblemen kunnen we begeleiden met de aanpak van de Kanjertraining. Wat we niet "
          "kunnen bieden: langdurige één-op-één begeleiding, onderwijs aan kinderen met ernstige "
          "gedragsproblemen die een kleine groep nodig hebben, en een aangepast gebouw voor kinderen in een "
          "rolstoel (er is geen lift)."),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
          "alle leerlingen een passende onderwijsplek hebben."),
    ("h2", "Onze doelen"),
    ("doelen", DOELEN_ONDERWIJS),

    ("h1", "Personeel in positie"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op ASG. Wij hebben aandacht voor het "
          "welbevinden van onze medewerkers in elke levensfase. Dit hoofdstuk wordt in 2025 uitgewerkt, als "
          "het nieuwe HR-beleid van ASG bekend is."),

    ("h1", "De meerwaarde van ASG"),
    ("p", "Wij ontmoeten collega's van andere ASG-scholen regelmatig en wij delen de opbrengst van leren en "
          "ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen. Dit hoofdstuk wordt in 2025 "
          "uitgewerkt."),

    ("h1", "Partnerschap"),
    ("h2", "Ouders"),
    ("p", "In de eerste drie weken van het schooljaar voeren we met alle ouders een startgesprek; vanaf groep 5 "
          "is het kind er zelf bij. Ouders vertellen dan wat zij van hun kind weten en wat zij belangrijk "
          "vinden. In november en maart volgen de voortgangsgesprekken, waarin we samen kijken naar de "
          "resultaten en wat ouders thuis kunnen doen. Vanaf 2024-2025 is er een ouderpanel van acht ouders dat "
          "drie keer per jaar met de directeur meedenkt over wat beter kan."),
    ("h2", "Medezeggenschap"),
    ("p", "De MR bestaat uit twee ouders en twee leerkrachten en vergadert vijf keer per jaar. Voortaan "
          "bespreken we het jaarplan al in mei als concept met de MR, zodat de MR kan meedenken voordat het "
          "klaar is. Ook het formatieplan komt in maart als eerste opzet op de agenda."),
    ("h2", "Onze buren"),
    ("p", "In ons gebouw zit een kinderopvang met een peutergroep. De meeste peuters stromen door naar onze "
          "groep 1. Vanaf 2025-2026 houden de pedagogisch medewerker en de kleuterleerkracht voor elk kind een "
          "overdrachtsgesprek. Met de wijkgemeente in het Havenhart vieren we Kerst en Pasen, en twee keer per "
          "jaar komt de predikant in de groepen 7 en 8 vertellen over zijn werk."),
    ("h2", "Onze doelen"),
    ("doelen", DOELEN_PARTNERSCHAP),
]

SLOT = [
    "Dit schoolplan is vastgesteld door het bestuur van de Almeerse Scholen Groep op 25 juni 2024.",
    "De medezeggenschapsraad heeft op 14 mei 2024 advies gegeven over dit plan.",
]

# ---------------------------------------------------------------------------------------------
def _paginanummer(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("CBS De Wegwijzer  |  Schoolplan 2024-2028  |  pagina ")
    page_field(p)


def build(path):
    doc = Document()
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    kp = doc.core_properties
    kp.title = f"{TITEL} {SCHOOL}"
    kp.subject = "Schoolplan"
    kp.author = AUTEUR
    kp.last_modified_by = AUTEUR
    kp.language = "nl-NL"
    kp.keywords = "schoolplan; basisonderwijs; ASG"
    kp.created = VASTE_DATUM
    kp.modified = VASTE_DATUM
    kp.last_printed = VASTE_DATUM
    kp.revision = 3
    kp.comments = ""

    # Omslag
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(style="Title")
    p.add_run(TITEL)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(SCHOOL)
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(ONDERTITEL)
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("'Samen op weg'")
    r.italic = True
    for regel in OMSLAG:
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for soort, inhoud in BLOKKEN:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "bullets":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "doelen":
            tabel(doc, DOELKOP, inhoud, breedtes=[5.0, 7.5, 3.5])
            doc.add_paragraph()
        else:
            raise ValueError(soort)

    doc.add_heading("Vaststelling", level=1)
    for regel in SLOT:
        doc.add_paragraph(regel)
    tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Directeur CBS De Wegwijzer", "J. de Boer", "25 juni 2024", ""],
        ["Namens het bestuur", "", "25 juni 2024", ""],
    ])

    _paginanummer(doc)
    doc.save(path)
    deterministisch(path, datetime.datetime(2024, 6, 25, 9, 0, 0))
