# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 Kornoelje Mavo, Almere Poort (python-docx)."""
import datetime

from docx import Document
from docx.shared import Pt


def build(path):
    path = str(path)
    doc = Document()
    cp = doc.core_properties
    cp.title = "Schoolplan Kornoelje Mavo 2024-2028"
    cp.author = "Kornoelje Mavo"
    cp.created = datetime.datetime(2024, 5, 21, 8, 15, 0)
    cp.modified = datetime.datetime(2024, 6, 4, 16, 40, 0)

    def p(text, bold=False, italic=False):
        par = doc.add_paragraph()
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        return par

    def qa(vraag, *antwoorden):
        doc.add_heading(vraag, level=2)
        for a in antwoorden:
            p(a)

    def doelen(titel, items):
        p(titel, bold=True)
        for i, it in enumerate(items, 1):
            doc.add_paragraph("%d. %s" % (i, it), style="List Paragraph")

    # voorblad
    titel = doc.add_paragraph()
    r = titel.add_run("Kornoelje Mavo")
    r.bold = True
    r.font.size = Pt(26)
    sub = doc.add_paragraph()
    r = sub.add_run("Schoolplan 2024-2028")
    r.font.size = Pt(16)
    p("Openbare school voor mavo (vmbo theoretische leerweg) in Almere Poort\n"
      "Locatie: Odysseestraat, Homeruskwartier, Almere Poort\n"
      "Rector/directeur: Youssef el Khatib\n"
      "Almeerse Scholen Groep")
    p("Concept ter bespreking in de MR – versie 4 juni 2024", italic=True)
    doc.add_page_break()

    # inleiding
    doc.add_heading("Inleiding", level=1)
    p("Dit schoolplan beschrijft de koers van Kornoelje Mavo voor de schooljaren 2024-2025 tot en met 2027-2028. "
      "We hebben het op een andere manier gemaakt dan vorige keer. In 2020 schreef de directie een plan van "
      "zestig pagina’s dat daarna vooral in een la lag. Deze keer hebben we het team, de leerlingenraad en een "
      "groep ouders gevraagd om de centrale vragen uit de Koerswijzer van ASG te beantwoorden. Dat gebeurde op de "
      "studiedag van 6 februari 2024 en in twee avonden met ouders en leerlingen in maart.")
    p("We gebruiken die vragen in dit plan letterlijk als kopjes en geven er ons antwoord op. Niet elke vraag "
      "vonden we even belangrijk voor een mavo van 640 leerlingen. Sommige vragen gaan eigenlijk over het bestuur "
      "of over ASG als geheel. Daar zeggen we dat dan ook, kort. Andere vragen hebben ons veel stof gegeven; "
      "daar is het antwoord lang. Na elk venster staan onze doelen voor deze periode in een genummerde lijst.")
    doc.add_heading("Onze school in het kort", level=2)
    p("Kornoelje Mavo is in 2011 gestart als dependance en sinds 2015 een zelfstandige openbare mavo in het "
      "Homeruskwartier. We hebben 640 leerlingen (1 oktober 2023) in leerjaar 1 tot en met 4, met in de onderbouw "
      "mavo-klassen en twee mavo/havo-kansklassen per leerjaar. Er werken 52 medewerkers (44,8 fte). Onze "
      "leerlingen komen vooral uit Poort, Almere Stad-West en Pampus en hebben heel verschillende achtergronden: "
      "ruim 40 nationaliteiten, een flinke groep leerlingen met Surinaamse, Marokkaanse en Turkse wortels en een "
      "groeiende groep leerlingen uit Oost-Europa.")
    p("De inspectie gaf in 2022 het basisarrangement. Onze onderbouwsnelheid (97,1%) en de onderwijspositie "
      "ten opzichte van het advies (boven de norm) zijn goed. Het bovenbouwsucces (83,4%) en het examencijfer "
      "liggen dicht bij de norm. Het slagingspercentage was 94% in 2022, 91% in 2023 en 89% in 2024 (eerste "
      "tijdvak). Die dalende lijn is het belangrijkste signaal waarmee dit plan begint.")
    p("Het profiel van de school in één zin, zoals de leerlingenraad het zei: ‘Een school waar je jezelf kunt "
      "zijn, maar waar ze wel zeuren als je je huiswerk niet maakt.’ Dat vinden we een mooi compliment.")

    # ---------- kernwaarden ----------
    doc.add_heading("Deel A – De kernwaarden", level=1)
    p("ASG heeft vier kernwaarden. Bij elke kernwaarde stelt de Koerswijzer drie vragen.", italic=True)

    doc.add_heading("Gezien worden", level=1)
    qa("Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?",
       "Gastvrijheid begint bij de ingang. Sinds 2023 staat er elke ochtend tussen 8.10 en 8.30 uur een "
       "teamlid van de schoolleiding bij de hoofdingang, en de receptie is van 7.45 tot 16.30 uur bemand. "
       "Bezoekers worden bij binnenkomst opgehaald door degene met wie ze een afspraak hebben; dat is een "
       "harde afspraak voor iedereen. Bij open dagen, de informatieavonden voor groep 8 en ouderavonden "
       "werken we met leerling-gastheren en -gastvrouwen uit leerjaar 3 die een korte training hebben gehad. "
       "Nieuwe leerlingen beginnen het jaar met een Kornoelje-week: drie dagen met kennismakingsactiviteiten, "
       "een dag op het strand van Almere Poort en een dag waarop ze met hun mentor de school leren kennen. "
       "Nieuwe medewerkers krijgen een buddy en een welkomstpakket; de eerste werkdag wordt niet lesgegeven.")
    qa("Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?",
       "Daar zijn we dagelijks mee bezig. Iedereen bij ons is waardevol en wordt gezien.")
    qa("Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?",
       "We vragen het ze. De leerlingenraad (twaalf leerlingen, uit elk leerjaar drie) heeft vanaf 2024-2025 een "
       "vaste plek: één keer per periode spreekt de raad met de directeur, en bij elke beslissing over toetsing "
       "of rooster wordt de raad vooraf gehoord. Er komt een ouderpanel dat vier keer per jaar bij elkaar komt. "
       "Om de twee jaar doen we een tevredenheidsonderzoek onder leerlingen, ouders en personeel (via Vensters).",
       "Wat we ook doen: in de eerste zes weken van het schooljaar voert iedere mentor met elke leerling een "
       "startgesprek van een kwartier. Daarin vraagt de mentor wat de leerling goed kan, wat lastig is, hoe het "
       "thuis gaat en wat de leerling van school nodig heeft. Dat wordt kort vastgelegd in Magister, zodat alle "
       "docenten van die klas het kunnen lezen. Bij medewerkers vragen we in het jaargesprek naar wat iemand "
       "nodig heeft om goed te kunnen werken (zie venster 2).")

    doc.add_heading("Open", level=1)
    qa("Hoe bereiken we dat iedereen zich respectvol bejegend voelt?",
       "Met duidelijke afspraken en door die ook zelf na te leven. In 2022 hebben leerlingen en docenten samen "
       "de Kornoelje-code opgesteld: vijf regels over hoe we met elkaar omgaan (bijvoorbeeld ‘We praten met "
       "elkaar, niet over elkaar’ en ‘Geen telefoon in de les, wel een gesprek als het misgaat’). De code hangt "
       "in elk lokaal en wordt in de eerste mentorles van het jaar besproken.",
       "Als het misgaat, werken we herstelgericht. Een leerling die uit de les wordt gestuurd, gaat naar het "
       "Time-in-lokaal, waar een pedagogisch medewerker met de leerling het incident bespreekt. Aan het eind "
       "van de dag is er een herstelgesprek met de docent. Pesten pakken we aan volgens het pestprotocol; we "
       "hebben twee anti-pestcoördinatoren (één voor de onderbouw, één voor de bovenbouw). De sociale "
       "veiligheid meten we jaarlijks met de leerlingvragenlijst van Vensters. In 2023 voelde 84% van onze "
       "leerlingen zich veilig op school; bij meisjes in leerjaar 2 was dat maar 76%. Dat vinden we te laag. "
       "Daarom voeren we in 2024-2025 in leerjaar 1 en 2 de methode Rots & Water in tijdens de mentorles, "
       "en komt er op verzoek van de leerlingenraad meer toezicht bij de fietsenstalling en in de aula.",
       "Het veiligheidsbeleid (ontruimingsplan, BHV, meldcode, protocol sociale media) is in januari 2024 "
       "geactualiseerd en staat op de website.")
    qa("Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te informeren?",
       "Magister is ons hoofdkanaal: cijfers, huiswerk, absenties en berichten van de mentor. Ouders krijgen "
       "één keer per maand de Kornoelje-nieuwsbrief per e-mail. We hebben drie afspraken gemaakt over de "
       "communicatiestijl: (1) een mentor reageert binnen twee werkdagen op een bericht van een ouder, (2) "
       "slecht nieuws bespreken we telefonisch of persoonlijk, niet alleen per mail, en (3) alle brieven "
       "aan ouders worden op taalniveau B1 geschreven. Het PTA en het examenreglement krijgen vanaf 2024-2025 een "
       "samenvatting van twee pagina’s in gewone taal. Voor ouders die weinig Nederlands spreken, kunnen we een "
       "tolk of een collega die de taal spreekt laten aansluiten bij gesprekken.")
    qa("Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare karakter van ASG?",
       "Kornoelje Mavo is een openbare school. Iedere leerling is welkom, ongeacht afkomst, geloof of "
       "overtuiging, en dat geldt ook voor onze medewerkers. Openbaar betekent voor ons niet neutraal in de zin "
       "van ‘er niet over praten’, maar juist: ruimte maken voor verschillen en leren hoe je daarmee omgaat. "
       "Concreet doen we dat zo:",
       "– In leerjaar 2 volgen alle leerlingen het vak levensbeschouwing (één uur per week), waarin de "
       "grote wereldgodsdiensten en humanisme aan bod komen en leerlingen elkaar interviewen over wat voor hen "
       "belangrijk is. – We besteden in de mentorlessen aandacht aan Keti Koti, het Suikerfeest, Chanoeka en "
       "Kerstmis; leerlingen die een feest vieren, vertellen er zelf over. – Tijdens de Week van het Debat "
       "(leerjaar 3) debatteren leerlingen over stellingen uit het nieuws, onder begeleiding van Debat "
       "Academie Almere. – Bij het samenstellen van sollicitatiecommissies letten we erop dat het team de "
       "diversiteit van de leerlingen steeds beter weerspiegelt.",
       "Burgerschap hoort hierbij. Sinds de wet in 2021 is aangescherpt, hebben we onze burgerschapsdoelen "
       "beschreven in een leerlijn voor leerjaar 1 tot en met 4, verdeeld over mens & maatschappij, "
       "maatschappijleer (leerjaar 3), levensbeschouwing en de mentorlessen. Kern: leerlingen kennen de "
       "basiswaarden van de democratische rechtsstaat, oefenen met meningsvorming en dragen zelf bij aan de "
       "school (leerlingenraad, maatschappelijke stage van 30 uur in leerjaar 3). De leerlingenraad wordt "
       "gekozen met echte verkiezingen in oktober.")

    doc.add_heading("Vooruitstrevend", level=1)
    qa("Hoe faciliteren we innovatie binnen ASG?",
       "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Eerlijk gezegd "
       "is innovatie de komende jaren niet ons eerste doel; eerst moeten de examenresultaten weer omhoog.")
    qa("Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?",
       "Sinds 2023 hebben we het Kornoeljelab: een groep van zes docenten die elk jaar één vraag uit de eigen "
       "praktijk onderzoekt, begeleid door een lector van Hogeschool Windesheim Flevoland. In 2023-2024 was "
       "de vraag: ‘Wat doet directe feedback via mini-whiteboards met de betrokkenheid in de wiskundeles?’ "
       "De uitkomsten (meer leerlingen actief, maar alleen als de docent er consequent op terugkomt) zijn in "
       "april op een teammiddag gepresenteerd. Deelnemers krijgen 40 uur in hun taakbeleid. We willen dat er "
       "in 2027 in elke sectie minstens één docent is die aan het Kornoeljelab heeft meegedaan.",
       "Bij leerlingen zien we de onderzoekende houding vooral terug in het sectorwerkstuk in leerjaar 4 en "
       "bij de vakken biologie en nask, waar we sinds 2023 met onderzoekspractica werken in plaats van "
       "kookboekproeven.")
    qa("Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor ASG?",
       "Dat is een vraag voor het bestuur en de Regiegroep Innovatie.")

    doc.add_heading("Ambitieus", level=1)
    qa("Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?",
       "We geven altijd het beste van onszelf. Aanspreken vinden we in het team nog lastig; het komt in de "
       "teamscholing terug.")
    qa("Wat doen we om de professionaliteit van ons personeel te verbeteren?",
       "Zie venster 2.")
    qa("Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?",
       "Wij hebben hoge verwachtingen van onze leerlingen, en we laten dat merken. Elke leerling die in de "
       "onderbouw kan doorgroeien naar de havo, krijgt die kans: in de mavo/havo-kansklassen en via het "
       "‘opstroomgesprek’ dat de mentor in januari van leerjaar 2 met elke leerling met een gemiddelde boven "
       "de 7,0 voert. Bij twijfel adviseren we liever een niveau hoger dan lager. In leerjaar 3 en 4 kiezen "
       "leerlingen zelf een extra vak (het ‘plusvak’); wie dat haalt, heeft een sterkere positie voor de "
       "overstap naar havo 4 of het mbo niveau 4. We willen dat in 2027 minstens 30% van onze examenkandidaten "
       "met een plusvak examen doet (nu 18%).",
       "Eigenaarschap: vanaf 2024-2025 houdt elke leerling in leerjaar 1 en 2 een eigen leerdoelenkaart bij, "
       "die in het driehoeksgesprek met ouders en mentor wordt besproken (zie venster 4).")

    # ---------- vensters ----------
    doc.add_heading("Deel B – De vier vensters", level=1)

    doc.add_heading("Venster 1 – Goed en toegankelijk onderwijs", level=1)
    qa("Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?",
       "Door de antwoorden hieronder.")
    qa("Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?",
       "Ons schoolondersteuningsprofiel (SOP, laatst vastgesteld in 2022) beschrijft wat we kunnen bieden. "
       "Basisondersteuning krijgt iedere leerling: een mentor, twee mentoruren per week in de onderbouw, "
       "huiswerkbegeleiding op dinsdag en donderdag, faciliteiten bij dyslexie en dyscalculie (extra tijd, "
       "voorleessoftware ClaroRead), en steunlessen Nederlands en wiskunde in leerjaar 1 en 2. De "
       "ondersteuningscoördinator, twee orthopedagogen (samen 1,2 fte) en een schoolmaatschappelijk werker "
       "vormen samen het ondersteuningsteam. Extra ondersteuning bieden we in het Time-in-lokaal, met "
       "faalangstreductietraining, en met het arrangement ‘Op de rails’ voor leerlingen met een "
       "autismespectrumstoornis die behoefte hebben aan een vaste plek en voorspelbaarheid (maximaal 12 "
       "leerlingen).",
       "Wat we niet kunnen bieden: langdurige één-op-éénbegeleiding, een prikkelarme leeromgeving voor de "
       "hele dag, en begeleiding bij ernstige gedragsproblematiek. Voor die leerlingen zoeken we samen met "
       "Samenwerkingsverband Passend Onderwijs Almere een passende plek, bijvoorbeeld in het VSO of via de "
       "Rebound-voorziening. Het SOP wordt in 2025 herzien, omdat het arrangement ‘Op de rails’ er nog niet "
       "in staat en omdat we de grenzen scherper willen omschrijven.")
    qa("Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?",
       "We nemen in leerjaar 1, 2 en 3 de toetsen van het Cito Volgsysteem voortgezet onderwijs af (Nederlands, "
       "Engels, wiskunde). Vier keer per jaar is er een leerlingbespreking per klas, waarin mentor, docenten en "
       "de ondersteuningscoördinator de resultaten, het gedrag en het welbevinden van iedere leerling bespreken. "
       "Vanaf 2024-2025 gebruiken we daarbij een klassenoverzicht in Magister waarin de gegevens van het "
       "startgesprek, de Cito-resultaten en de cijfers naast elkaar staan. Bij de overgang vanuit groep 8 "
       "voeren we met alle toeleverende basisscholen een warme overdracht voor leerlingen met een "
       "ondersteuningsbehoefte.")
    qa("Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk te maken?",
       "We hebben in 2023 de kijkwijzer ‘De Kornoelje-les’ gemaakt met vijf criteria: (1) het lesdoel is "
       "zichtbaar en wordt aan het eind gecheckt, (2) de docent activeert voorkennis, (3) er is een korte "
       "instructie en controle van begrip bij alle leerlingen, (4) leerlingen werken minstens de helft van de "
       "les actief, alleen of samen, (5) er is een veilig en ordelijk klimaat. Iedere docent krijgt twee "
       "lesbezoeken per jaar van de teamleider. Daarnaast werken docenten sinds dit jaar in trio’s: drie "
       "docenten van verschillende secties bezoeken elkaars lessen en bespreken wat ze zagen aan de hand van "
       "de kijkwijzer. Op de teamvergadering in juni delen de trio’s wat ze van elkaar hebben geleerd.")
    qa("Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?",
       "Ons onderwijsprogramma volgt de examenprogramma’s van de theoretische leerweg en de kerndoelen voor de "
       "onderbouw. De lessentabel geeft in de onderbouw 32 lesuren van 45 minuten per week, inclusief twee "
       "mentoruren en één uur keuzewerktijd. In leerjaar 3 en 4 kiezen leerlingen een sectorvakkenpakket "
       "(economie, zorg en welzijn, techniek of landbouw-breed), met het plusvak als extra mogelijkheid.",
       "Toekomstgericht betekent voor ons drie dingen. Ten eerste digitale geletterdheid: vanaf 2024-2025 heeft "
       "leerjaar 1 een module van tien lessen over informatievaardigheden, mediawijsheid en programmeren "
       "(met Codekids), in 2025-2026 uitgebreid naar leerjaar 2. Ten tweede loopbaanoriëntatie: elke leerling "
       "doet in leerjaar 3 en 4 minstens drie meeloopdagen op het mbo of havo en houdt een LOB-dossier bij. "
       "Ten derde bereiden we ons voor op de landelijke invoering van het praktijkgericht programma in de "
       "nieuwe leerweg. Een werkgroep van vijf docenten onderzoekt in 2024-2025 welk programma bij ons past en "
       "doet in juni 2025 een voorstel aan team en MR.",
       "Rekenen is voor ons een aandachtspunt. Van onze leerlingen haalt 71% aan het eind van leerjaar 3 "
       "het referentieniveau 2F. Vanaf 2024-2025 is er een rekenlijn in leerjaar 1 tot en met 3 die door de "
       "sectie wiskunde wordt gegeven, met de oefensoftware van Got It?! om te automatiseren.")
    qa("Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en het bestuur?",
       "Voor ons als school betekent het een vaste jaarcyclus. Elk jaar in september stellen we een jaarplan op "
       "met de doelen uit dit schoolplan. Elk kwartaal rapporteren we aan het bestuur over resultaten, "
       "verzuim, personeel en financiën in de ASG-kwartaalrapportage. In november analyseren de secties de "
       "examenresultaten met WOLF en de rapportages van de inspectie (de ‘Vensters’-indicatoren); iedere "
       "sectie stelt een verbeterplan op van maximaal één pagina. In maart bespreken we de resultaten van de "
       "leerling- en ouderenquêtes. In juni evalueren we het jaarplan met het team en de MR, en in het "
       "jaarverslag leggen we verantwoording af. Twee keer per jaar is er een auditgesprek met de "
       "kwaliteitsmedewerker van ASG.")
    qa("Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het managementinformatiesysteem om optimale sturing te faciliteren?",
       "Geen. Wel graag minder vaak dezelfde cijfers invullen.")
    qa("Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en verbeteren de norm is?",
       "Zie de antwoorden over de Kornoelje-les en het Kornoeljelab.")
    doelen("Onze doelen voor venster 1", [
        "Het slagingspercentage is in 2026 en 2027 weer minimaal 93% (2024: 89%).",
        "Het bovenbouwsucces ligt in 2027 minimaal twee procentpunten boven de inspectienorm (2023: 83,4%).",
        "In 2026 voelt minimaal 90% van de leerlingen zich veilig op school (2023: 84%); bij meisjes in leerjaar 2 minimaal 85%.",
        "In 2027 haalt 80% van de leerlingen aan het eind van leerjaar 3 rekenniveau 2F (2024: 71%).",
        "Het herziene SOP, met het arrangement ‘Op de rails’, is voor 1 juli 2025 vastgesteld.",
        "Alle docenten werken in 2025-2026 in een lestrio en hebben twee lesbezoeken per jaar met de kijkwijzer gehad.",
        "De module digitale geletterdheid wordt vanaf 2025-2026 in leerjaar 1 en 2 gegeven.",
        "In juni 2025 ligt een voorstel voor het praktijkgericht programma bij team en MR.",
    ])

    doc.add_heading("Venster 2 – Personeel in positie", level=1)
    qa("Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?",
       "Onze medewerkers zijn vooral betrokken bij hun eigen school en hun eigen leerlingen. ASG voelt voor "
       "veel collega’s ver weg. Dat is niet erg, zolang het bestuur zorgt voor goede voorwaarden.")
    qa("Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen loopbaan?",
       "Een goed gesprek. Iedere medewerker heeft een jaargesprek met zijn of haar teamleider volgens de "
       "ASG-gesprekscyclus: in het najaar een ontwikkelgesprek, in het voorjaar een lesbezoek met nagesprek, "
       "en eens in de drie jaar een beoordelingsgesprek. In 2022-2023 is die cyclus voor 64% van de "
       "medewerkers volledig doorlopen; in 2023-2024 voor 81%. Vanaf 2024-2025 willen we 100%. Daarvoor "
       "heeft iedere teamleider maximaal vijftien medewerkers en plant de administratie alle gesprekken in "
       "september in.",
       "Naast de individuele gesprekken investeren we in teamscholing. In 2024-2025 en 2025-2026 volgt het "
       "hele team een scholing formatief handelen bij Bureau Wij-leren (vier middagen per jaar), gericht op "
       "het geven van feedback en het checken van begrip in de les. Elke docent volgt daarnaast minimaal één "
       "vakinhoudelijke bijeenkomst per jaar, bijvoorbeeld van de vakvereniging of van de ASG Academie.")
    qa("Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering binnen ASG?",
       "Nee, niet altijd. We zetten het op de agenda.")
    qa("Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG Academie?",
       "Die koppeling wordt bovenschools gemaakt.")
    qa("Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek wordt?",
       "Het verzuim was in 2023 7,1%. Dat is hoog, en het komt vooral door een paar langdurig zieke collega’s "
       "en veel kort verzuim in de wintermaanden. We nemen de volgende maatregelen: de teamleider belt op de "
       "eerste ziektedag en bij de derde ziekmelding in een jaar volgt een gesprek over de oorzaken; bij "
       "langdurig verzuim werken we met de bedrijfsarts en een casemanager van de arbodienst; "
       "in het jaargesprek is welbevinden een vast onderwerp (‘hoe gaat het met je, en wat heb je nodig?’). "
       "Om de werkdruk te verlagen, hebben we met de werkdrukmiddelen twee extra onderwijsassistenten en een "
       "surveillant aangesteld, zodat docenten minder pleinwacht en surveillance hebben. Oudere collega’s "
       "kunnen gebruikmaken van de seniorenregeling. Ons doel is een verzuim van maximaal 5,5% in 2026.")
    qa("Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten behoeve van ASG?",
       "We hebben veel goede docenten. Als ASG ze nodig heeft, weten ze ons te vinden.")
    qa("Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we onszelf geven?",
       "Zie hierboven.")
    qa("Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?",
       "We zijn opleidingsschool in het partnerschap van ASG met Hogeschool Windesheim en de Hogeschool van "
       "Amsterdam. Elk jaar lopen er tien tot veertien studenten stage. Onze schoolopleider (0,4 fte) begeleidt "
       "hen en de werkplekbegeleiders.",
       "Van onze 41 docenten zijn er op dit moment zes niet (volledig) bevoegd: vier zij-instromers en twee "
       "docenten die nog in de tweedegraads lerarenopleiding zitten. Ieder van hen heeft een eigen "
       "opleidingsplan met een einddatum, krijgt een coach uit de eigen sectie en heeft twee uur per week "
       "studieverlof. Eens per kwartaal bespreekt de schoolopleider de voortgang met de directeur. Ons doel: "
       "uiterlijk 1 augustus 2027 zijn alle zes bevoegd.")
    qa("Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?",
       "Het professioneel statuut is in 2022 met de secties besproken. Het ligt ter inzage.")
    qa("Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?",
       "Digitaal, via Youforce.")
    doelen("Onze doelen voor venster 2", [
        "De gesprekscyclus is vanaf 2024-2025 elk jaar voor 100% van de medewerkers doorlopen (2023-2024: 81%).",
        "Het ziekteverzuim is in 2026 maximaal 5,5% (2023: 7,1%).",
        "Uiterlijk 1 augustus 2027 zijn alle zes onbevoegde docenten bevoegd.",
        "In juni 2026 heeft het hele team de scholing formatief handelen afgerond en gebruikt 80% van de docenten "
        "zichtbaar technieken om begrip te checken (gemeten met de kijkwijzer).",
        "In 2027 heeft in elke sectie minstens één docent aan het Kornoeljelab deelgenomen.",
    ])

    doc.add_heading("Venster 3 – De meerwaarde van ASG", level=1)
    qa("Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?",
       "Binnen de school: via de trio’s en het Kornoeljelab. Buiten de school: zie de volgende vragen.")
    qa("Welke studiedagen, ontmoetingen en professionaliseringsprogramma’s zijn nodig voor de verschillende doelgroepen?",
       "Dat verschilt per doelgroep. We sluiten aan waar het nuttig is.")
    qa("Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?",
       "Niet van toepassing.")
    qa("Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?",
       "Hier zien we echt meerwaarde. Sinds 2023 delen onze secties Nederlands, Engels en wiskunde hun PTA’s, "
       "schoolexamens en toetsmatrijzen in een gedeelde Teams-omgeving met de secties van twee andere "
       "ASG-scholen met een mavo-afdeling. Zo hoeft niet elke sectie zelf alles te maken en kunnen we "
       "elkaars toetsen als ‘second opinion’ gebruiken. Onze examensecretaris stemt het examenreglement en de "
       "planning van de centrale examens af met de examensecretarissen van de andere ASG-scholen. Vanaf "
       "2025-2026 willen we dit uitbreiden naar de secties economie en biologie.")
    qa("Wat verwachten scholen van medewerkers van het servicebureau en vice versa?",
       "Snelheid en één vast aanspreekpunt. Collega’s weten nu vaak niet bij wie ze moeten zijn voor een "
       "vraag over salaris, inkoop of ICT; dat is iets wat het servicebureau zou moeten oplossen.")
    qa("Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?",
       "Voor een mavo is de doorstroom naar havo 4 cruciaal. Van onze leerlingen die na het diploma naar havo "
       "4 gaan (ongeveer 20% per jaar), haalt maar 60% zonder vertraging havo 5. Daarom starten we in "
       "2024-2025 samen met een ASG-havoschool in Almere Stad een schakelprogramma: in leerjaar 4 volgen "
       "leerlingen die willen doorstromen wekelijks twee lessen wiskunde en Engels op havo-niveau, gegeven door "
       "docenten van beide scholen, en lopen ze een dag mee in havo 4. De havoschool koppelt twee keer per "
       "jaar terug hoe onze oud-leerlingen het doen. Met de mbo-instellingen (ROC van Flevoland en MBO "
       "College Almere) maken we soortgelijke afspraken over de overstap naar niveau 4.")
    doelen("Onze doelen voor venster 3", [
        "In 2027 haalt minstens 75% van onze oud-leerlingen in havo 4 zonder vertraging havo 5 (nu 60%).",
        "Het schakelprogramma mavo-havo draait vanaf 2024-2025; in juni 2025 evalueren we het met de havoschool.",
        "In 2025-2026 delen ook de secties economie en biologie hun PTA’s en toetsen met andere ASG-scholen.",
    ])

    doc.add_heading("Venster 4 – Partnerschap", level=1)
    qa("Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?",
       "Een grotere dan nu. In de onderbouw vervangen we vanaf 2024-2025 de tienminutengesprekken door "
       "driehoeksgesprekken van twintig minuten: leerling, ouder(s) en mentor bespreken twee keer per jaar de "
       "leerdoelenkaart van de leerling. De leerling leidt het gesprek. In leerjaar 3 en 4 is er een "
       "ouderavond over het PTA en de profielkeuze en een individueel gesprek over het LOB-dossier. Het "
       "ouderpanel (zie ‘Gezien worden’) praat mee over de schoolontwikkeling, bijvoorbeeld over de nieuwe "
       "huiswerkafspraken en het mobiele-telefoonbeleid. We willen dat in 2026 bij minstens 90% van de "
       "driehoeksgesprekken een ouder aanwezig is.")
    qa("Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?",
       "Onze MR heeft acht leden: drie personeelsleden, drie ouders en twee leerlingen. De MR vergadert zeven keer "
       "per jaar en de directeur is bij het eerste deel aanwezig. We gebruiken de MR als klankbord vóórdat "
       "plannen klaar zijn: het concept van dit schoolplan is in april en mei 2024 twee keer met de MR "
       "besproken. De leerlingleden van de MR hebben vaste afstemming met de leerlingenraad. Vanaf 2024-2025 "
       "krijgt de MR aan het begin van het jaar een overzicht van alle onderwerpen waarover hij advies of "
       "instemming mag geven, met een planning, zodat er niets op het laatste moment komt.")
    qa("Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze leerlingen?",
       "In Almere Poort zijn we een van de weinige scholen voor voortgezet onderwijs. Dat geeft ons een rol in "
       "de wijk. Met het jongerenwerk van De Schoor hebben we een wekelijks inloopuur in de aula op "
       "woensdagmiddag. De wijkagent en de jeugdarts van GGD Flevoland houden spreekuur op school. De "
       "maatschappelijke stage (30 uur in leerjaar 3) lopen leerlingen bij organisaties in Poort, zoals het "
       "zorgcentrum, de voedselbank en sportverenigingen. Voor LOB bezoeken leerlingen in leerjaar 3 bedrijven "
       "op het Poortse bedrijventerrein en in Almere Stad; ondernemers uit de wijk komen in de les vertellen "
       "over hun beroep. We willen in 2026 dat elke leerling in leerjaar 3 minstens drie bedrijfs- of "
       "instellingsbezoeken heeft gedaan.")
    qa("Welke regionale problemen kunnen we samen met andere partners aanpakken?",
       "Het lerarentekort, vooral bij wiskunde en Duits. Maar dat lossen wij als school niet op.")
    qa("Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, regionaal als landelijk?",
       "Dat is aan het bestuur.")
    doelen("Onze doelen voor venster 4", [
        "Vanaf 2024-2025 voeren alle mentoren in de onderbouw twee driehoeksgesprekken per leerling per jaar; in 2026 is bij 90% een ouder aanwezig.",
        "Het ouderpanel komt vanaf 2024-2025 vier keer per jaar bij elkaar.",
        "In 2026 heeft elke leerling in leerjaar 3 minstens drie bedrijfs- of instellingsbezoeken gedaan.",
        "De MR ontvangt vanaf 2024-2025 jaarlijks in september een planning van advies- en instemmingsonderwerpen.",
    ])

    # afsluiting
    doc.add_heading("Tot slot: hoe verder", level=1)
    p("Dit schoolplan loopt van 1 augustus 2024 tot 31 juli 2028. Elk jaar vertalen we de doelen naar een "
      "jaarplan en in het jaarverslag kijken we terug. Halverwege, in het voorjaar van 2026, houden we met het "
      "team en de MR een tussenevaluatie en stellen we het plan zo nodig bij.")
    p("Het concept is op 14 mei 2024 met de MR besproken. De MR heeft laten weten zich in de hoofdlijnen te "
      "kunnen vinden en heeft twee adviezen gegeven (meer aandacht voor rekenen en een concreter doel voor "
      "veiligheid), die we hebben overgenomen. Het plan wordt na de zomer, in de vergadering van 17 september "
      "2024, ter instemming aan de MR voorgelegd en daarna aan het College van Bestuur ter vaststelling "
      "aangeboden.")
    p("Youssef el Khatib, directeur Kornoelje Mavo")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_168_kornoelje_mavo.docx")
