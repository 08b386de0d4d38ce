"""Plan 07: Montessorischool De Kiem (PO, algemeen bijzonder), schoolplan 2024-2028.

Ontwerp: gemengd; een deel van de koppen is een echte Heading-stijl, een deel is een
vette Normal-alinea. Doelen staan als lopende tekst in de hoofdstukken, plus een
meerjarenplanning in een tabel met de schooljaren als kolommen. De doelen van het
bestuur worden alleen in het hoofdstuk over het team letterlijk geciteerd. Periode
"2024-2028"; de MR heeft ingestemd (hoofdstuk Vaststelling).

Alleen python-docx en de standaardbibliotheek; deterministisch.
"""

import datetime
import io
import pathlib
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VOETTEKST = "Montessorischool De Kiem | Schoolplan 2024-2028"

OMSLAG = [
    ("Montessorischool De Kiem", 24, True),
    ("Schoolplan 2024-2028", 20, True),
    ("\u201cHelp mij het zelf te doen\u201d", 14, False),
    ("Almere Buiten", 12, False),
]

INHOUD = [
    "Woord vooraf",
    "1  Wie wij zijn",
    "2  Ons onderwijs",
    "3  Elk kind in beeld",
    "4  Ons team",
    "5  Ouders en omgeving",
    "6  Kwaliteit",
    "7  Meerjarenplanning 2024-2028",
    "Vaststelling",
]

