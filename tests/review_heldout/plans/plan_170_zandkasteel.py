"""Schoolplan van Kindcentrum Het Zandkasteel (0-13 jaar), Almere Haven.

Een informeel, brochure-achtig plan: korte hoofdstukken met eigen titels, citaten van kinderen,
ouders en teamleden, doelen als lopende tekst. De planperiode staat alleen op het voorblad.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

H = "h"
P = "p"
Q = "q"
BOX = "box"

SAND = RGBColor(0xC2, 0x7C, 0x0E)
SEA = RGBColor(0x1B, 0x6F, 0x8A)

CONTENT = [
    (H, "Welkom!"),
    (P, "Wat fijn dat je dit leest. In dit boekje vertellen we wie we zijn, waar we goed in zijn en waar we "
        "de komende jaren aan gaan werken. We hebben het geschreven voor ouders, voor ons team, voor onze "
        "buren en voor iedereen die wil weten hoe het er bij ons aan toe gaat. We hebben geprobeerd het zo "
        "te schrijven dat je geen onderwijsdiploma nodig hebt om het te begrijpen."),
    (P, "Het plan is niet achter een bureau bedacht. In het voorjaar hebben we met het hele team drie "
        "middagen gepraat over de vraag: wat maakt Het Zandkasteel tot Het Zandkasteel, en wat moet beter? "
        "De kinderraad heeft in alle groepen 'wensenkaarten' opgehaald, en op twee koffieochtenden hebben "
        "zo'n vijftig ouders met ons meegedacht. Wij horen bij de Almeerse Scholen Groep; haar koers was "
        "voor ons het vertrekpunt, maar de keuzes in dit plan zijn van ons."),
    (Q, "'Ik wil dat de school een boomhut krijgt. En dat de juf niet meer boos wordt als het hard regent "
        "en we toch buiten willen.' (Noor, groep 4)"),

    (H, "Wie wij zijn"),
    (P, "Het Zandkasteel is een openbaar kindcentrum voor kinderen van 0 tot 13 jaar, in de wijk De Marken "
        "in Almere Haven, op vijf minuten lopen van het Gooimeer. Onder één dak vind je een kinderdagverblijf "
        "(twee babygroepen en twee peutergroepen), een peuteropvang, een basisschool met veertien groepen en "
        "een buitenschoolse opvang. De opvang organiseren we samen met onze vaste partner Kinderopvang "
        "Vlinderhof; het onderwijs valt onder de Almeerse Scholen Groep. Voor ouders en kinderen is het "
        "gewoon één huis, met één directeur en één team."),
    (P, "Op dit moment zitten er 318 kinderen op de basisschool en komen er elke week zo'n 140 kinderen naar "
        "de opvang. De kinderen in onze wijk hebben ouders met wortels in ruim dertig landen. Ongeveer een "
        "kwart van de kinderen groeit op met een andere thuistaal dan Nederlands, en bij de kleuters is dat "
        "bijna een derde. Ons team bestaat uit 52 mensen: leerkrachten, pedagogisch medewerkers, twee "
        "intern begeleiders, onderwijsassistenten, een conciërge, een administratief medewerker en een "
        "kok die drie keer per week warm kookt voor de BSO."),
    (Q, "'Mijn jongste ging hier naar de baby's, nu zit ze in groep 2. Ze kent elke gang en elke juf. Dat is "
        "voor mij het grootste cadeau van een kindcentrum.' (Marloes, moeder van Sem en Liv)"),

    (H, "Iedereen is welkom"),
    (P, "Wij zijn een openbare school, en dat betekent voor ons: iedereen hoort erbij, welk geloof, welke "
        "taal of welke gezinsvorm je ook hebt. Dat is mooi om te zeggen, maar het moet je ook merken. "
        "Daarom staan er elke ochtend twee teamleden bij de voordeur die ieder kind en iedere ouder bij naam "
        "begroeten. Op maandagochtend is er koffie en thee op het plein. Nieuwe gezinnen krijgen een "
        "rondleiding van twee kinderen uit groep 7 of 8; die rondleiders hebben daar een echte training voor "
        "gehad. Ouders die nog weinig Nederlands spreken, kunnen bij het intakegesprek een tolk krijgen of een "
        "andere ouder meenemen die hun taal spreekt."),
    (P, "Feesten vieren we met elkaar. Op onze feestenkalender staan niet alleen Sinterklaas, Kerst en "
        "Pasen, maar ook het Suikerfeest, Divali, Chinees Nieuwjaar en Keti Koti. De kinderen vertellen zelf "
        "wat het feest voor hun familie betekent. In groep 5 tot en met 8 kunnen ouders kiezen voor lessen "
        "godsdienstig of humanistisch vormingsonderwijs (GVO en HVO) die vakdocenten op school geven. Wie "
        "daar niet voor kiest, doet mee aan onze eigen lessen levensbeschouwing, waarin we praten over "
        "verschillende geloven en over de vraag hoe je met verschil omgaat. Ook als team kijken we kritisch "
        "naar onszelf: we hebben in het afgelopen jaar al onze prentenboeken en leesboeken nagelopen en 120 "
        "nieuwe boeken gekocht waarin kinderen zichzelf en elkaar terugzien."),
    (P, "In 2027 willen we dat minstens 90% van de ouders in onze oudervragenlijst zegt dat zij zich welkom "
        "voelen op Het Zandkasteel; bij de laatste peiling was dat 81%. Vooral ouders van kinderen die later "
        "instromen, bijvoorbeeld na een verhuizing, voelen zich soms nog buitenstaander. Voor hen starten we "
        "vanaf dit schooljaar met een 'maatjesgezin' uit dezelfde groep."),
    (Q, "'Toen wij hier kwamen wonen, kende ik niemand. De juf heeft me aan een andere moeder voorgesteld. "
        "Die is nu mijn vriendin.' (Fatima, moeder van Yasmina, groep 6)"),

    (H, "Je hoort erbij"),
    (P, "Kinderen leren pas echt als ze zich veilig voelen. Daarom werken we in de hele school met De "
        "Vreedzame School, en in de opvang met dezelfde taal en dezelfde afspraken. Iedere groep maakt aan "
        "het begin van het jaar samen de groepsafspraken. Ruzies lossen kinderen zoveel mogelijk zelf op, "
        "met hulp van de mediatoren: kinderen uit groep 7 en 8 die daarvoor zijn opgeleid. Pesten nemen we "
        "serieus: onze anti-pestcoördinator (juf Ilse) is voor ieder kind en iedere ouder aanspreekbaar en we "
        "werken met een pestprotocol dat op de website staat."),
    (P, "Ieder kind op Het Zandkasteel heeft een vaste volwassene die het goed kent. Bij de baby's en "
        "peuters is dat de mentor, op school de eigen leerkracht. Twee keer per jaar heeft de leerkracht met "
        "ieder kind vanaf groep 3 een kindgesprek van tien minuten: hoe gaat het met je, wat gaat goed, wat "
        "vind je moeilijk, waar wil je hulp bij? Bij de kleuters doen we dat in kleine groepjes. Wat we "
        "horen, schrijven we kort op in ParnasSys, zodat de volgende leerkracht het ook weet."),
    (P, "Elk jaar vullen de kinderen van groep 5 tot en met 8 een vragenlijst in over hoe veilig ze zich "
        "voelen. Vorig jaar gaven ze gemiddeld een 8,4. Maar een gemiddelde zegt niet alles: 6% van de "
        "kinderen gaf aan zich op het plein in de pauze niet veilig te voelen. In 2026 willen we dat dit "
        "minder dan 3% is. Daarvoor richten we het plein anders in, met rustige hoekjes en een "
        "voetbalrooster, en lopen er in elke pauze twee pleinwachten met een hesje."),
    (P, "Wij vinden ook dat kinderen moeten oefenen met meedoen en meebeslissen. Daarom is er een kinderraad "
        "met twee kinderen uit elke groep vanaf groep 5, die elke maand met de directeur vergadert en een "
        "eigen budget heeft. Vorig jaar besliste de kinderraad over de nieuwe klimtoestellen. Samen met de "
        "buurt doen de bovenbouwgroepen elk jaar mee aan 'Haven Doet': een week waarin ze iets doen voor "
        "anderen, zoals voorlezen in verpleeghuis De Overweg of zwerfafval opruimen langs het water. In "
        "2027 willen we dat iedere groep 7 en 8 jaarlijks één eigen project voor de wijk bedenkt en "
        "uitvoert, en dat de kinderen daarover aan hun ouders presenteren."),
    (Q, "'In de kinderraad mogen wij zeggen wat er beter kan. De directeur schrijft het echt op.' "
        "(Daan, groep 8, voorzitter kinderraad)"),

    (H, "Spelen en leren"),
    (P, "Bij de jongste kinderen is spelen leren. Op de babygroepen en peutergroepen werken we met Uk & Puk, "
        "een programma voor voor- en vroegschoolse educatie. Peuters met een taalachterstand krijgen vier "
        "dagdelen per week peuteropvang met extra taalaanbod. Bij de kleuters werken we met thema's en "
        "speelhoeken en volgen we de ontwikkeling met KIJK!. De overstap van de peutergroep naar groep 1 is "
        "bij ons geen grote stap: de pedagogisch medewerker en de kleuterjuf bespreken samen elk kind, en "
        "kinderen spelen al een paar keer mee in hun nieuwe groep."),
    (P, "Vanaf groep 3 leren kinderen lezen met Lijn 3, spelling en taal met Staal, rekenen met Wereld in "
        "getallen 5 en de wereld ontdekken met Blink. Wat we de komende jaren anders gaan doen: in de hele "
        "kindcentrumlijn, van de baby's tot groep 8, werken we met zes gezamenlijke thema's per jaar, zoals "
        "'Water', 'Bouwen' en 'Mijn lijf'. Kinderen kiezen binnen een thema zelf een vraag om uit te zoeken. "
        "Bij het thema 'Water' onderzochten kinderen van groep 6 vorig jaar waarom het Gooimeer soms groen "
        "kleurt. De BSO pakt het thema op in de middag, met proefjes, bouwen en buiten spelen. Zo wordt het "
        "leren van een kind één verhaal, in plaats van losse stukjes ochtend en middag."),
    (P, "We hebben hoge verwachtingen van onze kinderen en van elkaar. Onze leerresultaten zijn voldoende, "
        "en de inspectie was in 2023 tevreden. Maar met lezen zijn we niet tevreden. Aan het eind van groep "
        "8 haalt 56% van de kinderen het niveau voor begrijpend lezen dat nodig is voor havo en vwo (2F); "
        "landelijk is dat ongeveer twee derde. In 2027 willen we dat minstens 65% van onze achtstegroepers "
        "dat niveau haalt, en dat alle kinderen het basisniveau (1F) halen. Daarvoor lezen alle groepen "
        "elke dag twintig minuten vrij, hebben we met de bibliotheek een nieuwe schoolbibliotheek ingericht "
        "en krijgen ouders tips om thuis voor te lezen, ook in hun eigen taal. Bij rekenen willen we in 2027 "
        "minstens boven de signaleringswaarde van de inspectie blijven en het streefniveau 1S voor 45% van de "
        "kinderen halen (nu 39%)."),
    (Q, "'Het leukste is dat ik zelf mag kiezen wat ik onderzoek. Ik wil weten hoe je een zandkasteel "
        "bouwt dat niet omvalt.' (Milan, groep 5)"),
    (Q, "'Vroeger had ik 's middags op de BSO geen idee wat ze 's ochtends hadden gedaan. Nu hangen de "
        "themaposters op dezelfde muur.' (Kees, pedagogisch medewerker BSO)"),

    (H, "Als het even anders gaat"),
    (P, "Sommige kinderen hebben iets meer of iets anders nodig. In ons schoolondersteuningsprofiel (het "
        "SOP, te vinden op onze website) staat precies wat wij kunnen bieden en wat niet. Kort gezegd: we "
        "kunnen veel. We hebben twee intern begeleiders, een onderwijsassistent voor kinderen die extra "
        "oefening nodig hebben, een plusgroep voor kinderen die meer uitdaging nodig hebben en een "
        "rustruimte voor kinderen die even prikkels moeten kwijtraken. Een logopedist en een "
        "kinderfysiotherapeut houden spreekuur in ons gebouw, zodat ouders niet onder schooltijd door de "
        "stad hoeven te rijden. De schoolmaatschappelijk werker is er elke dinsdag."),
    (P, "Wat we niet kunnen, is een kind helpen dat voortdurend één-op-één begeleiding nodig heeft of dat "
        "zichzelf of anderen steeds in gevaar brengt. Dan zoeken we samen met de ouders en het "
        "Samenwerkingsverband Passend Onderwijs Almere naar een plek die beter past, bijvoorbeeld op een "
        "school voor speciaal basisonderwijs. Dat doen we zorgvuldig: een kind gaat pas weg als de nieuwe plek "
        "er is, en we dragen het warm over."),
    (P, "Om beter te zien wat kinderen nodig hebben, houden de intern begeleiders drie keer per jaar een "
        "groepsbespreking met iedere leerkracht en pedagogisch medewerker. Daarbij kijken we niet alleen "
        "naar toetsen, maar ook naar wat we in de klas en op de groep zien. In 2026 willen we dat voor ieder "
        "kind met extra ondersteuning een plan is dat samen met ouders is gemaakt én met het kind zelf is "
        "besproken. En in 2027 willen we het SOP helemaal hebben herschreven, samen met de opvang, zodat "
        "er één profiel ligt voor het hele kindcentrum van 0 tot 13."),
    (Q, "'Onze zoon vond school moeilijk. De juf zei: we gaan niet proberen hem te veranderen, we gaan "
        "zoeken wat hij nodig heeft. Dat hebben ze gedaan.' (vader van Ruben, groep 7)"),

    (H, "Ons team"),
    (P, "Een kindcentrum staat of valt met de mensen die er werken. Wij zijn trots op een team waarin "
        "leerkrachten en pedagogisch medewerkers steeds meer samen optrekken. Dat is nieuw en niet altijd "
        "makkelijk: er zijn verschillende cao's, verschillende roosters en verschillende gewoontes. Daarom "
        "volgt het hele team in de komende twee jaar samen de training 'Het jonge kind in beeld', gegeven "
        "door het Seminarium voor Orthopedagogiek. Daarnaast heeft ieder teamlid een eigen scholingsbudget "
        "en maakt iedereen aan het begin van het jaar een kort ontwikkelplan met zijn of haar leidinggevende."),
    (P, "Net als overal is het moeilijk om leerkrachten te vinden. We kiezen ervoor om talent uit ons eigen "
        "huis te laten groeien. Twee pedagogisch medewerkers volgen de deeltijdpabo bij Windesheim "
        "Flevoland en een zij-instromer, die eerder als ingenieur werkte, haalt naast haar werk in groep 6 "
        "haar bevoegdheid. Zij krijgen alle drie een vaste coach, een halve dag per week studietijd en we "
        "betalen hun studiekosten. In 2027 willen we dat zij alle drie hun diploma of bevoegdheid hebben "
        "gehaald en dat elke groep een bevoegde leerkracht heeft."),
    (P, "We willen ook dat mensen hier graag en gezond werken. Vorig jaar was het verzuim 7,2%, en in ons "
        "teamonderzoek gaf bijna de helft aan dat de werkdruk te hoog is. We hebben met het team afgesproken "
        "dat de pauze echt pauze is (er is pleinwacht door onderwijsassistenten en pedagogisch medewerkers "
        "van de BSO), dat we na 18.00 uur en in het weekend geen mails sturen en dat we het aantal "
        "vergaderingen halveren. In 2027 willen we dat het verzuim onder de 5% ligt en dat minstens driekwart "
        "van het team de werkdruk als goed te doen ervaart."),
    (Q, "'Ik begon hier als pedagogisch medewerker bij de peuters. Nu sta ik twee dagen voor groep 2 en zit "
        "ik in het derde jaar van de pabo. Zonder dit team was me dat nooit gelukt.' (Sanne, "
        "pedagogisch medewerker en pabostudent)"),

    (H, "Samen met ouders"),
    (P, "Ouders zijn de eerste en belangrijkste opvoeders. We willen dat ouders weten wat hun kind leert en "
        "dat ze daar thuis bij kunnen helpen. Aan het begin van elk schooljaar houden we een startgesprek "
        "met ieder gezin: niet wij vertellen, maar de ouders vertellen over hun kind. Daarna volgen in "
        "november en maart voortgangsgesprekken, waar kinderen vanaf groep 5 zelf bij zijn. Elke ochtend "
        "mogen ouders tot half negen mee de klas in. Voor ouders die beter Nederlands willen leren, is er "
        "elke donderdagochtend een taalcafé dat de bibliotheek in ons gebouw organiseert."),
    (P, "We proberen duidelijk en zonder moeilijke woorden te communiceren. Alle berichten lopen via de app "
        "Parro, die berichten ook kan vertalen. Elke vrijdag komt er een kort weekbericht, met foto's van "
        "wat de groepen hebben gedaan. Belangrijke besluiten, zoals een nieuw rooster of een wijziging in de "
        "ouderbijdrage, leggen we altijd eerst voor aan de MR en delen we daarna met alle ouders, met uitleg "
        "waarom. In 2026 willen we dat minstens 85% van de ouders zegt dat ze goed op de hoogte zijn van wat "
        "er op school en in de opvang gebeurt."),
    (P, "De medezeggenschapsraad (MR) bestaat uit drie ouders en drie teamleden. De MR vergadert zes keer "
        "per jaar; de directeur is bij een deel van elke vergadering aanwezig. We gebruiken de MR bewust als "
        "denktank: nieuwe ideeën leggen we er vroeg neer, voordat ze klaar zijn. Voor de opvang is er een "
        "oudercommissie, die vanaf dit jaar twee keer per jaar samen met de MR vergadert. De MR heeft dit "
        "plan in concept meegelezen en er goede vragen over gesteld, onder meer over de werkdruk en over "
        "de kosten van de nieuwe thema's."),
    (Q, "'Ik vind het fijn dat ik in de app kan zien wat ze die week gedaan hebben. Dan kan ik thuis vragen: "
        "hoe was dat proefje met het ijs?' (Joyce, moeder van Tijn, groep 3)"),

    (H, "Onze buren"),
    (P, "Een kind groeit niet alleen op school op. Daarom werken we samen met onze buren in de wijk. De "
        "Nieuwe Bibliotheek heeft een vestiging in ons gebouw en een leesconsulent die twee dagen per week "
        "bij ons is. De buurtsportcoach van Sportbedrijf Almere geeft elke woensdagmiddag sport op het "
        "Cruyff Court naast de school. Met welzijnsorganisatie De Schoor organiseren we de "
        "opvoedcafés, en het consultatiebureau van de GGD Flevoland zit in hetzelfde gebouw als onze "
        "babygroepen. Als een gezin het moeilijk heeft, schakelen we snel met het wijkteam van Almere Haven; "
        "er is elke zes weken een overleg met de jeugdverpleegkundige en de wijkcoach."),
    (P, "We willen dat kinderen na schooltijd meer kunnen doen dan alleen spelen. Samen met de muziekschool "
        "en de scouting aan de Marken willen we in 2027 een verlengde schooldag aanbieden, met op drie "
        "middagen per week een gratis activiteit (muziek, sport, natuur) voor alle kinderen van groep 3 tot en "
        "met 8, ook voor kinderen die niet naar de BSO gaan. Het eerste jaar proberen we dit uit met twee "
        "middagen."),
    (Q, "'Ik ben met voetbal begonnen door de sportcoach op het plein. Nu zit ik bij een echte club.' "
        "(Amir, groep 7)"),

    (H, "Hoe weten we of het goed gaat?"),
    (P, "Een plan is pas iets waard als je kijkt of het werkt. Daarom doen we elk jaar hetzelfde rondje. In "
        "september maken we een jaarplan met de doelen voor dat jaar, gekozen uit dit plan. In januari en "
        "juni kijken we met het team naar de resultaten: de toetsen van Leerling in beeld, de observaties van "
        "KIJK!, de kindgesprekken en de groepsbesprekingen. De directeur en de intern begeleiders bezoeken "
        "ieder jaar elke groep twee keer en geven de leerkracht of pedagogisch medewerker daarna feedback. Om "
        "de twee jaar vragen we ouders, kinderen en team hoe tevreden ze zijn. Aan het eind van elk jaar "
        "schrijven we een jaarverslag, dat we met de MR en het bestuur bespreken en waarvan we een korte "
        "versie aan alle ouders sturen."),
    (P, "Wat niet werkt, durven we ook te stoppen. Zo zijn we vorig jaar gestopt met een rekenprogramma op "
        "de tablet, omdat we zagen dat kinderen er niet beter van gingen rekenen."),

    (H, "Tot slot"),
    (P, "Dit plan is geen eindpunt. Het is een richting waar we met elkaar naartoe werken, en soms zullen "
        "we onderweg bijsturen. Heb je een vraag, een idee of een compliment? Loop gerust binnen. De deur "
        "staat open, echt waar."),
    (P, "Samira El Idrissi, directeur Kindcentrum Het Zandkasteel\nMaarten de Lange, locatiemanager "
        "Kinderopvang Vlinderhof"),
]


def build(path):
    path = str(path)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(10)
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Verdana"
    h1.font.size = Pt(18)
    h1.font.color.rgb = SEA

    # Voorblad
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(120)
    r = p.add_run("Kindcentrum Het Zandkasteel")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = SAND
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("spelen, leren en groeien aan het water")
    r.italic = True
    r.font.size = Pt(14)
    r.font.color.rgb = SEA
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(60)
    r = p.add_run("Ons plan voor 2025 – 2029")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("kinderdagverblijf · peuteropvang · basisschool · bso\nAlmere Haven")
    r.font.size = Pt(11)
    doc.add_page_break()

    for kind, val in CONTENT:
        if kind == H:
            doc.add_heading(val, level=1)
        elif kind == P:
            doc.add_paragraph(val)
        elif kind == Q:
            q = doc.add_paragraph(style="Quote")
            rr = q.add_run(val)
            rr.font.color.rgb = SAND

    cp = doc.core_properties
    cp.title = "Ons plan - Kindcentrum Het Zandkasteel"
    cp.author = "Samira El Idrissi"
    cp.created = datetime.datetime(2025, 5, 20, 14, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 16, 45, 0)
    cp.last_modified_by = "Samira El Idrissi"
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_170_zandkasteel.docx")
