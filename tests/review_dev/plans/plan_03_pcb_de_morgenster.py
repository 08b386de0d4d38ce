"""Ontwikkelschoolplan 03: PCB De Morgenster (PO, protestants-christelijk), schoolplan 2023-2027.

Ontwerp: een plan dat veel 'Waar willen we staan'-zinnen van het bestuur herhaalt met 'wij' of
'onze school' in plaats van 'ASG', en bij de meeste daarvan geen eigen actie heeft. Alleen een
paar doelen krijgen echte eigen inhoud. Paragrafen mengen herhaalde bestuurszinnen met lijstjes
methoden ("Wij werken met Snappet, Estafette en Blink"). MR-instemming staat erin.

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
    "Schoolplan 2023-2027",
    "PCB De Morgenster",
    "Samen onderweg, in het licht van de Morgenster",
    "Protestants-christelijke basisschool De Morgenster, Frans Halsstraat 88, 1321 PM Almere",
]

BODY = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van PCB De Morgenster. Dit schoolplan geldt voor de periode van 1 "
          "augustus 2023 tot en met 31 juli 2027. In dit plan beschrijven wij ons beleid op het gebied "
          "van onderwijs, personeel en kwaliteit, en laten wij zien hoe wij de koers van ons bestuur, de "
          "Almeerse Scholen Groep, vertalen naar onze school."),
    ("p", "De Morgenster is in 1977 opgericht door ouders uit de protestantse kerken in Almere Stad. "
          "Op 1 oktober 2022 telde de school 246 leerlingen in tien groepen. Het team bestaat uit 20 "
          "medewerkers. De school staat in een rustige woonwijk vlak bij het stadscentrum. Sinds 2022 "
          "staat op het schoolplein een transparante overkapping, zodat de kinderen ook bij regen "
          "buiten kunnen spelen. Elk jaar in maart houden wij een open dag."),
    ("p", "Schooltijden: maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.30 uur, woensdag van "
          "8.30 tot 12.30 uur. De vakanties volgen het rooster van regio Midden."),
    ("h2", "1.1 Onze leerlingen"),
    ("p", "De meeste leerlingen wonen in de wijken rond de school; een deel komt uit andere delen van "
          "Almere Stad omdat de ouders bewust voor een christelijke school kiezen. De schoolweging is "
          "28,9. Het leerlingenaantal is de laatste jaren licht gedaald, van 271 in 2018 naar 246 nu. "
          "Wij verwachten dat het aantal de komende jaren stabiel blijft, omdat er in de wijk nieuwe "
          "woningen worden gebouwd. In de groepen zitten gemiddeld 25 leerlingen; groep 7 en 8 zijn "
          "dit jaar gecombineerd."),

    ("h1", "2. Onze identiteit"),
    ("p", "De Morgenster is een protestants-christelijke school. Wij beginnen elke dag met een "
          "dagopening met gebed en een lied. In alle groepen vertellen wij de verhalen uit de Bijbel "
          "met Kind op Maandag. Kerst en Pasen vieren wij met de hele school in de Ontmoetingskerk. "
          "Op maandag is er om 8.30 uur een weekopening voor de hele school in de hal. Wij staan "
          "open voor alle kinderen van ouders die onze identiteit respecteren."),

    ("h1", "3. Missie en visie"),
    ("p", "Onze missie is: samen onderweg, in het licht van de Morgenster. Wij willen kinderen "
          "onderwijs geven waarin zij zich kunnen ontwikkelen tot zelfstandige, verantwoordelijke "
          "mensen die vanuit christelijke waarden hun plek in de samenleving innemen. Wij geloven dat "
          "ieder kind door God gegeven talenten heeft, en dat het onze opdracht is om die talenten tot "
          "bloei te laten komen."),
    ("p", "Onze visie sluit aan bij de missie van ons bestuur: samen kleur geven aan goed onderwijs. "
          "Goed onderwijs betekent voor ons dat iedere leerling zichzelf kan zijn en dat hij zichzelf "
          "en zijn talenten leert kennen. Goed onderwijs betekent leren samen te werken, samen te leren "
          "en samen te leven."),

    ("h2", "3.1 Sterke kanten en aandachtspunten"),
    ("p", "Bij de voorbereiding van dit schoolplan heeft het team op een studiedag in februari 2023 de "
          "sterke kanten en de aandachtspunten van de school op een rij gezet. Sterke kanten zijn het "
          "rustige en vriendelijke klimaat in de school, de goede resultaten voor technisch lezen, het "
          "stabiele team en de ouders die graag helpen bij activiteiten. Aandachtspunten zijn de "
          "rekenresultaten in de middenbouw, de verouderde digiborden, het dalende leerlingenaantal en "
          "de vervanging van collega's bij ziekte, die steeds moeilijker wordt."),
    ("h1", "4. Onze kernwaarden"),
    ("p", "Wij onderschrijven de vier kernwaarden van ons bestuur: gezien worden, open, vooruitstrevend "
          "en ambitieus. Hieronder beschrijven wij wat deze kernwaarden voor onze school betekenen."),
    ("h2", "4.1 Gezien worden"),
    ("p", "De cultuur op onze school is gastvrij, iedereen voelt zich welkom. Iedereen op onze school "
          "is waardevol en wordt gezien. Wij hebben zicht op de (onderwijs)behoeftes van onze "
          "leerlingen en medewerkers. Hiervoor werken wij met Kwink en ZIEN!."),
    ("h2", "4.2 Open"),
    ("p", "Onze school gaat respectvol om met de mensen binnen en buiten de school. In onze "
          "communicatie zijn wij transparant en toegankelijk. Met een open blik kijken wij naar de "
          "verscheidenheid van leerlingen en medewerkers. Dit is zichtbaar in ons dagelijks handelen "
          "en in onze identiteit."),
    ("h2", "4.3 Vooruitstrevend"),
    ("p", "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. "
          "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. "
          "Wij werken met Snappet, Estafette en Blink."),
    ("h2", "4.4 Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn intrinsiek "
          "gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. Wij geven altijd het "
          "beste van onszelf. Wij werken met de methodes Pluspunt, Staal en Nieuwsbegrip, die hoge "
          "eisen stellen aan de leerlingen. Bij de ambitieuze plannen voor het schoolplein helpen de "
          "ouders mee."),

    ("h1", "5. Goed en toegankelijk onderwijs"),
    ("h2", "5.1 De kwaliteit van ons onderwijs"),
    ("p", "De kwaliteit van ons onderwijs is en blijft op orde. Bij het laatste onderzoek van de "
          "inspectie in 2019 kreeg De Morgenster het basisarrangement. De resultaten op de eindtoets "
          "lagen de afgelopen drie jaar boven het landelijk gemiddelde en boven de "
          "signaleringswaarden van de inspectie."),
    ("table", [
        ["Jaar", "Eindtoets (score)", "Landelijk gemiddelde", "1F lezen", "2F/1S lezen"],
        ["2021", "535,1", "534,5", "97%", "61%"],
        ["2022", "534,8", "534,8", "96%", "57%"],
        ["2023", "536,0", "535,0", "98%", "63%"],
    ]),
    ("p", "Ons doel is dat in 2027 onze resultaten nog steeds elk jaar boven de signaleringswaarden "
          "liggen en dat het percentage leerlingen dat 1F lezen haalt niet onder de 96 procent komt. "
          "Elk jaar in oktober vergelijken wij de uitslag van groep 8 met deze tabel."),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en is zichtbaar binnen "
          "onze school. Onze school heeft een collectieve leercultuur, gericht op voortdurend "
          "verbeteren en innoveren."),
    ("h2", "5.2 Ons onderwijsaanbod"),
    ("p", "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen. Onze school "
          "heeft een toekomstgericht curriculum. Wij werken met Snappet, Estafette en Blink. Met de "
          "methodes in de tabel hieronder dekken wij de kerndoelen en werken wij toe naar de "
          "referentieniveaus voor taal en rekenen."),
    ("table", [
        ["Vakgebied", "Methode", "Groepen"],
        ["Aanvankelijk lezen", "Veilig Leren Lezen", "3"],
        ["Technisch lezen", "Estafette", "4-8"],
        ["Begrijpend lezen", "Nieuwsbegrip", "4-8"],
        ["Taal en spelling", "Staal", "4-8"],
        ["Rekenen", "Pluspunt, met Snappet voor verwerking", "3-8"],
        ["Wereldoriëntatie", "Blink Wereld", "3-8"],
        ["Engels", "Join In", "5-8"],
        ["Levensbeschouwing", "Kind op Maandag", "1-8"],
        ["Sociaal-emotionele ontwikkeling", "Kwink", "1-8"],
        ["Kleuters", "Kleuterplein", "1-2"],
    ]),
    ("table", [
        ["Vakgebied", "Groep 1-2", "Groep 3-4", "Groep 5-8"],
        ["Taal en lezen", "6 uur", "9 uur", "8 uur"],
        ["Rekenen", "3 uur", "5 uur", "5 uur"],
        ["Wereldoriëntatie", "2 uur", "2 uur", "3 uur"],
        ["Engels", "-", "-", "1 uur"],
        ["Levensbeschouwing", "1,5 uur", "1,5 uur", "1,5 uur"],
        ["Bewegingsonderwijs", "5 uur", "1,5 uur", "1,5 uur"],
        ["Expressie en kunst", "3 uur", "2 uur", "2 uur"],
        ["Sociaal-emotionele ontwikkeling", "1 uur", "1 uur", "1 uur"],
    ]),
    ("p", "Met deze verdeling komen alle groepen aan 940 uur onderwijstijd per jaar."),
    ("h2", "5.3 Zicht op onze leerlingen"),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Twee keer per jaar, in januari en in "
          "juni, nemen wij de toetsen van het leerlingvolgsysteem af; bij de kleuters werken wij met de "
          "observatielijsten van Kleuterplein. Na elke toetsronde heeft iedere leerkracht een "
          "groepsbespreking met de intern begeleider. Daarin bespreken zij welke leerlingen extra "
          "instructie, verlengde instructie of juist verrijking nodig hebben, en dat leggen zij vast in "
          "het groepsplan. Daarnaast is er in oktober een derde groepsbespreking over het welbevinden "
          "van de leerlingen, waarbij de uitkomsten van ZIEN! worden besproken. Leerlingen over wie de "
          "leerkracht zich zorgen maakt, worden besproken in de leerlingbespreking, eens per zes "
          "weken, met de intern begeleider en zo nodig met de ouders."),
    ("h2", "5.4 Ondersteuning"),
    ("p", "Onze school heeft in haar zorgprofiel duidelijk beschreven in welke leer- en zorgbehoeftes "
          "wij kunnen voorzien. Wij maken deel uit van een dekkend netwerk van onderwijs- en "
          "zorgvoorzieningen in de stad, zodat alle leerlingen een passende onderwijsplek hebben."),
    ("p", "In ons schoolondersteuningsprofiel staat dat wij in alle groepen instructie geven op drie "
          "niveaus en dat leerlingen met dyslexie begeleid worden volgens het protocol, met "
          "voorleessoftware en extra tijd bij toetsen. Voor leerlingen met een ontwikkelingsvoorsprong "
          "is er een plusgroep op donderdagmiddag. Een remedial teacher werkt twee dagen per week met "
          "leerlingen met lees- en rekenproblemen. Wij kunnen geen passend onderwijs bieden aan "
          "leerlingen die langdurig één-op-één begeleiding nodig hebben of die zware medische zorg "
          "nodig hebben; ook leerlingen met ernstige gedragsproblemen kunnen wij niet altijd de "
          "ondersteuning geven die zij nodig hebben. Voor hen bespreken wij met ouders welke school "
          "beter past."),
    ("h2", "5.5 Veiligheid en burgerschap"),
    ("p", "Een veilig schoolklimaat is de basis. In alle groepen geven wij elke week een les van "
          "Kwink. Twee keer per jaar vullen de leerkrachten ZIEN! in. Elk jaar in het voorjaar vullen "
          "de leerlingen van groep 5 tot en met 8 de veiligheidsmonitor in; in 2023 gaf 94 procent aan "
          "zich veilig te voelen. Juf Anneke is onze anti-pestcoördinator. Het pestprotocol evalueren "
          "wij elk jaar met de MR."),
    ("p", "Burgerschap is verweven in ons onderwijs en komt aan bod in Kwink, Blink en Kind op Maandag."),
    ("h2", "5.6 Kwaliteitszorg"),
    ("p", "Voor een beschrijving van ons kwaliteitsbeleid verwijzen wij naar het kwaliteitshandboek van "
          "ASG. Wij werken volgens de kwaliteitscyclus van het bestuur."),

    ("h1", "6. Ons personeel"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op onze school. Onze school heeft "
          "aandacht voor het welbevinden in elke levensfase van alle medewerkers. Alle medewerkers "
          "werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van bijeenkomsten en "
          "het volgen van cursussen en programma's van de ASG Academie. Onze school heeft vitale "
          "werknemers. De jaarlijkse gesprekscyclus is op onze school geïmplementeerd."),
    ("p", "Die gesprekscyclus ziet er bij ons zo uit. In september of oktober voert de directeur met "
          "iedere medewerker een startgesprek, waarin afspraken worden gemaakt over de taken en de "
          "ontwikkeling van dat jaar. Tussen december en februari legt de directeur een klassenbezoek "
          "af met de kijkwijzer van de school, gevolgd door een voortgangsgesprek. In mei of juni volgt "
          "het eindgesprek, en eens in de drie jaar is dat een beoordelingsgesprek. Van elk gesprek "
          "maakt de directeur een verslag dat de medewerker ondertekent en dat in het personeelsdossier "
          "komt. Ook de bekwaamheid van de leerkrachten komt in deze gesprekken aan de orde; afspraken "
          "daarover worden vastgelegd in het bekwaamheidsdossier. Het team bestaat uit een directeur, "
          "een intern begeleider, vijftien leerkrachten, een remedial teacher, een conciërge en een "
          "administratief medewerker."),

    ("h1", "7. Samenwerking binnen ASG"),
    ("p", "Collega's van onze school ontmoeten collega's van de andere scholen en het servicebureau "
          "regelmatig. Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties "
          "en ASG-brede studiedagen. Wij maken gebruik van de diensten van het servicebureau op het "
          "gebied van personeel, financiën en huisvesting."),

    ("h1", "8. Ouders en partners"),
    ("p", "Ouders zijn betrokken bij het leerproces van hun kind. Onze school werkt proactief samen met "
          "een breed scala aan partners. Wij werken nauw samen met maatschappelijke partners in de "
          "nabije omgeving."),
    ("p", "In de eerste weken van het schooljaar heeft iedere leerkracht een kennismakingsgesprek met "
          "de ouders van alle leerlingen, waarin de ouders vertellen over hun kind. In november en in "
          "maart zijn er tienminutengesprekken over de vorderingen; vanaf groep 6 is de leerling bij "
          "dat gesprek aanwezig en vertelt hij zelf wat goed gaat en wat beter kan. In groep 3 lezen "
          "vier ochtenden per week meeleesouders met kleine groepjes kinderen. Elk jaar organiseren wij "
          "een thema-avond voor ouders over hoe zij thuis het lezen van hun kind kunnen stimuleren. Na "
          "elk rapport krijgen ouders van groep 3 en 4 een lijstje met oefeningen voor thuis."),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie leerkrachten."),

    ("h1", "9. Meerjarenplanning"),
    ("table", [
        ["Schooljaar", "Onderwerp"],
        ["2023-2024", "Invoering Snappet in groep 4 tot en met 8"],
        ["2024-2025", "Keuze nieuwe methode aanvankelijk lezen; vervanging digiborden"],
        ["2025-2026", "Herijking schoolondersteuningsprofiel; nieuwe methode Engels"],
        ["2026-2027", "Evaluatie schoolplan; schrijven nieuw schoolplan"],
    ]),

    ("h1", "10. Gebouw en financiën"),
    ("p", "Het gebouw van De Morgenster is gebouwd in 1984 en in 2008 uitgebreid met twee lokalen en "
          "een speellokaal. In de zomer van 2025 wordt het dak vernieuwd en komen er zonnepanelen. De "
          "school ontvangt per jaar ongeveer 1,9 miljoen euro aan rijksbijdragen; de begroting is "
          "sluitend. De vrijwillige ouderbijdrage is 30 euro per kind. Daarvan betalen wij onder meer "
          "de vieringen, het sinterklaasfeest en een deel van het kamp van groep 8, dat elk jaar naar "
          "kampeerboerderij De Horizon op de Veluwe gaat."),

    ("h1", "11. Vaststelling"),
    ("p", "De medezeggenschapsraad van PCB De Morgenster heeft op 19 juni 2023 ingestemd met dit "
          "schoolplan."),
    ("p", "Namens de MR: Hendrik de Wit, voorzitter."),
    ("p", "Het schoolplan is vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op "
          "4 juli 2023."),
    ("p", "Namens de school: Gerda Blom, directeur."),
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


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Light Grid Accent 1"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    doc.add_paragraph()


def build(path: pathlib.Path) -> None:
    path = pathlib.Path(path)
    doc = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Title"):
        _set_lang(doc.styles[name])
    props = doc.core_properties
    props.author = "Gerda Blom"
    props.title = "Schoolplan 2023-2027 PCB De Morgenster"
    fixed = datetime.datetime(2023, 6, 21, 10, 15, 0)
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "Gerda Blom"
    props.revision = 2

    section = doc.sections[0]
    section.header.paragraphs[0].text = "PCB De Morgenster - Schoolplan 2023-2027"
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp)

    doc.add_paragraph(COVER[0], style="Title")
    for line in COVER[1:]:
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(14)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for kind, content in BODY:
        if kind == "h1":
            doc.add_paragraph(content, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(content, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "table":
            _table(doc, content)
    doc.save(str(path))


if __name__ == "__main__":
    out = pathlib.Path("/tmp/plan_03_pcb_de_morgenster.docx")
    build(out)
    print(out)
