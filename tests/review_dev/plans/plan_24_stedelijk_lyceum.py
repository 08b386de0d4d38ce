"""Schoolplan 2025-2029 van het Stedelijk Lyceum Almere, een openbare school voor havo, vwo en
gymnasium met ongeveer 1300 leerlingen onder de Almeerse Scholen Groep.

Opzet zoals de rector het in Word schreef: echte kopstijlen (Titel, Kop 1, Kop 2). Een lange inleiding
met voorwoord, een schets van de school, een terugblik op het schoolplan 2021-2025 met de behaalde
resultaten (tabel) en een SWOT-analyse in een tabel. Daarna het hoofdstuk 'De koers van ASG en onze
school' dat de doelen van het bestuur LETTERLIJK citeert in een tabel (Koers-doel | Wat wij ervan maken):
de rechterkolom heeft soms echte eigen inhoud, soms alleen een verwijzing ('Zie hoofdstuk 5') en soms
niet meer dan een herformulering van de bestuurszin. De kernwaarden komen alleen in die tabel voor. Dan
een hoofdstuk per venster met eigen inhoud, met paragrafen over het gymnasium, sectiewerk, decanaat,
internationalisering, verzuim en de leerlingenraad. De doelen staan in één genummerde lijst 'Onze
speerpunten 2025-2029', gedateerd of meetbaar, zonder een venster te noemen. De instemming van de MR
staat in één zin in de vaststelling.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl, taal_nl_stijlen

VASTE_TIJD = datetime.datetime(2025, 7, 4, 14, 0, 0)

TITEL = "Schoolplan 2025-2029"

VOORBLAD = [
    "Stedelijk Lyceum Almere",
    "Openbare school voor havo, atheneum en gymnasium",
    "Lyceumlaan 2 (fictief adres), Almere Stad – BRIN 19SL",
    "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
    "Rector: drs. Marieke van Dalen",
]

TERUGBLIK = [
    ["Onderbouwsnelheid havo boven de inspectienorm", "Van 93,1% (2020-2021) naar 96,4% (2023-2024)", "Behaald"],
    ["Slagingspercentage havo naar 88%, vwo naar 93%",
     "Havo van 83% naar 87%, vwo (incl. gymnasium) van 89% naar 92% (gemiddelde 2022-2024)", "Grotendeels behaald"],
    ["Flexuren in leerjaar 1-3", "Ingevoerd per augustus 2023; 71% van de leerlingen positief (enquête 2024)",
     "Behaald"],
    ["Ongeoorloofd verzuim terugdringen", "Aantal meldingen bij leerplicht daalde van 96 naar 71; havo 4 blijft "
     "achter", "Deels behaald"],
    ["Maximaal vijf onbevoegde docenten in 2025", "In 2025 nog negen onbevoegde docenten (tekortvakken)",
     "Niet behaald"],
    ["Digitaal toetsen in alle secties", "In 11 van de 18 secties; in de andere secties op papier",
     "Deels behaald"],
]

SWOT = [
    ["- Breed aanbod met zelfstandige gymnasiumafdeling\n- Hoge slagingspercentages vwo\n- Betrokken, ervaren "
     "docenten en sterke secties klassieke talen en natuurkunde\n- Erasmus+-accreditatie sinds 2023\n- Goede naam in "
     "de stad; 1.100 bezoekers op de open dag",
     "- Negen onbevoegde docenten, vooral in Duits, wiskunde en natuurkunde\n- Grote verschillen tussen secties in "
     "toetskwaliteit\n- Informatie naar ouders wisselt per afdeling\n- Ongeoorloofd verzuim in havo 4\n- Gebouw "
     "gebouwd voor 1.150 leerlingen, bezet door ruim 1.300"],
    ["Kansen", "Bedreigingen"],
    ["- Nieuwe landelijke kerndoelen voor burgerschap en digitale geletterdheid\n- Samenwerking met ASG-mavoscholen "
     "bij de doorstroom naar havo\n- Opleidingspartnerschap met lerarenopleidingen\n- Groei van de stad in Poort en "
     "Oosterwold",
     "- Lerarentekort in tekortvakken\n- Daling van het aantal leerlingen in Almere Stad na 2028 (prognose "
     "gemeente)\n- Einde van de NP Onderwijs-gelden; krappere begroting\n- Toenemende kansenongelijkheid bij "
     "schooladviezen"],
]

KOERS = [
    ["Gezien worden – De ASG-cultuur is gastvrij, iedereen voelt zich welkom.",
     "Iedereen die ons gebouw binnenloopt, leerling, ouder of bezoeker, moet zich bij ons welkom voelen."],
    ["Gezien worden – Iedereen bij ASG is waardevol en wordt gezien.", "Zie hoofdstuk 3."],
    ["Gezien worden – We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
     "Drie leerlingbesprekingen per klas per jaar (oktober, januari, april) met mentor, vakdocenten en "
     "afdelingsleider. Voor medewerkers: het jaargesprek en een werkdrukpeiling per sectie in februari."],
    ["Open – ASG gaat respectvol om met de mensen binnen en buiten de organisatie.",
     "Wij gaan met respect om met iedereen, binnen en buiten de school."],
    ["Open – In onze communicatie zijn we transparant en toegankelijk.",
     "Eén nieuwsbrief per maand; cijfers binnen tien werkdagen in Magister; PTA's en toetsroosters uiterlijk "
     "1 oktober online; mails van ouders binnen twee werkdagen beantwoord."],
    ["Open – Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers.", "Zie hoofdstuk 3."],
    ["Vooruitstrevend – We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
     "Zie hoofdstuk 3."],
    ["Vooruitstrevend – We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
     "Wij willen nieuwsgierig blijven naar nieuwe inzichten, zodat ons onderwijs eigentijds blijft."],
    ["Vooruitstrevend – We geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze "
     "innovatiestrategie (continue veranderingen, fundamentele veranderingen, radicale veranderingen).",
     "Zie hoofdstuk 5."],
    ["Ambitieus – We hebben hoge verwachtingen van onze leerlingen en van elkaar.",
     "Bij twijfel plaatsen we in de hogere stroom (dakpanklas havo/vwo). Opstromen van havo naar vwo bieden we "
     "actief aan met een opstroomtraject in havo 3 en 4. Norm: 97% van de onderbouwleerlingen zonder vertraging "
     "naar leerjaar 4."],
    ["Ambitieus – We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
     "Zie hoofdstuk 4."],
    ["Ambitieus – We geven altijd het beste van onszelf.", "Dat doen we, elke dag opnieuw."],
    ["Goed en toegankelijk onderwijs – De kwaliteit van ons onderwijs is en blijft op orde: het aantal "
     "onvoldoende presterende scholen en afdelingen van ASG is gereduceerd en er zijn geen zeer zwakke scholen meer.",
     "Alle drie de afdelingen kregen in 2023 het oordeel voldoende van de inspectie. Zie verder hoofdstuk 3."],
    ["Goed en toegankelijk onderwijs – Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en is "
     "zichtbaar binnen ASG en de scholen.", "Zie hoofdstuk 3."],
    ["Goed en toegankelijk onderwijs – We maken deel uit van een dekkend netwerk van onderwijs- en "
     "zorgvoorzieningen in de stad, zodat alle leerlingen een passende onderwijsplek hebben.",
     "Wij maken deel uit van het samenwerkingsverband en zorgen samen voor een passende plek voor elke leerling."],
    ["Goed en toegankelijk onderwijs – We hebben zicht op wat onze leerlingen nodig hebben.", "Zie hoofdstuk 3."],
    ["Goed en toegankelijk onderwijs – Alle scholen hebben een toekomstgericht curriculum.",
     "In 2025-2027 herzien we het onderbouwcurriculum aan de hand van de nieuwe kerndoelen voor burgerschap en "
     "digitale geletterdheid; invoering in klas 1 per augustus 2027."],
    ["Goed en toegankelijk onderwijs – Scholen hebben in hun (zorg)profiel duidelijk beschreven in welke leer- en "
     "zorgbehoeftes zij kunnen voorzien.", "Zie hoofdstuk 3; het ondersteuningsprofiel staat op onze website."],
    ["Personeel in positie – Medewerkers voelen zich betrokken bij en trots op ASG.",
     "Wij willen dat collega's trots zijn op het Lyceum en op ASG."],
    ["Personeel in positie – Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het "
     "bijwonen van bijeenkomsten, en het volgen cursussen en programma’s van de ASG Academie.", "Zie hoofdstuk 4."],
    ["Personeel in positie – Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.",
     "Iedere onbevoegde docent heeft een bevoegdheidsplan met einddatum, studieverlof van vier uur per week en "
     "een coach uit de eigen sectie."],
    ["Personeel in positie – De jaarlijkse gesprekscyclus is ASG-breed geïmplementeerd.", "Zie hoofdstuk 4."],
    ["De meerwaarde van ASG – We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en "
     "ASG-brede studiedagen.", "Zie hoofdstuk 5."],
    ["De meerwaarde van ASG – Vaksecties en werkgroepen staan met elkaar in contact en wisselen bovenschools "
     "expertise uit.", "Zie hoofdstuk 5."],
    ["De meerwaarde van ASG – We hebben een divers en op elkaar aansluitend aanbod en werken met verschillende "
     "onderwijsconcepten en -profielen, zodat wij alle leerlingen een passende onderwijsloopbaan kunnen bieden.",
     "Met drie ASG-mavoscholen een mavo-havoroute: aansluitingsprogramma in mavo 4, jaarlijks circa 30 "
     "instromers in havo 4. Bij afstroom een warme overdracht naar een ASG-school."],
    ["Partnerschap – Ouders zijn betrokken bij het leerproces van hun kind.", "Zie hoofdstuk 6."],
    ["Partnerschap – ASG werkt proactief samen met een breed scala aan partners.", "Zie hoofdstuk 6."],
    ["Partnerschap – ASG werkt samen met collega-schoolbesturen en gemeente bij de aanpak van regionale problemen "
     "in het onderwijs, zoals het lerarentekort.",
     "Wij zijn opleidingsschool in het Almeerse opleidingspartnerschap van VO-besturen, de gemeente en de "
     "lerarenopleidingen; jaarlijks ongeveer 25 studenten. Zie ook hoofdstuk 4."],
]

SPEERPUNTEN = [
    "Het slagingspercentage is gemiddeld over de examenjaren 2026-2029 minimaal 88% voor havo en 93% voor vwo "
    "en gymnasium.",
    "De onderbouwsnelheid is vanaf 2026-2027 elk jaar minimaal 97%.",
    "Het herziene onderbouwcurriculum met een leerlijn digitale geletterdheid en een leerlijn burgerschap is per "
    "augustus 2027 ingevoerd in klas 1 en per augustus 2029 in alle onderbouwklassen.",
    "Alle secties werken per augustus 2026 met een toetsbeleid waarin elke schriftelijke toets vooraf door een "
    "tweede sectielid is bekeken; in juli 2027 toetsen alle 18 secties digitaal waar dat past.",
    "Het aantal meldingen van ongeoorloofd verzuim bij leerplicht is in juli 2027 een kwart lager dan in "
    "2024-2025 (van 71 naar hoogstens 53); in havo 4 staat elke leerling met meer dan 16 uur verzuim binnen een "
    "week in gesprek met de verzuimcoördinator.",
    "Minimaal 90% van de leerlingen voelt zich veilig op school in de jaarlijkse veiligheidsmonitor, in elk "
    "leerjaar.",
    "In augustus 2028 zijn er hoogstens drie onbevoegde docenten, en elke onbevoegde docent heeft een "
    "bevoegdheidsplan met einddatum.",
    "Het ziekteverzuim van het personeel is in 2027 gedaald van 5,8% naar hoogstens 5,0%.",
    "Vanaf 2026-2027 haalt elke docent eens per jaar feedback op bij een eigen klas; de uitkomst komt in het "
    "jaargesprek.",
    "Vanaf 2025-2026 is er in alle drie de afdelingen een ouderpanel dat drie keer per jaar bijeenkomt; in juli "
    "2026 geeft minimaal 75% van de ouders in de ouderenquête aan goed geïnformeerd te zijn (2024: 62%).",
    "Per schooljaar gaan minimaal 120 leerlingen op uitwisseling met een partnerschool; in 2027 is er een derde "
    "partnerschool.",
    "Van de leerlingen die via de mavo-havoroute instromen, haalt vanaf cohort 2025 minimaal 80% het havodiploma "
    "zonder doublure.",
    "De gymnasiumafdeling trekt elk jaar minimaal 60 nieuwe brugklassers.",
]

# Elk onderdeel: ("h1", tekst) | ("h2", tekst) | ("p", tekst) | ("li", [items]) | ("ol", [items])
# | ("tabel", kop, rijen, breedtes) | ("swot",)
INHOUD = [
    ("h1", "1. Inleiding"),
    ("h2", "1.1 Voorwoord"),
    ("p", "Beste lezer,"),
    ("p", "Voor u ligt het schoolplan van het Stedelijk Lyceum voor de periode 1 augustus 2025 tot en met 31 juli "
          "2029. Een schoolplan is een wettelijke verplichting, maar voor ons is het vooral een afspraak: met onze "
          "leerlingen, met hun ouders, met elkaar en met ons bestuur. Wat staat hier beschreven, en waar willen we "
          "in 2029 zijn?"),
    ("p", "Dit plan is in een jaar tijd tot stand gekomen. In september 2024 hebben we op een studiedag met het "
          "hele personeel teruggekeken op het vorige plan. In november en januari hebben de secties en de "
          "afdelingsteams hun eigen analyse gemaakt. De leerlingenraad heeft in december een avond besteed aan de "
          "vraag wat een goede les is; het ouderpanel van de havo-afdeling kwam twee keer bijeen. De schoolleiding "
          "heeft daarna de tekst geschreven en in drie rondes met de MR besproken."),
    ("p", "De afgelopen jaren waren niet eenvoudig. De naweeën van de coronaperiode, het lerarentekort en een "
          "gebouw dat eigenlijk te klein is, hebben veel gevraagd van onze collega's. Toch zijn we trots op wat "
          "er bereikt is: de onderbouw loopt beter door, de slagingspercentages zijn gestegen en de flexuren zijn "
          "een vast onderdeel van de week geworden. Tegelijk weten we waar het nog beter moet. Dat leest u in de "
          "terugblik en in de analyse van onze sterke en zwakke punten."),
    ("p", "Ik dank iedereen die aan dit plan heeft meegeschreven, in het bijzonder de leerlingen die ons eerlijk "
          "hebben verteld wat zij van onze lessen vinden."),
    ("p", "Marieke van Dalen, rector"),
    ("h2", "1.2 Het Stedelijk Lyceum in het kort"),
    ("p", "Het Stedelijk Lyceum werd in 1988 opgericht als openbare scholengemeenschap voor havo en vwo. In 1995 "
          "kwam daar een zelfstandige gymnasiumafdeling bij. Sinds 2007 zitten we in het gebouw aan de rand van "
          "het centrum, met zicht op het Weerwater. Het gebouw is ontworpen voor 1.150 leerlingen; met de "
          "gemeente is een ambitieuze planning afgesproken voor een uitbreiding met acht lokalen in 2027."),
    ("p", "Op 1 oktober 2024 telde de school 1.312 leerlingen: 618 op de havo, 436 op het atheneum en 258 op het "
          "gymnasium. Ongeveer 40 procent woont in Almere Stad; de anderen komen uit Poort, Buiten, Haven en "
          "Oosterwold. Er werken 134 medewerkers (112 fte): 101 docenten en 33 collega's in ondersteunende "
          "functies. De schoolleiding bestaat uit de rector, een conrector onderwijs en drie afdelingsleiders "
          "(onderbouw, havo-bovenbouw en vwo-bovenbouw). De lessen duren 45 minuten en lopen van 8.30 tot uiterlijk "
          "16.15 uur. De begroting voor 2025 bedraagt 15,9 miljoen euro."),
    ("h2", "1.3 Terugblik op het schoolplan 2021-2025"),
    ("p", "Het vorige schoolplan had zes speerpunten. In de tabel staat per speerpunt wat we hebben bereikt. De "
          "cijfers komen uit Vensters, onze eigen leerlingadministratie en de enquêtes van 2024."),
    ("tabel", ["Speerpunt 2021-2025", "Resultaat", "Oordeel"], TERUGBLIK, [5.5, 7.5, 3.0]),
    ("p", "De grootste winst zit in de onderbouw. Door vaste leerlingbesprekingen en een strakkere bevordering "
          "daalde het aantal zittenblijvers in havo 3 van 11 naar 5 procent. De flexuren zijn goed ontvangen door "
          "leerlingen; docenten zijn verdeeld over de werkdruk die het inplannen oplevert. Dat nemen we mee."),
    ("p", "Niet gelukt is het terugdringen van het aantal onbevoegde docenten. Voor Duits, natuurkunde en "
          "wiskunde vonden we in drie jaar nauwelijks bevoegde kandidaten. Ook het digitaal toetsen kwam in een "
          "aantal secties niet van de grond, deels door de beperkte capaciteit van het netwerk in het gebouw. "
          "Beide onderwerpen komen terug in dit plan."),
    ("h2", "1.4 Sterkten, zwakten, kansen en bedreigingen"),
    ("p", "Met de schoolleiding, de sectievoorzitters en de MR hebben we in januari 2025 een SWOT-analyse "
          "gemaakt. De uitkomst staat hieronder."),
    ("swot",),
    ("p", "Uit de analyse kozen we drie hoofdlijnen voor de komende vier jaar: de kwaliteit van toetsing en lessen "
          "gelijker maken tussen secties, investeren in bevoegd personeel, en de communicatie met ouders op orde "
          "brengen. Zij zijn uitgewerkt in de hoofdstukken 3 tot en met 6 en samengevat in onze speerpunten."),
    ("h2", "1.5 Opbouw van dit plan"),
    ("p", "In hoofdstuk 2 leggen we de doelen uit de koers van ons bestuur naast onze eigen plannen. De hoofdstukken "
          "3 tot en met 6 volgen de vier vensters uit die koers. Hoofdstuk 7 bevat onze speerpunten; daaruit "
          "maken we elk jaar een jaarplan. Hoofdstuk 8 beschrijft de vaststelling."),

    ("h1", "2. De koers van ASG en onze school"),
    ("p", "Ons bestuur, de Almeerse Scholen Groep, heeft zijn koers beschreven in vier kernwaarden en vier vensters, "
          "elk met doelen onder het kopje 'Waar willen we staan?'. Hieronder citeren we die doelen: alle doelen bij "
          "de kernwaarden en de doelen uit de vensters die voor onze school het meest richting geven. In de "
          "rechterkolom staat wat wij ervan maken. Waar dat elders in dit plan is uitgewerkt, verwijzen we naar het "
          "hoofdstuk."),
    ("tabel", ["Koers-doel", "Wat wij ervan maken"], KOERS, [8.0, 8.0]),

    ("h1", "3. Goed en toegankelijk onderwijs"),
    ("h2", "3.1 Ons onderwijsprogramma"),
    ("p", "De onderbouw duurt drie jaar. In klas 1 kennen we havo/vwo-dakpanklassen, atheneumklassen en "
          "gymnasiumklassen; na klas 1 plaatsen we op één niveau. De lessentabel volgt de kerndoelen voor de "
          "onderbouw; in klas 1 en 2 krijgen alle leerlingen naast de gewone vakken twee uur per week Onderzoek & "
          "Presenteren, een vak waarin ze leren samenwerken en een eigen vraag uitzoeken. In de bovenbouw bieden we "
          "alle vier de profielen aan, met als keuzevakken onder meer informatica, kunst (beeldend en muziek), "
          "filosofie, Spaans en in het vwo wiskunde D. Het programma van toetsing en afsluiting (PTA) wordt "
          "jaarlijks door de examencommissie vastgesteld en staat vóór 1 oktober online."),
    ("p", "In 2025-2027 herzien we het onderbouwcurriculum aan de hand van de nieuwe landelijke kerndoelen voor "
          "burgerschap en digitale geletterdheid. Een werkgroep van acht docenten bepaalt per leerjaar welke "
          "doelen in welk vak worden behandeld en schrijft een leerlijn digitale geletterdheid die in Onderzoek & "
          "Presenteren en bij Nederlands landt. Per augustus 2027 start de nieuwe lessentabel in klas 1."),
    ("h2", "3.2 Flexuren"),
    ("p", "Sinds augustus 2023 hebben alle leerlingen in klas 1 tot en met 3 vier flexuren per week. Een leerling "
          "kiest in een online keuzesysteem zelf bij welk vak hij die uren volgt: voor extra uitleg, voor verdieping, "
          "of om te werken aan een opdracht. Bij een onvoldoende zet de mentor het flexuur vast. Het concept past "
          "bij ons profiel van een school waar leerlingen leren zelf keuzes te maken. In 2025-2026 breiden we de "
          "flexuren uit naar havo 4, met twee uur per week, en onderzoeken we met de leerlingenraad hoe de keuzes "
          "beter aansluiten bij de toetsweken."),
    ("h2", "3.3 Het gymnasium"),
    ("p", "Het gymnasium is een zelfstandige afdeling met eigen klassen van klas 1 tot en met 6, in totaal 258 "
          "leerlingen. Latijn begint in klas 1, Grieks in klas 2; in de bovenbouw kiest een leerling ten minste "
          "één klassieke taal als examenvak. Gymnasiasten volgen daarnaast in klas 1 en 2 een uur klassieke "
          "cultuur per week. Elk jaar doen leerlingen mee aan de Olympiade Latijn en Grieks; in klas 5 gaat het "
          "hele leerjaar een week naar Rome. De sectie klassieke talen bestaat uit vijf docenten, allen bevoegd. "
          "Ons doel is een instroom van minimaal 60 brugklassers per jaar; in 2024 waren dat er 57."),
    ("h2", "3.4 Sectiewerk"),
    ("p", "De school telt 18 secties. Elke sectie heeft een voorzitter met twee uur per week taakuren en maakt "
          "jaarlijks een sectieplan met één verbeterdoel, dat in juni met de afdelingsleider wordt geëvalueerd. "
          "Na elke toetsweek analyseert de sectie de resultaten per klas en per docent en bespreekt de opvallende "
          "uitkomsten. Docenten binnen een sectie bezoeken elkaars lessen minimaal twee keer per jaar en bespreken "
          "die met de kijkwijzer die we in 2023 met de hele school hebben opgesteld. De secties werken zo als "
          "lerende teams: wat in de ene klas werkt, wordt in de andere klas geprobeerd."),
    ("p", "Vanaf augustus 2026 geldt een schoolbreed toetsbeleid: elke schriftelijke toets wordt vooraf door een "
          "tweede sectielid bekeken op niveau, spreiding en formulering. Dat moet de verschillen in toetskwaliteit "
          "tussen secties verkleinen, die in de SWOT als zwak punt naar voren kwamen."),
    ("h2", "3.5 Decanaat en loopbaanoriëntatie"),
    ("p", "Twee decanen, een voor de havo en een voor het vwo, begeleiden samen met de mentoren de profiel- en "
          "studiekeuze. In klas 2 en 3 werken leerlingen met Qompas aan hun loopbaandossier; in klas 3 voert de "
          "mentor met elke leerling en zijn ouders een profielkeuzegesprek. In de bovenbouw bezoeken leerlingen "
          "minimaal twee open dagen en één meeloopdag bij een vervolgopleiding. Oud-leerlingen vertellen elk jaar "
          "in januari over hun studie op de alumnidag. Het decanaat volgt hoe oud-leerlingen het doen in het eerste "
          "jaar van hun vervolgopleiding; de uitval van onze havisten in het hbo ligt met 19 procent iets boven het "
          "landelijk gemiddelde. Daarom krijgen havo 5-leerlingen vanaf 2025-2026 een verplichte studiekeuzecheck "
          "met de decaan voor 1 februari."),
    ("h2", "3.6 Internationalisering"),
    ("p", "Sinds 2023 heeft de school een Erasmus+-accreditatie. Daarmee hebben we een uitwisseling met een "
          "gymnasium in Bremen (havo 4 en vwo 4) en met een instituto in Sevilla (Spaans, vwo 5). In 2024-2025 "
          "gingen 108 leerlingen op uitwisseling en ontvingen wij evenveel gastleerlingen, die bij gezinnen van "
          "onze school logeren. Op het vwo bieden we Cambridge English aan, met het examen Advanced in vwo 5. Een "
          "coördinator internationalisering met vier uur per week zorgt voor de aanvragen en de contacten. In 2027 "
          "willen we een derde partnerschool, bij voorkeur in een land buiten Europa."),
    ("h2", "3.7 Burgerschap en het openbare karakter"),
    ("p", "Als openbare school zijn we er voor iedere leerling, ongeacht achtergrond, geloof of overtuiging. Onze "
          "leerlingen hebben ouders uit meer dan veertig landen. Die verscheidenheid maken we tot onderwerp van "
          "het onderwijs: in klas 2 krijgen alle leerlingen een periode levensbeschouwing waarin ze de grote "
          "godsdiensten en humanistische tradities leren kennen en een gebedshuis of een humanistische organisatie "
          "bezoeken. Bij ramadan, Chanoeka, Kerst en Divali staat er een korte uitleg in de nieuwsbrief. De school "
          "doet mee aan Paarse Vrijdag en heeft sinds 2022 een Gender & Sexuality Alliance die door twee docenten "
          "wordt begeleid. Bij de werving van personeel letten we erop dat het team de stad weerspiegelt."),
    ("p", "Burgerschap heeft een eigen leerlijn. In de onderbouw staat het in mens en maatschappij en in Onderzoek "
          "& Presenteren; in de bovenbouw bij maatschappijleer, filosofie en het debattoernooi van havo 4 en vwo 4. "
          "Elk jaar houden we op 4 mei een herdenking in de aula, voorbereid door leerlingen uit vwo 5. Ook de "
          "leerlingenraad (hoofdstuk 6) is een oefenplaats voor democratie. Met de herziening van het curriculum "
          "vullen we de leerlijn verder in."),
    ("h2", "3.8 Veiligheid"),
    ("p", "Leerlingen vullen jaarlijks in maart de veiligheidsmonitor in. In 2024 voelde 88 procent zich veilig op "
          "school, in klas 2 was dat 83 procent. Elke afdeling bespreekt de uitkomsten en maakt een aanpak per "
          "leerjaar. De school heeft een anti-pestcoördinator, twee vertrouwenspersonen voor leerlingen en een "
          "vertrouwenspersoon voor personeel. Incidenten worden in Magister geregistreerd en per kwartaal door de "
          "schoolleiding geanalyseerd. Sinds januari 2024 zijn mobiele telefoons in de lessen niet toegestaan, "
          "tenzij de docent ze voor een opdracht toestaat. Het veiligheidsplan, met het protocol voor calamiteiten "
          "en de ontruimingsoefeningen, wordt jaarlijks geactualiseerd."),
    ("h2", "3.9 Mentoraat en ondersteuning"),
    ("p", "Iedere leerling heeft een mentor. In de eerste zes weken van het schooljaar voert de mentor met elke "
          "leerling een persoonlijk startgesprek: wie ben je, wat vind je moeilijk, waar ben je goed in buiten "
          "school? In klas 1 tot en met 3 is er een wekelijks mentoruur. Drie keer per jaar is er per klas een "
          "leerlingbespreking met de vakdocenten, waarin per leerling afspraken worden gemaakt en vastgelegd. Aan "
          "het eind van elk schooljaar reiken we per leerjaar de Lyceumspeld uit aan leerlingen die zich buiten de "
          "cijfers hebben onderscheiden, bijvoorbeeld als bijlesgever of in de organisatie van het schoolfeest."),
    ("p", "Ons schoolondersteuningsprofiel beschrijft wat we bieden. Tot de basisondersteuning horen extra tijd en "
          "voorleessoftware bij dyslexie, een training faalangst in klas 1 en 2, huiswerkbegeleiding in de "
          "flexuren en begeleiding bij het plannen. Extra ondersteuning bieden we via de zorgcoördinator, twee "
          "leerlingbegeleiders en een orthopedagoog op school (één dag per week). Leerlingen met autisme kunnen we "
          "begeleiden als ze met een rustige werkplek en een vaste contactpersoon in een gewone klas kunnen "
          "functioneren; een aparte klas of een prikkelarme voorziening hebben we niet. Voor leerlingen die meer "
          "nodig hebben, stellen we met ouders een ontwikkelingsperspectief op. Voor ondersteuning die wij niet "
          "kunnen bieden, verwijzen we naar het samenwerkingsverband."),
    ("h2", "3.10 Verzuim"),
    ("p", "Aanwezigheid wordt elk lesuur in Magister geregistreerd. Een verzuimcoördinator bewaakt dagelijks de "
          "lijsten en belt ouders bij ongemeld verzuim nog dezelfde ochtend. Bij 16 uur ongeoorloofd verzuim in "
          "vier weken volgt een melding bij DUO en een gesprek met de leerplichtambtenaar van de gemeente. Bij "
          "veelvuldig ziekteverzuim nodigen we leerling en ouders uit voor een gesprek met de "
          "jeugdarts. Wie vaker dan drie keer per periode te laat komt, meldt zich de volgende ochtend om 8.00 "
          "uur. In 2024-2025 deden we 71 meldingen bij leerplicht, waarvan 29 uit havo 4. Voor havo 4 starten we "
          "in 2025-2026 met een vaste wekelijkse check door de mentor en een gesprek met de verzuimcoördinator "
          "binnen een week na de melding."),
    ("h2", "3.11 Kwaliteitszorg"),
    ("p", "Bij het onderzoek van de inspectie in 2023 kregen alle drie de afdelingen het oordeel voldoende. De "
          "inspectie noemde het schoolklimaat en de examenorganisatie als sterke punten en vroeg aandacht voor de "
          "verschillen in toetskwaliteit tussen secties."),
    ("p", "Onze kwaliteitszorg volgt een jaarlijkse cyclus. In juni stellen de secties hun sectieplan op en de "
          "afdelingen hun afdelingsplan; samen vormen die het jaarplan van de school, dat in september aan de MR "
          "wordt voorgelegd. In oktober en maart bespreekt de schoolleiding de tussenstand met de afdelingsleiders "
          "aan de hand van een dashboard met rendementen, verzuim en enquêtes. Leerlingen vullen twee keer per jaar "
          "een enquête in over de lessen, ouders eenmaal per jaar. Elk kwartaal rapporteert de rector aan het "
          "bestuur, en in het jaarverslag leggen we in het najaar verantwoording af over het voorgaande jaar. "
          "Eens per twee jaar laat de schoolleiding één afdeling doorlichten door een interne auditor van het "
          "bestuur; in 2026 is de havo-bovenbouw aan de beurt."),

    ("h1", "4. Personeel in positie"),
    ("h2", "4.1 Ons personeel"),
    ("p", "Van de 101 docenten zijn er 92 bevoegd voor alle vakken die zij geven. De gemiddelde leeftijd is 44 jaar; "
          "in de komende vier jaar gaan 11 collega's met pensioen. De meeste vacatures ontstaan in Duits, "
          "natuurkunde, wiskunde en klassieke talen."),
    ("h2", "4.2 Bevoegd voor de klas"),
    ("p", "Negen docenten zijn nog niet bevoegd. Met elk van hen hebben we een bevoegdheidsplan met een einddatum "
          "gemaakt. Zij krijgen studieverlof van vier uur per week, een bijdrage in de studiekosten (aangevuld met "
          "de lerarenbeurs) en een coach uit de eigen sectie met een uur per week. Eens per kwartaal bespreekt de "
          "conrector de voortgang met hen. In augustus 2028 willen we hoogstens drie onbevoegde docenten hebben."),
    ("h2", "4.3 Ontwikkelen en de gesprekscyclus"),
    ("p", "Elke docent formuleert aan het begin van het schooljaar een eigen ontwikkelvraag, die hij of zij zelf "
          "kiest: het klassenmanagement versterken, beter differentiëren, een cursus Latijnse literatuur. Voor die "
          "vraag is per fte een scholingsbudget van 600 euro en 40 uur beschikbaar. Veel collega's volgen "
          "programma's van de ASG Academie; in 2024-2025 deden 23 docenten mee aan een leergang, onder meer "
          "'Formatief handelen' en 'Leidinggeven aan een sectie'. Twee studiedagen per jaar zijn schoolbreed, "
          "twee worden door de secties zelf ingevuld."),
    ("p", "De gesprekscyclus bestaat uit een jaargesprek met de afdelingsleider, een lesbezoek vooraf en eens in de "
          "drie jaar een beoordelingsgesprek. In het jaargesprek staan de ontwikkelvraag, de taken en het "
          "welbevinden centraal. Vanaf 2026-2027 haalt elke docent ook feedback op bij een eigen klas met een "
          "korte leerlingenquête, die in het jaargesprek wordt besproken. Alle verslagen komen in het digitale "
          "personeelsdossier."),
    ("h2", "4.4 Opleiden in de school"),
    ("p", "Het Stedelijk Lyceum is opleidingsschool binnen het Almeerse opleidingspartnerschap van de VO-besturen "
          "in de stad, de gemeente en de lerarenopleidingen van Windesheim en de Hogeschool van Amsterdam. Elk jaar "
          "lopen ongeveer 25 studenten stage bij ons; een schoolopleider met acht uur per week en 20 opgeleide "
          "werkplekbegeleiders begeleiden hen. Van de studenten die de afgelopen drie jaar afstudeerden, zijn er "
          "zeven bij ons in dienst gekomen. Samen met de andere besturen zet het partnerschap een gezamenlijke "
          "wervingscampagne op voor zij-instromers in tekortvakken."),
    ("h2", "4.5 Welbevinden en ziekteverzuim"),
    ("p", "Het ziekteverzuim van het personeel was in 2024 5,8 procent. De afdelingsleider belt bij elke "
          "ziekmelding binnen twee dagen; bij de derde melding in een jaar volgt een gesprek. De bedrijfsarts houdt "
          "eens per maand spreekuur op school, en collega's kunnen ook zonder ziekmelding een preventief consult "
          "aanvragen. In 2027 willen we hoogstens 5,0 procent."),
    ("p", "We houden rekening met de levensfase van collega's. Ouderen kunnen hun seniorenuren inzetten voor minder "
          "lessen of minder surveillance; collega's met jonge kinderen kunnen vragen om geen eerste of laatste uur. "
          "In februari houdt elke sectie een werkdrukpeiling; de uitkomst wordt besproken met de afdelingsleider en "
          "meegenomen in de taakverdeling voor het nieuwe jaar. Toetsweken plannen we zo dat correctiewerk niet "
          "samenvalt met rapportvergaderingen."),

    ("h1", "5. De meerwaarde van ASG"),
    ("p", "Het Stedelijk Lyceum is een van de VO-scholen van ASG. Voor personeelszaken, financiën, ICT en "
          "huisvesting maken wij gebruik van het servicebureau. We volgen de ontwikkelingen van de ASG Regiegroep "
          "Innovatie met belangstelling. Ook onze school draagt graag bij aan de ASG-brede studiedagen."),
    ("p", "De sectie klassieke talen werkt nauw samen met de secties klassieke talen van twee andere ASG-scholen "
          "met een gymnasiumafdeling. Ze delen een toetsbank voor de onderbouw, stemmen de PTA's voor Latijn en "
          "Grieks op elkaar af en zijn voor elkaar tweede corrector bij schoolexamens. De examensecretarissen van "
          "de ASG-scholen overleggen vier keer per jaar over het examenreglement en de planning, en onze "
          "examensecretaris is daarvan voorzitter. Sinds 2024 wisselen de secties natuurkunde van drie ASG-scholen "
          "practicummateriaal uit voor het centraal examen."),
    ("p", "Met drie ASG-scholen voor mavo hebben we een mavo-havoroute ingericht. Mavo 4-leerlingen die naar de havo "
          "willen, volgen vanaf januari een aansluitingsprogramma met lessen wiskunde en Engels die door onze "
          "docenten worden gegeven, en lopen een dag mee in havo 4. Jaarlijks stromen zo ongeveer 30 leerlingen in. "
          "Omgekeerd zorgen we bij afstroom voor een warme overdracht naar een ASG-school: de mentor draagt de "
          "leerling persoonlijk over aan de nieuwe mentor. Zo heeft een leerling binnen ASG altijd een vervolg."),

    ("h1", "6. Partnerschap"),
    ("h2", "6.1 Ouders"),
    ("p", "Ouders worden uitgenodigd voor de informatieavond aan het begin van het jaar en voor de ouderavonden na "
          "elke rapportperiode. In klas 1 is er in oktober voor elke leerling een gesprek van mentor, leerling en ouders "
          "samen; vanaf 2025-2026 doen we dat ook in klas 3, als voorbereiding op de profielkeuze. Via Magister "
          "zien ouders cijfers, huiswerk en aanwezigheid. Ouders worden uitgenodigd als gastspreker in de LOB-lessen "
          "over hun beroep en als begeleider bij excursies."),
    ("p", "De havo-afdeling heeft sinds 2023 een ouderpanel van tien ouders dat drie keer per jaar met de "
          "afdelingsleider praat over wat er goed gaat en wat beter kan. Het panel gaf onder meer aan dat de "
          "informatie over toetsweken te laat kwam. Vanaf 2025-2026 krijgen ook de vwo- en de gymnasiumafdeling een "
          "ouderpanel. In de ouderenquête van 2024 gaf 62 procent van de ouders aan goed geïnformeerd te zijn; "
          "dat moet in 2026 minimaal 75 procent zijn."),
    ("h2", "6.2 De leerlingenraad"),
    ("p", "De leerlingenraad telt vijftien leden uit alle afdelingen en leerjaren, gekozen in september. De raad "
          "vergadert om de twee weken en spreekt elke zes weken met de rector. Hij heeft een eigen budget van 2.500 "
          "euro per jaar en organiseert het schoolfeest en de Lyceumdag. De raad gaf advies over het mobielbeleid "
          "en het toetsweekrooster en herziet in 2025-2026 samen met de schoolleiding het leerlingenstatuut. Twee "
          "leden van de leerlingenraad zitten in de leerlinggeleding van de MR. Leden krijgen een korte training "
          "in vergaderen en onderhandelen van de docent maatschappijleer."),
    ("h2", "6.3 Medezeggenschap"),
    ("p", "De medezeggenschapsraad telt twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. De MR "
          "vergadert acht keer per jaar. De rector legt voorgenomen beleid vroeg voor, meestal eerst als "
          "discussiestuk, zodat de MR kan meedenken voordat een voorstel er ligt. Zo heeft de MR in 2024 de opzet "
          "van de flexuren in havo 4 aangepast en kwam het idee voor de ouderpanels per afdeling uit de "
          "oudergeleding."),
    ("h2", "6.4 Partners in en om de school"),
    ("p", "Voor het vwo werken we samen met de Universiteit van Amsterdam en de Vrije Universiteit: vwo 5-"
          "leerlingen met een voorsprong volgen een pre-university programma, en profielwerkstukken in de bèta-"
          "profielen worden begeleid door promovendi. Windesheim Flevoland verzorgt proefstudeerdagen voor "
          "havisten. Voor het profielwerkstuk en de maatschappelijke stage hebben we afspraken met ongeveer 30 "
          "bedrijven en instellingen, van het ziekenhuis tot het waterschap. Met de gemeente werken we samen in de "
          "aanpak van verzuim en in het opleidingspartnerschap; met onze Erasmus+-partners in Bremen en Sevilla "
          "werken we aan de uitwisselingen (zie hoofdstuk 3)."),

    ("h1", "7. Onze speerpunten 2025-2029"),
    ("p", "De speerpunten hieronder vatten samen wat we in deze planperiode willen bereiken. Elk jaar verdelen we "
          "ze over het jaarplan en rapporteren we erover in het jaarverslag."),
    ("ol", SPEERPUNTEN),

    ("h1", "8. Vaststelling"),
    ("p", "Dit schoolplan is in het voorjaar van 2025 besproken met het personeel, de leerlingenraad en de "
          "ouderpanels. De MR heeft op 1 juli 2025 ingestemd. Het College van Bestuur van ASG heeft het plan "
          "vastgesteld op 8 juli 2025."),
    ("p", "Almere, juli 2025 – drs. Marieke van Dalen, rector"),
]


def _swot(doc) -> None:  # type: ignore[no-untyped-def]
    t = tabel(doc, ["Sterkten", "Zwakten"], SWOT, [8.0, 8.0])
    for cel in t.rows[2].cells:
        for run in cel.paragraphs[0].runs:
            run.bold = True


def _render(doc, inhoud) -> None:  # type: ignore[no-untyped-def]
    for item in inhoud:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "li":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "ol":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Number")
        elif soort == "tabel":
            tabel(doc, item[1], item[2], item[3])
            doc.add_paragraph("")
        elif soort == "swot":
            _swot(doc)
            doc.add_paragraph("")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "M. van Dalen"
    cp.last_modified_by = "M. van Dalen"
    cp.title = "Schoolplan 2025-2029 Stedelijk Lyceum Almere"
    cp.subject = "Schoolplan"
    cp.keywords = ""
    cp.comments = ""
    cp.created = VASTE_TIJD
    cp.modified = VASTE_TIJD
    cp.last_printed = VASTE_TIJD
    cp.revision = 1

    doc.add_heading(TITEL, level=0)
    for regel in VOORBLAD:
        doc.add_paragraph(regel)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Stedelijk Lyceum Almere – Schoolplan 2025-2029 – "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    _render(doc, INHOUD)
    doc.save(path)
    deterministisch(path, VASTE_TIJD)
