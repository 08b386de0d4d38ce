"""Schoolplan 2020-2024 van De Stek, openbare school voor voortgezet speciaal onderwijs (vso) in
Almere Poort, uitstroomprofiel arbeidsmarkt, 152 leerlingen van 12 tot 20 jaar, een school van ASG.

Ontwerp: een bewust kort plan dat maar een deel van de koers behandelt, in de eigen woorden van de
school. Eén kernwaarde heeft inhoud (gezien worden: "iedere leerling in beeld", met wenweek, maatje,
huisbezoek, mentor en OPP) en drie vensters (onderwijs: leerroutes, praktijkvakken,
branchecertificaten en ondersteuning; personeel: PDG-traject, scholing, werkdruk, gesprekken;
partnerschap: stage, arbeidstoeleiding, ouders in het driehoeksgesprek, overleg met gemeente en UWV).
De andere kernwaarden en venster 3 ontbreken helemaal; er worden geen bestuurszinnen overgenomen.
De doelen staan in één tabel zonder kolom met het koerselement. Burgerschap, sociale veiligheid
(alleen veilig werken / VCA), kwaliteitszorg en het openbare karakter ontbreken. De MR heeft
ingestemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2020, 6, 12, 9, 30, 0)


def _lijst(doc, items, stijl="List Bullet"):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style=stijl)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "E. Bosman"
    cp.title = "Schoolplan De Stek 2020-2024"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "E. Bosman"
    cp.revision = 3

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "De Stek | schoolplan 2020-2024 | "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    doc.add_paragraph("De Stek: werken aan je plek", style="Title")
    doc.add_paragraph(
        "Schoolplan 2020-2024 van De Stek, school voor voortgezet speciaal onderwijs, Almere Poort "
        "(BRIN 15QV)")

    # 1
    doc.add_heading("1. Een kort plan", level=1)
    doc.add_paragraph(
        "Dit is het schoolplan van De Stek voor de schooljaren 2020-2021 tot en met 2023-2024. Wij "
        "hebben bewust gekozen voor een kort plan. Het team heeft op de studiedag van 12 februari 2020 "
        "uit Koers 22 gekozen wat voor onze leerlingen het meeste verschil maakt: dat iedere leerling "
        "in beeld is, dat ons onderwijs leerlingen naar een passende plek op de arbeidsmarkt brengt, "
        "dat ons team die opdracht aankan en dat wij dat samen met ouders en werkgevers doen. Andere "
        "onderwerpen uit de koers komen in deze periode niet in het schoolplan terug.")

    # 2
    doc.add_heading("2. De Stek in het kort", level=1)
    doc.add_paragraph(
        "De Stek is een openbare school voor voortgezet speciaal onderwijs in Almere Poort en maakt "
        "deel uit van ASG. Wij bieden het uitstroomprofiel arbeidsmarkt. Op 1 oktober 2019 hadden wij "
        "152 leerlingen van 12 tot 20 jaar. Zij hebben allemaal een toelaatbaarheidsverklaring (TLV) "
        "van het Samenwerkingsverband Passend Onderwijs Almere. Ongeveer twee derde van de leerlingen "
        "heeft een licht verstandelijke beperking, vaak samen met autisme of ADHD; een derde heeft "
        "vooral gedrags- of psychiatrische problemen. Veel leerlingen zijn eerder op een praktijkschool "
        "of in het vmbo vastgelopen; een op de zeven heeft vóór de aanmelding langer dan drie maanden "
        "thuisgezeten.")
    doc.add_paragraph(
        "Het team telt 41 medewerkers: 14 leraren, 9 praktijkdocenten, 8 onderwijsassistenten, 2 "
        "jobcoaches, een stagecoördinator, een gedragsspecialist, een orthopedagoog, een "
        "schoolmaatschappelijk werker, een conciërge, een administratief medewerker, een teamleider en "
        "de directeur.")

    # 3
    doc.add_heading("3. Iedere leerling in beeld", level=1)
    doc.add_paragraph(
        "Gezien worden is de kernwaarde uit Koers 22 die wij voor deze periode kiezen. Onze leerlingen "
        "hebben op eerdere scholen vaak ervaren dat niemand echt wist wie zij waren. Bij ons moeten zij "
        "vanaf de eerste dag merken dat iemand hen kent.")
    doc.add_heading("3.1 De eerste weken", level=2)
    doc.add_paragraph(
        "Nieuwe leerlingen draaien in juni een dagdeel mee in hun nieuwe klas. Voor de zomervakantie "
        "bezoekt de mentor de leerling en zijn ouders thuis. In de eerste schoolweek heeft de nieuwe "
        "leerling elke dag aan het begin en aan het eind van de dag een kort gesprek met de mentor, en "
        "een maatje uit een hogere klas laat hem de praktijklokalen, de kantine en de regels zien. "
        "Leerlingen die halverwege het jaar instromen, doorlopen dezelfde stappen binnen twee weken.")
    doc.add_paragraph(
        "Bezoekers, zoals ouders, stagebegeleiders van bedrijven en nieuwe collega's, worden bij de "
        "hoofdingang opgevangen door leerlingen van de route Facilitair & Horeca. Zij melden de "
        "bezoeker aan, bieden koffie of thee aan en brengen hem naar de juiste ruimte; een "
        "onderwijsassistent is er altijd bij.")
    doc.add_heading("3.2 Mentor en ontwikkelingsperspectief", level=2)
    doc.add_paragraph(
        "Iedere leerling heeft een vaste mentor; een mentorgroep telt hoogstens 12 leerlingen. De "
        "mentor voert elke week met iedere leerling een kort gesprek van tien minuten over hoe het gaat "
        "in de klas, thuis en op stage. In het ontwikkelingsperspectiefplan (OPP) staan het verwachte "
        "uitstroomperspectief, de onderbouwing daarvan en wat de leerling nodig heeft, bijvoorbeeld "
        "een prikkelarme werkplek, een vaste volgorde van de dag of een time-outafspraak. De commissie "
        "van begeleiding (orthopedagoog, gedragsspecialist, teamleider en jeugdarts) bespreekt elk OPP "
        "minstens één keer per jaar en stelt het vast. In 2018-2019 is bij 28 leerlingen het "
        "uitstroomperspectief bijgesteld.")

    # 4
    doc.add_heading("4. Leerroutes en praktijkvakken", level=1)
    doc.add_paragraph(
        "Onze leerlingen leren het best door te doen. Ongeveer de helft van het programma is praktijk. "
        "Een schoolweek telt 26 uur.")
    tabel(doc, ["Fase", "Leerjaar", "Inhoud", "Praktijk / theorie per week"], [
        ["Oriëntatie", "1 en 2", "Alle praktijkvakken; Nederlands, rekenen, Engels, lichamelijke "
         "opvoeding, sociale vaardigheden; snuffelstage", "10 / 16 uur"],
        ["Profilering", "3 en 4", "Eén route: Groen, Techniek, Facilitair & Horeca of Logistiek; "
         "interne stage; eerste branchecertificaten", "14 / 12 uur"],
        ["Arbeidstoeleiding", "5 en 6", "Blokstage en plaatsingsstage; branchecertificaten; "
         "werknemersvaardigheden", "18 / 8 uur (stage inbegrepen)"],
    ], breedtes=[3, 2, 8, 3.5])
    doc.add_paragraph()
    doc.add_paragraph(
        "Theorie en praktijk zijn aan elkaar gekoppeld. Rekenen oefenen leerlingen van Facilitair & "
        "Horeca bij het afwegen en omrekenen van recepten, in Techniek bij het uitmeten en zagen en in "
        "Logistiek bij het tellen en boeken van voorraad. Voor Nederlands schrijven leerlingen "
        "werkbriefjes, een sollicitatiebrief en een stageverslag, en oefenen zij telefoongesprekken "
        "met een leerbedrijf. De leraren Nederlands en rekenen zijn elke week een uur in de "
        "praktijklokalen om te zien waar de leerlingen daar op vastlopen.")
    doc.add_paragraph(
        "Wij werken aan de kerndoelen voor het vso en volgen de leerlijnen voor het uitstroomprofiel "
        "arbeidsmarkt; de voortgang leggen wij twee keer per jaar vast in het leerlingvolgsysteem. "
        "Leerlingen werken voor Nederlands en rekenen toe naar referentieniveau 1F. Wie dat aankan, "
        "doet in leerjaar 6 de Entree-examens taal en rekenen bij het ROC van Flevoland.")
    doc.add_paragraph(
        "Vanaf leerjaar 3 werken leerlingen aan branchecertificaten die werkgevers in Almere vragen: "
        "VCA-basis (voor alle leerlingen vóór de eerste externe stage), heftruck en "
        "magazijnmedewerker (Logistiek), SVH Basisvaardigheden horeca en hygiëne (Facilitair & "
        "Horeca), hoveniershulp en veilig werken met de bosmaaier (Groen) en basislassen (Techniek). "
        "Praktijkdocenten nemen de praktijkexamens af. In elk praktijklokaal hangen de "
        "werkplaatsregels en dragen leerlingen de voorgeschreven beschermingsmiddelen.")
    doc.add_paragraph(
        "Elk voorjaar leggen wij ons praktijkprogramma voor aan een klankbordgroep van zes "
        "leerbedrijven: wat wordt er op de werkvloer nu gevraagd? Op advies van die groep is in 2019 "
        "de route Logistiek gestart, werken leerlingen sindsdien met een handscanner en een "
        "voorraadsysteem, en komt er in 2020-2021 een module 'digitaal werken': een rooster-app "
        "gebruiken, uren registreren en een werkmail lezen en beantwoorden.")

    # 5
    doc.add_heading("5. Ondersteuning", level=1)
    doc.add_paragraph(
        "Ons schoolondersteuningsprofiel beschrijft wat wij bieden. Alle leerlingen krijgen les in "
        "groepen van hoogstens 12 leerlingen in de praktijk en 14 in de theorie, in een vaste ruimte "
        "met een voorspelbaar dagrooster. Daarnaast bieden wij:")
    _lijst(doc, [
        "begeleiding door de gedragsspecialist bij escalaties, met een time-outruimte en een "
        "terugkeergesprek;",
        "de schoolmaatschappelijk werker voor leerlingen en gezinnen met problemen thuis;",
        "een prikkelarme werkplek in elk praktijklokaal;",
        "een opbouwrooster voor leerlingen die na thuiszitten weer instromen, in overleg met de "
        "leerplichtambtenaar.",
    ])
    doc.add_paragraph(
        "Wij kunnen geen plek bieden aan leerlingen die door hun gedrag voortdurend één-op-één "
        "begeleiding nodig hebben of die ernstig agressief zijn naar anderen, en niet aan leerlingen "
        "voor wie werk op de arbeidsmarkt niet haalbaar is. Voor de laatste groep hebben wij sinds "
        "2018 een afspraak met vso-school De Vaart, die het uitstroomprofiel dagbesteding biedt: na "
        "een gesprek in de commissie van begeleiding en met een nieuwe TLV kan een leerling daar "
        "binnen zes weken beginnen. Omgekeerd kunnen leerlingen van de praktijkschool in Almere Poort "
        "na een proefplaatsing van acht weken bij ons instromen. In 2018-2019 ging het om vier "
        "leerlingen.")

    # 6
    doc.add_heading("6. Stage en arbeidstoeleiding", level=1)
    doc.add_heading("6.1 Van snuffelstage tot plaatsingsstage", level=2)
    doc.add_paragraph("Stage is het hart van ons programma. Wij werken in vier stappen:")
    _lijst(doc, [
        "Snuffelstage (leerjaar 2): drie losse dagen bij een bedrijf, samen met een klasgenoot en "
        "een onderwijsassistent.",
        "Interne stage (leerjaar 3 en 4): twee dagdelen per week in de conciërgerie, het magazijn, "
        "de schooltuin of lunchroom De Stekkerij. De Stekkerij verkoopt op dinsdag en donderdag "
        "lunches aan medewerkers van bedrijven in de buurt; leerlingen nemen bestellingen aan, rekenen "
        "af en houden de kas bij.",
        "Blokstage (leerjaar 5): een half jaar twee dagen per week bij een extern leerbedrijf.",
        "Plaatsingsstage (leerjaar 6): drie tot vier dagen per week bij een leerbedrijf dat de "
        "leerling daarna in dienst kan nemen, zo mogelijk met loonkostensubsidie.",
    ])
    doc.add_paragraph(
        "Iedere externe stagiair heeft een begeleider in het bedrijf en krijgt minstens één keer per "
        "twee weken bezoek van een jobcoach. In 2019-2020 werken wij met 54 actieve leerbedrijven, de "
        "meeste in Almere Poort en Almere Haven: twee supermarkten, een tuincentrum, een zorgcentrum, "
        "drie autobedrijven, een distributiecentrum van een webwinkel, een hoveniersbedrijf, de "
        "kinderboerderij in de wijk en de gemeentelijke groendienst.")
    doc.add_heading("6.2 Ouders erbij", level=2)
    doc.add_paragraph(
        "Het OPP-gesprek voeren wij twee keer per jaar als driehoeksgesprek met de leerling, de ouders "
        "en de mentor; de leerling vertelt zelf wat hij heeft geleerd en wat hij wil. Bij de keuze voor "
        "een route in leerjaar 3 en bij de start van de plaatsingsstage nodigen wij ouders uit in het "
        "leerbedrijf. In 2018-2019 was bij 74% van de OPP-gesprekken ten minste één ouder aanwezig. "
        "Ouders die niet komen, belt de mentor dezelfde week; zo nodig gaat de schoolmaatschappelijk "
        "werker op huisbezoek.")
    doc.add_heading("6.3 Na school", level=2)
    doc.add_paragraph(
        "Na het verlaten van school volgt de jobcoach de oud-leerling twee jaar: na drie, zes, twaalf "
        "en 24 maanden bellen wij de oud-leerling en de werkgever. Wie in die twee jaar zijn baan "
        "verliest, kan altijd terugkomen bij de jobcoach. Schoolverlaters die werk of een uitkering "
        "zoeken, dragen wij warm over aan het Werkplein van de gemeente Almere en aan het UWV, met een "
        "overdrachtsformulier dat wij in 2019 samen met het Werkplein hebben gemaakt. Voor leerlingen "
        "die naar de Entree-opleiding van het ROC van Flevoland gaan, houden wij in mei een "
        "overdrachtsgesprek met het ROC.")
    doc.add_heading("6.4 Aan tafel bij gemeente en werkgevers", level=2)
    doc.add_paragraph(
        "De directeur neemt namens de Almeerse scholen voor vso en praktijkonderwijs zes keer per jaar "
        "deel aan het overleg 'Jongeren en werk' van de gemeente Almere, het UWV en het "
        "Werkgeversservicepunt Flevoland. Daar laten wij zien wat onze leerlingen kunnen en nodig "
        "hebben; de gemeente en het UWV vragen ons om advies bij hun regelingen voor jongeren, zoals "
        "loonkostensubsidie en beschut werk. De stagecoördinator zit in de werkgroep stages van het "
        "Werkgeversservicepunt.")

    # 7
    doc.add_heading("7. Ons team", level=1)
    doc.add_heading("7.1 Vakmensen die leraar worden", level=2)
    doc.add_paragraph(
        "Onze praktijkdocenten komen vaak uit het bedrijfsleven: een kok, een hovenier, een monteur, "
        "een magazijnchef. Dat is een grote kracht. Drie van de negen praktijkdocenten hebben nog geen "
        "pedagogisch-didactisch getuigschrift (PDG). Zij volgen het PDG-traject bij Windesheim "
        "Flevoland; de school betaalt de opleiding, geeft vier uur per week studietijd en koppelt hen "
        "aan een ervaren collega als coach. Nieuwe praktijkdocenten zonder getuigschrift beginnen "
        "binnen een jaar na hun start met het traject.")
    doc.add_heading("7.2 Scholing", level=2)
    doc.add_paragraph(
        "Van 2020 tot 2022 volgt het hele team de training 'Geef me de 5' over het begeleiden van "
        "leerlingen met autisme: vier studiedagen en twee intervisiebijeenkomsten per jaar. Nieuwe "
        "collega's volgen de basistraining in hun eerste jaar. Praktijkdocenten volgen elk jaar de "
        "bijscholing die nodig is om examinator te blijven voor de branchecertificaten. De jobcoaches "
        "volgen in 2021 een training motiverende gespreksvoering.")
    doc.add_heading("7.3 Werkdruk", level=2)
    doc.add_paragraph(
        "In de personeelspeiling van november 2019 gaf 58% van de medewerkers aan de werkdruk als "
        "(te) hoog te ervaren, vooral in de praktijklokalen. Met de werkdrukmiddelen stellen wij per 1 "
        "augustus 2020 een extra onderwijsassistent aan, zodat in de praktijklokalen nooit meer dan "
        "tien leerlingen per volwassene werken. Oudergesprekken plannen wij voortaan op vaste "
        "middagen in plaats van 's avonds. Medewerkers van 57 jaar en ouder kunnen hun uren voor "
        "duurzame inzetbaarheid gebruiken om niet meer mee te doen aan avondactiviteiten en "
        "externe stagebezoeken.")
    doc.add_heading("7.4 Gesprekken", level=2)
    doc.add_paragraph(
        "Iedere medewerker heeft elk jaar in oktober een ontwikkelgesprek met de teamleider; eens in "
        "de drie jaar volgt in mei een beoordelingsgesprek. Voor leraren en praktijkdocenten gaat aan "
        "het beoordelingsgesprek een lesbezoek vooraf.")

    # 8
    doc.add_heading("8. Resultaten en doelen", level=1)
    doc.add_heading("8.1 Waar staan we?", level=2)
    doc.add_paragraph(
        "De inspectie heeft De Stek in 2017 bezocht; wij hebben het basisarrangement. Van de 31 "
        "schoolverlaters in 2018-2019 gingen er 19 naar betaald werk (van wie 8 met "
        "loonkostensubsidie), 7 naar de Entree-opleiding en 2 naar dagbesteding; 3 hadden na de zomer "
        "geen werk of opleiding. 27 van de 31 (87%) bereikten de uitstroombestemming uit hun OPP. Een "
        "jaar na het verlaten van school had 71% van de schoolverlaters van 2017-2018 nog dezelfde "
        "baan of opleiding. Van de schoolverlaters van 2019 had 58% ten minste één "
        "branchecertificaat.")
    doc.add_heading("8.2 Onze doelen", level=2)
    tabel(doc, ["Nr", "Doel", "Aanpak", "Gereed", "Meetbaar resultaat"], [
        ["1", "Meer schoolverlaters houden hun plek",
         "Plaatsingsstage alleen bij bedrijven die een baan kunnen bieden; nazorg jobcoach blijft "
         "twee jaar", "juli 2024",
         "Na één jaar nog op dezelfde plek: 71% (2018) naar 80%"],
        ["2", "Iedere schoolverlater heeft een branchecertificaat",
         "Examens vanaf leerjaar 4 inplannen; twee extra examinatoren opleiden", "juli 2023",
         "Schoolverlaters met ten minste één certificaat: 58% (2019) naar 85%"],
        ["3", "Ouders bij elk OPP-gesprek",
         "Vaste middagen, nabellen, huisbezoek door de schoolmaatschappelijk werker", "juli 2022",
         "Gesprekken met ten minste één ouder: 74% (2018-2019) naar 95%"],
        ["4", "Meer leerbedrijven dichtbij",
         "Werving door stagecoördinator en jobcoaches in Poort en Haven; leerbedrijvenavond in maart",
         "juli 2022",
         "Actieve leerbedrijven: 54 naar 70; iedere leerling in leerjaar 5 en 6 heeft een externe "
         "stage"],
        ["5", "Alle praktijkdocenten hebben een PDG", "PDG-traject Windesheim Flevoland met coach",
         "juli 2022", "6 van 9 (2020) naar 9 van 9"],
        ["6", "Werkdruk omlaag",
         "Extra onderwijsassistent; oudergesprekken op vaste middagen", "november 2022",
         "Medewerkers die de werkdruk (te) hoog vinden: 58% (2019) naar hoogstens 40%"],
        ["7", "Nieuwe leerlingen voelen zich welkom",
         "Meedraaidag, huisbezoek, dagelijkse mentorgesprekken en maatje voor alle instromers",
         "juli 2021",
         "In de leerlingpeiling na zes weken zegt 90% zich welkom te voelen (2019: 76%)"],
    ], breedtes=[1, 3.5, 5, 2, 5])
    doc.add_paragraph()
    doc.add_paragraph(
        "Elk jaar werken wij de doelen uit in het jaarplan.")

    # 9
    doc.add_heading("9. Vaststelling", level=1)
    doc.add_paragraph(
        "De medezeggenschapsraad van De Stek heeft op 9 juni 2020 ingestemd met dit schoolplan. Het "
        "College van Bestuur van ASG heeft het plan vastgesteld op 30 juni 2020.")
    doc.add_paragraph("Erik Bosman, directeur")

    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_52_de_stek_vso_arbeid.docx")
