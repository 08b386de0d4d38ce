"""Ontwikkelschoolplan 02: KBS Sint Willibrordus (PO, katholiek).

Ontwerp: GEEN kopstijlen; hoofdstuktitels zijn vetgedrukte Normal-alinea's. Doelen staan als
lopende tekst in de hoofdstukken ("In juli 2026 ..."). Ingedeeld naar eigen thema's van de school
(Ons kindbeeld, Leren en ontwikkelen, Ons team, Samen met ouders en wijk), niet naar de volgorde
van de koers. De planperiode staat alleen op het voorblad ("Schoolplan 2023 – 2027"). De MR is
alleen klankbord; er staat geen instemming in.

Alleen stdlib + python-docx. Deterministisch: geen datum van vandaag, geen toeval.
"""
import datetime
import pathlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

COVER = [
    ("big", "Katholieke Basisschool Sint Willibrordus"),
    ("big", "Schoolplan 2023 – 2027"),
    ("motto", "Met hart en hoofd"),
    ("p", "Sint Jorisstraat 3, 1354 AL Almere"),
    ("p", "Brinnummer 08QW"),
    ("p", "Directeur: Tom Verschuren"),
]

CONTENTS = [
    "Voorwoord",
    "1. Onze school in het kort",
    "2. Wie wij zijn: katholiek en met open armen",
    "3. Ons kindbeeld",
    "4. Leren en ontwikkelen",
    "5. Veilig en vreedzaam",
    "6. Als een kind meer nodig heeft",
    "7. Ons team",
    "8. Samen met ouders en wijk",
    "9. Hoe wij de kwaliteit bewaken",
    "10. Gebouw en geld",
    "Tot slot",
]

