# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van openbare basisschool De Kaapstander (Almere Haven).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Het plan is een doorlopend verhaal van de directeur, met alleen Heading 1 per hoofdstuk.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm


def _taal_nl(doc):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_def = defaults.find(qn("w:rPrDefault"))
    if rpr_def is None:
        rpr_def = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_def)
    rpr = rpr_def.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_def.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(9)
    onderdelen = []
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "begin")
    onderdelen.append(el)
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " PAGE "
    onderdelen.append(el)
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "separate")
    onderdelen.append(el)
    el = OxmlElement("w:t")
    el.text = "1"
    onderdelen.append(el)
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    onderdelen.append(el)
    for o in onderdelen:
        run._r.append(o)


HOOFDSTUKKEN = [
    ("Waarom dit plan een verhaal is", [
        "Voor u ligt het schoolplan van openbare basisschool De Kaapstander voor de schooljaren 2024-2025 tot en "
        "met 2027-2028. Ik heb het geschreven als directeur, maar het is een plan van ons allemaal: van het team, "
        "van de kinderen en van hun ouders. Daarom schrijf ik in de wij-vorm.",

        "Eerlijk gezegd hebben wij het vorige schoolplan na de vaststelling in 2020 weinig meer opengeslagen. Het "
        "was een degelijk document vol schema's en tabellen, maar niemand in het team kon je na een jaar vertellen "
        "wat erin stond. Dit keer wilden we een plan dat je in één avond kunt lezen en dat je daarna kunt "
        "navertellen. We hebben daarom gekozen voor een doorlopend verhaal: wie we zijn, wat we belangrijk "
        "vinden, hoe we lesgeven, hoe we de kinderen volgen, hoe we als team werken, hoe we samenwerken met ouders "
        "en de wijk, en hoe we bijhouden of het goed gaat. In het laatste hoofdstuk staat wat we ons voor de "
        "komende vier jaar voornemen. Dat hoofdstuk vormt de basis voor onze jaarplannen.",

        "Het plan is tussen oktober 2023 en april 2024 tot stand gekomen. Op drie teamavonden hebben we de koers "
        "van de Almeerse Scholen Groep naast onze eigen praktijk gelegd en ons afgevraagd wat die koers betekent "
        "voor een school met 248 kinderen aan de rand van het Gooimeer. De kinderraad heeft in januari een "
        "ochtend met mij gepraat over wat er beter kan (de belangrijkste wens: meer buiten leren en een "
        "schoolplein waar je niet alleen kunt voetballen). Twaalf ouders kwamen op een koffieochtend in februari "
        "meedenken. De medezeggenschapsraad heeft in april een conceptversie gelezen en ons daarover advies "
        "gegeven. Een aantal van die adviezen, onder andere over de communicatie met ouders, hebben we verwerkt. "
        "Het definitieve plan leggen we op 11 juni 2024 aan de MR voor.",

        "Anouk Terpstra, directeur",
    ]),
    ("Onze school aan het Gooimeer", [
        "De Kaapstander staat sinds 1979 in Almere Haven, de oudste kern van Almere. Toen de school openging, "
        "woonden hier vooral jonge gezinnen uit Amsterdam en het Gooi; de eerste leerkrachten vertellen nog "
        "steeds over de modderpaden en de bouwketen. Inmiddels is Haven een wijk met een heel eigen karakter: "
        "een oude haven met een dorpse sfeer, de dijk langs het Gooimeer, veel groen en woonerven, en een "
        "bevolking die vergrijst. Tegelijk wordt er in en rond het centrum van Haven weer gebouwd, zodat er de "
        "komende jaren nieuwe gezinnen bij komen.",

        "Op 1 oktober 2023 telde onze school 248 leerlingen, verdeeld over elf groepen. Vijf jaar geleden waren "
        "dat er nog 291. De daling is vooral het gevolg van de vergrijzing in onze buurten; de gemeente verwacht "
        "dat het aantal kinderen vanaf 2026 weer licht stijgt. Onze kinderen komen voor het grootste deel uit De "
        "Werven en De Marken en een kleiner deel uit het centrum van Haven. Ongeveer een op de vier kinderen "
        "groeit op in een gezin waar thuis ook een andere taal wordt gesproken, vaak Papiaments, Turks, Arabisch "
        "of Pools. De schoolweging van het CBS is 33,1; dat is hoger dan het landelijk gemiddelde en betekent dat "
        "veel van onze kinderen thuis minder vanzelfsprekend extra steun krijgen bij het leren. In ons gebouw "
        "zit ook een peutergroep, die door een kinderopvangorganisatie wordt gerund. Ongeveer twee derde van onze "
        "kleuters heeft daar eerder gespeeld.",

        "Ons team bestaat uit 23 mensen: zestien leerkrachten, een intern begeleider, twee onderwijsassistenten, "
        "een vakleerkracht bewegingsonderwijs, een administratief medewerker, een conciërge en ikzelf. De "
        "gemiddelde leeftijd is 44 jaar. Vier collega's werken hier al meer dan twintig jaar, vijf collega's "
        "korter dan drie jaar. De inspectie heeft ons in het najaar van 2022 bezocht in het kader van het "
        "vierjaarlijks onderzoek bij ASG en beoordeelde de onderzochte standaarden als voldoende. Het "
        "pedagogisch klimaat werd genoemd als sterk punt; als aandachtspunt noemde de inspectie de "
        "afstemming van de instructie op verschillen tussen kinderen.",
    ]),
    ("Waar wij voor staan", [
        "Als je ouders vraagt waarom ze voor De Kaapstander kiezen, hoor je vaak hetzelfde: het is een school "
        "waar je gekend wordt. Dat willen we zo houden. Onze opdracht is dat elk kind onze school verlaat met een "
        "stevige basis in taal en rekenen, met vertrouwen in zichzelf en met een open blik naar anderen. Daarbij "
        "sluiten we aan bij de missie van ons bestuur: goed onderwijs maken we samen, en elke school geeft daar "
        "haar eigen kleur aan. Onze kleur is die van een kleine, warme buurtschool die stevig wil presteren.",

        "De vier kernwaarden van ASG hebben we op onze teamavonden vertaald naar onze eigen school. Onze cultuur "
        "is gastvrij, iedereen voelt zich welkom. Dat is voor ons geen slogan. Elke ochtend staan twee collega's "
        "bij de ingangen om kinderen en ouders te begroeten. Nieuwe gezinnen krijgen een rondleiding van twee "
        "kinderen uit groep 8 en na zes weken een welkomstgesprek met de leerkracht, waarin we vragen hoe de "
        "eerste weken zijn bevallen. Op vrijdagochtend is er na het brengen een koffie-inloop in de aula, waar "
        "ik zelf bijna altijd bij ben. Ieder kind en iedere collega telt bij ons mee, en dat moet je ook kunnen "
        "merken, bijvoorbeeld aan hoe we elkaar aanspreken.",

        "Open zijn betekent voor ons vooral dat we eerlijk zijn, ook als iets niet goed gaat, en dat ouders ons "
        "makkelijk kunnen vinden. Wij gaan respectvol om met de mensen binnen en buiten de organisatie. We kijken "
        "met belangstelling naar wat kinderen en collega's van thuis meebrengen; die verschillen maken onze "
        "school juist rijker. Dat is ook de kern van ons openbare karakter. De Kaapstander is een school voor "
        "alle kinderen, ongeacht geloof, levensbeschouwing, herkomst of gezinssamenstelling. We vieren op school "
        "geen religieuze feesten als geloofsfeest, maar we besteden in de klas wel aandacht aan het Suikerfeest, "
        "Kerstmis, Divali, Chanoeka en Keti Koti, aan de hand van een feestenkalender die we elk jaar met de "
        "kinderraad bijwerken. In groep 7 en 8 kunnen ouders hun kind aanmelden voor vormingsonderwijs via het "
        "Dienstencentrum GVO en HVO: humanistisch, islamitisch of protestants vormingsonderwijs, een uur per week. "
        "Ongeveer veertig procent van de kinderen doet daaraan mee; de andere kinderen hebben in dat uur "
        "levensbeschouwelijke lessen bij de eigen leerkracht, waarin ze over verschillende levensbeschouwingen "
        "leren en met elkaar in gesprek gaan.",

        "Vooruitstrevend zijn we niet altijd, en dat mag ook gezegd worden. Wij werken met innovatieve en nieuwe "
        "leerconcepten binnen de kaders van onze profilering, zo staat het in onze visie. In de praktijk kiezen "
        "we de komende jaren eerst voor een stevige basis, en pas daarna voor nieuwe experimenten. We willen wel "
        "bijblijven met wat er in het onderwijs aan nieuwe kennis verschijnt, zodat ons onderwijs bij deze tijd "
        "past.",

        "Ambitieus zijn we wel. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Een hoge "
        "schoolweging is voor ons geen reden om de lat lager te leggen, eerder het omgekeerde. Bij het "
        "schooladvies voor het voortgezet onderwijs kiezen we bij twijfel voor het hogere advies of een "
        "gecombineerd advies, en kinderen die daar klaar voor zijn, werken in groep 6 tot en met 8 aan de "
        "leerstof van het streefniveau 1S bij rekenen en 2F bij taal. Wij zijn intrinsiek gemotiveerd om onszelf "
        "te blijven ontwikkelen en professionaliseren, en we zetten ons elke dag voor de volle honderd procent in "
        "voor de kinderen.",
    ]),
    ("Wat en hoe wij de kinderen leren", [
        "Ons onderwijsprogramma is gebaseerd op de kerndoelen voor het primair onderwijs en op de "
        "referentieniveaus voor taal en rekenen. Kinderen gaan per jaar ruim 940 uur naar school. We werken met "
        "het vijf-gelijke-dagenmodel: alle groepen hebben elke dag dezelfde schooltijden en de kinderen eten "
        "met hun leerkracht in de klas. In de groepen 1 en 2 werken we thematisch, met "
        "Onderbouwd als bron voor de doelen en met veel ruimte voor spel. Vanaf groep 3 werken we met Veilig "
        "leren lezen (KIM-versie), Staal voor taal en spelling, Wereld in getallen 5 voor rekenen, Nieuwsbegrip "
        "voor begrijpend lezen. Engels krijgen alle groepen vanaf groep 1, met Take it easy. Voor wereldoriëntatie gebruiken we Blink "
        "Wereld, waarin aardrijkskunde, geschiedenis, natuur en techniek in thema's samenkomen.",

        "We willen dat onze lessen aansluiten bij de wereld waarin onze kinderen opgroeien. Bij elk thema van "
        "Blink zoeken we daarom een verbinding met Haven en omgeving. Bij het thema over water gaan de groepen 5 "
        "en 6 met een boswachter naar de dijk en het Gooimeer, bij het thema over voedsel werken de groepen 3 en "
        "4 een seizoen lang in de moestuin van stadslandgoed De Kemphaan, en in groep 7 onderzoeken de kinderen "
        "hoe Almere is gebouwd, met een wandeling door de oude haven en gesprekken met bewoners van het eerste "
        "uur. We merken dat kinderen die thuis weinig buiten de wijk komen, hier veel nieuwe woorden en "
        "ervaringen opdoen, en dat is voor hun taalontwikkeling belangrijk.",

        "Sinds het schooljaar 2022-2023 werken we in alle groepen met het model van expliciete directe instructie "
        "(EDI). Dat betekent dat een les begint met een duidelijk lesdoel, dat de leerkracht voordoet en hardop "
        "denkt, en dat hij of zij tijdens de les steeds controleert of alle kinderen het begrepen hebben, "
        "bijvoorbeeld met wisbordjes. Kinderen die dat nodig hebben, krijgen daarna verlengde instructie aan de "
        "instructietafel. Bij klassenbezoeken in het voorjaar van 2024 zagen we de kern van EDI terug in 58 procent "
        "van de lessen. Dat is vooruitgang, maar nog niet genoeg.",

        "De resultaten van onze kinderen liggen op een redelijk niveau, maar niet overal waar we ze willen "
        "hebben. Bij de eindtoets van 2023 en de doorstroomtoets van 2024 haalden vrijwel alle kinderen het "
        "fundamentele niveau 1F bij lezen (96 procent) en taalverzorging (92 procent); bij rekenen was dat 88 "
        "procent. Het streefniveau (2F bij lezen en taalverzorging, 1S bij rekenen) haalden we bij lezen met 62 "
        "procent en bij taalverzorging met 55 procent ruim boven de signaleringswaarde die bij onze schoolweging "
        "hoort. Bij rekenen bleven we met 31 procent daar onder. Rekenen is dus de komende jaren ons eerste "
        "speerpunt.",

        "Een school moet kinderen voorbereiden op een wereld die we zelf nog maar half kennen. Wij vinden dat "
        "kinderen daarvoor naast taal en rekenen vooral moeten leren om met informatie en met elkaar om te gaan. "
        "Digitale geletterdheid kwam tot nu toe vooral aan bod als een leerkracht er zelf enthousiast over was. "
        "Vanaf 2024-2025 werken we met de leerlijn van Basicly, waarmee alle groepen aan de slag gaan met "
        "ICT-basisvaardigheden, mediawijsheid, informatievaardigheden en computational thinking. In groep 7 en 8 "
        "besteden we daarbij ook aandacht aan kunstmatige intelligentie: wat is het, wat kun je ermee en wanneer "
        "moet je oppassen?",

        "Burgerschap zit bij ons in de manier waarop we met elkaar omgaan, maar we willen het ook zichtbaar in "
        "het programma hebben. We werken met de methode Kwink voor sociaal-emotioneel leren en burgerschap, een "
        "wekelijkse les in alle groepen. Daarnaast heeft de school een kinderraad, met twee gekozen kinderen uit "
        "elke groep 5 tot en met 8, die zes keer per jaar met mij vergadert en een eigen budget van 750 euro "
        "heeft. De kinderraad heeft in 2023 de nieuwe speelplaatsregels opgesteld. Groep 8 bezoekt elk jaar het "
        "stadhuis en voert daar een debat in de raadszaal. In 2024-2025 stellen we een leerlijn burgerschap vast "
        "waarin staat wat kinderen in elke groep leren over democratie, over gelijkwaardigheid en over omgaan met "
        "verschillen, en welke activiteiten daarbij horen.",
    ]),
    ("Ieder kind in beeld", [
        "Wij hebben zicht op wat onze leerlingen nodig hebben. Zo schrijven we het graag op, maar het is iets waar "
        "we elke dag aan moeten werken. Drie keer per jaar bespreken de leerkracht en de intern begeleider in de "
        "groepsbespreking elk kind: hoe gaat het met leren, hoe gaat het sociaal en emotioneel, en wat heeft dit "
        "kind van ons nodig? We gebruiken daarvoor de toetsen van het leerlingvolgsysteem van Cito (in januari en "
        "juni), de observaties van KIJK! bij de kleuters en de vragenlijsten van ZIEN! voor de sociaal-emotionele "
        "ontwikkeling. Sinds 2023 vragen we de kinderen vanaf groep 5 ook zelf, in een kort kindgesprek voor de "
        "groepsbespreking, wat zij nodig hebben. Dat levert verrassend vaak iets op wat in geen enkele toets "
        "staat. Voor collega's doen we iets vergelijkbaars: in het jaargesprek vraag ik steeds wat iemand nodig "
        "heeft om goed te kunnen werken.",

        "In ons schoolondersteuningsprofiel hebben we beschreven wat we kunnen bieden. Alle kinderen krijgen "
        "basisondersteuning in de groep, met instructie op drie niveaus. Voor kinderen met dyslexie volgen we "
        "het protocol dyslexie en werken we met voorleessoftware. Kinderen die meer uitdaging nodig hebben, gaan "
        "vanaf groep 5 een ochtend per week naar de plusklas, die we samen met een andere ASG-school in Haven "
        "organiseren. Voor kinderen die net zijn ingestroomd en nog weinig Nederlands spreken, hebben we twee "
        "ochtenden per week een onderwijsassistent die in kleine groepjes werkt aan de woordenschat. Onze grenzen "
        "liggen bij kinderen die de hele dag een-op-eenbegeleiding nodig hebben of bij wie de veiligheid van "
        "andere kinderen in de groep niet meer gewaarborgd kan worden. Dat staat ook zo in het profiel, dat we "
        "in 2025 herzien en daarna elk jaar in juni samen met de MR bekijken. Wij maken deel uit van een dekkend "
        "netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle leerlingen een passende "
        "onderwijsplek hebben.",

        "Veiligheid is de voorwaarde voor alles. Uit de jaarlijkse monitor sociale veiligheid in groep 5 tot en "
        "met 8 blijkt dat 94 procent van de kinderen zich veilig voelt op school. Op het plein en in de gang "
        "voelen kinderen zich minder veilig dan in de klas, en dat nemen we serieus. Met de kinderraad hebben we "
        "pleinregels gemaakt, er lopen in elke pauze twee pleinwachten buiten, en sinds januari 2024 zijn er "
        "pleinmaatjes uit groep 7 en 8, die jongere kinderen helpen als ze niemand hebben om mee te spelen. De "
        "intern begeleider is ook anti-pestcoördinator. Als er gepest wordt, voeren we herstelgesprekken met de "
        "kinderen en informeren we de ouders dezelfde dag. Alle incidenten registreren we in ParnasSys. We hebben "
        "een veiligheidsplan, dat we elk jaar in september met het team doornemen, en twee collega's zijn "
        "bedrijfshulpverlener.",

        "Ook in de omgang met volwassenen vinden we respect vanzelfsprekend. Als ouders het niet eens zijn met "
        "een beslissing van de school, nodigen we hen uit voor een gesprek, en in dat gesprek laten we eerst de "
        "ouder vertellen. We hebben met het team afspraken gemaakt over hoe we over kinderen en ouders praten, "
        "ook in de personeelskamer.",
    ]),
    ("Ons team", [
        "Goed onderwijs staat of valt met goede leerkrachten. Het lerarentekort raakt ook ons: in 2023 stonden "
        "twee vacatures lang open, en we hebben een groep een halfjaar met een duo van een invaller en een "
        "onderwijsassistent moeten draaien. Op dit moment werken er twee zij-instromers bij ons, die de pabo in "
        "deeltijd volgen bij Windesheim. Zij hebben elk een coach uit het team en een vaste middag per week "
        "waarop ze niet voor de klas staan, zodat ze aan hun studie kunnen werken. Ons doel is dat beiden "
        "uiterlijk in de zomer van 2026 hun bevoegdheid hebben. Ook bieden we elk jaar twee stageplaatsen aan "
        "pabostudenten, waarvan één voor een leraar in opleiding in het laatste jaar.",

        "Wij hebben aandacht voor het welbevinden in elke levensfase van alle medewerkers. Dat zeggen we niet "
        "voor niets: we zijn een klein team, en als één collega uitvalt, merkt iedereen dat. We willen dat "
        "collega's met plezier bij ons werken en er trots op zijn dat ze bij De Kaapstander horen, en dat ze "
        "zich gewaardeerd weten om wat ze kunnen.",

        "Iedere collega heeft elk jaar een ontwikkelgesprek met mij in het najaar en een voortgangsgesprek in het "
        "voorjaar. Eens in de drie jaar volgt een beoordelingsgesprek. Bij die gesprekken gebruiken we een "
        "klassenbezoek en de persoonlijke ontwikkeldoelen die de collega zelf heeft opgesteld. De afspraken leggen "
        "we vast in het digitale personeelsdossier van ASG. In 2022-2023 lukte het ons niet om alle gesprekken "
        "te voeren; sinds dit schooljaar staan ze in de jaarplanning en schuiven we ze niet meer op.",

        "Scholing doen we zoveel mogelijk samen, omdat we vinden dat het team als geheel beter moet worden. In "
        "2024-2025 volgen alle leerkrachten een teamtraining rekendidactiek bij de ASG Academie, gericht op het "
        "handelingsmodel en op het automatiseren. Daarnaast volgt iedere leerkracht per jaar ten minste één "
        "eigen cursus of training die past bij de ontwikkeldoelen uit het gesprek. Onze intern begeleider volgt "
        "de master Educational Needs. Een van onze leerkrachten heeft in 2023 de opleiding tot rekenspecialist "
        "afgerond. Zij begeleidt nu de rekenlessen in ons team, en omdat die kennis ook buiten onze school "
        "nuttig is, adviseert zij sinds dit schooljaar twee andere ASG-basisscholen bij de invoering van Wereld "
        "in getallen 5. Daarvoor krijgt zij vier uur per maand.",
    ]),
    ("Samen met ouders en de wijk", [
        "Ouders zijn onmisbaar bij het leren van hun kind. Ze kennen hun kind het langst en het best. We beginnen "
        "elk schooljaar daarom met een startgesprek in de eerste vier weken, waarin ouders ons vertellen wat wij "
        "over hun kind moeten weten en wat zij van ons verwachten. In groep 5 tot en met 8 doet het kind zelf ook "
        "mee. Twee keer per jaar zijn er kijkmiddagen, waarop kinderen hun ouders laten zien waar ze aan werken, "
        "en in november en maart zijn er voortgangsgesprekken. Voor ouders die het Nederlands nog niet goed "
        "spreken, regelen we een tolk of een collega of andere ouder die kan vertalen. Samen met het Taalhuis van "
        "de Nieuwe Bibliotheek organiseren we op dinsdagochtend een taalcafé voor ouders in onze aula.",

        "Wij willen dat ouders ons makkelijk kunnen bereiken en dat wij helder vertellen wat we doen en waarom. "
        "Alle berichten aan ouders gaan via Parro. We hebben met het team afgesproken dat we een vraag van een "
        "ouder binnen twee werkdagen beantwoorden, en dat belangrijke berichten, zoals over een zieke leerkracht "
        "of een wisseling van groep, nooit alleen via de app gaan, maar altijd ook persoonlijk worden toegelicht. "
        "Om de twee weken verschijnt de Kaapbrief, onze nieuwsbrief, waarin ook staat wat de MR en de "
        "ouderraad doen. In de tevredenheidspeiling van 2023 gaven ouders de communicatie een 7,0. Dat kan beter.",

        "De medezeggenschapsraad bestaat uit twee ouders en twee personeelsleden en vergadert zes keer per jaar. "
        "Wij nemen de MR serieus als gesprekspartner en leggen onderwerpen zo vroeg mogelijk voor, niet pas als "
        "alles al besloten is. Zo bespreken we de groepsverdeling en de formatie al in maart met de MR, en niet "
        "pas in juni. Ook de ouderraad, die de feesten en de schoolreis organiseert, schuift twee keer per jaar "
        "aan bij de MR.",

        "Wij werken proactief samen met een breed scala aan partners. Voor ons zijn dat vooral de partners in de "
        "buurt. Met de peutergroep in ons gebouw maken we afspraken over een warme overdracht: elke peuter die bij "
        "ons naar groep 1 gaat, wordt besproken tussen de pedagogisch medewerker en de kleuterleerkracht, en de "
        "kleuters en peuters doen twee keer per jaar samen een thema. Met het sociaal wijkteam van Haven hebben we "
        "zes keer per jaar een overleg, waarbij de intern begeleider en de jeugdverpleegkundige van de GGD "
        "Flevoland aanschuiven. De buurtsportcoach van de gemeente verzorgt na schooltijd twee keer per week een "
        "sportaanbod op ons plein. Met theater Corrosia in het centrum van Haven hebben we de afspraak dat elke "
        "groep één keer per jaar een voorstelling of workshop bezoekt. En stadslandgoed De Kemphaan is, zoals "
        "gezegd, ons buitenlokaal.",

        "Het lerarentekort en de zorg om kinderen die tussen wal en schip vallen, zijn problemen die je niet als "
        "school alleen oplost. Daar hebben we het bestuur en de gemeente voor nodig. Wij zien het als onze taak "
        "om signalen uit de wijk door te geven. Voor de overstap naar het voortgezet onderwijs werken we nauw "
        "samen met de scholen in Haven en Stad waar onze kinderen naartoe gaan. In februari is er een warme "
        "overdracht voor elk kind van groep 8, en oud-leerlingen komen in het voorjaar in groep 8 vertellen hoe "
        "het hun vergaat. De scholen sturen ons elk jaar de resultaten van onze oud-leerlingen na een en na drie "
        "jaar, zodat we kunnen nagaan of onze adviezen goed waren.",
    ]),
    ("Hoe wij de kwaliteit bewaken", [
        "Wij vinden dat onze basis op orde moet zijn en moet blijven, en daarom kijken we regelmatig kritisch naar "
        "onszelf. Dat doen we volgens een vaste cyclus. In juni maken we het jaarplan voor het volgende "
        "schooljaar, op basis van dit schoolplan en van de evaluatie van het lopende jaar. Na de toetsperiodes "
        "in januari en juni maken de leerkrachten een analyse van de resultaten van hun groep, en maken de "
        "intern begeleider en ik een trendanalyse voor de hele school. Die bespreken we in een teamvergadering, "
        "en daaruit volgen de plannen voor de volgende periode. In het jaarverslag leggen we in september "
        "verantwoording af aan het bestuur, de MR en de ouders.",

        "Voor de zelfevaluatie gebruiken we Werken met Kwaliteitskaarten (WMK). Elk jaar beoordelen we met het "
        "team twee of drie kwaliteitskaarten, zoals die over het didactisch handelen en over de zorg en "
        "begeleiding. Om de twee jaar nemen we tevredenheidspeilingen af bij ouders, kinderen vanaf groep 6 en "
        "medewerkers. Twee keer per jaar bezoeken de intern begeleider en ik elke groep met de kijkwijzer EDI, en "
        "na elk bezoek volgt een kort nagesprek. Aan het bestuur rapporteren we via de kwartaalrapportages.",

        "We leren van en met elkaar, en we willen daar nog beter in worden. Sinds 2023 heeft iedere leerkracht "
        "twee keer per jaar een collegiale consultatie: je kijkt een les bij een collega mee, met een vraag die "
        "die collega zelf heeft bedacht, en je bespreekt het daarna. Op de studiedagen presenteren we aan elkaar "
        "wat we hebben geprobeerd en wat werkte. In 2024-2025 starten we met twee leerteams, een voor rekenen en "
        "een voor begrijpend lezen, die elk een schooljaar lang werken aan een verbetervraag en hun uitkomsten in "
        "juni aan het team voorleggen.",
    ]),
    ("Wat wij ons voornemen voor 2024-2028", [
        "In dit laatste hoofdstuk beschrijven we wat we de komende vier jaar willen bereiken. We hebben bewust "
        "gekozen voor een beperkt aantal voornemens, zodat we ze ook echt kunnen waarmaken. Elk jaar werken we "
        "ze uit in het jaarplan, en in het jaarverslag vertellen we hoe ver we zijn.",

        "Ons eerste en belangrijkste voornemen gaat over rekenen. We willen dat in 2027 minstens 45 procent van "
        "onze leerlingen in groep 8 het streefniveau 1S haalt, tegen 31 procent in 2024, en dat minstens 92 "
        "procent het fundamentele niveau 1F haalt. Dat doen we met de teamtraining rekendidactiek in 2024-2025, "
        "met de begeleiding van onze rekenspecialist, met een dagelijks kwartier automatiseren in de groepen 3 "
        "tot en met 8 en met het leerteam rekenen. De intern begeleider is eigenaar van dit voornemen; we "
        "bekijken de voortgang na elke toetsperiode.",

        "Ons tweede voornemen gaat over lezen. We willen dat het aandeel kinderen dat in groep 8 het niveau 2F "
        "voor lezen haalt, groeit van 62 naar minstens 70 procent in 2028. Ook willen we dat kinderen meer "
        "lezen omdat ze het leuk vinden. In 2025 vernieuwen we samen met de Nieuwe Bibliotheek onze "
        "schoolbibliotheek, en elke groep leest vanaf dan elke dag een kwartier vrij. In de peiling van 2027 "
        "willen we dat minstens driekwart van de kinderen zegt dat ze graag lezen.",

        "Ons derde voornemen gaat over de kwaliteit van de lessen. In het voorjaar van 2026 willen we bij de "
        "klassenbezoeken in minstens 85 procent van de lessen de kern van EDI terugzien, tegen 58 procent nu. "
        "Daarvoor zetten we de klassenbezoeken, de collegiale consultaties en de leerteams in.",

        "Ons vierde voornemen gaat over wat kinderen leren voor later. In de zomer van 2025 is de leerlijn "
        "burgerschap vastgesteld en in alle groepen in gebruik. In juni 2026 evalueren we met het team de "
        "leerlijn digitale geletterdheid van Basicly, en we beslissen dan of we die zo voortzetten. In 2025 "
        "herzien we ook ons schoolondersteuningsprofiel.",

        "Ons vijfde voornemen gaat over de samenwerking met ouders. We willen dat in 2025-2026 met alle gezinnen "
        "een startgesprek wordt gevoerd, en dat ouders de communicatie in de peiling van 2027 minstens een 7,8 "
        "geven. We houden bij hoe vaak we de afspraak halen om vragen van ouders binnen twee werkdagen te "
        "beantwoorden, en we bespreken dat twee keer per jaar met de MR.",

        "Ons zesde voornemen gaat over het team. In de zomer van 2026 zijn onze beide zij-instromers bevoegd. "
        "Met ingang van 2024-2025 voeren we met iedere collega elk jaar de afgesproken gesprekken, en iedere "
        "leerkracht volgt jaarlijks minstens één scholing. Onze rekenspecialist blijft tot 2026 beschikbaar voor "
        "andere ASG-scholen; daarna bekijken we samen met haar of die rol wordt voortgezet.",

        "Ons zevende voornemen gaat over de wijk. In 2025 leggen we de afspraken met de peutergroep, het "
        "sociaal wijkteam, Corrosia en De Kemphaan vast in een korte samenwerkingsovereenkomst, en we zorgen "
        "ervoor dat elke groep elk jaar minstens één keer buiten de school leert op een plek in Haven.",

        "Dit zijn onze voornemens. Ze zijn niet vrijblijvend, maar we zullen ze elk jaar opnieuw tegen het licht "
        "houden. Halverwege, in het voorjaar van 2026, bespreken we met het team, de MR en de kinderraad of we "
        "op de goede weg zijn, en als dat nodig is, stellen we bij.",
    ]),
]


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    for s in doc.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2.5)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan De Kaapstander 2024-2028"
    cp.author = "A. Terpstra"
    cp.last_modified_by = "A. Terpstra"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2024, 3, 4, 20, 12, 0)
    cp.modified = datetime.datetime(2024, 5, 28, 22, 40, 0)
    cp.revision = 14

    # voorblad
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Schoolplan 2024-2028")
    p = doc.add_paragraph()
    r = p.add_run("Openbare basisschool De Kaapstander")
    r.font.size = Pt(16)
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Almere Haven")
    r.font.size = Pt(14)
    doc.add_paragraph()
    p = doc.add_paragraph("Een school van de Almeerse Scholen Groep")
    p = doc.add_paragraph("Planperiode: 1 augustus 2024 tot en met 31 juli 2028")
    p = doc.add_paragraph("Versie voor de MR, 28 mei 2024")
    p.runs[-1].add_break(WD_BREAK.PAGE)

    for titel, alineas in HOOFDSTUKKEN:
        doc.add_heading(titel, level=1)
        for tekst in alineas:
            para = doc.add_paragraph(tekst)
            if tekst == "Anouk Terpstra, directeur":
                para.runs[0].italic = True

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_214_kaapstander.docx")
