"""Ontwikkelschoolplan 04: SO De Kompasroos (speciaal onderwijs, openbaar), schoolplan 2023-2027.

Ontwerp: kort plan (ongeveer 1.600-2.200 woorden) dat maar een deel van de koers behandelt: twee
vensters (goed en toegankelijk onderwijs; partnerschap) en de kernwaarde gezien worden in de
diepte, ambitieus kort; de overige kernwaarden en vensters worden alleen genoemd of ontbreken.
Doelen als genummerde lijst onder "Wat willen wij in 2027 bereikt hebben?". MR-instemming staat
erin. Openbaar, maar zonder eigen invulling van het openbare karakter.

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
    ("title", "Schoolplan 2023-2027"),
    ("subtitle", "De Kompasroos"),
    ("p", "Openbare school voor speciaal onderwijs (SO), cluster 3"),
    ("p", "Kompasstraat 2, 1334 KR Almere"),
]

BODY = [
    ("h1", "1. Onze school"),
    ("p", "De Kompasroos is een openbare school voor speciaal onderwijs voor leerlingen van 4 tot "
          "ongeveer 13 jaar die zeer moeilijk leren. Veel van onze leerlingen hebben daarnaast een "
          "syndroom, autisme, een taalontwikkelingsstoornis of een lichamelijke beperking. Op 1 oktober "
          "2022 hadden wij 96 leerlingen in negen groepen van tien tot twaalf leerlingen. De leerlingen "
          "komen uit heel Almere en uit Zeewolde; de meesten komen met een taxibusje naar school."),
    ("p", "Dit schoolplan geldt voor de periode van 1 augustus 2023 tot en met 31 juli 2027. Het is "
          "bewust een kort plan. Wij hebben ervoor gekozen om niet alles te beschrijven wat het bestuur "
          "in zijn koers vraagt, maar om ons te richten op wat voor onze leerlingen het meeste verschil "
          "maakt."),
    ("p", "Ons gebouw is in 2015 opgeleverd. Het vooruitstrevende ontwerp, met brede gangen, lage "
          "ramen en lokalen die allemaal zicht hebben op de binnentuin, kreeg destijds een prijs van de "
          "gemeente. Er is een snoezelruimte, een oefenkeuken, een gymzaal met tillift en een "
          "therapieruimte. De schooltijden zijn van 8.45 tot 14.45 uur, op woensdag tot 12.30 uur."),

    ("h2", "1.1 Een dag op De Kompasroos"),
    ("p", "Onze leerlingen hebben veel baat bij voorspelbaarheid. Elke groep heeft een vast dagritme "
          "dat met dagritmekaarten op het bord staat: binnenkomen, kring, werken aan de leerlijnen, "
          "fruit eten, buiten spelen, praktijkles, lunch en een rustige afsluiting. Veranderingen, "
          "zoals een invaller of een uitje, bereiden wij een dag van tevoren voor met een kaart of een "
          "foto. De groepen worden samengesteld op leeftijd en ontwikkelingsniveau; in elke groep "
          "werken een leerkracht en een onderwijsassistent."),
    ("p", "Het leerlingenvervoer wordt geregeld door de gemeente. Omdat de busjes niet altijd op tijd "
          "zijn, beginnen de lessen pas om 9.00 uur; het eerste kwartier is inloop. De vakanties volgen "
          "het rooster van regio Midden, met daarnaast vijf studiedagen per jaar."),
    ("p", "De school ontvangt per jaar ongeveer 2,7 miljoen euro aan bekostiging. Door de kleine "
          "groepen en de vele specialisten gaat daarvan bijna 90 procent naar personeel. De begroting "
          "is sluitend; in 2024 vervangen wij de aangepaste fietsen en de tillift in de gymzaal."),

    ("h1", "2. Kernwaarden: waar wij voor kiezen"),
    ("p", "Het bestuur heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Wij "
          "zijn een openbare school en onderschrijven ze alle vier. In deze planperiode werken wij er "
          "twee uit: gezien worden en ambitieus. Open en vooruitstrevend werken wij in dit plan niet "
          "verder uit."),
    ("h2", "2.1 Gezien worden"),
    ("p", "Voor onze leerlingen is gezien worden geen vanzelfsprekendheid. Veel van hen hebben al "
          "ervaren dat ze niet meekonden of niet begrepen werden. Bij ons begint de dag daarom altijd "
          "met een persoonlijk welkom. De eigen leerkracht of onderwijsassistent wacht de leerlingen op "
          "bij de taxibusjes en loopt met hen naar binnen. Ouders die hun kind zelf brengen, zijn "
          "welkom in de ouderkamer, waar altijd koffie staat. Nieuwe leerlingen hebben een wenperiode "
          "van drie ochtenden waarin een ouder mag blijven. Therapeuten, jeugdhulpverleners en andere "
          "bezoekers worden aan de balie ontvangen en door iemand van het team naar de groep gebracht."),
    ("p", "Iedere leerling moet kunnen laten weten wat hij wil en voelt, ook als hij niet of "
          "nauwelijks praat. In alle groepen gebruiken wij daarom pictogrammen en ondersteunende "
          "gebaren, en leerlingen die dat nodig hebben krijgen een spraakcomputer. Iedere leerling "
          "heeft een ik-boek met foto's, met wat hij leuk vindt en wat hij al kan; dat boek gaat mee "
          "naar huis en naar de therapeut. Op vrijdag is er een weekafsluiting waarin elke groep laat "
          "zien waar ze aan gewerkt hebben, en iedere leerling komt daarin in de loop van het jaar een "
          "keer in het zonnetje te staan."),
    ("p", "Om te weten wat een leerling nodig heeft, kijken wij vanaf de eerste dag breed. Bij de "
          "aanmelding legt de intern begeleider een huisbezoek af, en in de eerste zes weken "
          "observeren de leerkracht, de logopedist en de gedragsdeskundige de leerling. Daarna "
          "bespreekt de commissie van begeleiding de leerling en stelt zij het "
          "ontwikkelingsperspectief vast."),
    ("h2", "2.2 Ambitieus"),
    ("p", "Onze leerlingen kunnen vaak meer dan de buitenwereld verwacht. Bij het vaststellen van het "
          "ontwikkelingsperspectief kiezen wij bij twijfel voor het hogere uitstroomprofiel en bekijken "
          "wij elk jaar of dat nog klopt. In 2022 bereikte 71 procent van onze leerlingen de "
          "tussendoelen op de leerlijnen die in hun ontwikkelingsperspectief staan. Wij willen dat "
          "percentage omhoog brengen (zie hoofdstuk 5)."),

    ("h1", "3. Goed onderwijs voor al onze leerlingen"),
    ("h2", "3.1 Ons onderwijsprogramma"),
    ("p", "Wij werken met de landelijke leerlijnen voor leerlingen die zeer moeilijk leren. Die "
          "leerlijnen zijn afgeleid van de kerndoelen voor het speciaal onderwijs. Ons aanbod bestaat "
          "uit communicatie en taal, lezen, rekenen, oriëntatie op jezelf en de wereld, "
          "sociaal-emotionele ontwikkeling, zelfredzaamheid, bewegen en praktijkvakken zoals koken en "
          "tuinieren. Elke dag is er tijd voor zelfredzaamheid: jas aan en uit, tafel dekken, naar het "
          "toilet gaan. Onze leerlingen stromen uit naar het voortgezet speciaal onderwijs, naar het "
          "profiel arbeid, arbeidsmatige dagbesteding of belevingsgerichte dagbesteding."),
    ("p", "Burgerschap oefenen wij in de praktijk. De leerlingen van de bovenbouw doen boodschappen "
          "voor de kookles, leren veilig oversteken en reizen in groep 8 een keer met de bus naar het "
          "centrum. Elke groep heeft een klassenraad waarin leerlingen met pictogrammen stemmen over "
          "bijvoorbeeld het uitje van de groep of de regels op het plein."),
    ("h2", "3.2 Het ontwikkelingsperspectief"),
    ("p", "Iedere leerling heeft een ontwikkelingsperspectief (OPP) met een uitstroomprofiel en "
          "doelen op de leerlijnen. De leerkracht registreert twee keer per jaar welke doelen behaald "
          "zijn. In januari en juni bespreekt de commissie van begeleiding, met de intern begeleider, "
          "de gedragsdeskundige en de schoolarts, alle leerlingen. Het OPP wordt twee keer per jaar "
          "met de ouders besproken en door hen ondertekend."),
    ("h2", "3.3 Wat wij bieden: ons ondersteuningsprofiel"),
    ("p", "In ons schoolondersteuningsprofiel staat welke leerlingen wij goed kunnen helpen: "
          "leerlingen met een ernstige verstandelijke beperking, ook als zij daarnaast autisme, een "
          "syndroom of een lichamelijke beperking hebben. Wij hebben een logopedist, een "
          "fysiotherapeut en een gedragsdeskundige in de school, en twee groepen met een extra "
          "prikkelarme inrichting. Wat wij niet kunnen bieden, is verpleegkundige zorg gedurende de hele "
          "dag en een veilige plek voor leerlingen die zo ernstig agressief zijn dat ze een aparte "
          "setting nodig hebben."),
    ("h2", "3.4 Een plek voor iedere leerling"),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
          "zodat alle leerlingen een passende onderwijsplek hebben. Voor ons betekent dat concreet: "
          "leerlingen komen bij ons met een toelaatbaarheidsverklaring van het samenwerkingsverband. "
          "Twee keer per jaar bekijken wij met het samenwerkingsverband en de scholen voor speciaal "
          "basisonderwijs of er leerlingen zijn die naar een andere school kunnen, of juist leerlingen "
          "die bij ons beter op hun plek zijn. Voor leerlingen die naast onderwijs veel zorg nodig "
          "hebben, hebben wij met een zorgboerderij in Almere Hout een onderwijszorgarrangement: "
          "twee dagen op school, drie dagen op de boerderij, met één plan. Sinds 2021 heeft geen van "
          "onze leerlingen thuisgezeten."),
    ("h2", "3.5 Veiligheid"),
    ("p", "Omdat een deel van onze leerlingen moeilijk verstaanbaar gedrag laat zien, hebben wij een "
          "veiligheidsplan met een protocol voor fysiek ingrijpen en vaste afspraken over wie wat doet "
          "bij een incident. Elk incident wordt geregistreerd; de "
          "gedragsdeskundige analyseert de registraties elke maand en bespreekt ze met het team. Voor "
          "elke leerling met moeilijk gedrag is er een signaleringsplan dat ook de ouders kennen."),
    ("h2", "3.6 Kwaliteitszorg"),
    ("p", "Bij het laatste onderzoek van de inspectie, in 2022, was het oordeel voldoende. In de "
          "afgelopen drie jaar stroomde 85 procent van onze leerlingen uit volgens het "
          "uitstroomprofiel in hun OPP. Onze kwaliteitszorg volgt een vaste kalender: in juni schrijven "
          "wij het jaarplan, in januari en juni analyseren wij de leerlijngegevens van de hele school, "
          "de directeur legt twee keer per jaar klassenbezoeken af en om de twee jaar vragen wij "
          "ouders en medewerkers naar hun tevredenheid. In het jaarverslag kijken wij terug en "
          "stellen wij de doelen bij."),

    ("h1", "4. Samen met ouders en partners"),
    ("p", "Onze leerlingen hebben een netwerk van mensen om zich heen nodig. Ouders zijn daarin de "
          "belangrijkste. Bij de start legt de intern begeleider een huisbezoek af. Ouders denken mee "
          "over de doelen van hun kind: bij elk OPP-gesprek kiezen zij samen met de leerkracht één doel "
          "waar ook thuis aan gewerkt wordt, en ze krijgen daar een oefenkaart bij. Twee keer per jaar "
          "is er een OPP-gesprek, en "
          "drie keer per jaar een ouderochtend over een thema dat ouders zelf kiezen, zoals "
          "zindelijkheid, slapen of de puberteit."),
    ("p", "In ons gebouw werkt een behandelcentrum dat logopedie, fysiotherapie en ergotherapie "
          "geeft, zodat leerlingen daarvoor niet onder schooltijd weg hoeven. Verder werken wij samen "
          "met de jeugdarts van de GGD, met de cliëntondersteuners van MEE, met de zorgaanbieder die de "
          "naschoolse opvang voor onze leerlingen verzorgt en met het wijkteam van de gemeente. Eens in "
          "de zes weken is er een zorgoverleg met deze partners."),
    ("p", "Wij willen ook dat onze leerlingen in de wijk gezien worden. De oudste leerlingen lopen "
          "elke week stage bij de supermarkt in het winkelcentrum, bij de kinderboerderij en in de "
          "sporthal, waar ze helpen met klaarzetten. De sportvereniging in de wijk biedt op woensdag "
          "aangepast voetbal aan, waar ook leerlingen van ons meedoen."),

    ("h1", "5. Wat willen wij in 2027 bereikt hebben?"),
    ("num", "Minstens 80 procent van onze leerlingen haalt elk jaar de tussendoelen op de leerlijnen "
            "uit zijn ontwikkelingsperspectief (in 2022: 71 procent)."),
    ("num", "Van iedere leerling is het OPP twee keer per jaar met de ouders besproken en ondertekend "
            "(100 procent)."),
    ("num", "Minstens 85 procent van de leerlingen stroomt uit volgens het uitstroomprofiel in het "
            "OPP, en het oordeel van de inspectie is minstens voldoende."),
    ("num", "Iedere leerling die niet of nauwelijks praat, heeft een communicatiemiddel dat thuis en "
            "op school hetzelfde wordt gebruikt."),
    ("num", "Alle nieuwe leerlingen hebben een huisbezoek en een wenperiode gehad, en in de "
            "oudertevredenheidspeiling van 2026 zegt minstens 90 procent van de ouders zich welkom te "
            "voelen op school."),
    ("num", "Het aantal geregistreerde incidenten met fysiek ingrijpen is ten opzichte van 2022 "
            "gehalveerd."),
    ("num", "Er zijn minstens twee onderwijszorgarrangementen met een vaste partner, en geen van onze "
            "leerlingen zit thuis."),
    ("num", "Alle leerlingen van 11 jaar en ouder lopen minstens een half jaar wekelijks stage in de "
            "wijk."),
    ("num", "Bij minstens 90 procent van de leerlingen die logopedie of fysiotherapie krijgen, vindt "
            "die behandeling onder schooltijd in ons gebouw plaats."),

    ("h1", "6. Personeel en organisatie"),
    ("p", "Ons team bestaat uit 38 medewerkers: leerkrachten, onderwijsassistenten, een intern "
          "begeleider, een gedragsdeskundige, een logopedist, een fysiotherapeut, een conciërge, een "
          "administratief medewerker en de directeur. Voor ons personeelsbeleid volgen wij het "
          "strategisch HR-beleid van ASG."),

    ("h1", "7. Vaststelling"),
    ("p", "De medezeggenschapsraad van De Kompasroos heeft op 26 juni 2023 ingestemd met dit "
          "schoolplan. Het College van Bestuur van ASG heeft het schoolplan op 11 juli 2023 "
          "vastgesteld."),
    ("p", "Namens de MR: Fatima Ouali, voorzitter. Namens de school: Wouter Hendriks, directeur."),
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


def build(path: pathlib.Path) -> None:
    path = pathlib.Path(path)
    doc = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle", "List Number"):
        _set_lang(doc.styles[name])
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    props = doc.core_properties
    props.author = "Wouter Hendriks"
    props.title = "Schoolplan 2023-2027 De Kompasroos"
    fixed = datetime.datetime(2023, 6, 27, 14, 0, 0)
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "Wouter Hendriks"
    props.revision = 1

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "De Kompasroos | schoolplan"
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("blz. ")
    _add_page_field(fp)

    for kind, text in COVER:
        if kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            doc.add_paragraph(text, style="Subtitle")
        else:
            doc.add_paragraph(text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for kind, content in BODY:
        if kind == "h1":
            doc.add_paragraph(content, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(content, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "num":
            doc.add_paragraph(content, style="List Number")
    doc.save(str(path))


if __name__ == "__main__":
    out = pathlib.Path("/tmp/plan_04_so_de_kompasroos.docx")
    build(out)
    print(out)
