"""Schoolplan 2023-2027 van OBS De Strandloper (Almere Haven), geschreven zoals een directeur het in Word
zou maken zonder kopstijlen: de kopjes zijn vetgedrukte gewone alinea's en de doelen staan in lopende
tekst. Veel zinnen zijn uit Koers 22 overgenomen in de wij-vorm.

Zelfstandig: alleen de standaardbibliotheek en python-docx. Deterministisch: build(path) schrijft
elke keer hetzelfde bestand.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_TIJD = datetime.datetime(2023, 6, 20, 16, 30, 0)


# --- Word-loodgieterswerk (overgenomen uit docx_parts.py) -------------------------------------------

def taal_nl_stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "Table Grid"):
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


# --- De tekst van het plan ---------------------------------------------------------------------------
# ("kop", tekst): vetgedrukte gewone alinea als kopje; ("p", tekst): alinea; ("ul", [..]): opsomming
# met streepjes, getypt zoals veel scholen dat doen.

INHOUD = [
    ("kop", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van OBS De Strandloper voor de periode 2023-2027. In dit schoolplan "
          "beschrijven wij hoe wij de komende vier jaar werken aan de kwaliteit van ons onderwijs. Het "
          "schoolplan is een wettelijk verplicht document, waarin de school verantwoording aflegt over het "
          "beleid ten aanzien van de kwaliteit van het onderwijs. Het schoolplan dient als basis voor de "
          "jaarplannen die wij ieder jaar opstellen."),
    ("p", "Het plan is afgeleid van Koers 22 'Leren in verbinding' van de Almeerse Scholen Groep (ASG). "
          "Met Koers 22 geeft het College van Bestuur richting aan de hele organisatie. De ambities in Koers "
          "22 zijn niet vrijblijvend; ook wij nemen onze beslissingen met deze ambities voor ogen. Samen "
          "kleur geven aan goed onderwijs: daar staan ook wij voor. Dit schoolplan is daarom opgebouwd langs "
          "de kernwaarden en de vier vensters van ASG. Per onderdeel beschrijven wij waar wij als school voor "
          "staan. In hoofdstuk 13 staan onze doelen voor de komende periode."),

    ("kop", "2. Onze school"),
    ("p", "OBS De Strandloper ligt in de wijk De Werven in Almere Haven, op loopafstand van het Gooimeer. "
          "De school is geopend in 1981 en is daarmee een van de oudste scholen van Almere. Op 1 oktober 2022 "
          "telde de school 236 leerlingen, verdeeld over 11 groepen. Het leerlingaantal is de afgelopen jaren "
          "licht gedaald, omdat de wijk vergrijst. Ongeveer een derde van onze leerlingen heeft ouders met "
          "een lage opleiding; de schoolweging is 33,8. Het team bestaat uit 21 medewerkers: 14 "
          "groepsleerkrachten, een vakleerkracht bewegingsonderwijs, twee onderwijsassistenten, een intern "
          "begeleider, een conciërge, een administratief medewerker en de directeur."),
    ("p", "Als openbare school zijn wij er voor alle kinderen, ongeacht hun afkomst, cultuur of geloof. Wij "
          "staan open voor verscheidenheid, voor mensen met verschillende culturen, religies en "
          "achtergronden. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en "
          "medewerkers. Iedereen is bij ons welkom."),
    ("p", "De schooltijden zijn op maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.30 uur en op "
          "woensdag van 8.30 tot 12.15 uur. De school is open vanaf 8.15 uur. Het gebouw is in 2021 "
          "gerenoveerd; daarbij zijn de ventilatiesystemen vervangen en is het schoolplein opnieuw "
          "ingericht. Het plein is na schooltijd open voor kinderen uit de buurt."),

    ("kop", "3. Missie en visie"),
    ("p", "Onze missie sluit aan bij die van ASG: samen kleur geven aan goed onderwijs. Goed onderwijs "
          "betekent voor ons dat iedere leerling zichzelf kan zijn en dat hij zichzelf en zijn talenten leert "
          "kennen. Goed onderwijs betekent leren samen te werken, samen te leren en samen te leven."),
    ("p", "De maatschappij verandert snel en het onderwijs kan en mag niet achterblijven. Wij bereiden onze "
          "leerlingen voor op een toekomst die wij nu nog niet kennen. Wij willen dat onze leerlingen straks "
          "als zelfstandige en verantwoordelijke burgers een volwaardige plek kunnen innemen in de "
          "maatschappij. Daarom stimuleren wij vaardigheden zoals creatief zijn, kritisch denken, "
          "probleemoplossend vermogen, ICT-vaardig zijn, communiceren en samenwerken. Onze leerlingen kunnen "
          "deze vaardigheden niet in hun eentje ontwikkelen, maar hebben daarvoor een veilige en "
          "stimulerende leeromgeving nodig. Die leeromgeving bieden wij."),

    ("p", "Met leren in verbinding bedoelen wij dat leerlingen zich verbonden voelen met elkaar, met hun "
          "school en met hun leraren. Leren in verbinding betekent ook dat wij ons met onze leerlingen "
          "verbinden en ons in hen verplaatsen, om te zien wat zij nodig hebben. Leerlingen worden "
          "gestimuleerd om boven het schoolhek uit te kijken en in aanraking te komen met de wereld om hen "
          "heen."),

    ("kop", "4. Terugblik en analyse"),
    ("p", "In de vorige planperiode (2019-2023) hebben wij de rekenmethode Wereld in getallen 5 ingevoerd, "
          "is het gebouw gerenoveerd en hebben wij, net als alle scholen, de gevolgen van de "
          "coronaperiode opgevangen. In het voorjaar van 2023 hebben wij met het team en de MR besproken wat "
          "goed gaat en wat beter kan. Daaruit kwam het volgende beeld naar voren."),
    ("p", "Sterke punten:"),
    ("ul", [
        "een betrokken team met veel ervaring;",
        "een prettige en rustige sfeer in de school;",
        "korte lijnen met ouders;",
        "een mooi, gerenoveerd gebouw met een groen schoolplein.",
    ]),
    ("p", "Verbeterpunten:"),
    ("ul", [
        "de doorgaande lijn in de instructie tussen de groepen;",
        "begrijpend lezen in de bovenbouw;",
        "eigenaarschap van leerlingen voor hun eigen leerproces;",
        "de zichtbaarheid van de school in de wijk, nu het aantal leerlingen daalt.",
    ]),
    ("p", "Kansen liggen er in de samenwerking met partners in Haven en in de scholing van het team; een "
          "bedreiging is het lerarentekort, dat ook in Almere Haven voelbaar is."),

    ("kop", "5. Onze kernwaarden"),
    ("p", "Wij onderschrijven de vier kernwaarden van ASG. Zij vormen de basis van ons handelen en zijn "
          "leidraad voor alles wat wij doen."),
    ("p", "Gezien worden. Bij ons is iedereen waardevol en wordt iedereen gezien. Onze school is gastvrij: "
          "iedereen voelt zich welkom, ook de bezoeker die voor het eerst binnenloopt. Wij hebben zicht op de "
          "onderwijsbehoeften van onze leerlingen en medewerkers."),
    ("p", "Open. Wij gaan respectvol om met de mensen binnen en buiten de school. In onze communicatie naar "
          "ouders en leerlingen zijn wij transparant en toegankelijk."),
    ("p", "Vooruitstrevend. Onze school werkt met innovatieve en nieuwe leerconcepten. Wij zijn nieuwsgierig "
          "naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Wij durven te experimenteren."),
    ("p", "Ambitieus. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn intrinsiek "
          "gemotiveerd om onszelf te blijven ontwikkelen en te professionaliseren, en wij geven altijd het "
          "beste van onszelf."),

    ("kop", "6. Goed en toegankelijk onderwijs"),
    ("p", "De kwaliteit van ons onderwijs is op orde en dat blijft zo. Wij willen dat al onze leerlingen "
          "zich kunnen ontwikkelen op een manier die bij hen past. Zo werken wij aan gelijke kansen voor al "
          "onze leerlingen."),
    ("p", "Ons onderwijs sluit aan bij de belevingswereld van onze leerlingen. Wij werken met moderne "
          "methodes: Kleuterplein in groep 1 en 2, Lijn 3 voor het aanvankelijk lezen in groep 3, Taal "
          "Actief voor taal en spelling, Nieuwsbegrip voor begrijpend lezen, Wereld in getallen 5 voor "
          "rekenen, Blink Wereld voor aardrijkskunde, geschiedenis en natuur, Groove.me voor Engels in groep "
          "1 tot en met 8, de Kanjertraining voor de sociaal-emotionele ontwikkeling en 123ZING voor muziek. "
          "Bewegingsonderwijs krijgen de groepen 3 tot en met 8 twee keer per week van onze vakleerkracht. "
          "Met deze methodes voldoen wij aan de kerndoelen en werken wij toe naar de referentieniveaus 1F en "
          "2F/1S. Alle groepen maken 940 lesuren per jaar; in groep 3 besteden wij dagelijks ruim een uur "
          "aan lezen."),
    ("p", "Onze school heeft een toekomstgericht curriculum. Wij besteden aandacht aan 21e-eeuwse "
          "vaardigheden en ICT, zodat onze leerlingen goed voorbereid zijn op het voortgezet onderwijs."),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Wij volgen de ontwikkeling van onze "
          "leerlingen met het leerlingvolgsysteem van Cito en, bij de kleuters, met de observatielijsten van "
          "KIJK!. Na de midden- en eindtoetsen maakt de intern begeleider per groep een analyse in ParnasSys, "
          "die in de teamvergadering wordt besproken. Drie keer per jaar, in oktober, februari en juni, houdt "
          "de intern begeleider met iedere leerkracht een groepsbespreking, waarin per kind wordt bekeken "
          "welke instructie en ondersteuning nodig is. Afspraken uit de groepsbespreking legt de leerkracht "
          "vast in het groepsoverzicht."),
    ("p", "Wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. Leren doen "
          "wij samen: leerkrachten leren van en met elkaar, en het reflecteren op het eigen handelen is bij "
          "ons een natuurlijke routine."),

    ("kop", "7. Passend onderwijs en ondersteuning"),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
          "alle leerlingen een passende onderwijsplek hebben. Het onderwijs past zich aan het kind aan en "
          "niet het kind aan het onderwijs. Wij denken in mogelijkheden en niet in beperkingen."),
    ("p", "In ons schoolondersteuningsprofiel hebben wij duidelijk beschreven in welke leer- en "
          "zorgbehoeftes wij kunnen voorzien. Daarin staat ook welke basisondersteuning en welke extra "
          "ondersteuning wij bieden. Het schoolondersteuningsprofiel is te vinden op onze website en wordt "
          "iedere vier jaar herzien. Voor vragen over ondersteuning kunnen ouders terecht bij de intern "
          "begeleider."),

    ("kop", "8. Veiligheid en burgerschap"),
    ("p", "Een veilige school is een voorwaarde om te kunnen leren. Alle groepen werken wekelijks met de "
          "Kanjertraining. De Kanjerafspraken hangen in elke klas en gelden op onze school voor iedereen: "
          "leerlingen, leerkrachten en ouders. Aan het begin van het schooljaar bespreken wij de afspraken "
          "met ouders op de informatieavond. Onze anti-pestcoördinator is meester Dennis (groep 7); bij hem "
          "kunnen kinderen en ouders terecht. Twee keer per jaar vullen de leerlingen van groep 5 tot en met "
          "8 de KanVas-vragenlijst in, en jaarlijks meten wij de sociale veiligheid met de monitor van "
          "WMK-PO. In 2022 voelde 91 procent van onze leerlingen zich veilig op school. Het pestprotocol en "
          "het veiligheidsplan staan op de website."),
    ("p", "Wij bereiden onze leerlingen voor op hun rol als burger in een diverse samenleving. Daarbij staan "
          "de basiswaarden van de democratische rechtsstaat centraal. Wij willen dat leerlingen respect "
          "hebben voor elkaar en voor verschillen. Burgerschap is bij ons verweven in het hele onderwijs."),

    ("kop", "9. Personeel in positie"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op ASG en op De Strandloper. Wij hebben "
          "aandacht voor het welbevinden van al onze medewerkers, in elke levensfase. Alle medewerkers werken "
          "aantoonbaar aan hun professionele ontwikkeling, door het bijwonen van bijeenkomsten en het volgen "
          "van cursussen en programma's van de ASG Academie. Medewerkers nemen deel aan leergemeenschappen en "
          "netwerken en dragen zo bij aan de leercultuur van ASG. Wij zijn een school met vitale "
          "medewerkers. De jaarlijkse gesprekscyclus is op onze school geïmplementeerd."),
    ("p", "Het strategisch HR-beleid van ASG is leidraad voor ons personeelsbeleid. Wij vinden het "
          "belangrijk dat iedereen met plezier naar zijn werk gaat."),
    ("p", "In de schooljaren 2023-2024 en 2024-2025 volgt het hele team de teamscholing Expliciete Directe "
          "Instructie (EDI) van Onderwijs Maak Je Samen, in vier bijeenkomsten per jaar. Na elke bijeenkomst "
          "past iedere leerkracht een onderdeel toe in de eigen groep. De intern begeleider en de directeur "
          "bezoeken iedere leerkracht twee keer per jaar in de klas met de kijkwijzer EDI en bespreken het "
          "bezoek na."),
    ("p", "Op dit moment werken twee zij-instromers op onze school. Zij volgen de deeltijdopleiding tot "
          "leraar basisonderwijs aan Windesheim in Almere. Iedere zij-instromer heeft een vaste coach uit ons "
          "team, met wie hij of zij wekelijks een uur spreekt, en is op dinsdag roostervrij voor de studie."),
    ("p", "Ook wij hebben te maken met het lerarentekort. Wij doen ons uiterste best om alle groepen bezet "
          "te houden."),

    ("kop", "10. De meerwaarde van ASG"),
    ("p", "Onze school maakt deel uit van ASG, een grote organisatie van samenwerkende scholen, "
          "professionals, ouders en leerlingen. Binnen ASG ontmoeten onze medewerkers regelmatig collega's "
          "van andere scholen en van het servicebureau. Wij delen de opbrengst van ons leren en ontwikkelen "
          "met elkaar tijdens conferenties en ASG-brede studiedagen. Door de schaalgrootte van ASG kunnen "
          "wij gebruikmaken van interne expertise op veel beleidsgebieden, waardoor er een integraal en "
          "samenhangend aanbod voor onze school is."),
    ("p", "Het servicebureau ondersteunt ons bij de personeelsadministratie, de financiën en het onderhoud "
          "van het gebouw."),
    ("p", "Na groep 8 gaat het grootste deel van onze leerlingen naar een van de scholen voor voortgezet "
          "onderwijs van ASG in Almere Haven en Almere Stad."),

    ("kop", "11. Partnerschap"),
    ("p", "Ouders zijn betrokken bij het leerproces van hun kind. Kinderen die zien dat ouders en leraren om "
          "hen heen staan en hen steunen, voelen zich gedragen en komen beter tot leren. In de tweede "
          "schoolweek voeren de leerkrachten met alle ouders een startgesprek, waarbij vanaf groep 5 ook het "
          "kind aanwezig is. In november en maart volgen de tienminutengesprekken over de voortgang van het "
          "kind."),
    ("p", "De medezeggenschapsraad is voor ons een klankbord voor ideeën en een sparringpartner voor de "
          "directie bij voorgenomen beleid en de uitvoering daarvan. Medezeggenschap zorgt voor breed "
          "gedragen besluitvorming en betrokkenheid."),
    ("p", "Onderwijs speelt zich niet alleen binnen, maar ook buiten de schoolmuren af. Onze school werkt "
          "daarom proactief samen met een breed scala aan partners, zoals de GGD, het wijkteam, de "
          "bibliotheek en de kinderopvang."),
    ("p", "Leraren kunnen leerlingen beter ondersteunen als ze begrijpen hoe het er thuis aan toe gaat. Wij "
          "vinden het daarom belangrijk dat ouders meedenken en meedoen. Ouders vormen zo een extra schakel "
          "in het ontwikkelingsproces van hun kind."),
    ("p", "Met Corrosia, het centrum voor kunst en cultuur in het hart van Haven, hebben wij een vaste "
          "afspraak: iedere groep bezoekt eenmaal per jaar een voorstelling of tentoonstelling, en de groepen "
          "5 en 6 volgen in het voorjaar vier lessen beeldende vorming in het atelier van Corrosia. Met de "
          "buurtsportcoach van Sportservice Almere organiseren wij op woensdagmiddag sportclinics in onze "
          "gymzaal, waaraan ook kinderen van andere scholen in de wijk kunnen meedoen."),

    ("kop", "12. Kwaliteitszorg"),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend en cyclisch. Wij werken volgens de PDCA-cyclus: "
          "plannen, uitvoeren, evalueren en bijstellen. Wij gebruiken het instrument WMK-PO: ieder jaar "
          "zetten wij vier kwaliteitskaarten uit onder het team, bijvoorbeeld over rekenen, de "
          "ondersteuningsstructuur en het pedagogisch klimaat. De uitkomsten bespreken wij in de "
          "teamvergadering en verwerken wij in het jaarplan. Ieder jaar schrijven wij een jaarplan en een "
          "jaarverslag, die met de MR worden besproken. Via de kwartaalrapportages leggen wij verantwoording "
          "af aan het bestuur. Eens in de twee jaar houden wij een tevredenheidspeiling onder ouders, "
          "leerlingen en medewerkers."),

    ("kop", "13. Onze doelen voor 2023-2027"),
    ("p", "Op basis van het voorgaande hebben wij de volgende doelen voor de komende vier jaar "
          "geformuleerd. De doelen worden ieder jaar uitgewerkt in het jaarplan en geëvalueerd in het "
          "jaarverslag."),
    ("p", "Wij willen dat de kwaliteit van ons onderwijs de komende jaren op orde blijft en dat onze "
          "leerlingen zich optimaal ontwikkelen. Daarbij hebben wij hoge verwachtingen van alle leerlingen."),
    ("p", "Wij willen een school zijn waar iedereen zich welkom voelt. In 2024 gaan wij hierover met het "
          "team in gesprek."),
    ("p", "Aan het eind van schooljaar 2024-2025 werken alle leerkrachten volgens het EDI-model. Bij de "
          "klassenbezoeken in het voorjaar van 2025 zien wij in ten minste 80 procent van de lessen de fasen "
          "van EDI terug."),
    ("p", "Onze twee zij-instromers halen in de zomer van 2025 hun bevoegdheid."),
    ("p", "Vanaf schooljaar 2023-2024 voeren wij met alle gezinnen een startgesprek; in 2022-2023 lukte dat "
          "bij ongeveer driekwart van de gezinnen."),
    ("p", "Het percentage leerlingen dat zich veilig voelt op school blijft ieder jaar boven de 90 procent."),
    ("p", "Wij streven ernaar ons onderwijs verder te vernieuwen en willen onderzoeken hoe wij innovatieve "
          "leerconcepten een plek kunnen geven. Ook willen wij de samenwerking met ouders en partners de "
          "komende jaren verder versterken, en willen wij dat onze medewerkers vitaal blijven en het verzuim "
          "laag blijft."),

    ("kop", "14. Vaststelling"),
    ("p", "Dit schoolplan is opgesteld door de directie in samenwerking met het team. Het plan is op 13 juni "
          "2023 besproken in de medezeggenschapsraad. De MR heeft positief geadviseerd over het plan. Het "
          "plan wordt ter vaststelling aangeboden aan het College van Bestuur van ASG."),
    ("p", "Almere, juni 2023"),
    ("p", "S. Kooistra, directeur OBS De Strandloper"),
]


def kop(doc, tekst: str) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(13)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    kern = doc.core_properties
    kern.author = "S. Kooistra"
    kern.last_modified_by = "S. Kooistra"
    kern.title = "Schoolplan OBS De Strandloper 2023-2027"
    kern.created = VASTE_TIJD
    kern.modified = VASTE_TIJD
    kern.revision = 3

    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.2)
    sectie.right_margin = Cm(2.2)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    # Voorblad: gewone alinea's, groot en vet gemaakt
    for _ in range(6):
        doc.add_paragraph()
    for tekst, grootte in (("Schoolplan 2023-2027", 28), ("OBS De Strandloper", 22)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = True
        r.font.size = Pt(grootte)
    for tekst in ("Openbare basisschool", "De Werven, Almere Haven", "Almeerse Scholen Groep", "",
                  "Versie juni 2023"):
        p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for blok in INHOUD:
        if blok[0] == "kop":
            kop(doc, blok[1])
        elif blok[0] == "p":
            doc.add_paragraph(blok[1])
        elif blok[0] == "ul":
            for item in blok[1]:
                doc.add_paragraph("- " + item)
    doc.save(path)
    deterministisch(path, VASTE_TIJD)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_84_strandloper_haven.docx")
