"""Schoolplan 2025-2029 van CBS De Vijgenboom, christelijke basisschool in Almere Buiten.

Opbouw: kopjes als vetgedrukte Normal-alinea's (geen kopstijlen), veel verwijzingen naar andere
schooldocumenten, doelen als korte genummerde lijst.
Gebruik: build(path) schrijft het plan als .docx.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2025, 6, 25, 14, 5, 0)


def taal_nl_stijlen(doc) -> None:
    for stijlnaam in ("Normal", "List Number", "List Bullet"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def page_field(paragraph) -> None:
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


def deterministisch(path, when: datetime.datetime) -> None:
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


# ---------------------------------------------------------------- tekst
# Each section: (kop, [alinea's]). A kop is written as a bold Normal paragraph.

SECTIES = [
    ("Voorwoord", [
        "Beste lezer,",
        "Voor u ligt het schoolplan van CBS De Vijgenboom voor de periode 1 augustus 2025 tot en met 31 "
        "juli 2029. In dit plan leest u wie wij zijn, waar wij voor staan en waar wij de komende vier jaar "
        "aan werken. We hebben geprobeerd het plan kort en leesbaar te houden. Veel van wat wij doen, staat "
        "al beschreven in andere documenten: ons schoolondersteuningsprofiel, het veiligheidsplan, het "
        "burgerschapsplan, het taakbeleid en de schoolgids. Waar dat zo is, verwijzen we daarnaar. Al die "
        "documenten zijn op te vragen bij de directeur; de meeste staan ook op onze website.",
        "Het plan is geschreven door de directeur. Het team heeft op de studiemiddag van 12 februari 2025 "
        "meegedacht over de doelen; de opbrengst van die middag is verwerkt in hoofdstuk 12. Wij danken "
        "iedereen die heeft meegedacht.",
        "Jolanda Bakker-de Vries, directeur",
    ]),
    ("1. Wie zijn wij", [
        "CBS De Vijgenboom staat sinds 1988 in de Faunabuurt in Almere Buiten. We zijn een christelijke "
        "basisschool en horen bij de Almeerse Scholen Groep (ASG). Op 1 oktober 2024 telde de school 214 "
        "leerlingen in negen groepen. Het team bestaat uit negentien medewerkers: dertien leerkrachten, een "
        "intern begeleider, twee onderwijsassistenten, een conciërge, een administratief medewerker en de "
        "directeur. Onze schoolweging is 31,2. De buurt is de afgelopen jaren veranderd: er wonen meer "
        "jonge gezinnen, en ongeveer dertig procent van onze kinderen heeft een ouder die in een ander land "
        "is geboren.",
        "We hebben zeven enkele groepen en twee combinatiegroepen (groep 1-2 in twee groepen, en groep "
        "4/5). De meeste kinderen komen uit de Faunabuurt en de Bloemenbuurt; een kleine groep komt uit "
        "andere wijken van Almere Buiten, omdat de ouders bewust voor een christelijke school kiezen. Elk "
        "jaar stromen er ook tussentijds kinderen in, in 2023-2024 waren dat er veertien, vaak na een "
        "verhuizing. Ongeveer een op de zes kinderen heeft ondersteuning nodig bij taal.",
        "De naam van onze school komt uit de Bijbel, uit de gelijkenis van de vijgenboom die vrucht gaat "
        "dragen als hij tijd en zorg krijgt (Lucas 13). Zo willen wij ook naar kinderen kijken: met geduld "
        "en met vertrouwen dat ze groeien.",
        "Praktisch: wij werken met een continurooster. Alle groepen zijn op maandag, dinsdag, donderdag en "
        "vrijdag van 8.30 tot 14.15 uur op school en op woensdag van 8.30 tot 12.30 uur. De deuren gaan om "
        "8.20 uur open. Zo komen alle groepen op 940 uur onderwijstijd per jaar. Het gebouw dateert uit 1988. "
        "In de zomer van 2026 worden de vensters aan de zuidkant vervangen en krijgt het hele gebouw een "
        "nieuw ventilatiesysteem; dat wordt betaald uit het meerjarig onderhoudsplan van ASG. In ons gebouw "
        "zit ook kinderopvang De Kleine Reiger, met een peutergroep en buitenschoolse opvang.",
    ]),
    ("2. Terugblik op de vorige planperiode", [
        "In de periode 2021-2025 hebben we een nieuwe rekenmethode ingevoerd (Pluspunt 4, in 2022), zijn we "
        "overgestapt op het continurooster (augustus 2023) en hebben we Kwink ingevoerd voor sociaal-"
        "emotioneel leren. Het doel om in alle groepen met dezelfde instructie te werken, hebben we maar "
        "gedeeltelijk gehaald: het directe instructiemodel staat op papier, maar is niet in elke klas even "
        "goed zichtbaar. Dat pakken we in deze periode op (zie hoofdstuk 7). Het doel om meer ouders bij de "
        "school te betrekken is door de coronajaren blijven liggen.",
        "Wat ging er goed? De resultaten van groep 8 bleven boven de signaleringswaarden, het team is "
        "stabiel (in vier jaar vertrokken twee collega's) en het continurooster wordt door ouders en "
        "kinderen goed ontvangen. Wat kan beter? De instructie in de klas, het aanbod voor digitale "
        "geletterdheid en de betrokkenheid van een deel van de ouders.",
    ]),
    ("3. Identiteit, missie en visie", [
        "Wij zijn een christelijke school. Elke dag begint met een dagopening uit Trefwoord; we zingen en "
        "bidden samen, en we vieren Kerst en Pasen met de hele school. Vanuit ons geloof willen wij "
        "kinderen leren om naar elkaar om te zien.",
        "Het christelijk geloof is bij ons meer dan de dagopening. Elke maandag is er een weekopening per "
        "bouw in de aula, waar een groep het verhaal van de week uitspeelt. In de week voor Pasen hebben we "
        "een projectweek waarin de bovenbouw het paasverhaal als musical opvoert. Met de kerstviering "
        "gaan we met de hele school naar de kerk (zie hoofdstuk 9). Nieuwe leerkrachten volgen binnen twee "
        "jaar de cursus christelijke identiteit die ASG voor de christelijke scholen aanbiedt.",
        "Samen kleur geven aan goed onderwijs: dat is de missie van ASG en die delen wij. Voor De "
        "Vijgenboom betekent dat: ieder kind mag groeien, geworteld in een veilige en liefdevolle "
        "omgeving.",
        "Wij sluiten aan bij de kernwaarden van ASG. Onze school is gastvrij; iedereen voelt zich welkom. "
        "Ieder kind en iedere collega is waardevol en wordt gezien. Wij gaan respectvol om met de mensen "
        "binnen en buiten de school, en met een open blik kijken we naar de verscheidenheid van onze "
        "leerlingen en medewerkers. Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds "
        "te maken. En wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
    ]),
    ("4. Ons onderwijs", [
        "Ons onderwijs is gebaseerd op de kerndoelen voor het primair onderwijs. De methodes die we "
        "gebruiken, dekken samen de kerndoelen: Veilig Leren Lezen in groep 3, Staal voor taal en spelling "
        "in groep 4 tot en met 8, Nieuwsbegrip voor begrijpend lezen, Pluspunt 4 voor rekenen, Blink Wereld "
        "voor aardrijkskunde, geschiedenis, natuur en techniek, Trefwoord voor levensbeschouwing en Kwink "
        "voor sociaal-emotioneel leren. Engels krijgen de kinderen vanaf groep 1 met Take it easy. De "
        "groepen 3 tot en met 8 hebben twee keer per week gym van een vakleerkracht. Een overzicht van de "
        "onderwijstijd per vak staat in de schoolgids.",
        "Lezen krijgt bij ons veel aandacht. Elke ochtend begint na de dagopening met twintig minuten stil "
        "lezen in alle groepen, ook voor de leerkracht. In 2024 is de schoolbibliotheek vernieuwd met 1.200 "
        "nieuwe boeken via de Bibliotheek op school; eens in de twee weken is de leesconsulent van de "
        "bibliotheek een ochtend op school om kinderen te helpen bij het kiezen van een boek. In groep 3 "
        "lezen ouders op vrijdagmiddag mee in kleine groepjes.",
        "De kwaliteit van ons onderwijs is en blijft op orde. Op de doorstroomtoets van 2024 haalde 97 procent van onze leerlingen in groep 8 het fundamentele "
        "niveau 1F en 61 procent het streefniveau 2F/1S. Beide liggen ruim boven de signaleringswaarden van "
        "de inspectie; dat was in 2022 en 2023 ook zo. Bij het laatste bezoek van de inspectie, in 2021, "
        "zijn geen tekortkomingen vastgesteld.",
        "In alle groepen werken we met het directe instructiemodel. In deze planperiode verdiepen we dat met "
        "expliciete directe instructie (EDI); zie hoofdstuk 7.",
        "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen.",
        "De nieuwe kerndoelen voor digitale geletterdheid komen eraan. Een werkgroep van drie leerkrachten "
        "(groep 2, 5 en 7) kiest in 2025-2026 een leerlijn; we kijken naar Basicly en naar de lessen van "
        "Mediawijsheid. Vanaf 2026-2027 krijgen alle groepen elke week een half uur digitale geletterdheid. "
        "De aanschaf van twintig extra Chromebooks is daarvoor al opgenomen in de begroting van 2026.",
        "Burgerschap. Wat wij onder burgerschap verstaan en hoe we het aanbieden, is uitgewerkt in ons "
        "burgerschapsplan (juni 2024). Dat plan hoort bij dit schoolplan.",
    ]),
    ("5. Zorg en ondersteuning", [
        "We hebben zicht op wat onze leerlingen nodig hebben. Dat begint bij het kind zelf. Vanaf groep 4 "
        "voert de leerkracht twee keer per jaar, in oktober en in maart, een kindgesprek van ongeveer tien "
        "minuten met ieder kind: hoe gaat het, wat lukt er, wat vind je moeilijk en wat heb je nodig? In "
        "groep 1 tot en met 3 gebeurt dat in de kleine kring. Wat de kinderen vertellen, nemen de "
        "leerkrachten mee naar de groepsbespreking met de intern begeleider.",
        "Welke basisondersteuning en extra ondersteuning wij bieden, staat in ons "
        "schoolondersteuningsprofiel (zie ons schoolondersteuningsprofiel op de website en in de "
        "schoolgids). De zorgroute en de taken van de intern begeleider staan eveneens in de schoolgids.",
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
        "alle leerlingen een passende onderwijsplek hebben. De afspraken daarover staan in het "
        "ondersteuningsplan van het samenwerkingsverband Passend Onderwijs Almere.",
    ]),
    ("6. Veiligheid", [
        "Een veilige school is de basis voor alles. Hoe wij de sociale veiligheid organiseren, dit staat in "
        "het veiligheidsplan (herzien in 2023), met daarin ook het pestprotocol en de meldcode huiselijk "
        "geweld en kindermishandeling.",
        "Een paar dingen noemen we hier. In de eerste zes weken van het schooljaar, de Gouden Weken, maakt "
        "iedere groep eigen groepsafspraken, die zichtbaar in de klas hangen. Onze anti-pestcoördinator is "
        "juf Samira Bouzid (groep 6); kinderen en ouders kunnen rechtstreeks bij haar terecht. Elk jaar in "
        "november vullen de kinderen van groep 5 tot en met 8 de vragenlijst sociale veiligheid van Kwink "
        "in. In november 2024 gaf 94 procent aan zich veilig te voelen op school; bij de vraag of er op het "
        "plein gepest wordt, scoorden we lager. Sinds januari 2025 staan er daarom in elke pauze twee "
        "pleinwachten buiten in plaats van één.",
    ]),
    ("7. Personeel", [
        "Onze medewerkers zijn het belangrijkste wat we hebben. ASG heeft aandacht voor het welbevinden van "
        "medewerkers in elke levensfase; ons taakbeleid regelt dit. Wij willen vitale collega's die met "
        "plezier naar school komen. Voor de gesprekken met medewerkers volgen we de gesprekkencyclus: zie "
        "het personeelsbeleid van ASG.",
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling, door het bijwonen van "
        "bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie.",
        "Als team kiezen we in deze periode voor één gezamenlijk scholingstraject: expliciete directe "
        "instructie. In 2025-2026 volgt het hele team vier studiebijeenkomsten bij een trainer van de "
        "CED-Groep; in 2026-2027 volgen twee terugkombijeenkomsten. De directeur en de intern begeleider "
        "leggen in elke groep twee keer per jaar een klassenbezoek af met de EDI-kijkwijzer en "
        "bespreken dat bezoek na met de leerkracht. De scholing wordt betaald uit het "
        "scholingsbudget van de school (ongeveer 9.000 euro).",
        "Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit binnen ASG; de vacatures "
        "staan op het intranet van ASG.",
        "Eén collega in groep 5 werkt sinds augustus 2024 als zij-instromer en haalt haar bevoegdheid via "
        "de pabo van Windesheim. Zij heeft een vaste coach (onze bouwcoördinator) en een vrije middag per "
        "week voor haar studie; die middag neemt een onderwijsassistent haar groep over. Zij rondt de "
        "opleiding naar verwachting in 2026 af.",
        "Hoe de taken en de uren verdeeld worden, ons taakbeleid regelt dit; zie het taakbeleid 2025-2026.",
    ]),
    ("8. Samen met ASG", [
        "Wij zijn onderdeel van ASG, en dat merken we. Binnen ASG ontmoeten collega's van alle scholen en "
        "het servicebureau elkaar regelmatig, bijvoorbeeld op de ASG-brede studiedag. ASG beschikt over "
        "interne expertise op veel beleidsgebieden, zodat de scholen een samenhangend aanbod krijgen. Wij "
        "weten bij het servicebureau wie we voor welke vraag moeten benaderen, bijvoorbeeld voor "
        "personeelszaken en ICT.",
    ]),
    ("9. Ouders en partners", [
        "Ouders zijn betrokken bij het leerproces van hun kind. Dat vragen we van ouders, en we doen er zelf "
        "ook iets voor. In de derde schoolweek houden we startgesprekken: de leerkracht spreekt met de "
        "ouders, vanaf groep 5 met het kind erbij, over wat het kind dit jaar nodig heeft en wat ouders thuis "
        "zien. In februari en juni volgen de tienminutengesprekken over het rapport. Eén keer per maand is "
        "er een koffieochtend met de directeur, steeds met een thema, zoals lezen thuis of mediagebruik. Aan "
        "het eind van elke periode is er een open podium, waar groepen optreden voor ouders en grootouders.",
        "De ouderraad, met tien actieve ouders, organiseert samen met het team het sinterklaasfeest, de "
        "sponsorloop, de avondvierdaagse en de afscheidsavond van groep 8. De ouderraad beheert ook de "
        "vrijwillige ouderbijdrage van 35 euro per kind per jaar.",
        "Ouders ontvangen elke vrijdag de weekbrief via Parro. In Parro plaatst de leerkracht ook berichten "
        "en foto's uit de groep. Een bericht van ouders beantwoorden we binnen twee schooldagen. Bij grote "
        "veranderingen, zoals het continurooster in 2023, vragen we eerst met een enquête wat ouders ervan "
        "vinden, en we maken de uitkomst bekend in de weekbrief.",
        "De medezeggenschapsraad is voor ons een klankbord en een sparringpartner bij voorgenomen beleid en "
        "de uitvoering daarvan. Meer over de MR staat in de schoolgids en in het MR-reglement.",
        "Wij werken proactief samen met een breed scala aan partners. Met kinderopvang De Kleine Reiger in "
        "ons gebouw hebben we een warme overdracht: voor iedere peuter die naar groep 1 gaat, is er een "
        "overdrachtsgesprek tussen de pedagogisch medewerker, de leerkracht van groep 1-2 en de ouders. De "
        "schoolmaatschappelijk werker van het wijkteam is elke dinsdagochtend op school. Met de "
        "Goede Herderkerk in onze wijk vieren we Kerst, en de groepen 7 en 8 zamelen elk voorjaar "
        "houdbare producten in voor de Voedselbank Almere.",
    ]),
    ("10. Middelen", [
        "De school wordt bekostigd via ASG. De begroting wordt elk jaar in het najaar opgesteld. Voor deze planperiode zijn er drie grotere uitgaven voorzien: de vervanging van de "
        "taalmethode Staal, die in 2027 aan vervanging toe is; twintig extra Chromebooks in 2026, zodat "
        "vanaf groep 5 ieder kind een eigen apparaat heeft; en de vernieuwing van het schoolplein in 2028, "
        "samen met de ouderraad, die daarvoor al drie jaar spaart met de sponsorloop. Het onderhoud van het "
        "gebouw loopt via het onderhoudsplan van ASG.",
    ]),
    ("11. Kwaliteit", [
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal, en zichtbaar in de school. "
        "Wij volgen daarbij het kwaliteitsbeleid van ASG. Hoe wij de kwaliteit bewaken en verbeteren, staat "
        "in ons kwaliteitshandboek. De doelen hieronder werken we elk jaar uit in het jaarplan.",
    ]),
]

DOELEN = [
    "Expliciete directe instructie is in alle groepen zichtbaar: in juni 2027 scoort ten minste 80 procent "
    "van de bezochte lessen voldoende op de EDI-kijkwijzer.",
    "Vanaf schooljaar 2026-2027 krijgen alle groepen elke week les in digitale geletterdheid.",
    "We leggen de lat hoger bij begrijpend lezen: het aandeel leerlingen dat op de doorstroomtoets het "
    "streefniveau 2F/1S haalt, groeit van 61 naar 65 procent.",
    "Het burgerschapsplan wordt in alle groepen uitgevoerd.",
    "Meer ouders komen naar de koffieochtenden en de startgesprekken.",
    "We actualiseren het veiligheidsplan.",
    "Ieder kind voelt zich op De Vijgenboom gezien.",
]

SLOT = [
    "De medezeggenschapsraad heeft op 3 juni 2025 ingestemd met dit schoolplan. Het College van Bestuur van "
    "de Almeerse Scholen Groep heeft het schoolplan vastgesteld op 24 juni 2025.",
    "Namens de MR: A. (Anneke) Postma, voorzitter ____________________",
    "Namens het College van Bestuur: ____________________",
    "Namens de school: J. Bakker-de Vries, directeur ____________________",
]


# ---------------------------------------------------------------- opbouw

def _kop(doc, tekst: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(12)


def build(path) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    cp = doc.core_properties
    cp.title = "Schoolplan CBS De Vijgenboom 2025-2029"
    cp.author = "directie De Vijgenboom"
    cp.created = cp.modified = STEMPEL
    cp.last_modified_by = "directie De Vijgenboom"
    cp.revision = 3

    voet = sec.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    # titel
    for tekst, grootte, vet in (
        ("Schoolplan 2025 – 2029", 22, True),
        ("CBS De Vijgenboom", 18, True),
        ("christelijke basisschool · Faunabuurt · Almere Buiten", 12, False),
        ("Geworteld en groeiend", 12, False),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = vet
        r.font.size = Pt(grootte)
        if tekst == "Geworteld en groeiend":
            r.italic = True
    p = doc.add_paragraph("BRIN 12WN · onderdeel van de Almeerse Scholen Groep")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()

    for kop, alineas in SECTIES:
        _kop(doc, kop)
        for t in alineas:
            doc.add_paragraph(t)

    _kop(doc, "12. Onze doelen voor 2025-2029")
    doc.add_paragraph("Op de studiemiddag van 12 februari 2025 heeft het team de volgende doelen gekozen:")
    for d in DOELEN:
        doc.add_paragraph(d, style="List Number")

    _kop(doc, "13. Instemming en vaststelling")
    for t in SLOT:
        doc.add_paragraph(t)

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    uit = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx")
    build(uit)
    print(uit)
