"""Schoolplan 2025-2029 van CBS De Sycomoor (Almere Haven).

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


VASTE_DATUM = datetime.datetime(2025, 6, 24, 10, 15, 0)


# ---------------------------------------------------------------- hulpfuncties

def _taal_nederlands(doc):
    """Zet de proeftaal van het document op Nederlands."""
    styles = doc.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        return
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        doc_defaults.append(rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("CBS De Sycomoor \u00b7 Schoolplan 2025-2029 \u00b7 pagina ")
    run.font.size = Pt(8)
    run2 = p.add_run()
    run2.font.size = Pt(8)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run2._r.append(begin)
    run2._r.append(instr)
    run2._r.append(end)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
        r.font.size = Pt(9.5)
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(str(tekst))
            r.font.size = Pt(9.5)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _p(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl)


def _lijst(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _tussenkop(doc, tekst):
    p = doc.add_paragraph()
    r = p.add_run(tekst)
    r.bold = True
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    return p


# ---------------------------------------------------------------- inhoud

def _voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025 \u2013 2029")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CBS De Sycomoor")
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("christelijke basisschool in Almere Haven")
    r.italic = True
    r.font.size = Pt(13)
    for _ in range(8):
        doc.add_paragraph()
    for regel in [
        "Sluisgouw 3, 1355 CK Almere",
        "Brinnummer 27HV",
        "Directeur: Jorien Kalkman",
        "Bevoegd gezag: Almeerse Scholen Groep",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
        "Versie 1.2, juni 2025",
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(regel)
        r.font.size = Pt(10)
    doc.add_page_break()


def _inhoud(doc):
    doc.add_heading("Inhoud", level=1)
    for regel in [
        "Voorwoord",
        "1. Onze school",
        "2. Waar staan we? Een analyse",
        "3. Vijf ambities voor 2025-2029",
        "4. Wat verder aandacht krijgt",
        "5. Hoe we de kwaliteit bewaken",
        "6. Meerjarenplanning",
        "7. Instemming en vaststelling",
    ]:
        _p(doc, regel)
    doc.add_page_break()


def _voorwoord(doc):
    doc.add_heading("Voorwoord", level=1)
    _p(doc, "Beste lezer,")
    _p(doc, (
        "Op 1 augustus 2024 ben ik begonnen als directeur van De Sycomoor. Daarvoor was ik zes jaar "
        "adjunct-directeur van een christelijke basisschool in Lelystad. Wie nieuw binnenkomt, ziet dingen "
        "die voor anderen gewoon zijn geworden. Dat is een voordeel, maar ook een risico: je ziet nog lang "
        "niet alles. Daarom heb ik de eerste maanden vooral gekeken en gevraagd. Ik heb alle elf groepen "
        "bezocht, met ieder teamlid een gesprek gevoerd, twee koffieochtenden met ouders gehouden en drie "
        "keer met kinderen uit groep 6, 7 en 8 aan tafel gezeten."
    ))
    _p(doc, (
        "Dit schoolplan is daarvan het resultaat. Het begint met een uitgebreide analyse, omdat ik vind dat "
        "we pas goed kunnen kiezen als we eerlijk hebben gekeken waar we staan. Die analyse hebben we als "
        "team besproken op de studiedagen van 8 januari en 12 maart 2025. Daaruit kwamen vijf ambities "
        "voort. Dat zijn er bewust niet meer: liever vijf dingen goed dan twaalf half. Sommige onderwerpen "
        "die ook belangrijk zijn, zoals de verbouwing of de keuze voor een nieuwe methode voor "
        "wereldori\u00ebntatie, staan daarom in dit plan op de tweede rij."
    ))
    _p(doc, (
        "De Sycomoor is een school met een warm hart en een trouw team. Er gaat veel goed. Tegelijk laten de "
        "resultaten voor begrijpend lezen en rekenen zien dat onze kinderen meer kunnen dan we nu uit ze "
        "halen. Daar ligt de opdracht voor de komende vier jaar."
    ))
    _p(doc, "Jorien Kalkman\ndirecteur CBS De Sycomoor")


def _hoofdstuk1(doc):
    doc.add_heading("1. Onze school", level=1)
    doc.add_heading("1.1 Wie we zijn", level=2)
    _p(doc, (
        "De Sycomoor is een protestants-christelijke basisschool in de wijk De Gouwen in Almere Haven. De "
        "school opende in 1982 als een van de eerste scholen van Haven en valt sinds 2009 onder de Almeerse "
        "Scholen Groep. Onze naam verwijst naar het verhaal van Zache\u00fcs (Lucas 19): de kleine man die in "
        "een wilde vijgenboom klimt om Jezus te kunnen zien, en die dan zelf bij zijn naam wordt geroepen. "
        "Dat verhaal vertellen we ieder jaar in de eerste schoolweek. Het zegt iets over hoe wij naar kinderen "
        "willen kijken: niemand is te klein om opgemerkt te worden."
    ))
    _p(doc, (
        "Onze identiteit is zichtbaar in het gewone leven van de school. We beginnen de dag met een gebed "
        "en een verhaal uit Trefwoord, op maandagochtend zingen we met de hele school in de hal, en Kerst en "
        "Pasen vieren we samen met ouders in de Ontmoetingskerk aan de Kruisgouw. Tegelijk is De Sycomoor een "
        "school voor alle kinderen uit de buurt. Ongeveer de helft van onze gezinnen noemt zich christelijk, "
        "een vijfde is moslim en de rest heeft geen of een andere levensovertuiging. Ouders kiezen voor ons "
        "vanwege de sfeer, de nabijheid en de aandacht voor normen en waarden. We vragen van alle ouders "
        "respect voor onze identiteit en van ons team respect voor de overtuiging van ieder gezin. In groep 6 "
        "bezoeken de kinderen daarom zowel de Ontmoetingskerk als de Mevlana-moskee in Haven, en in groep 7 "
        "werken we een heel Trefwoord-thema uit over de grote wereldgodsdiensten. Het Suikerfeest en Divali "
        "krijgen een plek in de weekopening van de groepen waarin kinderen die feesten thuis vieren."
    ))
    _p(doc, (
        "Als school van de Almeerse Scholen Groep werken wij vanuit dezelfde vier kernwaarden als alle "
        "ASG-scholen: gezien worden, open, vooruitstrevend en ambitieus. Iedereen is bij ons waardevol en "
        "wordt gezien. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Die woorden passen "
        "goed bij onze christelijke traditie. We hebben ze in dit plan niet als aparte hoofdstukken "
        "uitgewerkt; ze zitten in de manier waarop we de vijf ambities aanpakken."
    ))

    doc.add_heading("1.2 Ons onderwijs nu", level=2)
    _p(doc, (
        "We werken in jaargroepen. Er zijn elf groepen: drie heterogene kleutergroepen 1/2 en acht groepen "
        "van 3 tot en met 8, waarbij groep 4 en groep 7 dubbel zijn. We hebben een vijf-gelijke-dagenrooster "
        "van 8.30 tot 14.15 uur en maken zo 940 onderwijsuren per jaar. Sinds 2021 geven we instructie volgens "
        "het model van expliciete directe instructie (EDI); bij de klassenbezoeken van dit schooljaar zag ik "
        "dat dit in de onderbouw stevig staat en in de midden- en bovenbouw wisselend wordt toegepast."
    ))
    _p(doc, "We gebruiken de volgende methodes en instrumenten:")
    _tabel(doc, ["Vak of gebied", "Methode / instrument", "Groepen", "Sinds"], [
        ["Ontwikkeling kleuters", "Onderbouwd (thema's), observatie met KIJK!", "1-2", "2018"],
        ["Aanvankelijk lezen", "Veilig Leren Lezen, KIM-versie", "3", "2019"],
        ["Technisch lezen", "Estafette", "4-6", "2017"],
        ["Begrijpend lezen", "Nieuwsbegrip", "4-8", "2015"],
        ["Taal en spelling", "Staal", "4-8", "2020"],
        ["Rekenen", "Pluspunt 4", "3-8", "2016"],
        ["Wereldori\u00ebntatie", "Blink Wereld", "3-8", "2019"],
        ["Engels", "Take it easy", "1-8", "2020"],
        ["Levensbeschouwing", "Trefwoord", "1-8", "2010"],
        ["Sociaal-emotioneel", "Kwink, volgsysteem ZIEN!", "1-8", "2021"],
        ["Muziek", "123ZING", "1-8", "2022"],
        ["Leerlingvolgsysteem", "Cito Leerling in Beeld, ParnasSys", "3-8", "2023"],
    ], breedtes=[4, 6.5, 2, 2])
    _p(doc, (
        "Bewegingsonderwijs krijgen de groepen 3 tot en met 8 twee keer per week 45 minuten van onze "
        "vakleerkracht; de kleuters spelen dagelijks buiten en hebben twee keer per week speelzaal. Voor "
        "cultuureducatie nemen we deel aan het Almeerse cultuurmenu van Kunstlinie: iedere groep bezoekt "
        "jaarlijks een voorstelling of museum en krijgt een workshopreeks op school."
    ))
    _p(doc, (
        "In 2023 hebben we onze methodes naast de kerndoelen gelegd met de SLO-check. Taal en rekenen dekken "
        "de referentieniveaus 1F en 2F/1S, al laten de resultaten zien dat we de hogere niveaus te weinig "
        "halen (zie hoofdstuk 2). Voor burgerschap en digitale geletterdheid vonden we gaten in het aanbod; "
        "die pakken we op in hoofdstuk 4. Pluspunt 4 is verouderd en wordt in deze planperiode vervangen."
    ))


def _hoofdstuk2(doc):
    doc.add_heading("2. Waar staan we? Een analyse", level=1)
    _p(doc, (
        "In dit hoofdstuk brengen we in kaart wie onze leerlingen zijn, wat ze leren, hoe ouders, kinderen "
        "en medewerkers de school ervaren en hoe het team ervoor staat. We gebruiken daarvoor de "
        "leerlinggegevens uit ParnasSys, de toetsresultaten uit Leerling in Beeld, de eindtoets- en "
        "doorstroomtoetsgegevens, de peilingen van Scholen met Succes (februari 2024), het ASG-"
        "medewerkersonderzoek (november 2024), de verzuimcijfers van het servicebureau en mijn eigen "
        "klassenbezoeken. Aan het eind vatten we alles samen in een SWOT-analyse."
    ))

    doc.add_heading("2.1 Leerlingpopulatie", level=2)
    _tabel(doc, ["Teldatum 1 oktober", "2020", "2021", "2022", "2023", "2024"], [
        ["Aantal leerlingen", "301", "289", "277", "271", "268"],
        ["Waarvan groep 1-2", "82", "76", "71", "73", "74"],
        ["Tussentijdse instroom (schooljaar)", "11", "9", "14", "19", "\u2013"],
    ], breedtes=[5.5, 2, 2, 2, 2, 2])
    _p(doc, (
        "Na jaren van lichte daling stabiliseert het leerlingaantal. De instroom van kleuters is weer "
        "gestegen en de gemeentelijke prognose, die rekening houdt met de nieuwbouw in Haven-Centrum, "
        "voorspelt tussen de 270 en 285 leerlingen in 2029. Opvallend is de groei van de tussentijdse "
        "instroom: in 2023-2024 kwamen 19 kinderen halverwege het jaar binnen, onder wie zeven nieuwkomers "
        "uit Oekra\u00efne, Eritrea en Syri\u00eb. Zij komen vaak met weinig Nederlands en soms met een "
        "onderbroken schoolloopbaan."
    ))
    _p(doc, (
        "Onze schoolweging is 31,4 (landelijk gemiddelde 30,0) en de spreiding is 6,9. Dat betekent dat we "
        "iets meer kinderen hebben van ouders met een lager opleidingsniveau dan gemiddeld, maar vooral dat "
        "onze populatie erg gemengd is: in dezelfde klas zitten kinderen van hoogopgeleide forenzen en "
        "kinderen van ouders die zelf nauwelijks onderwijs hebben gehad. Bij 37 procent van de leerlingen "
        "wordt thuis (ook) een andere taal gesproken dan Nederlands, vooral Turks, Arabisch, Tigrinya, "
        "Papiamento, Pools en Oekra\u00efens."
    ))
    _p(doc, (
        "Veertien leerlingen hebben een ontwikkelingsperspectief, negen leerlingen hebben een arrangement "
        "van het samenwerkingsverband Passend Onderwijs Almere en elf leerlingen een dyslexieverklaring. Bij "
        "achttien gezinnen is het wijkteam betrokken. Voor kinderen die meer aankunnen hebben we op dit "
        "moment geen vaste voorziening; zij krijgen verrijkingsstof in de klas, met wisselend succes."
    ))
    _p(doc, "De schooladviezen van de laatste drie jaar zagen er zo uit:")
    _tabel(doc, ["Advies", "2022 (n=38)", "2023 (n=36)", "2024 (n=34)"], [
        ["vmbo-bb / vmbo-kb", "26%", "25%", "24%"],
        ["vmbo-gt (en gt/havo)", "29%", "33%", "32%"],
        ["havo (en havo/vwo)", "26%", "25%", "26%"],
        ["vwo", "18%", "17%", "18%"],
    ], breedtes=[5, 3, 3, 3])
    _p(doc, (
        "Na de doorstroomtoets van 2024 hebben we vijf adviezen naar boven bijgesteld. Uit de gegevens van "
        "de inspectie blijkt dat 89 procent van onze oud-leerlingen in het derde jaar van het voortgezet "
        "onderwijs op of boven het niveau van ons advies zit. Dat is een goed teken: we adviseren niet te "
        "hoog. De vraag is eerder of we soms te voorzichtig zijn."
    ))

    doc.add_heading("2.2 Opbrengsten", level=2)
    _tussenkop(doc, "Eindtoets en doorstroomtoets")
    _p(doc, "Percentage leerlingen in groep 8 dat het referentieniveau haalt:")
    _tabel(doc, ["Jaar", "Toets", "Lezen 1F", "Lezen 2F", "Taalverz. 1F", "Taalverz. 2F",
                 "Rekenen 1F", "Rekenen 1S"], [
        ["2022", "IEP", "97", "61", "98", "57", "90", "34"],
        ["2023", "IEP", "95", "52", "96", "59", "86", "28"],
        ["2024", "Route 8", "94", "54", "97", "60", "88", "29"],
    ], breedtes=[1.3, 1.8, 1.6, 1.6, 1.8, 1.8, 1.8, 1.8])
    _p(doc, (
        "Over drie jaar gemeten haalt gemiddeld 93,4 procent van onze leerlingen het fundamentele niveau "
        "1F; de signaleringswaarde van de inspectie is 85 procent. Voor de streefniveaus 2F/1S komen we "
        "uit op 48,2 procent, net boven de signaleringswaarde van 46,1 procent die voor onze schoolweging "
        "geldt. Scholen met een vergelijkbare populatie halen gemiddeld rond de 55 procent. Onze resultaten "
        "zijn dus voldoende, maar niet goed. Het grootste probleem zit bij rekenen: met 28 tot 34 procent "
        "op 1S blijven we elk jaar ruim onder het landelijk gemiddelde van ongeveer 42 procent. Lezen op 2F "
        "schommelt sterk en zakte in 2023 fors. Taalverzorging is stabiel en op orde."
    ))
    _tussenkop(doc, "Tussenresultaten")
    _p(doc, (
        "Percentage leerlingen met een vaardigheidsscore op of boven het landelijk gemiddelde, middenmeting "
        "Leerling in Beeld januari 2025 (landelijk is dit per definitie 60 procent):"
    ))
    _tabel(doc, ["Groep", "Begrijpend lezen", "Rekenen", "Spelling", "Technisch lezen (DMT)"], [
        ["4", "56%", "61%", "66%", "74%"],
        ["5", "45%", "55%", "63%", "70%"],
        ["6", "41%", "47%", "68%", "78%"],
        ["7", "47%", "44%", "64%", "76%"],
        ["8", "50%", "42%", "65%", "\u2013"],
    ], breedtes=[1.5, 3.2, 2.5, 2.5, 4])
    _p(doc, (
        "Het beeld is duidelijk. Kinderen leren bij ons goed technisch lezen en spellen; de start in "
        "groep 3 is sterk. Vanaf groep 5 zakken begrijpend lezen en rekenen weg. In de klassen zag ik "
        "daarvoor twee verklaringen. Bij begrijpend lezen wordt veel tijd besteed aan het maken van "
        "opdrachten uit Nieuwsbegrip, maar weinig aan het hardop voordoen van wat een goede lezer doet en aan "
        "kennis over de wereld die een tekst begrijpelijk maakt. Bij rekenen krijgt de verlengde instructie "
        "steeds dezelfde groep kinderen, terwijl de snelle rekenaars zelfstandig werken zonder uitdaging. "
        "Beide patronen zijn te veranderen."
    ))

    doc.add_heading("2.3 Wat ouders, kinderen en medewerkers ervan vinden", level=2)
    _p(doc, (
        "In februari 2024 hebben ouders en de leerlingen van groep 5 tot en met 8 de vragenlijsten van "
        "Scholen met Succes ingevuld. Van de 194 gezinnen deden er 89 mee (46 procent); van de 143 leerlingen "
        "in groep 5-8 deden er 138 mee. Het ASG-medewerkersonderzoek van november 2024 werd door 21 van de "
        "24 medewerkers ingevuld. De belangrijkste uitkomsten (rapportcijfers op een schaal van 1 tot 10):"
    ))
    _tabel(doc, ["Groep", "Onderwerp", "Score"], [
        ["Ouders", "Algemeen oordeel", "7,4"],
        ["Ouders", "Sfeer en veiligheid", "8,1"],
        ["Ouders", "Christelijke identiteit", "7,9"],
        ["Ouders", "Algemene informatievoorziening", "7,0"],
        ["Ouders", "Informatie over de voortgang van mijn kind", "6,6"],
        ["Ouders", "Uitdaging voor mijn kind", "6,2"],
        ["Ouders", "Gebouw, toiletten en schoonmaak", "6,0"],
        ["Leerlingen", "Algemeen oordeel", "8,0"],
        ["Leerlingen", "Ik voel me veilig op school", "8,3"],
        ["Leerlingen", "De juf of meester helpt me als ik iets niet snap", "8,4"],
        ["Leerlingen", "Ik leer veel op school", "7,9"],
        ["Leerlingen", "Ik mag meedenken over dingen op school", "6,4"],
        ["Medewerkers", "Algemeen oordeel", "7,2"],
        ["Medewerkers", "Samenwerking met collega's", "8,2"],
        ["Medewerkers", "Bevlogenheid", "7,6"],
        ["Medewerkers", "Mogelijkheden voor professionalisering", "6,8"],
        ["Medewerkers", "Duidelijkheid over de koers van de school", "6,1"],
        ["Medewerkers", "Werkdruk", "5,9"],
    ], breedtes=[3, 8.5, 2])
    _p(doc, (
        "Daarnaast zegt 11 procent van de leerlingen in groep 5-8 dat ze minstens eens per maand gepest "
        "worden. Volgens de Monitor de Bibliotheek op school leest 48 procent van de kinderen in groep 5-8 "
        "graag; landelijk is dat ongeveer 55 procent."
    ))
    _p(doc, (
        "De open antwoorden bevestigen de cijfers. Ouders schrijven vaak iets als \u2018Ik weet pas bij het "
        "rapport hoe mijn kind ervoor staat\u2019 of \u2018Mijn dochter verveelt zich bij rekenen\u2019. "
        "Kinderen zijn positief over hun juf of meester en over de sfeer, maar vinden dat ze weinig te zeggen "
        "hebben. Medewerkers zijn trots op het team en de kinderen, maar schrijven ook: \u2018We doen veel, "
        "maar we maken niet alles af.\u2019 De lage score op duidelijkheid over de koers is te verklaren: de "
        "peiling viel in een periode zonder vaste directeur."
    ))

    doc.add_heading("2.4 Team en organisatie", level=2)
    _p(doc, (
        "Het team bestaat uit 24 medewerkers met samen 17,6 fte: zestien leerkrachten, een intern begeleider "
        "(0,8 fte), twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conci\u00ebrge, een "
        "administratief medewerker en de directeur. Het managementteam bestaat uit de directeur, de intern "
        "begeleider en twee bouwco\u00f6rdinatoren. Zeven medewerkers zijn ouder dan 55 jaar, vijf jonger dan "
        "30. Drie leerkrachten zijn zij-instromer: twee zitten in het eerste jaar van het zij-instroomtraject "
        "van Windesheim Flevoland, een rondt het af in 2026."
    ))
    _p(doc, (
        "Het ziekteverzuim was in 2023 7,9 procent en in 2024 6,8 procent; het landelijk gemiddelde in het "
        "primair onderwijs ligt rond 6,5 procent. Twee langdurige verzuimgevallen verklaren een groot deel. "
        "In 2024 stond een vacature voor groep 5 vier maanden open; in die periode werd de groep opgevangen "
        "door duo-collega's en de intern begeleider. De gesprekscyclus is de afgelopen drie jaar niet "
        "consequent uitgevoerd: 62 procent van de medewerkers heeft in die periode de volledige cyclus "
        "doorlopen."
    ))

    doc.add_heading("2.5 Gebouw en middelen", level=2)
    _p(doc, (
        "Het gebouw dateert uit 1982. De toiletten en de ventilatie zijn verouderd, wat ouders terecht "
        "opmerken. In het meerjarenonderhoudsplan van ASG staat een renovatie gepland voor de zomer van 2027. "
        "De peuterspeelgroep De Kikkerboom huurt twee lokalen in ons gebouw. Financieel is de school gezond, "
        "maar met weinig ruimte: de NPO-middelen zijn in 2024-2025 afgelopen en de formatie is daarop al "
        "aangepast met \u00e9\u00e9n fte. Ambities die extra geld vragen, betalen we uit de werkdrukmiddelen "
        "en het budget voor professionalisering, of we zoeken er subsidie voor."
    ))

    doc.add_heading("2.6 Wat de inspectie en het bestuur zien", level=2)
    _p(doc, (
        "Het laatste bezoek van de inspectie dateert van 2019; de school heeft het basisarrangement. Bij het "
        "kwaliteitsgesprek met ASG in november 2024 werden twee aandachtspunten benoemd: het zicht op de "
        "ontwikkeling van leerlingen moet scherper, en de kwaliteitszorg is te veel afhankelijk van losse "
        "documenten. Ook is het schoolondersteuningsprofiel uit 2019 niet meer actueel."
    ))

    doc.add_heading("2.7 SWOT-analyse", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    blokken = [
        ("Sterktes", [
            "Veilige, warme sfeer (ouders 8,1; leerlingen 8,3)",
            "Stabiel en betrokken team met sterke collegialiteit (8,2)",
            "Goede start in de kleutergroepen en groep 3",
            "Herkenbare christelijke identiteit die verbindt",
            "1F ruim boven de signaleringswaarde",
        ]),
        ("Zwaktes", [
            "2F/1S onder het niveau van vergelijkbare scholen",
            "Rekenen 1S structureel laag; begrijpend lezen zakt weg vanaf groep 5",
            "Te weinig uitdaging voor snelle leerlingen",
            "Ouders horen te laat hoe hun kind ervoor staat",
            "Gesprekscyclus en kwaliteitszorg niet consequent",
            "Hoge werkdruk en verzuim; verouderd SOP",
        ]),
        ("Kansen", [
            "Nieuwbouw Haven-Centrum brengt jonge gezinnen",
            "De Bibliotheek op school van de Nieuwe Bibliotheek",
            "Peuterspeelgroep in ons eigen gebouw",
            "Zij-instromers en stagiaires via Windesheim Flevoland",
            "Vervanging rekenmethode is een kans om de didactiek te verbeteren",
        ]),
        ("Bedreigingen", [
            "Lerarentekort in Almere",
            "Taalachterstand en late instroom van nieuwkomers",
            "Financi\u00eble krapte na het einde van de NPO-gelden",
            "Vergrijzing van het team (zeven medewerkers ouder dan 55)",
            "Nieuw kindcentrum in Haven-Centrum als concurrent",
        ]),
    ]
    for idx, (kop, items) in enumerate(blokken):
        cel = t.rows[idx // 2].cells[idx % 2]
        cel.text = ""
        r = cel.paragraphs[0].add_run(kop)
        r.bold = True
        for item in items:
            pp = cel.add_paragraph("\u2013 " + item)
            pp.runs[0].font.size = Pt(9.5)
    doc.add_paragraph()

    doc.add_heading("2.8 Conclusie: van analyse naar ambities", level=2)
    _p(doc, (
        "De Sycomoor is een veilige school met een goed fundament, maar haalt te weinig uit kinderen die "
        "meer kunnen, vooral bij begrijpend lezen en rekenen. Ouders willen beter weten hoe hun kind ervoor "
        "staat, kinderen willen meer meepraten en het team heeft behoefte aan rust, richting en ruimte om "
        "samen beter te worden. Daaruit volgen vijf ambities:"
    ))
    _lijst(doc, [
        "Ambitie 1. Iedereen leest, en leest graag",
        "Ambitie 2. De lat omhoog bij rekenen, en uitdaging voor wie meer kan",
        "Ambitie 3. Een veilige plek waar kinderen meetellen",
        "Ambitie 4. Een team dat samen leert en het volhoudt",
        "Ambitie 5. Ouders en buurt dichtbij",
    ])


def _ambitie(doc, titel, waarom, wat, doelen, eigenaar):
    doc.add_heading(titel, level=2)
    _tussenkop(doc, "Waarom")
    for alinea in waarom:
        _p(doc, alinea)
    _tussenkop(doc, "Wat we gaan doen")
    for alinea in wat:
        if isinstance(alinea, list):
            _lijst(doc, alinea)
        else:
            _p(doc, alinea)
    _tussenkop(doc, "Doelen")
    _lijst(doc, doelen)
    p = _p(doc, "")
    r = p.add_run("Eigenaar: " + eigenaar)
    r.italic = True


def _hoofdstuk3(doc):
    doc.add_heading("3. Vijf ambities voor 2025-2029", level=1)
    _p(doc, (
        "Per ambitie beschrijven we waarom we ervoor kiezen, wat we gaan doen en welke doelen we willen "
        "halen. De doelen werken we elk jaar uit in het jaarplan, met een planning per schooljaar (zie "
        "hoofdstuk 6)."
    ))

    _ambitie(
        doc,
        "Ambitie 1. Iedereen leest, en leest graag",
        [
            "Lezen is de sleutel tot bijna alle andere vakken. Onze kinderen leren goed technisch lezen, "
            "maar begrijpend lezen blijft achter en te weinig kinderen lezen graag. Voor kinderen die thuis "
            "weinig Nederlands horen, is school de plek waar woordenschat en leeskilometers worden gemaakt.",
        ],
        [
            "We stellen een leesteam in met een leescoördinator (leerkracht groep 6), de intern begeleider en "
            "een leerkracht uit de onderbouw. De leescoördinator volgt in 2025-2026 de opleiding "
            "leesspecialist via de ASG Academie. Het leesteam bestudeert in het eerste jaar de recente "
            "inzichten over kennisrijk leesonderwijs en het verband tussen wereldkennis en tekstbegrip, en "
            "vertaalt die naar onze school. Concreet:",
            [
                "In 2025-2026 proberen we in groep 5 en 6 een aanpak uit waarin begrijpend lezen gekoppeld is "
                "aan de thema's van Blink Wereld: de kinderen lezen rijke teksten over het onderwerp waar ze "
                "in de wereldori\u00ebntatie mee bezig zijn, en de leerkracht doet hardop voor hoe je een tekst "
                "aanpakt. Nieuwsbegrip gebruiken we in die groepen nog \u00e9\u00e9n keer per week.",
                "Alle groepen 3 tot en met 8 lezen elke dag minstens dertig minuten vrij; in de kleutergroepen "
                "wordt dagelijks interactief voorgelezen.",
                "Samen met de Nieuwe Bibliotheek richten we de schoolbibliotheek opnieuw in en doen we mee aan "
                "De Bibliotheek op school, met een leesconsulent die elke maand op school is.",
                "Kinderen die in groep 2 en 3 risico lopen op leesproblemen krijgen de interventie BOUW!, met "
                "leerlingen uit groep 7 en 8 als getrainde tutor.",
                "Nieuwkomers krijgen in hun eerste jaar drie keer per week woordenschatles volgens Logo 3000 "
                "van een onderwijsassistent.",
            ],
        ],
        [
            "Juni 2026: evaluatie van de pilot in groep 5 en 6 en besluit over invoering in groep 4 tot en met 8 "
            "vanaf augustus 2026.",
            "Vanaf schooljaar 2025-2026: dagelijks dertig minuten vrij lezen in groep 3-8 (gecontroleerd bij "
            "de klassenbezoeken).",
            "2026: alle leerkrachten van groep 1-4 zijn getraind in interactief voorlezen en BOUW!.",
            "2027: ten minste 58 procent van de leerlingen in groep 8 haalt 2F lezen (2024: 54 procent); in "
            "2029 is dat 62 procent.",
            "2027: in groep 5-8 scoort ten minste 55 procent van de leerlingen op of boven het landelijk "
            "gemiddelde voor begrijpend lezen (januari 2025: 46 procent gemiddeld).",
            "2028: 65 procent van de kinderen in groep 5-8 zegt graag te lezen (2024: 48 procent).",
        ],
        "leescoördinator, met de directeur",
    )

    _ambitie(
        doc,
        "Ambitie 2. De lat omhoog bij rekenen, en uitdaging voor wie meer kan",
        [
            "Onze rekenresultaten op 1S liggen al jaren ver onder het landelijk gemiddelde, terwijl 1F net "
            "onder de 90 procent blijft. Ouders geven de uitdaging voor hun kind een 6,2. We denken dat we "
            "onze kinderen bij rekenen te weinig toevertrouwen: we stellen de doelen naar beneden bij in "
            "plaats van de ondersteuning naar boven.",
        ],
        [
            "We vervangen Pluspunt 4. Een werkgroep van vier leerkrachten vergelijkt in 2025-2026 De Wereld in "
            "Getallen 5 en Getal & Ruimte Junior, bezoekt twee scholen die met die methodes werken en laat "
            "proeflessen geven in groep 4 en 7. Belangrijker dan de methode is hoe we lesgeven:",
            [
                "Na elke toetsperiode houden we een opbrengstgesprek per bouw. Iedere leerkracht stelt voor zijn "
                "groep een groepsdoel op dat hoger ligt dan de vorige meting. Het uitgangspunt is wat een kind "
                "kan bereiken, niet wat het vorige keer haalde.",
                "Verlengde instructie wordt flexibel: wie het na de basisinstructie begrijpt, gaat aan de slag; "
                "wie het niet begrijpt, blijft, ook als dat een kind is dat meestal snel is.",
                "Het automatiseren van de basisvaardigheden toetsen we drie keer per jaar met Bareka en oefenen "
                "we dagelijks tien minuten.",
                "Voor leerlingen die meer aankunnen stellen we een protocol compacten en verrijken op. Vanaf "
                "januari 2026 is er een plusgroep voor groep 4-8, die \u00e9\u00e9n ochtend per week werkt met "
                "Levelwerk, begeleid door een leerkracht met de opleiding specialist hoogbegaafdheid.",
            ],
        ],
        [
            "Juni 2026: nieuwe rekenmethode gekozen; vanaf augustus 2026 in gebruik in groep 3-8.",
            "Januari 2026: protocol compacten en verrijken vastgesteld en plusgroep gestart.",
            "Vanaf 2025-2026: na iedere toetsperiode een opbrengstgesprek per bouw met groepsdoelen.",
            "2027: 1S rekenen in groep 8 minstens 38 procent (2024: 29 procent); in 2029 minstens 45 procent.",
            "Elk jaar: 1F rekenen minstens 90 procent.",
            "2026 en 2028: de ouderwaardering voor de uitdaging van hun kind stijgt van 6,2 naar minstens 7,0.",
        ],
        "intern begeleider en werkgroep rekenen",
    )

    _ambitie(
        doc,
        "Ambitie 3. Een veilige plek waar kinderen meetellen",
        [
            "Kinderen voelen zich bij ons veilig, maar 11 procent wordt geregeld gepest, en dat is te veel. "
            "Kinderen willen meer inspraak. Door de late instroom van nieuwkomers komen er steeds vaker "
            "kinderen binnen die onze afspraken en onze taal nog niet kennen. Ons ondersteuningsprofiel "
            "beschrijft een school van vijf jaar geleden.",
        ],
        [
            "We houden vast aan Kwink, maar gebruiken het consequenter. Elk schooljaar begint met de Gouden "
            "Weken, waarin elke groep samen met de kinderen de klassenafspraken maakt. Die afspraken hangen "
            "in de klas en worden in de derde week met ouders gedeeld. Daarnaast:",
            [
                "Elk kind van groep 4-8 heeft twee keer per jaar een kindgesprek met de eigen leerkracht over "
                "hoe het gaat, wat het goed kan en wat het nodig heeft. De uitkomst komt in ParnasSys en wordt "
                "besproken in de groepsbespreking met de intern begeleider.",
                "Elke ochtend staan de leerkrachten bij de deur van hun lokaal en begroeten ieder kind bij "
                "naam.",
                "Een leerkracht van groep 7 wordt anti-pestcoördinator. Zij is het aanspreekpunt voor kinderen "
                "en ouders en houdt bij welke meldingen er zijn en hoe ze zijn afgehandeld. Het pestprotocol "
                "wordt in 2025-2026 herschreven.",
                "We meten de sociale veiligheid elk jaar in maart met de leerlingvragenlijst van ZIEN! in groep "
                "5-8. De uitkomsten bespreken we met het team, de MR en de leerlingenraad.",
                "Vanaf oktober 2025 is er een leerlingenraad met twee kinderen uit elke groep 5-8. De raad "
                "vergadert elke maand met de directeur en heeft een eigen budget van 500 euro per jaar. Het "
                "eerste onderwerp dat de kinderen zelf hebben gekozen is het schoolplein.",
                "Voor nieuwe gezinnen maken we een onthaalprotocol: een rondleiding en intakegesprek met de "
                "intern begeleider, een maatje uit de klas voor de eerste weken, en na zes weken een gesprek "
                "met ouders over hoe het gaat.",
                "We actualiseren het schoolondersteuningsprofiel samen met de consulent van Passend Onderwijs "
                "Almere. Daarin beschrijven we eerlijk wat wij wel kunnen bieden (zoals ondersteuning bij "
                "dyslexie, taalachterstand en lichte gedragsproblemen) en waar onze grenzen liggen (zoals "
                "kinderen die langdurig een-op-eenbegeleiding nodig hebben).",
            ],
        ],
        [
            "Vanaf schooljaar 2025-2026: Gouden Weken in alle groepen en twee kindgesprekken per leerling "
            "in groep 4-8.",
            "Oktober 2025: leerlingenraad gestart.",
            "Juli 2026: nieuw pestprotocol en onthaalprotocol vastgesteld.",
            "2026: geactualiseerd schoolondersteuningsprofiel vastgesteld, na advies van de MR in april 2026.",
            "2027: het aandeel leerlingen dat minstens eens per maand gepest wordt daalt van 11 naar "
            "hoogstens 6 procent.",
            "2028: de score van leerlingen op \u2018ik mag meedenken\u2019 stijgt van 6,4 naar minstens 7,2; de "
            "score voor veiligheid blijft minstens 8,0.",
        ],
        "directeur en intern begeleider",
    )

    _ambitie(
        doc,
        "Ambitie 4. Een team dat samen leert en het volhoudt",
        [
            "De ambities 1 tot en met 3 vragen veel van het team, terwijl de werkdruk al hoog is en het "
            "verzuim ook. Teamleden werken graag samen, maar leren nog weinig van elkaar: in de teamgesprekken "
            "bleek dat de helft nog nooit bij een collega in de klas had gekeken. Bovendien willen "
            "we goed zorgen voor onze drie zij-instromers en voor de collega's die nog jaren mee moeten.",
        ],
        [
            "We organiseren het teamleren in twee leerteams (lezen en rekenen), die elke drie weken op "
            "dinsdagmiddag bij elkaar komen. Elk leerteam werkt met een eigen vraag uit de praktijk, probeert "
            "iets uit in de klas en brengt terug wat het opleverde. Verder:",
            [
                "Iedere leerkracht doet twee keer per jaar een collegiale consultatie bij een collega, met "
                "een kijkvraag die de leerkracht zelf kiest.",
                "De gesprekscyclus wordt weer vast: in september een startgesprek, tussen november en maart "
                "een klassenbezoek door de directeur met nagesprek, en in mei of juni een jaargesprek. Elke "
                "twee jaar is het jaargesprek een beoordelingsgesprek. Verslagen komen in het digitale "
                "personeelsdossier.",
                "Ieder teamlid formuleert in het startgesprek een eigen leervraag voor het jaar. Daarbij kiest "
                "het zelf of het daarvoor een cursus van de ASG Academie volgt, een training buiten ASG of "
                "vooral in het eigen leerteam leert.",
                "De intern begeleider neemt deel aan het IB-netwerk van ASG en de leescoördinator aan het "
                "ASG-netwerk van leescoördinatoren.",
                "De zij-instromers krijgen een vaste coach uit het team (twee uur per week), een verlaagde "
                "lestaak in het eerste jaar en vrij voor hun studiedagen bij Windesheim Flevoland.",
                "We verminderen de werkdruk op drie manieren: \u00e9\u00e9n vergadermiddag in de week (de rest is "
                "vrij van overleg), een extra onderwijsassistent uit de werkdrukmiddelen en maar vijf "
                "verplichte teamactiviteiten buiten schooltijd per jaar.",
                "In het jaargesprek is er altijd ruimte voor werkplezier en belastbaarheid, en voor wat "
                "iemand in deze levensfase nodig heeft. Voor medewerkers boven de 57 bespreken we de "
                "mogelijkheden van de regeling duurzame inzetbaarheid; starters krijgen in hun eerste twee "
                "jaar een begeleidingsprogramma.",
                "Op dinsdag na schooltijd geeft de vakleerkracht bewegingsonderwijs een uur sport voor "
                "collega's. Bij verzuim zoeken we binnen een week contact en werken we samen met de "
                "bedrijfsarts aan een snelle, verantwoorde terugkeer.",
            ],
        ],
        [
            "Vanaf schooljaar 2025-2026: elk jaar doorloopt 100 procent van de medewerkers de volledige "
            "gesprekscyclus (controle in juni).",
            "Vanaf 2025-2026: twee leerteams actief; vanaf 2026 twee collegiale consultaties per leerkracht "
            "per jaar.",
            "2026: alle medewerkers hebben een leervraag in hun personeelsdossier.",
            "2027: ziekteverzuim onder 5,5 procent (2023: 7,9 procent).",
            "2026 en 2028: de score voor werkdruk in het medewerkersonderzoek stijgt van 5,9 naar minstens "
            "6,8; professionalisering van 6,8 naar minstens 7,5.",
            "2027: alle drie zij-instromers zijn bevoegd.",
            "2027: het leesteam presenteert onze leesaanpak op de ASG-brede onderwijsdag, zodat andere "
            "scholen ervan kunnen leren.",
        ],
        "directeur",
    )

    _ambitie(
        doc,
        "Ambitie 5. Ouders en buurt dichtbij",
        [
            "Ouders zijn tevreden over de sfeer, maar horen te laat hoe het met hun kind gaat. Voor een deel "
            "van de ouders is schriftelijke informatie in het Nederlands moeilijk te lezen. Tegelijk weten we "
            "uit onderzoek dat kinderen die zien dat ouders en school samen optrekken, beter leren. Onze "
            "banden met de buurt zijn goed, maar lopen vooral via losse contacten.",
        ],
        [
            "We veranderen de rapportgesprekken in ouder-kindgesprekken: drie keer per jaar, vanaf groep 5 "
            "met het kind erbij. In november is er een extra gesprek voor kinderen van wie de ontwikkeling "
            "zorgen geeft, zodat ouders niet tot februari hoeven te wachten. Daarnaast:",
            [
                "Alle berichten gaan via Parro, waarin ouders de vertaalfunctie kunnen gebruiken. De maandelijkse "
                "nieuwsbrief schrijven we in eenvoudig Nederlands (taalniveau B1) en met foto's.",
                "Elke eerste vrijdag van de maand is er \u2018Koffie met de directeur\u2019 in de hal, zonder "
                "agenda.",
                "In oktober houden we een ouderavond over lezen thuis, met de leesconsulent van de bibliotheek "
                "en met boeken in verschillende thuistalen.",
                "Nieuwe ouders worden rondgeleid door de directeur of een ouder uit de ouderraad; elke eerste "
                "dinsdag van de maand is er een open ochtend.",
                "Met peuterspeelgroep De Kikkerboom maken we afspraken over warme overdracht en werken we "
                "twee keer per jaar aan hetzelfde VVE-thema.",
                "Met de Ontmoetingskerk organiseren we de vieringen en de jaarlijkse kerstmarkt, en de "
                "opbrengst gaat naar de voedselbank van Haven.",
                "We betrekken de MR vanaf het begin bij nieuwe plannen in plaats van aan het eind. Een lid van "
                "de MR schuift aan bij de werkgroep die het jaarplan voorbereidt, en elk jaar in januari is er "
                "een gezamenlijke avond van MR en team over de voortgang van dit schoolplan.",
            ],
            "Op langere termijn willen we met De Kikkerboom en een aanbieder van buitenschoolse opvang "
            "onderzoeken of een kindcentrum in ons gebouw mogelijk is. Dat besluit nemen we niet alleen: de "
            "MR, de ouders en het bestuur praten mee.",
        ],
        [
            "Schooljaar 2025-2026: ouder-kindgesprekken in groep 5-8 ingevoerd; extra novembergesprek voor "
            "zorgleerlingen.",
            "2026: samenwerkingsafspraken met De Kikkerboom over warme overdracht en gezamenlijke VVE-thema's "
            "vastgelegd.",
            "2026 en 2028: de ouderwaardering voor informatie over de voortgang stijgt van 6,6 naar minstens "
            "7,5; de respons op de ouderpeiling stijgt naar minstens 60 procent.",
            "Vanaf januari 2026: jaarlijkse gezamenlijke avond van MR en team.",
            "2028: verkenning van een kindcentrum afgerond, met een besluit van MR en bestuur.",
        ],
        "directeur",
    )


def _hoofdstuk4(doc):
    doc.add_heading("4. Wat verder aandacht krijgt", level=1)
    _p(doc, (
        "Niet alles wat belangrijk is, is een ambitie. Hieronder staan de onderwerpen waar we in deze periode "
        "ook aan werken, maar met minder tijd en geld."
    ))
    doc.add_heading("4.1 Burgerschap", level=2)
    _p(doc, (
        "Wij willen dat kinderen leren wat het betekent om samen te leven in een democratie en in een "
        "diverse buurt als de onze. Daarvoor gebruiken we nu Kwink (groepsvorming, omgaan met verschillen), "
        "Trefwoord (levensbeschouwing) en een aantal vaste projecten: groep 5 doet mee aan de Week van het "
        "geld, groep 7 organiseert vanaf 2025-2026 de verkiezingen voor de nieuwe leerlingenraad en groep 8 bezoekt het stadhuis en "
        "voert een debat in de raadzaal. Uit de SLO-check bleek dat kennis over de democratische rechtsstaat "
        "en mediawijsheid te weinig en te onsamenhangend aan bod komen. De leerkracht van groep 8 krijgt "
        "daarom veertig uur om in 2026-2027 een doorlopende leerlijn burgerschap voor groep 1-8 op te stellen, "
        "die in 2027-2028 schoolbreed wordt ingevoerd."
    ))
    doc.add_heading("4.2 Digitale geletterdheid", level=2)
    _p(doc, (
        "Groep 4 en 5 werken met een Chromebook voor twee kinderen, groep 6 tot en met 8 hebben ieder een "
        "eigen Chromebook. Wat ontbreekt, is een lijn in wat kinderen leren over digitale middelen, "
        "programmeren en veilig online gedrag. Vanaf schooljaar 2025-2026 krijgen groep 5-8 wekelijks een "
        "les digitale geletterdheid met Basicly. In 2027 is er een doorlopende leerlijn van groep 1 tot en "
        "met 8 die aansluit bij de nieuwe kerndoelen."
    ))
    doc.add_heading("4.3 Gebouw", level=2)
    _p(doc, (
        "Bij de renovatie in 2027 vragen we aandacht voor de toiletten, de ventilatie en een ruimte voor de "
        "plusgroep en de leesconsulent. De leerlingenraad denkt mee over het schoolplein."
    ))


def _hoofdstuk5(doc):
    doc.add_heading("5. Hoe we de kwaliteit bewaken", level=1)
    _p(doc, (
        "Het kwaliteitsgesprek met het bestuur liet zien dat onze kwaliteitszorg te veel in losse documenten "
        "zit en te weinig in een vast ritme. We maken het eenvoudiger en consequenter, volgens de cyclus "
        "plannen, uitvoeren, meten en bijstellen. Alle documenten staan in \u00e9\u00e9n kwaliteitsmap in "
        "Teams."
    ))
    _tabel(doc, ["Wanneer", "Wat", "Wie"], [
        ["Jaarlijks, juli", "Jaarplan met de uitwerking van de ambities voor het volgende schooljaar; "
         "bespreking in de MR", "directeur"],
        ["Jaarlijks, oktober", "Jaarverslag met evaluatie van het vorige jaarplan", "directeur"],
        ["Drie keer per jaar", "Groepsbesprekingen per groep (leerkracht en intern begeleider)",
         "intern begeleider"],
        ["Februari en juni", "Trendanalyse Leerling in Beeld per groep en schoolbreed; opbrengstgesprek per "
         "bouw", "intern begeleider en MT"],
        ["Doorlopend", "Klassenbezoeken: elke groep minstens drie keer per jaar, met onze kijkwijzer (EDI en "
         "pedagogisch klimaat)", "directeur en intern begeleider"],
        ["Jaarlijks, maart", "Veiligheidsmeting leerlingen groep 5-8", "anti-pestcoördinator"],
        ["2026 en 2028", "Tevredenheidspeiling ouders, leerlingen en medewerkers", "directeur"],
        ["Elk kwartaal", "Kwartaalrapportage aan het bestuur over resultaten, personeel en financi\u00ebn",
         "directeur"],
        ["2027", "Interne audit door een collega-directeur uit de ASG-auditpool", "directeur"],
    ], breedtes=[3, 9, 3.5])
    _p(doc, (
        "De doelen in hoofdstuk 3 zijn zo geformuleerd dat we ze kunnen meten. Elk jaar in oktober bekijken "
        "we in het jaarverslag welke doelen zijn gehaald, en wat we bijstellen als dat niet zo is. Halverwege "
        "de planperiode, in juni 2027, houden we een tussenevaluatie met team en MR."
    ))


def _hoofdstuk6(doc):
    doc.add_heading("6. Meerjarenplanning", level=1)
    _tabel(doc, ["Ambitie", "2025-2026", "2026-2027", "2027-2028", "2028-2029"], [
        ["1 Lezen", "Leesteam; pilot groep 5-6; dagelijks vrij lezen; BOUW!",
         "Invoering groep 4-8; schoolbibliotheek", "Borging; presentatie ASG", "Evaluatie, 2F 62%"],
        ["2 Rekenen", "Methodekeuze; protocol; plusgroep", "Invoering nieuwe methode",
         "Borging; 1S 38%", "1S 45%"],
        ["3 Veilig en meetellen", "Gouden Weken; kindgesprekken; leerlingenraad; protocollen",
         "Nieuw SOP", "Pesten \u2264 6%", "Evaluatie"],
        ["4 Team", "Gesprekscyclus; leerteams; werkdrukmaatregelen", "Collegiale consultatie; peiling",
         "Verzuim < 5,5%; zij-instromers bevoegd", "Peiling; evaluatie"],
        ["5 Ouders en buurt", "Ouder-kindgesprekken; Parro; koffieochtenden",
         "Afspraken De Kikkerboom; peiling", "Verkenning kindcentrum", "Besluit kindcentrum"],
        ["Overig", "Basicly groep 5-8", "Leerlijn burgerschap", "Renovatie; leerlijn digitaal",
         "Nieuw schoolplan"],
    ], breedtes=[3, 3.5, 3.5, 3.5, 3])


def _hoofdstuk7(doc):
    doc.add_heading("7. Instemming en vaststelling", level=1)
    _p(doc, (
        "Dit schoolplan is geschreven door de directeur, op basis van de studiedagen met het team in januari "
        "en maart 2025. De ouderraad en de leerlingenraad-in-oprichting hebben een eerdere versie gelezen en "
        "gereageerd. De medezeggenschapsraad heeft in haar vergadering van 17 juni 2025 ingestemd met dit "
        "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 1 juli 2025 "
        "vastgesteld."
    ))
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    waarden = [
        ("Namens de medezeggenschapsraad", "Namens het College van Bestuur"),
        ("Naam: Kees Wijnberg, voorzitter", "Naam: voorzitter College van Bestuur ASG"),
        ("Datum: 17 juni 2025\n\nHandtekening:", "Datum: 1 juli 2025\n\nHandtekening:"),
    ]
    for i, (a, b) in enumerate(waarden):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b


def build(path):
    path = str(path)
    doc = Document()
    _taal_nederlands(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10.5)
    for section in doc.sections:
        section.left_margin = Cm(2.2)
        section.right_margin = Cm(2.2)
        _paginanummer(section)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 CBS De Sycomoor"
    cp.author = "Jorien Kalkman"
    cp.last_modified_by = "Jorien Kalkman"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan; De Sycomoor; ASG"
    cp.comments = ""
    cp.revision = 7
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM

    _voorblad(doc)
    _inhoud(doc)
    _voorwoord(doc)
    _hoofdstuk1(doc)
    _hoofdstuk2(doc)
    _hoofdstuk3(doc)
    _hoofdstuk4(doc)
    _hoofdstuk5(doc)
    _hoofdstuk6(doc)
    _hoofdstuk7(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_137_cbs_de_sycomoor.docx")