# ("title", tekst) = vetgedrukte hoofdstuktitel (Normal), ("sub", tekst) = vetgedrukte tussenkop
# (Normal, kleiner), ("p", tekst) = alinea, ("bullets", [...]) = opsomming met streepjes
BODY = [
    ("title", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van de Sint Willibrordus. In dit plan beschrijven we wie we zijn, "
          "wat we belangrijk vinden en waar we de komende jaren aan gaan werken. We hebben het plan "
          "geschreven met het hele team, op twee studiedagen en in een aantal teamvergaderingen. Ook "
          "ouders en kinderen hebben meegedacht: de kinderraad heeft verteld wat kinderen goed vinden "
          "aan onze school en wat beter kan, en een groep ouders heeft op een avond in de "
          "personeelskamer met ons gepraat over het onderwijs."),
    ("p", "Onze school hoort bij de Almeerse Scholen Groep. Het bestuur heeft een koers geschreven "
          "met kernwaarden en vensters. Wij hebben die koers gelezen en besproken, maar we hebben ons "
          "plan ingedeeld naar de onderwerpen die voor onze school en onze kinderen het belangrijkst "
          "zijn. We hopen dat u in dit plan onze school herkent."),
    ("p", "Tom Verschuren, directeur"),

    ("title", "1. Onze school in het kort"),
    ("p", "De Sint Willibrordus is in 1985 begonnen in twee lokalen naast de parochiekerk in Almere "
          "Haven. Ouders uit de parochie wilden toen een katholieke school in de nieuwe stad. In 1991 "
          "kwam het huidige gebouw aan de Sint Jorisstraat klaar. We hebben nu 214 leerlingen in negen "
          "groepen: twee kleutergroepen en zeven groepen van groep 3 tot en met 8, waarvan één "
          "combinatiegroep 7/8."),
    ("p", "De kinderen komen vooral uit de wijken rond het centrum van Haven. Veel gezinnen wonen al "
          "lang in de buurt; de laatste jaren komen er meer gezinnen bij die uit andere delen van "
          "Nederland of uit het buitenland naar Almere zijn verhuisd. Ongeveer een kwart van de "
          "kinderen groeit meertalig op."),
    ("p", "Schooltijden: op maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.30 uur, op woensdag "
          "van 8.30 tot 12.30 uur. De kinderen eten met de leerkracht in de klas. De vakanties volgen "
          "het advies voor regio Midden; de studiedagen staan in de jaarkalender. Elk jaar in januari "
          "houden we een open dag voor ouders van nieuwe kleuters. Gevonden voorwerpen verzamelen we in "
          "transparante kratten in de hal; voor elke vakantie gaat wat niet is opgehaald naar de "
          "kringloop."),
    ("p", "In het gebouw zit ook BSO De Horizon, waar ongeveer zestig van onze leerlingen na schooltijd "
          "naartoe gaan. Kinderen met een beperkte mobiliteit kunnen via de lift naar de lokalen op de "
          "eerste verdieping."),

    ("title", "2. Wie wij zijn: katholiek en met open armen"),
    ("p", "De Sint Willibrordus is een katholieke school. Dat merk je aan de verhalen die we vertellen, "
          "aan de feesten die we vieren en aan de manier waarop we met elkaar omgaan. Elke dag begint "
          "in de klas met een moment van stilte, een gebed of een lied. We werken in alle groepen met "
          "Trefwoord, een methode voor levensbeschouwing waarin Bijbelverhalen, verhalen uit andere "
          "tradities en gesprekken over vragen van kinderen samenkomen. Met Kerst, Pasen en het feest "
          "van onze naamgever Sint Willibrordus in november hebben we een viering, meestal samen met de "
          "parochie. De parochie is zo gastvrij om ons elk jaar de kerk te laten gebruiken voor de "
          "kerstviering. De pastoor is voor ons een fijne gesprekspartner bij de voorbereiding van de "
          "vieringen. In de veertigdagentijd doen we mee met de Vastenactie."),
    ("p", "Katholiek zijn betekent voor ons niet dat we alleen katholieke kinderen willen. Ongeveer 40 "
          "procent van onze leerlingen komt uit een katholiek gezin; er zitten ook kinderen uit "
          "protestantse, islamitische, hindoeïstische en niet-gelovige gezinnen bij ons. Iedereen doet "
          "mee met Trefwoord en de vieringen, en we vragen kinderen ook te vertellen over hun eigen "
          "feesten. Groep 6 bezoekt elk jaar zowel de kerk als de moskee in Haven, en in de maand van "
          "de Ramadan besteden de groepen aandacht aan vasten in verschillende godsdiensten. Ouders die "
          "vragen hebben over onze identiteit, nodigen we uit voor een gesprek voordat hun kind start. "
          "We vinden het belangrijk dat kinderen leren dat mensen verschillend geloven en dat je daar "
          "met respect over kunt praten."),

    ("title", "3. Ons kindbeeld"),
    ("p", "Ieder kind is een uniek geschenk. Iedereen bij onze school is waardevol en wordt gezien. Dat "
          "is de kern van ons kindbeeld, en het is ook wat ons bestuur belangrijk vindt. Kinderen zijn "
          "van nature nieuwsgierig, willen graag iets kunnen en willen erbij horen. Wij zien het als "
          "onze taak om die nieuwsgierigheid te voeden en kinderen een plek te geven waar ze zichzelf "
          "kunnen zijn."),
    ("sub", "Een warm welkom"),
    ("p", "Elke ochtend staat de leerkracht bij de deur van het lokaal en geeft ieder kind een hand. "
          "Ouders van kleuters mogen tot 8.45 uur mee de klas in om samen met hun kind een boekje te "
          "lezen of een puzzel te maken. Nieuwe leerlingen in de hogere groepen krijgen de eerste twee "
          "weken een maatje uit de klas, dat hen wegwijs maakt. Nieuwe ouders krijgen een rondleiding "
          "van de directeur en na een maand een telefoontje van de leerkracht: hoe gaat het thuis, "
          "vertelt uw kind over school? Wie de school binnenloopt, wordt bij de voordeur begroet door "
          "de conciërge. Het nieuwe hek geeft ouders beter zicht op het kleuterplein."),
    ("sub", "Weten wat kinderen nodig hebben"),
    ("p", "We kijken goed naar kinderen om te weten wat ze nodig hebben. Bij de kleuters gebruiken we "
          "KIJK! om de ontwikkeling te volgen. Vanaf groep 3 nemen we twee keer per jaar de toetsen van "
          "het leerlingvolgsysteem af en vullen de leerkrachten voor de sociaal-emotionele ontwikkeling "
          "ZIEN! in. Aan het eind van het schooljaar draagt iedere leerkracht zijn groep over in een "
          "overdrachtsgesprek met de nieuwe leerkracht, zodat niemand in september opnieuw hoeft te "
          "beginnen. Drie keer per jaar bespreekt de leerkracht de groep met de intern begeleider en "
          "maakt een plan voor de kinderen die extra instructie of juist meer uitdaging nodig hebben."),
    ("sub", "Respect voor elkaar"),
    ("p", "Sinds 2019 zijn wij een Vreedzame School. In alle groepen geven we de lessen van de "
          "Vreedzame School, en elke week houdt iedere groep een klassenvergadering waarin kinderen "
          "samen afspraken maken en problemen in de groep bespreken. In groep 7 en 8 worden kinderen "
          "opgeleid tot mediator; zij helpen in de pauze als kinderen ruzie hebben en het niet samen "
          "kunnen oplossen. Als team spreken we af dat we elkaar en ouders op een respectvolle manier "
          "aanspreken, ook als we het oneens zijn, en dat we dat ook van ouders vragen."),

    ("title", "4. Leren en ontwikkelen"),
    ("p", "Op de Sint Willibrordus leren kinderen lezen, schrijven en rekenen zo goed als ze kunnen. "
          "Ons onderwijsaanbod dekt de kerndoelen, en voor taal en rekenen werken we naar de "
          "referentieniveaus 1F en 2F/1S. We gebruiken Kleuterplein in groep 1 en 2, Lijn 3 voor aanvankelijk "
          "lezen, Taal Actief voor taal en spelling, Wereld in Getallen voor rekenen, Nieuwsbegrip voor "
          "begrijpend lezen en Naut, Meander en Brandaan voor wereldoriëntatie. Engels geven we vanaf "
          "groep 5 met Groove.me. De kinderen hebben twee keer per week gym van een vakleerkracht in de "
          "sporthal om de hoek. In totaal krijgen de kinderen per jaar 940 uur les."),
    ("sub", "Wat we bereikt hebben"),
    ("p", "Bij het laatste bezoek van de inspectie, in 2021, kreeg de school het oordeel voldoende. De "
          "eindtoetsresultaten lagen in de afgelopen drie jaar boven de signaleringswaarden van de "
          "inspectie. In 2023 haalde 98 procent van onze leerlingen het niveau 1F voor lezen en 94 "
          "procent voor rekenen; 58 procent haalde 2F voor lezen en 36 procent 1S voor rekenen. Voor "
          "lezen zijn we tevreden, voor rekenen willen we beter."),
    ("sub", "Wat we willen bereiken"),
    ("p", "We vinden dat kinderen meer kunnen dan we soms denken. Daarom stellen we onze doelen hoger "
          "dan de inspectie van ons vraagt. In juli 2026 haalt minstens 96 procent van onze leerlingen "
          "in groep 8 het niveau 1F voor lezen, taalverzorging en rekenen, haalt 60 procent 2F voor "
          "lezen en haalt 45 procent 1S voor rekenen. Om dat te bereiken geven alle leerkrachten vanaf "
          "groep 4 dagelijks een rekenles volgens het model van expliciete directe instructie en oefenen "
          "de kinderen elke dag tien minuten met automatiseren. Bij het schooladvies in groep 8 kiezen we "
          "bij twijfel voor het hogere advies en bespreken we met ouders wat het kind nodig heeft om "
          "dat advies waar te maken."),
    ("sub", "Leren vanuit de wereld van kinderen"),
    ("p", "Kinderen leren meer als het over iets gaat wat hen raakt. Bij de kleuters kiezen de kinderen "
          "bij elk nieuw thema mee wat er in de hoeken komt: een dierenarts, een bakkerij of een "
          "vliegveld. In groep 3 tot en met 8 begint elk thema van wereldoriëntatie met een "
          "'wat-wil-ik-weten'-muur waar kinderen hun vragen op zetten; de leerkracht kiest de opdrachten "
          "zo dat die vragen aan bod komen. De kinderraad stelt elk jaar twee thema's voor die met de "
          "actualiteit of met de wijk te maken hebben; vorig jaar waren dat de bouw van het nieuwe "
          "winkelcentrum en de Olympische Spelen. In juli 2025 heeft elke groep 3 tot en met 8 minstens "
          "één thema per jaar gewerkt dat door de kinderraad is voorgesteld."),
    ("sub", "Ateliers op vrijdagmiddag"),
    ("p", "We willen iets nieuws proberen. Vanaf het schooljaar 2024-2025 werken de groepen 3 tot en met "
          "8 op vrijdagmiddag niet meer in hun eigen groep, maar in ateliers. Kinderen van verschillende "
          "leeftijden kiezen voor een periode van zes weken een atelier: koken, toneel, tuinieren, "
          "houtbewerking, beeldende kunst of muziek. Elke leerkracht begeleidt per periode een atelier "
          "volgens een rooster, en ouders en vrijwilligers uit de parochie helpen mee. Oudere kinderen "
          "helpen jongere. In juli 2025 draaien alle groepen 3 tot en met 8 mee in de ateliers, en in de "
          "kinderenquête van dat jaar zegt minstens 80 procent van de kinderen dat ze de ateliers leuk en "
          "leerzaam vinden. Natuurlijk hebben we ook aandacht voor de vaardigheden van de 21e eeuw."),
    ("p", "Op de talentenmiddag in mei laten kinderen aan hun ouders zien wat ze in de ateliers gemaakt "
          "en geleerd hebben."),

    ("title", "5. Veilig en vreedzaam"),
    ("p", "Kinderen moeten zich veilig voelen om te kunnen leren. Naast de lessen van de Vreedzame "
          "School hebben we een veiligheidsplan met een pestprotocol, afspraken over toezicht op het "
          "plein en een ontruimingsplan. Meester Ruben is onze anti-pestcoördinator. Elk jaar vullen "
          "de kinderen van groep 5 tot en met 8 in maart een vragenlijst over veiligheid in. In 2023 "
          "gaf 95 procent van de kinderen aan zich veilig te voelen op school. In juli 2025 is dat "
          "minstens 96 procent, en zegt minstens 90 procent van de kinderen dat een volwassene helpt "
          "als ze gepest worden."),
    ("p", "Burgerschap hoort bij een Vreedzame School. In de klassenvergadering oefenen kinderen met "
          "democratisch beslissen. De kinderraad, met een kind uit elke groep 4 tot en met 8, praat "
          "vijf keer per jaar met de directeur. Groep 8 heeft het oorlogsmonument bij de haven "
          "geadopteerd en legt daar op 4 mei een krans. Groep 7 bezoekt ieder jaar het stadhuis en "
          "praat met een raadslid over wat kinderen in Almere belangrijk vinden. In juli 2026 hebben alle "
          "kinderen in groep 8 minstens één keer als mediator of kinderraadslid een rol gehad in de school."),

    ("title", "6. Als een kind meer nodig heeft"),
    ("p", "Niet elk kind leert op dezelfde manier of in hetzelfde tempo. In ons "
          "schoolondersteuningsprofiel staat wat wij bieden. In elke groep geven we instructie op drie "
          "niveaus. Kinderen met dyslexie krijgen extra leestijd, voorleessoftware en de begeleiding "
          "volgens het dyslexieprotocol. Voor kinderen die veel meer aankunnen, is er de Plusgroep op "
          "dinsdagochtend. Twee onderwijsassistenten werken met kleine groepjes aan lezen en rekenen. "
          "We hebben veel ervaring met kinderen met een taalachterstand en met kinderen met "
          "concentratieproblemen."),
    ("p", "Er zijn ook grenzen. Kinderen die veel medische zorg nodig hebben of die door ernstige "
          "gedragsproblemen de veiligheid van anderen in gevaar brengen, kunnen we niet altijd "
          "goed helpen. Dat zeggen we eerlijk tegen ouders, al bij de aanmelding."),
    ("p", "Wij werken samen met de andere scholen en met de speciale scholen in de regio om ervoor te "
          "zorgen dat elk kind een plek heeft. De intern begeleider neemt deel aan het wijkoverleg "
          "passend onderwijs van het samenwerkingsverband, met de basisscholen in Haven, de school voor "
          "speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Daar spreken we af welke "
          "school wat kan bieden en zoeken we samen een plek voor kinderen die tussen wal en schip "
          "dreigen te raken. De afgelopen drie jaar hebben we twee keer een tijdelijke plaatsing op een "
          "school voor speciaal onderwijs geregeld, met de afspraak dat het kind daarna terugkwam; dat "
          "is beide keren gelukt. Geen enkel kind van onze school heeft thuisgezeten. In juli 2027 "
          "hebben we een vaste afspraak met de SBO-school voor een tijdelijke plaatsing van maximaal "
          "zes weken."),

    ("title", "7. Ons team"),
    ("p", "Ons team bestaat uit 19 mensen: de directeur, een intern begeleider, dertien leerkrachten, "
          "twee onderwijsassistenten, een conciërge en een administratief medewerker. De vakleerkracht "
          "gym huren we in. Het team is stabiel; de meeste collega's werken hier al langer dan vijf jaar."),
    ("sub", "Goed voor elkaar zorgen"),
    ("p", "We vinden het belangrijk dat collega's met plezier werken en het werk kunnen volhouden. We "
          "hebben afgesproken dat de pauze echt pauze is: wie pleinwacht heeft, krijgt later een "
          "vrije kwartier. Er zijn niet meer dan twee vergaderingen per maand, en mails van de directeur "
          "gaan niet na 18.00 uur de deur uit. In het startgesprek bespreekt de directeur met ieder "
          "teamlid hoe het gaat en wat er in zijn of haar leven speelt, zodat we rekening kunnen houden "
          "met bijvoorbeeld mantelzorg of jonge kinderen."),
    ("p", "Daarnaast doen we samen aan onze gezondheid. Op dinsdag na schooltijd geeft de vakleerkracht "
          "gym een bootcamp voor collega's die willen, en we doen mee met het fietsplan. Eens in de twee "
          "jaar kunnen collega's een gezondheidscheck doen bij de arbodienst. Het ziekteverzuim was in "
          "2023 3,8 procent. In juli 2026 ligt het nog steeds onder de 4 procent en doet minstens de "
          "helft van het team mee aan de bootcamp of het fietsplan."),
    ("sub", "Blijven leren"),
    ("p", "In het schooljaar 2024-2025 volgt het hele team een training in expliciete directe "
          "instructie van zes bijeenkomsten bij een extern bureau. Daarnaast is er een scholingsbudget "
          "voor cursussen die de directeur in het startgesprek met het teamlid afspreekt. Twee collega's volgen "
          "de opleiding tot rekencoördinator, en een collega volgt een cursus van de ASG Academie over "
          "jonge kinderen. In juli 2025 heeft iedere leerkracht minstens één cursus afgerond en staat "
          "dat in het bekwaamheidsdossier."),
    ("sub", "De gesprekken"),
    ("p", "Ieder teamlid heeft elk jaar drie gesprekken met de directeur: een startgesprek in "
          "september, een voortgangsgesprek na een klassenbezoek in januari en een eindgesprek in juni. "
          "Eens in de vier jaar is het eindgesprek een beoordelingsgesprek. Afspraken worden vastgelegd "
          "in het personeelsdossier."),

    ("title", "8. Samen met ouders en wijk"),
    ("p", "Ouders kennen hun kind het best. Wij willen dat ouders weten wat hun kind op school leert, "
          "zodat ze thuis kunnen helpen. Daarom heeft de leerkracht in de eerste vier weken van het "
          "schooljaar met alle ouders een startgesprek, waarin de ouders vertellen over hun kind. Bij "
          "elk nieuw rekenblok krijgen ouders van groep 4 tot en met 6 een kaart met de sommen die hun kind "
          "gaat leren en met spelletjes om thuis te oefenen. Twee keer per jaar zijn er kijkochtenden, "
          "waarop ouders een les in de groep van hun kind meemaken. In juli 2025 hebben we met minstens "
          "95 procent van de ouders een startgesprek gevoerd, en in de oudervragenlijst van 2026 zegt "
          "minstens 80 procent van de ouders dat ze weten waaraan hun kind op school werkt."),
    ("p", "De medezeggenschapsraad is voor de directie een belangrijk klankbord. De MR bestaat uit twee "
          "ouders en twee leerkrachten en vergadert vijf keer per jaar. De directeur legt plannen in een "
          "vroeg stadium aan de MR voor, bijvoorbeeld over de groepsindeling voor het volgende "
          "schooljaar en over de ateliers, zodat de MR kan meedenken voordat er iets besloten is. De MR "
          "heeft als klankbord meegelezen met de conceptversies van dit schoolplan en haar opmerkingen "
          "meegegeven; die hebben we verwerkt."),
    ("p", "We werken samen met de parochie, met BSO De Horizon en de peuteropvang in de buurt, met de "
          "jeugdverpleegkundige van de GGD en met de bibliotheek. Met de peuteropvang hebben we "
          "afgesproken dat elke peuter met een overdrachtsformulier en een gesprek naar groep 1 komt. "
          "De jeugdverpleegkundige houdt eens per maand spreekuur op school. De bibliotheek verzorgt "
          "de schoolbibliotheek en komt elk jaar in oktober met de Kinderboekenweek een voorstelling "
          "geven."),
    ("p", "De school staat midden in de wijk. Met Pasen en Kerst brengen de kinderen van groep 5 een "
          "bezoek aan het verzorgingshuis aan de overkant, waar ze zingen en tekeningen uitdelen. Groep "
          "8 helpt elk voorjaar bij de opschoondag van de wijkvereniging, en de kinderen van de "
          "tuinatelier onderhouden een bloembak in het winkelcentrum. In juli 2026 hebben alle groepen "
          "minstens één activiteit per jaar buiten de school in de wijk gedaan."),

    ("title", "9. Hoe wij de kwaliteit bewaken"),
    ("p", "We willen weten of we doen wat we zeggen en of dat ook werkt. Daarom werken we met een "
          "kwaliteitskalender. Elk jaar in juni schrijven we een jaarplan met de doelen uit dit "
          "schoolplan die we dat jaar aanpakken. Twee keer per jaar, na de toetsen in januari en juni, "
          "bespreken we in het team de resultaten per groep en per leerjaar en besluiten we wat we "
          "anders gaan doen. De directeur en de intern begeleider bezoeken iedere leerkracht minstens "
          "twee keer per jaar in de klas. Eens in de twee jaar vragen we ouders, kinderen en "
          "medewerkers met een vragenlijst naar hun mening. In het jaarverslag in oktober beschrijven "
          "we wat we bereikt hebben; het jaarverslag gaat naar de MR en het bestuur."),
    ("p", "In juli 2027 heeft de inspectie onze school opnieuw minstens voldoende beoordeeld en liggen "
          "onze eindresultaten drie jaar achter elkaar boven de signaleringswaarden."),

    ("title", "10. Gebouw en geld"),
    ("p", "Ons gebouw is bijna veertig jaar oud. In de zomer van 2024 zijn de toiletten vernieuwd en "
          "het kleuterplein is na de ambitieuze inzamelactie van de ouderraad voorzien van een "
          "zandbak met waterpomp. Het bestuur heeft toegezegd dat de verwarming in 2026 wordt vervangen. "
          "De school krijgt per jaar ongeveer 1,6 miljoen euro van het Rijk. De begroting is sluitend. "
          "De vrijwillige ouderbijdrage is 35 euro per kind en wordt gebruikt voor de vieringen, het "
          "sinterklaasfeest en het schoolreisje."),

    ("title", "Tot slot"),
    ("p", "Dit schoolplan is geen boek dat in de kast verdwijnt. Elk jaar kiezen we uit dit plan de "
          "doelen voor het jaarplan, en elk jaar kijken we in het jaarverslag terug. Heeft u vragen "
          "over dit plan, loop dan gerust bij de directeur binnen."),
]


