"""Plan 29: Vaartkant College, Almere Haven.

Een openbare school voor vmbo-t en havo met 652 leerlingen. Het plan is geschreven in de korte
stijl 'één A4 per venster': na een korte schets van de school en een blok 'Onze waarden' (vier
bullets, waarvan drie zinnen uit de bestuurskoers herhalen) volgt per venster van de koers een
Kop 1 met alleen opsommingen onder de drie labels 'Wat we doen', 'Wat we gaan doen' en 'Waaraan
zie je het', met percentages en data. In elk venster staan ook een paar wensen zonder inhoud
('we willen…', 'meer aandacht voor…'). De planperiode staat alleen in de titel. De instemming
van de MR staat in één zin op de laatste pagina. Over het openbare karakter zegt het plan niets
meer dan het woord 'openbare' in de ondertitel.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

TITEL = "Schoolplan Vaartkant College 2025-2029"
ONDERTITEL = "Openbare school voor vmbo-t en havo · Almere Haven"

SCHOOL = [
    "652 leerlingen op 1 oktober 2024: 318 vmbo-t, 334 havo.",
    "Leerjaar 1 en 2: t/h-klassen; vanaf leerjaar 3 aparte stromen vmbo-t en havo.",
    "71 medewerkers: 54 docenten en 17 onderwijsondersteuners.",
    "Directeur Marieke Dekker; teamleider onderbouw Youssef el Amrani; teamleider bovenbouw Petra Smit.",
    "Inspectie: basisarrangement, laatste onderzoek maart 2023.",
    "Leerlingen komen vooral uit Almere Haven en Almere Stad; 41 basisscholen leveren leerlingen aan.",
    "Uitstroom vmbo-t 2024: 62% naar mbo-4, 31% naar havo 4 (bij ons of elders), 7% naar mbo-3 of anders.",
]

WAARDEN = [
    "Gezien worden: iedereen op onze school is waardevol en wordt gezien, iedereen voelt zich welkom.",
    "Open: wij gaan respectvol om met de mensen binnen en buiten de school en zijn transparant en "
    "toegankelijk in onze communicatie.",
    "Vooruitstrevend: we hebben lef, durven te experimenteren en wachten niet af.",
    "Ambitieus: wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
]

VENSTERS = [
    (
        "Venster 1 Goed en toegankelijk onderwijs",
        [
            (
                "Wat we doen",
                [
                    "Lessentabel: 32 lesuren van 50 minuten per week in leerjaar 1 tot en met 3; vmbo-t met "
                    "zes examenvakken en het praktijkgerichte programma Zorg & Technologie (3 uur per week "
                    "vanaf leerjaar 3); havo met de vier profielen C&M, E&M, N&G en N&T.",
                    "Taal en rekenen: diagnostische toetsen in oktober van leerjaar 1, 2 en 3; een extra "
                    "rekenuur en een leesuur (vrij lezen) per week in leerjaar 1 en 2.",
                    "Mentoraat: elke klas een eigen mentor; 2 mentoruren per week in leerjaar 1 en 2, 1 uur "
                    "in de hogere leerjaren; in de eerste zes weken een startgesprek met leerling en ouders.",
                    "Leerlingbespreking 4 keer per jaar per leerjaar met mentoren, teamleider en "
                    "ondersteuningscoördinator; afspraken per leerling in het leerlingdossier in Magister.",
                    "Schoolondersteuningsprofiel (januari 2025): naast de basisondersteuning begeleiding bij "
                    "dyslexie en dyscalculie, een faalangsttraining van 8 bijeenkomsten en Het Anker "
                    "(opvanglokaal, maximaal 6 leerlingen tegelijk, trajecten van 6 weken).",
                    "In het profiel staat ook wat we niet bieden: doorlopende één-op-éénbegeleiding en "
                    "intensieve gedragsbegeleiding in een kleine groep.",
                    "Leerlingen die meer nodig hebben bespreken we in het ondersteuningsteam met het "
                    "Samenwerkingsverband Passend Onderwijs Almere, schoolmaatschappelijk werk en de "
                    "jeugdarts; als een andere school beter past, regelen we samen binnen 8 weken een plek "
                    "in het vso of de bovenschoolse voorziening.",
                    "Veiligheid: veiligheidsmonitor elk jaar in februari; anti-pestcoördinator en "
                    "pestprotocol (herzien mei 2024); twee vertrouwenspersonen; incidenten geregistreerd in "
                    "Magister en per kwartaal besproken in de schoolleiding.",
                    "Burgerschap: leerlijn in het mentoruur van leerjaar 1 tot en met 3 (democratie, "
                    "rechtsstaat, mediawijsheid); maatschappijleer in vmbo-t 3 en havo 4; debatproject in "
                    "havo 4 met raadsleden van de gemeente Almere.",
                    "Leerlingenraad van 14 leerlingen: 6 keer per jaar overleg met de directeur.",
                    "Huiswerkklas op maandag tot en met donderdag tot 16.30 uur, gratis, begeleid door twee "
                    "onderwijsassistenten en ouderejaars havo (gemiddeld 45 leerlingen per week).",
                    "Examentraining voor havo 5 en vmbo-t 4 in de meivakantie (3 dagen, vrijwillig, in 2024 "
                    "deden 88 leerlingen mee).",
                    "NT2-ondersteuning: 2 uur per week voor leerlingen die korter dan vier jaar in Nederland "
                    "wonen (12 leerlingen in 2024).",
                    "Loopbaanoriëntatie: LOB-portfolio vanaf leerjaar 2; elke leerling in vmbo-t 3 en havo 4 "
                    "loopt twee meeloopdagen bij een mbo-opleiding of hogeschool.",
                    "Kwaliteitszorg: 2 lesbezoeken per docent per jaar door de teamleider met onze kijkwijzer "
                    "(8 punten, o.a. activerende start, differentiatie, afsluiting); leerlingenquête in "
                    "november; resultaatanalyse per sectie in juni; sectieplannen en schooljaarplan; "
                    "kwartaalrapportage aan het bestuur.",
                    "Collegiale lesbezoeken: elke docent bezoekt 2 keer per jaar een les van een collega en "
                    "bespreekt de bevindingen in de sectievergadering.",
                    "Resultaten 2024: geslaagd vmbo-t 94%, havo 86%; onderbouwsnelheid 97%.",
                ],
            ),
            (
                "Wat we gaan doen",
                [
                    "Vanaf augustus 2026: leerlijn digitale geletterdheid in leerjaar 1 tot en met 3, 1 uur per "
                    "week (programmeren, informatievaardigheden, verantwoord gebruik van AI).",
                    "Vanaf augustus 2026: pilot keuzewerktijd in havo 4; 4 van de 32 lesuren kiezen leerlingen "
                    "zelf vak en docent; evaluatie juni 2027, besluit over havo 5 in oktober 2027.",
                    "Vanaf januari 2026: nieuw toetsbeleid havo 4, maximaal 3 toetsen per week.",
                    "Vóór oktober 2026: kijkwijzer uitgebreid met een punt over feedback; teamleiders en "
                    "schoolopleider scoren samen 10 lessen om dezelfde lat te hanteren.",
                    "We willen onderwijs ontwikkelen dat past bij de belevingswereld van onze leerlingen.",
                    "Meer aandacht voor leesplezier in de bovenbouw.",
                ],
            ),
            (
                "Waaraan zie je het",
                [
                    "Juni 2027: slagingspercentage havo ten minste 88% (2024: 86%); vmbo-t blijft ten minste 93%.",
                    "Juni 2027: 85% van de leerlingen in vmbo 2 haalt rekenniveau 2F (2024: 74%).",
                    "Februari 2027: ten minste 92% van de leerlingen voelt zich veilig (2024: 89%).",
                    "November 2026: 75% van de leerlingen geeft de mentor een 7 of hoger (2023: 66%).",
                    "Elk jaar vóór 1 juli: iedere docent heeft 2 collegiale lesbezoeken gedaan.",
                ],
            ),
        ],
    ),
    (
        "Venster 2 Personeel in positie",
        [
            (
                "Wat we doen",
                [
                    "Elk jaar in oktober of november een ontwikkelgesprek met de teamleider; eens in de drie "
                    "jaar een beoordelingsgesprek; verslag in het digitale personeelsdossier.",
                    "In 2024 had 78% van de medewerkers een ontwikkelgesprek.",
                    "Scholing: budget € 650 per fte per jaar; 4 studiedagen per jaar; starters volgen een "
                    "begeleidingstraject van twee jaar bij onze schoolopleider en de cursus Startende leraren "
                    "van de ASG Academie.",
                    "9 van de 54 docenten zijn nog niet bevoegd; ieder heeft een studieplan, een coach en 4 uur "
                    "studietijd per week in de normjaartaak; de school betaalt het collegegeld dat de "
                    "lerarenbeurs niet dekt.",
                    "Elke sectie werkt als leerteam aan één verbetervraag per jaar (lesson study) en presenteert "
                    "de uitkomst op de teamdag in juni.",
                    "Formatie 2024: 46,8 fte; 2 vacatures wiskunde niet vervuld, lessen opgevangen door een "
                    "leraar in opleiding en een extra uur bij twee collega's.",
                    "Teamleiders bezoeken nieuwe docenten in het eerste jaar 4 keer in de les, met nagesprek.",
                ],
            ),
            (
                "Wat we gaan doen",
                [
                    "Vanaf januari 2026: dezelfde gesprekscyclus voor onderwijsondersteuners, met het "
                    "gesprek bij hun eigen leidinggevende.",
                    "Vanaf augustus 2026: schoolopleider van 0,2 naar 0,4 fte, zodat elke starter en elke "
                    "onbevoegde docent eens per maand een coachingsgesprek heeft.",
                    "We willen aandacht voor het welbevinden van alle collega's in elke levensfase.",
                    "Wij willen een school met vitale medewerkers.",
                    "Meer aandacht voor werkdruk in de toetsweken.",
                ],
            ),
            (
                "Waaraan zie je het",
                [
                    "Juni 2026: 95% van de medewerkers heeft een ontwikkelgesprek gevoerd (2024: 78%).",
                    "Augustus 2028: alle 9 onbevoegde docenten zijn bevoegd of ingeschreven bij een "
                    "lerarenopleiding met een studieplan.",
                    "Juli 2027: elke medewerker heeft ten minste één scholing afgerond die in het "
                    "ontwikkelgesprek is afgesproken.",
                    "Juni van elk jaar: alle 11 secties presenteren hun verbetervraag op de teamdag.",
                ],
            ),
        ],
    ),
    (
        "Venster 3 De meerwaarde van ASG",
        [
            (
                "Wat we doen",
                [
                    "Onze examensecretaris overlegt 4 keer per jaar met de examensecretarissen van de andere "
                    "ASG-scholen voor voortgezet onderwijs; samen één format voor PTA en examenreglement.",
                    "De secties Nederlands en wiskunde doen mee in het ASG-vaknetwerk; in havo 3 maken zij met "
                    "twee andere ASG-scholen een gemeenschappelijke toets en vergelijken de uitslagen.",
                    "Doorstroom: vmbo-t-leerlingen met gemiddeld een 7,0 kunnen door naar havo 4 (ongeveer 30 "
                    "per jaar); havoleerlingen voor wie na leerjaar 3 het vwo beter past, stappen via een vaste "
                    "afspraak over naar een ASG-school met vwo.",
                    "Warme overdracht met 23 basisscholen, waarvan 15 van ASG: gesprek met elke groep-8-"
                    "leerkracht in mei.",
                ],
            ),
            (
                "Wat we gaan doen",
                [
                    "Juni 2026: de sectie wiskunde presenteert de uitkomst van haar leerteam op de ASG-brede "
                    "studiedag.",
                    "We willen dat onze collega's de collega's van de andere ASG-scholen regelmatig ontmoeten.",
                    "Meer gebruikmaken van het servicebureau bij roostering en inkoop.",
                    "Vanaf augustus 2026: de secties Engels en biologie sluiten aan bij het ASG-vaknetwerk en "
                    "maken met een andere ASG-school samen een schoolexamen voor havo 4.",
                ],
            ),
            (
                "Waaraan zie je het",
                [
                    "Juli 2027: 80% van de doorstromers uit vmbo-t haalt het havodiploma zonder te doubleren "
                    "(2024: 71%).",
                    "Vanaf 2026 elk jaar: 2 secties delen hun opbrengst op een ASG-studiedag.",
                ],
            ),
        ],
    ),
    (
        "Venster 4 Partnerschap",
        [
            (
                "Wat we doen",
                [
                    "Startgesprek met leerling en ouders in de eerste zes weken (zie venster 1).",
                    "Twee driehoeksgesprekken per jaar (mentor, leerling, ouder) in leerjaar 1 tot en met 3; "
                    "ouderavond per leerjaar in september.",
                    "Magister-ouderportaal: cijfers binnen 10 werkdagen zichtbaar; nieuwsbrief elke 6 weken; "
                    "ouderpanel 3 keer per jaar met de directeur.",
                    "MR van 12 leden (4 ouders, 2 leerlingen, 6 medewerkers), 6 vergaderingen per jaar; de "
                    "directeur legt jaarplan, formatie en lessentabel eerst als schets voor in een vooroverleg, "
                    "vóór het formele traject.",
                    "In school: schoolmaatschappelijk werk 2 dagen per week, jeugdarts GGD Flevoland, "
                    "leerplichtambtenaar, wijkagent met spreekuur op dinsdag.",
                    "Maatschappelijke stage in vmbo-t 3 (30 uur) bij buurthuis De Schakel, zorgcentrum "
                    "Havenhof en de voedselbank in Almere Haven.",
                    "Bedrijvenmiddag voor havo 4 in februari met ongeveer 20 bedrijven en instellingen uit "
                    "Almere; vmbo-t 3 bezoekt met Zorg & Technologie twee bedrijven per jaar.",
                    "Samen met de andere besturen voor voortgezet onderwijs in Almere en Hogeschool Windesheim "
                    "zijn we opleidingsschool: 12 leraren in opleiding per jaar, tegen het lerarentekort in "
                    "de stad.",
                ],
            ),
            (
                "Wat we gaan doen",
                [
                    "Vanaf september 2026: ouderavond over studiekeuze in vmbo-t 2 en havo 3.",
                    "Vanaf januari 2026: ouders van leerlingen in Het Anker krijgen elke week een kort bericht "
                    "van de begeleider over de voortgang.",
                    "We willen een belangrijke gesprekspartner zijn voor de gemeente.",
                    "Meer ouders in de ouderraad.",
                ],
            ),
            (
                "Waaraan zie je het",
                [
                    "Oktober 2026: 85% van de ouders is bij het startgesprek (2024: 71%).",
                    "Maart 2027: 80% van de ouders is tevreden over de informatie van school (2024: 68%).",
                    "Augustus 2027: 15 leraren in opleiding per jaar.",
                    "Juni 2026: in elke MR-vergadering staat ten minste één voornemen van de directie dat nog "
                    "in de schetsfase is.",
                ],
            ),
        ],
    ),
]

SLOT = "De medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan."


def _bullet(doc, tekst, niveau=1, vet=False):  # type: ignore[no-untyped-def]
    stijl = "List Bullet" if niveau == 1 else "List Bullet 2"
    p = doc.add_paragraph(style=stijl)
    run = p.add_run(tekst)
    run.bold = vet
    return p


def _pagina_einde(doc):  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "M. Dekker"
    cp.title = TITEL
    cp.created = datetime.datetime(2025, 6, 18, 9, 0)
    cp.modified = datetime.datetime(2025, 6, 18, 9, 0)
    cp.last_modified_by = "M. Dekker"

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Vaartkant College · pagina ")
    page_field(voet)

    doc.add_paragraph(TITEL, style="Title")
    doc.add_paragraph(ONDERTITEL)

    doc.add_heading("Onze school in het kort", level=1)
    for t in SCHOOL:
        _bullet(doc, t)

    doc.add_heading("Onze waarden", level=1)
    for t in WAARDEN:
        _bullet(doc, t)

    for kop, blokken in VENSTERS:
        _pagina_einde(doc)
        doc.add_heading(kop, level=1)
        for label, items in blokken:
            _bullet(doc, label, vet=True)
            for t in items:
                _bullet(doc, t, niveau=2)

    _pagina_einde(doc)
    doc.add_heading("Vaststelling", level=1)
    doc.add_paragraph(SLOT)

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 18, 9, 0))
