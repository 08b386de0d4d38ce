"""Schoolplan 2025-2029 van ISK De Veerpont, internationale schakelklassen in Almere.

Plan opgebouwd rond vijf eigen thema's (taal, welzijn, doorstroom, team, partners).
Schrijft een .docx met python-docx via build(path).
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

DATUM = datetime.datetime(2025, 5, 28, 16, 30, 0)

# Elk onderdeel: ("h1"|"h2"|"p"|"b", tekst). "b" = opsommingsteken.
INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Bijna elke week staat er bij De Veerpont een nieuwe leerling aan de balie. Soms is dat een meisje "
          "van dertien uit Charkiv dat op school in Oekraïne al algebra had, soms een jongen van zestien uit "
          "Eritrea die twee jaar geen school heeft gezien. Wat ze gemeen hebben: ze spreken nog geen "
          "Nederlands en ze willen verder. Onze opdracht is hen in ongeveer twee jaar zo goed voor te "
          "bereiden dat ze met vertrouwen doorstromen naar een reguliere school, het mbo of werk."),
    ("p", "Dit schoolplan beschrijft hoe we dat de komende vier jaar doen. We hebben het opgebouwd rond vijf "
          "thema's die voor onze school het verschil maken: taal, welzijn, doorstroom, team en partners. Bij "
          "elk thema staat waar we nu staan, wat we willen bereiken en hoe we dat aanpakken. De koers van de "
          "Almeerse Scholen Groep is ons kader, maar de keuzes in dit plan komen uit onze eigen evaluatie van "
          "2024 en uit gesprekken met leerlingen, ouders, voogden en het team."),
    ("p", "Het plan is geschreven door het managementteam samen met een schrijfgroep van vijf docenten en "
          "twee onderwijsassistenten. Het wordt op 12 juni 2025 ter instemming voorgelegd aan de "
          "medezeggenschapsraad."),
    ("p", "Ellen Verbruggen, directeur"),

    ("h1", "1. De Veerpont in het kort"),
    ("h2", "Wie we zijn"),
    ("p", "De Veerpont is de openbare school voor internationale schakelklassen (ISK) van de Almeerse Scholen "
          "Groep. We zitten in Almere Stad, op tien minuten lopen van station Almere Centrum. Bij ons komen "
          "jongeren van 12 tot 18 jaar die korter dan twee jaar in Nederland zijn. Op 1 oktober 2024 hadden we "
          "234 leerlingen uit 31 landen, met 24 verschillende thuistalen. De grootste groepen spreken "
          "Oekraïens of Russisch (27 procent), Arabisch (16 procent), Tigrinya (11 procent) en Turks (9 "
          "procent). Ongeveer een op de acht leerlingen is een alleenstaande minderjarige met een voogd van "
          "Nidos."),
    ("p", "Leerlingen stromen het hele jaar in en uit. In 2023-2024 kwamen er 168 nieuwe leerlingen bij en "
          "vertrokken er 151. We werken met zestien klassen van maximaal zestien leerlingen, waaronder twee "
          "alfaklassen voor leerlingen die nog niet of nauwelijks kunnen lezen en schrijven. Een leerling "
          "blijft gemiddeld 22 maanden."),
    ("h2", "Waar we voor staan"),
    ("p", "Iedereen bij ons is waardevol en wordt gezien. Wij hebben hoge verwachtingen van onze leerlingen en "
          "van elkaar. Voor ons betekent dat vooral: we beginnen bij wat een leerling al kan, niet bij wat hij "
          "nog mist. Een leerling die in Syrië wiskunde op vwo-niveau had, hoort na de ISK op de havo of het "
          "vwo, ook als zijn Nederlands nog niet af is. Liever een havoplaatsing met steun dan een "
          "vmbo-plaatsing 'voor de zekerheid'."),
    ("h2", "Wat de afgelopen periode ons leerde"),
    ("p", "In het najaar van 2024 hebben we de periode 2021-2025 geëvalueerd. De belangrijkste uitkomsten:"),
    ("b", "Leerlingen in leerroute 3 en 4 halen binnen een jaar meestal niveau A2; in de alfaklassen gaat het "
          "trager dan we willen. Van alle uitstromers had 71 procent bij vertrek ten minste A2 voor lezen."),
    ("b", "Van de leerlingen die in 2023 uitstroomden, zat na een jaar 74 procent nog op de school en het "
          "niveau waarop we hen hadden geplaatst."),
    ("b", "84 procent van de leerlingen voelt zich veilig op school. Online pesten via groepsapps is "
          "toegenomen."),
    ("b", "Het ziekteverzuim van het personeel was in 2024 6,8 procent, duidelijk hoger dan op andere "
          "ASG-scholen."),
    ("b", "Ouders zijn moeilijk te bereiken: bij het eerste voortgangsgesprek was 81 procent aanwezig."),
    ("p", "Bij het onderzoek van de inspectie in november 2023 kreeg De Veerpont het basisarrangement. De "
          "inspectie waardeerde het zicht op ontwikkeling als goed en vroeg om een systematischere evaluatie "
          "van de doorstroom. Dat advies hebben we in dit plan verwerkt (hoofdstuk 4 en 7)."),

    ("h1", "2. Taal: de sleutel tot alles"),
    ("h2", "Vier leerroutes"),
    ("p", "Bij de intake bepalen we met een toets in de eigen taal (rekenen en lezen) en een gesprek welk "
          "onderwijs een leerling eerder heeft gehad. Op basis daarvan plaatsen we hem in een van vier "
          "leerroutes, die aansluiten bij de uitstroomprofielen van LOWAN: route 1 richting praktijkonderwijs "
          "of arbeid, route 2 richting vmbo basis/kader of mbo 1-2, route 3 richting vmbo-gt, havo of mbo 3-4, "
          "en route 4 richting havo of vwo. De leerroute is een startpunt. Elke tien weken kijken we of hij "
          "nog klopt."),
    ("h2", "Nederlands als tweede taal"),
    ("p", "In de eerste fase krijgen leerlingen 14 van de 28 lesuren per week Nederlands. We werken met "
          "TaalCompleet (A1 tot en met B1) en met een eigen woordenschatprogramma rond de thema's van het "
          "dagelijks leven. In de alfaklassen leren leerlingen eerst lezen en schrijven in het Latijnse "
          "schrift, met alfabetiseringsmateriaal van LOWAN en veel mondelinge taal."),
    ("p", "We meten de voortgang met het Europees Referentiekader (ERK). Lezen en luisteren toetsen we elke tien "
          "weken met de Dia-toetsen; spreken en schrijven beoordelen twee docenten samen met onze eigen "
          "ERK-rubrics. Zo weet elke leerling, en elke mentor, precies op welk niveau hij staat."),
    ("h2", "Taal in elk vak"),
    ("p", "Ook rekenen en wiskunde (Getal & Ruimte), Engels, mens en maatschappij, natuur en lichamelijke "
          "opvoeding zijn taallessen. Alle vakdocenten werken met de vijf principes van taalgericht "
          "vakonderwijs: context bieden, woordenschat expliciet aanbieden, interactie, taalsteun en feedback "
          "op taal. Lesthema's sluiten aan bij wat onze leerlingen nu meemaken: wonen in Almere, naar de "
          "huisarts gaan, een bijbaan zoeken, je rechten als jongere kennen."),
    ("h2", "De thuistaal als hulpmiddel"),
    ("p", "Sinds 2024 werken drie docenten met translanguaging: leerlingen mogen een opdracht eerst in hun "
          "eigen taal bespreken, ze maken woordenlijsten in de thuistaal en de meertalige "
          "onderwijsassistenten leggen begrippen uit in het Arabisch, Tigrinya, Oekraïens of Turks. Leerlingen "
          "begrijpen zo de stof sneller en voelen zich minder dom. In 2025-2026 breiden we dit uit naar de "
          "vakken Nederlands en mens en maatschappij; vanaf 2026-2027 is het de werkwijze in alle klassen."),
    ("h2", "Wat we willen bereiken"),
    ("b", "In 2029 heeft 85 procent van de uitstromers bij vertrek ten minste niveau A2 voor lezen (2025: 71 "
          "procent)."),
    ("b", "Leerlingen in de alfaklassen stromen binnen twaalf maanden door naar een reguliere ISK-klas (nu "
          "gemiddeld zeventien maanden)."),
    ("b", "Vanaf 2026-2027 werken alle klassen met translanguaging; bij lesbezoeken zien we het in ten minste "
          "80 procent van de lessen terug."),

    ("h1", "3. Welzijn en veiligheid"),
    ("h2", "Aankomen"),
    ("p", "De eerste dagen bepalen veel. Binnen vijf schooldagen na de aanmelding voeren we een "
          "intakegesprek met de leerling en zijn ouders of voogd, met een tolk als dat nodig is. Een "
          "buddy die dezelfde taal spreekt, geeft een rondleiding en zit de eerste twee weken naast de nieuwe "
          "leerling. In de welkomstweek maakt de leerling kennis met zijn mentor, het rooster, de kantine en "
          "de weg van huis naar school. Ouders krijgen de schoolgids in een korte versie in hun eigen taal."),
    ("h2", "Zicht op wat een leerling meemaakt"),
    ("p", "Veel van onze leerlingen hebben oorlog, een gevaarlijke reis of een scheiding van hun familie achter "
          "de rug. De mentor spreekt elke leerling elke week kort alleen. Na acht weken vult de leerling de "
          "SDQ-vragenlijst in zijn eigen taal in; de zorgcoördinator bespreekt de uitkomst met de mentor. De "
          "jeugdarts van GGD Flevoland ziet elke nieuwe leerling binnen drie maanden. Het zorgteam "
          "(zorgcoördinator, orthopedagoog, schoolmaatschappelijk werker en jeugdarts) komt elke week bij "
          "elkaar."),
    ("h2", "Traumasensitief werken"),
    ("p", "Rust en voorspelbaarheid helpen leerlingen leren. Elke les begint en eindigt op dezelfde manier, "
          "het dagprogramma staat op het bord en er is een rustruimte waar een leerling even kan bijkomen. In "
          "2025-2026 volgt het hele team de training traumasensitief lesgeven. Leerlingen met veel "
          "stressklachten kunnen deelnemen aan een groep van Mind-Spring Junior, die twee keer per jaar op "
          "school start."),
    ("h2", "Veiligheid en omgang"),
    ("p", "Onze vijf omgangsregels hangen in acht talen in elk lokaal. Bij ruzie of pesten werken we met "
          "herstelgesprekken: wie schade doet, praat met de ander en maakt het goed. Het anti-pestprotocol "
          "is in 2025 uitgebreid met online pesten; mentoren bespreken in de eerste periode met elke klas hoe "
          "je je in groepsapps gedraagt. Incidenten registreren we in SOMtoday. Elk voorjaar vullen alle "
          "leerlingen een veiligheidsvragenlijst in, vertaald in acht talen. Ons doel is dat in 2029 90 "
          "procent zich veilig voelt (2024: 84 procent). De veiligheidscoördinator rapporteert twee keer per "
          "jaar aan het managementteam."),
    ("h2", "Burgerschap en ons openbare karakter"),
    ("p", "Onze leerlingen moeten niet alleen de taal leren, maar ook hoe de Nederlandse samenleving werkt. "
          "Daarom hebben alle klassen twee uur per week het vak Samenleving. Onderwerpen zijn onder meer de "
          "democratie en de rechtsstaat, grondrechten, gelijkwaardigheid van mannen en vrouwen, acceptatie van "
          "lhbtiq+-personen en discriminatie. Leerroute 3 en 4 bezoeken elk jaar de Tweede Kamer, alle "
          "klassen Nieuw Land Erfgoedcentrum in Lelystad. Elke klas kiest een vertegenwoordiger voor de "
          "leerlingenraad; zo oefenen leerlingen met verkiezingen, vergaderen en opkomen voor anderen."),
    ("p", "Als openbare school zijn wij er voor iedere leerling, ongeacht geloof, herkomst of verblijfsstatus. "
          "We geven geen godsdienstonderwijs vanuit één overtuiging. In Samenleving leren leerlingen over "
          "verschillende levensbeschouwingen en oefenen ze met een gesprek waarin ze het oneens zijn. De "
          "stilteruimte is er voor iedereen. Feestdagen van leerlingen, zoals het orthodoxe Pasen en het "
          "Suikerfeest, benoemen we in de klas, en ouders kunnen er verlof voor aanvragen."),
    ("h2", "Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel staat wat we iedere leerling bieden: intensief NT2-onderwijs, "
          "kleine klassen, een mentor met wekelijks contact, traumasensitief lesgeven en het zorgteam. Extra "
          "ondersteuning regelen we met het Samenwerkingsverband VO Almere, bijvoorbeeld ambulante "
          "begeleiding of een plaatsing met extra begeleiding na de ISK. Onze orthopedagoog (één dag per "
          "week) doet onderzoek als we een leerstoornis of ontwikkelingsachterstand vermoeden. Ernstige "
          "psychiatrische problematiek of gedrag waarbij een leerling voortdurend begeleiding nodig heeft, "
          "kunnen wij niet opvangen; dan zoeken we met het samenwerkingsverband en de ouders of voogd een "
          "plek in het voortgezet speciaal onderwijs of een combinatie met zorg."),

    ("h1", "4. Doorstroom"),
    ("h2", "Van instroom tot uitstroom"),
    ("p", "Binnen zes weken na de start heeft elke leerling een ontwikkelingsperspectief met een voorlopige "
          "leerroute en een verwachte uitstroomdatum. Elke tien weken bespreken mentor, docenten en "
          "zorgcoördinator de voortgang. Het uitstroombesluit nemen we in de leerlingbespreking en bespreken "
          "we daarna met de leerling en ouders of voogd, met een tolk als dat nodig is. Leerlingen die sneller "
          "gaan, laten we eerder uitstromen; we houden niet vast aan de twee jaar."),
    ("h2", "Oriëntatie op de toekomst"),
    ("p", "Vanaf de tweede fase krijgen alle leerlingen loopbaanoriëntatie: wat voor scholen zijn er, welke "
          "beroepen passen bij mij, wat zijn de regels voor werk en stage? Elke leerling loopt minstens één "
          "dag mee op een school waar hij naartoe zou kunnen. Samen met ROC van Flevoland organiseren we elk "
          "voorjaar een beroepenmarkt. Leerlingen van 16 jaar en ouder in route 1 lopen stage bij een bedrijf "
          "in Almere."),
    ("h2", "Duale plaatsing: een zachte landing"),
    ("p", "De overstap naar een reguliere school is groot. Daarom starten we in 2026-2027 met duale plaatsing: "
          "leerlingen volgen in hun laatste tien ISK-weken twee dagen per week les op hun nieuwe school en drie "
          "dagen bij ons. We beginnen met één vmbo- en één havo/vwo-school van ASG. In juni 2027 evalueren we "
          "met beide scholen; als de resultaten goed zijn, breiden we uit naar alle ontvangende ASG-scholen. "
          "Zo sluiten de ISK en het vervolgonderwijs van ASG beter op elkaar aan."),
    ("h2", "Warme overdracht en nazorg"),
    ("p", "Bij elke uitstroom is er een overdrachtsgesprek tussen de mentor van De Veerpont en de mentor van de "
          "nieuwe school. De mentor belt de leerling en de nieuwe school na drie en na zes maanden. Op verzoek "
          "van de ontvangende school geeft een van onze NT2-docenten in het eerste jaar nog advies. Met een "
          "eigen uitstroommonitor houden we bij waar onze oud-leerlingen na één jaar zitten; die gegevens "
          "bespreken we elk jaar in oktober met het team en met de ontvangende scholen."),
    ("h2", "Onze plek in de stad"),
    ("p", "De Veerpont is de enige vo-school voor nieuwkomers in Almere. Als wij vol zitten, zitten jongeren "
          "thuis. In 2023 stonden er in het najaar veertig leerlingen op een wachtlijst. Sindsdien hebben we "
          "elke maand overleg met de gemeente (leerplicht en onderwijshuisvesting), het samenwerkingsverband en "
          "de andere vo-besturen in Almere. We hebben afgesproken dat een nieuwkomer binnen vier weken na "
          "aanmelding op school zit. Als de instroom stijgt, openen we binnen zes weken een extra klas in een "
          "noodlokaal."),

    ("h1", "5. Team"),
    ("h2", "Ons team"),
    ("p", "Bij De Veerpont werken 38 mensen: 23 docenten, 7 onderwijsassistenten (van wie vijf meertalig), "
          "een zorgcoördinator, een orthopedagoog, twee mentorcoördinatoren, een conciërge, twee "
          "administratief medewerkers, een teamleider en de directeur. Zes docenten hadden in 2025 nog geen "
          "bevoegdheid."),
    ("h2", "Bekwaam in lesgeven aan nieuwkomers"),
    ("p", "Lesgeven aan nieuwkomers is een vak apart. Elke nieuwe docent volgt in het eerste jaar de "
          "basiscursus Lesgeven aan nieuwkomers van LOWAN en krijgt een ervaren collega als maatje. "
          "Vakdocenten volgen de scholing taalgericht vakonderwijs. Iedere medewerker stelt elk jaar een "
          "persoonlijk ontwikkelplan op met een eigen leervraag. Elk jaar volgen ten minste twee collega's "
          "een programma van de ASG Academie; voor 2025-2026 staan de leergang mentoraat en de opleiding tot "
          "werkplekbegeleider op de planning."),
    ("h2", "Bevoegd voor de klas"),
    ("p", "Voor iedere onbevoegde docent is er een opleidingsplan met een einddatum. De school betaalt de "
          "opleiding, geeft één dag per week studietijd en zorgt voor een coach. We gebruiken daarvoor de "
          "subsidie zij-instroom. In 2029 is 95 procent van de docenten bevoegd (2025: 72 procent). Bij "
          "vacatures kiezen we liever voor een zij-instromer met een opleidingsplan dan voor een onbevoegde "
          "invaller zonder perspectief."),
    ("h2", "Zorg voor elkaar"),
    ("p", "De verhalen van onze leerlingen raken ons. Dat is goed, maar het kost ook energie. Het hoge verzuim "
          "van 2024 nemen we serieus. Zes keer per jaar is er intervisie onder leiding van een externe "
          "traumadeskundige, waarin collega's bespreken hoe ze omgaan met heftige verhalen. Een medewerker die "
          "zich ziek meldt, spreekt binnen een week met de teamleider; bij langer verzuim volgt snel een "
          "gesprek met de bedrijfsarts. We zetten de werkdrukmiddelen in voor een extra onderwijsassistent, "
          "zodat docenten minder surveillance hebben. Elke dinsdagmiddag is er na schooltijd een sportuur "
          "voor het team. Ons doel: verzuim 5,5 procent in 2029."),
    ("h2", "Gesprekscyclus"),
    ("p", "Elke medewerker heeft in september een startgesprek over het POP, in februari een "
          "voortgangsgesprek na een lesbezoek en eens in de drie jaar een beoordelingsgesprek. De teamleider "
          "voert de gesprekken met docenten en onderwijsassistenten, de directeur met het ondersteunend "
          "personeel en de zorgcoördinator. Verslagen staan in het digitale personeelsdossier."),
    ("h2", "Leren met collega's van buiten"),
    ("p", "Onze docenten nemen twee keer per jaar deel aan de regionale netwerkdagen van LOWAN voor "
          "ISK-docenten. Samen met de taalcoördinatoren van de ASG-scholen die onze leerlingen ontvangen, "
          "vormen we de ASG-werkgroep nieuwkomers, die vier keer per jaar bij elkaar komt om materialen en "
          "ervaringen met overdracht uit te wisselen. Onze NT2-specialisten geven elk jaar workshops "
          "taalgericht vakonderwijs aan docenten van ASG-scholen voor voortgezet onderwijs, zodat ook zij "
          "nieuwkomers goed kunnen begeleiden."),

    ("h1", "6. Partners"),
    ("h2", "Ouders en voogden"),
    ("p", "Veel ouders kennen het Nederlandse onderwijs niet en spreken nog weinig Nederlands. Onze "
          "ouderconsulent (zij spreekt Arabisch, Engels en Nederlands) belt na de intake elke ouder en gaat zo "
          "nodig op huisbezoek. Elk jaar zijn er drie voortgangsgesprekken; we plannen die ook 's avonds en "
          "zorgen voor een tolk. Vier keer per jaar organiseren we een ouderochtend over het Nederlandse "
          "schoolsysteem, in het Arabisch, Oekraïens, Tigrinya en Turks. Berichten in SOMtoday sturen we in "
          "eenvoudig Nederlands, met een vertaling in de vijf grootste talen. Voor alleenstaande minderjarigen "
          "is de voogd van Nidos ons aanspreekpunt; met Nidos hebben we elke zes weken overleg."),
    ("h2", "Gemeente en opvang"),
    ("p", "De gemeente Almere is onze belangrijkste partner voor aanmelding, leerplicht en huisvesting. Met "
          "de opvanglocaties voor Oekraïners en de COA-locatie in de regio hebben we korte lijnen: een nieuwe "
          "bewoner van schoolgaande leeftijd wordt binnen een week bij ons aangemeld. Jongerenwerkers van De "
          "Schoor zijn twee middagen per week in de aula en organiseren activiteiten na schooltijd."),
    ("h2", "Zorg en welzijn"),
    ("p", "GGD Flevoland levert de jeugdarts en verzorgt het gezondheidsonderzoek van nieuwe leerlingen. De "
          "schoolmaatschappelijk werker komt van het sociaal wijkteam en is drie dagdelen per week op school. "
          "Mind-Spring Junior draait met getrainde trainers uit de eigen taalgroepen."),
    ("h2", "Onderwijs en vervolg"),
    ("p", "We werken samen met alle vo-scholen in Almere die nieuwkomers ontvangen, met ROC van Flevoland en "
          "met het Samenwerkingsverband VO Almere. Landelijk zijn we aangesloten bij LOWAN; de directeur neemt "
          "deel aan het landelijke directeurenoverleg van ISK-scholen en brengt daar de ervaringen van Almere "
          "in."),
    ("h2", "Vrije tijd en talent"),
    ("p", "Via het Jeugdfonds Sport & Cultuur kunnen leerlingen lid worden van een sportvereniging of "
          "muziekles nemen. De Nieuwe Bibliotheek houdt elke woensdagmiddag een taalcafé waar onze leerlingen "
          "welkom zijn. In 2024 werden 46 leerlingen lid van een vereniging; dat willen we elk jaar herhalen."),

    ("h1", "7. Kwaliteitszorg"),
    ("p", "Ons schooljaar bestaat uit vier periodes van tien weken. Aan het eind van elke periode bekijkt het "
          "team de ERK-resultaten, de doorstroom en de incidenten. Per leerroute bespreken de docenten wat "
          "werkte en wat ze de volgende periode anders doen. Het managementteam legt de uitkomsten vast en "
          "stuurt bij."),
    ("p", "Het jaarplan volgt uit dit schoolplan en wordt in september vastgesteld. In de kwartaalrapportage "
          "aan het bestuur rapporteren we over in- en uitstroom, ERK-resultaten, verzuim en incidenten. Elk "
          "voorjaar houden we een leerlingenquête in de eigen taal, en om het jaar een ouderpeiling met tolken. "
          "De uitstroommonitor (zie hoofdstuk 4) geeft ons elk najaar zicht op de resultaten na de ISK. In het "
          "jaarverslag leggen we verantwoording af over de doelen uit de tabel hieronder. In 2027 laten we ons "
          "onderwijs doorlichten door een auditteam van twee andere ISK-scholen uit het LOWAN-netwerk."),

    ("h1", "8. Doelen 2025-2029"),
    ("p", "De waarde bij 2025 is de uitgangssituatie (meting 2024-2025). De doelen voor 2027 en 2029 zijn "
          "streefwaarden aan het eind van het schooljaar."),
    ("table", None),

    ("h1", "9. Vaststelling"),
    ("p", "Dit schoolplan wordt op 12 juni 2025 ter instemming voorgelegd aan de medezeggenschapsraad van De "
          "Veerpont. Na instemming van de MR stelt het College van Bestuur van de Almeerse Scholen Groep het "
          "plan vast. Het plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029."),
]

DOELEN = [
    ("Indicator", "2025", "2027", "2029"),
    ("Uitstromers met minimaal A2 lezen bij vertrek", "71%", "78%", "85%"),
    ("Gemiddelde verblijfsduur alfaklas tot doorstroom (maanden)", "17", "14", "12"),
    ("Lessen met zichtbare translanguaging (lesbezoek)", "15%", "80%", "90%"),
    ("Oud-leerlingen na één jaar nog op geplaatst niveau of hoger", "74%", "80%", "85%"),
    ("Oud-leerlingen gesproken na zes maanden (nazorg)", "60%", "85%", "95%"),
    ("Wachttijd van aanmelding tot eerste schooldag (weken)", "6", "4", "4"),
    ("Leerlingen die zich veilig voelen (vragenlijst)", "84%", "88%", "90%"),
    ("Bevoegde docenten", "72%", "85%", "95%"),
    ("Ziekteverzuim personeel", "6,8%", "6,0%", "5,5%"),
    ("Ouders/voogden aanwezig bij eerste voortgangsgesprek", "81%", "88%", "92%"),
    ("Workshops voor docenten van ASG-vo-scholen (per jaar)", "2", "4", "4"),
]


def _stijlen(document):
    normaal = document.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10.5)
    rpr = normaal.element.get_or_add_rPr()
    taal = OxmlElement("w:lang")
    taal.set(qn("w:val"), "nl-NL")
    rpr.append(taal)
    for naam in ("Heading 1", "Heading 2", "Title"):
        stijl = document.styles[naam]
        stijl.font.name = "Arial"
        stijl.font.color.rgb = RGBColor(0x00, 0x5A, 0x70)


def _voettekst(document):
    alinea = document.sections[0].footer.paragraphs[0]
    alinea.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    alinea.add_run("Schoolplan ISK De Veerpont 2025-2029  |  ")
    run = alinea.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(einde)


def _doelentabel(document):
    tabel = document.add_table(rows=0, cols=4)
    tabel.style = "Light Grid Accent 1"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(DOELEN):
        cellen = tabel.add_row().cells
        for cel, tekst in zip(cellen, rij):
            cel.text = tekst
        if i == 0:
            trpr = tabel.rows[0]._tr.get_or_add_trPr()
            kop = OxmlElement("w:tblHeader")
            kop.set(qn("w:val"), "true")
            trpr.append(kop)


def build(path):
    path = str(path)
    document = Document()
    _stijlen(document)
    _voettekst(document)

    cp = document.core_properties
    cp.title = "Schoolplan ISK De Veerpont 2025-2029"
    cp.author = "E. Verbruggen"
    cp.last_modified_by = "S. Bouzid"
    cp.created = DATUM
    cp.modified = DATUM

    document.add_paragraph("Schoolplan 2025-2029", style="Title")
    p = document.add_paragraph()
    p.add_run("ISK De Veerpont").bold = True
    document.add_paragraph("Internationale schakelklassen voor nieuwkomers van 12 tot 18 jaar")
    document.add_paragraph("Almeerse Scholen Groep - Almere")
    document.add_paragraph("Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    document.add_paragraph("Versie ter instemming MR, 28 mei 2025")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for soort, tekst in INHOUD:
        if soort == "h1":
            document.add_heading(tekst, level=1)
        elif soort == "h2":
            document.add_heading(tekst, level=2)
        elif soort == "b":
            document.add_paragraph(tekst, style="List Bullet")
        elif soort == "table":
            _doelentabel(document)
        else:
            document.add_paragraph(tekst)

    document.save(path)


if __name__ == "__main__":
    build("plan_208_isk_de_veerpont.docx")
