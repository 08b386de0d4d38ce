"""Schoolplan 2025-2029 van OBS De Windroos, een openbare basisschool (PO) met 248 leerlingen in de
wijk De Wierden in Almere Haven.

Ontwerp: na een korte inleiding en een schoolbeschrijving (met een concrete paragraaf over wat het
openbare karakter op deze school betekent) staat de kern van het plan: een 'koersmatrix', één grote
Word-tabel met een rij per bestuursdoel van ASG Koers 22 (32 van de 45 doelen), met de kolommen
'Wat ASG wil' (de bestuurszin letterlijk geciteerd), 'Wat wij doen' en 'Waar in dit plan'. De cellen
in 'Wat wij doen' zijn wisselend gevuld: soms echte schoolinhoud, soms alleen 'Zie hoofdstuk 4'
(waarbij hoofdstuk 4 het soms wél en één keer níet uitwerkt), soms de bestuurszin herhaald met 'wij'
en soms alleen een voornemen ('Hier willen we komende jaren aan werken'). Daarna volgen drie
prozahoofdstukken (onderwijs en zorg, team, ouders en omgeving) en een doelenhoofdstuk met per
venster een kleine tabel ('Doel', 'Meetbaar resultaat', 'Wanneer'). De MR-instemming staat in de
laatste alinea.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Cm, Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

MATRIX = [
    # (Wat ASG wil, Wat wij doen, Waar in dit plan)
    (
        "“De ASG-cultuur is gastvrij, iedereen voelt zich welkom.”",
        "Elke ochtend van 8.20 tot 8.30 uur staat een teamlid volgens rooster bij de hoofdingang en "
        "begroet kinderen en ouders. Nieuwe gezinnen krijgen een rondleiding door twee "
        "leerlingambassadeurs uit groep 8 en een welkomstmap in het Nederlands, Engels, Arabisch of "
        "Turks. Bezoekers worden door onze conciërge ontvangen bij de balie in de hal.",
        "Hoofdstuk 3",
    ),
    (
        "“Iedereen bij ASG is waardevol en wordt gezien.”",
        "Op De Windroos is iedereen waardevol en wordt iedereen gezien.",
        "—",
    ),
    (
        "“We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.”",
        "Zie hoofdstuk 4.",
        "§ 4.3 en § 5.5",
    ),
    (
        "“ASG gaat respectvol om met de mensen binnen en buiten de organisatie.”",
        "Onze vijf Windroos-afspraken gelden voor kinderen, ouders én teamleden en hangen in elk "
        "lokaal en in de hal. Als een ouder het ergens niet mee eens is, volgt binnen twee werkdagen "
        "een gesprek met de leerkracht en zo nodig met de directeur; we sluiten niemand uit van een "
        "gesprek omdat de toon eerder scherp was.",
        "Hoofdstuk 3, § 4.2",
    ),
    (
        "“In onze communicatie zijn we transparant en toegankelijk.”",
        "In onze communicatie zijn wij transparant en toegankelijk.",
        "§ 6.1",
    ),
    (
        "“Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers.”",
        "Zie § 2.3 (openbaar onderwijs).",
        "§ 2.3",
    ),
    (
        "“We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.”",
        "Hier willen we komende jaren aan werken.",
        "Hoofdstuk 7",
    ),
    (
        "“We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.”",
        "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "—",
    ),
    (
        "“We hebben hoge verwachtingen van onze leerlingen en van elkaar.”",
        "We werken met schoolnormen die boven de signaleringswaarden van de inspectie liggen: "
        "minimaal 95% van groep 8 haalt 1F en minimaal 60% haalt 2F/1S. Na elke toetsronde stelt "
        "iedere leerkracht per vakgebied een groepsdoel en bespreekt dat met de intern begeleider. "
        "Kinderen die meer aankunnen krijgen compacte instructie en verrijkingsstof, niet alleen "
        "extra sommen.",
        "Hoofdstuk 3, § 7.1",
    ),
    (
        "“We geven altijd het beste van onszelf.”",
        "Wij geven altijd het beste van onszelf.",
        "—",
    ),
    (
        "“De kwaliteit van ons onderwijs is en blijft op orde: het aantal onvoldoende presterende "
        "scholen en afdelingen van ASG is gereduceerd en er zijn geen zeer zwakke scholen meer.”",
        "De inspectie bezocht ons in november 2022 en gaf het basisarrangement; alle onderzochte "
        "standaarden waren voldoende. Onze eindtoetsresultaten lagen de afgelopen drie jaar boven de "
        "signaleringswaarden (2025: 1F 96%, 2F/1S 54%).",
        "Hoofdstuk 3, § 4.5",
    ),
    (
        "“ASG heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.”",
        "Zie hoofdstuk 5.",
        "§ 5.4",
    ),
    (
        "“We maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
        "zodat alle leerlingen een passende onderwijsplek hebben.”",
        "Zie hoofdstuk 4.",
        "§ 4.3",
    ),
    (
        "“Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen.”",
        "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen.",
        "—",
    ),
    (
        "“Alle scholen hebben een toekomstgericht curriculum.”",
        "Sinds 2024 hebben we een doorgaande leerlijn digitale geletterdheid van groep 1 tot en met 8 "
        "(Basicly, 45 minuten per week). In groep 6 tot en met 8 programmeren de kinderen met "
        "micro:bits en in alle groepen krijgen ze Engels. Zie verder § 4.1.",
        "Hoofdstuk 3, § 4.1",
    ),
    (
        "“Scholen hebben in hun (zorg)profiel duidelijk beschreven in welke leer- en zorgbehoeftes zij "
        "kunnen voorzien.”",
        "Zie hoofdstuk 4.",
        "§ 4.3",
    ),
    (
        "“ASG heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.”",
        "Zie hoofdstuk 5.",
        "§ 5.6",
    ),
    (
        "“Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen "
        "van bijeenkomsten, en het volgen cursussen en programma’s van de ASG Academie.”",
        "Iedere leerkracht legt in het persoonlijk ontwikkelplan minimaal één scholing per jaar vast. "
        "In 2024-2025 volgden vier collega’s de ASG Academie-cursus ‘Begrijpend lezen in de "
        "middenbouw’ en volgde onze intern begeleider de leergang voor intern begeleiders.",
        "Hoofdstuk 3, § 5.3",
    ),
    (
        "“Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur "
        "van ASG.”",
        "Zie hoofdstuk 5.",
        "§ 5.4",
    ),
    (
        "“Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.”",
        "Hier willen we komende jaren aan werken.",
        "Hoofdstuk 7",
    ),
    (
        "“Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.”",
        "Eén leerkracht van groep 5 is zij-instromer en volgt de deeltijdpabo. Zij krijgt elke week "
        "twee uur begeleiding van onze schoolopleider en één vrije dag per maand voor studie. Zij "
        "rondt haar opleiding in juli 2027 af.",
        "Hoofdstuk 3, § 5.2",
    ),
    (
        "“De jaarlijkse gesprekscyclus is ASG-breed geïmplementeerd.”",
        "Iedere medewerker heeft in september een startgesprek en in februari een "
        "voortgangsgesprek met de directeur; eens per drie jaar is er een beoordelingsgesprek. De "
        "verslagen staan in het digitale personeelsdossier.",
        "Hoofdstuk 3, § 5.5",
    ),
    (
        "“We zetten de talenten van onze medewerkers in voor de gehele organisatie.”",
        "Wij zetten de talenten van onze medewerkers in voor de gehele organisatie.",
        "—",
    ),
    (
        "“Binnen ASG ontmoeten collega’s van alle scholen en het servicebureau elkaar regelmatig.”",
        "Wij ontmoeten collega’s van andere ASG-scholen en het servicebureau regelmatig.",
        "—",
    ),
    (
        "“Alle medewerkers zijn op de hoogte van de inrichting van processen en systemen binnen "
        "scholen en servicebureau.”",
        "Hier willen we komende jaren aan werken.",
        "—",
    ),
    (
        "“Als gevolg van onze schaalgrootte beschikken we over interne expertise op veel "
        "beleidsgebieden, waardoor we een integraal en samenhangend aanbod aan onze scholen kunnen "
        "bieden.”",
        "De ICT-ondersteuning, de salarisadministratie en het meerjarenonderhoudsplan van ons gebouw "
        "nemen we af bij het servicebureau van ASG. Daardoor besteedt de directeur die uren aan het "
        "onderwijs in plaats van aan offertes en contracten.",
        "Hoofdstuk 3",
    ),
    (
        "“We hebben een divers en op elkaar aansluitend aanbod en werken met verschillende "
        "onderwijsconcepten en -profielen, zodat wij alle leerlingen een passende onderwijsloopbaan "
        "kunnen bieden.”",
        "Zie hoofdstuk 4.",
        "Hoofdstuk 4",
    ),
    (
        "“Ouders zijn betrokken bij het leerproces van hun kind.”",
        "In de eerste schoolweken voert iedere leerkracht een omgekeerd oudergesprek: ouders vertellen "
        "over hun kind. De kleutergroepen hebben op maandag- en dinsdagochtend een inloop van een "
        "kwartier waarin ouders met hun kind aan een werkje beginnen.",
        "Hoofdstuk 3, § 6.2",
    ),
    (
        "“De medezeggenschap is een klankbord voor ideeën en een sparringpartner voor directies of "
        "bestuur bij voorgenomen beleid en uitvoering van beleid.”",
        "Zie hoofdstuk 6.",
        "§ 6.3",
    ),
    (
        "“ASG-brede medezeggenschap is belegd in een overkoepelende medezeggenschapsraad.”",
        "Wij vinden het belangrijk dat de ASG-brede medezeggenschap is belegd in een overkoepelende "
        "medezeggenschapsraad.",
        "—",
    ),
    (
        "“Scholen werken nauw samen met maatschappelijke partners in de nabije omgeving.”",
        "Zie hoofdstuk 6.",
        "§ 6.4",
    ),
    (
        "“ASG werkt samen met collega-schoolbesturen en gemeente bij de aanpak van regionale "
        "problemen in het onderwijs, zoals het lerarentekort.”",
        "Hier willen we komende jaren aan werken.",
        "Hoofdstuk 7",
    ),
]

DOELEN = {
    "7.1 Venster 1: Goed en toegankelijk onderwijs": [
        ("Meer kinderen lezen op niveau.",
         "In juni 2028 haalt minimaal 62% van groep 8 niveau 2F/1S lezen op de eindtoets "
         "(2025: 54%).",
         "2025-2028, jaarlijks gemeten in juni"),
        ("De plusklas wordt structureel.",
         "Vanaf september 2026 twee dagdelen plusklas per week voor 12 tot 16 leerlingen uit "
         "groep 5 tot en met 8.",
         "Schooljaar 2026-2027"),
        ("De leerlijn digitale geletterdheid is compleet.",
         "Alle groepen werken wekelijks 45 minuten met Basicly; groep 8 sluit af met de "
         "eindopdracht, die 85% van de leerlingen voldoende maakt.",
         "Juni 2026"),
        ("Kinderen voelen zich veilig op school.",
         "Minimaal 90% van de leerlingen van groep 5 tot en met 8 geeft in de jaarlijkse "
         "veiligheidsmonitor aan zich veilig te voelen (2025: 86%).",
         "Jaarlijks in maart"),
    ],
    "7.2 Venster 2: Personeel in positie": [
        ("Onze zij-instromer is bevoegd.",
         "Pabo-diploma behaald.",
         "Juli 2027"),
        ("Het ziekteverzuim daalt.",
         "Verzuimpercentage maximaal 4,5% (2024: 6,1%).",
         "Eind 2027"),
        ("De leerteams lezen en rekenen werken op volle kracht.",
         "Per leerteam zes bijeenkomsten per jaar en één verbeterafspraak per jaar die in alle "
         "groepen zichtbaar is bij de klassenbezoeken.",
         "2025-2029, verslag in het jaarverslag"),
    ],
    "7.3 Venster 3: De meerwaarde van ASG": [
        ("Meer gebruikmaken van de kennis binnen ASG.",
         "Nog te bepalen.",
         "Nog niet gepland"),
    ],
    "7.4 Venster 4: Partnerschap": [
        ("Ouders lezen mee met hun kind.",
         "Drie ouder-kindleesochtenden per jaar in groep 1 tot en met 4; bij elke ochtend is van "
         "minimaal 60% van de kinderen een ouder of verzorger aanwezig.",
         "Vanaf schooljaar 2025-2026"),
        ("Kinderen praten mee over hun rapport.",
         "Alle rapportgesprekken in groep 7 en 8 zijn driehoeksgesprekken met ouder, kind en "
         "leerkracht.",
         "Vanaf februari 2026"),
        ("Snelle antwoorden aan ouders.",
         "95% van de berichten van ouders in Parro is binnen twee werkdagen beantwoord "
         "(steekproef in oktober en maart).",
         "Schooljaar 2025-2026"),
    ],
}


def _kop(doc, tekst, niveau):  # type: ignore[no-untyped-def]
    doc.add_heading(tekst, level=niveau)


def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    for sectie in doc.sections:
        sectie.left_margin = Cm(2.2)
        sectie.right_margin = Cm(2.2)
        voet = sectie.footer.paragraphs[0]
        voet.text = "Schoolplan OBS De Windroos 2025-2029 – pagina "
        page_field(voet)

    doc.add_heading("Schoolplan 2025-2029", level=0)
    _p(doc, "OBS De Windroos – openbare basisschool in Almere Haven")
    _p(doc, "Wierdenpad 12, 1353 Almere Haven · brinnummer 19KW · onderdeel van de Almeerse Scholen Groep")
    _p(doc, "Directeur: Sanne Verhoef · Intern begeleider: Fatima El Idrissi · Versie: juni 2025")

    # 1 Inleiding ----------------------------------------------------------------
    _kop(doc, "1. Inleiding", 1)
    _p(doc,
       "Voor u ligt het schoolplan van OBS De Windroos voor de schooljaren 2025-2026 tot en met "
       "2028-2029. Het plan beschrijft hoe wij de komende vier jaar ons onderwijs inrichten, wat we "
       "willen verbeteren en hoe we dat volgen. Het is ook ons antwoord op de koers van ons bestuur, "
       "de Almeerse Scholen Groep (ASG).")
    _p(doc,
       "We hebben gekozen voor een vorm die snel laat zien waar de koers van ASG in onze school "
       "terugkomt. In hoofdstuk 3 staat daarom een koersmatrix: per doel van het bestuur ziet u wat "
       "ASG wil, wat wij doen en waar u het in dit plan terugvindt. Niet elk doel uit de koers staat "
       "in de matrix; we hebben de doelen gekozen die voor een basisschool van onze omvang het meest "
       "betekenen. Daarna volgen drie hoofdstukken over onderwijs en zorg, ons team en de ouders en "
       "de wijk. Hoofdstuk 7 bevat onze doelen voor deze planperiode.")
    _p(doc,
       "Het plan is in het voorjaar van 2025 geschreven door de directeur en de intern begeleider. "
       "Het team heeft op de studiedag van 14 april 2025 de matrix doorgenomen en aangevuld. Ieder "
       "jaar maken we op basis van dit plan een jaarplan; in het jaarverslag kijken we terug.")

    # 2 Onze school ----------------------------------------------------------------
    _kop(doc, "2. Onze school", 1)
    _kop(doc, "2.1 Leerlingen en wijk", 2)
    _p(doc,
       "De Windroos staat sinds 1979 in De Wierden, een van de oudste wijken van Almere Haven, tussen "
       "het Wierdenpad en de Gooimeerdijk. Op 1 oktober 2024 telden we 248 leerlingen, verdeeld over "
       "elf groepen: drie kleutergroepen en acht groepen 3 tot en met 8, waarvan één combinatiegroep "
       "4/5. Het leerlingenaantal is de afgelopen vijf jaar stabiel gebleven tussen 240 en 260.")
    _p(doc,
       "De wijk is gemengd: koopwoningen uit de jaren zeventig en tachtig en sociale huur rond het "
       "winkelcentrum. Bij 38% van onze leerlingen wordt thuis (ook) een andere taal dan Nederlands "
       "gesproken, vooral Arabisch, Turks, Papiaments en Pools. De schoolweging van het CBS is 32,4; "
       "dat is hoger dan het landelijk gemiddelde en betekent dat onze leerlingen gemiddeld meer "
       "ondersteuning nodig hebben. Ieder jaar komen er vijf tot tien nieuwkomers bij die nog weinig "
       "Nederlands spreken.")
    _p(doc,
       "In ons gebouw zitten ook een peutergroep met voorschoolse educatie en een buitenschoolse "
       "opvang. We hebben een continurooster: alle groepen gaan van 8.30 tot 14.15 uur naar school, "
       "op woensdag tot 12.30 uur.")
    _kop(doc, "2.2 Waar we voor staan", 2)
    _p(doc,
       "Ons motto is ‘leren met de wind in de rug’. We willen een rustige, voorspelbare school zijn "
       "waar kinderen goed leren lezen, schrijven en rekenen en waar ze leren samenwerken met "
       "kinderen die anders zijn dan zij. Goede instructie is de basis: al onze leerkrachten geven les "
       "volgens het model van expliciete directe instructie (EDI). Daarnaast vinden we het "
       "belangrijk dat kinderen de wereld buiten de wijk leren kennen.")
    _kop(doc, "2.3 Openbaar onderwijs op De Windroos", 2)
    _p(doc,
       "De Windroos is een openbare school. Dat betekent bij ons concreet het volgende. Ieder kind is "
       "welkom, ongeacht geloof of achtergrond, en de vrijwillige ouderbijdrage (€ 35 per jaar) is "
       "nooit een voorwaarde om mee te gaan op schoolreis of kamp. In onze jaarkalender staan naast "
       "Sinterklaas en Kerst ook het Suikerfeest, het Offerfeest, Divali en het Chinees Nieuwjaar; "
       "kinderen die een feest vieren, mogen er in hun groep over vertellen. Ouders van groep 5 tot "
       "en met 8 kunnen kiezen voor godsdienstig of humanistisch vormingsonderwijs (45 minuten per "
       "week, gegeven door vakdocenten); in 2024-2025 deden 16 kinderen mee aan GVO en 11 aan HVO. "
       "In november en maart houden alle groepen een projectweek levensbeschouwing, waarin groep 7 en "
       "8 een kerk en een moskee in Almere Haven bezoeken. Onze leerkrachten vertellen over "
       "levensbeschouwingen zonder er een voor te trekken, en in het team werken collega’s met "
       "uiteenlopende achtergronden; bij sollicitaties vragen we niet naar geloof.")

    # 3 Koersmatrix ----------------------------------------------------------------
    _kop(doc, "3. Koersmatrix: de koers van ASG op De Windroos", 1)
    _p(doc,
       "In de tabel hieronder staan 32 van de 45 doelen uit Koers 22 van ASG. In de eerste kolom "
       "citeren we het doel van het bestuur. In de tweede kolom staat wat wij daar op De Windroos "
       "mee doen, in de derde kolom waar u er in dit plan meer over leest.")
    tabel(doc, ["Wat ASG wil", "Wat wij doen", "Waar in dit plan"], MATRIX, breedtes=[5.5, 8.5, 2.6])
    _p(doc, "")

    # 4 Onderwijs en zorg ----------------------------------------------------------
    _kop(doc, "4. Onderwijs en zorg", 1)
    _kop(doc, "4.1 Ons onderwijsprogramma", 2)
    _p(doc,
       "Onze leerlingen gaan in acht jaar ruim 7.520 uur naar school; in groep 1 tot en met 4 is dat "
       "930 uur per jaar, in groep 5 tot en met 8 950 uur. Het programma dekt alle kerndoelen; voor "
       "taal en rekenen werken we naar de referentieniveaus 1F en 2F/1S. We gebruiken voor technisch "
       "lezen Veilig leren lezen (groep 3) en Estafette (groep 4 tot en met 6), voor begrijpend lezen "
       "Grip op lezen, voor taal en spelling Staal en voor rekenen Wereld in getallen 5. Groep 3 tot "
       "en met 8 rekenen vijf uur per week; lezen en taal krijgen in groep 3 tien uur en in groep 4 "
       "tot en met 8 acht uur per week. Wereldoriëntatie geven we met Blink Wereld.")
    _p(doc,
       "In de kleutergroepen werken we met thema’s uit Kleuterplein en volgen we de ontwikkeling met "
       "het observatie-instrument van Kleuterplein. Gymnastiek krijgen alle groepen twee keer per "
       "week 45 minuten van onze vakleerkracht bewegingsonderwijs. Engels krijgen alle groepen, in "
       "groep 1 tot en met 4 twintig minuten en in groep 5 tot en met 8 een uur per week. De leerlijn "
       "digitale geletterdheid (Basicly) loopt van groep 1 tot en met 8; groep 6 tot en met 8 "
       "programmeren in een blok van zes weken per jaar met micro:bits.")
    _p(doc,
       "Nieuwkomers die nog weinig Nederlands spreken, krijgen de eerste twee jaar vier uur per week "
       "extra taalles in een klein groepje bij onze onderwijsassistent. Zij werkt met Taalklas.nl en "
       "de woordenlijst van Logo 3000 en stemt elke week met de groepsleerkracht af welke woorden "
       "in de groep aan bod komen.")
    _kop(doc, "4.2 Burgerschap", 2)
    _p(doc,
       "We werken met De Vreedzame School. Elke groep heeft een wekelijkse les over conflicten "
       "oplossen, samen beslissen en verschillen tussen mensen. In groep 6 tot en met 8 worden per "
       "groep twee leerlingmediatoren opgeleid die op het plein helpen bij ruzies. De kinderraad "
       "(twee kinderen per groep 5 tot en met 8, gekozen na een verkiezingscampagne in de klas) "
       "vergadert zes keer per jaar met de directeur en beslist mee over de besteding van het "
       "pleinbudget. Groep 7 bezoekt elk voorjaar het stadhuis en speelt daar een raadsvergadering na. "
       "Zo leren kinderen wat democratie is, dat je je mening mag geven en dat je ook naar een ander "
       "luistert. In het jaarverslag rapporteren we welke burgerschapsdoelen per groep aan bod kwamen.")
    _kop(doc, "4.3 Zicht op ontwikkeling en ondersteuning", 2)
    _p(doc,
       "We volgen de ontwikkeling van onze leerlingen met de toetsen van Boom LVS in januari en juni "
       "en met het observatie-instrument ZIEN! voor de sociaal-emotionele ontwikkeling in november en "
       "april. Drie keer per jaar (oktober, februari en juni) bespreekt de intern begeleider met "
       "iedere leerkracht de groep: welke kinderen hebben meer instructie, meer uitdaging of meer "
       "begeleiding nodig? De afspraken komen in het groepsplan. Bij zorgen over een kind nodigt de "
       "leerkracht binnen twee weken de ouders uit.")
    _p(doc,
       "Ons schoolondersteuningsprofiel (vastgesteld in 2024) beschrijft wat we kunnen bieden. Binnen "
       "de basisondersteuning vallen: instructie op drie niveaus, het dyslexieprotocol met extra "
       "leestijd en voorleessoftware, de extra taalondersteuning voor nieuwkomers en de plusklas "
       "(één dagdeel per week voor tien leerlingen uit groep 6 tot en met 8). We kunnen geen "
       "langdurige één-op-éénbegeleiding bieden en geen passend onderwijs aan kinderen met ernstige "
       "gedragsproblemen die de veiligheid van andere kinderen in gevaar brengen.")
    _p(doc,
       "We zijn aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. Als een kind meer "
       "nodig heeft dan wij bieden, vragen we bij het samenwerkingsverband een arrangement aan; in "
       "2024-2025 hadden vier leerlingen zo’n arrangement met begeleiding van een ambulant begeleider. "
       "Als een andere school beter past, vragen we samen met de ouders een toelaatbaarheidsverklaring "
       "aan voor het speciaal (basis)onderwijs en zorgen we voor een warme overdracht. Twee keer per "
       "jaar is er een ondersteuningsteam met de intern begeleider, de schoolmaatschappelijk werker, "
       "de jeugdverpleegkundige en het wijkteam.")
    _kop(doc, "4.4 Veiligheid", 2)
    _p(doc,
       "Ons veiligheidsplan is in 2024 herzien. Iedere groep begint het jaar met ‘de Gouden Weken’, "
       "waarin de groep samen afspraken maakt. Tijdens de pauzes lopen er altijd twee teamleden "
       "pleinwacht. Juf Ilse (groep 6) is onze anti-pestcoördinator en vertrouwenspersoon; ouders en "
       "kinderen kunnen haar rechtstreeks mailen. Bij pesten volgen we ons pestprotocol: gesprek met "
       "beide partijen op dezelfde dag, de ouders worden dezelfde week geïnformeerd en na zes weken "
       "volgt een evaluatie. In maart vullen de leerlingen van groep 5 tot en met 8 de "
       "veiligheidsmonitor in; in 2025 voelde 86% zich veilig op school. Zes teamleden hebben een "
       "geldig BHV-diploma en we houden twee ontruimingsoefeningen per jaar.")
    _kop(doc, "4.5 Kwaliteitszorg", 2)
    _p(doc,
       "We werken volgens een vaste cyclus van plannen, uitvoeren, meten en bijstellen. Het jaarplan "
       "komt voort uit dit schoolplan en wordt in september met het team en de MR besproken. In "
       "februari en juni maken de directeur en de intern begeleider een trendanalyse van de "
       "toetsresultaten per groep en per leerjaar; de uitkomsten bespreken we in een teamvergadering "
       "en leiden tot een of twee verbeterafspraken. Iedere leerkracht krijgt twee klassenbezoeken "
       "per jaar van de directeur of de intern begeleider, met de kijkwijzer EDI. Om de twee jaar "
       "houden we een tevredenheidsonderzoek onder ouders, leerlingen van groep 6 tot en met 8 en het "
       "team (laatste: 2024). Elk kwartaal rapporteert de directeur aan het bestuur over "
       "leerlingaantallen, resultaten, verzuim en financiën. In juni schrijven we het jaarverslag.")

    # 5 Team -----------------------------------------------------------------------
    _kop(doc, "5. Ons team", 1)
    _kop(doc, "5.1 Samenstelling", 2)
    _p(doc,
       "Op De Windroos werken 24 mensen: de directeur, een intern begeleider (0,8 fte), zestien "
       "leerkrachten, twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een "
       "conciërge, een administratief medewerker en een schoolopleider die ook twee dagen les geeft. "
       "De gemiddelde leeftijd is 41 jaar; vijf collega’s zijn ouder dan 57.")
    _kop(doc, "5.2 Bekwaamheid", 2)
    _p(doc,
       "Op één na zijn alle leerkrachten bevoegd. Onze zij-instromer in groep 5 volgt de deeltijdpabo "
       "en wordt begeleid door de schoolopleider (zie de koersmatrix). Nieuwe collega’s krijgen in hun "
       "eerste jaar een maatje uit de eigen bouw en drie lesbezoeken met nagesprek.")
    _kop(doc, "5.3 Professionalisering", 2)
    _p(doc,
       "Iedere medewerker maakt in september een persoonlijk ontwikkelplan met één of twee "
       "leerdoelen en bespreekt dat in het startgesprek. Scholing kiezen we bij voorkeur uit het "
       "aanbod van de ASG Academie; daarnaast heeft de school een scholingsbudget van € 14.000 per "
       "jaar. In 2023-2024 volgde het hele team de scholing EDI; sindsdien zijn de klassenbezoeken "
       "gericht op de borging daarvan. Twee leerkrachten volgen de komende jaren de opleiding "
       "rekencoördinator en leescoördinator.")
    _kop(doc, "5.4 Leerteams", 2)
    _p(doc,
       "Sinds 2024 hebben we twee leerteams: lezen en rekenen. Iedere leerkracht zit in één van de "
       "twee. Een leerteam komt zes keer per jaar bij elkaar, analyseert de resultaten van de eigen "
       "groepen, bekijkt samen lessen (elke leerkracht wordt één keer per jaar door een collega uit "
       "het leerteam bezocht) en spreekt per jaar één verbeterafspraak af die in alle groepen wordt "
       "ingevoerd. In 2024-2025 was dat bij rekenen het dagelijks herhalen van de tafels in groep 4 "
       "tot en met 6 en bij lezen het hardop voordoen van leesstrategieën.")
    _kop(doc, "5.5 Gesprekscyclus", 2)
    _p(doc,
       "Elk schooljaar voert de directeur met iedere medewerker een startgesprek (september) en een "
       "voortgangsgesprek (februari). Eens in de drie jaar is er een beoordelingsgesprek. In het "
       "startgesprek vragen we ook wat de medewerker nodig heeft om zijn werk goed te doen, "
       "bijvoorbeeld extra ondersteuning in de groep of een aangepast rooster. De verslagen worden "
       "binnen twee weken door beiden ondertekend en opgeslagen in het digitale personeelsdossier.")
    _kop(doc, "5.6 Welbevinden en verzuim", 2)
    _p(doc,
       "Ons ziekteverzuim was in 2024 6,1%, vooral door twee langdurige ziektegevallen. We willen "
       "het verlagen naar maximaal 4,5%. Bij een ziekmelding belt de directeur dezelfde dag; bij een "
       "derde ziekmelding in een jaar volgt een gesprek. De werkdrukmiddelen (€ 52.000 per jaar) "
       "besteden we, na een stemming in het team, aan een extra onderwijsassistent en aan een "
       "vakleerkracht gym, zodat leerkrachten twee uur per week vrij zijn van lesgevende taken. "
       "Collega’s van 57 jaar en ouder gebruiken hun uren duurzame inzetbaarheid; jonge ouders kunnen "
       "in het startgesprek een voorkeur voor vaste werkdagen aangeven, waar we bij de formatie "
       "rekening mee houden.")

    # 6 Ouders en omgeving ------------------------------------------------------------
    _kop(doc, "6. Ouders en omgeving", 1)
    _kop(doc, "6.1 Communicatie", 2)
    _p(doc,
       "We informeren ouders via de app Parro: berichten uit de groep, foto’s en de "
       "gespreksplanner. Om de twee weken verschijnt op vrijdag de nieuwsbrief ‘De Windvaan’. In "
       "augustus krijgen alle gezinnen de jaarkalender met alle vrije dagen en gespreksmomenten. "
       "Vragen van ouders beantwoorden we binnen twee werkdagen. Voor ouders die weinig Nederlands "
       "spreken, zet Parro berichten automatisch om in hun eigen taal, en bij rapportgesprekken "
       "regelen we op verzoek een tolk via de gemeentelijke tolkendienst. Beleidsstukken, zoals de "
       "schoolgids, dit schoolplan en het jaarverslag, staan op onze website.")
    _kop(doc, "6.2 Ouders en het leren van hun kind", 2)
    _p(doc,
       "In september voeren we met alle ouders een omgekeerd oudergesprek; in november en maart "
       "zijn er voortgangsgesprekken, in juni een facultatief gesprek na het rapport. De "
       "kleutergroepen hebben twee ochtenden per week een inloop. In groep 3 krijgen ouders in "
       "oktober een avond over het leesonderwijs en een leespakket voor thuis. Per schooljaar "
       "organiseren we voor groep 1 tot en met 4 ouder-kindleesochtenden waarin ouders samen met hun "
       "kind lezen en tips meekrijgen voor thuis. Ouders helpen daarnaast bij de bibliotheek, "
       "excursies en de sportdag; de ouderraad organiseert de feesten.")
    _kop(doc, "6.3 Medezeggenschap", 2)
    _p(doc,
       "Onze MR bestaat uit drie ouders en drie teamleden en vergadert zes keer per jaar. De directeur "
       "legt voorgenomen besluiten niet pas voor als ze klaar zijn, maar bespreekt ze eerst als "
       "schets. Zo dacht de MR in 2024 mee over de invoering van het continurooster en over de "
       "besteding van de werkdrukmiddelen, en kwam de oudergeleding met het voorstel voor de "
       "ouder-kindleesochtenden. Bij de formatie en de begroting krijgt de MR in maart een "
       "eerste versie, zodat er nog ruimte is om bij te sturen. De MR legt in een jaarverslag "
       "verantwoording af aan ouders en team.")
    _kop(doc, "6.4 Partners in de wijk", 2)
    _p(doc,
       "We werken nauw samen met de peutergroep in ons gebouw: de pedagogisch medewerkers en onze "
       "kleuterleerkrachten werken met dezelfde thema’s en dragen elk kind over met een "
       "overdrachtsformulier en een gesprek. De buitenschoolse opvang gebruikt na schooltijd ons "
       "speellokaal. Met de Nieuwe Bibliotheek hebben we een Bibliotheek op school: een leesconsulent "
       "komt tien keer per jaar en de schoolbibliotheek wordt elke week door ouders bemand. "
       "Welzijnsorganisatie De Schoor organiseert in ons gebouw op dinsdag en donderdag naschoolse "
       "sport en spel. De schoolmaatschappelijk werker heeft elke donderdagochtend spreekuur in de "
       "school en het wijkteam Almere Haven en de jeugdverpleegkundige van de GGD schuiven aan bij "
       "het ondersteuningsteam. Met de wijkagent lopen we eens per jaar rond de school om te kijken "
       "naar verkeersveiligheid.")

    # 7 Doelen -------------------------------------------------------------------------
    _kop(doc, "7. Onze doelen 2025-2029", 1)
    _p(doc,
       "Hieronder staan per venster van Koers 22 de doelen die wij de komende vier jaar willen "
       "bereiken. Elk jaar nemen we een deel van deze doelen op in het jaarplan.")
    for titel, rijen in DOELEN.items():
        _kop(doc, titel, 2)
        tabel(doc, ["Doel", "Meetbaar resultaat", "Wanneer"], rijen, breedtes=[5.0, 8.0, 3.6])
        _p(doc, "")
    _kop(doc, "7.5 Vaststelling", 2)
    _p(doc,
       "Dit schoolplan is op 10 juni 2025 in het team besproken en door de directeur aan de MR "
       "voorgelegd. Na vaststelling door het College van Bestuur van ASG geldt het voor de periode "
       "1 augustus 2025 tot en met 31 juli 2029.")
    _p(doc, "De MR heeft op 24 juni 2025 ingestemd.")

    doc.core_properties.author = "Sanne Verhoef"
    doc.core_properties.title = "Schoolplan OBS De Windroos 2025-2029"
    doc.core_properties.created = datetime.datetime(2025, 6, 25, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 6, 25, 9, 0, 0)
    doc.core_properties.last_modified_by = "Sanne Verhoef"
    doc.core_properties.revision = 1
    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 25, 9, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_31_windroos_koersmatrix.docx")
