"""Schoolplan 2025-2029 van Praktijkschool De Vakwerf (VO, praktijkonderwijs, 219 leerlingen) in
Almere Buiten, een openbare school van de Almeerse Scholen Groep.

Ontwerp: geen kopstijlen; alle kopjes zijn vetgedrukte Normal-alinea's. Het plan volgt de vier vensters
van ASG Koers 22 en noemt de kernwaarden kort aan het eind. Binnen dezelfde alinea staat vaak eerst een
bestuurszin in de wij-vorm en daarna eigen inhoud over een ándere doelstelling (kwaliteit op orde ->
IOP, belevingswereld -> ondersteuningsprofiel, welbevinden -> onbevoegde docenten, vitale werknemers ->
gesprekscyclus, ontmoeten -> doorstroom naar het vmbo, gesprekspartner -> MR en leerlingenraad), of een
bestuurszin gevolgd door alleen een opsomming van middelen (kwaliteitszorg, professionele ontwikkeling,
ouders). De doelen staan in één tabel met de kolommen Doel, Indicator, Wanneer en Venster; de kolom
Venster is bij de meeste rijen ingevuld. Een hoofdstuk praktische zaken gebruikt woorden uit de koers in
een andere betekenis (open dag, gastvrije kantine, ambitieus verbouwingsplan, netwerkkabels,
transparante wanden, dekkende begroting). De MR heeft alleen positief geadviseerd; het openbare karakter
wordt alleen genoemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

# Elk blok: ("kop", tekst, grootte) voor een vetgedrukt kopje, ("alinea", tekst) voor lopende tekst,
# ("waarde", naam, tekst) voor een kernwaarde met vetgedrukte naam, ("tabel",) voor de doelentabel.
BLOKKEN: list[tuple] = [
    ("titel", "Schoolplan 2025-2029"),
    ("alinea", "Praktijkschool De Vakwerf"),
    ("alinea", "Openbare school voor praktijkonderwijs · Almere Buiten · BRIN 31FX"),
    ("alinea", "Almeerse Scholen Groep · directeur: Marco Verbeek"),

    ("kop", "1 Over De Vakwerf", 14),
    ("alinea",
     "Praktijkschool De Vakwerf is een openbare school voor praktijkonderwijs in Almere Buiten en maakt deel "
     "uit van de Almeerse Scholen Groep (ASG). Op 1 oktober 2024 hadden wij 219 leerlingen van 12 tot 18 jaar, "
     "in vijftien groepen van gemiddeld veertien leerlingen. Onze leerlingen komen bij ons met een "
     "toelaatbaarheidsverklaring voor praktijkonderwijs; de meesten hebben een IQ tussen 55 en 80 en een "
     "leerachterstand van drie jaar of meer bij begrijpend lezen en rekenen. Ruim de helft woont in Almere "
     "Buiten, de rest in Almere Stad, Almere Haven en Almere Poort, en een kleine groep komt uit Zeewolde. Zij "
     "verlaten de school tussen hun zestiende en achttiende en gaan dan aan het werk, naar een entree-opleiding "
     "op het mbo of, voor een kleine groep, naar dagbesteding."),
    ("alinea",
     "Het team telt 46 medewerkers (33,8 fte): docenten algemene vakken en praktijkvakken, praktijkinstructeurs, "
     "twee stagedocenten, een jobcoach, een zorgcoördinator, een orthopedagoog, onderwijsassistenten, een "
     "conciërge, twee administratief medewerkers, twee teamleiders (onderbouw en bovenbouw) en de directeur. "
     "Dit schoolplan volgt de vier vensters van de ASG-koers en sluit af met onze kernwaarden, onze doelen en "
     "een hoofdstuk met praktische zaken."),

    ("kop", "2 Goed en toegankelijk onderwijs", 14),
    ("kop", "2.1 Ons onderwijsprogramma", 12),
    ("alinea",
     "In leerjaar 1 en 2 krijgen de leerlingen 32 lesuren per week, voor de helft algemene vakken en voor de "
     "helft praktijk. Nederlands en rekenen krijgen zij in niveaugroepen, elk vier uur per week, met opdrachten "
     "uit het dagelijks leven en het werk: een werkrooster lezen, een sollicitatiebrief schrijven, een kassa "
     "opmaken, een bouwtekening op schaal uitmeten. Daarnaast hebben zij Engels voor alledaagse situaties, "
     "mens en maatschappij, lichamelijke opvoeding en sociale vaardigheden. In de praktijklessen draaien zij "
     "in blokken van acht weken mee in alle vijf sectoren van de school: groen, bouw en metaal, horeca en "
     "voeding, zorg en welzijn, en logistiek en handel. Aan het eind van leerjaar 2 kiest iedere leerling, na "
     "een gesprek met mentor en praktijkdocenten, een uitstroomprofiel."),
    ("alinea",
     "In de bovenbouw, leerjaar 3 tot en met 5 of 6, verschuift het zwaartepunt naar het profiel en de stage. "
     "In ieder profiel werken de leerlingen toe naar branchecertificaten van Stichting Praktijkleren: Basis "
     "Schoonmaak, Assistent Medewerker Groen, Heftruckchauffeur, VCA-basis, Medewerker Winkel, "
     "Basisvaardigheden Horeca en Zorghulp. In leerjaar 2 lopen alle leerlingen interne stage in onze kantine, "
     "bij de conciërge of in het groenonderhoud rond de school; in leerjaar 3 volgt een groepsstage van één dag "
     "per week bij een bedrijf, onder begeleiding van een praktijkinstructeur; in leerjaar 4 lopen zij twee en "
     "in het laatste jaar drie dagen per week individueel stage. Ons stagebureau, met twee stagedocenten, "
     "werkt met 96 stagebedrijven, de meeste in Almere Buiten en Almere Stad: supermarkten, tuincentra, "
     "zorgcentra, bouwbedrijven en de distributiecentra op bedrijventerrein Sallandsekant. De stagedocent "
     "bezoekt iedere stagiair minstens eens per drie weken op de werkplek."),
    ("alinea",
     "In 2024 hebben wij ons aanbod tegen het licht gehouden met de cijfers van het UWV over de Almeerse "
     "arbeidsmarkt en met wat onze stagebedrijven ons vertelden. Logistiek is toen een eigen uitstroomprofiel "
     "geworden, omdat de distributiecentra in Almere en Lelystad structureel mensen zoeken; het naaiatelier is "
     "gestopt, omdat onze oud-leerlingen in textiel geen werk vonden. Sinds september 2024 volgen alle "
     "leerlingen van leerjaar 1 en 2 bovendien de module digitale vaardigheden: inloggen met DigiD, online "
     "solliciteren, werken met een rooster-app, betalen met de bankapp en veilig omgaan met sociale media. Die "
     "module breiden wij de komende jaren uit naar alle leerjaren, met in de bovenbouw de digitale systemen "
     "die leerlingen op hun stage tegenkomen, zoals handscanners en urenregistratie."),
    ("alinea",
     "Alle groepen hebben één uur per week het vak Wereld en Wijk. Daarin gaat het over geld en schulden, over "
     "wonen en huur, over je rechten en plichten als werknemer, over de rechtsstaat en over stemmen. Bij iedere "
     "verkiezing voor de gemeenteraad en de Tweede Kamer doen onze leerlingen mee aan de scholierenverkiezingen, "
     "na een les over de partijen in eenvoudige taal, en de leerlingenraad wordt ieder jaar in oktober gekozen "
     "met echte stembiljetten en een stembus van de gemeente. In leerjaar 4 bezoekt iedere groep de "
     "gemeenteraad van Almere en spreekt met een raadslid."),

    ("kop", "2.2 Zicht op leerlingen en ondersteuning", 12),
    ("alinea",
     "Wij zorgen ervoor dat de kwaliteit van ons onderwijs op orde is en blijft. Iedere leerling heeft bij ons "
     "een individueel ontwikkelingsplan (IOP) met doelen voor de algemene vakken, de praktijk, sociale "
     "vaardigheden en werknemersvaardigheden zoals op tijd komen en hulp vragen. De mentor bespreekt het IOP "
     "drie keer per jaar, in oktober, februari en juni, met de leerling, en de leerling schrijft zelf een deel "
     "in eigen woorden: wat wil ik leren, wat lukt al, wat heb ik nodig. Tussen die gesprekken houdt de mentor "
     "de voortgang bij in het leerlingvolgsysteem, met de observaties van de praktijkdocenten en, vanaf "
     "leerjaar 3, de beoordelingen van de stagebegeleider en het stagebedrijf."),
    ("alinea",
     "Wij ontwikkelen onderwijs passend bij de belevingswereld van onze leerlingen. De ondersteuning op De "
     "Vakwerf is als volgt ingericht. De mentor is het eerste aanspreekpunt en ziet zijn groep dagelijks. De "
     "zorgcoördinator leidt het zorgadviesteam, dat zes keer per jaar bij elkaar komt met de orthopedagoog, "
     "de schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar. Leerlingen die het in de klas "
     "even niet redden, kunnen naar het time-outlokaal met een vaste begeleider, en alle leerlingen van "
     "leerjaar 1 volgen een weerbaarheidstraining van tien lessen. Wij kunnen onderwijs bieden aan leerlingen "
     "met een lichte verstandelijke beperking, met leer- en gedragsproblemen en met autisme, zolang zij in een "
     "groep van veertien leerlingen met vaste docenten kunnen functioneren. Wij kunnen geen onderwijs bieden "
     "aan leerlingen die de hele dag één-op-één begeleiding nodig hebben, aan leerlingen met ernstige "
     "psychiatrische problematiek zonder behandeling, en aan leerlingen die door een lichamelijke beperking "
     "niet veilig in de werkplaatsen kunnen werken."),
    ("alinea",
     "Onze leerlingen komen bij ons met een toelaatbaarheidsverklaring van het samenwerkingsverband Passend "
     "Onderwijs Almere. Als een leerling bij ons vastloopt, zoeken wij samen met het samenwerkingsverband naar "
     "een passende plek, meestal in het voortgezet speciaal onderwijs; in 2023-2024 ging het om drie "
     "leerlingen. Bij dreigend thuiszitten belt de zorgcoördinator binnen een week met de consulent van het "
     "samenwerkingsverband en de leerplichtambtenaar, en het afgelopen jaar zat geen enkele leerling langer "
     "dan vier weken thuis zonder onderwijs."),

    ("kop", "2.3 Veiligheid", 12),
    ("alinea",
     "Elk voorjaar vullen onze leerlingen de veiligheidsmonitor in; in 2024 voelde 91% zich veilig op school. "
     "De plekken waar leerlingen zich minder veilig voelden, waren de fietsenstalling en de gang bij de "
     "kleedkamers. Daar staat sinds januari 2025 in iedere pauze een conciërge of onderwijsassistent. Wij "
     "hebben een veiligheidscoördinator (de teamleider bovenbouw), een anti-pestcoördinator, een "
     "aandachtsfunctionaris voor de meldcode huiselijk geweld en kindermishandeling, en een veiligheidsplan met "
     "protocollen voor agressie, pesten, wapens en sociale media. In de werkplaatsen gelden vaste "
     "veiligheidsregels: niemand werkt aan een machine zonder machinediploma, en de praktijkdocenten keuren "
     "de machines ieder half jaar."),

    ("kop", "2.4 Kwaliteitszorg", 12),
    ("alinea",
     "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en zichtbaar binnen de school. Wij "
     "gebruiken daarvoor: Vensters, WMK-VO, de kwartaalrapportage van ASG, Magister, Intergrip en de "
     "tevredenheidsvragenlijsten van Kwaliteitsscholen."),

    ("kop", "3 Personeel in positie", 14),
    ("alinea",
     "Op De Vakwerf werken 46 mensen, van wie 29 docenten of praktijkinstructeurs. Van iedere medewerker houden "
     "wij in het personeelsdossier bij welke bevoegdheid en welke certificaten (machineveiligheid, BHV, "
     "VCA-instructeur) hij of zij heeft; op 1 oktober 2024 waren 27 van de 29 docenten bevoegd."),
    ("alinea",
     "Wij hebben aandacht voor het welbevinden in elke levensfase van al onze medewerkers. Twee van onze "
     "docenten praktijkvakken, voor groen en voor bouw en metaal, zijn vakmensen uit het bedrijfsleven die nog "
     "geen onderwijsbevoegdheid hebben. Zij volgen sinds september 2024 de opleiding Pedagogisch Didactisch "
     "Getuigschrift bij Hogeschool Windesheim in Almere. De school betaalt de opleiding, zij hebben op "
     "donderdag geen lessen zodat zij naar de hogeschool kunnen, en ieder heeft een ervaren collega als "
     "werkplekbegeleider die eens per twee weken een les bijwoont en hun praktijkopdrachten met hen "
     "voorbereidt."),
    ("alinea",
     "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling. Wij gebruiken daarvoor: de ASG "
     "Academie, Leraar24, de e-learning van Stichting Praktijkleren, Teachers Channel en de "
     "BHV-herhalingscursus."),
    ("alinea",
     "Wij hebben vitale werknemers. Onze gesprekscyclus ziet er zo uit: in september voert de teamleider met "
     "iedere medewerker een startgesprek over de taken en afspraken voor het jaar; in februari volgt een "
     "functioneringsgesprek, dat de teamleider voorbereidt met een lesbezoek; eens in de drie jaar is dat een "
     "beoordelingsgesprek. Van ieder gesprek staat binnen twee weken een verslag in het digitale "
     "personeelsdossier, dat de medewerker voor gezien tekent. In 2023-2024 is met 78% van de medewerkers het "
     "functioneringsgesprek gevoerd; de andere gesprekken zijn doorgeschoven naar dit schooljaar."),

    ("kop", "4 De meerwaarde van ASG", 14),
    ("alinea",
     "Binnen ASG ontmoeten collega's van alle scholen elkaar regelmatig, en wij doen daar graag aan mee. Voor "
     "onze leerlingen betekent ASG vooral dat er een vervolg mogelijk is. Leerlingen die bij ons boven "
     "verwachting presteren, kunnen sinds 2022 via een doorstroomtraject naar de basisberoepsgerichte leerweg "
     "van het vmbo op een ASG-school in Almere Buiten. Zij volgen eerst een half jaar één dag per week lessen op "
     "die school, met een vaste begeleider daar, en stappen over als dat goed gaat. In 2023-2024 deden zes "
     "leerlingen mee, van wie er vijf zijn overgestapt. Omgekeerd kunnen vmbo-leerlingen van ASG-scholen die "
     "daar vastlopen, bij ons zes weken proefdraaien voordat er een toelaatbaarheidsverklaring voor "
     "praktijkonderwijs wordt aangevraagd."),

    ("kop", "5 Partnerschap", 14),
    ("alinea",
     "Ouders zijn betrokken bij het leerproces van hun kind. Wij gebruiken daarvoor: het ouderportaal van "
     "Magister, de app Parro, de nieuwsbrief De Vakwerf Post en onze website."),
    ("alinea",
     "Wij zijn een belangrijke gesprekspartner voor de gemeente, collega-schoolbesturen en maatschappelijke "
     "organisaties. In onze medezeggenschapsraad zitten twee ouders, twee leerlingen en vier medewerkers. De "
     "twee leerlingen komen uit de leerlingenraad, die vóór een MR-vergadering bij elkaar komt om de agenda "
     "door te nemen; het afgelopen jaar lukte dat bij twee van de zes vergaderingen. Elk voorjaar bespreekt de "
     "MR het concept-jaarplan met de directeur voordat het wordt vastgesteld, en ieder jaar kiest de MR zelf "
     "een onderwerp waarover zij de directie ongevraagd advies geeft: in 2024 waren dat de kantineprijzen, in "
     "2025 de regels voor telefoongebruik in de werkplaatsen."),
    ("alinea",
     "Onze horecaleerlingen van leerjaar 4 koken iedere donderdag de lunch voor ouderen in buurthuis De "
     "Schakel, om de hoek van de school, voor ongeveer dertig gasten per week. Onze groenleerlingen "
     "onderhouden sinds 2023 in opdracht van de woningcorporatie de binnentuinen van twee wooncomplexen aan de "
     "overkant van de straat. Ook na het examen laten wij onze leerlingen niet los: de jobcoach houdt twee jaar "
     "lang contact met de oud-leerling en de werkgever, en samen met het Werkbedrijf Almere en het UWV regelen "
     "wij voor leerlingen met een beperking loonkostensubsidie of een plek in de banenafspraak. In 2024 "
     "begeleidde de jobcoach 58 oud-leerlingen."),

    ("kop", "6 Onze kernwaarden", 14),
    ("waarde", "Gezien worden. ", "Bij ons voelt iedereen zich welkom; onze cultuur is gastvrij."),
    ("waarde", "Open. ", "Wij gaan respectvol om met de mensen binnen en buiten de school."),
    ("waarde", "Vooruitstrevend. ",
     "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van ons profiel."),
    ("waarde", "Ambitieus. ", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar."),

    ("kop", "7 Doelen 2025-2029", 14),
    ("alinea",
     "In de tabel staan onze doelen voor de planperiode. Bij de meeste doelen staat bij welk venster van de "
     "koers het hoort. Ieder jaar werken wij de doelen uit in het jaarplan."),
    ("tabel",),

    ("kop", "8 Praktische zaken", 14),
    ("kop", "Schooltijden", 11),
    ("alinea",
     "De lessen beginnen om 8.30 uur en eindigen uiterlijk om 15.00 uur; op woensdag zijn de leerlingen om "
     "13.15 uur vrij. Leerlingen op externe stage houden op hun stagedagen de werktijden van het bedrijf aan. "
     "De open dag voor nieuwe leerlingen is op zaterdag 31 januari 2026 van 10.00 tot 13.00 uur; aanmelden kan "
     "tot 15 maart 2026."),
    ("kop", "Gebouw", 11),
    ("alinea",
     "Ons gebouw dateert uit 1998 en is te klein geworden voor de praktijkvakken. Het verbouwingsplan is "
     "ambitieus: in de zomer van 2026 wordt de techniekhal met 180 m² uitgebreid, komt er een nieuwe "
     "afzuiginstallatie in de metaalwerkplaats en krijgen de vier theorielokalen aan de lange gang transparante "
     "glazen wanden, zodat er meer daglicht binnenkomt. Ook het netwerk wordt vernieuwd: in de herfstvakantie "
     "van 2025 worden alle netwerkkabels vervangen en krijgt ieder lokaal een eigen wifi-accesspoint, zodat het "
     "netwerk onze 220 Chromebooks aankan."),
    ("kop", "Kantine", 11),
    ("alinea",
     "De kantine wordt gerund door leerlingen van het profiel horeca, als interne stage onder leiding van een "
     "praktijkinstructeur. De kantine is gastvrij: bij de jaarlijkse sportdag van de Almeerse praktijkscholen "
     "en bij de thuiswedstrijden van de voetbalvereniging die ons veld huurt, verkopen de leerlingen koffie, "
     "soep en broodjes aan de bezoekers. Een broodje kost € 1,20 en een beker soep € 0,80."),
    ("kop", "Stagevervoer", 11),
    ("alinea",
     "Leerlingen fietsen naar hun stage als die binnen tien kilometer ligt. Voor stages die verder weg liggen, "
     "bijvoorbeeld bij een distributiecentrum in Lelystad, vergoedt de school een OV-abonnement; leerlingen met "
     "een indicatie voor leerlingenvervoer gaan met de taxi die de gemeente regelt. Voor stagevervoer is "
     "jaarlijks € 18.000 begroot."),
    ("kop", "Budget", 11),
    ("alinea",
     "De Vakwerf ontvangt in 2025 ongeveer € 4,3 miljoen aan rijksbekostiging. Ongeveer 82% daarvan gaat naar "
     "personeel; de rest gaat naar huisvesting, materialen voor de praktijkvakken (hout, metaal, voedsel, "
     "plantgoed) en ICT. Wij hebben een dekkende begroting voor alle jaren van de planperiode. De verbouwing "
     "wordt betaald uit de huisvestingsmiddelen van ASG en een bijdrage van de gemeente Almere."),

    ("kop", "9 Vaststelling", 14),
    ("alinea",
     "Dit schoolplan is opgesteld door de directeur en de twee teamleiders, met inbreng van de secties op de "
     "studiedag van 6 februari 2025. De medezeggenschapsraad heeft op 15 mei 2025 positief geadviseerd over "
     "dit schoolplan. Het college van bestuur van de Almeerse Scholen Groep heeft het plan op 10 juni 2025 "
     "vastgesteld. Het plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029."),
]

DOELEN_KOP = ["Doel", "Indicator", "Wanneer", "Venster"]
DOELEN = [
    ["Iedere schoolverlater heeft ten minste één branchecertificaat",
     "Aandeel schoolverlaters met minstens één branchecertificaat: 71% in 2023-2024, naar 90%",
     "Juli 2027", "1 Goed en toegankelijk onderwijs"],
    ["Ieder IOP bevat een deel dat de leerling zelf heeft geschreven",
     "Aandeel IOP's met ingevuld leerlingdeel: 60% in juni 2024, naar 100%",
     "December 2025", "1 Goed en toegankelijk onderwijs"],
    ["De module digitale vaardigheden wordt in alle leerjaren gegeven",
     "Aantal leerjaren met de module: van 2 naar 5",
     "Augustus 2026", "1 Goed en toegankelijk onderwijs"],
    ["Geen leerling zit langer dan vier weken thuis zonder onderwijs",
     "Aantal leerlingen dat langer dan vier weken thuiszit: 0",
     "Ieder schooljaar", "1 Goed en toegankelijk onderwijs"],
    ["Beide PDG-studenten halen hun bevoegdheid",
     "Aantal onbevoegde docenten praktijkvakken: van 2 naar 0",
     "Juli 2026", "2 Personeel in positie"],
    ["Met iedere medewerker wordt jaarlijks het functioneringsgesprek gevoerd",
     "Aandeel gevoerde functioneringsgesprekken: 78% in 2023-2024, naar 100%",
     "Juni 2026", "2 Personeel in positie"],
    ["Meer leerlingen stromen door naar het vmbo",
     "Aantal leerlingen in het doorstroomtraject: van 6 naar 10 per jaar",
     "Schooljaar 2027-2028", "3 De meerwaarde van ASG"],
    ["De lunch in buurthuis De Schakel op twee dagen per week",
     "Aantal lunchdagen per week: van 1 naar 2",
     "September 2026", "4 Partnerschap"],
    ["De leerlingenraad bereidt iedere MR-vergadering voor",
     "Aantal MR-vergaderingen met inbreng van de leerlingenraad: van 2 naar 6 per jaar",
     "Schooljaar 2025-2026", ""],
    ["Nieuwe kantinekassa met pinbetaling",
     "Kassa in gebruik",
     "Januari 2026", ""],
]


def tekst() -> list[str]:
    """Alle tekst van het plan (alinea's en tabelcellen), voor het tellen van woorden."""
    regels: list[str] = []
    for blok in BLOKKEN:
        if blok[0] in ("titel", "alinea", "kop"):
            regels.append(blok[1])
        elif blok[0] == "waarde":
            regels.append(blok[1] + blok[2])
        elif blok[0] == "tabel":
            regels.extend(DOELEN_KOP)
            for rij in DOELEN:
                regels.extend(rij)
    return regels


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    for blok in BLOKKEN:
        soort = blok[0]
        if soort == "titel":
            p = doc.add_paragraph()
            run = p.add_run(blok[1])
            run.bold = True
            run.font.size = Pt(22)
        elif soort == "kop":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(blok[1])
            run.bold = True
            run.font.size = Pt(blok[2])
        elif soort == "alinea":
            doc.add_paragraph(blok[1])
        elif soort == "waarde":
            p = doc.add_paragraph()
            p.add_run(blok[1]).bold = True
            p.add_run(blok[2])
        elif soort == "tabel":
            tabel(doc, DOELEN_KOP, DOELEN, breedtes=[5.0, 6.0, 2.6, 3.4])
            doc.add_paragraph()

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2025-2029 Praktijkschool De Vakwerf · "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    doc.core_properties.author = "Marco Verbeek"
    doc.core_properties.title = "Schoolplan 2025-2029 Praktijkschool De Vakwerf"
    vast = datetime.datetime(2025, 6, 11, 9, 30, 0)
    doc.core_properties.created = vast
    doc.core_properties.modified = vast
    doc.save(path)
    deterministisch(path, vast)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_26_pro_de_vakwerf.docx")
