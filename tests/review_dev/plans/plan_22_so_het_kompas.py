"""Schoolplan 2025-2029 van Het Kompas, openbare school voor speciaal onderwijs cluster 4 (SO en VSO,
circa 160 leerlingen) in Almere Buiten.

Een lang en inhoudelijk schoolplan (ruim 5.000 woorden), door de directeur met team, leerlingenraad,
ouders en MR geschreven. Opbouw met echte kopstijlen: een voorwoord en tien genummerde hoofdstukken in
de eigen woorden van de school ('Onze leerlingen', 'Ons onderwijs en de uitstroomprofielen',
'Begeleiding en zorg', 'Veiligheid', 'Ons team', 'Ouders en ketenpartners', 'Kwaliteitszorg',
'Organisatie en middelen', 'Totstandkoming en vaststelling'), met Kop 2- en Kop 3-paragrafen. De
koers van het bestuur wordt niet per kernwaarde of venster gevolgd; de doelen staan als lopende tekst in
de hoofdstukken ('In 2027 heeft iedere leerling ...'). Tabellen voor uitstroom, ketenpartners, formatie
en begroting. Veel zorgtaal: OPP, commissie van begeleiding, uitstroomprofielen dagbesteding, arbeid en
vervolgonderwijs, time-out, gedragsspecialist, jeugdhulp, onderwijszorgarrangement. Het openbare
karakter is uitgewerkt in 1.3; de instemming van de MR staat expliciet in hoofdstuk 10.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl, taal_nl_stijlen

VASTE_DATUM = datetime.datetime(2025, 7, 1, 9, 30, 0)

# Elk blok: (soort, inhoud). Soorten: titel, sub, h1, h2, h3, p, li, tabel (kop, rijen, breedtes).
BLOKKEN: list[tuple] = [
    ("titel", "Schoolplan 2025-2029"),
    ("sub", "Het Kompas"),
    ("sub", "School voor speciaal onderwijs cluster 4 - SO en VSO - Almere Buiten"),
    ("p", "Openbaar onderwijs, onderdeel van de Almeerse Scholen Groep\nDirecteur: Ruud Verhoeven\n"
          "Planperiode: 1 augustus 2025 tot en met 31 juli 2029"),

    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van Het Kompas voor de schooljaren 2025-2026 tot en met 2028-2029. Het is "
          "het plan van een school die elke dag in beweging is. Onze leerlingen zijn op een reguliere school "
          "vastgelopen, vaak meer dan eens. Ze komen bij ons binnen met een dik dossier, soms met een lange "
          "periode thuis achter de rug, en vaak met weinig vertrouwen in school en in volwassenen. Ons werk is dat "
          "vertrouwen terugwinnen en de leerling weer laten leren, zodat hij of zij straks een plek vindt: in een "
          "vervolgopleiding, in werk of in een passende vorm van dagbesteding."),
    ("p", "Bij ons is iedere leerling waardevol en wordt iedereen gezien. Ons team geeft daarvoor elke dag het "
          "beste van zichzelf, ook op de dagen waarop het tegenzit."),
    ("p", "Dit plan is gemaakt met het team, de leerlingenraad, ouders en de medezeggenschapsraad. Het beschrijft "
          "waar wij staan, wat wij de komende vier jaar willen bereiken en hoe wij dat aanpakken. De doelen staan "
          "niet in een aparte lijst, maar in de hoofdstukken zelf, bij het onderwerp waar ze bij horen. Ieder jaar "
          "werken wij ze uit in ons jaarplan en in het jaarverslag laten wij zien hoe ver wij zijn gekomen."),

    ("h1", "1. Wie wij zijn"),
    ("h2", "1.1 Onze geschiedenis"),
    ("p", "Het Kompas is in 1994 begonnen als school voor zeer moeilijk opvoedbare kinderen, in twee noodlokalen "
          "in Almere Stad. In 2008 verhuisde de school naar het huidige gebouw aan de rand van de Faunabuurt in "
          "Almere Buiten. Sinds 2012 zijn de afdelingen SO en VSO één school, met één directie en één commissie van "
          "begeleiding. In 2021 is het gebouw uitgebreid met drie praktijklokalen. Het Kompas valt sinds 2010 onder "
          "de Almeerse Scholen Groep en is de enige school voor cluster 4 in Almere met zowel een SO- als een "
          "VSO-afdeling."),
    ("h2", "1.2 Waar wij voor staan"),
    ("p", "Onze leerlingen raken gemakkelijk de weg kwijt, op school en daarbuiten. Een kompas wijst de richting, "
          "maar de leerling loopt zelf. Dat is de kern van ons werk: wij geven richting en houvast, en de leerling "
          "leert stap voor stap zelf koers te houden. Drie uitgangspunten bepalen hoe wij werken:"),
    ("li", "Gedrag is communicatie. Achter lastig gedrag zit een behoefte. Wij zoeken eerst naar de vraag achter "
           "het gedrag en pas daarna naar een maatregel."),
    ("li", "Voorspelbaarheid geeft rust. Een vast dagritme, vaste gezichten, een vaste plek en duidelijke "
           "afspraken zijn voor onze leerlingen geen luxe, maar een voorwaarde om te kunnen leren."),
    ("li", "Leren blijft het doel. Wij zijn een school en geen behandelcentrum. Ook een leerling die veel zorg "
           "nodig heeft, krijgt elke dag les en werkt aan zijn leerdoelen."),
    ("h2", "1.3 Een openbare school"),
    ("p", "Het Kompas is een openbare school. Of een leerling bij ons komt, hangt af van de "
          "toelaatbaarheidsverklaring en van wat hij of zij nodig heeft, nooit van geloof of achtergrond. Onze "
          "leerlingen komen uit heel Almere en uit gezinnen met veel verschillende culturen en "
          "levensbeschouwingen, en dat mag in de school te zien zijn."),
    ("p", "In het SO is er elke maandag een weekopening waarin een leerling of een leerkracht iets vertelt over "
          "een feest of gewoonte van thuis. Zo komen door het jaar heen onder meer het Suikerfeest, Kerst, Divali, "
          "Chanoeka en Keti Koti aan bod. In het VSO is levensbeschouwing een onderdeel van de burgerschapslessen "
          "(zie 3.5): leerlingen bezoeken in de onderbouw een moskee, een kerk en een synagoge in Almere en "
          "bespreken daarna wat hen opviel. Ouders van SO-leerlingen kunnen kiezen voor godsdienstig of humanistisch "
          "vormingsonderwijs, één lesuur per week, gegeven door vakdocenten van buiten de school; in 2024-2025 "
          "deden 14 leerlingen mee. Medewerkers dragen in de les geen eigen geloof of politieke voorkeur uit. Wel "
          "laten zij leerlingen kennismaken met verschillende opvattingen en leren zij hen daar met respect over "
          "in gesprek te gaan."),

    ("h1", "2. Onze leerlingen"),
    ("h2", "2.1 Wie er bij ons op school zitten"),
    ("p", "Op 1 oktober 2024 telde Het Kompas 161 leerlingen: 67 in het SO (4 tot 12 jaar) en 94 in het VSO (12 tot "
          "20 jaar). Ruim vier op de vijf leerlingen zijn jongens. Alle leerlingen hebben een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband Passend Onderwijs Almere of, voor 21 "
          "leerlingen uit Zeewolde en Lelystad, van een ander samenwerkingsverband in Flevoland."),
    ("p", "Onze leerlingen hebben ernstige gedrags- of psychiatrische problemen die het leren in de weg staan. Bij "
          "de meesten is een diagnose gesteld: een autismespectrumstoornis (ongeveer 45 procent), ADHD (30 "
          "procent), een hechtingsstoornis of de gevolgen van trauma (15 procent), vaak in combinatie. Ongeveer 60 "
          "procent van de leerlingen krijgt naast school jeugdhulp; 12 leerlingen wonen in een behandelgroep of een "
          "gezinshuis. Bijna een derde van de leerlingen die in 2023-2024 instroomde, had vóór de plaatsing meer "
          "dan drie maanden geen onderwijs gehad."),
    ("h2", "2.2 Wat onze leerlingen nodig hebben"),
    ("p", "Onze leerlingen leren het best in kleine groepen, met maximaal 12 leerlingen in het SO en 14 in het VSO, "
          "met een leraar en in bijna alle groepen een vaste klassenassistent. Zij hebben een voorspelbare dag nodig, "
          "een volwassene die rustig blijft als het misgaat, en instructie in kleine stappen. Veel leerlingen hebben "
          "moeite met overgangen: van huis naar school, van de ene les naar de andere, van het plein naar de klas. "
          "Daar besteden wij bewust aandacht aan, bijvoorbeeld met dagplanningen op het bord en vaste rituelen bij "
          "het begin en het einde van iedere les."),
    ("p", "Iedere nieuwe leerling begint met een observatieperiode van zes weken. In die tijd verzamelen de mentor, "
          "de intern begeleider en de gedragsspecialist gegevens over leren, gedrag, werkhouding en contact met "
          "anderen. Zij leggen die naast het dossier van de vorige school en naast wat ouders en jeugdhulp vertellen. "
          "Op basis daarvan stelt de commissie van begeleiding het ontwikkelingsperspectief vast (zie hoofdstuk 4)."),
    ("h2", "2.3 Wie wij wel en niet kunnen helpen"),
    ("p", "In ons schoolondersteuningsprofiel staat welke leerlingen wij een passende plek kunnen bieden. Kort "
          "samengevat:"),
    ("li", "Wij bieden onderwijs aan leerlingen met ernstige gedrags- en/of psychiatrische problematiek, met een "
           "intelligentie vanaf ongeveer 70 en een uitstroomperspectief dagbesteding, arbeid of vervolgonderwijs "
           "tot en met vmbo-tl."),
    ("li", "Wij kunnen leerlingen begeleiden die tijdelijk veel structuur van buitenaf en soms een time-out nodig "
           "hebben, leerlingen die daarnaast behandeling krijgen en leerlingen die na een periode thuis opnieuw "
           "moeten wennen aan school."),
    ("li", "Wij kunnen geen passend onderwijs bieden aan leerlingen die voortdurend één-op-één begeleiding nodig "
           "hebben, aan leerlingen bij wie een medische of verpleegkundige zorgvraag voorop staat, en aan leerlingen "
           "die vanwege gevaar voor zichzelf of anderen een gesloten setting nodig hebben. Voor leerlingen met een "
           "havo- of vwo-perspectief zoeken wij samen met het samenwerkingsverband een plek op een andere cluster "
           "4-school in de regio."),
    ("p", "Twijfelen wij of een aangemelde leerling bij ons past, dan plannen wij vóór de plaatsing een overleg met "
          "ouders, de verwijzende school en het samenwerkingsverband, zodat de leerling niet tussen wal en schip "
          "valt."),
    ("h2", "2.4 Waar onze leerlingen naartoe gaan"),
    ("p", "De tabel laat zien waar onze schoolverlaters de afgelopen drie jaar naartoe gingen."),
    ("tabel", ["Uitstroom", "2021-2022", "2022-2023", "2023-2024"], [
        ["SO: naar VSO Het Kompas", "9", "10", "9"],
        ["SO: naar regulier VO of praktijkonderwijs", "3", "4", "4"],
        ["SO: naar ander (V)SO", "2", "2", "2"],
        ["VSO: vervolgonderwijs (mbo)", "11", "12", "13"],
        ["VSO: arbeid", "9", "7", "9"],
        ["VSO: dagbesteding", "3", "3", "3"],
        ["VSO: anders of onbekend", "2", "1", "2"],
    ], [8.0, 2.5, 2.5, 2.5]),
    ("p", "Een jaar na uitstroom zat in 2024 81 procent van onze oud-leerlingen nog op dezelfde plek. Hoe wij dat "
          "volgen, staat in hoofdstuk 8."),

    ("h1", "3. Ons onderwijs en de uitstroomprofielen"),
    ("h2", "3.1 Het SO"),
    ("p", "Het SO heeft zeven groepen: twee groepen voor jonge leerlingen (4 tot 7 jaar), twee middenbouwgroepen, "
          "twee bovenbouwgroepen en de groep De Brug (zie 4.5). In de ochtend staan rekenen, taal en lezen op het "
          "rooster, in de middag wereldoriëntatie, creatieve vakken, bewegingsonderwijs en sociaal-emotionele "
          "vorming. De vakleerkracht bewegingsonderwijs geeft iedere groep drie lesuren per week."),
    ("p", "Voor de basisvakken gebruiken wij Getal & Ruimte Junior, Taal actief en Estafette, voor "
          "wereldoriëntatie Blink en voor de sociaal-emotionele vorming Leefstijl en de weerbaarheidstraining Rots "
          "en Water. Iedere leerling werkt op een leerroute die in het OPP is vastgelegd; daarvoor gebruiken wij de "
          "leerroutes die voor het speciaal onderwijs bij de kerndoelen zijn uitgewerkt. Leerlingen die sneller "
          "gaan, schuiven door naar een hogere leerroute zodra dat kan. Het SO maakt 940 uur onderwijstijd per jaar."),
    ("h2", "3.2 Het VSO en de uitstroomprofielen"),
    ("p", "Het VSO heeft zeven groepen. In het eerste jaar kiest iedere leerling samen met ouders en mentor een van "
          "de drie uitstroomprofielen: vervolgonderwijs, arbeid of dagbesteding. Het profiel wordt vastgelegd in "
          "het OPP en ieder jaar door de commissie van begeleiding opnieuw bekeken."),
    ("h3", "Vervolgonderwijs"),
    ("p", "Leerlingen in dit profiel volgen een vmbo-programma in de basis- of kaderberoepsgerichte leerweg, met de "
          "profielen Zorg en welzijn of Economie en ondernemen. Zij doen eindexamen bij Het Kompas. Voor de "
          "beroepsgerichte vakken werken wij samen met een vmbo-school van ASG, waar onze leerlingen één dag per "
          "week in een kleine groep praktijkles krijgen, begeleid door onze eigen praktijkdocent. Leerlingen met een "
          "tl-perspectief doen deelstaatsexamens. In 2023-2024 slaagden 12 van de 13 examenkandidaten."),
    ("h3", "Arbeid"),
    ("p", "Leerlingen in het profiel arbeid werken vanaf 14 jaar aan arbeidsvaardigheden in onze praktijklokalen: "
          "de schoolkeuken met kantine, het technieklokaal en de groenafdeling met moestuin en kas. Vanaf 15 jaar "
          "lopen zij interne stage, bijvoorbeeld in de kantine, bij de conciërge of in de fietsenwerkplaats. Vanaf "
          "16 jaar volgen externe stages bij bedrijven in Almere, begeleid door onze stagecoördinator en jobcoach. "
          "Leerlingen halen praktijkverklaringen en branchecertificaten, zoals Heftruck, Schoonmaak en Basis "
          "Horeca. Sinds 2023 volgen leerlingen met een mbo-perspectief in hun laatste jaar de Entree-opleiding, in "
          "samenwerking met het ROC van Flevoland en op onze eigen locatie."),
    ("p", "In 2027 heeft iedere leerling in het profiel arbeid vóór het laatste schooljaar ten minste twee externe "
          "stages gelopen en ten minste één praktijkverklaring of branchecertificaat gehaald. In 2023-2024 gold "
          "dat voor 11 van de 19 leerlingen."),
    ("h3", "Dagbesteding"),
    ("p", "Een kleine groep leerlingen, in 2024-2025 negen, werkt toe naar dagbesteding. Zij volgen een programma "
          "met de nadruk op zelfredzaamheid, wonen en vrije tijd, en lopen vanaf 16 jaar oriëntatiestages bij een "
          "zorgboerderij en bij twee dagbestedingslocaties in Almere. In het laatste schooljaar regelen mentor, "
          "ouders en de consulent van de gemeente samen de overstap, zodat er bij het verlaten van school een plek "
          "klaarstaat."),
    ("h2", "3.3 Taal, rekenen en de referentieniveaus"),
    ("p", "Twee keer per jaar toetsen wij taal en rekenen: in het SO met de toetsen van Leerling in beeld, in het "
          "VSO met de Diatoetsen. De mentor legt de resultaten naast de leerroute uit het OPP. Voor leerlingen met "
          "het profiel vervolgonderwijs is het doel ten minste referentieniveau 2F voor taal en rekenen bij "
          "uitstroom, voor het profiel arbeid ten minste 1F. In 2023-2024 haalde 71 procent van de "
          "VSO-schoolverlaters het niveau dat in het OPP stond."),
    ("h2", "3.4 Bij twijfel kiezen wij het hogere profiel"),
    ("p", "Leerlingen in het speciaal onderwijs worden snel onderschat, ook door zichzelf. Daarom hebben wij "
          "afgesproken: als de commissie van begeleiding twijfelt tussen twee uitstroomprofielen of leerroutes, "
          "kiezen wij het hogere, en na een halfjaar kijken wij of dat haalbaar is. Bij iedere jaarlijkse evaluatie "
          "van het OPP bespreekt de commissie ook uitdrukkelijk of terugplaatsing naar een reguliere school "
          "mogelijk is. Wij willen dat het aandeel VSO-leerlingen dat uitstroomt naar vervolgonderwijs stijgt van "
          "gemiddeld 48 procent in de afgelopen drie jaar naar 55 procent in 2028-2029, zonder dat de bestendiging "
          "daalt."),
    ("h2", "3.5 Burgerschap"),
    ("p", "Onze leerlingen moeten later hun weg vinden in een samenleving die voor hen niet vanzelf spreekt. "
          "Burgerschap is bij ons daarom heel praktisch. In het SO houdt iedere groep elke week een "
          "klassenvergadering, waarin leerlingen afspraken maken en problemen in de groep bespreken. Het VSO heeft "
          "een leerlingenraad van zes leerlingen die eens per maand met de afdelingsleider vergadert en een eigen "
          "budget van 1.500 euro per jaar beheert."),
    ("p", "In het VSO volgen alle leerlingen de lessenreeks Jij en de samenleving, met de thema's geld en schulden, "
          "wonen en huren, werken en je rechten, stemmen en democratie, veilig online, en verschillen tussen mensen "
          "en culturen. Bij landelijke verkiezingen houden wij schoolverkiezingen, met echte stemhokjes en een "
          "debat tussen leerlingen. In het laatste schooljaar doet iedere VSO-leerling een maatschappelijke "
          "activiteit in de wijk, bijvoorbeeld bij de voedselbank of in het verpleeghuis in de Faunabuurt."),
    ("h2", "3.6 Digitale geletterdheid"),
    ("p", "Werk en vervolgonderwijs vragen steeds meer digitale vaardigheden. Tot nu toe kwam digitale geletterdheid "
          "bij ons vooral los en per groep aan bod. In 2025-2026 stelt een werkgroep van vier leraren een doorlopende "
          "leerlijn op van de jongste SO-groep tot en met de eindgroep van het VSO, met vier onderdelen: "
          "mediawijsheid, veilig online, informatievaardigheden en werken met de software die op stage en in het "
          "mbo nodig is. In 2026-2027 werken alle groepen met deze leerlijn. Iedere VSO-leerling sluit de leerlijn "
          "af met een eigen digitaal portfolio, dat hij of zij meeneemt naar stage of vervolgopleiding."),

    ("h1", "4. Begeleiding en zorg"),
    ("h2", "4.1 Het ontwikkelingsperspectief"),
    ("p", "Iedere leerling heeft een ontwikkelingsperspectiefplan (OPP). Daarin staan het uitstroomprofiel en de "
          "verwachte uitstroombestemming, de bevorderende en belemmerende factoren, de leerroutes voor taal en "
          "rekenen en de doelen voor gedrag, werkhouding en sociale ontwikkeling. De mentor stelt het OPP op binnen "
          "zes weken na plaatsing, samen met de intern begeleider en de orthopedagoog. Het handelingsdeel, wat wij "
          "op school doen en wat ouders en jeugdhulp doen, bespreken wij met de ouders en vanaf 12 jaar ook met de "
          "leerling zelf. Over het OPP voeren wij op overeenstemming gericht overleg; ouders ondertekenen het "
          "handelingsdeel. Het OPP wordt twee keer per jaar geëvalueerd, in november en in mei."),
    ("h2", "4.2 De commissie van begeleiding"),
    ("p", "De commissie van begeleiding (CvB) bestaat uit de orthopedagoog-GZ-psycholoog als voorzitter, de "
          "directeur, de intern begeleiders van SO en VSO, de schoolmaatschappelijk werker en, op afroep, de "
          "jeugdarts van de GGD. De CvB komt elke twee weken bijeen. Zij stelt het OPP vast, beoordeelt de "
          "evaluaties, adviseert over het uitstroomprofiel en over terugplaatsing, en vraagt op tijd een verlenging "
          "van de TLV aan als dat nodig is. Iedere leerling komt ten minste één keer per jaar in de CvB; leerlingen "
          "bij wie het niet goed gaat, vaker."),
    ("h2", "4.3 De mentor en de groep"),
    ("p", "Iedere leerling heeft een vaste mentor; in het SO is dat de eigen leraar. De mentor is het aanspreekpunt "
          "voor ouders en jeugdhulp. Na iedere toets- en evaluatieperiode bespreekt de mentor met de intern "
          "begeleider de hele groep: hoe gaat het met leren, gedrag en welbevinden, welke leerlingen hebben meer "
          "nodig en wat vraagt dat van de leraar en de assistent. Voor gedrag heeft iedere groep een groepsplan "
          "gedrag, waarin staat welke aanpak voor de hele groep geldt en welke leerlingen een eigen aanpak hebben."),
    ("h2", "4.4 Gedragsspecialisten en time-out"),
    ("p", "Het Kompas heeft twee gedragsspecialisten, één voor het SO en één voor het VSO, beiden met een master "
          "Educational Needs. Zij observeren in de groepen, coachen leraren en assistenten, maken na herhaalde "
          "incidenten samen met de mentor een functionele gedragsanalyse en begeleiden de intervisie (zie 6.4)."),
    ("p", "Raakt een leerling zo ontregeld dat hij niet meer in de groep kan blijven, dan is een time-out mogelijk. "
          "Wij kennen twee vormen: een time-out op een vaste, prikkelarme plek in of bij de groep, en een time-out "
          "in een van de twee rustkamers. Een time-out in de rustkamer is altijd onder toezicht van een volwassene "
          "en zo kort mogelijk, met een maximum van twintig minuten. Iedere time-out in de rustkamer wordt "
          "geregistreerd in ParnasSys, en de ouders worden dezelfde dag gebeld. In 2023-2024 registreerden wij 412 "
          "time-outs in de rustkamer, bij 58 verschillende leerlingen. In 2027-2028 willen wij dat aantal met een "
          "derde hebben teruggebracht, door eerder te signaleren, door meer prikkelarme werkplekken in de groepen "
          "en door na drie time-outs in een maand altijd een gedragsanalyse te maken."),
    ("h2", "4.5 Onderwijs en jeugdhulp samen"),
    ("p", "Bijna twee derde van onze leerlingen heeft naast school jeugdhulp. Om te voorkomen dat school en hulp "
          "langs elkaar heen werken, hebben wij sinds 2022 een onderwijszorgarrangement met Triade Vitree. In de "
          "SO-groep De Brug werken een leraar en een jeugdhulpverlener vier dagen per week samen in de groep, voor "
          "ten hoogste acht leerlingen die naast onderwijs intensieve behandeling nodig hebben. Het arrangement "
          "wordt betaald door het samenwerkingsverband en de gemeente Almere samen. Van de 19 leerlingen die sinds "
          "de start in De Brug zaten, stroomden er 14 door naar een gewone SO-groep. In 2026-2027 starten wij een "
          "tweede onderwijszorgarrangement, voor de onderbouw van het VSO."),
    ("p", "Iedere jeugdhulpverlener die met een van onze leerlingen werkt, heeft bij ons één vaste contactpersoon: "
          "de intern begeleider van de afdeling. Bij leerlingen met jeugdhulp is de hulpverlener in principe bij de "
          "OPP-bespreking aanwezig."),
    ("h2", "4.6 Schoolmaatschappelijk werk en meldcode"),
    ("p", "De schoolmaatschappelijk werker (0,6 fte) ondersteunt gezinnen bij vragen over opvoeding, geldzaken en "
          "hulpverlening en brengt ouders zo nodig in contact met het sociaal wijkteam. Zij is ook "
          "aandachtsfunctionaris voor de meldcode huiselijk geweld en kindermishandeling en overlegt bij zorgen met "
          "Veilig Thuis Flevoland."),

    ("h1", "5. Veiligheid"),
    ("h2", "5.1 Een voorspelbare school"),
    ("p", "Veiligheid is bij ons geen vanzelfsprekendheid. Veel van onze leerlingen hebben thuis of op een vorige "
          "school onveiligheid meegemaakt, en sommigen kunnen zelf heftig reageren. Daarom werken wij met "
          "duidelijke, zichtbare afspraken. In elke groep hangen dezelfde vijf schoolregels, in het SO met "
          "pictogrammen. Iedere medewerker reageert op dezelfde manier op grensoverschrijdend gedrag, en bij "
          "ernstige incidenten volgen wij een vast protocol."),
    ("h2", "5.2 Omgaan met incidenten"),
    ("p", "Ons veiligheidsplan, bijgesteld in 2024, beschrijft wat wij doen bij agressie, bij fysiek ingrijpen, bij "
          "weglopen en bij pesten. Fysiek ingrijpen doen wij alleen als de leerling zelf of anderen in gevaar zijn, "
          "met de technieken die alle medewerkers in de training Omgaan met agressie hebben geleerd. Ieder incident "
          "wordt gemeld in het incidentenregistratiesysteem. De veiligheidscoördinator bespreekt de meldingen elke "
          "maand met de directie en ziet toe op de opvolging."),
    ("p", "Ieder incident wordt afgesloten met een herstelgesprek. Daarin bespreken de leerling en de betrokken "
          "medewerker, zo nodig met de gedragsspecialist erbij, wat er gebeurde, wat ieder op dat moment nodig had "
          "en hoe het weer goed kan komen. Wij spreken de leerling aan op zijn gedrag, niet op wie hij is: na het "
          "herstelgesprek begint hij de volgende dag met een schone lei. Ook een medewerker die zelf heeft "
          "ingegrepen, voert dat gesprek. Ouders worden dezelfde dag door de mentor gebeld, zodat zij het van ons "
          "horen en niet pas van hun kind."),
    ("h2", "5.3 Pesten en sociale veiligheid"),
    ("p", "Iedere afdeling heeft een anti-pestcoördinator, en de school heeft een interne vertrouwenspersoon; de "
          "externe vertrouwenspersoon is via ASG geregeld. Elk jaar in het voorjaar vullen leerlingen vanaf 8 jaar "
          "een vragenlijst over hun veiligheidsbeleving in. De uitkomsten bespreken wij in het team, in de "
          "leerlingenraad en met de MR. In 2024 voelde 86 procent van de SO-leerlingen en 77 procent van de "
          "VSO-leerlingen zich veilig of heel veilig op school. In het VSO gaven vooral de kantine en de "
          "fietsenstalling onrust. In 2024-2025 hebben wij daarom het toezicht in de pauzes anders georganiseerd en "
          "de pauzes van onder- en bovenbouw gescheiden. In 2027 voelt ten minste 85 procent van de VSO-leerlingen "
          "zich veilig."),
    ("h2", "5.4 Veiligheid voor medewerkers"),
    ("p", "Ook medewerkers krijgen te maken met agressie. Na ieder ernstig incident neemt binnen 24 uur iemand van "
          "het collegiale opvangteam contact op met de betrokken collega; het opvangteam bestaat uit vier daarvoor "
          "getrainde collega's. Geen leraar hoeft een groep alleen te draaien als een leerling ontregeld raakt: op "
          "iedere gang is een vaste assistent via de portofoon oproepbaar om bij te springen."),

    ("h1", "6. Ons team"),
    ("h2", "6.1 Wie er bij ons werken"),
    ("p", "Bij Het Kompas werken 69 mensen, samen 55,6 fte (zie de formatie in 9.4). Naast leraren en "
          "klassenassistenten hebben wij vakleerkrachten bewegingsonderwijs, praktijkdocenten, gedragsspecialisten, "
          "intern begeleiders, een orthopedagoog-GZ-psycholoog, een schoolmaatschappelijk werker, een "
          "stagecoördinator en een jobcoach. Wij zijn trots op onze school en voelen ons verbonden met ASG."),
    ("p", "Werken in het speciaal onderwijs vraagt veel. Het verloop in het team was in 2022 en 2023 hoog, 14 "
          "procent per jaar; in 2024 daalde het naar 9 procent. Nieuwe collega's krijgen in hun eerste jaar een "
          "maatje uit een andere groep en een inwerkprogramma van zes bijeenkomsten."),
    ("h2", "6.2 Bevoegd voor de klas"),
    ("p", "Van onze 27 leraren zijn er vijf nog niet volledig bevoegd: drie zij-instromers en twee leraren die de "
          "deeltijdpabo volgen. Zij krijgen een vaste coach en vier uur studietijd per week binnen hun werktijd, en "
          "worden begeleid door onze schoolopleider, die ook de stagiairs van de pabo en de lerarenopleidingen "
          "begeleidt. In 2027 zijn alle leraren bevoegd of zitten zij in het laatste jaar van hun opleiding."),
    ("h2", "6.3 Vakmanschap"),
    ("p", "Iedere nieuwe medewerker volgt in het eerste jaar de training Omgaan met agressie en de basiscursus "
          "autisme en gedrag. Beide trainingen herhalen wij om de twee jaar voor het hele team. Leraren kunnen "
          "daarnaast een master Educational Needs of een andere specialisatie volgen, ook via de ASG Academie. Nu "
          "hebben 9 van de 27 leraren zo'n master of specialisatie; in 2029 is dat ten minste de helft. Iedere "
          "medewerker legt in zijn persoonlijk ontwikkelplan vast welke scholing hij dat jaar volgt."),
    ("h2", "6.4 Leren van en met elkaar"),
    ("p", "Elke zes weken hebben alle leraren en assistenten intervisie, in vaste groepen van vijf of zes collega's "
          "uit verschillende groepen, begeleid door een gedragsspecialist. De groep bespreekt een situatie uit de "
          "eigen praktijk volgens de incidentmethode en sluit af met een concrete afspraak, die de inbrenger de week "
          "erna uitprobeert en in de volgende bijeenkomst terugkoppelt. Daarnaast bezoeken leraren elkaar twee keer "
          "per jaar in de les, met een kijkvraag die zij zelf kiezen."),
    ("p", "Onze gedragsspecialisten en intern begeleiders nemen deel aan het netwerk gedragsspecialisten van het "
          "samenwerkingsverband, dat vijf keer per jaar bijeenkomt. Wat zij daar leren, brengen zij in de "
          "teamvergadering terug."),
    ("h2", "6.5 Onderzoek in de school"),
    ("p", "In 2025-2026 en 2026-2027 doen twee gedragsspecialisten en een leraar, samen met het lectoraat van "
          "Hogeschool Windesheim in Almere, een praktijkonderzoek naar het effect van prikkelarme werkplekken in de "
          "groep op onrust en time-outs. Zes groepen doen mee. De onderzoekers presenteren hun uitkomsten op de "
          "studiedag van juni 2027, en op basis daarvan beslissen wij hoe wij de werkplekken in de rest van de "
          "school inrichten."),
    ("h2", "6.6 Gesprekken, verzuim en werkdruk"),
    ("p", "Iedere medewerker heeft in september een startgesprek, waarin het persoonlijk ontwikkelplan wordt "
          "besproken, en in februari een ontwikkelgesprek met de eigen leidinggevende, na een lesbezoek of "
          "werkplekbezoek. Eens in de drie jaar volgt een beoordelingsgesprek. De afspraken komen in het digitale "
          "personeelsdossier."),
    ("p", "Het ziekteverzuim was in 2024 7,4 procent. In 2027 ligt het onder de 6 procent. Daarvoor zetten wij de "
          "werkdrukmiddelen in voor extra klassenassistenten, zodat in iedere groep een tweede volwassene staat, en "
          "voert de leidinggevende na een tweede ziekmelding binnen een jaar altijd een gesprek over wat de "
          "medewerker nodig heeft. Collega's van 60 jaar en ouder kunnen kiezen voor vrijstelling van pleinwacht en "
          "busdienst."),

    ("h1", "7. Ouders en ketenpartners"),
    ("h2", "7.1 Ouders"),
    ("p", "Ouders kennen hun kind het best, en veel ouders van onze leerlingen hebben al een lange weg achter de rug "
          "met scholen en hulpverlening. Het contact begint bij het intakegesprek, waarin ouders vertellen wat bij "
          "hun kind werkt en wat niet. Bij nieuwe SO-leerlingen komt de mentor vóór de eerste schooldag op "
          "huisbezoek."),
    ("p", "Ouders zijn bij iedere OPP-bespreking aanwezig, in november en in mei. In het SO sturen mentor en ouders "
          "elkaar dagelijks via Parro een kort bericht over hoe de dag ging; in het VSO belt de mentor de ouders ten "
          "minste één keer per twee weken. Vier keer per jaar houden wij een oudercafé over een thema dat ouders "
          "zelf kiezen, zoals slapen, schermtijd, puberteit en autisme of de overstap na school. In 2024-2025 was "
          "bij 93 procent van de OPP-besprekingen ten minste één ouder aanwezig. In 2027 hebben de ouders van "
          "iedere leerling het handelingsdeel van het OPP ondertekend en hebben zij ten minste één keer per jaar "
          "zelf een doel ingebracht dat thuis en op school samen wordt nagestreefd."),
    ("h2", "7.2 Ketenpartners"),
    ("p", "Onze leerlingen en hun gezinnen hebben met veel instanties te maken. De belangrijkste partners zijn:"),
    ("tabel", ["Partner", "Waarvoor"], [
        ["Samenwerkingsverband Passend Onderwijs Almere", "toelaatbaarheidsverklaringen, arrangementen, thuiszittersoverleg"],
        ["Triade Vitree", "onderwijszorgarrangement De Brug, jeugdhulp in en om de school"],
        ["GGD Flevoland", "jeugdarts in de commissie van begeleiding, gezondheidsonderzoek"],
        ["Gemeente Almere", "leerplicht, leerlingenvervoer, consulenten voor dagbesteding en Participatiewet"],
        ["Sociaal wijkteam Almere Buiten", "ondersteuning van gezinnen"],
        ["Veilig Thuis Flevoland", "advies en meldingen bij zorgen over de veiligheid thuis"],
        ["ROC van Flevoland", "Entree-opleiding op onze locatie, overstap naar het mbo"],
        ["Werkbedrijf Almere en UWV", "banenafspraak, doelgroepregister, jobcoaching na school"],
        ["38 stagebedrijven", "externe stages in het VSO"],
    ], [6.5, 9.0]),
    ("p", "Met deze partners houden wij ieder jaar in oktober een ketenoverleg, waarin wij de afspraken over "
          "werkwijze, bereikbaarheid en overdracht evalueren en zo nodig bijstellen."),
    ("h2", "7.3 In de wijk"),
    ("p", "Onze school staat in de Faunabuurt, en daar willen wij ook zichtbaar zijn. De groenafdeling onderhoudt "
          "samen met de bewonersvereniging de speeltuin aan de overkant van de school. De VSO-kantine verzorgt twee "
          "keer per jaar de lunch voor het buurthuis. SO-groepen sporten op woensdagmiddag bij de voetbalvereniging "
          "in de buurt, die daarvoor samen met onze vakleerkracht een aangepaste training heeft opgezet. Van de 38 "
          "stagebedrijven liggen er 15 op fietsafstand van school."),
    ("h2", "7.4 Samen tegen thuiszitten"),
    ("p", "In Almere zitten nog altijd kinderen zonder passende onderwijsplek thuis, ook kinderen die bij ons zouden "
          "passen maar op een plaats wachten. Het Kompas neemt deel aan het thuiszittersoverleg van het "
          "samenwerkingsverband, samen met de andere schoolbesturen, leerplicht en de gemeente. Sinds 2024 houden "
          "wij per afdeling twee plaatsen vrij voor een snelle plaatsing vanuit dat overleg, met een aangepast "
          "rooster in de eerste weken. Vanaf 2026 wacht geen leerling met een TLV voor onze school langer dan vier "
          "weken op een plaats."),
    ("h2", "7.5 Consultatieloket en overstap naar andere ASG-scholen"),
    ("p", "ASG-scholen voor primair en voortgezet onderwijs kunnen bij ons terecht met vragen over leerlingen met "
          "ernstig probleemgedrag. Sinds 2023 hebben wij daarvoor een consultatieloket. Een school mailt of belt de "
          "vaste contactpersoon, onze VSO-gedragsspecialist, en binnen twee weken komt een van onze "
          "gedragsspecialisten of de orthopedagoog op die school meekijken en adviseren. De contactgegevens staan op "
          "het intranet van ASG. In 2024-2025 deden elf ASG-scholen een beroep op het loket. Wij zetten daarvoor "
          "vier uur per week van onze gedragsspecialisten in."),
    ("p", "Met de ASG-scholen voor praktijkonderwijs en vmbo hebben wij afspraken over de overstap van onze "
          "leerlingen. Na een warme overdracht volgt een proefplaatsing van zes weken, waarin onze ambulant "
          "begeleider de leerling en de nieuwe mentor ondersteunt. Sinds 2022 zijn zo 17 leerlingen overgestapt "
          "naar een ASG-school; 14 van hen zaten daar een jaar later nog."),

    ("h1", "8. Kwaliteitszorg"),
    ("h2", "8.1 Hoe wij zicht houden op kwaliteit"),
    ("p", "Wij werken met een kwaliteitskalender die vastlegt wanneer wij wat meten en bespreken. De belangrijkste "
          "onderdelen zijn:"),
    ("li", "twee keer per jaar, in december en juni, een analyse van de OPP-evaluaties: ligt iedere leerling op "
           "koers met zijn leerroute, en waar dat niet zo is, waarom niet;"),
    ("li", "één keer per jaar een analyse van de uitstroom en van de bestendiging: de stagecoördinator belt een jaar "
           "na uitstroom iedere oud-leerling of diens ouders;"),
    ("li", "de jaarlijkse vragenlijst over veiligheidsbeleving en de maandelijkse analyse van de incidenten;"),
    ("li", "lesbezoeken met onze eigen kijkwijzer, ten minste twee per leraar per jaar;"),
    ("li", "eens in de twee jaar een tevredenheidsonderzoek onder ouders, leerlingen en medewerkers."),
    ("p", "De uitkomsten bespreken wij in het managementteam en in het team; zij bepalen de doelen in het jaarplan. "
          "In het jaarverslag leggen wij verantwoording af aan het bestuur, de MR en de ouders. Het bestuur ontvangt "
          "daarnaast ieder kwartaal een rapportage met de belangrijkste cijfers."),
    ("h2", "8.2 Waar wij staan"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in 2022 was de basiskwaliteit op orde; de standaard "
          "Zicht op ontwikkeling kreeg het oordeel goed. Verbeterpunt was de analyse van de uitstroomgegevens op "
          "groepsniveau, die wij sinds 2023 jaarlijks maken. De bestendiging na een jaar was 81 procent in 2024. Wij "
          "willen dat in 2028 ten minste 85 procent van onze oud-leerlingen een jaar na uitstroom nog op dezelfde "
          "of een hogere plek zit, en dat ten minste 80 procent van de schoolverlaters de uitstroombestemming uit "
          "het OPP bereikt (2023-2024: 74 procent)."),

    ("h1", "9. Organisatie en middelen"),
    ("h2", "9.1 Organisatie"),
    ("p", "Het Kompas wordt geleid door een directeur en twee afdelingsleiders, een voor het SO en een voor het VSO. "
          "Samen met de orthopedagoog vormen zij het managementteam, dat wekelijks vergadert. De afdelingsleiders "
          "zijn verantwoordelijk voor de dagelijkse gang van zaken, de roosters en de begeleiding van hun teams."),
    ("h2", "9.2 Het gebouw"),
    ("p", "Het gebouw uit 2008 is in 2021 uitgebreid. Het heeft 16 groepslokalen, drie praktijklokalen (keuken met "
          "kantine, techniek, en groen met kas), een gymzaal, een speellokaal voor het SO, twee rustkamers, zes "
          "spreekkamers en een teamkamer. SO en VSO hebben elk een eigen ingang en een eigen plein; het SO-plein is "
          "in 2023 opnieuw ingericht met een natuurspeelplaats. Vanuit de praktijklokalen is er zicht op de "
          "weilanden achter de school. In 2026 vervangen wij in de SO-groepen de tafelopstellingen door vaste "
          "prikkelarme werkplekken, begroot op 60.000 euro."),
    ("h2", "9.3 Schooltijden, vervoer en ontvangst"),
    ("p", "Het SO heeft les van 8.45 tot 14.30 uur, op woensdag tot 12.30 uur. Het VSO heeft les van 8.30 tot 15.00 "
          "uur, op woensdag tot 13.00 uur. De vakanties volgen de regeling voor regio Noord."),
    ("p", "Van de 161 leerlingen komen er 112 met het leerlingenvervoer van de gemeente Almere, in taxibusjes die "
          "tussen 8.15 en 8.40 uur aankomen. Twee medewerkers vangen de busjes op het plein op en lopen met de "
          "leerlingen mee naar binnen; een leerling die onrustig uit het busje stapt, mag eerst even naar de "
          "rustplek bij de ingang. Eens per jaar overleggen wij met het vervoersbedrijf over vaste ritten en vaste "
          "chauffeurs. In het VSO leren leerlingen zelfstandig reizen met een ov-training van de jobcoach. Nu reist "
          "26 procent van de VSO-leerlingen zelfstandig; in 2028 willen wij dat dat 40 procent is."),
    ("p", "Bezoekers melden zich bij de receptie. Ouders en gasten die voor het eerst komen, worden ontvangen door "
          "een van de twee VSO-leerlingen die die week gastheer of gastvrouw zijn. Zij volgen daarvoor in het profiel "
          "Zorg en welzijn een korte training en leiden gasten rond. Nieuwe leerlingen krijgen vóór hun eerste "
          "schooldag twee wenochtenden, en op de eerste dag wacht een klasgenoot als maatje hen op bij de ingang."),
    ("h2", "9.4 Formatie"),
    ("p", "De formatie voor het schooljaar 2025-2026 ziet er zo uit:"),
    ("tabel", ["Functie", "Aantal", "Fte"], [
        ["Directeur en afdelingsleiders", "3", "3,0"],
        ["Leraren (inclusief schoolopleider)", "27", "22,4"],
        ["Vakleerkrachten bewegingsonderwijs", "2", "1,6"],
        ["Praktijkdocenten", "3", "2,4"],
        ["Klassenassistenten en onderwijsassistenten", "22", "16,2"],
        ["Gedragsspecialisten", "2", "1,8"],
        ["Intern begeleiders", "2", "1,6"],
        ["Orthopedagoog-GZ-psycholoog", "1", "0,8"],
        ["Schoolmaatschappelijk werker", "1", "0,6"],
        ["Stagecoördinator en jobcoach", "2", "1,6"],
        ["Conciërges", "2", "2,0"],
        ["Administratie", "2", "1,6"],
        ["Totaal", "69", "55,6"],
    ], [8.0, 2.5, 2.5]),
    ("h2", "9.5 Begroting"),
    ("p", "Het Kompas wordt bekostigd op basis van het aantal leerlingen en de bekostigingscategorie. Daarnaast "
          "ontvangen wij middelen van het samenwerkingsverband en de gemeente voor de arrangementen. Voor 2025 zijn "
          "de baten begroot op ruim 5,5 miljoen euro."),
    ("tabel", ["Post", "Begroting 2025 (x 1.000 euro)"], [
        ["Rijksbijdrage OCW", "5.120"],
        ["Bijdrage samenwerkingsverband (arrangementen)", "185"],
        ["Bijdrage gemeente (onderwijszorgarrangement)", "140"],
        ["Overige baten", "95"],
        ["Totaal baten", "5.540"],
        ["Personeelslasten", "4.690"],
        ["Huisvestingslasten", "360"],
        ["Afschrijvingen", "170"],
        ["Leermiddelen en overige lasten", "300"],
        ["Totaal lasten", "5.520"],
        ["Resultaat", "20"],
    ], [9.0, 5.0]),
    ("p", "De personeelslasten zijn 85 procent van de lasten. De werkdrukmiddelen, ongeveer 95.000 euro per jaar, "
          "zetten wij volledig in voor klassenassistenten. Grote uitgaven in de planperiode zijn de prikkelarme "
          "werkplekken (2026), de vervanging van de Chromebooks in het VSO (2027) en de vervanging van de kas "
          "(2028)."),

    ("h1", "10. Totstandkoming en vaststelling"),
    ("p", "Dit schoolplan is in het schooljaar 2024-2025 gemaakt. Op de studiedag van 29 januari 2025 heeft het team "
          "in werkgroepen de hoofdstukken besproken en de doelen geformuleerd. De leerlingenraad van het VSO heeft "
          "meegedacht over de hoofdstukken over veiligheid en burgerschap; zijn voorstel om de pauzes van onder- en "
          "bovenbouw te scheiden is al in 2024-2025 uitgevoerd. Op het oudercafé van maart 2025 hebben ouders "
          "gereageerd op hoofdstuk 7."),
    ("p", "De medezeggenschapsraad, met vier ouders en vier medewerkers, is vanaf het begin bij het plan betrokken. "
          "In drie vergaderingen, in november 2024 en in februari en april 2025, heeft de MR de conceptteksten "
          "besproken en voorstellen gedaan. Op voorstel van de MR is onder meer het doel over het ondertekenen van "
          "het handelingsdeel van het OPP toegevoegd (7.1) en is de paragraaf over veiligheid voor medewerkers "
          "uitgebreid (5.4)."),
    ("p", "De medezeggenschapsraad heeft in zijn vergadering van 17 juni 2025 ingestemd met dit schoolplan. Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan vastgesteld op 1 juli 2025. Het "
          "plan geldt van 1 augustus 2025 tot en met 31 juli 2029."),
    ("p", "Almere, 1 juli 2025\n\nRuud Verhoeven, directeur Het Kompas\n\nAnouk Bakker, voorzitter "
          "medezeggenschapsraad Het Kompas"),
]


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Het Kompas - Schoolplan 2025-2029 - "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    for blok in BLOKKEN:
        soort = blok[0]
        if soort == "titel":
            doc.add_paragraph(blok[1], style="Title")
        elif soort == "sub":
            par = doc.add_paragraph()
            run = par.add_run(blok[1])
            run.bold = True
            run.font.size = Pt(14)
        elif soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "h3":
            doc.add_heading(blok[1], level=3)
        elif soort == "li":
            doc.add_paragraph(blok[1], style="List Bullet")
        elif soort == "tabel":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()
        else:
            doc.add_paragraph(blok[1])
    _voettekst(doc)
    cp = doc.core_properties
    cp.author = "Ruud Verhoeven"
    cp.last_modified_by = "Ruud Verhoeven"
    cp.title = "Schoolplan 2025-2029 Het Kompas"
    cp.created = datetime.datetime(2025, 1, 13, 8, 15, 0)
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 11
    doc.save(path)
    deterministisch(path, VASTE_DATUM)
