# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Katholiek Integraal Kindcentrum De Kardinaalsmuts (Almere Buiten).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datums in de documenteigenschappen en vaste tijdstempels in het zip-archief.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

ROOD = RGBColor(0x8A, 0x1C, 0x3A)
GRIJS = RGBColor(0x55, 0x55, 0x55)
KADER_KLEUR = "F6E7EC"
KOP_KLEUR = "8A1C3A"

# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------
# Blokken: ("h1", tekst), ("h2", tekst), ("p", tekst), ("b", [items]),
# ("t", kop, rijen), ("kader", rijen), ("pb",)

INHOUD = [
    ("h1", "1. Voorwoord"),
    ("p", "Voor u ligt het schoolplan van Katholiek Integraal Kindcentrum De Kardinaalsmuts voor de periode "
          "1 augustus 2025 tot en met 31 juli 2029. Het is ons eerste plan als volwaardig kindcentrum. Sinds "
          "augustus 2023 zitten het kinderdagverblijf, de peuteropvang, de basisschool en de buitenschoolse "
          "opvang niet alleen in hetzelfde gebouw, maar werken ze ook onder één dagelijkse leiding en met één "
          "pedagogische visie. Dat is in dit plan terug te zien: we beginnen niet bij groep 1, maar bij de baby "
          "van tien weken die voor het eerst bij ons wordt gebracht."),
    ("p", "De naam van ons kindcentrum komt van de struik die al sinds de bouw van de school in 1994 bij de "
          "hoofdingang staat. In de herfst hangt de kardinaalsmuts vol roze vruchtjes die lijken op het "
          "hoofddeksel van een kardinaal. Voor ons staat de struik voor twee dingen: onze katholieke wortels, "
          "en het idee dat er in elk seizoen iets groeit."),
    ("p", "Dit plan is niet achter het bureau van de directeur ontstaan. Tussen oktober 2024 en april 2025 zijn "
          "we vier keer met het hele team bij elkaar geweest, leerkrachten en pedagogisch medewerkers samen. We "
          "hebben onze resultaten, de vragenlijsten en de koers van ons bestuur naast elkaar gelegd. De kinderraad "
          "heeft in twee bijeenkomsten meegedacht over de vraag wat een goede school is. Hun antwoord: 'Een "
          "school waar de juf merkt dat je verdrietig bent, en waar je ook eens iets mag uitvinden.' In januari "
          "2025 vulden 162 ouders onze oudervragenlijst in. De MR en de oudercommissie van de opvang hebben het "
          "concept gelezen en van commentaar voorzien."),
    ("p", "Ieder inhoudelijk hoofdstuk sluit af met een kader waarin staat wat we in 2029 bereikt willen hebben. "
          "Waar we de beginsituatie nog niet kennen, staat dat er eerlijk bij. Elk jaar maken we op basis "
          "van dit plan een jaarplan, en elk jaar kijken we in het jaarverslag terug."),
    ("p", "Anouk Verbeek, directeur IKC De Kardinaalsmuts"),

    ("h1", "2. Wie we zijn"),
    ("h2", "2.1 Kerngegevens"),
    ("t", ["Gegeven", "De Kardinaalsmuts"], [
        ["Naam", "Katholiek Integraal Kindcentrum De Kardinaalsmuts"],
        ["Adres", "Hermelijnweg 5, 1335 HK Almere"],
        ["BRIN", "29XK"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Partner kinderopvang", "Kinderopvang De Bolderik (kinderdagverblijf, peuteropvang en BSO)"],
        ["Denominatie", "Rooms-katholiek"],
        ["Directeur", "Anouk Verbeek"],
        ["Locatiemanager opvang", "Samira El Idrissi"],
        ["Intern begeleiders", "Jeroen Smit (0-7 jaar) en Fenna Hoekstra (7-13 jaar)"],
        ["Kinderen", "381 leerlingen in 16 groepen (teldatum 1 oktober 2024); kinderdagverblijf 4 groepen "
                     "(56 kindplaatsen); peuteropvang 2 groepen (32 plaatsen); BSO 5 groepen (110 plaatsen)"],
        ["Medewerkers", "34 in het onderwijs (26,4 fte) en 29 in de opvang"],
        ["Schoolweging", "33,4 (spreiding 7,1)"],
        ["Planperiode", "schooljaar 2025-2026 tot en met schooljaar 2028-2029"],
    ]),
    ("h2", "2.2 De wijk en de kinderen"),
    ("p", "De Kardinaalsmuts staat in de Faunabuurt in Almere Buiten, een wijk uit de jaren negentig met een "
          "mengeling van koopwoningen en sociale huur. Van onze leerlingen groeit 43 procent op met een andere thuistaal dan het Nederlands, of "
          "met een andere taal naast het Nederlands. De grootste taalgroepen zijn Arabisch, Turks, Papiaments, "
          "Pools en Engels. Een op de vijf peuters in onze peuteropvang heeft een VVE-indicatie. Ongeveer elf procent van de gezinnen in de buurt maakt "
          "gebruik van het Kindpakket."),
    ("p", "Ongeveer 70 procent van de kinderen die in groep 1 instromen, komt uit ons eigen kinderdagverblijf of "
          "onze eigen peuteropvang. Dat is een kans die we nog onvoldoende benutten: de overdracht tussen opvang "
          "en onderwijs hangt nu te veel af van wie er toevallig dienst heeft. Onze "
          "eindresultaten liggen de laatste drie jaar rond of boven wat je bij zo'n populatie mag verwachten, "
          "maar op de hogere niveaus (2F lezen en 1S rekenen) blijven we achter bij scholen met een vergelijkbare "
          "weging."),
    ("h2", "2.3 Waar we voor staan"),
    ("p", "In één zin: op De Kardinaalsmuts groeit ieder kind, van baby tot twaalfjarige, op in een vertrouwde "
          "omgeving waar het gekend wordt, zich veilig voelt en ontdekt wat het kan."),
    ("p", "We zijn een katholiek kindcentrum. Ruim de helft van onze gezinnen is niet katholiek, "
          "en iedereen is welkom. Katholiek zijn betekent voor ons dat we werken vanuit de verhalen en "
          "waarden van de christelijke traditie: zorg voor wie kwetsbaar is, vergeving, en het vieren van wat we "
          "samen hebben. Sint-Maarten, die zijn mantel deelde met een bedelaar, is niet voor niets het feest dat "
          "we het uitbundigst vieren."),
    ("p", "Drie overtuigingen sturen ons werk:"),
    ("b", [
        "Kinderen leren het best in een doorgaande lijn. Wat in het kinderdagverblijf begint, loopt door in "
        "groep 1 en op de BSO: één taal, één set afspraken, één blik op het kind.",
        "Goed onderwijs is vooral goede instructie. We kiezen voor lessen met een helder doel, veel interactie "
        "en directe feedback, zeker voor kinderen die thuis weinig Nederlands horen.",
        "Kinderen hebben naast taal en rekenen ruimte nodig om te onderzoeken, te maken en te spelen.",
    ]),
    ("h2", "2.4 Hoe dit plan is opgebouwd"),
    ("p", "De hoofdstukken 3 tot en met 10 volgen de opbouw van de koers van ons bestuur. In hoofdstuk 3 tot en "
          "met 6 werken we de vier waarden uit die de scholen van ASG met elkaar delen; in hoofdstuk 7 tot en met "
          "10 de vier vensters waarlangs het bestuur naar de komende jaren kijkt. We hebben daar bewust onze "
          "eigen woorden voor gekozen. Daarna volgen kwaliteitszorg, planning en vaststelling."),

    # ---------------------------------------------------------------- 3
    ("h1", "3. Elk kind in beeld"),
    ("p", "Kinderen die zich gezien voelen, durven te leren. In een kindcentrum met ruim vijfhonderd kinderen "
          "en zestig medewerkers gaat dat niet vanzelf."),
    ("h2", "3.1 Welkom, vanaf de voordeur"),
    ("p", "Wie 's ochtends tussen 8.15 en 8.30 uur binnenkomt, wordt bij de hoofdingang begroet door de directeur "
          "of een van de bouwcoördinatoren. Dat doen we sinds 2023 en ouders noemen het in de vragenlijst het "
          "vaakst als iets wat we moeten houden. De komende jaren bouwen we dit uit:"),
    ("b", [
        "Ieder nieuw gezin krijgt binnen zes weken na de start een welkomstgesprek met de leerkracht of met de "
        "mentor van de opvang. Nu lukt dat bij ongeveer zes van de tien gezinnen. Vanaf augustus 2025 plant de administratie het "
        "gesprek direct bij de inschrijving in.",
        "De welkomstmap voor nieuwe ouders verschijnt vanaf schooljaar 2025-2026 in vijf talen: Nederlands, "
        "Engels, Arabisch, Turks en Pools.",
        "Bezoekers en nieuwe ouders krijgen een rondleiding van twee gidsen uit groep 7 of 8. Elk jaar leiden we "
        "tien kinderen daarvoor op.",
        "Op de eerste vrijdag van de maand is de ouderkamer open voor koffie, met wisselende gasten.",
        "Nieuwe collega's krijgen in hun eerste week een maatje uit hun eigen bouw of opvanggroep, dat de eerste "
        "ochtend met hen meeloopt.",
    ]),
    ("h2", "3.2 Gekend worden"),
    ("p", "Ieder kind heeft op De Kardinaalsmuts minstens één volwassene die het goed kent. In het "
          "kinderdagverblijf en de peuteropvang is dat de mentor, in de school de leerkracht en op de BSO een "
          "vaste pedagogisch medewerker per groep. Vanaf groep 3 voert de leerkracht twee keer per jaar een "
          "kindgesprek van tien minuten met ieder kind, buiten de groep. In de leerlingvragenlijst van 2024 zei 78 procent van de kinderen in groep "
          "5 tot en met 8 dat er op school een volwassene is die hen echt kent. Dat willen we naar 90 procent "
          "brengen."),
    ("p", "Voor collega's geldt hetzelfde. Naast de gesprekscyclus (zie hoofdstuk 8) voert de directeur of de "
          "locatiemanager één keer per jaar met elke medewerker een kort, informeel gesprek over hoe het echt "
          "gaat, los van enige beoordeling. "),
    ("h2", "3.3 Weten wat een kind nodig heeft"),
    ("p", "Omdat de meeste kinderen al als baby bij ons komen, kunnen we vroeg zien wat ze nodig "
          "hebben. Dat doen we zo:"),
    ("b", [
        "In de opvang en in groep 1-2 volgen we de ontwikkeling met één instrument: KIJK! 0-7. Pedagogisch "
        "medewerkers en leerkrachten spreken zo dezelfde taal.",
        "Vanaf januari 2026 krijgt ieder kind dat van onze opvang naar groep 1 gaat een warme overdracht: een "
        "gesprek tussen de mentor, de ouder en de toekomstige leerkracht, met het KIJK!-overzicht op tafel. Nu "
        "gebeurt dat bij ongeveer 70 procent van de kinderen.",
        "Drie keer per jaar bespreken leerkracht en intern begeleider iedere groep: na de start (oktober), na de "
        "middentoetsen (februari) en aan het eind van het jaar (juni). Gaat het om gedrag of welbevinden, dan "
        "schuift de pedagogisch medewerker van de BSO aan.",
        "Wat medewerkers nodig hebben, vragen we na in een werkdrukgesprek per bouw in november. De uitkomst "
        "verwerken we in het werkverdelingsplan voor het volgende schooljaar.",
    ]),
    ("kader", [
        ["Ouders die zich welkom voelen (oudervragenlijst, rapportcijfer)", "7,4", "8,0"],
        ["Nieuwe gezinnen met een welkomstgesprek binnen zes weken", "ca. 60%", "100%"],
        ["Kinderen groep 5-8: 'er is op school een volwassene die mij echt kent'", "78%", "90%"],
        ["Kinderen uit eigen opvang met warme overdracht naar groep 1", "ca. 70%", "100%"],
        ["Werkdrukgesprek per bouw, verwerkt in het werkverdelingsplan", "niet structureel", "jaarlijks, alle bouwen"],
    ]),

    # ---------------------------------------------------------------- 4
    ("h1", "4. Met open deuren"),
    ("p", "Openheid gaat bij ons over drie dingen: hoe we met elkaar omgaan, hoe we ouders informeren en hoe we "
          "als katholiek kindcentrum omgaan met de grote verscheidenheid in de wijk."),
    ("h2", "4.1 Zo gaan we met elkaar om"),
    ("p", "In 2024 hebben kinderen, ouders en medewerkers samen drie afspraken gekozen die overal in het gebouw "
          "gelden, van babygroep tot BSO: we zorgen voor elkaar, we zorgen voor de spullen en we zorgen voor de "
          "wereld om ons heen. In de school werken we "
          "wekelijks met de lessen van Kwink; de BSO gebruikt sinds 2024 dezelfde taal en dezelfde afspraken."),
    ("p", "Als het misgaat, kiezen we voor herstel in plaats van straf. Elk jaar trainen we twaalf kinderen uit "
          "groep 7 en 8 tot ruzieoplossers, die op het plein helpen bij kleine conflicten. Leerkrachten en "
          "pedagogisch medewerkers volgen in 2025-2026 samen een training herstelgericht werken van twee "
          "dagdelen. De gedragscode voor medewerkers en ouders is in 2025 vernieuwd."),
    ("h2", "4.2 Helder en eerlijk informeren"),
    ("p", "Ouders kregen tot nu toe informatie via drie kanalen: Parro voor de school, de ouderapp van De "
          "Bolderik voor de opvang en losse e-mails. Per "
          "1 januari 2026 gebruiken school en opvang samen één kanaal, Parro, voor alle berichten. Verder spreken "
          "we het volgende af:"),
    ("b", [
        "Berichten van ouders beantwoorden we binnen twee werkdagen, ook als het antwoord is: 'ik zoek het uit "
        "en kom erop terug'.",
        "De nieuwsbrief verschijnt om de week op donderdag en is geschreven op taalniveau B1. Parro vertaalt "
        "automatisch.",
        "We zijn ook open over wat niet goed gaat. De resultaten van de doorstroomtoets, de uitkomsten van de "
        "vragenlijsten en het oordeel van de inspectie staan elk jaar in de schoolgids, met een korte uitleg "
        "over wat we ermee doen.",
    ]),
    ("h2", "4.3 Katholiek, en open voor iedereen"),
    ("p", "Onze katholieke identiteit is voor ons geen grens maar een vertrekpunt. In groep 1 tot en met 8 "
          "gebruiken we Trefwoord voor levensbeschouwing; drie keer per week begint de dag met een verhaal, een "
          "lied of een moment van stilte. Kerstmis, Pasen en Sint-Maarten vieren we met het hele kindcentrum, "
          "inclusief de opvang. Rond Allerzielen is er in de hal een herdenkingsplek waar iedereen een kaarsje "
          "kan aansteken."),
    ("p", "Tegelijk geven we ruimte aan andere tradities. Kinderen vertellen in de kring over het Suikerfeest, "
          "Divali of Chanoeka, en vanaf 2025-2026 nodigen we bij twee vieringen per jaar ouders uit om zelf iets "
          "te vertellen of mee te nemen. Eens per jaar bezoekt groep 7 een kerk, een moskee en een hindoetempel "
          "in Almere. Ook het team weerspiegelt de wijk: onder onze collega's zijn elf nationaliteiten. "),
    ("kader", [
        ["Ouders: 'ik word goed geïnformeerd' (oudervragenlijst, rapportcijfer)", "6,9", "8,0"],
        ["Communicatiekanalen naar ouders", "3", "1 (per januari 2026)"],
        ["Berichten van ouders binnen twee werkdagen beantwoord", "niet gemeten", "95%"],
        ["Kinderen groep 5-8 die zich veilig voelen (vragenlijst sociale veiligheid)", "89%", "95%"],
        ["Vieringen per jaar waarin ouders uit verschillende tradities een rol hebben", "0", "2"],
    ]),

    # ---------------------------------------------------------------- 5
    ("h1", "5. Nieuwsgierig naar morgen"),
    ("p", "We willen een kindcentrum zijn waar kinderen en volwassenen vragen stellen, dingen uitproberen en niet "
          "bang zijn dat iets mislukt. Voor de komende vier jaar kiezen we twee vernieuwingen die passen bij wie we "
          "zijn, en die willen we goed doen."),
    ("h2", "5.1 Eén thema van 0 tot 13"),
    ("p", "In schooljaar 2024-2025 hebben we een proef gedaan met een gedeeld thema ('Water') voor de "
          "peuteropvang, groep 1-2, de groepen 3 tot en met 5 en de BSO. Kinderen namen woorden mee van de ene naar de "
          "andere plek, en ouders zagen hoe opvang en school op elkaar aansluiten. We bouwen dit uit tot zes gedeelde thema's per "
          "jaar. De peuteropvang werkt met Uk & Puk, de kleutergroepen met de leerlijnen van Onderbouwd en de "
          "groepen 3 tot en met 8 met Blink Wereld Geïntegreerd. Een werkgroep uit opvang en "
          "onderwijs kiest ieder voorjaar de thema's en per thema twintig kernwoorden."),
    ("h2", "5.2 Het Kardinaalslab"),
    ("p", "In de zomer van 2026 bouwen we het oude speellokaal op de eerste verdieping om tot een maakplaats: het "
          "Kardinaalslab. Er komen werkbanken, gereedschap, Lego Spike-sets, een 3D-printer en een hoek om te "
          "filmen en te monteren. De groepen 5 tot en met 8 werken er één uur per week aan onderzoeks- en "
          "ontwerpopdrachten die aansluiten bij het lopende thema; na schooltijd gebruikt de BSO het lab voor een "
          "techniekclub. Vanaf 2027 presenteert iedere leerling in groep 6 tot en met 8 twee keer per jaar een "
          "eigen onderzoek of ontwerp aan de ouders."),
    ("h2", "5.3 Het team onderzoekt"),
    ("p", "Nieuwsgierigheid verwachten we ook van onszelf. Elk schooljaar werken twee leerteams een vraag uit "
          "hun eigen praktijk uit, volgens een vaste aanpak: vraag, literatuur, kleine proef, meten, conclusie. "
          "Een voorbeeld voor 2025-2026: 'Hoe laten we peuters met een VVE-indicatie meer praten tijdens het vrij "
          "spel?' "
          "Een lector van de pabo van Windesheim in Almere begeleidt ieder leerteam in twee bijeenkomsten. "
          "Daarnaast lezen we als team ieder jaar één vakboek; in 2025-2026 is dat 'Wijze lessen', over "
          "effectieve didactiek. De leerteams presenteren hun uitkomsten op ons eigen leerfeest in juni."),
    ("kader", [
        ["Gedeelde thema's opvang en onderwijs per jaar", "1 (proef)", "6"],
        ["Groepen die wekelijks een uur in het Kardinaalslab werken", "0", "8 (groep 5 t/m 8)"],
        ["Leerlingen groep 6-8 die twee keer per jaar een eigen onderzoek of ontwerp presenteren", "0%", "100%"],
        ["Afgeronde leerteamonderzoeken (opgeteld over de planperiode)", "0", "8"],
    ]),

    # ---------------------------------------------------------------- 6
    ("h1", "6. De lat omhoog"),
    ("p", "We geloven dat kinderen uit de Faunabuurt net zo veel kunnen als kinderen elders, en we willen dat "
          "onze resultaten dat laten zien. Tegelijk weten we dat hoge doelen alleen werken als kinderen zelf "
          "snappen waar ze naartoe werken, en als het team zelf blijft leren."),
    ("h2", "6.1 Wat we van kinderen vragen"),
    ("p", "Op het fundamentele niveau (1F) doen we het goed: in 2024 haalde 96 procent van onze groep "
          "8-leerlingen 1F lezen en 94 procent 1F rekenen. Op het streefniveau blijven we achter. In 2024 haalde "
          "58 procent 2F lezen en 34 procent 1S rekenen, terwijl vergelijkbare scholen rond 62 en 42 procent "
          "zitten. Daarom maken we de volgende keuzes:"),
    ("b", [
        "Vanaf groep 4 stellen we per groep ook doelen op het hogere niveau, niet alleen op het minimum. In de "
        "groepsbespreking kijken we niet alleen naar kinderen die uitvallen, maar ook naar kinderen die meer "
        "kunnen dan ze nu laten zien.",
        "We breiden de plusgroep uit. Vanaf 2025-2026 werken kinderen uit groep 4 tot en met 8 die meer "
        "uitdaging nodig hebben elke dinsdagmiddag anderhalf uur met onze specialist meer- en hoogbegaafdheid. "
        "Tot nu toe was dat alleen voor groep 6 tot en met 8.",
        "Het hele onderwijsteam volgt in 2025-2026 drie bijeenkomsten over verwachtingen en het schooladvies. "
        "Aanleiding: in 2024 moesten we na de doorstroomtoets 14 procent van de adviezen naar boven bijstellen. "
        "Dat is te veel. Een advies is bij ons een kans, geen plafond.",
    ]),
    ("h2", "6.2 Kinderen aan het stuur"),
    ("p", "Kinderen werken harder als ze zelf weten waar ze staan. Vanaf groep 4 houdt ieder kind een portfolio "
          "bij met een eigen leerdoel per periode. Het kind kiest dat doel samen met de leerkracht en bespreekt "
          "het bij het rapport met zijn ouders. Vanaf groep 6 leidt het kind zelf een deel van het gesprek. Nu "
          "werkt ongeveer een derde van de groepen zo; in 2027 willen we dat alle groepen vanaf groep 4 dit doen."),
    ("h2", "6.3 Ook wij blijven leren"),
    ("p", "Wie veel van kinderen vraagt, moet ook veel van zichzelf vragen. Iedere medewerker, in onderwijs en "
          "opvang, formuleert aan het begin van het schooljaar één eigen leervraag en kiest zelf hoe hij daaraan "
          "werkt: een cursus, een boek, een collega observeren of een intervisiegroep. In juni vertelt iedereen in vijf minuten "
          "wat hij heeft geleerd. De leervraag is een vast onderdeel van het ontwikkelgesprek."),
    ("kader", [
        ["Leerlingen groep 8 op niveau 2F lezen", "58%", "65%"],
        ["Leerlingen groep 8 op niveau 1S rekenen", "34%", "42%"],
        ["Leerlingen groep 8 op niveau 1F lezen / rekenen", "96% / 94%", "minimaal 95% / 95%"],
        ["Adviezen die na de doorstroomtoets naar boven worden bijgesteld", "14%", "hoogstens 5%"],
        ["Groepen 4-8 die werken met een portfolio met eigen leerdoel", "ca. een derde", "alle groepen (2027)"],
        ["Medewerkers met een eigen leervraag, besproken in het ontwikkelgesprek", "niet vastgelegd", "100%"],
    ]),

    # ---------------------------------------------------------------- 7
    ("h1", "7. Goed onderwijs voor ieder kind"),
    ("h2", "7.1 Ons aanbod van 0 tot 13"),
    ("t", ["Leeftijd of groep", "Aanbod en methodes"], [
        ["0-2 jaar (kinderdagverblijf)", "Pedagogisch beleidsplan van het kindcentrum; KIJK! 0-4; vaste mentor; "
                                         "taalrijke verzorgingsmomenten; BoekStart"],
        ["2-4 jaar (peuteropvang)", "VVE-programma Uk & Puk, 16 uur per week voor peuters met een indicatie; "
                                    "KIJK!; thuispakketten bij ieder thema"],
        ["Groep 1-2", "Leerlijnen van Onderbouwd, gedeelde thema's, KIJK! 0-7, Kwink, Take it easy (Engels)"],
        ["Groep 3", "Veilig leren lezen (KIM-versie), Getal & Ruimte Junior, Blink Wereld vanaf februari"],
        ["Groep 4-8", "Staal (taal en spelling), Nieuwsbegrip (begrijpend lezen), Estafette (technisch lezen "
                      "t/m groep 6), Getal & Ruimte Junior (rekenen), Blink Wereld Geïntegreerd (wereldoriëntatie, "
                      "wetenschap en techniek), Take it easy (Engels), Trefwoord, Kwink"],
        ["Alle groepen", "Bewegingsonderwijs 2 x 45 minuten door een vakleerkracht; cultuureducatie via het "
                         "cultuurmenu van De Kunstlinie; digitale geletterdheid met Basicly (vanaf 2025-2026)"],
        ["BSO (4-13 jaar)", "Activiteiten gekoppeld aan de thema's; techniekclub in het Kardinaalslab (vanaf "
                            "2026); sport op het plein met de buurtsportcoaches van de gemeente"],
    ]),
    ("p", "De methodes dekken de kerndoelen. Of we de referentieniveaus halen, controleren we twee keer per jaar "
          "met de toetsen van Leerling in beeld en in groep 8 met de doorstroomtoets. De kerndoelen voor Nederlands, rekenen-wiskunde, "
          "burgerschap en digitale geletterdheid worden landelijk vernieuwd; in 2027-2028 leggen we onze methodes naast de nieuwe "
          "kerndoelen en besluiten we waar we aanpassen. Digitale geletterdheid voeren we al eerder in: vanaf "
          "2025-2026 krijgt iedere groep wekelijks een les met Basicly, waarin kinderen leren programmeren, veilig "
          "online gaan en kritisch kijken naar wat ze op een scherm zien."),
    ("p", "Onze lessen hebben in de basis dezelfde opbouw. We werken volgens het model van expliciete directe "
          "instructie: een helder lesdoel, voordoen, samen oefenen, nagaan of iedereen het begrijpt, zelfstandig "
          "verwerken en terugkijken. "),
    ("p", "Kinderen leren meer als ze zich herkennen in wat ze lezen en onderzoeken. Bij de keuze van de thema's "
          "denkt de kinderraad mee, en in 2025-2026 vernieuwen we de schoolbibliotheek met 400 boeken waarin "
          "kinderen uit de wijk zichzelf tegenkomen: verhalen over meertalige gezinnen, over Almere, over sport en "
          "over gamen. "),
    ("h2", "7.2 Burgerschap"),
    ("p", "Burgerschap leren kinderen vooral door het te doen. De kinderraad bestaat uit twee gekozen leerlingen "
          "per groep uit groep 5 tot en met 8 en vergadert zes keer per jaar met de directeur. De raad heeft een "
          "eigen budget van 750 euro per jaar; in 2024-2025 koos ze voor nieuwe pleinspullen en een boekenkast "
          "voor de hal. De verkiezing houden we met echte kieslijsten en een stemhokje."),
    ("b", [
        "Groep 7 bezoekt de gemeenteraad van Almere en voert daar in het voorjaar een kinderdebat; groep 8 gaat "
        "naar ProDemos in Den Haag.",
        "In de veertigdagentijd voert het hele kindcentrum actie voor Vastenactie; de kinderraad kiest het "
        "project en presenteert de opbrengst.",
        "In 2026 stellen we een burgerschapsleerlijn op voor groep 1 tot en met 8, waarin staat welke kennis "
        "over democratie, rechtsstaat en diversiteit in welke groep aan bod komt. Nu is dat verspreid over "
        "Kwink, Blink en Trefwoord en niet goed te volgen.",
    ]),
    ("h2", "7.3 Veilig leren en spelen"),
    ("p", "Ieder jaar vullen de kinderen van groep 5 tot en met 8 in maart de vragenlijst sociale veiligheid van "
          "ZIEN! in. In 2024 voelde 89 procent zich veilig op school. Kinderen die zich minder veilig voelen, "
          "noemen vooral het plein tijdens de middagpauze. Daarom zetten we vanaf 2025 drie pleinwachten in "
          "plaats van twee in, onder wie een pedagogisch medewerker van de BSO, en delen we het plein op in zones."),
    ("b", [
        "Onze anti-pestcoördinator is Marloes de Wit, leerkracht van groep 6. Ouders en kinderen kunnen haar "
        "rechtstreeks benaderen; haar naam staat in de schoolgids en op de deur van de ouderkamer.",
        "Het veiligheidsplan is in april 2025 herzien. Het beschrijft het pestprotocol, de meldcode huiselijk "
        "geweld en kindermishandeling, de ontruiming en het protocol medisch handelen, en geldt voor school en "
        "opvang samen.",
        "De GGD inspecteert de opvang jaarlijks; de laatste inspectie (oktober 2024) leverde geen tekortkomingen op.",
    ]),
    ("h2", "7.4 Passende ondersteuning"),
    ("p", "In februari 2025 hebben we ons schoolondersteuningsprofiel herzien. Hier de kern."),
    ("p", "Basisondersteuning bieden we in de groep: instructie op drie niveaus, verlengde instructie, het "
          "protocol dyslexie en dyscalculie en een aanpak voor kinderen met een eigen leerlijn op een of twee "
          "vakken. Twee intern begeleiders, een voor 0-7 jaar en een voor 7-13 jaar, begeleiden de leerkrachten "
          "en houden zicht op alle kinderen. Extra ondersteuning bieden we op terreinen waar we veel ervaring "
          "mee hebben:"),
    ("b", [
        "Taalklas: nieuwkomers zonder Nederlands krijgen een jaar lang elke ochtend intensief Nederlands in een "
        "groep van maximaal acht kinderen en zijn 's middags in hun eigen groep.",
        "Plusgroep voor kinderen die meer aankunnen (zie hoofdstuk 6).",
        "Een gedragsspecialist (0,4 fte) die leerkrachten coacht en kortdurende trainingen geeft aan kleine "
        "groepjes kinderen.",
        "Elke woensdagochtend een spreekuur van het sociaal wijkteam Almere Buiten in de ouderkamer.",
    ]),
    ("p", "Er zijn ook grenzen. We kunnen geen intensieve medische verzorging bieden en geen doorlopende "
          "één-op-één begeleiding bij ernstige gedragsproblemen. Als een kind meer nodig heeft dan wij kunnen "
          "bieden, zoeken we met de ouders en de consulent van het samenwerkingsverband Passend Onderwijs Almere "
          "naar een passende plek: een arrangement bij ons op school, of een plaats in het speciaal "
          "(basis)onderwijs. Het afgelopen jaar ging het om drie kinderen. Twee leerlingen kwamen in 2024 "
          "na een periode in het speciaal basisonderwijs weer bij ons terug."),
    ("h2", "7.5 Kwaliteit die op orde blijft"),
    ("p", "Bij het laatste onderzoek van de inspectie (maart 2023) kreeg de school het oordeel voldoende. De "
          "eindresultaten lagen de afgelopen drie jaar boven de signaleringswaarde voor 1F en rond de "
          "signaleringswaarde voor 2F/1S. Ons doel is alle standaarden van de inspectie minimaal voldoende te "
          "houden en op 'Resultaten' en 'Zicht op ontwikkeling' door te groeien naar goed. Voor de opvang blijven "
          "de GGD-inspecties zonder tekortkomingen."),
    ("p", "We verbeteren door van en met elkaar te leren. Om de week is er op woensdagmiddag van 14.00 tot 16.00 "
          "uur de Kardinaalsmiddag: het onderwijsteam werkt dan in leerteams aan een gezamenlijk onderwerp, zoals "
          "de instructie bij begrijpend lezen of het werken met het portfolio. Twee keer per jaar is er een "
          "pedagogische avond voor school en opvang samen."),
    ("kader", [
        ["Oordeel inspectie", "voldoende", "minimaal voldoende; 'Resultaten' en 'Zicht op ontwikkeling' goed"],
        ["Jaren met resultaten 2F/1S boven de signaleringswaarde", "2 van de laatste 3", "elk jaar"],
        ["Kinderen met VVE-indicatie die eind groep 2 op niveau zijn voor woordenschat", "64%", "75%"],
        ["Schooladviezen die na drie jaar vo nog passen (op of boven het advies)", "81%", "88%"],
        ["Groepen met een wekelijkse les digitale geletterdheid", "0", "16"],
        ["Burgerschapsleerlijn groep 1-8 vastgesteld", "nee", "ja (juli 2026)"],
    ]),

    # ---------------------------------------------------------------- 8
    ("h1", "8. Ons team"),
    ("p", "Zonder goede mensen geen goed kindcentrum. Net als veel scholen in Almere merken we het tekort aan "
          "leraren: in 2024-2025 stonden er twee vacatures langer dan drie maanden open. "),
    ("h2", "8.1 Zelf opleiden"),
    ("p", "Op dit moment werken bij ons twee zij-instromers: een voormalig pedagogisch medewerker van onze BSO "
          "die de deeltijdpabo volgt bij Windesheim in Almere, en een collega die vanuit de ICT is overgestapt. "
          "Beiden hebben een begeleidingsplan, een vaste coach en vier uur per week vrij geroosterd voor hun "
          "studie. We verwachten dat beiden in 2027 bevoegd zijn. Daarnaast zijn we opleidingsschool: ieder jaar "
          "lopen zes tot acht pabostudenten en vier mbo-studenten (onderwijsassistent en pedagogisch medewerker) "
          "bij ons stage. Onze schoolopleider heeft daar 0,2 fte voor. "),
    ("h2", "8.2 Leren en groeien"),
    ("b", [
        "Iedere medewerker volgt in de planperiode minstens één cursus of traject van de ASG Academie. In "
        "2025-2026 volgen onze twee bouwcoördinatoren het leiderschapstraject en volgen drie leerkrachten de "
        "opleiding tot rekenspecialist.",
        "Pedagogisch medewerkers houden hun VVE-certificaat bij en volgen in het najaar van 2025 samen met de "
        "kleuterleerkrachten de training KIJK!.",
        "Onze intern begeleiders nemen deel aan het netwerk van intern begeleiders binnen ASG, de directeur aan "
        "de leergroep van directeuren.",
    ]),
    ("h2", "8.3 Een vaste cyclus van gesprekken"),
    ("p", "Voor alle medewerkers, ook in de opvang, geldt dezelfde cyclus: een startgesprek in september of "
          "oktober waarin de leervraag en de afspraken voor het jaar worden vastgelegd, een ontwikkelgesprek in "
          "februari en om de drie jaar een beoordelingsgesprek. De verslagen komen in het digitale "
          "personeelsdossier. In 2023-2024 was de cyclus voor 63 procent van de medewerkers rond; dat moet "
          "100 procent worden. Daarom voeren vanaf 2025-2026 de bouwcoördinatoren "
          "de gesprekken met de leerkrachten van hun bouw."),
    ("h2", "8.4 Gezond en met plezier aan het werk"),
    ("p", "Het ziekteverzuim was in 2024 6,8 procent in het onderwijs en 7,4 procent in de opvang. Dat is hoger "
          "dan we willen. We doen het volgende:"),
    ("b", [
        "De werkdrukmiddelen zetten we in voor twee onderwijsassistenten en een vakleerkracht "
        "bewegingsonderwijs; het team heeft daar zelf voor gekozen.",
        "In het ontwikkelgesprek is altijd ruimte voor de vraag wat iemand in deze fase van zijn leven nodig "
        "heeft. Afspraken daarover, bijvoorbeeld over rooster of taken, leggen we vast.",
        "Bij ziekte belt de leidinggevende op de eerste dag. Na drie ziekmeldingen in een jaar volgt een gesprek "
        "over wat er speelt, en waar nodig schakelen we vroeg de bedrijfsarts in.",
        "Elk voorjaar is er een vitaliteitsweek met een wandeling door het Buitenhout, een workshop over slaap "
        "en stress en een week gezonde lunches.",
    ]),
    ("h2", "8.5 Gezien en gewaardeerd"),
    ("p", "In ons team zit veel expertise die we beter willen benutten. We werken met specialisten: een "
          "taalspecialist, een rekenspecialist, een gedragsspecialist, een specialist jonge kind en een "
          "specialist meer- en hoogbegaafdheid. Ieder van hen heeft twee uur per week voor die rol, een eigen "
          "plek in de jaarplanning, en ze praten het team twee keer per jaar bij. Nieuwe collega's gaan in hun "
          "eerste jaar naar ASG Start, zodat ze weten bij welke organisatie ze horen. In het medewerkersonderzoek "
          "van 2024 gaf het team een 7,2 op de vraag of men trots is om bij De Kardinaalsmuts en ASG te werken; "
          "daar willen we een 8 van maken."),
    ("kader", [
        ["Ziekteverzuim onderwijs / opvang", "6,8% / 7,4%", "hoogstens 4,5% / 5,0%"],
        ["Medewerkers met volledig doorlopen gesprekscyclus", "63%", "100%"],
        ["Zij-instromers met bevoegdheid", "0 van 2", "2 van 2 (2027)"],
        ["Medewerkers met een afgerond traject van de ASG Academie in de planperiode", "9", "alle medewerkers"],
        ["Medewerkersonderzoek: 'ik ben trots om hier te werken'", "7,2", "8,0"],
        ["Stageplaatsen pabo en mbo per jaar", "10", "12"],
    ]),

    # ---------------------------------------------------------------- 9
    ("h1", "9. Verbonden met de andere ASG-scholen"),
    ("p", "We zijn een van de bijna vijftig scholen van ASG. Eerlijk gezegd weten veel collega's niet goed wat er bovenschools gebeurt. In deze "
          "planperiode kiezen we voor drie dingen."),
    ("h2", "9.1 Elkaar ontmoeten"),
    ("p", "Twee keer per jaar gaat een groep van minstens vijf collega's, uit onderwijs én opvang, naar de "
          "lezingenavond van ASG, en op de ASG-studiedag doet het hele onderwijsteam mee. Onze specialisten (zie "
          "8.5) zoeken ieder een collega-specialist op een andere ASG-school op, met wie ze twee keer per jaar "
          "materiaal en ervaringen uitwisselen."),
    ("h2", "9.2 Laten zien wat we leren"),
    ("p", "Wat onze leerteams onderzoeken, willen we niet alleen op ons eigen leerfeest laten zien. In 2027 en "
          "in 2029 presenteren we een leerteamonderzoek op een ASG-brede studiedag of conferentie. We beginnen "
          "met het onderzoek naar taal bij peuters."),
    ("h2", "9.3 Een soepele route naar het voortgezet onderwijs"),
    ("p", "Ongeveer driekwart van onze leerlingen gaat na groep 8 naar een ASG-school voor voortgezet onderwijs. "
          "Vanaf 2025-2026 maken we met de vier vo-scholen waar de meeste kinderen naartoe gaan afspraken over een "
          "warme overdracht: een gesprek tussen de leerkracht van groep 8 en de mentor in het eerste leerjaar, en "
          "een terugkoppeling na het eerste rapport. Alle leerlingen van groep 8 lopen vóór 1 maart een dag mee "
          "op een vo-school naar keuze. Voor kinderen voor wie het reguliere onderwijs niet past, werken we samen "
          "met de scholen voor speciaal (basis)onderwijs binnen ASG (zie 7.4)."),
    ("kader", [
        ["Collega's die minstens één ASG-brede bijeenkomst per jaar bijwonen", "ca. 35%", "80%"],
        ["Presentaties van eigen leerteamonderzoek op ASG-bijeenkomsten", "0", "2 in de planperiode"],
        ["Leerlingen groep 8 met een meeloopdag vóór 1 maart", "55%", "100%"],
        ["Vo-scholen met afspraken over warme overdracht en terugkoppeling", "1", "4"],
    ]),

    # ---------------------------------------------------------------- 10
    ("h1", "10. Ouders en partners"),
    ("p", "Een kind groeit op in een driehoek van thuis, kindcentrum en wijk. "),
    ("h2", "10.1 Ouders als partner in het leren"),
    ("b", [
        "In de tweede en derde schoolweek voert iedere leerkracht een startgesprek met de ouders van elk kind. "
        "In 2024-2025 kwam 82 procent van de "
        "ouders. We willen naar 95 procent, onder meer door ook gesprekken via beeldbellen aan te bieden.",
        "Vanaf groep 5 worden de rapportgesprekken gesprekken tussen ouder, kind en leerkracht, waarin het kind "
        "zijn portfolio laat zien (zie 6.2).",
        "Ouders van peuters met een VVE-indicatie krijgen bij ieder Uk & Puk-thema een thuispakket met boekjes "
        "en spelletjes, en eens per maand is er een ouderochtend in de peuteropvang waarop ouders meedoen met de "
        "activiteiten. Nu doet ongeveer 40 procent van deze ouders mee; ons doel is 70 procent.",
        "Samen met De Nieuwe Bibliotheek bieden we vanaf september 2025 in de ouderkamer een taalcursus aan voor "
        "ouders die hun Nederlands willen verbeteren, twee ochtenden per week.",
        "Het ouderpanel van twaalf ouders uit school en opvang denkt drie keer per jaar mee, bijvoorbeeld "
        "over het nieuwe rapport.",
    ]),
    ("h2", "10.2 Medezeggenschap"),
    ("p", "De MR van de school (vier ouders en vier personeelsleden) en de oudercommissie van de opvang werken "
          "steeds meer samen. Vanaf 2025-2026 vergaderen ze twee keer per jaar gezamenlijk over onderwerpen die "
          "het hele kindcentrum raken, zoals het gezamenlijke communicatiekanaal en het pedagogisch beleid. De "
          "directeur legt plannen in een vroeg stadium voor, als er nog echt iets te kiezen valt, en niet pas "
          "als het besluit klaarligt. De MR volgt in 2025-2026 een scholingsavond via Verus over de rol van de "
          "MR in een integraal kindcentrum."),
    ("h2", "10.3 Partners in en om het kindcentrum"),
    ("t", ["Partner", "Wat we samen doen"], [
        ["Kinderopvang De Bolderik", "Exploiteert kinderdagverblijf, peuteropvang en BSO; één pedagogische visie "
                                     "en één directie voor het kindcentrum"],
        ["Samenwerkingsverband Passend Onderwijs Almere", "Consultatie, arrangementen, toelaatbaarheidsverklaringen"],
        ["Sociaal wijkteam Almere Buiten", "Wekelijks spreekuur in de ouderkamer; deelname aan het "
                                           "ondersteuningsoverleg"],
        ["GGD Flevoland (jeugdgezondheidszorg)", "Jeugdverpleegkundige op school; onderzoeken in groep 2 en 7"],
        ["De Nieuwe Bibliotheek", "Bibliotheek op school, BoekStart in het kinderdagverblijf, taalcursus voor ouders"],
        ["Buurtsportcoaches gemeente Almere", "Sport op het plein na schooltijd, voor BSO en buurtkinderen"],
        ["Katholieke parochie in Almere", "Bezoek van de pastor twee keer per jaar; samenwerking rond "
                                          "Sint-Maarten en Kerstmis"],
        ["Windesheim (pabo Almere)", "Opleiden van studenten; begeleiding van de leerteams"],
    ]),
    ("p", "Met de partners die nu nog zonder afspraken op papier met ons samenwerken, zoals de bibliotheek, de "
          "buurtsportcoaches en het wijkteam, maken we in 2025-2026 schriftelijke afspraken. Elk voorjaar houden we met alle partners samen één overleg over "
          "de kinderen en gezinnen in de wijk."),
    ("kader", [
        ["Ouders aanwezig bij het startgesprek", "82%", "95%"],
        ["Ouders van VVE-peuters die meedoen aan de ouderochtenden", "ca. 40%", "70%"],
        ["Gezamenlijke vergaderingen van MR en oudercommissie", "0", "2 per jaar"],
        ["Partners met schriftelijke samenwerkingsafspraken", "4", "8 (alle partners)"],
        ["Jaarlijks wijkoverleg met alle partners", "nee", "ja, elk voorjaar"],
    ]),

    # ---------------------------------------------------------------- 11
    ("h1", "11. Hoe we de kwaliteit bewaken"),
    ("p", "Kwaliteitszorg is bij ons geen apart project maar een vaste jaarcyclus. Zo ziet een jaar eruit:"),
    ("t", ["Wanneer", "Wat", "Wie"], [
        ["Juni-juli", "Jaarplan voor het volgende schooljaar, afgeleid van hoofdstuk 12; bespreking met de MR",
         "directeur, MT"],
        ["Oktober", "Groepsbesprekingen; start leerteams; eerste ronde lesbezoeken", "IB, bouwcoördinatoren"],
        ["Januari-februari", "Middentoetsen en trendanalyse met het hele team; tussenevaluatie jaarplan",
         "IB, team"],
        ["Maart", "Vragenlijst sociale veiligheid groep 5-8; tweede ronde lesbezoeken", "IB, directeur"],
        ["Mei-juni", "Eindtoetsen en trendanalyse; derde ronde lesbezoeken; leerfeest", "team"],
        ["Juli", "Jaarverslag en evaluatie; input voor het nieuwe jaarplan", "directeur"],
        ["Elk kwartaal", "Kwartaalrapportage aan het bestuur over resultaten, personeel en financiën", "directeur"],
    ]),
    ("p", "Daarnaast houden we om het jaar een oudervragenlijst en een medewerkersonderzoek, en elk jaar een "
          "leerlingvragenlijst voor groep 5 tot en met 8. In 2026-2027 voeren we een zelfevaluatie uit op de "
          "standaarden van de inspectie, waarbij twee directeuren van andere ASG-scholen als interne auditors "
          "meekijken. Het pedagogisch beleidsplan evalueren we jaarlijks met "
          "de oudercommissie. Lesbezoeken doen we met een eigen kijkwijzer die past bij ons "
          "instructiemodel; elke leerkracht krijgt drie bezoeken per jaar, waarvan één door een collega."),
    ("kader", [
        ["Lesbezoeken per leerkracht per jaar", "1", "3"],
        ["Trendanalyses met het hele team", "1 per jaar", "2 per jaar"],
        ["Zelfevaluatie op de inspectiestandaarden met interne audit", "niet in de laatste vier jaar",
         "1 keer (2026-2027)"],
        ["Jaarverslag besproken met MR en oudercommissie", "alleen MR", "beide, elk jaar"],
    ]),

    # ---------------------------------------------------------------- 12
    ("h1", "12. Meerjarenplanning"),
    ("p", "Onderstaande planning is de basis voor de jaarplannen. Elk jaar stellen we haar bij op grond van het "
          "jaarverslag."),
    ("t", ["Schooljaar", "Wat we oppakken"], [
        ["2025-2026", "Eén communicatiekanaal; warme overdracht naar groep 1; plusgroep vanaf groep 4; Basicly; "
                      "herstelgericht werken; burgerschapsleerlijn (juli 2026); gezamenlijke MR en oudercommissie"],
        ["2026-2027", "Kardinaalslab; zes gedeelde thema's; portfolio groep 4-8; "
                      "zelfevaluatie en interne audit; eerste ASG-brede presentatie"],
        ["2027-2028", "Methodes naast nieuwe kerndoelen; presentaties van leerlingonderzoek; evaluatie gesprekscyclus"],
        ["2028-2029", "Eindevaluatie van dit plan; tweede ASG-brede presentatie; voorbereiding schoolplan "
                      "2029-2033"],
    ]),

    # ---------------------------------------------------------------- 13
    ("h1", "13. Instemming en vaststelling"),
    ("p", "De medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan. De oudercommissie van de "
          "opvang heeft op 12 juni 2025 positief geadviseerd over de onderdelen die de opvang betreffen. Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het plan op 8 juli 2025 vastgesteld."),
    ("t", ["Namens de MR", "Namens het bevoegd gezag", "Directeur"], [
        ["Hasan Yılmaz, voorzitter", "College van Bestuur ASG", "Anouk Verbeek"],
        ["Datum: 17 juni 2025", "Datum: 8 juli 2025", "Datum: 8 juli 2025"],
        ["Handtekening:", "Handtekening:", "Handtekening:"],
    ]),
]


# ---------------------------------------------------------------------------
# Opmaakhulpjes
# ---------------------------------------------------------------------------

def _set_lang(doc, lang="nl-NL"):
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        if rpr is not None:
            rpr_el = rpr.find(qn("w:rPr"))
            if rpr_el is not None:
                lang_el = rpr_el.find(qn("w:lang"))
                if lang_el is None:
                    lang_el = OxmlElement("w:lang")
                    rpr_el.append(lang_el)
                lang_el.set(qn("w:val"), lang)
                lang_el.set(qn("w:eastAsia"), lang)
                lang_el.set(qn("w:bidi"), "ar-SA")


def _shade(cell_or_par_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell_or_par_pr.append(shd)


def _cell_fill(cell, fill):
    _shade(cell._tc.get_or_add_tcPr(), fill)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _par_box(paragraph, fill, color):
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "4")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)
    _shade(ppr, fill)


