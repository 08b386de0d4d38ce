"""Schoolplan 2025-2029 van SO De Dwergstern, openbare school voor speciaal onderwijs (cluster 4) in Almere Buiten.

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "List Bullet", "Title", "Subtitle"):
        try:
            stijl = doc.styles[naam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Schoolplan SO De Dwergstern 2025-2029   |   ")
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    cp = doc.core_properties
    cp.title = "Schoolplan De Dwergstern 2025-2029"
    cp.author = "Directie SO De Dwergstern"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 5, 19, 11, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 16, 45, 0)
    cp.last_modified_by = "R. Tjon-A-Fat"

    def h1(t):
        doc.add_heading(t, level=1)

    def h2(t):
        doc.add_heading(t, level=2)

    def p(t):
        return doc.add_paragraph(t)

    def lijst(items):
        for i in items:
            doc.add_paragraph(i, style="List Bullet")

    # ---------------- titelpagina ----------------
    titel = doc.add_paragraph(style="Title")
    titel.add_run("Schoolplan 2025-2029")
    sub = doc.add_paragraph()
    r = sub.add_run("SO De Dwergstern\nopenbare school voor speciaal onderwijs, cluster 4")
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
    doc.add_paragraph()
    p("Vlielandstraat 3, 1334 KM Almere Buiten\nBRIN 08TZ\nBevoegd gezag: Almeerse Scholen Groep")
    p("Directeur: Rachel Tjon-A-Fat\nTeamleider onderbouw: Bas Vermeulen\nTeamleider bovenbouw: Naima Ouali\n"
      "Voorzitter commissie van begeleiding: drs. Eva Lindeman, orthopedagoog-generalist")
    p("Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    doc.add_page_break()

    # ---------------- 1 inleiding ----------------
    h1("1. Inleiding")
    p("Dit schoolplan beschrijft hoe SO De Dwergstern de komende vier schooljaren (2025-2026 tot en met 2028-2029) "
      "werkt aan goed onderwijs voor kinderen die door hun gedrag of hun psychiatrische problematiek (nog) niet "
      "terechtkunnen in het regulier of speciaal basisonderwijs. Het plan is de basis voor onze jaarplannen en "
      "voor de verantwoording aan ouders, bestuur, samenwerkingsverband en inspectie.")
    p("Het plan is tot stand gekomen in het voorjaar van 2025. Het team heeft op twee studiedagen (30 januari en "
      "14 maart 2025) de resultaten van de afgelopen jaren geanalyseerd en prioriteiten gekozen. De commissie van "
      "begeleiding heeft de hoofdstukken over ondersteuning en opbrengsten geschreven. Ouders hebben via een "
      "ouderavond en een korte vragenlijst meegedacht; de leerlingenraad heeft gesproken over wat een 'fijne "
      "school' voor hen is.")
    p("Na deze inleiding volgt eerst de koersparagraaf, waarin we beschrijven hoe wij ons verhouden tot de koers "
      "van ons bestuur. Daarna beschrijven we in de hoofdstukken 3 tot en met 11 onze school, ons onderwijs en "
      "onze plannen. De doelen die we willen bereiken staan in de tekst van die hoofdstukken, steeds met een datum.")

    # ---------------- 2 koersparagraaf ----------------
    h1("2. Koersparagraaf")
    p("De Dwergstern maakt deel uit van de Almeerse Scholen Groep. De koers van ASG, 'Koers 22: Leren in "
      "verbinding', met als missie 'Samen kleur geven aan goed onderwijs', vormt het kader voor dit schoolplan. "
      "De kernwaarden en vensters van de koers gelden ook voor onze school. Hieronder geven we per kernwaarde en "
      "venster aan welke ambities wij als De Dwergstern onderschrijven.")
    h2("Kernwaarden")
    p("Gezien worden. Onze cultuur is gastvrij, iedereen voelt zich bij ons welkom. Iedereen op onze school is "
      "waardevol en wordt gezien.")
    p("Open. Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze communicatie zijn wij "
      "transparant en toegankelijk.")
    p("Vooruitstrevend. Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. "
      "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie: continue "
      "veranderingen, fundamentele veranderingen en radicale veranderingen.")
    p("Ambitieus. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.")
    h2("Vensters")
    p("Goed en toegankelijk onderwijs. De kwaliteit van ons onderwijs is en blijft op orde. Wij maken deel uit van "
      "een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle leerlingen een passende "
      "onderwijsplek hebben. Onze school heeft een toekomstgericht curriculum.")
    p("Personeel in positie. Wij hebben aandacht voor het welbevinden in elke levensfase van al onze medewerkers. "
      "Al onze medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
      "bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie. Wij hebben vitale "
      "werknemers.")
    p("De meerwaarde van ASG. Onze medewerkers ontmoeten regelmatig collega's van de andere scholen en van het "
      "servicebureau. Wij hebben een divers en op elkaar aansluitend aanbod en werken met verschillende "
      "onderwijsconcepten en -profielen, zodat wij alle leerlingen een passende onderwijsloopbaan kunnen bieden.")
    p("Partnerschap. Ouders zijn betrokken bij het leerproces van hun kind. Wij werken proactief samen met een breed "
      "scala aan partners. De medezeggenschap is ook bovenschools belegd, in een overkoepelende "
      "medezeggenschapsraad.")
    p("In de volgende hoofdstukken werken we uit wat deze koers voor De Dwergstern concreet betekent. We hebben "
      "daarbij keuzes gemaakt: niet alles krijgt in deze vier jaar evenveel aandacht.")

    # ---------------- 3 onze school ----------------
    h1("3. Onze school en onze leerlingen")
    p("De Dwergstern is een openbare school voor speciaal onderwijs in Almere Buiten, bedoeld voor kinderen van 4 "
      "tot 13 jaar met een toelaatbaarheidsverklaring (TLV) van het Samenwerkingsverband Passend Onderwijs "
      "Almere. Op 1 oktober 2024 hadden we 94 leerlingen, verdeeld over negen groepen van maximaal twaalf "
      "kinderen. 78% van de leerlingen is jongen. Bij ruim de helft van de kinderen is een diagnose gesteld "
      "binnen het autismespectrum, bij ongeveer een derde ADHD; veel kinderen hebben een hechtings- of "
      "traumagerelateerde problematiek, en een kwart van de leerlingen heeft naast de school ook jeugdhulp.")
    p("De meeste kinderen komen bij ons na een vastgelopen schoolloopbaan: 41% van de leerlingen die in 2023-2024 "
      "instroomde, had voor de plaatsing een periode van minimaal vier weken niet of slechts gedeeltelijk "
      "onderwijs gehad. Bijna alle leerlingen komen met het leerlingenvervoer van de gemeente.")
    p("Ons team bestaat uit 43 medewerkers: 14 groepsleerkrachten, 12 onderwijsassistenten en pedagogisch "
      "medewerkers, een vakleerkracht bewegingsonderwijs, twee gedragswetenschappers, een intern begeleider, "
      "drie ambulant begeleiders, een logopedist, een schoolmaatschappelijk werker (gedetacheerd), twee "
      "teamleiders, een directeur, een administratief medewerker, een conciërge en vijf medewerkers in de "
      "time-in-ruimte en op het plein. In elke groep staan een leerkracht en een onderwijsassistent of "
      "pedagogisch medewerker.")
    p("Onze leerlingen stromen na gemiddeld drie jaar uit. In de schooljaren 2021-2022 tot en met 2023-2024 "
      "stroomden 71 leerlingen uit: 17 (24%) naar het regulier of speciaal basisonderwijs, 41 (58%) naar het "
      "voortgezet speciaal onderwijs, 8 (11%) naar praktijkonderwijs of vmbo met ondersteuning en 5 (7%) naar een "
      "onderwijszorgarrangement of een andere vorm van dagbesteding.")

    # ---------------- 4 ons onderwijs ----------------
    h1("4. Ons onderwijs")
    h2("4.1 Uitstroomprofielen en leerlijnen")
    p("Ons onderwijs is ingericht naar de drie uitstroomprofielen van het speciaal onderwijs: vervolgonderwijs, "
      "arbeidsmarktgericht en dagbesteding. Vrijwel al onze leerlingen hebben het profiel vervolgonderwijs; "
      "binnen dat profiel werken we met de leerroutes 1 tot en met 4. Voor elke leerling leggen we in het "
      "ontwikkelingsperspectiefplan (OPP) vast naar welke leerroute en welk uitstroomniveau we werken (zie "
      "hoofdstuk 6).")
    p("We gebruiken voor de basisvakken de volgende methodes: Veilig leren lezen (groep 3), Estafette en Lekker "
      "Lezen voor technisch lezen, Nieuwsbegrip voor begrijpend lezen, Taal Actief voor taal en spelling, en "
      "Getal & Ruimte Junior voor rekenen. Voor jonge kinderen en voor leerlingen die onder de 1F-route "
      "werken, volgen we de CED-leerlijnen voor het speciaal onderwijs. Wereldoriëntatie geven we thematisch "
      "met Naut, Meander en Brandaan. Voor de sociaal-emotionele ontwikkeling gebruiken we Kwink, en in alle "
      "groepen oefenen we dagelijks met de vaardigheden uit Leefstijl (zelfregulatie, samenwerken, omgaan met "
      "boosheid).")
    p("Onze lesdagen zijn sterk gestructureerd. Elke groep heeft een dagritme met pictogrammen, een vaste "
      "opbouw van de les (instructie, begeleide oefening, zelfstandig werken met een timer) en korte "
      "bewegingsmomenten. De onderwijstijd bedraagt 940 uur per jaar. Voor een kleine groep leerlingen is "
      "tijdelijk een aangepast rooster nodig; daarvoor vragen we vrijstelling aan bij de inspectie en maken we "
      "met ouders en de leerplichtambtenaar een afbouwplan. In juni 2026 heeft geen enkele leerling langer dan "
      "twaalf weken een aangepast rooster zonder evaluatie met ouders en leerplicht; in 2024-2025 was dat bij "
      "vier leerlingen wel het geval.")
    h2("4.2 Burgerschap")
    p("Voor onze leerlingen begint burgerschap bij het leren omgaan met zichzelf en met een ander. Daarom is "
      "onze burgerschapsaanpak verweven met Kwink en Leefstijl. Daarnaast:")
    lijst([
        "heeft elke bouw een leerlingenraad die vijf keer per jaar met de teamleider vergadert over de "
        "schoolregels, het plein en de activiteiten. In 2024-2025 heeft de leerlingenraad de pleinindeling mee "
        "ontworpen;",
        "bespreken de groepen in de bovenbouw iedere vrijdag een nieuwsbericht van het Jeugdjournaal, met "
        "aandacht voor het verschil tussen feit en mening;",
        "doen alle groepen mee aan de Week tegen Pesten en de Kinderboekenweek, en bezoekt de bovenbouw "
        "jaarlijks de gemeenteraad van Almere;",
        "leren leerlingen in de hoogste groep in een project van acht weken wat rechten en plichten zijn, "
        "afgesloten met een zelfgekozen 'klusdag' voor de buurt.",
    ])
    p("In 2026-2027 leggen we vast welke burgerschapsdoelen in welke groep aan bod komen en hoe we dat volgen.")

    # ---------------- 5 veilig en voorspelbaar ----------------
    h1("5. Veilig en voorspelbaar")
    p("Onze leerlingen kunnen pas leren als ze zich veilig voelen. Veel van hen hebben op school vooral ervaren dat "
      "het misgaat. Daarom investeren we in een school waarin het klimaat voorspelbaar is, waarin volwassenen "
      "rustig en eenduidig reageren en waarin een conflict altijd wordt hersteld.")
    h2("5.1 Schoolbrede afspraken")
    p("Sinds 2023 werken we met School-Wide Positive Behavior Support (SWPBS). Onze drie waarden zijn: veilig, "
      "respect en verantwoordelijkheid. Voor elke ruimte (klas, gang, plein, taxi-instap, gymzaal) hebben we "
      "per waarde maximaal drie gedragsverwachtingen opgesteld, die we in de eerste zes weken van het schooljaar "
      "expliciet aanleren en daarna bekrachtigen. Iedere volwassene in de school gebruikt dezelfde taal en "
      "dezelfde beloningskaart.")
    p("Respect begint bij de volwassenen. Wij spreken leerlingen nooit aan in het bijzijn van de hele groep over "
      "hun gedrag, we verheffen onze stem niet en na elk conflict tussen een volwassene en een leerling volgt "
      "dezelfde dag een herstelgesprek. Ook tussen leerlingen begeleiden we herstel: daarvoor zijn alle "
      "onderwijsassistenten getraind in herstelgericht werken. Ouders en externe partners worden door ons "
      "op dezelfde manier benaderd: bij een meningsverschil gaan we eerst in gesprek, niet per mail.")
    h2("5.2 Time-in en fysiek ingrijpen")
    p("In plaats van de vroegere time-outruimte hebben we sinds 2024 een time-in-ruimte, waar een leerling die "
      "ontregeld raakt onder begeleiding van een vaste medewerker tot rust kan komen en daarna terug kan naar de "
      "groep. Fysiek ingrijpen gebeurt alleen als er direct gevaar is, volgens het protocol fysiek ingrijpen, "
      "door medewerkers die daarvoor jaarlijks getraind worden. Elk fysiek ingrijpen wordt dezelfde dag "
      "geregistreerd en met ouders besproken, en wekelijks geanalyseerd door de gedragswetenschapper.")
    p("In 2023-2024 registreerden we 212 keer een fysiek ingrijpen, geconcentreerd bij elf leerlingen. Ons doel is "
      "dat dit aantal in juni 2027 is gedaald tot onder de 120, zonder dat het aantal incidenten met letsel "
      "toeneemt. Daarnaast willen we dat in juni 2026 minimaal 85% van de leerlingen in de jaarlijkse "
      "veiligheidsmeting aangeeft zich veilig te voelen op school (2024: 76%); bij de ouders willen we in 2027 "
      "minimaal 90% (2024: 84%).")
    h2("5.3 Sociale veiligheid in beeld")
    p("We meten de sociale veiligheid jaarlijks in maart: bij leerlingen vanaf groep 5 met een aangepaste, "
      "voorgelezen vragenlijst, bij jongere leerlingen door observatie met ZIEN!. De teamleider onderbouw is "
      "coördinator sociale veiligheid en aanspreekpunt pesten. Het veiligheidsplan, inclusief het "
      "pestprotocol en het protocol fysiek ingrijpen, wordt ieder jaar in september geactualiseerd.")

    # ---------------- 6 ondersteuning ----------------
    h1("6. Ondersteuning: zicht op elk kind")
    h2("6.1 Van aanmelding tot OPP")
    p("Iedere nieuwe leerling start met een observatieperiode van zes weken. Vooraf verzamelen we het dossier van "
      "de vorige school en van betrokken hulpverleners, en de gedragswetenschapper voert een intakegesprek met "
      "ouders, bij voorkeur thuis. Tijdens de observatieperiode brengen we in kaart hoe het kind leert, wat het "
      "ontregelt en wat helpt. Binnen zes weken na de start stellen we het OPP op, met daarin het "
      "uitstroomperspectief, de onderbouwing daarvan, de leerdoelen per vakgebied en de pedagogische aanpak.")
    p("Het OPP wordt twee keer per jaar (februari en juli) geëvalueerd in de commissie van begeleiding (CvB). "
      "De CvB bestaat uit de orthopedagoog-generalist (voorzitter), de gedragswetenschapper, de intern "
      "begeleider, de schoolmaatschappelijk werker en de teamleider; de jeugdarts van de GGD sluit zes keer per "
      "jaar aan. Daarnaast is er elke zes weken een groepsbespreking per groep, waarin leerkracht, "
      "onderwijsassistent en intern begeleider de groep en de individuele leerlingen doorlopen.")
    p("Ook de behoeften van medewerkers nemen we mee: in de groepsbespreking is altijd ruimte voor de vraag wat "
      "de leerkracht en de assistent zelf nodig hebben om met deze groep te kunnen werken, en daarop volgt zo "
      "nodig coaching door de gedragswetenschapper of extra handen in de groep.")
    h2("6.2 De lat hoog: ambitieuze perspectieven")
    p("Een OPP is geen voorspelling maar een afspraak over wat we willen bereiken. We hebben gezien dat "
      "perspectieven in het verleden te voorzichtig waren: bij de inspectie in 2024 bleek dat bij 30% van de "
      "leerlingen het uitstroomperspectief in de loop der jaren naar beneden was bijgesteld, en slechts bij 6% "
      "naar boven. Vanaf 2025-2026 werken we daarom met de volgende afspraken:")
    lijst([
        "Het perspectief wordt bij de start bepaald op basis van de capaciteiten van het kind, niet op basis van "
        "de achterstand die het heeft opgelopen door eerdere schooluitval.",
        "Bijstellen naar beneden kan alleen na twee evaluaties in de CvB en na een gesprek met ouders, en met een "
        "schriftelijke onderbouwing.",
        "Elke leerling met leerroute 3 of 4 krijgt minimaal één keer per jaar een leerdoel dat boven de "
        "verwachte lijn ligt.",
    ])
    p("In juni 2027 realiseert minimaal 75% van de leerlingen de leerdoelen voor technisch lezen en rekenen uit het "
      "OPP (2024: 61%). In 2029 is het percentage leerlingen bij wie het perspectief naar beneden is bijgesteld "
      "gedaald tot onder de 15%.")
    h2("6.3 Ons ondersteuningsprofiel")
    p("In ons schoolondersteuningsprofiel beschrijven we welke kinderen wij goed kunnen helpen en waar onze "
      "grenzen liggen. Wij bieden een plek aan kinderen met een gemiddelde tot hoge intelligentie (in de regel "
      "een totaal-IQ vanaf 75) die vanwege gedrags-, ontwikkelings- of psychiatrische problemen intensieve "
      "begeleiding nodig hebben in een kleine groep, met een hoge mate van structuur. We kunnen logopedie, "
      "sociale-vaardigheidstraining, weerbaarheidstraining en schoolmaatschappelijk werk op school bieden. "
      "Onze grenzen liggen bij kinderen die behandeling in een dagbehandelingssetting nodig hebben, bij "
      "kinderen die vrijwel het hele schooljaar niet in een groep kunnen functioneren en bij kinderen met een "
      "intensieve medische zorgvraag. Het SOP wordt in 2026 herzien, samen met de jeugdhulppartners.")
    h2("6.4 Samen met het samenwerkingsverband")
    p("Wij zijn een van de drie SO-scholen voor cluster 4 in Almere. Met het samenwerkingsverband en de andere "
      "scholen hebben we afspraken gemaakt over wie welke leerlingen plaatst, zodat geen kind tussen wal en "
      "schip valt. Onze directeur neemt deel aan het maandelijkse plaatsingsoverleg van het "
      "samenwerkingsverband, waar kinderen die (dreigen te) thuiszitten worden besproken. Als bij ons de "
      "wachtlijst oploopt, zoeken we in dat overleg samen een tijdelijke oplossing, bijvoorbeeld een "
      "deeltijdplaatsing met ambulante begeleiding op de huidige school.")
    p("Terugplaatsen naar het regulier of speciaal basisonderwijs doen we zorgvuldig: met een "
      "overstaptraject van tien weken, waarin de leerling eerst één en later meer dagen op de nieuwe school "
      "meedraait, begeleid door een van onze ambulant begeleiders. In de afgelopen drie jaar keerden 17 "
      "leerlingen op die manier terug. We willen dat in de periode 2025-2029 minimaal 30 leerlingen "
      "terugkeren naar het basisonderwijs of het SBO, en dat in juni 2028 minimaal 85% van hen een jaar na de "
      "overstap nog op die school zit.")

    # ---------------- 7 ouders en partners ----------------
    h1("7. Ouders en partners")
    h2("7.1 Ouders als partner")
    p("Ouders van onze leerlingen hebben vaak een zware tijd achter de rug, met veel gesprekken, schorsingen of "
      "thuiszitten. We willen dat ouders bij ons ervaren dat ze er niet alleen voor staan, en dat zij echt "
      "meedenken over het leren van hun kind. Concreet:")
    lijst([
        "Voor de start vindt een huisbezoek plaats door de leerkracht en de gedragswetenschapper.",
        "Ouders worden uitgenodigd voor de evaluatie van het OPP in februari en juli, en geven vooraf "
        "schriftelijk hun eigen kijk op de ontwikkeling van hun kind. Het OPP wordt pas ondertekend na een "
        "gesprek.",
        "In de week na elke OPP-evaluatie ontvangen ouders een oefenkaart met twee doelen waaraan ook thuis "
        "gewerkt kan worden, bijvoorbeeld een rekenspel of een afspraak rond boosheid.",
        "Twee keer per jaar organiseren we de oudercursus 'Sterk in verbinding', acht avonden over het "
        "omgaan met moeilijk gedrag thuis, gebaseerd op de Nieuwe Autoriteit en begeleid door onze "
        "schoolmaatschappelijk werker en een gedragswetenschapper.",
    ])
    p("In 2024 was bij 72% van de leerlingen het OPP na een gesprek met ouders ondertekend. In juni 2026 moet dat "
      "minimaal 95% zijn. In juli 2028 hebben in totaal minimaal 60 ouders de oudercursus afgerond.")
    h2("7.2 Onderwijs en jeugdhulp onder één dak")
    p("Een kwart van onze leerlingen krijgt jeugdhulp. We werken daarom nauw samen met partners en hebben met elk "
      "van hen heldere afspraken:")
    lijst([
        "Samenwerkingsverband Passend Onderwijs Almere: plaatsingsoverleg, toelaatbaarheid en terugplaatsing.",
        "De jeugd-GGZ-aanbieder waarmee we het onderwijszorgarrangement 'Samen Verder' uitvoeren: twee "
        "behandelaars werken drie dagen per week in de school, zodat behandeling onder schooltijd in het gebouw "
        "kan plaatsvinden.",
        "De sociale wijkteams in de woonwijken van onze leerlingen, verspreid over heel Almere: een vaste "
        "contactpersoon per wijkteam en een gezamenlijk overleg elke zes weken.",
        "GGD Flevoland: de jeugdarts in de CvB en het periodiek gezondheidsonderzoek op school.",
        "Leerplicht Almere: maandelijks contact over verzuim en aangepaste roosters.",
        "De gemeente (leerlingenvervoer): een vast aanspreekpunt en twee keer per jaar een evaluatie met de "
        "vervoerder over incidenten in de taxi.",
        "De vso-scholen waar onze leerlingen naartoe gaan: een warme overdracht voor elke leerling en een "
        "meeloopdag in juni.",
    ])
    p("In juni 2027 is het aantal leerlingen dat voor behandeling onder schooltijd de school moet verlaten "
      "gehalveerd ten opzichte van 2024-2025 (toen 19 leerlingen, gemiddeld 2,5 uur per week).")

    # ---------------- 8 ons team ----------------
    h1("8. Ons team")
    h2("8.1 Bevoegd en bekwaam")
    p("Werken op De Dwergstern vraagt veel vakmanschap. Van de 14 groepsleerkrachten zijn er op dit moment 11 "
      "bevoegd; twee zijn zij-instromer en één volgt de deeltijdpabo. Voor hen hebben we een begeleidingsplan: "
      "een vaste coach uit het team, elke twee weken een coachingsgesprek, vrijstelling van pleindienst op de "
      "studiedag en twee lesbezoeken per periode met nabespreking. In juli 2028 zijn alle groepsleerkrachten "
      "bevoegd.")
    p("Daarnaast willen we dat meer leerkrachten gespecialiseerd zijn. Op dit moment hebben vier leerkrachten "
      "de master Educational Needs (SEN). In juli 2029 zijn dat er minimaal acht; de school betaalt de "
      "opleiding en geeft vier uur per week studieverlof.")
    h2("8.2 Scholing van het hele team")
    p("Het scholingsplan voor deze periode heeft drie pijlers:")
    lijst([
        "Nieuwe Autoriteit: in 2025-2026 volgt het hele team, inclusief conciërge en administratie, de "
        "basistraining Nieuwe Autoriteit (vijf dagdelen). Nieuwe medewerkers volgen de training in hun eerste jaar.",
        "Omgaan met agressie en fysiek ingrijpen: alle medewerkers die met leerlingen werken, volgen jaarlijks "
        "een opfriscursus van een dag.",
        "Didactiek: in 2026-2027 en 2027-2028 staat een traject 'instructie in de sterk gedifferentieerde "
        "groep' op het programma, met aandacht voor het aanbieden van leerstof boven het verwachte niveau.",
    ])
    p("Van iedere medewerker verwachten we bovendien dat hij of zij jaarlijks minimaal één externe cursus of "
      "bijeenkomst volgt die past bij de eigen rol. Dat registreren we in het scholingsoverzicht. In 2024-2025 "
      "deed 68% van de medewerkers dat; in juni 2027 moet dat minimaal 90% zijn.")
    h2("8.3 Goed voor elkaar zorgen")
    p("Het werk op onze school is zwaar. Collega's krijgen te maken met geweld, scheldpartijen en verhalen uit "
      "gezinnen die je niet loslaten. Wij vinden het onze plicht om daar goed mee om te gaan:")
    lijst([
        "Na elk incident met fysiek geweld tegen een medewerker is er binnen 24 uur een opvanggesprek met de "
        "teamleider of een lid van het collegiale opvangteam (vier getrainde collega's).",
        "Elke twee weken is er per bouw een opvangoverleg van een uur onder leiding van een gedragswetenschapper, "
        "waar collega's moeilijke situaties kwijt kunnen.",
        "De groepsgrootte blijft maximaal twaalf leerlingen, met in elke groep twee volwassenen.",
        "Medewerkers met jonge kinderen, mantelzorg of in de laatste jaren voor hun pensioen kunnen in overleg "
        "een rooster krijgen dat daarop aansluit, bijvoorbeeld door vrijgesteld te worden van taxidienst aan het "
        "einde van de dag.",
    ])
    p("In het medewerkersonderzoek van 2024 gaf 64% van de medewerkers aan zich na een incident goed opgevangen "
      "te voelen. In 2027 willen we dat dit minimaal 85% is.")

    # ---------------- 9 expertise delen ----------------
    h1("9. Onze expertise voor andere scholen")
    p("Vanuit De Dwergstern werkt een ambulante dienst van drie ambulant begeleiders (samen 2,4 fte). Zij "
      "ondersteunen scholen in Almere bij leerlingen met ernstige gedragsproblemen, vaak om plaatsing in het "
      "speciaal onderwijs te voorkomen, en begeleiden onze teruggeplaatste leerlingen. In 2024-2025 voerden zij "
      "38 trajecten uit op 17 scholen, waarvan 11 scholen van ASG. Daarnaast verzorgt de ambulante dienst op "
      "verzoek teamscholingen 'Lastig gedrag in de klas' voor basisscholen van ASG; in 2024-2025 gebeurde dat op "
      "vier scholen.")
    p("Wij willen dat onze kennis over gedrag nog beter benut wordt binnen ASG. In juni 2027 hebben minimaal tien "
      "ASG-basisscholen een teamscholing of een consultatietraject van onze ambulante dienst gehad, en is de "
      "gemiddelde waardering van de trajecten door de scholen minimaal een 8.")

    # ---------------- 10 openbaar ----------------
    h1("10. Een openbare school")
    p("De Dwergstern is een openbare school: de school is toegankelijk voor ieder kind met een passende TLV, "
      "ongeacht geloof, afkomst of achtergrond van het gezin. Onze leerlingen komen uit heel Almere en uit gezinnen met heel verschillende "
      "achtergronden. We besteden daar op een vanzelfsprekende manier aandacht aan. In september maakt iedere "
      "groep samen met de kinderen een feestenkalender met de feesten die in de gezinnen gevierd worden, en in "
      "de groep wordt bij die feesten stilgestaan. Bij Kwink en bij het bespreken van het nieuws leren kinderen "
      "dat mensen verschillend denken en geloven, en dat je daar met respect over praat. Ook bij het "
      "samenstellen van het team letten we op een afspiegeling van de stad; in het team hebben collega's "
      "inmiddels wortels in elf verschillende landen.")

    # ---------------- 11 kwaliteitszorg ----------------
    h1("11. Kwaliteitszorg")
    p("Bij het vierjaarlijks onderzoek van de inspectie in maart 2024 werd de kwaliteit van onze school als "
      "voldoende beoordeeld. De standaard 'zicht op ontwikkeling' werd als goed gewaardeerd; als "
      "verbeterpunten noemde de inspectie de onderbouwing van bijgestelde perspectieven (zie 6.2) en het "
      "zicht op hoe het onze leerlingen na het verlaten van de school vergaat.")
    p("Wij werken met een vaste kwaliteitscyclus, die is vastgelegd in onze kwaliteitskalender:")
    lijst([
        "januari en juni: opbrengstenanalyse per leerroute, met daarin de mate waarin de OPP-doelen gehaald "
        "zijn, besproken in de CvB en in het team;",
        "februari en juli: evaluatie van alle OPP's in de CvB;",
        "maart: veiligheidsmeting leerlingen, om het jaar ook ouders en medewerkers;",
        "mei: interne audit op één onderwerp door twee teamleden en een collega-directeur van een andere school "
        "(in 2025-2026: het OPP-proces);",
        "juli: jaarplan voor het volgende schooljaar; oktober: jaarverslag over het afgelopen schooljaar.",
    ])
    p("Vanaf 2025-2026 gaan we onze oud-leerlingen volgen. Een jaar en twee jaar na uitstroom vragen we bij de "
      "ontvangende school op of de leerling daar nog zit en op welk niveau. In juni 2027 hebben wij van minimaal "
      "80% van de leerlingen die in 2024-2025 en 2025-2026 uitstroomden deze gegevens. Op basis daarvan "
      "bepalen we of onze uitstroomresultaten voldoende zijn. Ons doel is dat bij het volgende inspectieonderzoek "
      "ook de standaard 'resultaten' minimaal voldoende is en de kwaliteitszorg als goed wordt gewaardeerd.")

    # ---------------- 12 vaststelling ----------------
    h1("12. Vaststelling")
    p("Dit schoolplan is op 2 juni 2025 met het team besproken. De medezeggenschapsraad heeft het plan besproken "
      "in de vergadering van 10 juni 2025 en daarover een positief advies gegeven; de MR heeft gevraagd om in het "
      "jaarverslag apart te rapporteren over het aantal fysieke interventies. Het plan is daarna ter vaststelling "
      "aangeboden aan het College van Bestuur van de Almeerse Scholen Groep.")
    p("Almere, 30 juni 2025\n\nRachel Tjon-A-Fat, directeur")

    _voettekst(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_178_so_dwergstern.docx")
