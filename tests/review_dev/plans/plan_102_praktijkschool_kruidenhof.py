"""Schoolplan 2025-2029 van Praktijkschool De Kruidenhof (Kruidenwijk, Almere Stad).

Een openbare school voor praktijkonderwijs van ASG, geschreven in warm, gewoon 'we'-proza:
verhalen van leerlingen, stages en banen, een kop per venster, de kernwaarden alleen in de lopende
tekst, de doelen als proza met cijfers. Geen tabellen, geen opsommingen.

Gebruik: build(pad) schrijft het .docx-bestand (deterministisch, steeds hetzelfde bestand).
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2025, 6, 3, 16, 40, 0)
KLEUR = RGBColor(0xA0, 0x4A, 0x12)


# --------------------------------------------------------------------------- Word-loodgieterij

def taal_nl_stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "Quote"):
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


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
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


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
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


# --------------------------------------------------------------------------- inhoud
# ("h1", tekst) | ("h2", tekst) | ("p", tekst) | ("verhaal", titel, tekst)

INHOUD = [
    ("h1", "Even voorstellen"),
    ("p", "Welkom bij De Kruidenhof. We zijn een school voor praktijkonderwijs in de Kruidenwijk in Almere "
          "Stad. Op 1 oktober 2024 hadden we 248 leerlingen tussen de 12 en 18 jaar en een team van 46 "
          "collega's. Onze leerlingen hebben van het samenwerkingsverband een toelaatbaarheidsverklaring "
          "voor praktijkonderwijs gekregen. Leren uit een boek gaat ze vaak moeilijk af; leren door te doen "
          "gaat ze meestal juist goed af. Daar zijn wij goed in."),
    ("p", "Bij ons duurt de schooltijd vier tot zes jaar. In de onderbouw (leerjaar 1 en 2) ontdekken "
          "leerlingen wat ze kunnen en wat ze leuk vinden. In leerjaar 3 kiezen ze een richting en lopen ze "
          "interne stage: in onze lunchroom, de fietsenwerkplaats, de kas of bij de conciërge. In de "
          "bovenbouw lopen ze stage bij een echt bedrijf, halen ze branchecertificaten en werken ze toe naar "
          "de volgende stap: een baan, een entree-opleiding op het mbo of, voor een kleine groep, "
          "dagbesteding. Van de 61 leerlingen die in de zomer van 2024 van school gingen, gingen er 36 aan "
          "het werk, 19 naar het mbo en 6 naar dagbesteding of een traject bij de gemeente."),
    ("p", "Dit schoolplan gaat over de schooljaren 2025-2026 tot en met 2028-2029. We schreven het met het "
          "hele team, op drie woensdagmiddagen in het voorjaar van 2025, en met de leerlingenraad, die ons "
          "een lijst gaf met 'dingen die echt beter moeten'. (De wc's stonden bovenaan. Die zijn inmiddels "
          "opgeknapt.) We hebben geprobeerd het te schrijven zoals we praten: gewoon. De hoofdstukken volgen "
          "de vier vensters uit de koers van ons bestuur, de Almeerse Scholen Groep. Wie ons eerst in het "
          "echt wil zien: op onze open dag in januari koken de leerlingen voor de bezoekers."),

    ("h1", "Waar we voor staan"),
    ("p", "Als je collega's vraagt waarom ze hier werken, hoor je steeds hetzelfde: omdat je hier het "
          "verschil ziet. Een jongen die in de brugklas niemand aankeek en drie jaar later bij de receptie "
          "van een hotel de gasten ontvangt. Een meisje dat dacht dat ze 'dom' was en nu met een certificaat "
          "Zorghulp in een verpleeghuis werkt. Daar doen we het voor."),
    ("p", "Ons bestuur heeft het over gezien worden. Bij ons begint dat bij de voordeur. Wie binnenkomt, "
          "een nieuwe leerling, een ouder, een werkgever of de wijkagent, wordt opgevangen door een leerling "
          "van de richting Horeca en facilitair. Die vraagt bij wie je moet zijn, brengt je naar de goede "
          "plek en biedt je koffie of thee aan. Elke dag staan er twee leerlingen 'op de balie'; ze leren er "
          "veel van, en bezoekers vertellen ons vaak hoe bijzonder ze dat vinden. Op donderdag is onze "
          "lunchroom Kruidig open voor de buurt: voor € 4,50 krijg je soep en een broodje, gekookt en "
          "geserveerd door leerlingen. Eerst waren de buren vooral nieuwsgierig; nu komen er elke week zo'n "
          "dertig, veel ouderen uit de Kruidenwijk. De kwaliteit van de erwtensoep is inmiddels beroemd."),
    ("p", "Gezien worden gaat ook over de leerling zelf. Iedere leerling heeft een mentor die hem of haar "
          "elke week even apart spreekt, het 'tienminutengesprek' op maandag of dinsdag. Hoe was je "
          "weekend, hoe gaat het thuis, hoe gaat het op stage? Een mentor heeft zo'n zestien leerlingen, "
          "niet meer, want anders lukt dit niet. En aan het eind van het schooljaar krijgt iedere leerling "
          "een persoonlijke brief van zijn mentor, over wat hem dat jaar is gelukt."),
    ("p", "Open zijn betekent voor ons vooral: niet om de dingen heen draaien. We praten met leerlingen, "
          "niet over hen. Bij elk gesprek over een leerling, met ouders, met de zorgcoördinator of met een "
          "jeugdhulpverlener, zit de leerling zelf aan tafel, tenzij daar een heel goede reden voor is. Gaat "
          "er iets mis, dan volgt eerst een herstelgesprek: de leerling en de ander (een klasgenoot, een "
          "docent, een buurtbewoner) zoeken samen hoe het weer goed komt. Dat geldt ook tussen collega's en "
          "in het contact met ouders. We verheffen onze stem niet, en als er iets is gebeurd, bellen we de "
          "ouders dezelfde dag nog."),
    ("p", "We zijn een openbare school: je geloof of je achtergrond maakt voor je plek hier niet uit."),
    ("p", "En de lat? Die lag vroeger te laag, dat geven we eerlijk toe. 'Voor deze leerlingen is dit al "
          "mooi,' hoorden we onszelf zeggen. Dat zeggen we niet meer. Sinds 2023 staat in ieder plan van een "
          "leerling minstens één doel dat hij zelf eigenlijk te moeilijk vindt, en sinds 2024 kan iedere "
          "leerling in de bovenbouw die dat aankan de entree-opleiding bij ons op school volgen, in plaats "
          "van te wachten tot hij achttien is. Wat dat oplevert, leest u verderop."),

    ("h1", "Venster 1  Goed en toegankelijk onderwijs: leren door te doen"),
    ("h2", "Wat we leren"),
    ("p", "Onze leerlingen maken 1.000 klokuren per jaar, op school en in de bovenbouw ook op stage. In de "
          "onderbouw krijgen ze Nederlands, rekenen, Engels op een eenvoudig niveau, mens en maatschappij, "
          "lichamelijke opvoeding en de praktijkvakken koken, techniek (hout, metaal en fietsen), groen, "
          "verzorging en ICT. Voor Nederlands en rekenen werken we toe naar referentieniveau 1F en waar het "
          "kan 2F; twee keer per jaar toetsen we met de Diatoetsen. In leerjaar 3 kiezen leerlingen een "
          "richting: Horeca en facilitair, Techniek en logistiek, Zorg en welzijn of Groen."),
    ("p", "In 2024 hebben we die richtingen opnieuw tegen het licht gehouden, samen met tien werkgevers en "
          "het Werkgeversservicepunt Flevoland. De vraag was simpel: waar zijn over vijf jaar de banen? Zo is "
          "logistiek erbij gekomen, met heftruck- en magazijntraining, want in Almere en Lelystad staan grote "
          "distributiecentra die mensen zoeken. Detailhandel is opgegaan in Horeca en facilitair. En sinds "
          "dit schooljaar hebben alle leerlingen in leerjaar 1 tot en met 3 elke week het vak Digiwijs: veilig "
          "online zijn, je DigiD gebruiken, een sollicitatiemail sturen, je werkrooster in een app bijhouden."),
    ("p", "Veel van wat we leren, halen we uit het leven van de leerlingen zelf. Bij rekenen rekenen ze met "
          "hun eigen geld ('Wat kost jouw telefoonabonnement eigenlijk per jaar?'), bij Nederlands schrijven "
          "ze een echt appje aan hun stagebegeleider, en bij mens en maatschappij praten we over wat ze op "
          "TikTok tegenkomen. In leerjaar 4 oefenen ze voor het theorie-examen van de bromfiets; vorig jaar "
          "haalden 23 leerlingen hun AM-rijbewijs."),
    ("h2", "Iedere leerling een eigen plan"),
    ("p", "Iedere leerling heeft een individueel ontwikkelingsplan, het IOP. Daarin staat wat hij al kan, "
          "wat hij wil leren en welke hulp hij daarbij nodig heeft, op school, op stage en voor later. We "
          "bespreken het IOP drie keer per jaar met de leerling en zijn ouders. We hebben zicht op wat onze "
          "leerlingen nodig hebben, en dat komt niet alleen uit toetsen. De praktijkdocenten zien vaak als "
          "eersten hoe het met iemand gaat: in de keuken, aan de werkbank, in de kas. Hun observaties komen "
          "daarom ook in het IOP. Bij de intake lezen we het dossier van de basisschool, laten we zo nodig "
          "een capaciteitenonderzoek doen, en gaan de mentor en de zorgcoördinator op huisbezoek."),
    ("verhaal", "Uit de praktijk: Jayden",
     "Jayden kwam in de brugklas binnen met een map vol verslagen. Op de basisschool was het vooral "
     "misgegaan. Bij ons ontdekte hij in de fietsenwerkplaats dat hij alles kon repareren wat twee wielen "
     "had. In leerjaar 4 liep hij stage bij een fietsenmaker in Almere Haven, waar hij nu drie dagen per week "
     "werkt, met een leerwerkcontract erbij. 'Ze zeggen hier nooit dat ik iets niet kan,' zei hij op de "
     "diploma-uitreiking. 'Ze zeggen: nog niet.'"),
    ("h2", "Wat we extra kunnen bieden"),
    ("p", "In ons schoolondersteuningsprofiel staat precies wat we wel en niet kunnen. Kort gezegd: onze "
          "klassen zijn klein, gemiddeld zestien leerlingen, iedere leerling heeft een vaste mentor, en we "
          "hebben een zorgcoördinator, een orthopedagoog, een schoolmaatschappelijk werker (drie dagen per "
          "week) en een jobcoach in huis. Voor leerlingen die het tijdelijk niet redden in de klas is er het "
          "Tussenlokaal: een rustige ruimte met een vaste begeleider, waar een leerling maximaal zes weken een "
          "deel van de dag werkt. Leerlingen met zware gedragsproblemen, of leerlingen die elke dag "
          "verpleegkundige zorg nodig hebben, kunnen we niet goed helpen. Dan zoeken we samen met het "
          "Samenwerkingsverband VO Almere naar een betere plek, bijvoorbeeld in het voortgezet speciaal "
          "onderwijs. Twee keer per jaar lopen we met de consulent van het samenwerkingsverband alle "
          "leerlingen langs: zit iedereen op de goede plek?"),
    ("h2", "Veilig op school"),
    ("p", "Veel van onze leerlingen hebben al het nodige meegemaakt. Rust en duidelijkheid helpen. Iedere "
          "dag begint in de eigen mentorgroep, telefoons gaan tijdens de les in de telefoontas, en overal in "
          "de school gelden dezelfde vijf afspraken. Elk jaar vullen de leerlingen de vragenlijst over "
          "sociale veiligheid in; in 2024 voelde 91 procent zich veilig op school en zei 82 procent dat er "
          "een volwassene is bij wie ze terechtkunnen. We hebben een anti-pestcoördinator en een "
          "vertrouwenspersoon, en twee keer per jaar lopen we met de leerlingenraad een veiligheidsronde "
          "door het gebouw en over het plein: waar zijn donkere hoeken, waar voelt het niet goed?"),
    ("h2", "Meedoen in de samenleving"),
    ("p", "Onze leerlingen worden straks collega, buurman en kiezer. Bij mens en maatschappij leren ze hoe "
          "de gemeente werkt, wat je rechten en plichten als werknemer zijn en hoe je een loonstrook leest. "
          "Voor elke verkiezing doen we de stemwijzer in de klas, en in leerjaar 3 gaan we naar een "
          "vergadering van de gemeenteraad. In datzelfde jaar doet iedere leerling een maatschappelijke klus "
          "van twintig uur in de wijk, in het buurthuis, bij de voedselbank of bij het opruimen van het park."),
    ("h2", "Hoe we bijhouden of het goed gaat"),
    ("p", "Elk jaar in juni zitten we twee dagen met het hele team bij elkaar. We kijken naar de cijfers "
          "(uitstroom, hoeveel oud-leerlingen hun plek houden, certificaten, verzuim van leerlingen, "
          "tevredenheid) en naar wat leerlingen, ouders en stagebedrijven ons vertellen. Daaruit komt het "
          "jaarplan voor het volgende schooljaar, met bij elk doel een collega die het trekt. In januari "
          "kijken we halverwege hoe het gaat, en in de kwartaalrapportage aan ASG leggen we verantwoording "
          "af. Om het jaar vragen we leerlingen, ouders en stagebedrijven om hun oordeel. Leerlingen doen dat "
          "met een korte lijst met smileys die we zelf hebben gemaakt, omdat de gewone vragenlijsten te "
          "moeilijk zijn. Elke drie jaar kijkt een collega-praktijkschool van buiten Almere bij ons mee; dat "
          "gebeurde voor het laatst in 2024. We zouden ook graag vaker bij elkaar in de les kijken, maar daar "
          "komen we nu te weinig aan toe."),
    ("p", "En hoe staan we ervoor? Goed, vinden we, en de inspectie ook: bij het laatste onderzoek, in 2023, "
          "was ons onderwijs op alle onderdelen voldoende en kregen de stagebegeleiding en de "
          "loopbaanbegeleiding het oordeel goed. Van de leerlingen die in 2023 van school gingen, had een jaar "
          "later 89 procent nog steeds werk of een opleiding. Onze cijfers staan op Scholen op de kaart."),
    ("h2", "Wat we in 2029 bereikt willen hebben"),
    ("p", "Het belangrijkste doel voor de komende vier jaar: iedere leerling verlaat De Kruidenhof met "
          "minstens één branchecertificaat op zak, omdat een werkgever daar echt naar kijkt. Nu lukt dat 64 "
          "procent van de schoolverlaters; in de zomer van 2027 willen we op 75 procent zitten en in 2029 op "
          "85 procent. Daarvoor bieden we vanaf 2026 ook de certificaten Heftruck en Magazijn aan, en gaan we "
          "van twee naar vier examenmomenten per jaar. Het aantal leerlingen dat de entree-opleiding bij ons "
          "op school volgt, groeit van 12 in 2024-2025 naar 20 per jaar."),
    ("p", "Bij taal en rekenen halen we meer uit de leerlingen. Nu haalt 41 procent van de schoolverlaters 1F "
          "rekenen en 67 procent 1F taal; in 2029 is dat 60 en 80 procent. Van de oud-leerlingen heeft ook "
          "dan een jaar na school minstens 85 procent nog werk of een opleiding. En vanaf 2026-2027 "
          "presenteert de leerling zijn IOP zelf, in de bovenbouw met een eigen portfolio; in 2028 doet 90 "
          "procent van de leerlingen dat."),

    ("h1", "Venster 2  Personeel in positie: vakmensen met hart voor jongeren"),
    ("p", "Ons team is bijzonder gemengd. Naast docenten Nederlands, rekenen en mens en maatschappij werken "
          "hier een kok, een automonteur, een hovenier en een verpleegkundige die voor de klas zijn gaan "
          "staan. Die mix is goud waard, maar vraagt ook iets. Vakmensen uit het bedrijfsleven hebben geen "
          "lesbevoegdheid als ze bij ons beginnen. We helpen ze die te halen. Vijf collega's volgen nu de "
          "opleiding voor het pedagogisch-didactisch getuigschrift; de school betaalt de opleiding, ze krijgen "
          "vier uur per week studietijd en een coach uit het team. In de zomer van 2027 zijn alle vijf "
          "bevoegd."),
    ("p", "Leren houdt niet op als je eenmaal voor de klas staat. Iedere collega volgt elk jaar minstens één "
          "scholing; in ons scholingsoverzicht houden we bij wie wat doet, en het doel is dat dat elk jaar "
          "voor minstens 90 procent van het team klopt. Daarnaast doen we deze planperiode twee dingen met "
          "iedereen samen. In 2025-2026 leren alle mentoren oplossingsgericht coachen, in vier bijeenkomsten "
          "bij de ASG Academie. In 2026-2027 volgen alle docenten Nederlands en rekenen en alle "
          "praktijkdocenten de training Taal in de praktijkles, zodat ook in de keuken en de werkplaats aan "
          "taal wordt gewerkt."),
    ("verhaal", "Uit de praktijk: Mustafa",
     "Mustafa stond twintig jaar in restaurantkeukens in Amsterdam. In 2023 begon hij bij ons als "
     "instructeur koken; nu volgt hij de opleiding voor zijn getuigschrift. 'In een restaurant leer je "
     "koken,' zegt hij. 'Hier leer ik elke dag iets over jongeren. En soms leren zij mij nog iets over "
     "koken ook.'"),
    ("p", "Ons werk is mooi, maar het is ook zwaar. Leerlingen met een rugzak, ouders in de problemen, "
          "conflicten op stage: het komt allemaal bij ons binnen. In 2024 was het ziekteverzuim 7,9 procent, "
          "hoger dan we willen. Iedere collega heeft daarom een maatje in het team, bij wie hij na een "
          "pittige dag kan napraten. Na een incident volgt binnen 24 uur een gesprek met de teamleider. En "
          "wie langer dan een week ziek is, wordt gebeld, niet alleen door de leidinggevende maar ook door "
          "een collega. Ons doel: het verzuim in 2027 onder de 6 procent en in 2029 onder de 5,5 procent."),
    ("p", "Met een lege batterij help je niemand. Elke dinsdag na schooltijd traint onze docent lichamelijke "
          "opvoeding een uur met collega's in de gymzaal (er komen er gemiddeld twaalf), er staat fruit in de "
          "personeelskamer, en collega's kunnen hun uren voor duurzame inzetbaarheid gebruiken voor een "
          "sportabonnement. In de teamenquête van 2024 zei 72 procent zich fit te voelen; in 2028 willen we "
          "dat dat 80 procent is. De gesprekscyclus van ASG volgen we gewoon."),
    ("p", "We hebben mensen in huis met kennis waar andere scholen ook wat aan hebben. Henk, onze "
          "instructeur techniek, is gecertificeerd VCA-examinator. Sinds 2024 verzorgt hij de VCA-training "
          "ook voor leerlingen van twee andere ASG-scholen, een school voor voortgezet speciaal onderwijs en "
          "een vmbo-school. Vorig jaar haalden daar 34 leerlingen hun certificaat."),

    ("h1", "Venster 3  De meerwaarde van ASG: we doen het niet alleen"),
    ("p", "Een praktijkschool is binnen ASG een beetje een buitenbeentje. Toch doen we het niet alleen. Onze "
          "stagecoördinator zit vier keer per jaar om tafel met de stagecoördinatoren van die twee andere "
          "ASG-scholen, die ook veel leerlingen op stage hebben. Ze delen hun adressen, zodat een bedrijf "
          "niet drie keer in een week door verschillende scholen wordt gebeld, en ze spreken samen af hoe je "
          "een stage beoordeelt. Sinds 2024 hebben de drie scholen een gezamenlijke stagebank met 310 "
          "bedrijven; in 2029 moeten dat er 400 zijn."),
    ("p", "Met een vmbo-school van ASG hebben we daarnaast een doorstroomafspraak. Leerlingen die bij ons "
          "boven verwachting presteren, kunnen in leerjaar 2 of 3 zes weken proefdraaien in de "
          "basisberoepsgerichte leerweg. Het gaat om twee tot vier leerlingen per jaar; in 2024 stroomden er "
          "drie door, en alle drie zitten er nog. Andersom komen er ook leerlingen van het vmbo naar ons als "
          "het daar echt niet gaat. Omdat beide scholen van ASG zijn, kan dat snel en zonder wachttijd. Ons "
          "doel is dat in 2029 elk jaar minstens vijf leerlingen die kans krijgen."),
    ("p", "Het servicebureau van ASG regelt voor ons de salarissen, de inkoop en het onderhoud van het "
          "gebouw. Daar hoeven wij ons gelukkig weinig mee bezig te houden. We zouden wel graag vaker bij "
          "andere ASG-scholen binnenlopen."),

    ("h1", "Venster 4  Partnerschap: de stad is ons klaslokaal"),
    ("h2", "Ouders"),
    ("p", "Ouders zijn bij ons betrokken bij het leren van hun kind. Dat gaat niet vanzelf. Veel ouders "
          "hebben zelf geen fijne schooltijd gehad, en sommigen spreken weinig Nederlands. Daarom gaat de "
          "mentor voor de start van leerjaar 1 bij ieder gezin op huisbezoek. In de eerste drie weken van het "
          "schooljaar belt hij alle ouders, gewoon om te vertellen hoe het gaat, ook (en juist) als het goed "
          "gaat. De IOP-gesprekken voeren we met leerling en ouders samen. Vorig jaar kwam 78 procent van de "
          "ouders; in 2028 willen we op 90 procent zitten. Daarom plannen we de gesprekken voortaan ook 's "
          "avonds, en kan een ouder ook via beeldbellen meedoen."),
    ("p", "We schrijven onze brieven op taalniveau B1, zonder moeilijke woorden. Belangrijke berichten "
          "sturen we ook als spraakbericht via de app, omdat niet iedereen graag leest, en als het nodig is "
          "regelen we bij een gesprek een tolk."),
    ("h2", "Meedenken en meepraten"),
    ("p", "In de medezeggenschapsraad zitten twee ouders, twee leerlingen en vier collega's. Dit jaar dacht "
          "de MR mee over het nieuwe rooster met een vaste stagedag en over de stageregeling. Op voorstel "
          "van de leerlingen in de MR is de stagedag in leerjaar 4 verschoven van vrijdag naar donderdag, "
          "omdat veel bedrijven op vrijdag weinig werk hebben voor een stagiair. Daarnaast praat de "
          "leerlingenraad, acht leerlingen uit alle richtingen, elke maand met de directeur."),
    ("h2", "Werkgevers en partners"),
    ("p", "Zonder bedrijven geen praktijkonderwijs. We werken met ongeveer 160 stagebedrijven, van de "
          "bakker op de hoek tot een distributiecentrum op bedrijventerrein Stichtsekant. Met 24 daarvan "
          "hebben we een vaste afspraak: zij nemen elk jaar leerlingen aan, en ze denken mee in onze "
          "werkgeversraad, die twee keer per jaar bijeenkomt. Verder werken we samen met het ROC van "
          "Flevoland voor de entree-opleiding, met de gemeente Almere (leerplicht, jeugdhulp en het "
          "Werkgeversservicepunt), met het UWV voor leerlingen die onder de banenafspraak vallen, en met "
          "Stichting Praktijkleren voor de branchecertificaten."),
    ("p", "Dichter bij huis is de Kruidenwijk zelf ons oefenterrein. Leerlingen van Zorg en welzijn lopen "
          "interne stage in het woonzorgcentrum twee straten verderop. Twee middagen per week rijdt onze "
          "klussendienst uit: leerlingen van Techniek vervangen voor ouderen in de wijk een lamp, plakken "
          "een band of zetten een schutting recht. Vorig jaar waren dat 112 klussen. En de maatschappelijke "
          "klus van leerjaar 3 doen de leerlingen meestal in het buurthuis."),
    ("verhaal", "Uit de praktijk: Dewi",
     "Dewi was vijftien toen ze haar eerste stage liep, bij een bakkerij in de Kruidenwijk. De eerste week "
     "zei ze niets. De bakker belde onze stagecoördinator: 'Ze werkt hard, maar ik weet niet of ze het "
     "leuk vindt.' We zijn samen gaan praten, met Dewi erbij. Nu, twee jaar later, staat ze drie ochtenden "
     "per week achter de toonbank en wil de bakker haar na de zomer in dienst nemen."),
    ("p", "Waar willen we over vier jaar zijn met onze partners? In 2029 werken we met 200 stagebedrijven, "
          "van wie 35 met een vaste afspraak. De klussendienst doet dan 150 klussen per jaar, en de lunchroom "
          "is op twee dagen in de week open voor de buurt."),

    ("h1", "Tot slot"),
    ("p", "Dit plan is geen boek voor in de kast. Elk jaar maken we er een jaarplan van, en in juni kijken "
          "we samen terug. De medezeggenschapsraad heeft het plan in mei 2025 gelezen en besproken. De MR gaf "
          "ons twee adviezen: schrijf het nog eenvoudiger, en zet erin wat we aan het verzuim doen. Beide "
          "hebben we overgenomen. Het plan gaat nu naar het College van Bestuur van ASG."),
    ("p", "Erik Bosman, schoolleider\nnamens het team van Praktijkschool De Kruidenhof"),
]


# --------------------------------------------------------------------------- opbouw

def _stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    for naam, grootte in (("Heading 1", 17), ("Heading 2", 12), ("Title", 28)):
        st = doc.styles[naam]
        st.font.name = "Georgia"
        st.font.size = Pt(grootte)
        st.font.color.rgb = KLEUR
    quote = doc.styles["Quote"]
    quote.font.name = "Georgia"
    quote.font.size = Pt(10)
    quote.paragraph_format.left_indent = Cm(1.0)
    quote.paragraph_format.right_indent = Cm(1.0)


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    for sectie in doc.sections:
        p = sectie.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("- ")
        page_field(p)
        p.add_run(" -")


def _titelpagina(doc) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2025 - 2029", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Praktijkschool De Kruidenhof")
    r.font.size = Pt(22)
    r.font.name = "Georgia"
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("'Ze zeggen hier nooit dat ik iets niet kan. Ze zeggen: nog niet.' (Jayden, oud-leerling)")
    r.italic = True
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Praktijkonderwijs, openbaar, Almeerse Scholen Groep").font.size = Pt(9)
    p.add_run().add_break()
    p.add_run("Bieslookweg 12, Almere Stad (Kruidenwijk), brinnummer 27GH").font.size = Pt(9)
    p.add_run().add_break()
    p.add_run("Schoolleider: Erik Bosman, juni 2025").font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    _stijlen(doc)
    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    _titelpagina(doc)
    for item in INHOUD:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            delen = item[1].split("\n")
            p = doc.add_paragraph(delen[0])
            for deel in delen[1:]:
                p.add_run().add_break()
                p.add_run(deel)
        elif soort == "verhaal":
            p = doc.add_paragraph(style="Quote")
            p.add_run(item[1]).bold = True
            p.add_run().add_break()
            p.add_run(item[2])
    _voettekst(doc)
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Praktijkschool De Kruidenhof"
    cp.author = "Erik Bosman"
    cp.last_modified_by = "Erik Bosman"
    cp.language = "nl-NL"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.last_printed = STEMPEL
    cp.revision = 12
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_suffix(".docx")
    build(doel)
    print(doel)
