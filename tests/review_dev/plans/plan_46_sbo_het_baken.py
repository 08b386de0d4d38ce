"""Schoolplan 2019-2023 van SBO Het Baken, een openbare school voor speciaal basisonderwijs in Almere
Buiten, onder de Almeerse Scholen Groep.

Ontwerp: een kort plan dat alleen twee kernwaarden (Gezien worden en Ambitieus) en twee vensters
(Goed en toegankelijk onderwijs en Partnerschap) inhoudelijk uitwerkt, zonder die woorden als
ordening te gebruiken: de hoofdstukken heten 'Ons onderwijs', 'Ieder kind gezien', 'Hoge
verwachtingen' en 'Samen met ouders en partners'. Open, personeel, burgerschap en kwaliteitszorg
krijgen in hoofdstuk 6 elk één regel; Vooruitstrevend en De meerwaarde van ASG ontbreken. De doelen
staan als genummerde lijst die geen kernwaarde of venster noemt. De MR heeft alleen geadviseerd, en
het openbare karakter wordt alleen genoemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl_stijlen

SCHOOL = "SBO Het Baken"

INHOUD = [
    ("h1", "1. Inleiding en schoolprofiel"),
    ("p", "Dit is het schoolplan van SBO Het Baken voor de schooljaren 2019-2020 tot en met 2022-2023. Het plan is "
          "kort gehouden: wij beschrijven wat wij belangrijk vinden en waar wij de komende vier jaar aan werken. De "
          "uitwerking per jaar staat in het jaarplan."),
    ("p", "Het Baken is een school voor speciaal basisonderwijs in Almere Buiten. Wij zijn een openbare school. Wij "
          "bieden onderwijs aan kinderen van 4 tot 13 jaar met een toelaatbaarheidsverklaring van het "
          "Samenwerkingsverband Passend Onderwijs Almere. Op 1 oktober 2018 hadden wij 131 leerlingen in tien "
          "groepen van gemiddeld 13 kinderen. Onze leerlingen hebben leerproblemen, vaak in combinatie met "
          "problemen in gedrag, werkhouding of taalontwikkeling. Ruim de helft komt met het leerlingenvervoer. Het "
          "team telt 28 medewerkers, onder wie een orthopedagoog (0,8 fte), een gedragsspecialist, een logopedist en "
          "een intern begeleider."),

    ("h1", "2. Ons onderwijs"),
    ("h2", "2.1 Onderwijsprogramma"),
    ("p", "Wij werken aan de kerndoelen van het primair onderwijs, in een tempo en op een niveau dat bij het kind "
          "past. Vanaf groep 5 (bij ons: de middenbouw) volgt iedere leerling voor rekenen en taal een van drie "
          "leerroutes, afgestemd op het uitstroomperspectief: route 1 richting praktijkonderwijs (eindniveau rond "
          "eind groep 5/6), route 2 richting vmbo basis- of kaderberoepsgerichte leerweg (eind groep 6/7, op weg naar "
          "1F) en route 3 richting vmbo theoretische leerweg of hoger (1F volledig, delen van 2F/1S). De ochtend is "
          "voor rekenen, lezen, taal en spelling; wij geven instructie in kleine niveaugroepjes van vier tot zes "
          "kinderen. Technisch lezen gebeurt vier ochtenden per week groepsdoorbrekend, zodat ieder kind op zijn "
          "eigen AVI-niveau leest."),
    ("h2", "2.2 Leren met hoofd en handen"),
    ("p", "Veel van onze kinderen leren het best als zij iets kunnen doen, zien en vastpakken. 's Middags werken de "
          "groepen daarom aan thema's die dicht bij hun leven staan: de wijk, het verkeer, geld en boodschappen, "
          "beroepen van ouders. Bij ieder thema hoort een praktische opdracht, zoals boodschappen doen in de "
          "winkel in het buurtcentrum, een verkeersroute tekenen van huis naar school of een maaltijd koken in de "
          "schoolkeuken."),
    ("h2", "2.3 Het ontwikkelingsperspectief"),
    ("p", "Iedere leerling heeft een ontwikkelingsperspectiefplan (OPP). Het OPP wordt binnen zes weken na de "
          "plaatsing opgesteld door de leerkracht en de orthopedagoog, op basis van het dossier van de vorige school, "
          "eigen toetsen en observaties in de groep. Het bevat het uitstroomperspectief, de leerroute, de sterke "
          "kanten van het kind en de belemmerende en bevorderende factoren. Twee keer per jaar (november en juni) "
          "toetsen wij rekenen, lezen en spelling en observeren wij gedrag en werkhouding met SCOL; daarna "
          "bespreekt de commissie van begeleiding (directeur, orthopedagoog, intern begeleider) iedere groep en "
          "wordt het OPP geëvalueerd en zo nodig bijgesteld."),
    ("h2", "2.4 Ons ondersteuningsprofiel"),
    ("p", "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning wij bieden: kleine groepen, een vaste "
          "dagstructuur met pictogrammen, logopedie op school, Rots en Water-training voor de groepen 5 tot en met "
          "8, begeleiding door de gedragsspecialist in de klas en een rustruimte. Het profiel beschrijft ook wat wij "
          "niet kunnen bieden: onderwijs aan kinderen die voor hun gedrag de hele dag een-op-een begeleiding of een "
          "gesloten setting nodig hebben, aan kinderen met een ernstige meervoudige beperking en aan kinderen die "
          "verpleegkundige zorg nodig hebben. Het profiel dateert van 2015 en wordt in 2019-2020 herzien."),
    ("h2", "2.5 In het netwerk van de stad"),
    ("p", "Het Baken is een van de voorzieningen waarmee het samenwerkingsverband zorgt dat ieder kind in Almere een "
          "passende plek heeft. Wij plaatsen een leerling binnen vier weken na ontvangst van de "
          "toelaatbaarheidsverklaring. Wij zien het speciaal basisonderwijs als een tussenstation waar dat kan: "
          "bij iedere OPP-evaluatie bekijken wij of terugplaatsing naar een reguliere basisschool mogelijk is. Bij "
          "een terugplaatsing begeleidt een leerkracht van Het Baken het kind en de nieuwe leerkracht zes maanden "
          "lang, met een bezoek om de twee weken. Kan een kind bij ons niet verder, dan zoeken wij samen met het "
          "samenwerkingsverband en de ouders een plek in het speciaal onderwijs en houden wij het kind tot de "
          "overstap."),
    ("h2", "2.6 Resultaten"),
    ("p", "De inspectie beoordeelde de school bij het onderzoek in maart 2018 als voldoende. In 2018 stroomde 74% van "
          "onze schoolverlaters uit op of boven het uitstroomperspectief uit het OPP; wij willen dat verhogen naar "
          "ten minste 80%. In het schooljaar 2018-2019 zijn twee leerlingen teruggeplaatst naar het reguliere "
          "basisonderwijs."),

    ("h1", "3. Ieder kind gezien"),
    ("p", "Veel kinderen komen bij ons binnen na een moeilijke periode op hun vorige school. Zij hebben vaak het "
          "gevoel gehad dat zij niet goed genoeg waren. Daarom besteden wij veel aandacht aan de eerste weken."),
    ("h2", "3.1 Welkom"),
    ("p", "Voordat een nieuwe leerling begint, brengt de leerkracht een huisbezoek. Het kind komt daarna twee "
          "middagen wennen in de groep, met een vaste klasgenoot als maatje. Iedere ochtend wacht de conciërge de "
          "busjes van het leerlingenvervoer op bij het hek en loopt met de jongste kinderen mee naar binnen. "
          "Ouders kunnen elke ochtend tot 8.45 uur mee de klas in."),
    ("h2", "3.2 Ieder kind telt"),
    ("p", "In het OPP beginnen wij met de sterke kanten van het kind, niet met de problemen. Ieder kind maakt in de "
          "eerste maand een ik-boekje met wat het goed kan en leuk vindt; het boekje ligt op tafel bij het "
          "OPP-gesprek. Op vrijdag sluit iedere groep de week af met een kringmoment waarin ieder kind vertelt waar "
          "het trots op is."),
    ("h2", "3.3 Zicht op wat een kind nodig heeft"),
    ("p", "Naast het OPP en de toetsen gebruiken wij een dagelijkse check-in: bij binnenkomst zet ieder kind zijn "
          "knijper op groen, oranje of rood. Bij oranje of rood heeft de leerkracht voor 9.00 uur een kort gesprek "
          "met het kind. De gedragsspecialist observeert iedere groep twee keer per jaar en bespreekt met de "
          "leerkracht welke aanpak kinderen nodig hebben."),
    ("h2", "3.4 Veiligheid"),
    ("p", "Wij werken schoolbreed met Positive Behavior Support (PBS): in alle ruimten gelden dezelfde drie "
          "gedragsverwachtingen (veilig, verantwoordelijk, samen), die wij in de eerste zes schoolweken expliciet aanleren "
          "en daarna belonen met een schoolbreed beloningssysteem. Een leerling die zichzelf of anderen in gevaar "
          "brengt, gaat volgens het protocol naar de rustruimte onder begeleiding van een volwassene. Ieder "
          "incident en iedere time-out registreren wij in ParnasSys; de gedragsspecialist analyseert de "
          "registraties iedere maand. Jaarlijks in maart vullen de leerlingen van de groepen 5 tot en met 8 de "
          "veiligheidsmonitor in. In 2018 voelde 84% zich veilig."),

    ("h1", "4. Hoge verwachtingen"),
    ("p", "Kinderen in het speciaal basisonderwijs worden snel onderschat. Wij stellen het uitstroomperspectief "
          "daarom bij plaatsing zo hoog vast als het onderzoek toelaat, en niet lager. Bij iedere OPP-evaluatie "
          "stelt de commissie van begeleiding eerst de vraag of het perspectief omhoog kan. Wil de school het "
          "perspectief naar beneden bijstellen, dan moet de leerkracht met toetsgegevens van ten minste twee "
          "metingen onderbouwen waarom. In 2018 werd het perspectief bij 8% van de leerlingen naar boven "
          "bijgesteld."),
    ("p", "Leerlingen van route 3 volgen in groep 8 een extra rekengroep op 1F/1S-niveau, zodat zij met een sterk "
          "rekenniveau naar het vmbo gaan. Wij geven altijd het beste van onszelf."),

    ("h1", "5. Samen met ouders en partners"),
    ("h2", "5.1 Ouders"),
    ("p", "Ouders zijn onze belangrijkste partner. Zij worden twee keer per jaar (november en juni) uitgenodigd voor "
          "het OPP-gesprek met de leerkracht en, als dat nodig is, de orthopedagoog. Ouders tekenen het "
          "handelingsdeel van het OPP. Na ieder OPP-gesprek krijgen ouders een oefenmap mee met spelletjes en "
          "oefeningen voor thuis die passen bij de doelen van hun kind. Vier keer per jaar is er een ouderochtend "
          "waarop ouders een les in de groep van hun kind meedoen. In 2018-2019 kwam 81% van de ouders naar de "
          "OPP-gesprekken; ouders die niet komen, bezoekt de leerkracht thuis."),
    ("h2", "5.2 Het ondersteuningsteam"),
    ("p", "Zes keer per jaar komt het ondersteuningsteam van de school bijeen: de orthopedagoog, de intern "
          "begeleider, de schoolmaatschappelijk werker, de jeugdarts van de GGD Flevoland, een medewerker van het "
          "wijkteam Almere Buiten en, op afroep, een behandelaar van de jeugdhulpaanbieder van het kind. Ouders "
          "zijn bij de bespreking van hun kind aanwezig. De schoolmaatschappelijk werker is twee dagdelen per week "
          "op school. In het gebouw houden een praktijk voor kinderfysiotherapie en een praktijk voor logopedie "
          "spreekuur, zodat kinderen onder schooltijd behandeld kunnen worden."),
    ("h2", "5.3 In de wijk"),
    ("p", "Wij werken samen met organisaties om de school heen. De groepen 7 en 8 helpen iedere woensdagochtend om "
          "beurten op kinderboerderij De Buitenhof, waar zij onder begeleiding werken aan taken als voeren en "
          "schoonmaken. De omnisportvereniging in de wijk verzorgt twee keer per week na schooltijd een sportuur in "
          "onze gymzaal voor leerlingen die niet bij een club terechtkunnen. De thema's uit 2.2 maken gebruik van "
          "de winkels en de bibliotheek in het buurtcentrum."),

    ("h1", "6. Overige onderwerpen"),
    ("p", "Communicatie: ook voor ons geldt dat wij in onze communicatie transparant en toegankelijk zijn."),
    ("p", "Personeel: wij streven ernaar dat onze medewerkers vitaal zijn en zich betrokken voelen bij en trots op "
          "ASG; wij volgen hiervoor het strategisch HR-beleid van ASG."),
    ("p", "Burgerschap: burgerschap is verweven in al ons onderwijs."),
    ("p", "Kwaliteitszorg: ons stelsel van kwaliteitszorg is samenhangend en cyclisch; wij volgen daarin het "
          "kwaliteitssysteem van ASG."),

    ("h1", "7. Doelen 2019-2023"),
    ("n", "Vanaf 1 januari 2020 heeft iedere nieuwe leerling binnen zes weken na plaatsing een OPP. In juni 2020 is "
          "het handelingsdeel van alle OPP's met ouders besproken en door hen ondertekend (2018-2019: 85%)."),
    ("n", "De opkomst van ouders bij de OPP-gesprekken stijgt van 81% (2018-2019) naar 95% in 2021-2022."),
    ("n", "Ten minste 80% van de schoolverlaters stroomt in 2023 uit op of boven het uitstroomperspectief uit het "
          "OPP (2018: 74%)."),
    ("n", "Het aandeel leerlingen van wie het uitstroomperspectief naar boven wordt bijgesteld, stijgt van 8% in "
          "2018 naar 15% in 2022-2023."),
    ("n", "Jaarlijks worden ten minste vier leerlingen teruggeplaatst naar een reguliere basisschool, met een "
          "overgangstraject van zes maanden (2018-2019: twee)."),
    ("n", "Het schoolondersteuningsprofiel is herzien en staat voor 1 juli 2020 op de website."),
    ("n", "In de veiligheidsmonitor voelt in 2021 ten minste 90% van de leerlingen zich veilig (2018: 84%). Het "
          "aantal time-outs in de rustruimte is in 2020-2021 gehalveerd ten opzichte van 2018-2019 (212)."),
    ("n", "Vanaf 2019-2020 brengt de leerkracht bij iedere nieuwe leerling een huisbezoek vóór de eerste schooldag."),
    ("n", "In 2020-2021 is de tijd tussen de aanmelding van een kind in het ondersteuningsteam en het eerste "
          "gesprek met een partner ten hoogste vier weken (2018-2019: gemiddeld negen weken)."),

    ("h1", "8. Vaststelling"),
    ("p", "Dit schoolplan is geschreven door de directeur en de orthopedagoog. De medezeggenschapsraad heeft "
          "op 18 juni 2019 positief geadviseerd over dit plan. Het College van Bestuur "
          "van ASG heeft het plan op 27 juni 2019 vastgesteld."),
    ("p", "J. Smit, directeur SBO Het Baken"),
]


def _nummer(doc, tekst, nr):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph(style="List Number")
    par.add_run(tekst)
    return par


def build(path: str) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    titel = doc.add_paragraph(style="Title")
    titel.add_run(f"Schoolplan {SCHOOL} 2019-2023")
    sub = doc.add_paragraph()
    sub.add_run("School voor speciaal basisonderwijs, Almere Buiten - Almeerse Scholen Groep\n"
                "Directeur: Jeroen Smit").italic = True

    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("pagina ")
    page_field(footer)

    nr = 0
    for soort, tekst in INHOUD:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "p":
            doc.add_paragraph(tekst)
        elif soort == "n":
            nr += 1
            _nummer(doc, tekst, nr)
    doc.save(path)
    deterministisch(path, datetime.datetime(2019, 6, 27, 12, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_46_sbo_het_baken.docx")