# "# " Heading 1, "## " Heading 2, "B1 " vette Normal-alinea als hoofdstukkop,
# "B2 " vette Normal-alinea als tussenkop, "- " opsomming, "[[TABEL]]" meerjarenplanning.
TEKST = """
B1 Woord vooraf

Dit is het schoolplan van Montessorischool De Kiem voor de periode 2024-2028. We beschrijven erin wie we zijn, waar we de komende vier jaar aan werken en hoe we dat aanpakken. Het plan is geschreven door de directeur samen met een werkgroep van vier leerkrachten, en besproken met het hele team op de studiedagen van november 2023 en februari 2024. Ouders konden in maart 2024 reageren op een samenvatting; hun reacties zijn verwerkt.

Het vorige schoolplan stond vooral in het teken van de verhuizing naar ons nieuwe gebouw en het herstel na de coronajaren. Nu het gebouw klaar is en het team weer op sterkte, kijken we vooruit. We willen ons Montessori-onderwijs verdiepen en op een paar plekken vernieuwen, zonder de kern uit het oog te verliezen: kinderen die zelfstandig, geconcentreerd en met plezier leren.

Joost van Wijk, directeur

# 1 Wie wij zijn

De Kiem is een algemeen bijzondere basisschool op montessoriaanse grondslag in Almere Buiten. De school is in 1998 opgericht op initiatief van een groep ouders en maakt sinds 2008 deel uit van de Almeerse Scholen Groep. In 2022 verhuisden we naar een nieuw gebouw aan de rand van het park.

B2 Onze leerlingen

Op 1 oktober 2023 telde de school 214 leerlingen. Zij zitten in acht heterogene groepen: drie onderbouwgroepen (4 tot 6 jaar), drie middenbouwgroepen (6 tot 9 jaar) en twee bovenbouwgroepen (9 tot 12 jaar). Ouders kiezen bewust voor onze school; ze komen niet alleen uit de buurt, maar uit heel Almere Buiten en ook uit Almere Stad. De schoolweging van De Kiem is 27,9, lager dan het landelijk gemiddelde. Voor de onderbouw hebben we een wachtlijst.

B2 Onze visie

Maria Montessori ging ervan uit dat ieder kind een innerlijke drang heeft om zich te ontwikkelen. De volwassene helpt het kind door een voorbereide omgeving te bieden en het goed te observeren. Daaruit volgen onze uitgangspunten: vrijheid in gebondenheid, leren in groepen met kinderen van verschillende leeftijden, leren met concreet materiaal, en zelfstandigheid. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. We willen dat kinderen De Kiem verlaten als mensen die weten wat ze kunnen, die zelf hun werk kunnen plannen en die nieuwsgierig zijn gebleven.

B2 Ons gebouw

Het nieuwe gebouw is ontworpen met de Montessori-uitgangspunten als leidraad. Ieder lokaal heeft open kasten op kindhoogte en een eigen deur naar buiten. De lokalen liggen aan een brede leerstraat waar kinderen rustig kunnen werken. Het gebouw is energieneutraal, met een innovatieve warmtepomp en zonnepanelen op het hele dak. Rond de school liggen een moestuin en een natuurlijke speelplaats. De schooltijden zijn van 8.30 tot 14.30 uur, op woensdag tot 12.30 uur. De begroting is op orde; naast de gewone uitgaven reserveren we jaarlijks een vast bedrag voor de vervanging van Montessori-materiaal, dat intensief wordt gebruikt.

B2 Onze resultaten

De resultaten van onze leerlingen zijn al jaren goed. Bij de doorstroomtoets van 2024 behaalde 98 procent van de leerlingen het fundamentele niveau 1F en 71 procent het streefniveau 2F/1S, beide ruim boven de signaleringswaarden die de inspectie voor onze school hanteert. Het laatste inspectiebezoek, in 2019, leverde een basisarrangement op zonder herstelopdrachten. Opvallend is dat de resultaten voor rekenen achterblijven bij die voor lezen en taalverzorging; daar komen we in hoofdstuk 2 op terug.

B2 Terugblik op de vorige planperiode

In het schoolplan 2020-2024 stonden drie onderwerpen centraal: de verhuizing naar het nieuwe gebouw, de inrichting van de leerstraat en het opnieuw vastleggen van de leerlijnen taal en rekenen. De verhuizing is in de herfstvakantie van 2022 zonder lesuitval verlopen, en de leerstraat wordt door de kinderen intensief gebruikt. De leerlijn taal is afgerond; de leerlijn rekenen ligt er, maar de analyse van de resultaten laat zien dat er in de middenbouw nog werk te doen is. Door de schoolsluitingen in 2020 en 2021 en het vertrek van vier ervaren collega's is de scholing van het team in die jaren achtergebleven. Daarom krijgt die in dit plan extra aandacht.

# 2 Ons onderwijs

## Leerlijnen en materiaal

In onze groepen werken kinderen grotendeels zelfstandig aan hun eigen werk, afgewisseld met korte instructies, de lesjes, aan een paar kinderen tegelijk. Het Montessori-materiaal vormt de basis voor taal en rekenen in de onder- en middenbouw. Om zeker te weten dat we de kerndoelen dekken en dat kinderen aan het eind van de basisschool de referentieniveaus halen, werken we met de Montessori-leerlijnen, aangevuld met een methode voor spelling en voor begrijpend lezen in de bovenbouw. Vanaf de middenbouw noteert elk kind in zijn werkplan wat het die week gaat doen. De leerkracht bespreekt dat plan op maandag en op vrijdag met het kind en zorgt dat alle leergebieden aan bod komen.

## De onderbouw

In de onderbouw leren kinderen van vier, vijf en zes jaar samen. Veel tijd gaat naar de oefeningen van het dagelijks leven: zelf je jas ophangen, water inschenken, de tafel afnemen, een plant verzorgen. Die oefeningen lijken eenvoudig, maar ze leren kinderen zich te concentreren, handelingen in de goede volgorde uit te voeren en zelfstandig te werken. Daarnaast werken kinderen met het zintuiglijk materiaal en maken ze kennis met letters en hoeveelheden. De oudste kleuters krijgen lesjes met de schuurpapierletters en het rekenmateriaal, zodat ze goed voorbereid de overstap naar de middenbouw maken. De ontwikkeling volgen we met observaties langs de leerlijnen voor het jonge kind.

## Taal en lezen

Lezen leren kinderen bij ons in de middenbouw met het Montessori-taalmateriaal: eerst klanken en letters, dan woorden en zinnen, en al vroeg ook zelf schrijven. Voor technisch lezen werken we daarnaast met leesboeken op niveau, en kinderen lezen elke dag zelfstandig in een boek dat ze zelf kiezen. In de bovenbouw staat de grammatica met het Montessori-materiaal centraal, en werken kinderen met een methode voor begrijpend lezen en voor spelling. Kinderen schrijven veel: verslagen van hun onderzoek in het kosmisch onderwijs, verhalen en brieven. De resultaten voor lezen en taalverzorging liggen boven het landelijk gemiddelde, en dat willen we zo houden.

## Rekenen

Uit de analyse van de toetsgegevens blijkt dat een deel van de kinderen in de middenbouw te lang met het concrete materiaal blijft werken en de overstap naar abstract rekenen te laat maakt. In de bovenbouw moeten zij dat inhalen. In 2024-2025 beschrijft een werkgroep van leerkrachten voor elke rekenlijn hoe en wanneer een kind van het materiaal naar het rekenen op papier en uit het hoofd gaat, met signalen waaraan de leerkracht ziet dat een kind daaraan toe is. Vanaf 2025-2026 werken alle middenbouwgroepen met deze route; het team krijgt daarvoor twee scholingsmiddagen. In juni 2026 bekijken we aan de hand van het leerlingvolgsysteem of het verschil tussen rekenen en lezen kleiner wordt.

## Kosmisch onderwijs

Wereldoriëntatie heet bij ons kosmisch onderwijs: kinderen leren hoe alles in de wereld met elkaar samenhangt. We beginnen bij de vragen van de kinderen zelf. Aan het begin van een periode verzamelen we in de kring wat kinderen over het onderwerp willen weten, en die vragen bepalen mee welke lesjes en materialen de leerkracht klaarzet. In de bovenbouw kiezen kinderen zelf een onderwerp voor een werkstuk en een presentatie. De onderwerpen sluiten aan bij wat er in hun leven gebeurt: de bouw van de nieuwe wijk naast de school, de dieren in het park, de reis van een klasgenoot naar familie ver weg. We gaan de komende jaren de grote vertellingen van het kosmisch onderwijs en de bijbehorende lesjes opnieuw vastleggen in een leerlijn voor alle bouwen; die leerlijn is klaar in 2025-2026.

## De werkplaats

Kinderen groeien op in een wereld vol techniek, en willen weten hoe dingen werken. In 2024-2025 richten we een lokaal in als werkplaats, waar bovenbouwleerlingen werken met hout, eenvoudige elektronica en programmeerbare bouwpakketten, en waar ze ontwerpen en maken wat ze in het kosmisch onderwijs hebben onderzocht. Vanaf 2025-2026 werken alle bovenbouwgroepen er wekelijks, vanaf 2026-2027 ook de middenbouw. In 2025-2026 voeren we daarnaast een leerlijn digitale geletterdheid in, van veilig internetgebruik tot eenvoudig programmeren.

## Expressie en bewegen

Muziek, beeldende vorming en drama horen bij het kosmisch onderwijs en krijgen daarnaast een eigen plek in het weekrooster. Iedere groep heeft wekelijks een les muziek van de eigen leerkracht, en in de bovenbouw sluiten we elk schooljaar af met een voorstelling die de kinderen zelf schrijven en maken. De vakleerkracht bewegingsonderwijs geeft alle groepen vanaf de middenbouw twee lessen per week in de gymzaal naast de school; de onderbouw speelt dagelijks buiten en heeft een bewegingsles in het speellokaal.

## Het portfolio

Kinderen krijgen nu twee keer per jaar een rapport met beschrijvingen. We vervangen het rapport stap voor stap door een digitaal portfolio. Kinderen nemen daarin zelf werk op waar ze trots op zijn, met een korte toelichting, en de leerkracht houdt er de voortgang op de leerlijnen in bij. In 2024-2025 probeert de bovenbouw het portfolio uit; in 2025-2026 volgt de rest van de school en in 2026-2027 verdwijnt het oude rapport. Ouders kunnen het portfolio thuis bekijken en bespreken het met hun kind en de leerkracht in het driegesprek (zie hoofdstuk 5).

B2 Burgerschap

Burgerschap is een wettelijke opdracht. Wij hebben daarvoor een apart burgerschapsplan, dat in 2024-2025 wordt geactualiseerd.

B1 3 Elk kind in beeld

B2 Volg het kind

Observeren is het belangrijkste gereedschap van een Montessori-leerkracht. Elke leerkracht observeert dagelijks een paar kinderen gericht en noteert wat hij ziet: waar kiest het kind voor, hoe lang kan het zich concentreren, welk materiaal heeft het nodig? Daarnaast heeft elk kind iedere week een kort gesprek met de leerkracht over zijn werkplan. Zo kent de leerkracht niet alleen de resultaten, maar ook de interesses en de zorgen van ieder kind. Een kind dat zich terugtrekt, of juist telkens hetzelfde werk kiest, valt zo snel op. In de onderbouw doet de leerkracht dat in de kring en tijdens het werken, met een eenvoudige vorm van het werkplan met plaatjes.

B2 Het leerlingvolgsysteem

Naast de observaties nemen we vanaf de middenbouw twee keer per jaar de toetsen van het leerlingvolgsysteem af voor technisch lezen, spelling, begrijpend lezen en rekenen. De uitkomsten vergelijken we met wat de leerkracht heeft geobserveerd. In 2024-2025 voeren we een digitaal observatie-instrument in dat aansluit bij de Montessori-leerlijnen, zodat observaties en toetsgegevens in één overzicht staan. Drie keer per jaar bespreekt de intern begeleider met iedere leerkracht de groep: hoe ontwikkelen de kinderen zich, wie heeft iets anders nodig, en wat spreken we af?

B2 Ondersteuning

Ons schoolondersteuningsprofiel beschrijft welke ondersteuning we bieden. Tot de basisondersteuning horen de lesjes op maat in de eigen groep, de aanpak bij dyslexie volgens het landelijke protocol, en extra begeleiding door een onderwijsassistent in een klein groepje. Kinderen die meer aankunnen, werken één ochtend per week in Het Lab, onze plusgroep voor de midden- en bovenbouw. Voor kinderen die meer nodig hebben dan we zelf kunnen bieden, vragen we bij het samenwerkingsverband een arrangement aan, bijvoorbeeld begeleiding door een ambulant begeleider. Kinderen die op een of meer vakken een eigen leerlijn volgen, krijgen een ontwikkelingsperspectief; op dit moment zijn dat vier kinderen.

Montessori-onderwijs past bij veel kinderen, maar niet bij alle. Kinderen die veel sturing van buitenaf nodig hebben en moeite hebben om zelf keuzes te maken in een omgeving met veel vrijheid, komen bij ons soms minder tot hun recht. In het kennismakingsgesprek bespreken we dat eerlijk met ouders. Ook voor kinderen die intensieve lichamelijke verzorging nodig hebben, is de school niet toegerust.

B2 Een veilige school

Kinderen moeten zich veilig voelen om zelf keuzes te durven maken. We meten de sociale veiligheid jaarlijks met een vragenlijst voor de kinderen vanaf acht jaar; in 2023 gaf 96 procent aan zich veilig te voelen op school. De school heeft een anti-pestcoördinator en een vertrouwenspersoon, en een pestprotocol dat in 2023 is geactualiseerd. Incidenten worden geregistreerd en elk kwartaal besproken in het managementoverleg. Twee keer per jaar oefenen we de ontruiming van het gebouw.

B2 Van bouw naar bouw

Omdat kinderen drie jaar in dezelfde groep zitten, kent de leerkracht hen goed. De overstap naar een volgende bouw is daarom een belangrijk moment. In juni draagt de leerkracht ieder kind over aan de nieuwe leerkracht, met de observaties, het werkplan en de afspraken over ondersteuning. Kinderen gaan vóór de zomervakantie twee ochtenden meedraaien in hun nieuwe groep.

# 4 Ons team

In het Montessori-onderwijs is de leerkracht de schakel tussen het kind en de voorbereide omgeving. Dat vraagt veel vakmanschap: goed kunnen observeren, de materialen door en door kennen, en op het juiste moment het juiste lesje geven.

## Waar willen we staan? (Koers 22, venster 2: Personeel in positie)

Ons bestuur heeft in Koers 22 voor het personeel de volgende doelen geformuleerd:

- Medewerkers voelen zich betrokken bij en trots op ASG.
- ASG heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.
- Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van bijeenkomsten, en het volgen cursussen en programma’s van de ASG Academie.
- Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur van ASG.
- Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.
- Medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.
- Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.
- ASG heeft vitale werknemers.
- We zetten de talenten van onze medewerkers in voor de gehele organisatie.
- De jaarlijkse gesprekscyclus is ASG-breed geïmplementeerd.

## Wat doen wij?

B2 Ons team

Ons team bestaat uit 22 medewerkers: veertien leerkrachten, een intern begeleider, drie onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een administratief medewerker, een conciërge en de directeur. Elf van de veertien leerkrachten hebben het Montessori-diploma.

B2 Het Montessori-diploma

We vinden het belangrijk dat iedere leerkracht het Montessori-diploma heeft. De drie collega's die het nog niet hebben, volgen de opleiding in 2024-2025 en 2025-2026; de school betaalt de opleiding en geeft hun een halve dag per week vrij voor de praktijkopdrachten. Ons doel is dat in juni 2026 alle leerkrachten gediplomeerd zijn. De onderwijsassistenten volgen de korte Montessori-cursus voor assistenten. Daarnaast volgt iedere leerkracht jaarlijks ten minste één scholing die past bij de speerpunten uit dit plan; alle scholing wordt vastgelegd in het personeelsdossier.

B2 Een eigen onderzoeksvraag

Iedere leerkracht kiest aan het begin van het schooljaar een vraag uit de eigen praktijk waar hij nieuwsgierig naar is, bijvoorbeeld hoe kinderen in de middenbouw beter leren plannen, of waarom sommige kinderen het materiaal voor breuken links laten liggen. Hij onderzoekt die vraag in zijn eigen groep, met observaties en gesprekken met kinderen, en legt wat hij vindt vast in zijn ontwikkeldossier. Niemand legt die vraag op; de enige afspraak is dat er een vraag is.

B2 Kijken bij anderen

Elk jaar gaan twee koppels leerkrachten op bezoek bij een Montessori- of andere vernieuwingsschool elders in het land. Ieder koppel neemt één idee mee terug en probeert dat in de eigen groepen uit. Zo kwamen we in 2023 op het idee van de werkplaats, na een bezoek aan een school in Utrecht.

B2 De gesprekkencyclus

Iedere medewerker heeft jaarlijks een doelengesprek in september en een ontwikkelgesprek in maart. Tussen die gesprekken bezoekt de directeur of onze Montessori-coach de groep minstens twee keer, met een kijkwijzer die is gebaseerd op de Montessori-uitgangspunten: de voorbereide omgeving, het observeren en het geven van lesjes. Om de drie jaar volgt een beoordelingsgesprek. Alle afspraken worden vastgelegd in het digitale personeelsdossier.

B2 Nieuwe collega's

Nieuwe collega's starten met een inwerkprogramma van een jaar. Ze krijgen een vaste begeleider uit de eigen bouw, lopen in de eerste weken een dag mee in een andere groep en hebben iedere maand een gesprek met de directeur. Wie nog geen Montessori-diploma heeft, begint in het eerste of tweede jaar met de opleiding. In het eerste jaar bezoekt de Montessori-coach de groep van een nieuwe collega minstens vier keer.

B2 Samen met andere Montessorischolen

De vier Montessorischolen van ASG werken samen in een netwerk. De bouwcoördinatoren van de vier scholen komen vier keer per jaar bij elkaar om materialen, leerlijnen en ervaringen uit te wisselen. Onze bouwcoördinator bovenbouw is ook opleider bij een Montessori-opleiding. Sinds 2023 geeft zij twee keer per jaar een inleidende cursus Montessori voor leerkrachten van andere ASG-scholen die met Montessori-materiaal willen gaan werken.

B1 5 Ouders en omgeving

B2 Ouders

Ouders kiezen bewust voor Montessori-onderwijs, maar weten lang niet altijd hoe hun kind op school werkt. Daarom organiseren we drie keer per jaar een kijkochtend, waarop ouders een uur in de groep meekijken en hun kind laat zien waar het mee bezig is. Vanaf de middenbouw voeren we twee keer per jaar een driegesprek met het kind, de ouders en de leerkracht, aan de hand van het portfolio. Het kind vertelt zelf wat het heeft geleerd en waar het de komende periode aan wil werken. Nieuwe ouders nodigen we uit voor een avond waarop ze zelf met het Montessori-materiaal werken. Ook helpen ouders op veel manieren mee op school: bij het onderhoud van de moestuin, bij uitstapjes en bij het herstellen en aanvullen van het materiaal. We willen dat in 2026 ieder kind minstens één keer per jaar een ouder op de kijkochtend heeft gehad.

B2 Peuteropvang en omgeving

In ons gebouw zit de peutergroep van een kinderopvangorganisatie die ook volgens Montessori werkt. Samen maken we een doorgaande lijn: de pedagogisch medewerkers en onze onderbouwleerkrachten volgen samen scholing, gebruiken hetzelfde materiaal en peuters komen in hun laatste maanden een paar keer meespelen in de onderbouw. Met de stadsboerderij in het park hebben we vaste afspraken: elke middenbouwgroep gaat er vier keer per jaar heen voor het kosmisch onderwijs, en bovenbouwers helpen er in het voorjaar in de moestuin. De bibliotheek in het winkelcentrum verzorgt een wisselcollectie voor alle groepen.

B2 De overstap naar het voortgezet onderwijs

Ongeveer 40 procent van onze leerlingen gaat naar de Montessorischool voor voortgezet onderwijs van ASG, de anderen naar andere scholen in Almere. Met die school hebben we afspraken gemaakt over de overdracht. De brugklasmentor komt in juni kennismaken in de bovenbouwgroep, de kinderen lopen in mei een ochtend mee op hun nieuwe school, en in november van het eerste jaar krijgen we een terugkoppeling over hoe onze oud-leerlingen het doen. Die terugkoppeling bespreken we met de bovenbouwleerkrachten.

# 6 Kwaliteit

Ieder jaar maken we op basis van de meerjarenplanning in hoofdstuk 7 een jaarplan. In januari kijken we met het team waar we staan; in juni evalueren we en schrijven we het jaarverslag. Jaarplan en jaarverslag gaan naar de MR en naar het bestuur. Om te weten hoe het gaat, gebruiken we de analyses van het leerlingvolgsysteem (twee keer per jaar), de groepsbezoeken, de jaarlijkse vragenlijst over sociale veiligheid, en om de twee jaar een tevredenheidspeiling onder ouders, kinderen en team.

Daarnaast laten we ons eens in de vier jaar visiteren door de Nederlandse Montessori Vereniging. Een visitatiecommissie beoordeelt dan of ons onderwijs voldoet aan de kwaliteitskaart voor Montessori-onderwijs. De volgende visitatie is in het voorjaar van 2026; de aanbevelingen nemen we op in het jaarplan van 2026-2027.

# 7 Meerjarenplanning 2024-2028

In de tabel staat per schooljaar waar we aan werken. De planning is de basis voor de jaarplannen; als de evaluatie daar aanleiding toe geeft, passen we haar aan.

[[TABEL]]

B1 Vaststelling

Dit schoolplan voor de periode 2024-2028 is opgesteld door de directeur van Montessorischool De Kiem en besproken met het team. De medezeggenschapsraad heeft op 4 juni 2024 ingestemd met het schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 25 juni 2024 vastgesteld.

Namens de school: J. van Wijk, directeur

Namens de medezeggenschapsraad: S. Aydın, voorzitter

Namens het bestuur: M. Kramer, lid College van Bestuur
"""