def _page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("IKC De Kardinaalsmuts · Schoolplan 2025-2029 · pagina ")
    r.font.size = Pt(8)
    r.font.color.rgb = GRIJS
    run = p.add_run()
    run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def _table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    _repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _cell_fill(c, KOP_KLEUR)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    return t


def _kader(doc, rows):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    run = p.add_run("Wat we in 2029 bereikt willen hebben")
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = ROOD
    _par_box(p, KADER_KLEUR, KOP_KLEUR)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    _repeat_header(hdr)
    for i, h in enumerate(["Indicator", "Nu", "Doel"]):
        c = hdr.cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        _cell_fill(c, KADER_KLEUR)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for row in t.rows:
        row.cells[0].width = Cm(9.0)
        row.cells[1].width = Cm(3.2)
        row.cells[2].width = Cm(3.8)
    doc.add_paragraph()


def _normalize_zip(path, stamp=(2025, 7, 8, 12, 0, 0)):
    """Herschrijf het zip-archief met vaste tijdstempels, zodat het bestand byte-gelijk blijft."""
    fd, tmp = tempfile.mkstemp(suffix=".docx")
    os.close(fd)
    with zipfile.ZipFile(path, "r") as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    shutil.move(tmp, path)


# ---------------------------------------------------------------------------
# Bouwen
# ---------------------------------------------------------------------------