def _set_lang(style, lang="nl-NL"):
    rpr = style.element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)


def _add_page_field(paragraph):
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _bold_paragraph(doc, text, size):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def build(path: pathlib.Path) -> None:
    path = pathlib.Path(path)
    doc = Document()
    _set_lang(doc.styles["Normal"])
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.author = "Tom Verschuren"
    props.title = "Schoolplan Sint Willibrordus"
    fixed = datetime.datetime(2023, 6, 20, 16, 30, 0)
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "Tom Verschuren"
    props.revision = 3

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Schoolplan KBS Sint Willibrordus"
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add_page_field(fp)

    for kind, text in COVER:
        if kind == "big":
            p = _bold_paragraph(doc, text, 24)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "motto":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(16)
        else:
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _bold_paragraph(doc, "Inhoud", 14)
    for line in CONTENTS:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for kind, content in BODY:
        if kind == "title":
            doc.add_paragraph()
            _bold_paragraph(doc, content, 14)
        elif kind == "sub":
            _bold_paragraph(doc, content, 11)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bullets":
            for item in content:
                doc.add_paragraph("- " + item)
    doc.save(str(path))


if __name__ == "__main__":
    out = pathlib.Path("/tmp/plan_02_kbs_sint_willibrordus.docx")
    build(out)
    print(out)
