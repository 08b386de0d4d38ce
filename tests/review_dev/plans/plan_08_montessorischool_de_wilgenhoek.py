"""Ontwikkelschoolplan 08: Montessorischool De Wilgenhoek (po, algemeen-bijzonder), 2024-2028.

Geheel ingedeeld naar de eigen montessorithema's; veel koersdoelen geadresseerd, maar
bijna nooit in de woorden van de koers; doelentabel per thema; MR-instemming in het colofon.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


# ---------------------------------------------------------------------------
# Teksten
# ---------------------------------------------------------------------------
SCHOOL = "Montessorischool De Wilgenhoek"

META = {
    "titel": "Schoolplan 2024-2028 Montessorischool De Wilgenhoek",
    "auteur": "E. Verbeek, directeur",
    "datum": (2024, 5, 21, 14, 0, 0),
    "koptekst": "Montessorischool De Wilgenhoek – Schoolplan 2024-2028",
    "voettekst": "De Wilgenhoek",
}

BREEDTES = [3.4, 4.8, 2.4, 2.4, 3.4]

KOLOMMEN = ["Wat willen we bereiken", "Hoe pakken we het aan", "Wanneer", "Wie", "Zo zien we dat het gelukt is"]

BLOCKS = [
    ("cover", [
        ("space", 4),
        ("title", "Montessorischool De Wilgenhoek"),
        ("subtitle", "Schoolplan 2024-2028"),
        ("big", "“Help mij het zelf te doen”"),
        ("space", 2),
        ("line", "Algemeen-bijzondere montessorischool voor kinderen van 4 tot 12 jaar"),
        ("line", "Wilgenlaan 3, Almere Stad (Filmwijk)"),
        ("space", 6),
        ("small", "Een school van de Almeerse Scholen Groep"),
    ]),
    ("h1", "Colofon"),
    ("table", ["Onderdeel", "Gegevens"], [
        ("School", "Montessorischool De Wilgenhoek, Wilgenlaan 3, Almere Stad"),
        ("BRIN", "09WH"),
        ("Denominatie", "algemeen-bijzonder (montessorionderwijs)"),
        ("Bestuur", "Almeerse Scholen Groep (ASG)"),
        ("Directeur", "Esther Verbeek"),
        ("Looptijd", "1 augustus 2024 tot en met 31 juli 2028"),
        ("Medezeggenschapsraad", "De MR heeft op 23 april 2024 ingestemd met dit schoolplan."),
        ("Vaststelling", "Vastgesteld door het College van Bestuur van ASG op 21 mei 2024."),
        ("Tekst", "Esther Verbeek en Koen Dijkstra (intern begeleider), met het hele team"),
        ("Tekeningen", "kinderen van bovenbouwgroep De Esdoorn"),
    ], 10, [4.0, 12.4]),
    ("toc", "Inhoud"),
    ("pb",),

    ("h1", "Woord vooraf"),
    ("p", "Maria Montessori schreef dat de taak van de volwassene is het kind te helpen zichzelf te ontwikkelen. Op De Wilgenhoek proberen we daar elke dag handen en voeten aan te geven. In dit schoolplan beschrijven we hoe we dat de komende vier jaar willen doen."),
    ("p", "We hebben het plan niet ingedeeld naar wetsartikelen of beleidsvelden, maar naar de thema's waar wij als montessorischool zelf over praten: het kind volgen, de voorbereide omgeving, samen leven in de groep, kosmisch onderwijs, ieder kind op zijn plek, ouders en school, de leerkracht als begeleider en hoe wij scherp blijven. Wie de koers van ons bestuur kent, zal veel onderwerpen terugvinden, maar in onze eigen taal en volgorde. Elk thema sluit af met een tabel met onze doelen voor 2024-2028."),
    ("p", "Het plan kwam tot stand in vier teamavonden in het najaar van 2023. De kinderen van de bovenbouw dachten in de klassenvergadering mee over de thema's 'samen leven' en 'kosmisch onderwijs', en ouders gaven hun mening tijdens twee koffieochtenden."),

    ("h1", "Thema 1 – Het kind volgen"),
    ("p", "Het hart van montessorionderwijs is observeren. Een leerkracht die goed kijkt, ziet wanneer een kind toe is aan iets nieuws, wanneer het vastloopt en wanneer het rust nodig heeft. Op De Wilgenhoek observeren de leerkrachten dagelijks tijdens de werkperiode. Zij houden bij met welk materiaal een kind werkt, hoe lang het geconcentreerd bezig is en welke stap het volgende zou kunnen zijn. Die aantekeningen komen in ons digitale volgsysteem, waarin de montessorileerlijnen voor taal, rekenen en kosmisch onderwijs zijn opgenomen."),
    ("p", "Twee keer per jaar, in januari en juni, maken de kinderen vanaf groep 3 de toetsen van het landelijk leerlingvolgsysteem voor lezen, spelling en rekenen. Zo kunnen we onze observaties naast een landelijke maat leggen. Drie keer per jaar houdt de intern begeleider met iedere leerkracht een kindbespreking: we lopen alle kinderen van de groep langs en spreken af wie wat nodig heeft. Soms is dat een extra lesje met het materiaal, soms een ander plekje in de klas, soms een gesprek met de ouders."),
    ("p", "Ook naar elkaar kijken we zo. In de teamvergadering begint de directeur met een rondje: hoe gaat het met je, wat heb je nodig om je werk goed te doen? Wat daar naar voren komt, pakken we op voordat het een probleem wordt."),
    ("table", KOLOMMEN, [
        ("Alle observaties van de leerkrachten staan in het digitale volgsysteem, voor alle leerlijnen.", "Scholing in het gebruik van het volgsysteem; vaste observatiemomenten in het weekrooster.", "2024-2025", "intern begeleider", "In juni 2025 werken alle groepen ermee; bij een steekproef is voor 90% van de kinderen de registratie actueel."),
        ("Elk kind wordt drie keer per jaar besproken.", "Kindbesprekingen vast in de jaarplanning; korte verslaglegging.", "vanaf 2024-2025", "intern begeleider en leerkrachten", "100% van de kinderen is drie keer per jaar besproken."),
    ], 9, BREEDTES),

    ("h1", "Thema 2 – De voorbereide omgeving"),
    ("p", "Een montessoriklas is een zorgvuldig ingerichte ruimte, waarin alles wat een kind nodig heeft binnen handbereik staat. De materialen zijn geordend per ontwikkelingsgebied en gaan van eenvoudig naar complex. Onze leerlijnen zijn zo opgebouwd dat zij de kerndoelen voor het primair onderwijs dekken; voor taal en rekenen hebben we ze naast de referentieniveaus gelegd. Waar de montessorimaterialen tekortschieten, vullen we aan met andere middelen, zoals een methode voor technisch lezen in groep 3 en een methode voor Engels vanaf groep 5."),
    ("p", "Kinderen vanaf de middenbouw werken met een weekplanning die zij samen met de leerkracht opstellen; in de onderbouw maken we korte afspraken per dag. De vrijheid om te kiezen heeft een ondergrens: elke week staan er rekenen, taal en lezen op de planning, en de leerkracht bewaakt dat elk kind voldoende tijd aan de basisvakken besteedt. Een bovengrens is er niet. Wie in groep 5 de breuken onder de knie heeft, gaat door met het materiaal van de bovenbouw. De leerkracht presenteert steeds het volgende materiaal net iets boven wat een kind al kan. Wij gaan ervan uit dat ieder kind verder kan komen dan het zelf denkt."),
    ("p", "De voorbereide omgeving begint bij de voordeur. Elke ochtend staat de leerkracht bij de deur van het lokaal en geeft ieder kind een hand, met een blik en een korte vraag. Wie voor het eerst binnenstapt, zoals een nieuwe ouder, een stagiair of een invaller, wordt rondgeleid door een kind uit de bovenbouw; zestien kinderen hebben daarvoor een korte 'rondleiderscursus' gevolgd. Invallers vinden in elk lokaal een map met de gewoonten van de groep, en in de teamkamer staat voor hen altijd een kop thee klaar. Nieuwe gezinnen worden een week na de start gebeld door de leerkracht: hoe is het gegaan?"),
    ("table", KOLOMMEN, [
        ("Meer kinderen halen het hogere niveau voor lezen en rekenen.", "Dagelijks stillezen in alle groepen; extra presentaties van het rekenmateriaal voor de bovenbouw; werk van kinderen samen met hen nakijken en verbeteren.", "2024-2025 t/m 2027-2028", "taal- en rekencoördinator", "In 2028 haalt 70% van de kinderen 2F lezen (2023: 63%) en 50% 1S rekenen (2023: 41%)."),
        ("De bibliotheek in de centrale hal is vernieuwd.", "Boeken vervangen; leeshoeken inrichten samen met kinderen.", "2025-2026", "leescoördinator en ouderraad", "Per kind zijn er minstens acht actuele leesboeken; uitleencijfers stijgen met 25%."),
        ("Iedere nieuwkomer – kind, ouder of collega – vindt snel zijn weg.", "Rondleiders uit de bovenbouw; invalmap per groep; belronde na een week.", "vanaf 2024-2025", "directeur", "In de oudervragenlijst van 2026 geeft 90% van de nieuwe ouders aan dat de eerste weken goed zijn verlopen."),
    ], 9, BREEDTES),

    ("h1", "Thema 3 – Samen leven in de groep"),
    ("p", "In onze groepen zitten kinderen van drie leeftijden bij elkaar: in de onderbouw kinderen van 4 tot 6 jaar, in de middenbouw van 6 tot 9 en in de bovenbouw van 9 tot 12. Oudere kinderen helpen jongere, en jongere kinderen kijken af bij de ouderen. Zo leren kinderen zorgen voor elkaar."),
    ("p", "Elke dag begint en eindigt met de kring. In het kringgesprek krijgt ieder kind de beurt om iets te vertellen, en de anderen luisteren. In elk lokaal hangt een ik-ben-muur: ieder kind heeft daar een tegel met een foto, een tekening en iets waar het trots op is. De tegels worden elk trimester vernieuwd, en op de verjaardag van een kind vertellen klasgenoten wat zij aan hem of haar waarderen. Voor kinderen die zich moeilijk laten horen, maken leerkrachten bewust tijd voor een één-op-één-moment tijdens de werkperiode."),
    ("p", "Onze drie afspraken zijn eenvoudig: we zorgen voor onszelf, we zorgen voor elkaar en we zorgen voor onze omgeving. Als het misgaat, praten de kinderen het uit aan de vredestafel die in elk lokaal staat, zo nodig met hulp van de leerkracht. Volwassenen houden zich aan dezelfde afspraken. Leerkrachten spreken kinderen aan op gedrag, nooit op wie ze zijn; ze verheffen hun stem niet en praten niet over een kind terwijl het erbij staat. Tegen ouders, collega's en gasten zijn we even vriendelijk en eerlijk als we van de kinderen vragen."),
    ("p", "De kinderen van De Wilgenhoek hebben ouders uit 23 landen. Dat zien we als een rijkdom. Op de talenmuur in de hal staat 'goedemorgen' in alle talen die bij ons thuis worden gesproken. Kinderen vertellen in de kring over feesten en gewoonten van thuis, en bij het kosmisch onderwijs gebruiken we die verhalen. Wij kijken naar wat een kind meebrengt, niet naar wat het mist: een kind dat thuis Turks spreekt, is voor ons een kind dat twee talen leert, niet een kind met een taalachterstand. In het team werken collega's met verschillende achtergronden, en ook daar leren we van elkaar."),
    ("p", "Veiligheid meten we jaarlijks met een vragenlijst voor de kinderen van de midden- en bovenbouw. In 2023 voelde 94 procent van hen zich veilig op school. Een van de leerkrachten is aanspreekpunt voor pesten; we hebben een pestprotocol en incidenten worden vastgelegd. Het veiligheidsplan beschrijft ook de meldcode, de ontruiming en de afspraken over toezicht op het plein."),
    ("table", KOLOMMEN, [
        ("Ieder kind heeft een vaste plek op de ik-ben-muur en komt wekelijks aan het woord in de kring.", "Ik-ben-muur in alle lokalen; afspraken over de beurtverdeling in de kring.", "2024-2025", "bouwcoördinatoren", "Alle groepen werken ermee; in de kindvragenlijst zegt 90% dat de juf of meester weet wat hij of zij goed kan."),
        ("Kinderen voelen zich veilig.", "Vredestafel in elk lokaal; jaarlijkse bespreking van de drie afspraken; training voor nieuwe collega's.", "2024-2025 t/m 2027-2028", "aanspreekpunt pesten", "95% van de kinderen voelt zich veilig (2023: 94%)."),
        ("De talen en culturen van thuis krijgen een plek in de klas.", "Talenmuur; thuistaal in de kring; ouders vertellen in de klas.", "vanaf 2025-2026", "team", "In elke groep vertellen minstens vier ouders per jaar over hun land, taal of feest."),
    ], 9, BREEDTES),

    ("h1", "Thema 4 – Kosmisch onderwijs"),
    ("p", "Kosmisch onderwijs is de montessorinaam voor wereldoriëntatie, maar het is meer dan aardrijkskunde, geschiedenis en biologie bij elkaar. Het gaat om de samenhang: hoe hangt alles op aarde met elkaar samen en wat is de plek van de mens daarin? Elk schooljaar begint met de vijf grote vertellingen, over het ontstaan van het heelal, het leven op aarde, de komst van de mens, het schrift en de getallen. Daarna kiezen de kinderen zelf waar zij meer over willen weten. Hun vragen komen op het vragenbord en vormen het vertrekpunt voor hun werkstukken: waarom zinkt een schip niet, waar komt onze stroom vandaan, hoe leefden kinderen vroeger in Almere (toen het nog water was)?"),
    ("p", "Bij kosmisch onderwijs hoort ook leren samenleven in de grotere wereld. In de klassenvergadering bespreken de kinderen wekelijks wat er in de groep beter kan, en zij stemmen over voorstellen. De leerlingenraad, met twee kinderen uit elke midden- en bovenbouwgroep, overlegt zes keer per jaar met de directeur. In de bovenbouw volgen we het nieuws via het Jeugdjournaal en bespreken we wat er in de wereld gebeurt. We praten over vrijheid van meningsuiting, over gelijke rechten en over waarom je niemand buitensluit. De bovenbouw bezoekt elk jaar een vergadering van de gemeenteraad."),
    ("p", "De natuurtuin achter de school onderhouden we samen met de wijkvereniging van de Filmwijk en met bewoners van het woonzorgcentrum op de hoek. Elke donderdagmiddag werken kinderen uit de bovenbouw in de tuin met buurtbewoners, en in juni is er een oogstmarkt voor de hele buurt. De bibliotheek in de wijk leent ons wisselcollecties voor de kosmische thema's."),
    ("p", "In 2025-2026 willen we iets nieuws uitproberen dat past bij het montessoriidee van zelfstandigheid: in de bovenbouw runnen de kinderen een eigen kleine onderneming. Zij verkopen producten uit de natuurtuin op de oogstmarkt, houden een kasboek bij, maken reclame en beslissen zelf wat ze met de opbrengst doen. Rekenen, taal en kosmisch onderwijs komen daarin samen. Na een jaar evalueren we met kinderen en ouders of we ermee doorgaan."),
    ("table", KOLOMMEN, [
        ("Elk bovenbouwkind doet twee eigen onderzoeken per jaar en presenteert die.", "Vragenbord in alle groepen; onderzoekskaart met stappen; presentatiemiddag voor ouders.", "vanaf 2024-2025", "bovenbouwleerkrachten", "In juni 2026 heeft 90% van de bovenbouwkinderen twee onderzoeken gepresenteerd."),
        ("Kinderonderneming in de bovenbouw.", "Voorbereiding met de tuinwerkgroep; pilot in twee groepen; evaluatie met kinderen en ouders.", "voorbereiding 2024-2025, pilot 2025-2026", "bouwcoördinator bovenbouw", "Besluit over voortzetting in juni 2026, op basis van de evaluatie."),
        ("De natuurtuin is een plek voor school en buurt.", "Wekelijkse tuinmiddag met buurtbewoners; jaarlijkse oogstmarkt.", "2024-2025 t/m 2027-2028", "tuinwerkgroep", "Elk jaar minstens dertig tuinmiddagen met buurtbewoners."),
    ], 9, BREEDTES),

    ("h1", "Thema 5 – Ieder kind op zijn plek"),
    ("p", "Montessorionderwijs past bij veel kinderen, maar niet bij alle. Daarom zijn we eerlijk over wat wij wel en niet kunnen. In ons schoolondersteuningsprofiel staat het uitgebreid; hier de hoofdlijnen. Wij kunnen goed omgaan met verschillen in tempo en niveau, omdat elk kind op zijn eigen niveau werkt. Wij hebben ervaring met kinderen met dyslexie, met kinderen die veel meer aankunnen dan hun leeftijdsgenoten en met kinderen die extra structuur nodig hebben; voor die laatste groep maken we een vaste dagplanning met pictogrammen. Een remedial teacher werkt drie ochtenden per week met kleine groepjes."),
    ("p", "Wij lopen tegen onze grenzen aan bij kinderen die de hele dag één-op-één begeleiding nodig hebben, en bij kinderen voor wie de vrijheid en de drukte van een montessoriklas te veel zijn, ook met aanpassingen. Als wij niet kunnen bieden wat een kind nodig heeft, zoeken we samen met de ouders en het samenwerkingsverband een school die dat wel kan. Tot er een plek is, blijft het kind bij ons en maken we een tijdelijk programma. Geen kind zit thuis omdat wij het niet weten."),
    ("p", "Andersom verwijzen we ouders die zich aanmelden soms naar een andere school van ons bestuur, als we in het kennismakingsgesprek merken dat hun kind beter tot zijn recht komt in een school met een ander onderwijsconcept. Binnen ASG zijn wij de montessorischool in dit deel van de stad; met de andere basisscholen in de wijk, die elk een eigen werkwijze hebben, kijken we samen naar de beste plek voor een kind. Voor de overstap naar het voortgezet onderwijs hebben we afspraken met twee vo-scholen van ASG: onze kinderen nemen hun portfolio mee, en de mentoren van de brugklas komen in het voorjaar kijken hoe onze kinderen werken."),
    ("table", KOLOMMEN, [
        ("Het ondersteuningsprofiel is actueel en begrijpelijk voor ouders.", "Herschrijven met team en MR; versie in eenvoudige taal op de website.", "2025-2026", "intern begeleider", "Nieuw profiel vastgesteld voor 1 juli 2026."),
        ("Geen enkel kind van De Wilgenhoek zit zonder onderwijs thuis.", "Vroeg overleg met samenwerkingsverband; tijdelijk programma tot er een passende plek is.", "2024-2025 t/m 2027-2028", "directeur en intern begeleider", "Aantal thuiszitters: 0."),
    ], 9, BREEDTES),

    ("h1", "Thema 6 – Ouders en school samen"),
    ("p", "Ouders kennen hun kind het langst en het best. Wij willen dat zij weten wat hun kind op school doet, en dat zij meedenken. Daarom is er elke eerste dinsdag van de maand een vaste koffieochtend met de directeur, waar ouders zonder afspraak kunnen aanschuiven met een vraag, een idee of een zorg. Twee keer per jaar is er een kijkochtend: ouders kijken een uur mee in de klas terwijl hun kind aan het werk is, en het kind laat zien waar het mee bezig is."),
    ("p", "In november en april voeren we een driehoeksgesprek met kind, ouders en leerkracht. Het kind vertelt zelf aan de hand van zijn portfolio wat het heeft geleerd en wat het nog wil leren; ouders en leerkracht vullen aan. We spreken samen af wat thuis kan helpen, bijvoorbeeld samen lezen of boodschappen afrekenen."),
    ("p", "Wat wij over een kind weten, mogen ouders ook weten. Het portfolio en de observaties in het volgsysteem zijn voor ouders altijd in te zien. Elke vrijdag krijgen ouders een weekbericht uit de groep. Gaat het minder goed met een kind, dan bellen we de ouders zelf en wachten we niet tot het volgende gesprek. Op vragen van ouders reageren we binnen twee schooldagen. Het jaarverslag, met de resultaten en de uitkomsten van de oudervragenlijst, staat op de website."),
    ("table", KOLOMMEN, [
        ("Ouders kijken mee in de klas.", "Twee kijkochtenden per jaar; uitnodiging door het kind zelf.", "vanaf 2024-2025", "leerkrachten", "85% van de ouders bezoekt minstens één kijkochtend per jaar."),
        ("Ouders weten wat hun kind leert.", "Driehoeksgesprekken met portfolio; weekbericht; portfolio digitaal inzichtelijk.", "2024-2025 t/m 2025-2026", "directeur", "In de oudervragenlijst van 2026 geven ouders de informatie over hun kind gemiddeld minstens een 8."),
    ], 9, BREEDTES),

    ("h1", "Thema 7 – De leerkracht als begeleider"),
    ("p", "Een montessorileerkracht is geen vertoller maar een begeleider die weet wanneer hij een stap terug moet doen. Dat vraagt vakmanschap, en dat vakmanschap moet je onderhouden. Iedere leerkracht die bij ons begint zonder montessoridiploma, haalt dat binnen twee jaar; de school betaalt de opleiding en geeft een dagdeel per maand studietijd. Daarnaast heeft ieder teamlid een eigen budget van 500 euro per jaar en volgt het team samen elk jaar één scholingstraject, in 2024-2025 over begrijpend lezen."),
    ("p", "Niemand wordt bij ons naar een cursus gestuurd. Ieder teamlid kiest zelf wat hij of zij wil leren, vanuit de vraag: wat wil ik voor de kinderen beter kunnen? De een leest zich in over het jonge kind, de ander gaat kijken op een montessorischool in Amsterdam of volgt een cursus bij de ASG Academie. Op de teamavond vertellen collega's wat hen verraste."),
    ("p", "Drie keer per jaar heeft ieder teamlid een gesprek met de directeur. In september gaat het over plannen en wensen voor het jaar, in februari kijken we halverwege, na een lesbezoek, hoe het loopt, en in juni blikken we terug. Eens in de drie jaar wordt dat laatste gesprek een beoordeling. De afspraken gaan in het personeelsdossier."),
    ("p", "Onze leerkrachten zijn niet alleen. Vier keer per jaar komen zij samen met collega's van vijf montessorischolen uit Flevoland en het Gooi in de montessorikring, waar zij elkaars klassen bezoeken en casussen bespreken. De intern begeleider neemt deel aan het netwerk van intern begeleiders van het samenwerkingsverband."),
    ("p", "Ieder teamlid heeft een eigen specialiteit, zoals het rekenmateriaal, de kosmische vertellingen, de natuurtuin of het jonge kind, en collega's weten wie ze daarvoor kunnen vragen. Wie een diploma haalt, vieren we met het hele team en met de kinderen. Wat een collega goed doet, benoemen we hardop, in de teamvergadering en in het gesprek met de directeur."),
    ("p", "We houden rekening met wat er in iemands leven speelt. Een collega met jonge kinderen of met zorg voor een ouder kan in overleg een vaste vrije dag of een aangepast rooster krijgen. Startende leerkrachten hebben het eerste jaar een maatje en minder taken. Collega's die de pensioenleeftijd naderen, kunnen minder uren gaan werken en een deel van hun werk overdragen. In het gesprek in februari vragen we altijd: hoe gaat het met jou, en wat heb je van ons nodig?"),
    ("table", KOLOMMEN, [
        ("Alle leerkrachten hebben het montessoridiploma.", "Opleiding voor nieuwe collega's binnen twee jaar, met studietijd.", "2024-2025 t/m 2026-2027", "directeur", "In 2027 heeft 100% van de leerkrachten het diploma (2023: 78%)."),
        ("Ieder teamlid voert drie gesprekken per jaar met de directeur.", "Gesprekken vast in de jaarplanning; lesbezoek voor het februarigesprek.", "vanaf 2024-2025", "directeur", "Elk jaar zijn alle drie de gesprekken met 100% van het team gevoerd."),
        ("Teamleden voelen zich gewaardeerd en kunnen werk en privé combineren.", "Specialiteiten zichtbaar maken; roosterafspraken die passen bij wat er in iemands leven speelt; in elk februarigesprek de vraag hoe het met je gaat.", "2024-2025 t/m 2027-2028", "directeur", "In de personeelsvragenlijst van 2026 en 2028 geeft 85% aan zich gewaardeerd te voelen en werk en privé goed te kunnen combineren."),
    ], 9, BREEDTES),

    ("h1", "Thema 8 – Zo blijven we scherp"),
    ("p", "Goed onderwijs blijft niet vanzelf goed. Elk jaar kiest het team één vraag uit de eigen praktijk die we samen uitzoeken, zoals in 2023-2024: hoe krijgen we meer rust en concentratie in de werkperiode? Bouwteams lezen erover, proberen iets uit in hun groepen, observeren bij elkaar en bespreken wat werkt. In juni presenteren we wat we hebben ontdekt, eerst aan elkaar en daarna op de studiedag van ons bestuur, waar we in 2023 een werkplaats verzorgden voor collega's van andere scholen."),
    ("p", "We willen ook weten wat er buiten onze school wordt ontdekt. Twee collega's houden de publicaties bij van onderzoekers die zich met montessorionderwijs en met leren in het algemeen bezighouden. Elk kwartaal brengen zij een artikel in, dat we op de teamavond bespreken met één vraag: wat betekent dit voor onze klassen van nu? Zo hebben we het werken met een weekplanning in de onderbouw losgelaten, omdat onderzoek liet zien dat jonge kinderen meer hebben aan korte dagafspraken."),
    ("p", "Daarnaast houden we de vinger aan de pols met een vaste jaarcyclus. Het schoolplan vertalen we elk jaar in een jaarplan; in het jaarverslag kijken we terug. Twee keer per jaar bespreken we in het team de toetsresultaten per groep en per leerlijn. De directeur en de intern begeleider leggen bij iedere leerkracht twee lesbezoeken per jaar af, met een kijkwijzer die gebaseerd is op de montessoriprincipes. Elke twee jaar vragen we kinderen, ouders en teamleden met een vragenlijst naar hun mening. Eens per jaar beoordelen we onszelf met de kwaliteitskaarten van de Nederlandse Montessori Vereniging en met het onderzoekskader van de inspectie, en eens in de vijf jaar krijgen we een visitatie door de vereniging; de volgende is in 2026."),
    ("p", "Bij het laatste inspectieonderzoek, in 2022, kregen alle standaarden een voldoende. De resultaten van de eindtoets lagen de laatste drie jaar boven de signaleringswaarden. Wel zagen we dat het percentage kinderen dat 1S rekenen haalt achterbleef bij vergelijkbare scholen; daarom staat rekenen centraal in thema 2."),
    ("table", KOLOMMEN, [
        ("Elk jaar een gezamenlijke teamvraag.", "Onderzoekscyclus per bouw: lezen, uitproberen, bij elkaar kijken, bespreken.", "elk schooljaar", "directeur en bouwcoördinatoren", "Elk jaar een presentatie voor het team en op de studiedag van het bestuur."),
        ("De visitatie van 2026 verloopt positief.", "Zelfevaluatie met de kwaliteitskaarten in 2025; verbeterpunten in het jaarplan.", "2025-2026", "directeur", "Visitatierapport zonder onvoldoende onderdelen."),
        ("De resultaten blijven boven de signaleringswaarden.", "Analyse van de toetsresultaten twee keer per jaar; lesbezoeken met de kijkwijzer.", "2024-2025 t/m 2027-2028", "intern begeleider", "Elk jaar liggen de resultaten van de eindtoets boven de signaleringswaarden."),
    ], 9, BREEDTES),

    ("h1", "Tot slot"),
    ("p", "Dit plan is geen eindpunt. Elk jaar kijken we met het team, de kinderen en de ouders of we op de goede weg zijn, en stellen we bij waar dat nodig is. Dat hoort bij een school die kinderen leert om zelf na te denken: wij blijven dat ook doen."),
]


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------

def _set_language(doc, lang="nl-NL"):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    rpr.append(el)


def _fld_run(paragraph, kind, text=None):
    run = paragraph.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    run._r.append(el)
    return run


def _add_field(paragraph, instr, placeholder):
    _fld_run(paragraph, "begin")
    _fld_run(paragraph, "instr", " %s " % instr)
    _fld_run(paragraph, "separate")
    paragraph.add_run(placeholder)
    _fld_run(paragraph, "end")


def _header_row(row, fill="D9E2F3"):
    tr_pr = row._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def _table(doc, header, rows, font_size=9, widths=None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        table.rows[0].cells[i].text = h
    _header_row(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for i, v in enumerate(values):
            cells[i].text = v
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(font_size)
    if widths:
        table.autofit = False
        for i, w in enumerate(widths):
            table.columns[i].width = Cm(w)
            for cell in table.columns[i].cells:
                cell.width = Cm(w)
    doc.add_paragraph()
    return table


def _toc(doc, title, blocks):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    entries = [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]
    first = doc.add_paragraph()
    _fld_run(first, "begin")
    _fld_run(first, "instr", ' TOC \\o "1-2" \\h \\z \\u ')
    _fld_run(first, "separate")
    paras = [first]
    for i, (kind, text) in enumerate(entries):
        para = first if i == 0 else doc.add_paragraph()
        if i:
            paras.append(para)
        para.add_run(text)
        if kind == "h2":
            para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.space_after = Pt(2)
    _fld_run(paras[-1], "end")


def _cover(doc, lines):
    for kind, text in lines:
        if kind == "space":
            for _ in range(int(text)):
                doc.add_paragraph()
            continue
        if kind == "title":
            p = doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph(text, style="Subtitle")
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind == "big":
                r.font.size = Pt(14)
                r.bold = True
            elif kind == "small":
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _build(path, meta, blocks):
    doc = Document()
    _set_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime.datetime(*meta["datum"])
    cp.title = meta["titel"]
    cp.author = meta["auteur"]
    cp.last_modified_by = meta["auteur"]
    cp.language = "nl-NL"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = meta["koptekst"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if meta.get("voettekst"):
        fp.add_run(meta["voettekst"] + "  |  ")
    fp.add_run("pagina ")
    _add_field(fp, "PAGE", "1")
    fp.add_run(" van ")
    _add_field(fp, "NUMPAGES", "1")
    for r in fp.runs:
        r.font.size = Pt(8)
    for block in blocks:
        kind = block[0]
        if kind == "cover":
            _cover(doc, block[1])
        elif kind == "toc":
            _toc(doc, block[1], blocks)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _table(doc, block[1], block[2], *block[3:])
        elif kind == "caption":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.italic = True
            r.font.size = Pt(9)
        else:
            raise ValueError(kind)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def build(path: Path) -> None:
    _build(Path(path), META, BLOCKS)


def _word_count(path):
    d = Document(str(path))
    words = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            words += len(text.split())
    return words


if __name__ == "__main__":
    out = Path("/tmp") / (Path(__file__).stem + ".docx")
    build(out)
    print(out, "woorden:", _word_count(out))