def build(path):
    path = str(path)
    doc = Document()
    _set_lang(doc)

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Title", 26)):
        s = doc.styles[name]
        s.font.color.rgb = ROOD
        s.font.size = Pt(size)
        s.font.name = "Calibri"

    sec = doc.sections[0]
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    _page_number_footer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 IKC De Kardinaalsmuts"
    cp.subject = "Schoolplan"
    cp.author = "Anouk Verbeek"
    cp.last_modified_by = "Anouk Verbeek"
    cp.keywords = "schoolplan; IKC; katholiek; Almere Buiten"
    cp.comments = ""
    cp.category = ""
    cp.revision = 7
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 5, 12, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 7, 8, 11, 45, 0)
    cp.last_printed = datetime.datetime(2025, 7, 8, 11, 40, 0)

    # Voorblad
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(style="Title")
    p.add_run("Schoolplan 2025 – 2029")
    p = doc.add_paragraph()
    r = p.add_run("Katholiek Integraal Kindcentrum De Kardinaalsmuts")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = ROOD
    p = doc.add_paragraph()
    r = p.add_run("Samen groeien, ieder op zijn eigen manier")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph()
    for line in ("Kinderdagverblijf · Peuteropvang · Basisschool · Buitenschoolse opvang",
                 "Hermelijnweg 5, Almere Buiten",
                 "Onderdeel van de Almeerse Scholen Groep (ASG)",
                 "Versie ter vaststelling, juli 2025"):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.font.color.rgb = GRIJS
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # Inhoud
    doc.add_paragraph("Inhoud", style="Heading 1")
    for blk in INHOUD:
        if blk[0] == "h1":
            doc.add_paragraph(blk[1].strip())
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    for blk in INHOUD:
        kind = blk[0]
        if kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1].strip())
        elif kind == "b":
            for item in blk[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "t":
            _table(doc, blk[1], blk[2])
        elif kind == "kader":
            _kader(doc, blk[1])
        else:
            raise ValueError(kind)

    doc.save(path)
    _normalize_zip(path)
    return path


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_199_kardinaalsmuts.docx")
