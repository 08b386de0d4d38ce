"""Plan 04: Basisschool De Steiger (PO, openbaar), schoolplan 2024-2028.

Ontwerp: kort plan dat maar een deel van de koers behandelt (Gezien worden, venster 1 en
venster 2). Heading-stijlen voor de hoofdstukken, vetgedrukte Normal-alinea's voor de
subparagrafen, doelen als genummerde lijst met data, planperiode op het voorblad, geen
vermelding van MR-instemming. Alleen python-docx en de standaardbibliotheek.
"""

import datetime
import pathlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

SCHOOL = "Basisschool De Steiger"

VOORBLAD = [
    ("groot", "Basisschool De Steiger"),
    ("groot", "Schoolplan 2024-2028"),
    ("p", "Gezien worden, goed onderwijs en een sterk team"),
    ("p", "Openbare basisschool in Almere Poort"),
    ("p", "Almeerse Scholen Groep"),
]

INHOUD = [
    "1. Waarom dit plan",
    "2. Onze school",
    "3. Gezien worden",
    "4. Goed en toegankelijk onderwijs",
    "5. Personeel in positie",
    "6. Onze doelen",
    "7. Ondertekening",
]

BLOKKEN = [
    # ------------------------------------------------------------------ 1
    ("h1", "1. Waarom dit plan"),
    ("p", "De Steiger is een jonge school in een snel groeiende wijk. In vier jaar tijd is de school "
          "gegroeid van 90 naar ruim 260 leerlingen, en het team is in dezelfde periode bijna "
          "verdrievoudigd. Dat vraagt om keuzes. In dit schoolplan richten we ons daarom bewust op drie "
          "onderdelen van Koers 22: de kernwaarde Gezien worden, venster 1 (Goed en toegankelijk "
          "onderwijs) en venster 2 (Personeel in positie). De andere kernwaarden en vensters pakken we "
          "op in de jaarplannen vanaf 2026-2027, als de groei van de school afvlakt."),
    ("p", "We hebben het plan kort gehouden. Per onderdeel beschrijven we waar we staan en wat we gaan "
          "doen. In hoofdstuk 6 staan al onze doelen in één genummerde lijst, met de datum waarop we ze "
          "willen halen."),
    ("p", "Het plan is gemaakt met het team, op twee studiemiddagen in het voorjaar van 2024. We hebben "
          "toen per onderdeel van de koers gekeken wat er al goed gaat en wat er beter moet. Wat er al goed "
          "gaat, beschrijven we kort; de rest van het plan gaat over wat we willen verbeteren."),

    # ------------------------------------------------------------------ 2
    ("h1", "2. Onze school"),
    ("p", "De Steiger is een openbare basisschool in Almere Poort, geopend in 2019. Op 1 oktober 2023 "
          "telde de school 262 leerlingen in twaalf groepen; in 2027 verwachten we er ongeveer 380. Tot de "
          "zomer van 2025 zitten we in een tijdelijk gebouw. Daarna verhuizen we naar een nieuw gebouw in "
          "de wijk, dat we delen met een kinderopvangorganisatie. Het team telt 24 medewerkers. Bijna de "
          "helft van de leerkrachten heeft minder dan vijf jaar ervaring en drie collega's zijn "
          "zij-instromer."),
    ("p", "Elk jaar komen er veel leerlingen tussentijds binnen, vaak na een verhuizing. Een deel van hen "
          "heeft een achterstand of een ondersteuningsbehoefte die nog niet in beeld is. Dat bepaalt voor "
          "een belangrijk deel de keuzes in dit plan."),
    ("p", "Onze missie is 'Een stevige basis voor ieder kind'. We willen dat kinderen bij ons goed leren "
          "lezen, schrijven en rekenen, dat ze zich veilig voelen en dat ze met zelfvertrouwen naar het "
          "voortgezet onderwijs gaan. Juist in een wijk waar veel gezinnen nieuw zijn, willen we voor "
          "kinderen een vaste plek zijn waar ze gekend worden."),

    # ------------------------------------------------------------------ 3
    ("h1", "3. Gezien worden"),
    ("sub", "Welkom in een groeiende school"),
    ("p", "Op De Steiger komen bijna elke week nieuwe kinderen binnen. We willen dat zij en hun ouders "
          "zich vanaf de eerste dag welkom voelen. Elk nieuw gezin krijgt een rondleiding door twee "
          "leerlingen van de leerlingenraad en een kennismakingsgesprek met de leerkracht vóór de eerste "
          "schooldag. Een nieuwe leerling krijgt in de groep een vast maatje voor de eerste twee weken. "
          "Op vrijdagochtend is de koffiehoek in de hal open voor alle ouders, zodat nieuwe ouders elkaar "
          "leren kennen. Bij de ingang hangt een bord met foto's en namen van alle "
          "medewerkers, zodat bezoekers en nieuwe ouders weten wie wie is."),
    ("sub", "Ieder kind in beeld"),
    ("p", "In een school die zo snel groeit, is het risico groot dat een kind uit beeld raakt. Daarom "
          "voert elke leerkracht in de eerste zes weken van het schooljaar een kort kennismakingsgesprek "
          "met ieder kind uit de groep. In de groepen 5 tot en met 8 vullen kinderen twee keer per jaar "
          "een 'Hoe gaat het met mij?'-kaart in, die de leerkracht daarna met elk kind bespreekt. In de "
          "teamvergadering noemen we eens per maand de kinderen over wie we weinig weten; een collega "
          "neemt dan de taak op zich om dat kind de komende weken extra aandacht te geven."),
    ("sub", "Weten wat nodig is"),
    ("p", "Bij leerlingen die tussentijds instromen, voert de intern begeleider binnen zes weken een "
          "instroomgesprek met de ouders. Vanaf groep 3 nemen we binnen vier weken een korte toets voor "
          "lezen en rekenen af, zodat we snel weten waar het kind staat, en vragen we het dossier van de "
          "vorige school op. Ook bij medewerkers vragen we wat ze nodig hebben: in het startgesprek aan "
          "het begin van het schooljaar bespreken we welke begeleiding iemand wil, en startende "
          "leerkrachten kunnen maandelijks bij de directeur terecht met vragen over hun groep."),
    ("sub", "Sociale veiligheid"),
    ("p", "We meten de veiligheidsbeleving jaarlijks in de groepen 5 tot en met 8 met een gevalideerde "
          "vragenlijst. In 2023 gaf 91 procent van de leerlingen aan zich veilig te voelen. De intern "
          "begeleider is anti-pestcoördinator en incidenten registreren we in ParnasSys. Voor leerlingen "
          "die instromen na een negatieve ervaring op een vorige school, maken we een plan voor de eerste "
          "weken, met een vaste volwassene bij wie het kind terechtkan."),

    # ------------------------------------------------------------------ 4
    ("h1", "4. Goed en toegankelijk onderwijs"),
    ("sub", "Ons onderwijsprogramma"),
    ("p", "Ons aanbod dekt de kerndoelen van het primair onderwijs. We werken met Veilig Leren Lezen, "
          "Atlas voor rekenen, Taal in Beeld voor taal en spelling, Leeslink voor begrijpend lezen en "
          "Faqta voor wereldoriëntatie. In de groepen 1 en 2 werken we thematisch met de leerlijnen jonge "
          "kind. Alle leerkrachten geven les volgens het directe-instructiemodel. In de groepen 4 tot en "
          "met 8 besteden we per week minimaal vijf uur aan rekenen en zes uur aan taal en lezen. We "
          "werken toe naar de referentieniveaus: iedere leerling haalt minimaal 1F, en leerlingen die dat "
          "kunnen 2F of 1S."),
    ("sub", "Waar staan we?"),
    ("p", "Bij het onderzoek van de inspectie in het voorjaar van 2023 was de basiskwaliteit op orde. "
          "De eindtoetsresultaten van 2024 lagen boven de signaleringswaarden: 96 procent van de leerlingen "
          "haalde 1F bij lezen en 91 procent bij rekenen; 62 procent haalde 2F bij lezen en 39 procent 1S "
          "bij rekenen. Rekenen blijft een aandachtspunt. Vanaf 2024-2025 krijgen leerlingen in de groepen "
          "6 tot en met 8 die onder het verwachte niveau zitten twee keer per week verlengde instructie "
          "van een onderwijsassistent."),
    ("sub", "Zicht op wat leerlingen nodig hebben"),
    ("p", "Drie keer per jaar bespreekt de intern begeleider met iedere leerkracht de hele groep. Ze kijken "
          "naar de toetsresultaten, de observaties en de kaarten van de kinderen, en spreken af wie welke "
          "instructie krijgt. De afspraken komen in een groepsoverzicht van één pagina. Kinderen die "
          "opvallen, worden besproken in het zorgoverleg van de school, waarbij de onderwijsconsulent van "
          "het samenwerkingsverband kan aansluiten."),
    ("sub", "Ondersteuning en ons SOP"),
    ("p", "In ons schoolondersteuningsprofiel staat wat we in de basisondersteuning bieden: extra "
          "instructie in kleine groepjes, een aanbod voor kinderen die meer aankunnen, het "
          "dyslexieprotocol en begeleiding bij werkhouding en gedrag. Extra ondersteuning bieden we met "
          "een arrangement van het samenwerkingsverband, bijvoorbeeld voor kinderen met een "
          "taalontwikkelingsstoornis. We beschrijven daarin ook eerlijk wat we niet kunnen: in het "
          "tijdelijke gebouw is er geen ruimte voor een prikkelarme werkplek buiten de klas. Met de "
          "verhuizing naar het nieuwe gebouw verandert dat. Daarom herschrijven we het SOP in 2024-2025."),
    ("sub", "Voorbereid op de toekomst"),
    ("p", "Het nieuwe gebouw krijgt een maakplaats met materiaal voor techniek, programmeren en "
          "ontwerpen. Vanaf de verhuizing krijgen de groepen 5 tot en met 8 daar om de week een les "
          "wetenschap en techniek. Daarnaast voeren we een doorgaande leerlijn digitale geletterdheid in "
          "voor groep 1 tot en met 8, met aandacht voor mediawijsheid, informatievaardigheden en "
          "programmeren. In 2024-2025 stellen we de leerlijn op met een externe adviseur, die ook het team "
          "traint."),

    # ------------------------------------------------------------------ 5
    ("h1", "5. Personeel in positie"),
    ("p", "Wij hebben aandacht voor het welbevinden van al onze medewerkers, in elke levensfase. Met een "
          "jong team en veel nieuwe collega's ligt onze nadruk de komende jaren op goede begeleiding en "
          "scholing."),
    ("sub", "Starters en zij-instromers"),
    ("p", "Drie collega's zijn als zij-instromer begonnen en volgen naast hun werk de opleiding tot "
          "leraar. Zij krijgen een coach van het opleidingsinstituut en worden begeleid door de "
          "bouwcoördinator, die elke twee weken in hun groep komt kijken. Ze hebben één vaste studiedag "
          "per week en staan het eerste jaar niet alleen voor een combinatiegroep. Startende leerkrachten "
          "volgen een inductieprogramma van drie jaar: in het eerste jaar wekelijkse begeleiding, in het "
          "tweede jaar maandelijks, in het derde jaar op afroep."),
    ("sub", "Scholing"),
    ("p", "In 2024-2025 volgt het hele team de training directe instructie van de ASG Academie. Daarnaast "
          "kiest iedere leerkracht jaarlijks minimaal één cursus of bijeenkomst die aansluit bij zijn "
          "ontwikkeldoel of bij de schooldoelen. De directeur houdt bij wie welke scholing heeft gevolgd."),
    ("sub", "De gesprekscyclus en bekwaamheid"),
    ("p", "Iedere medewerker heeft jaarlijks een startgesprek, een voortgangsgesprek en een eindgesprek "
          "met de directeur. Voor het voortgangsgesprek brengt de directeur een klassenbezoek met de "
          "kijkwijzer van de school, die beschrijft wat wij verstaan onder goed pedagogisch en didactisch "
          "handelen. Eens in de drie jaar is het eindgesprek een beoordelingsgesprek. Alle afspraken komen "
          "in het personeelsdossier."),

    # ------------------------------------------------------------------ 6
    ("h1", "6. Onze doelen"),
    ("p", "Dit zijn onze doelen voor de komende vier jaar. In de jaarplannen werken we ze verder uit."),
    ("nummers", [
        "Uiterlijk 1 oktober 2024 heeft elke nieuwe leerling vóór de eerste schooldag een "
        "kennismakingsgesprek met ouders en leerkracht gehad; dit blijft daarna de vaste werkwijze.",
        "Uiterlijk juni 2025 geeft minimaal 85 procent van de ouders in de ouderpeiling aan zich welkom "
        "te voelen op school (2023: 74 procent).",
        "Vanaf januari 2025 bespreekt elke leerkracht in de groepen 5 tot en met 8 twee keer per jaar de "
        "'Hoe gaat het met mij?'-kaart met ieder kind.",
        "Uiterlijk juni 2026 voelt minimaal 95 procent van de leerlingen in de groepen 5 tot en met 8 "
        "zich veilig op school (2023: 91 procent).",
        "In juni 2026 haalt minimaal 45 procent van de leerlingen 1S bij rekenen (2024: 39 procent).",
        "Uiterlijk 1 maart 2025 is het SOP herschreven en staat het op de website.",
        "Uiterlijk 1 juli 2026 is de leerlijn digitale geletterdheid in alle groepen ingevoerd en "
        "krijgen de groepen 5 tot en met 8 om de week les in de maakplaats.",
        "Uiterlijk augustus 2026 hebben de drie zij-instromers hun bevoegdheid behaald.",
        "In juni 2025 heeft het hele team de training directe instructie afgerond en laat elke "
        "leerkracht bij het klassenbezoek alle fasen van het model zien.",
        "Vanaf schooljaar 2024-2025 heeft elke medewerker jaarlijks een start-, voortgangs- en "
        "eindgesprek, vastgelegd in het personeelsdossier.",
    ]),

    # ------------------------------------------------------------------ 7
    ("h1", "7. Ondertekening"),
    ("p", "Almere, 1 juli 2024"),
    ("p", "Sanne Verhoeven, directeur Basisschool De Steiger"),
    ("p", "Handtekening: ______________________"),
]


def _sub(doc, tekst):
    p = doc.add_paragraph()
    run = p.add_run(tekst)
    run.bold = True
    return p


def build(path: pathlib.Path) -> None:
    doc = Document()

    props = doc.core_properties
    props.title = "Schoolplan 2024-2028 Basisschool De Steiger"
    props.author = "S. Verhoeven"
    props.created = datetime.datetime(2024, 7, 1, 12, 0, 0)
    props.modified = datetime.datetime(2024, 7, 1, 12, 0, 0)
    props.revision = 1

    for soort, tekst in VOORBLAD:
        p = doc.add_paragraph()
        run = p.add_run(tekst)
        if soort == "groot":
            run.bold = True
            run.font.size = Pt(24)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _sub(doc, "Inhoud")
    for regel in INHOUD:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blok in BLOKKEN:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "sub":
            _sub(doc, blok[1])
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "nummers":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Number")
        else:
            raise ValueError(soort)

    doc.save(str(path))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_04_steiger.docx"))