PLANNING_KOP = ["Thema", "2024-2025", "2025-2026", "2026-2027", "2027-2028"]
PLANNING = [
    ["Rekenen: van materiaal naar abstract", "Route per rekenlijn beschrijven",
     "Invoeren in alle middenbouwgroepen; twee scholingsmiddagen; evaluatie met leerlingvolgsysteem (juni 2026)",
     "Bijstellen", "Borgen"],
    ["Kosmisch onderwijs", "Vertellingen en lesjes beschrijven", "Leerlijn klaar voor alle bouwen",
     "Evaluatie met kinderen en ouders", "Borgen"],
    ["Werkplaats", "Lokaal inrichten; proef in de bovenbouw", "Alle bovenbouwgroepen wekelijks",
     "Ook de middenbouw", "Evaluatie"],
    ["Digitale geletterdheid", "Leerlijn kiezen", "Leerlijn invoeren", "Evaluatie", "Borgen"],
    ["Portfolio", "Proef in de bovenbouw", "Hele school", "Rapport vervalt", "Evaluatie met ouders"],
    ["Observatie-instrument", "Invoeren", "Koppelen aan het portfolio", "\u2013", "\u2013"],
    ["Montessori-diploma", "Drie leerkrachten in opleiding", "Alle leerkrachten gediplomeerd",
     "\u2013", "\u2013"],
    ["Eigen onderzoeksvraag leerkrachten", "Iedere leerkracht een vraag", "Iedere leerkracht een vraag",
     "Iedere leerkracht een vraag", "Iedere leerkracht een vraag"],
    ["Ouders", "Driegesprekken midden- en bovenbouw", "Kijkochtenden uitbreiden",
     "Ieder kind een ouder op de kijkochtend", "Evaluatie"],
    ["Burgerschapsplan", "Actualiseren", "Invoeren", "\u2013", "\u2013"],
    ["Visitatie Montessori Vereniging", "Zelfevaluatie", "Visitatie (voorjaar 2026)",
     "Aanbevelingen uitvoeren", "\u2013"],
    ["Schoolplan", "\u2013", "\u2013", "Tussenevaluatie schoolplan", "Nieuw schoolplan 2028-2032"],
]


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _tabel(doc, kop, rijen):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    for cel, tekst in zip(tabel.rows[0].cells, kop):
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    kopregel = OxmlElement("w:tblHeader")
    kopregel.set(qn("w:val"), "true")
    trpr.append(kopregel)
    for rij in rijen:
        for cel, tekst in zip(tabel.add_row().cells, rij):
            cel.text = tekst
    doc.add_paragraph()


