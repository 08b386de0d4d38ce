"""Schoolplan 2019-2023 van vmbo De Werf (Almere Buiten).

De school: een openbare vmbo-school voor de basis- en kaderberoepsgerichte leerweg met lwoo, 642
leerlingen, vier profielen (PIE, BWI, MVI, Z&W) en een eigen, op het technasium geïnspireerd vak: de
Ontwerpwerkplaats (OWP), met echte opdrachten van bedrijven en de gemeente.

Het ontwerp: het plan is alleen volgens de vier vensters van ASG Koers 22 opgebouwd. De kernwaarden
worden uitsluitend in de inleiding genoemd, als waarden van het bestuur, met twee bestuurszinnen als
motto en zonder eigen uitwerking. Er zijn geen kopstijlen: alle koppen zijn vetgedrukte alinea's in de
stijl Normal (hoofdstukkop 14 pt, paragraafkop 11 pt). De doelen staan per venster als opsomming met
een datum. Venster 4 heeft een lang hoofdstuk met veel genoemde partners (bedrijven, mbo, gemeente);
venster 2 beschrijft concrete personeelsafspraken. Valkuilen: gastvrijheid als beroepsvaardigheid in
het keuzevak Gastheerschap, de open dag, een wens zonder inhoud over trots op ASG, en een MR die
alleen positief heeft geadviseerd (geen instemming).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl_stijlen

VASTE_DATUM = datetime.datetime(2019, 6, 25, 9, 30, 0)


def _kop(doc, tekst, grootte=14):
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)
    par.paragraph_format.space_before = Pt(12 if grootte > 11 else 8)
    par.paragraph_format.keep_with_next = True
    return par


def _sub(doc, tekst):
    return _kop(doc, tekst, 11)


def _p(doc, tekst):
    doc.add_paragraph(tekst)


def _bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def build(path):
    doc = Document()
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "R. Doornbos"
    cp.title = "Schoolplan vmbo De Werf 2019-2023"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "R. Doornbos"
    cp.revision = 3

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.text = "vmbo De Werf – schoolplan 2019-2023 – "
    page_field(voet)

    # ------------------------------------------------------------ titel
    titel = doc.add_paragraph()
    r = titel.add_run("Schoolplan 2019-2023")
    r.bold = True
    r.font.size = Pt(24)
    _kop(doc, "vmbo De Werf – basis- en kaderberoepsgerichte leerweg", 14)
    _p(doc, "Openbare school voor vmbo · Almere Buiten · BRIN 30FX · onderdeel van de Almeerse Scholen "
            "Groep")
    _p(doc, "Directeur: Roel Doornbos")

    # ------------------------------------------------------------ inleiding
    _kop(doc, "Inleiding")
    _p(doc, "Voor u ligt het schoolplan van vmbo De Werf voor de periode 1 augustus 2019 tot en met "
            "31 juli 2023. Het beschrijft wat wij de komende vier jaar willen bereiken, hoe wij dat "
            "aanpakken en wanneer wij klaar willen zijn.")
    _p(doc, "De Werf hoort bij de Almeerse Scholen Groep (ASG). Het strategisch beleid van ASG, Koers 22 "
            "‘Leren in verbinding’, is het kader van dit plan. Het bestuur werkt vanuit vier kern"
            "waarden: gezien worden, open, vooruitstrevend en ambitieus. Die waarden dragen wij als "
            "school mee. Bij ons is iedereen waardevol en wordt iedereen gezien, en wij geven altijd "
            "het beste van onszelf.")
    _p(doc, "Koers 22 ordent de ambities van ASG in vier vensters. Ons plan volgt die vier vensters: na "
            "een korte schets van de school beschrijven wij per venster wat wij doen en welke doelen wij "
            "ons stellen, elk met een datum. Zo kunnen team, ouders, MR en bestuur zien waar wij staan.")
    _p(doc, "Het plan is tussen oktober 2018 en april 2019 geschreven door de schoolleiding met een "
            "schrijfgroep van zes docenten, een instructeur en twee teamleiders. Het team besprak de "
            "concepten op de studiedagen van 14 januari en 18 maart 2019; de leerlingenraad reageerde "
            "op 4 februari 2019 op het deel over de Ontwerpwerkplaats.")

    # ------------------------------------------------------------ school
    _kop(doc, "Onze school in het kort")
    _p(doc, "De Werf is een openbare vmbo-school in Almere Buiten voor de basisberoepsgerichte en de "
            "kaderberoepsgerichte leerweg, met leerwegondersteuning (lwoo). Op 1 oktober 2018 telde de "
            "school 642 leerlingen, ongeveer 45 procent in basis en 55 procent in kader; 38 procent heeft "
            "een lwoo-indicatie. In de bovenbouw bieden wij vier profielen: Produceren, Installeren en "
            "Energie (PIE), Bouwen, Wonen en Interieur (BWI), Media, Vormgeving en ICT (MVI) en Zorg en "
            "Welzijn (Z&W). Ruim 40 procent van de leerlingen heeft ouders die buiten Nederland zijn "
            "geboren. Na het examen gaat 96 procent naar het mbo.")
    _p(doc, "Kerncijfers 2018: geslaagd basis 97,8% (landelijk 98,1%), kader 93,4% (landelijk 94,6%); "
            "onderbouwsnelheid 97,1%; bovenbouwsucces 84,2%. Bij het vierjaarlijks onderzoek van "
            "november 2018 oordeelde de inspectie beide afdelingen voldoende, met één herstelopdracht "
            "voor de examendossiers van Z&W; die is in februari 2019 afgerond. Het team telt "
            "71 medewerkers (59,4 fte): 44 docenten, 8 instructeurs, 5 onderwijsassistenten en toa's, "
            "4 teamleiders en 10 medewerkers in ondersteuning en beheer.")
    _p(doc, "Het gebouw aan de Marktmeesterweg dateert uit 2004. In 2017 zijn de werkplaatsen voor PIE "
            "en BWI vernieuwd met geld van het Regionaal Investeringsfonds mbo-vmbo; de OWP heeft "
            "sindsdien een eigen ontwerplokaal met 3D-printers, een lasersnijder en een werkbank per "
            "team. Het lokaal voor Z&W wordt in de zomer van 2020 verbouwd tot zorgwerkplaats.")

    # ------------------------------------------------------------ venster 1
    _kop(doc, "Venster 1 – Goed en toegankelijk onderwijs")

    _sub(doc, "Ons onderwijsprogramma")
    _p(doc, "In leerjaar 1 en 2 volgen alle leerlingen een brede onderbouw: Nederlands, Engels, wiskunde, "
            "mens en maatschappij, mens en natuur, lichamelijke opvoeding, kunst en cultuur, een "
            "mentorles en vier uur Ontwerpwerkplaats per week. De kerndoelen zijn per vak vastgelegd in "
            "een vakwerkplan; de sectieleider controleert elk jaar in juni of alle kerndoelen in het "
            "programma zitten. Voor Nederlands en rekenen werken wij toe naar referentieniveau 2F; wie "
            "bij de toetsen in leerjaar 1 en 3 achterblijft, krijgt extra instructie in het steunuur. In "
            "leerjaar 3 en 4 volgen leerlingen het examenprogramma van hun profiel, met een PTA dat elk "
            "jaar vóór 1 oktober wordt vastgesteld. Z&W-leerlingen kunnen het keuzevak Gastheerschap "
            "kiezen, waarin zij gastvrijheid als beroepsvaardigheid leren: gasten ontvangen, bedienen en "
            "klachten afhandelen in het leerrestaurant, met medeleerlingen als gasten.")
    _p(doc, "Bij twijfel tussen basis en kader plaatsen wij een leerling in kader, en in leerjaar 2 "
            "beslist het werk van de leerling, niet het advies van groep 8. Basisleerlingen die een vak "
            "aankunnen, doen dat vak op kaderniveau examen; in 2018 deden 21 leerlingen dat. Loopbaan"
            "oriëntatie loopt door alle leerjaren: vier doe-dagen op het mbo in leerjaar 2, een "
            "oriënterende stage van twee weken in leerjaar 3 en een beroepsstage van vier weken in "
            "leerjaar 4, vastgelegd in een digitaal LOB-portfolio.")
    _p(doc, "Het examen bestaat per profiel uit een centraal schriftelijk en praktisch examen (CSPE) en "
            "het schoolexamen volgens het PTA. De examencommissie controleert twee keer per jaar "
            "steekproefsgewijs de dossiers; na de herstelopdracht van 2018 gebeurt dat voor Z&W bij "
            "elke periode. De resultaten van het CSPE per profiel bespreekt de sectie in september; "
            "een profiel dat twee jaar onder het landelijk gemiddelde scoort, maakt een verbeterplan "
            "met de teamleider.")

    _sub(doc, "De Ontwerpwerkplaats")
    _p(doc, "Sinds 2017 heeft De Werf een eigen vak, geïnspireerd op het technasium in havo en vwo: de "
            "Ontwerpwerkplaats (OWP). Leerlingen werken in teams van vier, acht tot tien weken lang, aan "
            "een echte opdracht van een opdrachtgever buiten de school. Elke opdracht volgt vaste "
            "stappen: opdracht begrijpen, onderzoeken, ideeën bedenken, een prototype bouwen, testen en "
            "presenteren aan de opdrachtgever, die bij de start en bij de eindpresentatie op school "
            "komt. Voorbeelden uit 2018-2019: een verlichtingsplan voor de fietsenstalling van station "
            "Almere Buiten (Gemeente Almere), een verrijdbare werkbank voor leerling-monteurs "
            "(Installatiebedrijf Kuipers) en een opbergsysteem voor het magazijn van Bouwbedrijf "
            "Hollander.")
    _p(doc, "De OWP heeft vier uur per week in leerjaar 1 en 2 en twee uur als keuzevak in leerjaar 3 en "
            "4. Een docent en een instructeur geven het vak samen. Leerlingen krijgen geen cijfer maar "
            "een niveau (beginner, gevorderd, zelfstandig) op vijf vaardigheden: onderzoeken, ontwerpen, "
            "samenwerken, presenteren en reflecteren. In leerjaar 2 volgt iedere leerling binnen de OWP "
            "een module programmeren met de micro:bit. Omdat het werkveld van onze leerlingen verandert, "
            "zijn in PIE vanaf 2019-2020 zonnepanelen, warmtepompen en laadpalen een vast onderdeel van "
            "het programma.")

    _sub(doc, "Burgerschap en ons openbare karakter")
    _p(doc, "De Werf is een openbare school. Dat betekent bij ons in de praktijk:")
    _bullets(doc, [
        "Wij laten iedere leerling toe ongeacht godsdienst of levensovertuiging; bij de aanmelding "
        "vragen wij niet naar geloof.",
        "In de mentorles besteden wij in leerjaar 1 en 2 zes lessen per jaar aan levensbeschouwingen; "
        "leerlingen presenteren in tweetallen een feest of gebruik uit hun eigen traditie of die van "
        "een ander en bezoeken in leerjaar 2 een moskee, een kerk en een hindoetempel in Almere.",
        "Op Suikerfeest, Offerfeest, Divali, Pasen en Kerst plannen wij geen toetsen, en er is een "
        "stilteruimte voor leerlingen en medewerkers met of zonder geloof.",
        "Docenten brengen meerdere standpunten in en houden hun eigen politieke voorkeur buiten de "
        "les; dat staat in onze gedragscode.",
    ])
    _p(doc, "Burgerschap heeft een eigen leerlijn in de mentorlessen, bij maatschappijleer (leerjaar 3) "
            "en in de OWP, met drie thema's: democratie (met een debat met raadsleden in leerjaar 3), "
            "identiteit en diversiteit, en meedoen in de wijk via een maatschappelijke stage van 30 uur. "
            "De leerlingenraad van tien leden spreekt maandelijks met de directeur en heeft adviesrecht "
            "over het schoolreglement.")

    _sub(doc, "Veiligheid en schoolklimaat")
    _p(doc, "In de veiligheidsmonitor van 2018 voelde 88 procent van de leerlingen zich veilig en werd "
            "9 procent gepest. Onze aanpak: zeven ‘Werf-afspraken’ die in elk lokaal hangen en in de "
            "eerste mentorlessen met de klas worden uitgewerkt (onder meer: wij spreken elkaar aan met "
            "de naam, zonder schelden, en ook volwassenen doen dat); herstelgericht werken, waarbij na "
            "een incident de betrokkenen met een docent bespreken wat er gebeurde, wie er last van had "
            "en hoe het wordt hersteld; een anti-pestcoördinator, twee vertrouwenspersonen en een "
            "schoolagent die één dagdeel per week op school is. Het veiligheidsplan met protocollen "
            "wordt jaarlijks bijgewerkt; de incidentenregistratie bespreekt het managementteam elk "
            "kwartaal.")

    _sub(doc, "Ondersteuning")
    _p(doc, "Ons schoolondersteuningsprofiel (2018) beschrijft wat wij bieden. Basisondersteuning voor "
            "iedereen: een mentor die de klas minstens drie uur per week ziet, steunuren, faal"
            "angsttraining en vaste faciliteiten bij dyslexie en dyscalculie. Voor lwoo-leerlingen: "
            "klassen van gemiddeld 22 leerlingen, een vaste stamgroep in leerjaar 1 en een extra "
            "instructeur in de OWP. Extra ondersteuning: het ondersteuningsteam (zorgcoördinator, "
            "orthopedagoog, schoolmaatschappelijk werker, jeugdverpleegkundige, leerplicht) bespreekt "
            "elke twee weken leerlingen, en de Trajectkamer biedt acht plekken voor leerlingen die "
            "tijdelijk niet in de klas kunnen. Wat wij niet kunnen bieden: één-op-één begeleiding de "
            "hele dag, of een plek in onze werkplaatsen voor een leerling die daar onveilig is voor "
            "zichzelf of anderen. Voor hen zoeken wij via het Samenwerkingsverband VO Almere een plek in "
            "het praktijkonderwijs of het vso; met Praktijkschool De Baai is er een afspraak over "
            "wederzijdse overstap (in 2018 drie leerlingen naar De Baai, twee naar ons).")
    _p(doc, "Elke leerling heeft drie keer per jaar een voortgangsgesprek met de mentor over cijfers, "
            "aanwezigheid, LOB en wat hij nodig heeft om verder te komen; de afspraken staan in "
            "Magister, zodat alle vakdocenten ze kennen.")

    _sub(doc, "Kwaliteitszorg")
    _p(doc, "Wij werken met de cyclus plannen, uitvoeren, meten en bijstellen op drie niveaus. Elke "
            "sectie maakt in september een sectieplan en evalueert dat in juni met de resultaten per "
            "vak. De teamleiders analyseren na elke rapportperiode de resultaten per klas met de "
            "mentoren. De school maakt een jaarplan (september), kwartaalrapportages voor het College "
            "van Bestuur en een jaarverslag (juni); eens per twee jaar peilen wij de tevredenheid van "
            "leerlingen, ouders en medewerkers. Elke docent krijgt jaarlijks een lesbezoek van de "
            "teamleider met onze kijkwijzer en twee collegiale lesbezoeken. De drie zwakste kijkpunten "
            "van het jaar worden het onderwerp van de studiedagen en van de professionele leer"
            "gemeenschappen in het jaar daarna.")

    _sub(doc, "Doelen venster 1")
    _bullets(doc, [
        "December 2019: de leerlijn burgerschap is voor alle leerjaren beschreven.",
        "Juni 2020: de OWP draait ook in Z&W, met ten minste drie opdrachtgevers uit zorg en welzijn.",
        "Juni 2020: alle leerlingen van leerjaar 2 hebben de module programmeren gevolgd; PIE bevat "
        "zonnepanelen, warmtepompen en laadpalen.",
        "Juli 2020: het slagingspercentage kader is ten minste gelijk aan het landelijk gemiddelde "
        "(2018: 93,4%).",
        "Oktober 2020: het schoolondersteuningsprofiel is herzien en met de MR besproken.",
        "Februari 2021: 92% van de leerlingen voelt zich veilig (2018: 88%), minder dan 6% wordt "
        "gepest (2018: 9%).",
        "Juni 2021: het bovenbouwsucces is gestegen van 84,2% naar 88%; 90% van de docenten heeft "
        "twee collegiale lesbezoeken gehad.",
        "Juli 2022: 40 basisleerlingen doen een of meer vakken op kaderniveau examen (2018: 21).",
    ])

    # ------------------------------------------------------------ venster 2
    _kop(doc, "Venster 2 – Personeel in positie")
    _p(doc, "Het team in cijfers (oktober 2018): gemiddelde leeftijd 47 jaar, 14 medewerkers ouder dan "
            "60, ziekteverzuim 6,8%. Zeven docenten zijn niet of niet volledig bevoegd voor hun vak, "
            "van wie vier zij-instromers uit het bedrijfsleven. Drie vacatures voor techniekdocenten "
            "waren in 2018 moeilijk te vervullen. Hieronder staan onze afspraken.")

    _sub(doc, "Bevoegd voor de klas")
    _p(doc, "Met elke onbevoegde docent is een opleidingsplan met einddatum afgesproken. De school betaalt "
            "collegegeld en boeken, geeft vier uur studieverlof per week (naar rato van de aanstelling) "
            "en een coach uit de eigen sectie met 40 uur per jaar voor de begeleiding. Instructeurs die "
            "docent willen worden, krijgen dezelfde regeling; in 2019-2020 beginnen er twee.")

    _sub(doc, "Werving en werkverdeling")
    _p(doc, "Voor techniekvacatures werven wij ook buiten het onderwijs, via onze stagebedrijven en de "
            "zij-instroomroute (zie venster 4). Elke vacature wordt binnen vier weken opnieuw bekeken: "
            "is een combinatie van een docent en een instructeur een betere oplossing dan een tweede "
            "advertentie? De werkverdeling maken de secties zelf, binnen het werkverdelingsplan dat "
            "het team jaarlijks in mei vaststelt, met instemming van de personeelsgeleding van de MR. "
            "Elke docent ziet vóór 1 juni zijn taakbrief voor het volgende jaar.")

    _sub(doc, "Scholing en leergemeenschappen")
    _p(doc, "Elke medewerker volgt per jaar ten minste één training of bijeenkomst van de ASG Academie "
            "of een extern instituut, passend bij de afspraken uit het ontwikkelgesprek; het budget is "
            "1.100 euro per fte. Twee scholingslijnen zijn voor iedereen: begeleiden van ontwerp"
            "processen voor alle OWP-koppels (2019-2021) en taalgericht vakonderwijs voor alle docenten "
            "(2020-2022). Alle docenten zitten in een van de vier professionele leergemeenschappen van "
            "acht tot tien collega's uit verschillende secties, die acht keer per jaar op dinsdagmiddag "
            "bijeenkomen. Elke PLG werkt een jaar aan een van de zwakste kijkpunten uit de lesbezoeken, "
            "maakt afspraken, oefent die in de eigen lessen en presenteert de uitkomst op de laatste "
            "studiedag van het jaar.")

    _sub(doc, "Gesprekscyclus")
    _p(doc, "Elke medewerker heeft jaarlijks in oktober of november een ontwikkelgesprek met de eigen "
            "teamleider, een lesbezoek en eens per drie jaar een beoordelingsgesprek. Wij gebruiken de "
            "gesprekscyclus en formulieren van ASG; het verslag gaat in het digitale personeels"
            "dossier. In 2018 had 81 procent van de medewerkers een gesprek gehad.")

    _sub(doc, "Elke levensfase")
    _p(doc, "In het ontwikkelgesprek bespreken wij ook de levensfase en wat die vraagt. Medewerkers vanaf "
            "57 jaar kunnen hun uren duurzame inzetbaarheid uit de cao vo (tot 170 uur) gebruiken voor "
            "minder lesgebonden taken, met een rooster zonder achtste uur en tussenuren. Jonge ouders "
            "kunnen een vaste vrije (halve) dag aanvragen; aanvragen vóór 1 april worden verwerkt. "
            "Startende docenten hebben het eerste jaar 20 procent en het tweede jaar 10 procent minder "
            "lesgebonden tijd, en een coach. Mantelzorgers kunnen een aangepast rooster krijgen.")

    _sub(doc, "Vitaliteit en verzuim")
    _p(doc, "Het verzuim van 6,8 procent is te hoog. Na een tweede ziekmelding binnen twaalf maanden "
            "volgt binnen een week een gesprek met de teamleider, en de bedrijfsarts wordt vroeg "
            "ingeschakeld. Medewerkers kunnen op dinsdag van 16.00 tot 17.00 uur sporten in de "
            "gymzaal, krijgen een jaarlijkse gezondheidscheck en hebben een budget van 150 euro per jaar "
            "voor een zelfgekozen vitaliteitsactiviteit. In 2019-2020 houdt elke sectie een werkdruk"
            "analyse; de werkdrukmiddelen gaan naar twee extra toa's in de praktijklokalen.")

    _sub(doc, "Mobiliteit en talenten voor heel ASG")
    _p(doc, "Vacatures publiceren wij eerst binnen ASG. Wie een volgende stap wil zetten, kan een "
            "meeloopweek doen op een andere ASG-school of op het servicebureau. Twee docenten werken "
            "sinds 2018 een dag per week als docent techniek op een ASG-havo, en een teamleider werd in "
            "2019 adjunct-directeur op een andere ASG-school. Onze techniekdocenten en instructeurs "
            "hebben kennis die in het basisonderwijs schaars is: zij geven techniekochtenden voor "
            "groep 7 en 8 van ASG-basisscholen in onze werkplaatsen (in 2018-2019 veertien groepen van "
            "acht scholen), en drie docenten verzorgen via de ASG Academie de training ‘techniek in de "
            "klas’ voor leerkrachten basisonderwijs, met 60 taakuren per jaar.")
    _p(doc, "Wij willen dat onze medewerkers zich betrokken voelen bij en trots zijn op ASG. Dat werken "
            "wij in de komende jaren verder uit.")

    _sub(doc, "Doelen venster 2")
    _bullets(doc, [
        "Oktober 2019: de regelingen voor elke levensfase staan in de personeelsgids.",
        "Schooljaar 2019-2020 en verder: 100% van de medewerkers heeft jaarlijks een ontwikkelgesprek "
        "(2018: 81%).",
        "Juni 2020: de werkdrukanalyse is afgerond en het werkverdelingsplan 2020-2021 is aangepast.",
        "December 2020: ziekteverzuim onder 5,5%; december 2022 onder 5%.",
        "Juni 2021: alle OWP-koppels hebben de scholing ontwerpprocessen afgerond.",
        "Juli 2021: alle zeven onbevoegde docenten (stand oktober 2018) zijn bevoegd of zitten in het "
        "laatste jaar van hun opleiding.",
        "Juli 2022: alle docenten hebben taalgericht vakonderwijs gevolgd.",
        "Elk schooljaar 2019-2023: ten minste twaalf groepen van ASG-basisscholen krijgen een "
        "techniekochtend; elke PLG presenteert op de slotstudiedag.",
    ])

    # ------------------------------------------------------------ venster 3
    _kop(doc, "Venster 3 – De meerwaarde van ASG")
    _p(doc, "Met de twee andere vmbo-scholen van ASG, Vakcollege Poort en vmbo Het Kruispunt, werken wij "
            "samen op drie terreinen:")
    _bullets(doc, [
        "Vaksecties: de secties PIE en BWI van de drie scholen komen vier keer per jaar bijeen, maken "
        "samen praktijkopdrachten voor het examen, treden bij elkaars praktijkexamens op als tweede "
        "examinator en delen dure apparatuur: onze leerlingen gebruiken de CNC-freesmachine van Poort, "
        "Poort gebruikt onze lasrobot. De examensecretarissen stemmen samen de PTA-planning af.",
        "Ontmoeten: alle medewerkers gaan naar de ASG-studiedag in het najaar, nieuwe medewerkers naar "
        "ASG Start, en eens per jaar houden de drie vmbo-teams een gezamenlijke middag in de "
        "werkplaatsen van een van de scholen.",
        "Doorstroom: kaderleerlingen die de gemengde of theoretische leerweg aankunnen, stromen via een "
        "vaste afspraak door naar Het Kruispunt, met een kennismakingsdag en een warme overdracht; in "
        "2018 waren dat er negen. Omgekeerd kunnen leerlingen van Het Kruispunt die beter praktisch "
        "leren, in leerjaar 2 naar ons overstappen.",
    ])
    _sub(doc, "Doelen venster 3")
    _bullets(doc, [
        "Elk najaar 2019-2022: alle medewerkers nemen deel aan de ASG-studiedag.",
        "Juni 2020: een gezamenlijke set praktijkopdrachten PIE voor de drie scholen.",
        "Schooljaar 2020-2021: bij alle praktijkexamens PIE en BWI is een tweede examinator van een "
        "andere ASG-school.",
        "Juli 2021: vijftien leerlingen per jaar stromen door naar Het Kruispunt (2018: negen), met "
        "hoogstens 10% uitval in het eerste jaar.",
    ])

    # ------------------------------------------------------------ venster 4
    _kop(doc, "Venster 4 – Partnerschap")

    _sub(doc, "Ouders")
    _p(doc, "Ouders van vmbo-leerlingen komen minder vanzelf naar school. Wij zoeken hen daarom op. In "
            "de eerste drie weken van leerjaar 1 belt de mentor elke ouder om de afspraken over contact "
            "en de eerste ervaringen van de leerling door te nemen. Drie keer per jaar is er een "
            "driehoeksgesprek van leerling, ouder en mentor over voortgang en loopbaankeuze; in "
            "2018-2019 kwam 83 procent van de ouders minstens twee keer. Ouders worden uitgenodigd bij "
            "de eindpresentaties van de OWP en bij de mbo-avond. In Magister zien zij cijfers, "
            "absentie en huiswerk; de nieuwsbrief verschijnt elke vier weken, ook in een versie in "
            "eenvoudige taal, en berichten van ouders beantwoorden wij binnen twee werkdagen. Een "
            "ouderpanel van twaalf ouders denkt drie keer per jaar met de directeur mee, in 2019 "
            "bijvoorbeeld over het telefoonbeleid. De open dag in januari is ons belangrijkste "
            "wervingsmoment: in 2019 meldden zich daarna 171 leerlingen aan.")

    _sub(doc, "Medezeggenschap")
    _p(doc, "De MR heeft twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. Elke "
            "vergadering begint met een ‘denkpunt’: een onderwerp waarover nog geen besluit is genomen "
            "en waarover de MR zijn ideeën geeft. In 2018-2019 waren dat onder meer de lestijden, het "
            "telefoonbeleid en de opzet van dit schoolplan. De leerlingenraad bereidt de inbreng van de "
            "leerlinggeleding voor.")

    _sub(doc, "Bedrijven")
    _p(doc, "De OWP en de stages draaien op het bedrijfsleven. Met 25 bedrijven en instellingen hebben "
            "wij een convenant voor opdrachten, stages of gastlessen; samen bieden zij 312 stage"
            "plaatsen. De belangrijkste:")
    _bullets(doc, [
        "Installatiebedrijf Kuipers: OWP-opdrachten, zes stageplaatsen PIE, gastlessen over "
        "warmtepompen.",
        "Bouwbedrijf Hollander (Almere Poort): acht stageplaatsen BWI en een bouwplaatsbezoek voor "
        "leerjaar 2.",
        "Flevo Elektrotechniek: het laadpalenproject en vier stageplaatsen.",
        "Mediabureau Pixelpolder: MVI-opdrachten en vier stageplaatsen.",
        "Zorggroep Almere en het Flevoziekenhuis: twintig stageplaatsen Z&W en de eerste OWP-opdrachten "
        "in de zorg.",
        "Woningcorporatie De Alliantie: opdrachten voor onderhoud en inrichting van woningen.",
        "Liander: lessen over de energietransitie en een excursie naar een onderstation.",
        "Bouwmensen Flevoland: een leerwerkplaats voor BWI-leerlingen in leerjaar 4.",
    ])

    _p(doc, "De stagecoördinator bezoekt elke stageplek minstens één keer per jaar en bespreekt met "
            "het bedrijf hoe de leerlingen zijn voorbereid. Elk voorjaar houden wij een bedrijvenavond, "
            "waar bedrijven de OWP-presentaties zien en hun opdrachten voor het volgende jaar "
            "aanbieden; een convenant dat twee jaar geen stage of opdracht oplevert, zeggen wij op.")

    _sub(doc, "Mbo")
    _bullets(doc, [
        "ROC Flevoland: doe-dagen in leerjaar 2, een doorlopende leerroute installatietechniek, "
        "gezamenlijke loopbaangesprekken met twijfelende leerlingen en een terugmelding over onze "
        "oud-leerlingen na één jaar mbo.",
        "MBO College Almere: een doorstroomprogramma voor Zorg en Welzijn en voor Media.",
        "Aeres MBO Almere: meeloopdagen voor leerlingen die voor de groene sector kiezen.",
    ])

    _sub(doc, "Gemeente en wijk")
    _bullets(doc, [
        "Gemeente Almere: wekelijks spreekuur van leerplicht en RMC, en opdrachtgever voor "
        "OWP-opdrachten, zoals de fietsenstalling van station Almere Buiten.",
        "Jongerenwerk De Schoor en wijkteam Buiten-Oost: een jongerenwerker staat elke donderdagmiddag "
        "op het plein; het wijkteam sluit aan bij het ondersteuningsteam.",
        "Politie: de schoolagent (zie venster 1).",
        "Samenwerkingsverband VO Almere: ondersteuning en plaatsing (zie venster 1).",
        "Buurtcentrum De Polderhoek en de Voedselbank Almere: plekken voor de maatschappelijke stage.",
    ])

    _sub(doc, "Regionale vraagstukken en landelijke netwerken")
    _p(doc, "Twee problemen lossen wij niet als school alleen op. Tegen het lerarentekort werken wij met "
            "de andere Almeerse vo-besturen, de gemeente Almere en Hogeschool Windesheim Flevoland samen "
            "in het Almeerse regioplan; wij zijn opleidingsschool voor zes studenten per jaar en bieden "
            "in 2019-2021 vier zij-instroomplaatsen voor vakmensen uit de installatietechniek, met "
            "baangarantie voor twee jaar. Tegen het tekort aan technici zit de directeur namens ASG aan "
            "de Techniektafel Flevoland, waar gemeente, provincie, ROC Flevoland, werkgevers en scholen "
            "afspraken maken over de instroom in techniek; de aanvraag voor Sterk Techniekonderwijs "
            "regio Almere wordt daar voorbereid. Landelijk zijn wij lid van de profielplatforms PIE en "
            "BWI; onze MVI-docent zit in de landelijke werkgroep examenopdrachten.")

    _sub(doc, "Doelen venster 4")
    _bullets(doc, [
        "Oktober 2019 en elk volgend jaar: de mentor heeft vóór de herfstvakantie elke ouder van "
        "leerjaar 1 gebeld.",
        "December 2019: convenanten met 30 bedrijven (2019: 25) en ten minste 340 stageplaatsen.",
        "Juni 2020: ROC Flevoland meldt terug over onze oud-leerlingen; minder dan 8% valt in het "
        "eerste mbo-jaar uit.",
        "Juli 2021: vier zij-instromers uit de installatietechniek staan voor de klas.",
        "Juli 2021: 90% van de ouders komt minstens twee keer per jaar naar een driehoeksgesprek "
        "(2018-2019: 83%).",
        "Elk schooljaar 2019-2023: elke klas van leerjaar 3 voert een OWP-opdracht uit voor de "
        "gemeente of een maatschappelijke organisatie.",
    ])

    # ------------------------------------------------------------ vaststelling
    _kop(doc, "Vaststelling")
    _p(doc, "De MR heeft meegedacht over de opzet van dit plan en heeft op 14 mei 2019 positief "
            "geadviseerd. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op "
            "25 juni 2019 vastgesteld.")
    _p(doc, "Roel Doornbos, directeur")

    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_60_vmbo_de_werf.docx")
