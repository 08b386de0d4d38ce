# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van ISK De Steiger (internationale schakelklas van het Noorderplassen College).

Geschreven zoals een afdelingsleider het in Word maakt: kopjes zijn vetgedrukte gewone alinea's,
doelen staan als lopende tekst per schooljaar. Alleen standaardbibliotheek + python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

TITEL = "Schoolplan ISK De Steiger 2025-2029"

# ("kop", tekst) = vetgedrukte alinea in stijl Normal; ("p", tekst) = alinea; ("o", tekst) = opsomming
INHOUD = [
    ("kop", "1. Voorwoord"),
    ("p", "Voor u ligt het schoolplan van de Internationale Schakelklas De Steiger voor de periode 1 augustus 2025 "
          "tot en met 31 juli 2029. De Steiger is de ISK-afdeling van het Noorderplassen College, een openbare "
          "scholengemeenschap van de Almeerse Scholen Groep (ASG). Bij ons komen jongeren van 12 tot 18 jaar die "
          "kort in Nederland zijn en de Nederlandse taal nog niet of nauwelijks beheersen. Het zijn kinderen van "
          "arbeidsmigranten uit Polen, Roemenië en Bulgarije, jongeren die met hun ouders uit Syrië, Eritrea, Jemen "
          "of Afghanistan zijn gevlucht, sinds 2022 een grote groep Oekraïense leerlingen en steeds vaker kinderen van "
          "gezinnen die voor werk naar de Randstad verhuizen. Ze hebben gemeen dat ze een nieuwe taal moeten leren. "
          "Verder verschillen ze in bijna alles: in schoolverleden, in leeftijd, in wat ze hebben meegemaakt en in wat "
          "ze later willen worden."),
    ("p", "Het plan is geschreven door het ISK-team onder leiding van de afdelingsleider. We hebben het in het "
          "voorjaar van 2025 op drie teamvergaderingen besproken. Leerlingen uit de B1-groepen hebben in een "
          "klassengesprek meegedacht over wat er beter kan, en we hebben het inspectiebezoek van oktober 2023 en onze "
          "eigen uitstroomcijfers gebruikt."),

    ("kop", "2. De Steiger in het kort"),
    ("p", "De Steiger zit sinds 2019 in de oostvleugel van het hoofdgebouw van het Noorderplassen College in Almere "
          "Stad. We hebben negen lokalen, een praktijklokaal, een stilteruimte en een eigen ontvangstruimte die we "
          "het Onthaal noemen. Op 1 oktober 2024 telde De Steiger 186 leerlingen in 13 groepen. Zij kwamen uit 31 "
          "landen en spraken samen 24 verschillende thuistalen; de grootste taalgroepen zijn Arabisch, Oekraïens, "
          "Pools, Tigrinya en Turks. In het schooljaar 2023-2024 stroomden 141 leerlingen in en 128 leerlingen uit. "
          "Een leerling blijft gemiddeld 20 maanden bij ons; de wettelijke bekostiging loopt twee jaar."),
    ("p", "Leerlingen kunnen elke maandag instromen. Na de intake en een instroomperiode van zes weken plaatsen we "
          "een leerling in een van drie leerroutes of in een alfagroep:"),
    ("o", "Alfagroepen (2 groepen, maximaal 12 leerlingen): voor jongeren die niet of nauwelijks geletterd zijn in "
          "het Latijnse schrift. Zij leren eerst lezen en schrijven en stromen daarna door naar route 1 of 2."),
    ("o", "Route 1 (3 groepen): een langzamer leertempo, met veel praktijkvakken; uitstroom meestal naar het "
          "praktijkonderwijs, de entreeopleiding of vmbo basis."),
    ("o", "Route 2 (5 groepen): gemiddeld leertempo; uitstroom naar vmbo kader of gemengde/theoretische leerweg "
          "en naar mbo niveau 2 en 3."),
    ("o", "Route 3 (3 groepen): snelle leerders met een sterk schoolverleden; uitstroom naar vmbo-tl, havo, vwo of "
          "mbo niveau 4. Eén route 3-groep krijgt een deel van de vakken in het Engels, voor leerlingen die naar een "
          "tweetalige of internationale opleiding willen."),
    ("p", "Het team bestaat uit 24 medewerkers (18,6 fte): 14 docenten, 2 onderwijsassistenten, een "
          "ondersteuningscoördinator, een trajectbegeleider, een schoolmaatschappelijk werker (twee dagen per week), "
          "een administratief medewerker, een conciërge die we delen met het Noorderplassen College en de "
          "afdelingsleider. Drie collega's spreken zelf een van de grote thuistalen van onze leerlingen."),

    ("kop", "3. Waar we voor staan"),
    ("p", "Onze leerlingen noemen De Steiger vaak 'de plek waar je aankomt'. Dat is ook ons motto: aankomen, "
          "landen, doorgaan. Een nieuwkomer krijgt maar één keer de kans om goed aan te komen. De eerste weken "
          "bepalen of een jongere het vertrouwen krijgt dat hij hier iets kan worden. Taal is bij ons daarom geen "
          "vak op het rooster, maar de rode draad door de hele dag: in de rekenles, in de gymzaal en in de pauze."),
    ("p", "Iedere leerling en iedere collega is bij ons waardevol en wordt gezien. We geven altijd het beste van "
          "onszelf."),
    ("p", "Bij de plaatsing kijken we naar het denkniveau van een leerling. Een meisje dat in Charkiv "
          "in de derde klas van het lyceum zat, heeft haar wiskunde niet verloren omdat ze nog geen Nederlands "
          "spreekt. We plaatsen en adviseren daarom op denkniveau en niet op taalniveau. Wie in het eigen land op "
          "weg was naar de universiteit, adviseren we niet naar het vmbo omdat het Nederlands na een jaar op A2 staat. "
          "Daarvoor gebruiken we bij de intake een rekentoets in de eigen taal en de non-verbale capaciteitentest "
          "SON-R, en bespreken we elk uitstroomadvies in een adviesoverleg met drie docenten, de trajectbegeleider "
          "en de ondersteuningscoördinator."),

    ("kop", "4. Ons onderwijs"),
    ("p", "Leerlingen hebben 30 lesuren per week. De lessentabel verschilt per route, maar in alle routes gaat "
          "ongeveer 40 procent van de tijd naar Nederlands als tweede taal (NT2). In route 2 ziet een week er zo uit: "
          "12 uur NT2, 4 uur rekenen en wiskunde, 2 uur Engels, 3 uur Wereld om je heen (aardrijkskunde, geschiedenis, "
          "economie en burgerschap), 2 uur natuur en techniek, 2 uur lichamelijke opvoeding, 2 uur praktijk en "
          "kunst, 2 uur ICT en studievaardigheden en 1 mentoruur."),
    ("p", "Voor NT2 werken we met de methode Taalcompleet, aangevuld met eigen materiaal. De leerdoelen zijn "
          "gekoppeld aan het Europees Referentiekader (ERK), van A0 tot en met B1. Voor de alfagroepen gebruiken we "
          "een eigen alfabetiseringsprogramma op basis van materiaal van LOWAN. We toetsen de taalvaardigheid bij de "
          "intake en daarna elke twaalf weken met Diataal, voor lezen, luisteren, spreken en schrijven apart. Voor "
          "rekenen gebruiken we de referentieniveaus 1F en 2F als einddoel; de route 3-leerlingen werken ook aan 1S. "
          "De resultaten staan per leerling in Magister en in het taalpaspoort dat de leerling zelf bijhoudt."),
    ("p", "Alle vakdocenten geven taalgericht vakonderwijs. Dat betekent dat in elke les de vaktaal expliciet "
          "wordt aangeboden, dat er een woordmuur hangt met de woorden van die week en dat leerlingen praten voordat "
          "ze schrijven. Thuistalen zien we als hulpmiddel, niet als probleem. Leerlingen mogen bij het begrijpen van "
          "een tekst overleggen in hun eigen taal en een vertaalapp gebruiken, zolang ze het antwoord in het "
          "Nederlands geven."),
    ("p", "Het vak Wereld om je heen is opgebouwd uit thema's die dicht bij het leven van onze leerlingen liggen: "
          "Mijn nieuwe stad, Mijn lichaam en de dokter, Geld en werk, Wonen en buren, Vrije tijd en sport, en "
          "Nederland en de wereld. Bij elk thema hoort een buitenles: een bezoek aan het stadhuis, aan De Nieuwe "
          "Bibliotheek, aan een sportvereniging in de wijk of aan een werkgever."),
    ("p", "Vanaf 2024-2025 proberen we in route 2 en 3 de vaste jaargroepen voor NT2 los te laten. Leerlingen leren "
          "niet alle vaardigheden even snel: een leerling kan op B1 lezen en op A2 spreken. In de pilot Taal op maat "
          "krijgen leerlingen vier blokken per week in een niveaugroep per vaardigheid, en stellen ze elke twaalf "
          "weken met hun mentor vast in welke groep ze het volgende blok zitten. De eerste resultaten zijn "
          "bemoedigend: leerlingen in de pilot groeiden bij lezen gemiddeld 1,4 deelniveau per periode tegen 1,1 bij "
          "de vergelijkingsgroep. We evalueren de pilot in juni 2026 en besluiten dan of we hem uitbreiden."),

    ("kop", "5. Burgerschap en het openbare karakter"),
    ("p", "Onze leerlingen moeten in korte tijd leren hoe de Nederlandse samenleving werkt. In Wereld om je heen behandelen we de democratie, de Grondwet en in "
          "het bijzonder artikel 1, de rechtsstaat, de gelijkheid van mannen en vrouwen en de vrijheid om te zijn wie "
          "je bent, ook als je lesbisch, homo of transgender bent. We merken dat deze onderwerpen voor sommige "
          "leerlingen nieuw of gevoelig zijn. We gaan het gesprek daarom voorzichtig, maar niet omzichtig aan, met "
          "vaste gespreksregels en waar nodig in kleine groepjes met een docent die de eigen taal spreekt."),
    ("p", "De school is ook een oefenplaats. Elke groep kiest in oktober een klassenvertegenwoordiger; samen "
          "vormen zij de Steigerraad, die vier keer per jaar met de afdelingsleider vergadert. In 2024-2025 heeft de "
          "Steigerraad gezorgd voor een waterkoeler op de gang en voor een gebedsrooster voor de stilteruimte. Rond de "
          "gemeenteraadsverkiezingen van maart 2026 houden we een eigen verkiezingsweek, met een debat tussen "
          "leerlingen en een bezoek aan de raadszaal. Route 3 bezoekt elk jaar de Tweede Kamer."),
    ("p", "De Steiger is een openbare school. Dat betekent voor ons dat iedere leerling welkom is, wat zijn of haar "
          "geloof of overtuiging ook is, en dat geen enkel geloof op school voorgaat. De stilteruimte is er voor "
          "iedereen die in de pauze wil bidden of even tot rust wil komen. Op onze feestenkalender staan Nieuwjaar, "
          "het Suikerfeest, Kerstmis, Nowruz en het orthodoxe Pasen; bij elk feest vertellen leerlingen zelf wat het "
          "voor hen betekent. Tijdens de ramadan plannen we geen sporttoetsen. Zo leren leerlingen dat verschil "
          "normaal is en dat je een ander niet hoeft te begrijpen om hem te respecteren."),

    ("kop", "6. Veilig en welkom"),
    ("p", "Veel van onze leerlingen hebben op hun vlucht of daarvoor dingen meegemaakt die een kind niet hoort mee te "
          "maken. Een veilige "
          "school is voor hen de eerste voorwaarde om te kunnen leren."),
    ("p", "Een nieuwe leerling wordt op de eerste dag in het Onthaal ontvangen door de trajectbegeleider en een "
          "maatje uit een hogere groep, zo mogelijk iemand die dezelfde taal spreekt. Ouders zijn bij de intake, met "
          "een tolk van Global Talk aan de telefoon of aan tafel. De leerling krijgt een rondleiding, een welkomstmap "
          "met het rooster in pictogrammen en in de eigen taal, en zijn foto komt op de welkomstwand bij de ingang. "
          "Ook bezoekers, zoals nieuwe stagiairs of de jeugdarts, worden in het Onthaal opgevangen. Na twee weken "
          "houdt de mentor een kort gesprek met leerling en ouders: hoe gaat het nu?"),
    ("p", "Het hele team heeft in 2023 de training Traumasensitief lesgeven van Kenniscentrum Phoenix gevolgd; "
          "nieuwe collega's volgen deze training in hun eerste jaar. In de klas werken we met een vaste dagstructuur, "
          "een dagprogramma op het bord en een rustplek. We hebben een pestprotocol met een pestcoördinator, een "
          "interne vertrouwenspersoon en een anti-discriminatiecode. Incidenten leggen we vast in Magister en bespreken "
          "we elke maand in het zorgoverleg. Bij zorgen over de thuissituatie volgen we de meldcode en werken we met "
          "Veilig Thuis Flevoland."),
    ("p", "Elk jaar in februari vullen leerlingen de veiligheidsmonitor in. We gebruiken een aangepaste versie met "
          "pictogrammen, voorgelezen vragen en vertalingen in zeven talen. In 2024 gaf 87 procent van de leerlingen "
          "aan zich op school veilig te voelen en 81 procent zei dat er op school een volwassene is bij wie ze terecht "
          "kunnen. De uitkomsten bespreken we met de Steigerraad, die ook meedenkt over de aanpak."),

    ("kop", "7. Ondersteuning: wat we wel en niet kunnen bieden"),
    ("p", "Zicht op de leerling begint bij de intake. In de eerste zes weken maken we een instroomprofiel met het "
          "schoolverleden, de geletterdheid in de eigen taal, de rekenvaardigheid, de uitslag van de SON-R en een "
          "vragenlijst naar welbevinden (SDQ, afgenomen in de eigen taal). De GGD Flevoland doet bij iedere nieuwe "
          "leerling een gezondheidsonderzoek. Elke twaalf weken is er een groepsbespreking, waarin mentor en "
          "ondersteuningscoördinator per leerling de taalgroei, de werkhouding en het welbevinden bespreken. "
          "Leerlingen die minder groeien dan verwacht, krijgen een handelingsplan."),
    ("p", "Onze basisondersteuning is afgestemd op nieuwkomers: kleine groepen van gemiddeld 14 leerlingen, "
          "traumasensitief werkende docenten, een schoolmaatschappelijk werker op school, een mentoruur per week en "
          "extra taalondersteuning door onderwijsassistenten. Daarnaast bieden we in overleg met het "
          "Samenwerkingsverband Passend Onderwijs Almere extra ondersteuning: een korte behandeling door i-Psy op "
          "school, begeleiding door een ambulant begeleider bij leerlingen met een vermoeden van een "
          "ontwikkelingsstoornis, en een aangepast rooster bij leerlingen die nog niet een hele dag aankunnen."),
    ("p", "Er zijn ook grenzen. Een leerling die door ernstige psychische problemen niet in een groep kan "
          "functioneren, of die intensieve psychiatrische behandeling nodig heeft, kunnen wij niet goed onderwijzen. "
          "Voor deze leerlingen zoeken we samen met het samenwerkingsverband en de leerplichtambtenaar een plek, "
          "bijvoorbeeld een tijdelijke plaatsing in het speciaal onderwijs met NT2-ondersteuning vanuit De Steiger. "
          "Ook voor nieuwkomers met een ernstige visuele of auditieve beperking hebben we niet de expertise; daar "
          "werken we samen met Visio en Kentalis. Dit staat uitgewerkt in het ondersteuningsprofiel van de ISK, dat "
          "we in 2025-2026 herzien."),
    ("p", "In Almere zijn er twee schakelklassen voor het voortgezet onderwijs, van twee verschillende besturen. "
          "Sinds de komst van de Oekraïense leerlingen is er regelmatig een wachtlijst. Met de andere ISK, de afdeling "
          "Leerplicht van de gemeente en het samenwerkingsverband houden we één gezamenlijke aanmeldlijst bij en "
          "spreken we elke twee weken af wie welke leerling plaatst. Geen enkele nieuwkomer mag langer dan vier weken "
          "thuiszitten. In 2023-2024 lukte dat bij 91 procent van de aanmeldingen. Leerlingen die op de wachtlijst "
          "staan, krijgen in de tussentijd drie ochtenden per week taalles in het Onthaal."),

    ("kop", "8. Doorstromen en blijven"),
    ("p", "Het doel van de ISK is dat leerlingen zo snel als verantwoord is doorstromen naar een plek waar ze een "
          "diploma kunnen halen, en dat ze daar blijven. Van de 128 leerlingen die in 2023-2024 uitstroomden, gingen er "
          "12 (9 procent) naar het praktijkonderwijs, 52 (41 procent) naar het vmbo, 18 (14 procent) naar havo of vwo "
          "en 36 (28 procent) naar het mbo. Tien leerlingen verhuisden of vertrokken uit Nederland."),
    ("p", "De trajectbegeleider begeleidt elke leerling in het laatste halfjaar naar een vervolgschool. Leerlingen "
          "lopen een dag mee op de nieuwe school en er is altijd een warme overdracht: een overdrachtsdossier en een "
          "gesprek tussen mentor, leerling en de mentor of zorgcoördinator van de ontvangende school. Zes weken na de "
          "overstap belt de trajectbegeleider met de nieuwe mentor, na een half jaar volgt een tweede contact. "
          "Van de leerlingen die in 2022-2023 uitstroomden, zat na een jaar 84 procent nog op dezelfde school of "
          "opleiding."),
    ("p", "De meeste van onze leerlingen gaan naar een school van ASG. Met de decanen en zorgcoördinatoren van de "
          "ASG-scholen voor voortgezet onderwijs en met het mbo van het ROC van Flevoland hebben we zes keer per jaar "
          "een uitstroomoverleg. Daarin leggen we uitstroomkandidaten voor en zoeken we samen de school die past: "
          "een leerling met een sterk profiel in techniek gaat naar een andere ASG-school dan een leerling die "
          "tweetalig vwo wil volgen. Sinds 2024 hebben we bovendien de Steigerbrug: B1-leerlingen uit route 3 volgen "
          "twee dagen per week lessen in een reguliere klas van het Noorderplassen College en drie dagen bij ons."),
    ("p", "Onze NT2-sectie organiseert twee keer per jaar een bijeenkomst voor de taalcoördinatoren en NT2-docenten "
          "van de ASG-scholen voor voortgezet onderwijs. Onderwerp is steeds de periode na de ISK: welke "
          "taalondersteuning hebben oud-leerlingen in het eerste en tweede jaar nodig, en hoe organiseer je die in een "
          "reguliere school? De ontvangende scholen delen hun ervaringen en wij delen onze materialen."),

    ("kop", "9. Ouders en partners"),
    ("p", "Ouders van nieuwkomers willen vaak heel graag dat hun kind het goed doet, maar kennen het Nederlandse "
          "schoolsysteem niet. Bij de intake leggen we met een "
          "tolk uit hoe de ISK werkt. Drie keer per jaar is er een ouderavond rond een thema (het schoolsysteem, "
          "de overstap, gezondheid en social media), met tolken Arabisch, Oekraïens, Pools en Tigrinya. Twee keer per "
          "jaar is er een rapportgesprek waarin de leerling zelf aan zijn ouders laat zien wat hij heeft geleerd, aan "
          "de hand van zijn taalpaspoort. In 2024-2025 was bij 78 procent van de leerlingen minstens één ouder "
          "aanwezig bij het rapportgesprek."),
    ("p", "Berichten aan ouders sturen we via Magister. Belangrijke brieven, zoals over de uitstroom of over een "
          "schoolreis, vertalen we in de acht grootste talen. Bij elk gesprek waar dat nodig is, zetten we een "
          "telefonische tolk in; we laten leerlingen niet tolken voor hun eigen ouders. Elke vrijdagochtend is er in het "
          "Onthaal een koffieochtend voor ouders, die we samen met vrijwilligers van VluchtelingenWerk organiseren."),
    ("p", "Een schakelklas kan niet zonder partners. We werken samen met het COA en de gezinslocatie in Almere, de "
          "gemeente Almere (Leerplicht en het team Statushouders), GGD Flevoland, de wijkteams, VluchtelingenWerk, "
          "i-Psy, Kenniscentrum Phoenix, het ROC van Flevoland en De Nieuwe Bibliotheek. Met de sportverenigingen in "
          "Almere Stad hebben we afgesproken dat leerlingen van De Steiger drie maanden gratis mogen meetrainen; in "
          "2024-2025 deden 37 leerlingen daaraan mee. Met het buurthuis in de wijk organiseren we elke woensdagmiddag "
          "huiswerkbegeleiding door vrijwilligers."),
    ("p", "In de MR van het Noorderplassen College heeft één personeelslid van De Steiger zitting. Twee keer per "
          "jaar staat De Steiger als vast punt op de MR-agenda; de afdelingsleider licht dan voorgenomen besluiten toe, "
          "zoals de wijziging van de instroomdag of het telefoonbeleid, en de MR geeft daar vooraf haar reactie op. "
          "Ouders van nieuwkomers zijn nog niet in de MR vertegenwoordigd. In 2026-2027 willen we met de MR een "
          "manier vinden om hun stem wel te horen, bijvoorbeeld met een ouderpanel met tolken."),

    ("kop", "10. Ons team"),
    ("p", "Lesgeven aan nieuwkomers vraagt meer dan een lesbevoegdheid. Een ISK-docent moet taal kunnen "
          "onderwijzen aan leerlingen die nog geen woord Nederlands spreken, moet groepen kunnen leiden waarin elke "
          "week iemand binnenkomt en vertrekt, en moet kunnen omgaan met verdriet en spanning in de klas. Van de 14 "
          "docenten zijn er 11 bevoegd voor hun vak; 7 van hen hebben een aanvullende NT2-kwalificatie. Drie "
          "docenten zijn onbevoegd. Twee van hen volgen de tweedegraads lerarenopleiding Nederlands met de "
          "specialisatie NT2, de derde start in september 2025 met een zij-instroomtraject. ASG betaalt het "
          "collegegeld, wij geven hun een vaste studiedag per week en een coach uit het team. We willen dat zij "
          "uiterlijk in juli 2028 alle drie bevoegd zijn."),
    ("p", "Iedere nieuwe collega volgt in het eerste jaar de LOWAN-basistraining voor ISK-docenten en de training "
          "Traumasensitief lesgeven. Vakdocenten volgen in hun tweede jaar de cursus Taalgericht vakonderwijs. Elk "
          "teamlid maakt jaarlijks een eigen ontwikkelplan, dat we bespreken in het jaarlijkse ontwikkelgesprek met de "
          "afdelingsleider. Daarnaast nemen vier docenten deel aan het regionale LOWAN-netwerk voor ISK-docenten en "
          "neemt de ondersteuningscoördinator deel aan het ASG-netwerk van zorgcoördinatoren. Wat zij daar leren, "
          "delen ze op de teamvergadering."),
    ("p", "Werken met jongeren die veel hebben meegemaakt, kan zwaar zijn. Daarom is er elke maand intervisie onder leiding van de schoolmaatschappelijk werker, "
          "en kan iedere collega na een ingrijpende gebeurtenis binnen een week een gesprek krijgen met een "
          "bedrijfsmaatschappelijk werker. Het ziekteverzuim was in 2023-2024 7,8 procent, boven het gemiddelde van "
          "het Noorderplassen College. We bespreken werkdruk en welbevinden in elk ontwikkelgesprek en in het "
          "teamoverleg in maart."),

    ("kop", "11. Kwaliteitszorg"),
    ("p", "De Steiger valt onder de kwaliteitszorg van het Noorderplassen College en van ASG, maar we hebben eigen "
          "indicatoren omdat de gewone opbrengstkaart voor een ISK weinig zegt. De inspectie bezocht ons in oktober 2023 "
          "als onderdeel van het vierjaarlijks onderzoek van de school. Het oordeel was voldoende; als verbeterpunt "
          "noemde de inspectie het zicht op de ontwikkeling bij de vakken naast Nederlands. Daarom houden we sinds "
          "2024 ook voor rekenen en Engels een leerlijn met toetsmomenten bij."),
    ("p", "We werken met een vaste jaarcyclus. In juni evalueren we het jaarplan met het team, in juli stellen we het "
          "jaarplan voor het volgende schooljaar op. Elk kwartaal rapporteert de afdelingsleider aan de directie van "
          "het Noorderplassen College over vijf indicatoren: de taalgroei per periode van twaalf weken, de verblijfsduur "
          "tot uitstroom, de uitstroom per niveau, het percentage leerlingen dat na een jaar nog op de vervolgschool "
          "zit, en de veiligheidsbeleving. Die cijfers gaan mee in de kwartaalrapportage aan het bestuur. De "
          "afdelingsleider en de ondersteuningscoördinator bezoeken elke docent twee keer per jaar in de les, met een "
          "kijkwijzer voor taalgericht lesgeven, en er is één collegiale lesbezoekronde per jaar. Eens per twee jaar "
          "houden we een ouderpeiling met tolken."),

    ("kop", "12. Onze doelen voor 2025-2029"),
    ("p", "Hieronder beschrijven we per onderwerp wat we willen bereiken en in welk schooljaar. Elk doel krijgt een "
          "plek in het jaarplan van dat schooljaar en wordt in juni geëvalueerd."),
    ("p", "Taalgroei. In 2025-2026 evalueren we de pilot Taal op maat en besluiten we of hij wordt uitgebreid. In "
          "2026-2027 werken alle groepen van route 2 en 3 met niveaugroepen per vaardigheid. In 2027-2028 passen we "
          "ook het alfaprogramma aan, zodat alfaleerlingen sneller kunnen instromen in route 1 of 2. Aan het eind van "
          "2028-2029 groeit een leerling in route 2 en 3 gemiddeld minstens één ERK-deelniveau per periode van "
          "twaalf weken voor lezen en luisteren (nu 1,1 voor lezen en 0,9 voor luisteren), en haalt 80 procent van de "
          "route 3-leerlingen binnen twee jaar B1 voor lezen."),
    ("p", "Uitstroom en bestendiging. In 2025-2026 maken we het adviesoverleg voor alle uitstroomkandidaten "
          "verplicht en leggen we de afweging van denkniveau en taalniveau vast in het overdrachtsdossier. In "
          "2026-2027 breiden we de Steigerbrug uit naar route 2, in samenwerking met een vmbo-school van ASG. Eind "
          "2028-2029 zit 90 procent van onze oud-leerlingen een jaar na de overstap nog op dezelfde school of "
          "opleiding (nu 84 procent), en stroomt ten minste 18 procent van de leerlingen uit naar havo of vwo (nu 14 "
          "procent), zonder dat de bestendiging van die groep daalt."),
    ("p", "Veiligheid en welbevinden. In 2025-2026 herzien we het ondersteuningsprofiel en voeren we de SDQ ook aan "
          "het eind van het eerste halfjaar af. In 2026-2027 krijgen alle mentoren een verdiepingstraining van "
          "Kenniscentrum Phoenix over rouw en verlies. In elke veiligheidsmonitor van 2026 tot en met 2029 voelt ten "
          "minste 90 procent van de leerlingen zich veilig en zegt 90 procent dat er een volwassene is bij wie ze "
          "terecht kunnen."),
    ("p", "Ons team. Uiterlijk in juli 2028 zijn alle docenten bevoegd, en in 2029 heeft minstens de helft van de "
          "docenten een NT2-kwalificatie (nu 7 van 14). In 2025-2026 starten we met vaste intervisiegroepen van vier "
          "collega's. We willen het ziekteverzuim in 2027-2028 terugbrengen tot onder de 5,5 procent."),
    ("p", "Ouders. In 2025-2026 maken we samen met ouders een korte film in zes talen over hoe de ISK en het "
          "Nederlandse schoolsysteem werken, die we bij de intake laten zien. In 2026-2027 richten we met de MR een "
          "ouderpanel op. Eind 2028-2029 is bij 85 procent van de leerlingen een ouder bij minstens één rapportgesprek "
          "aanwezig (nu 78 procent)."),
    ("p", "Plaatsing in de stad. Samen met de andere ISK, de gemeente en het samenwerkingsverband zorgen we dat "
          "vanaf 2026-2027 geen enkele nieuwkomer langer dan vier weken op een plek wacht. In 2025-2026 leggen we "
          "daarvoor met de gemeente vast hoeveel extra groepen we kunnen openen als de instroom boven de 20 "
          "leerlingen per maand komt."),

    ("kop", "13. Hoe dit plan tot stand kwam"),
    ("p", "Het plan is tussen februari en mei 2025 geschreven door de afdelingsleider, met bijdragen van het "
          "ISK-team en de Steigerraad. Het concept is op 20 mei 2025 besproken in de MR van het Noorderplassen "
          "College. De MR heeft als klankbord meegedacht en een aantal suggesties gedaan, onder meer over de "
          "vertaling van brieven, die we hebben verwerkt. Het plan wordt als deelplan opgenomen in het schoolplan "
          "2025-2029 van het Noorderplassen College, dat na de zomer aan de MR wordt voorgelegd en daarna door het "
          "College van Bestuur van ASG wordt vastgesteld."),
    ("p", "Almere, juni 2025"),
    ("p", "R. Kaya-Verbeek, afdelingsleider ISK De Steiger"),
]


def _kop(doc, tekst):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(13)
    return p


def _opslaan_vast(doc, path, datum):
    """Sla op met vaste tijdstempels in het zip-archief, zodat elke build byte-gelijk is."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=datum)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            doel.writestr(info, bron.read(item.filename))


def build(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # voorblad
    for tekst, grootte, vet in [
        ("Schoolplan 2025-2029", 24, True),
        ("Internationale Schakelklas De Steiger", 18, True),
        ("onderdeel van het Noorderplassen College", 13, False),
        ("Almeerse Scholen Groep", 13, False),
        ("Planperiode: 1 augustus 2025 - 31 juli 2029", 11, False),
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = vet
        r.font.size = Pt(grootte)
    doc.add_page_break()

    for soort, tekst in INHOUD:
        if soort == "kop":
            _kop(doc, tekst)
        elif soort == "o":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            doc.add_paragraph(tekst)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = "R. Kaya-Verbeek"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 12, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 12, 9, 0, 0)
    cp.last_modified_by = "R. Kaya-Verbeek"
    cp.revision = 1
    _opslaan_vast(doc, path, (2025, 6, 12, 9, 0, 0))


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_129_isk_de_steiger.docx")