def _vet(doc, tekst, grootte):
    p = doc.add_paragraph()
    run = p.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)


def _tekst(doc, tekst):
    for blok in tekst.strip().split("\n\n"):
        regels = [r for r in blok.split("\n") if r.strip()]
        if not regels:
            continue
        eerste = regels[0]
        if eerste.startswith("# "):
            doc.add_heading(eerste[2:], level=1)
        elif eerste.startswith("## "):
            doc.add_heading(eerste[3:], level=2)
        elif eerste.startswith("B1 "):
            _vet(doc, eerste[3:], 16)
        elif eerste.startswith("B2 "):
            _vet(doc, eerste[3:], 11)
        elif eerste == "[[TABEL]]":
            _tabel(doc, PLANNING_KOP, PLANNING)
        elif eerste.startswith("- "):
            for regel in regels:
                doc.add_paragraph(regel[2:], style="List Bullet")
        else:
            doc.add_paragraph(" ".join(regels))


def _bewaar(doc, path, datum):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer bytegelijk is."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as bron, zipfile.ZipFile(str(path), "w") as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=datum)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))


def build(path: pathlib.Path) -> None:
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    props = doc.core_properties
    props.title = "Schoolplan 2024-2028 Montessorischool De Kiem"
    props.author = "J. van Wijk"
    props.created = datetime.datetime(2024, 6, 25, 14, 0, 0)
    props.modified = datetime.datetime(2024, 6, 25, 14, 0, 0)
    props.last_modified_by = "J. van Wijk"
    props.revision = 7

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = VOETTEKST
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for _ in range(7):
        doc.add_paragraph()
    for tekst, grootte, vet in OMSLAG:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_page_break()

    _vet(doc, "Inhoud", 16)
    for titel in INHOUD:
        doc.add_paragraph(titel)
    doc.add_page_break()

    _tekst(doc, TEKST)
    _bewaar(doc, path, (2024, 6, 25, 14, 0, 0))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_07_dekiem.docx"))
