# -*- coding: utf-8 -*-
"""Schoolplan 2020-2024 van openbare basisschool De Hoogstam (Almere Oosterwold).

Kort plan, zoals de directeur het zelf in Word maakt. build(path) schrijft het .docx-bestand.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2020, 6, 22, 16, 5, 0)


def _nederlands(document):
    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet"):
        rpr = document.styles[naam].element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)


def _voettekst(document):
    p = document.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, " PAGE "), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _h1(d, t):
    d.add_heading(t, level=1)


def _h2(d, t):
    d.add_heading(t, level=2)


def _p(d, t):
    d.add_paragraph(t)


def _lijst(d, items):
    for item in items:
        d.add_paragraph(item, style="List Bullet")


def _datumlijst(d, items):
    """Doelen als opsomming: vetgedrukte datum, daarna het doel."""
    for datum, tekst in items:
        p = d.add_paragraph(style="List Bullet")
        r = p.add_run(datum + ": ")
        r.bold = True
        p.add_run(tekst)


def build(path):
    path = str(path)
    d = Document()
    _nederlands(d)
    d.styles["Normal"].font.name = "Verdana"
    d.styles["Normal"].font.size = Pt(10)
    for naam in ("Heading 1", "Heading 2"):
        d.styles[naam].font.color.rgb = RGBColor(0x3A, 0x6B, 0x35)
    _voettekst(d)

    cp = d.core_properties
    cp.title = "schoolplan Hoogstam 2020-2024 def"
    cp.author = "Sanne Kuipers"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "Sanne Kuipers"

    d.add_paragraph("Schoolplan 2020-2024", style="Title")
    p = d.add_paragraph()
    r = p.add_run("Openbare basisschool De Hoogstam, Almere Oosterwold")
    r.bold = True
    r.font.size = Pt(13)
    _p(d, "Versie 22 juni 2020")

    _h1(d, "Vooraf")
    _p(d, "De Hoogstam bestaat twee jaar. In augustus 2018 begonnen we met 23 kinderen in twee lokalen van een "
          "tijdelijk paviljoen. Op 1 oktober 2019 telden we 84 leerlingen, en als Oosterwold blijft groeien zoals nu "
          "verwacht, zijn dat er in 2024 ruim 190. Dit is ons eerste volledige schoolplan. Het startplan uit 2018 was "
          "vooral een plan om de deuren open te krijgen. Dit plan loopt van 1 augustus 2020 tot en met 31 juli 2024.")
    _p(d, "We hebben het plan bewust kort gehouden. We bouwen de school nog, letterlijk en figuurlijk, en willen een "
          "plan dat het team echt gebruikt. Aan het eind staat een lijst met doelen en data; die lijst is de basis "
          "van onze jaarplannen. We schreven het plan met het team op de studiedagen van 11 februari en 20 april "
          "2020. Die tweede dag was online, midden in de schoolsluiting.")

    _h1(d, "1. Onze school en de wijk")
    _p(d, "Oosterwold is geen gewone nieuwbouwwijk. Bewoners kopen een kavel, bouwen zelf of in een groep, leggen "
          "zelf hun wegen aan en gebruiken een groot deel van hun grond voor stadslandbouw. Dat zie je terug in de "
          "gezinnen die bij ons komen: zelfbouwers, jonge gezinnen uit Amsterdam en Utrecht, boerenfamilies die hier "
          "al woonden en gezinnen die net in Nederland zijn. In ongeveer één op de tien gezinnen wordt thuis geen "
          "Nederlands gesproken.")
    _p(d, "We zitten in een tijdelijk paviljoen met vijf lokalen. In de zomer van 2022 verhuizen we naar een nieuw "
          "gebouw, dat we delen met een kinderopvangorganisatie en een buurtruimte. Enkele kengetallen:")
    _lijst(d, ["84 leerlingen in vijf groepen (1/2a, 1/2b, 3/4, 5/6 en 7); de eerste groep 8 start in augustus 2020;",
               "een team van tien mensen, samen 7,2 fte, onder wie een intern begeleider (0,4 fte);",
               "directeur: Sanne Kuipers (vier dagen per week);",
               "bevoegd gezag: Almeerse Scholen Groep."])

    _h1(d, "2. Waar we voor staan")
    _p(d, "Onze naam zegt het al: een hoogstam is een fruitboom die langzaam groeit, diep wortelt en lang vrucht "
          "draagt. Zo kijken we ook naar kinderen. Ze leren met hoofd, hart en handen, en veel daarvan gebeurt "
          "buiten. Drie zinnen vatten onze visie samen:")
    _lijst(d, ["Buiten is ook een lokaal.",
               "We bouwen samen: kinderen, ouders, team en wijk.",
               "Iedereen hoort erbij."])
    _h2(d, "Openbaar: iedereen hoort erbij")
    _p(d, "De Hoogstam is een openbare school. Elk kind is welkom, wat de ouders ook geloven of denken, en bij de "
          "benoeming van medewerkers telt levensbeschouwing niet mee. We vinden het belangrijk dat kinderen "
          "kennismaken met verschillende levensbeschouwingen. In groep 5 tot en met 8 kunnen ouders kiezen voor "
          "godsdienstig of humanistisch vormingsonderwijs; de andere kinderen werken dan aan een project over "
          "tradities in de wijk. We vieren samen de seizoenen, met als hoogtepunt het oogstfeest in oktober, en "
          "in de groepen vertellen kinderen over de feesten die zij thuis vieren, zoals het Suikerfeest, Divali en "
          "Kerst. Bij de kennismaking vragen we ouders welke feesten en gewoonten voor hun gezin belangrijk zijn.")

    _h1(d, "3. Leren op De Hoogstam")
    _h2(d, "Taal en rekenen")
    _p(d, "Ons onderwijs voldoet aan de kerndoelen en we werken toe naar de referentieniveaus 1F en 2F/1S. In groep "
          "1-2 werken we thematisch en volgen we de ontwikkeling met KIJK!. In groep 3 leren kinderen lezen met "
          "Veilig leren lezen (KIM-versie). Voor taal en spelling gebruiken we Staal, voor begrijpend lezen "
          "Nieuwsbegrip. In 2020-2021 vervangen we ons oude rekenpakket door Wereld in Getallen 5. Instructie geven "
          "we volgens het model van expliciete directe instructie, met verlengde instructie aan de tafel van de "
          "leerkracht.")
    _h2(d, "Ontdekken en onderzoeken")
    _p(d, "Voor wereldoriëntatie werken we met Blink Wereld, maar we hangen elk thema op aan wat kinderen in "
          "Oosterwold om zich heen zien: water (sloten en waterberging op de kavels), voedsel (de stadslandbouw), "
          "bouwen (de zelfbouwhuizen) en energie. Op vrijdagmiddag is het Hoogstamlab: groepen doorlopen een "
          "cyclus van onderzoekend en ontwerpend leren, van eigen vraag tot presentatie. De schooltuin is ons "
          "buitenlokaal; in maart 2021 planten we met ouders twaalf hoogstamfruitbomen.")
    _h2(d, "Burgerschap")
    _p(d, "Burgerschap oefenen we in het echt. De leerlingenraad (groep 5 tot en met 7, gekozen in september) praat "
          "mee over het nieuwe schoolplein en presenteert in 2021 een eigen ontwerp aan de architect. Groep 6 en 7 "
          "doen elk jaar een wijkproject: ze interviewen bewoners over hoe je samen een weg aanlegt of een "
          "waterpartij beheert, en leren zo hoe afspraken in een gemeenschap tot stand komen. In groep 7 en 8 "
          "bespreken we in het nieuws van de week ook de gemeenteraad en de landelijke politiek.")

    _h1(d, "4. Veilig, welkom en goed begeleid")
    _h2(d, "Welkom")
    _p(d, "Elke ochtend is er van 8.20 tot 8.30 uur inloop: ouders lopen mee de klas in. De eerste vrijdag van de "
          "maand staat er koffie klaar en schuift de directeur aan. Nieuwe gezinnen krijgen een rondleiding en "
          "worden gekoppeld aan een buddygezin dat de weg wijst in school en wijk. Iedereen op De Hoogstam is "
          "waardevol en wordt gezien.")
    _h2(d, "Veiligheid")
    _p(d, "Sinds 2019 werken we met KiVa. In de eerste weken van het schooljaar maakt elke groep eigen "
          "wij-afspraken over hoe we met elkaar omgaan; de afspraken hangen in de klas en gaan mee naar huis. Onze "
          "intern begeleider is anti-pestcoördinator. Elk jaar in november vullen de kinderen van groep 5 tot en "
          "met 8 de KiVa-monitor in; in 2019 voelde 87 procent zich veilig. Het veiligheidsplan werken we in 2021 "
          "bij voor het nieuwe gebouw en de gedeelde ruimtes met de kinderopvang.")
    _h2(d, "Zicht op wat kinderen nodig hebben")
    _p(d, "Elk schooljaar begint met een startgesprek met ouders en kind. Samen vertellen ze wat het kind nodig "
          "heeft om goed te leren; de leerkracht legt dat vast in het groepsoverzicht. Drie keer per jaar houdt de "
          "intern begeleider groepsbesprekingen met de leerkracht, op basis van de Cito-toetsen, KIJK! en "
          "observaties.")
    _h2(d, "Ondersteuning")
    _p(d, "In ons schoolondersteuningsprofiel (herzien in 2020) staat wat we kunnen bieden: de basisondersteuning, "
          "een dyslexieprotocol, begeleiding bij lichte gedragsproblemen en vanaf augustus 2021 een plusgroep voor "
          "meer- en hoogbegaafde kinderen (één ochtend per week). We zeggen ook eerlijk wat we (nog) niet kunnen: "
          "kinderen met zware gedragsproblemen die een kleine groep nodig hebben, of kinderen met intensieve "
          "medische zorg. Voor extra ondersteuning werken we samen met Passend Onderwijs Almere.")

    _h1(d, "5. Een team dat meegroeit")
    _p(d, "Het team groeit de komende jaren van tien naar ongeveer zeventien mensen. We werven elk voorjaar voor het "
          "nieuwe schooljaar en zoeken collega's die graag buiten lesgeven en het leuk vinden om een school op te "
          "bouwen. Nieuwe collega's volgen een inwerkprogramma met een buddy en twee klassenbezoeken in het eerste "
          "halfjaar.")
    _p(d, "De directeur bezoekt elke leerkracht twee keer per jaar in de klas en geeft feedback op de instructie "
          "(expliciete directe instructie). In 2020-2021 volgt het hele team de scholing onderzoekend en ontwerpend "
          "leren; daarna volgt ieder teamlid in de planperiode minstens één cursus van de ASG Academie die past bij "
          "de eigen ontwikkeling. Eén collega is in 2019 als zij-instromer begonnen via Windesheim Flevoland en is "
          "in juli 2021 bevoegd; een onderwijsassistent volgt de deeltijd-pabo en rondt die in 2023 af.")

    _h1(d, "6. Kwaliteit")
    _p(d, "We werken met een vaste jaarcyclus: in juli het jaarplan, in oktober het jaarverslag, en elk kwartaal een "
          "rapportage aan het bestuur. Met Werken met Kwaliteitskaarten (WMK-PO) beoordelen we elk jaar drie of vier "
          "onderdelen van ons onderwijs. Twee keer per jaar (februari en juni) maken we een trendanalyse van de "
          "toetsresultaten en bespreken we die met het team. In 2021 en 2023 houden we een tevredenheidspeiling "
          "onder ouders, leerlingen en team.")
    _p(d, "Omdat we een nieuwe school zijn, komt de inspectie in de komende jaren langs. We willen dan het "
          "basisarrangement krijgen. Vanaf 2021 maakt groep 8 de IEP-eindtoets. We leggen de lat hoog: wij hebben "
          "hoge verwachtingen van onze leerlingen en van elkaar. Voor lezen en rekenen willen we in 2023 dat "
          "minimaal 95 procent van de kinderen 1F haalt en minimaal 55 procent 2F of 1S.")

    _h1(d, "7. Samen met ouders en de wijk")
    _p(d, "Ouders hebben deze school mee opgebouwd en dat willen we zo houden. Ouders zitten in werkgroepen voor de "
          "schooltuin, de nieuwbouw en de feesten. Elk trimester is er een kijkmoment waarop kinderen hun ouders "
          "laten zien waaraan ze werken, aan de hand van hun portfolio.")
    _p(d, "Voor de communicatie gebruiken we Parro voor berichten uit de groep en een maandelijkse nieuwsbrief, "
          "'De Hoogstam groeit'. De nieuwsbrief verschijnt ook in het Engels. Bij het begin van het schooljaar krijgt "
          "iedereen de jaarkalender, zodat niemand voor verrassingen staat.")
    _p(d, "In de wijk werken we samen met een stadslandbouwbedrijf op tien minuten lopen, waar groep 3 tot en met 7 "
          "drie keer per jaar een ochtend meewerkt, en met de bewonersvereniging, die de buurtruimte in het nieuwe "
          "gebouw gaat beheren. Met de kinderopvang maken we afspraken over de overdracht van peuters naar groep 1, "
          "met KIJK! als gedeeld observatie-instrument.")
    _p(d, "De MR (twee ouders, twee leerkrachten) is voor ons een klankbord en sparringpartner bij voorgenomen "
          "beleid.")

    _h1(d, "8. Koers 22: wat we oppakken en wat we laten liggen")
    _p(d, "Koers 22 van ASG vraagt veel, en een school met tien mensen kan niet alles tegelijk. We kiezen. De "
          "kernwaarden gezien worden en open pakken we stevig op: een nieuwe school in een nieuwe wijk moet in de "
          "eerste plaats een plek zijn waar iedereen zich welkom voelt. Uit de vensters kiezen we voor goed en "
          "toegankelijk onderwijs en voor partnerschap met ouders en wijk.")
    _p(d, "Andere onderdelen laten we deze periode bewust liggen:")
    _lijst(d, ["De meerwaarde van ASG (venster 3). We gaan naar ASG-bijeenkomsten als het uitkomt, maar stellen er "
               "geen eigen doelen voor.",
               "De drie horizonten van de innovatiestrategie.",
               "Interne mobiliteit en de overkoepelende medezeggenschapsraad.",
               "Welbevinden en vitaliteit van het team. Die vinden we belangrijk, maar we werken ze niet apart uit."])
    _p(d, "In het jaarverslag van 2022 kijken we of deze keuzes nog kloppen.")

    _h1(d, "9. Onze doelen 2020-2024")
    _h2(d, "Welkom en veilig")
    _datumlijst(d, [
        ("1 oktober 2020", "alle gezinnen hebben een startgesprek gehad; daarna elk jaar vóór 1 oktober."),
        ("september 2020", "de maandelijkse koffieochtend en de dagelijkse inloop staan vast in de jaarkalender."),
        ("november 2021 en verder", "minimaal 90 procent van de kinderen in groep 5-8 voelt zich veilig volgens de "
                                    "KiVa-monitor (2019: 87 procent)."),
        ("juni 2021", "veiligheidsplan bijgewerkt voor het nieuwe gebouw."),
    ])
    _h2(d, "Onderwijs")
    _datumlijst(d, [
        ("juli 2021", "Wereld in Getallen 5 ingevoerd in groep 3 tot en met 8."),
        ("juni 2021", "het Hoogstamlab draait in groep 3 tot en met 8; elke groep doorloopt minstens drie "
                      "onderzoekscycli per jaar."),
        ("maart 2021", "twaalf hoogstamfruitbomen geplant in de schooltuin, samen met ouders."),
        ("augustus 2021", "de plusgroep voor meer- en hoogbegaafde kinderen is gestart."),
        ("juli 2023", "minimaal 95 procent haalt 1F en minimaal 55 procent 2F/1S voor lezen en rekenen; de "
                      "IEP-eindtoets ligt vanaf 2021 elk jaar boven de signaleringswaarde."),
        ("2021-2022", "eerste inspectiebezoek; uitkomst: basisarrangement."),
    ])
    _h2(d, "Team")
    _datumlijst(d, [
        ("juli 2021", "het hele team heeft de scholing onderzoekend en ontwerpend leren afgerond; de zij-instromer "
                      "is bevoegd."),
        ("juli 2023", "de onderwijsassistent in opleiding heeft de pabo afgerond."),
        ("juli 2024", "ieder teamlid heeft minstens één cursus van de ASG Academie gevolgd."),
    ])
    _h2(d, "Ouders en wijk")
    _datumlijst(d, [
        ("2021 en 2023", "in de ouderpeiling geeft minimaal 85 procent aan goed geïnformeerd te worden; "
                         "oudertevredenheid minimaal een 8."),
        ("voorjaar 2021", "de leerlingenraad presenteert een ontwerp voor het schoolplein aan de architect."),
        ("december 2021", "schriftelijke afspraken met de kinderopvang over de overdracht van peuters."),
        ("zomer 2022", "verhuizing naar het nieuwe gebouw."),
        ("elk schooljaar", "een wijkproject in groep 6-7 en drie werkochtenden bij het stadslandbouwbedrijf."),
    ])

    _h1(d, "Vaststelling")
    _p(d, "Dit schoolplan is opgesteld door de directeur met het team. De MR heeft het plan op 9 juni 2020 besproken "
          "en heeft meegedacht over de doelen. Het plan wordt ter vaststelling aangeboden aan het College van Bestuur "
          "van de Almeerse Scholen Groep.")
    _p(d, "Almere, 22 juni 2020\nSanne Kuipers, directeur")

    d.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_174_obs_de_hoogstam.docx")
