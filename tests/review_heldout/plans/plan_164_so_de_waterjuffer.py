# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 SO De Waterjuffer (ZML, Almere). Kort plan, doelen in een tabel."""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm


def _herhaal_kop(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


TEKST_VOOR = [
    ("h1", "1. Waarom dit plan kort is"),
    ("p", "Dit is het schoolplan van SO De Waterjuffer voor de schooljaren 2024-2025 tot en met 2027-2028 "
          "(1 augustus 2024 tot en met 31 juli 2028). We hebben bewust gekozen voor een kort plan. We zijn een "
          "kleine school met een team dat elke dag de handen vol heeft aan de zorg en het onderwijs voor kinderen "
          "die veel nodig hebben. Een dik plan dat niemand leest, helpt hen niet."),
    ("p", "Het bestuur van ASG heeft met Koers 22 een breed kader neergezet. We hebben niet geprobeerd alles daaruit "
          "in te vullen. We hebben met het team op de studiedag van 8 april 2024 gekozen voor drie onderwerpen "
          "waar onze leerlingen de komende jaren het meeste aan hebben: een passend perspectief voor elk kind, "
          "samenwerken met ouders en zorgpartners, en een rustige en veilige school. Die keuze kwam niet uit "
          "de lucht vallen. In de evaluatie van het vorige schoolplan zagen we dat de OPP-doelen te vaak "
          "werden bijgesteld, dat ouders de school moeilijk bereikten en dat het aantal incidenten met fysiek "
          "ingrijpen niet daalde. Daarnaast loopt er een "
          "teamscholing in communicatie. Wat we niet uitwerken, staat in hoofdstuk 4."),

    ("h1", "2. Onze school"),
    ("p", "De Waterjuffer is een openbare school voor zeer moeilijk lerende kinderen (ZML) van 4 tot 13 jaar, "
          "gevestigd in Almere Stad. Op 1 oktober 2023 zaten er 68 leerlingen in acht groepen van zes tot tien "
          "kinderen. Ongeveer een derde van de leerlingen heeft naast een verstandelijke beperking ook autisme, "
          "epilepsie of een lichamelijke beperking. Veertien kinderen praten niet of nauwelijks en communiceren "
          "met gebaren, pictogrammen of een spraakcomputer. Leerlingen komen uit heel Almere en deels uit "
          "Zeewolde; 55 van hen komen met het leerlingenvervoer."),
    ("p", "Er werken 26 mensen: acht groepsleerkrachten, tien onderwijsassistenten en klassenassistenten, een "
          "intern begeleider, een orthopedagoog (0,6 fte), een vakleerkracht bewegingsonderwijs, een administratief "
          "medewerker, een conci\u00ebrge en de directeur. Na groep 8 (rond 12 of 13 jaar) stromen onze leerlingen "
          "door naar het VSO, meestal naar een VSO-school met uitstroomprofiel dagbesteding of arbeid."),
    ("p", "Het aantal leerlingen groeit. In 2019 waren het er nog 52, en voor het schooljaar 2024-2025 "
          "verwachten we er 74. Dat komt vooral doordat meer jonge kinderen met een ontwikkelingsachterstand "
          "al op de peuterleeftijd in beeld zijn bij het consultatiebureau en de medische kinderdagverblijven. "
          "Het gebouw aan de Kruidenweg is in 2021 opgeknapt en heeft een bewegingsruimte, een snoezelruimte, "
          "een verzorgingsruimte met tillift en een omheinde tuin. Bij 74 leerlingen is het gebouw vol; een "
          "negende groep kunnen we alleen kwijt als we het speellokaal opgeven."),
    ("p", "De inspectie heeft de school in 2022 bezocht; het oordeel was voldoende."),

    ("h1", "3. Waar we de komende vier jaar aan werken"),
    ("h2", "3.1 Elk kind een passend perspectief"),
    ("p", "Voor iedere leerling stellen we binnen zes weken na plaatsing een ontwikkelingsperspectief (OPP) op, "
          "met een verwachte uitstroombestemming en doelen per halfjaar. We werken met de leerlijnen ZML van het "
          "CED in ParnasSys, voor lezen met Leespraat en voor communicatie met de leerlijn van Kentalis. Tot nu "
          "toe werd het OPP in de praktijk vooral bijgesteld als het niet lukte, en vaak naar beneden. Dat "
          "willen we omdraaien. We kiezen bij de start voor de hoogst haalbare uitstroombestemming en bespreken "
          "iedere bijstelling naar beneden eerst in het multidisciplinair overleg (MDO) van leerkracht, intern "
          "begeleider, orthopedagoog en, waar nodig, de fysiotherapeut of logopedist. Onze lat: in 2027 haalt "
          "minstens 80 procent van de leerlingen de eigen OPP-doelen voor lezen, rekenen en communicatie (nu "
          "ongeveer 65 procent)."),
    ("p", "De groepsbesprekingen in oktober en maart krijgen een vaste opzet waarin per kind drie vragen worden "
          "beantwoord: wat kan het nu, wat heeft het nodig, en wie doet wat. Zo hebben we voor iedere leerling "
          "op \u00e9\u00e9n plek zicht op wat hij of zij nodig heeft."),
    ("p", "Ons schoolondersteuningsprofiel is in juni 2024 herschreven. Het beschrijft wat we kunnen bieden "
          "(kleine groepen, verzorging en begeleiding bij eten, een prikkelarme ruimte, therapie onder "
          "schooltijd) en waar onze grenzen liggen. Kinderen die voortdurend medische handelingen nodig hebben "
          "door een verpleegkundige, of die zich bij ons in een groep van acht niet veilig kunnen voelen, kunnen "
          "we niet goed helpen. Voor hen zoeken we, met het Samenwerkingsverband Passend Onderwijs Almere, een "
          "onderwijs-zorgarrangement of een andere school. Met het samenwerkingsverband en de SBO-scholen in de "
          "stad spreken we in 2024-2025 af hoe kinderen die tussen SBO en SO in zitten sneller de juiste plek "
          "krijgen; nu duurt een toelaatbaarheidsverklaring soms vier maanden."),

    ("h2", "3.2 Samen met ouders en zorgpartners"),
    ("p", "Ouders zijn voor onze kinderen vaak de enige die hen echt goed kennen. We willen dat ze zich thuis "
          "voelen in de school. Ouders mogen hun kind elke ochtend tot 8.45 uur tot in de klas brengen, en de "
          "eerste vrijdag van de maand is er een inloopochtend met koffie. Nieuwe ouders krijgen voor de eerste "
          "schooldag een huisbezoek van de leerkracht en een rondleiding door de school."),
    ("p", "Ouders praten mee over het OPP: het wordt drie keer per jaar met hen besproken, en ouders tekenen "
          "voor akkoord. Omdat veel kinderen thuis niet kunnen vertellen wat ze op school hebben gedaan, krijgen "
          "ouders dagelijks een kort bericht met een foto via Parro, en een heen-en-weerschriftje met "
          "pictogrammen voor wie dat liever heeft. Voor de ongeveer tien gezinnen die weinig Nederlands spreken, "
          "schakelen we bij gesprekken een tolk in. Ons doel is dat in 2026 bij 95 procent van de OPP-gesprekken "
          "ten minste \u00e9\u00e9n ouder aanwezig is (2023: 82 procent)."),
    ("p", "Veel zorg vindt onder schooltijd plaats. In het gebouw werken fysiotherapeuten en logopedisten van "
          "De Zorggroep Almere en begeleiders van Triade Vitree, die bij een aantal kinderen de verzorging en "
          "dagbesteding na school doen. Die samenwerking is nu vooral praktisch geregeld. In 2025 leggen we met "
          "beide partners vast wie welke taak heeft, hoe we informatie delen (met toestemming van ouders) en dat "
          "therapeuten twee keer per jaar aansluiten bij het MDO. Met het wijkteam maken we de afspraak dat er "
          "een vaste contactpersoon is voor onze school."),

    ("h2", "3.3 Een rustige en veilige school"),
    ("p", "Een deel van onze leerlingen raakt snel overprikkeld. Dat leidt soms tot gedrag waarbij een "
          "leerling zichzelf, een klasgenoot of een medewerker pijn doet. In 2023 registreerden we 61 incidenten "
          "waarbij een medewerker een leerling moest vasthouden. Dat willen we flink omlaag brengen, zonder "
          "dat de veiligheid van anderen in gevaar komt."),
    ("p", "We gaan in 2024-2025 werken met een signaleringsplan voor elke leerling bij wie dit speelt: wat zie "
          "je als het misgaat, wat helpt dan. Alle medewerkers volgen de training Preventief Fysiek Ingrijpen en "
          "we spreken \u00e9\u00e9n manier van registreren af. In iedere groep komt een rusthoek, en de prikkelarme "
          "ruimte bij de hal wordt opnieuw ingericht. Elk halfjaar bekijken de intern begeleider en de "
          "orthopedagoog de registraties en bespreken ze die met het team. We vragen ouders en medewerkers "
          "\u00e9\u00e9n keer per jaar hoe veilig zij de school vinden; voor leerlingen gebruiken we een "
          "aangepaste vragenlijst met smileys."),

    ("h2", "3.4 Teamscholing communicatie"),
    ("p", "Omdat veertien kinderen niet of nauwelijks spreken, moet iedereen in de school hun taal kunnen "
          "spreken. Alle 26 medewerkers volgen in 2024-2025 en 2025-2026 de scholing Nederlands met Gebaren "
          "(basis) en een training in het werken met pictogrammen en spraakcomputers, gegeven door een "
          "logopedist van Kentalis. Nieuwe medewerkers volgen de basistraining in hun eerste jaar."),

    ("h1", "4. Wat we in deze periode laten liggen"),
    ("p", "We hebben ervoor gekozen de volgende onderdelen niet apart uit te werken. Dat betekent niet dat ze "
          "niet belangrijk zijn, maar dat we onze tijd en energie nu elders inzetten."),
    ("bullet", "Vernieuwing en nieuwe leerconcepten. Onze aanpak met leerlijnen, OPP en kleine groepen werkt, "
               "en we hebben nu geen ruimte om te experimenteren."),
    ("bullet", "Samenwerking binnen ASG. De intern begeleider neemt deel aan het netwerk van IB'ers van ASG. "
               "Verder hebben we voor deze periode geen eigen doelen."),
    ("bullet", "Personeelsbeleid in bredere zin. Hiervoor volgen we het HR-beleid van ASG. De gesprekscyclus "
               "loopt zoals afgesproken."),
    ("bullet", "Burgerschap. We werken dit in de komende periode verder uit."),
]

DOELEN = [
    ("Doel", "Wat we doen", "Meetbaar resultaat", "Wanneer", "Wie"),
    ("1. Ambitieus OPP", "Hoogst haalbare uitstroombestemming bij start; bijstelling naar beneden alleen na MDO",
     "80% van de leerlingen haalt eigen OPP-doelen lezen, rekenen en communicatie (nu ca. 65%)",
     "2027", "IB en orthopedagoog"),
    ("2. Vaste groepsbespreking", "Opzet met drie vragen per kind in oktober en maart",
     "Bij alle leerlingen in ParnasSys een actueel overzicht van behoeften", "vanaf okt. 2024", "IB"),
    ("3. Snellere plaatsing", "Afspraken met SWV Almere en SBO-scholen over kinderen tussen SBO en SO",
     "TLV binnen 8 weken in plaats van 16", "afspraken 2024-2025, gerealiseerd 2026", "directeur"),
    ("4. Ouders bij OPP", "OPP drie keer per jaar met ouders; tolk waar nodig; dagelijks Parro-bericht",
     "95% van de OPP-gesprekken met ten minste één ouder (2023: 82%)", "2026", "leerkrachten"),
    ("5. Afspraken zorgpartners", "Taakverdeling en informatiedeling met De Zorggroep Almere en Triade Vitree; therapeuten in MDO",
     "Schriftelijke samenwerkingsafspraak; therapeuten bij 2 MDO's per jaar", "2025", "directeur en IB"),
    ("6. Minder fysiek ingrijpen", "Signaleringsplannen, training Preventief Fysiek Ingrijpen, rusthoeken",
     "Aantal incidenten met vasthouden van 61 (2023) naar hooguit 30", "2026-2027", "team, orthopedagoog"),
    ("7. Iedereen spreekt de taal", "Nederlands met Gebaren en pictogrammen voor alle medewerkers",
     "26 van 26 medewerkers hebben het certificaat basis NmG", "juli 2026", "directeur"),
]

TEKST_NA = [
    ("h1", "6. Hoe we het bijhouden"),
    ("p", "We werken met een jaarplan dat we elk jaar in juni opstellen op basis van deze tabel. In februari "
          "en juni maken de directeur en de intern begeleider een schoolanalyse van de OPP-resultaten, de "
          "incidentregistratie en de uitkomsten van de vragenlijsten. Die bespreken we met het team en leggen "
          "we vast in het jaarverslag, dat ook naar de MR en het bestuur gaat. Halverwege, in juni 2026, kijken "
          "we of de doelen nog kloppen."),

    ("h1", "7. Vaststelling"),
    ("p", "De MR heeft het concept op 21 mei 2024 besproken en positief geadviseerd. Het plan is op 25 juni "
          "2024 vastgesteld door het College van Bestuur van ASG."),
    ("p", "Almere, juni 2024\nEsther van Hulzen-Damsma, directeur SO De Waterjuffer"),
]


def _schrijf(doc, blokken):
    for soort, tekst in blokken:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "bullet":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            doc.add_paragraph(tekst)


def build(path):
    path = str(path)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    doc.add_heading("Schoolplan SO De Waterjuffer 2024-2028", level=0)
    doc.add_paragraph("Openbare school voor zeer moeilijk lerende kinderen \u2013 Almeerse Scholen Groep")

    _schrijf(doc, TEKST_VOOR)

    doc.add_heading("5. Onze doelen", level=1)
    doc.add_paragraph("In de tabel staan de doelen die we in deze planperiode willen halen.")
    tabel = doc.add_table(rows=0, cols=5)
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    breedtes = [Cm(3.0), Cm(4.6), Cm(4.4), Cm(2.4), Cm(2.4)]
    for i, rij in enumerate(DOELEN):
        cellen = tabel.add_row().cells
        for j, waarde in enumerate(rij):
            cellen[j].width = breedtes[j]
            cellen[j].text = ""
            run = cellen[j].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9.5)
            if i == 0:
                run.bold = True
        if i == 0:
            _herhaal_kop(tabel.rows[0])

    _schrijf(doc, TEKST_NA)

    cp = doc.core_properties
    cp.title = "Schoolplan De Waterjuffer 2024-2028"
    cp.author = "E. van Hulzen"
    cp.created = datetime.datetime(2024, 5, 2, 13, 40, 0)
    cp.modified = datetime.datetime(2024, 6, 25, 16, 5, 0)
    cp.language = "nl-NL"
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_164_so_de_waterjuffer.docx")
