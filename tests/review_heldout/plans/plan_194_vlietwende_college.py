# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van het Vlietwende College, openbare scholengemeenschap mavo-havo-vwo in Almere.

Bouwt een Word-document met python-docx. Gebruik: build('/pad/naar/bestand.docx').
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 7, 3, 14, 0, 0)
BLAUW = RGBColor(0x17, 0x3F, 0x6E)
KOPKLEUR = "DCE6F2"


# --------------------------------------------------------------------------
# hulpfuncties
# --------------------------------------------------------------------------
def _taal(style):
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _stijlen(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    _taal(st)
    for naam, grootte in (("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 10.5), ("Title", 26)):
        h = doc.styles[naam]
        h.font.name = "Arial"
        h.font.size = Pt(grootte)
        h.font.color.rgb = BLAUW
        _taal(h)
    for sec in doc.sections:
        sec.left_margin = Cm(2.5)
        sec.right_margin = Cm(2.5)


def _voettekst(doc):
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    kop = sec.header.paragraphs[0]
    kop.text = "Vlietwende College - Schoolplan 2024-2028"
    kop.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in kop.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = BLAUW
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(8)
    for soort, tekst in (("begin", None), (None, " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if soort in ("begin", "separate", "end"):
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        elif soort == "t":
            el = OxmlElement("w:t")
            el.text = tekst
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _kleur(cel, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cel._tc.get_or_add_tcPr().append(shd)


def _tabel(doc, kop, rijen, breedtes=None, klein=False, vet_laatste=False):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grootte = Pt(8) if klein else Pt(9)
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = grootte
        _kleur(c, KOPKLEUR)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for n, rij in enumerate(rijen):
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(str(w))
            r.font.size = grootte
            if vet_laatste and n == len(rijen) - 1:
                r.bold = True
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def P(doc, tekst):
    return doc.add_paragraph(tekst)


def B(doc, punten):
    for p in punten:
        doc.add_paragraph(p, style="List Bullet")


def _sectieplan(doc, sectie, toelichting, rijen):
    doc.add_heading(f"Sectieplan {sectie}", level=3)
    P(doc, toelichting)
    _tabel(doc, ["Doel", "Acties", "Eigenaar", "Gereed", "Meetbaar resultaat"], rijen,
           breedtes=[3.2, 5.0, 2.3, 1.8, 3.7], klein=True)


def _vaste_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 3, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# --------------------------------------------------------------------------
# inhoud
# --------------------------------------------------------------------------
def _voorblad(doc):
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Vlietwende College")
    r.font.size = Pt(20)
    r.font.color.rgb = BLAUW
    p = doc.add_paragraph()
    r = p.add_run("Ruimte om te groeien")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    for regel in ("Openbare scholengemeenschap voor mavo, havo, vwo en Technasium",
                  "Almere Stad-West  |  BRIN 31HV  |  Almeerse Scholen Groep",
                  "Looptijd: 1 augustus 2024 tot en met 31 juli 2028",
                  "Instemming MR: 18 juni 2024  |  vastgesteld door het College van Bestuur: 2 juli 2024"):
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    doc.add_heading("Voorwoord van de rector", level=1)
    P(doc, "Beste lezer,")
    P(doc, "Voor u ligt het schoolplan van het Vlietwende College voor de schooljaren 2024-2025 tot en met "
      "2027-2028. Het is het resultaat van een jaar praten, schrijven en schrappen met secties, teamleiders, "
      "ouders, leerlingen en de medezeggenschapsraad.")
    P(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. De cultuur op onze school is "
      "gastvrij, iedereen voelt zich welkom. Wij werken proactief samen met een breed scala aan partners. Die "
      "zinnen uit de koers van ons bestuur onderschrijven wij volledig, en in dit plan laten de secties zien "
      "wat ze er in hun eigen vak mee doen.")
    P(doc, "We hebben het plan opgebouwd langs de vier vensters van Koers 22 van de Almeerse Scholen Groep. Dat "
      "doen we bewust: zo kan elke sectie haar eigen plannen onder het juiste venster terugvinden, en kan het "
      "bestuur zien hoe de koers bij ons landt. Vooraf beschrijven we ons onderwijskundig beleid met de "
      "lessentabel; aan het eind laten we per kernwaarde zien hoe die er in de dagelijkse praktijk uitziet.")
    P(doc, "Vier jaar is lang. We zullen dit plan elk jaar vertalen naar afdelingsplannen en sectiejaarplannen, en "
      "bijstellen waar dat nodig is. Ik dank iedereen die heeft meegedacht, in het bijzonder de sectievoorzitters, "
      "die soms tot laat in de avond aan hun tabellen hebben gewerkt.")
    P(doc, "Hanneke Zwanenburg, rector")


def _in_beeld(doc):
    doc.add_heading("1. Vlietwende College in beeld", level=1)
    P(doc, "Het Vlietwende College is een openbare scholengemeenschap in de Literatuurwijk in Almere Stad-West. "
      "De school ontstond in 2009 uit een fusie van een mavo en een havo/vwo-school en heeft sinds 2017 een "
      "Technasium voor havo en vwo. Onze leerlingen komen vooral uit Almere Stad, Almere Poort en Almere Pampus.")
    _tabel(doc, ["Kengetal", "Waarde"], [
        ["Leerlingen (1 oktober 2023)", "1.386: mavo 402, havo 571, vwo 413"],
        ["Brugklassen", "mavo/havo en havo/vwo (dakpanklassen), 12 klassen"],
        ["Profilering", "Technasium (havo/vwo), praktijkgericht programma Technologie & Toepassing (mavo)"],
        ["Medewerkers", "131, waarvan 98 onderwijzend personeel"],
        ["Slagingspercentage 2023", "mavo 91%, havo 86%, vwo 89%"],
        ["Inspectie", "onderzoek mei 2022: alle afdelingen voldoende; bovenbouwsucces havo onder de norm"],
        ["Schoolleiding", "rector, drie conrectoren (mavo, havo/vwo bovenbouw, onderbouw), zes teamleiders"],
    ], breedtes=[5.0, 11.0])
    doc.add_heading("Context en ontwikkelingen", level=2)
    P(doc, "Het leerlingaantal is de afgelopen vijf jaar stabiel gebleven, terwijl het aantal aanmeldingen uit "
      "Almere Poort stijgt en dat uit Almere Stad licht daalt. De prognose van de gemeente voorspelt tot 2028 "
      "een lichte groei van 2 à 3 procent. 28 procent van onze brugklassers komt binnen met een gemengd advies; "
      "de dakpanklassen zijn daarom voor ons essentieel.")
    P(doc, "Drie ontwikkelingen bepalen de komende jaren. Ten eerste het lerarentekort, dat bij ons vooral "
      "zichtbaar is bij Duits, Frans, wiskunde en natuurkunde. Ten tweede de resultaten in de havobovenbouw: "
      "te veel leerlingen doen er langer dan twee jaar over of zakken, vooral op wiskunde A. Ten derde het "
      "nieuwe curriculum en de aandacht voor basisvaardigheden, die vragen dat we ons aanbod in de onderbouw "
      "herzien.")
    doc.add_heading("Wat we leerden van het vorige schoolplan", level=2)
    P(doc, "Het schoolplan 2020-2024 had vijf speerpunten. Drie daarvan hebben we gehaald: de Vlieturen zijn "
      "ingevoerd, het Technasium heeft in 2022 de certificering opnieuw behaald en de dakpanklassen in leerjaar 1 "
      "zijn uitgebreid van acht naar twaalf klassen. Twee speerpunten zijn blijven steken. Het slagingspercentage "
      "havo is niet gestegen, en de aanpak van het lerarentekort bleef beperkt tot werving via vacaturesites.")
    P(doc, "De belangrijkste les uit de evaluatie met de secties was dat het vorige plan te veel op schoolniveau "
      "bleef hangen. Secties wisten niet wat er van hen verwacht werd en maakten hun eigen plannen los van het "
      "schoolplan. Daarom staan in dit plan de sectieplannen zelf, met een eigenaar, een datum en een meetbaar "
      "resultaat, en worden de sectiejaarplannen er elk jaar rechtstreeks van afgeleid.")
    P(doc, "De coronajaren hebben ook sporen nagelaten. In de huidige leerjaren 2 en 3 zien we grotere verschillen "
      "in basisvaardigheden dan voorheen, en een groep leerlingen die moeilijk op gang komt bij zelfstandig "
      "werken. Dat is een van de redenen waarom we de rekenlijn en het lezen in de onderbouw opnieuw inrichten.")


def _missie(doc):
    doc.add_heading("2. Missie en visie: ruimte om te groeien", level=1)
    P(doc, "Op het Vlietwende College ontdek je wat je kunt en haal je het diploma dat daarbij past. We kijken "
      "liever omhoog dan omlaag: bij twijfel krijgt een leerling de kans op het hogere niveau. Onze visie rust op "
      "drie pijlers.")
    B(doc, [
        "Een stevige basis: goed georganiseerde lessen, duidelijke instructie en aandacht voor lezen, schrijven "
        "en rekenen in alle vakken.",
        "Ruimte voor keuze: in de Vlieturen kiezen leerlingen zelf waar ze extra aan werken, en in het Technasium "
        "en het praktijkgerichte programma werken ze aan echte opdrachten.",
        "Nabije begeleiding: elke leerling heeft een mentor die hem of haar kent en die de eerste aanspreekpersoon "
        "is voor ouders.",
    ])


def _lessentabel(doc):
    vakken = [
        ("Nederlands", [4, 4, 4, 3, 3, 3, 3, 3]),
        ("Engels", [3, 3, 3, 3, 3, 3, 3, 2]),
        ("Frans", [2, 2, 2, 2, 2, 2, 2, 2]),
        ("Duits", [0, 0, 2, 2, 2, 2, 2, 2]),
        ("Geschiedenis", [2, 2, 2, 2, 2, 2, 2, 2]),
        ("Aardrijkskunde", [2, 2, 2, 2, 1, 2, 2, 2]),
        ("Wiskunde", [4, 4, 4, 3, 3, 4, 3, 3]),
        ("Biologie", [2, 2, 2, 2, 2, 2, 2, 2]),
        ("Nask (mavo) / natuurkunde", [0, 0, 2, 2, 2, 3, 2, 2]),
        ("Scheikunde", [0, 0, 0, 0, 0, 0, 2, 2]),
        ("Economie", [0, 0, 0, 0, 0, 2, 2, 2]),
        ("Maatschappijleer", [0, 0, 0, 0, 0, 1, 0, 0]),
        ("Onderzoek & Ontwerpen (Technasium)", [0, 3, 0, 3, 3, 0, 3, 3]),
        ("Technologie & Toepassing (mavo)", [2, 0, 2, 0, 0, 2, 0, 0]),
        ("Beeldende vorming", [2, 2, 1, 1, 1, 1, 1, 1]),
        ("Muziek / drama", [1, 1, 1, 1, 1, 0, 0, 0]),
        ("Lichamelijke opvoeding", [3, 3, 3, 3, 3, 2, 2, 2]),
        ("Mentoruur", [1, 1, 1, 1, 1, 1, 1, 1]),
        ("Vlieturen (keuzewerktijd)", [2, 2, 2, 2, 2, 2, 2, 2]),
    ]
    kop = ["Vak", "1 m/h", "1 h/v", "2 m", "2 h", "2 v", "3 m", "3 h", "3 v"]
    rijen = [[naam] + [str(x) if x else "-" for x in uren] for naam, uren in vakken]
    totaal = [sum(u[i] for _, u in vakken) for i in range(8)]
    rijen.append(["Totaal lesuren van 45 minuten per week"] + [str(x) for x in totaal])
    _tabel(doc, kop, rijen, breedtes=[5.6] + [1.3] * 8, klein=True, vet_laatste=True)


def _onderwijskundig(doc):
    doc.add_heading("3. Onderwijskundig beleid", level=1)
    doc.add_heading("3.1 Onderwijsprogramma en lessentabel onderbouw", level=2)
    P(doc, "De onderbouw duurt drie jaar. Leerjaar 1 bestaat uit dakpanklassen mavo/havo en havo/vwo; vanaf "
      "leerjaar 2 zitten leerlingen in homogene klassen. We werken met lesuren van 45 minuten, zodat er ruimte is "
      "voor twee Vlieturen per week waarin leerlingen zelf kiezen tussen ondersteuning (bijvoorbeeld wiskunde of "
      "Frans) en verdieping (bijvoorbeeld programmeren of debat). De keuze maken ze wekelijks in Zermelo. Het "
      "programma dekt alle kerndoelen van de onderbouw; de verdeling van de kerndoelen over de vakken is "
      "vastgelegd in het onderbouwdocument dat jaarlijks door de teamleiders wordt gecontroleerd.")
    P(doc, "De lessentabel voor schooljaar 2024-2025 ziet er als volgt uit:")
    _lessentabel(doc)
    P(doc, "Met deze tabel en de projectweken, excursies en toetsweken voldoen we ruim aan de wettelijke "
      "onderwijstijd van 3.700 uur (mavo), 4.700 uur (havo) en 5.700 uur (vwo). De urenverantwoording wordt "
      "jaarlijks in juni door de MR gecontroleerd. In 2025-2026 herzien we de lessentabel, omdat we meer tijd "
      "willen voor Nederlands in leerjaar 2 havo en vwo; die wijziging leggen we in het voorjaar van 2025 ter "
      "instemming voor.")
    doc.add_heading("3.2 Bovenbouw, examens en basisvaardigheden", level=2)
    P(doc, "In de mavo kiezen leerlingen aan het eind van leerjaar 2 een profiel (Economie, Zorg & Welzijn of "
      "Techniek) en sluiten ze in leerjaar 4 af met het centraal examen; Technologie & Toepassing telt als "
      "praktijkgericht examenvak. In havo en vwo kiezen leerlingen in leerjaar 3 een van de vier profielen. "
      "Onderzoek & Ontwerpen is examenvak en het meesterstuk telt mee in het profielwerkstuk. Het programma van "
      "toetsing en afsluiting (PTA) wordt elk jaar voor 1 oktober gepubliceerd.")
    P(doc, "Voor taal en rekenen werken we toe naar referentieniveau 2F in de mavo en 3F in havo en vwo. "
      "In leerjaar 1 en 3 nemen we de diagnostische toetsen voor lezen en rekenen af; leerlingen die onder het "
      "niveau zitten krijgen een Vlieturenpakket op maat. Rekenen is geborgd in de wiskundelessen en in de "
      "rekenlijn van de onderbouw, die de sectie wiskunde in 2024-2025 actualiseert.")
    doc.add_heading("3.3 Burgerschap", level=2)
    P(doc, "Burgerschap krijgt vorm in een leerlijn die loopt via het mentoruur, maatschappijleer, geschiedenis en "
      "de leerlingenraad. In leerjaar 1 staat de klas als gemeenschap centraal (klassenregels maken, een "
      "klassenvertegenwoordiger kiezen), in leerjaar 2 de gemeente (bezoek aan de gemeenteraad van Almere), in "
      "leerjaar 3 de landelijke politiek (bezoek aan ProDemos in Den Haag). Bij elke landelijke en gemeentelijke "
      "verkiezing organiseren we scholierenverkiezingen, en de bovenbouw havo/vwo doet mee aan het Nederlands "
      "Debattoernooi. De burgerschapscoördinator (0,2 fte) bewaakt de leerlijn en legt in het jaarverslag "
      "verantwoording af over wat in elk leerjaar is gedaan. In 2025 evalueren we de leerlijn met de "
      "leerlingenraad.")
    doc.add_heading("3.4 Veiligheid en schoolklimaat", level=2)
    P(doc, "Ons veiligheidsplan is in 2023 geactualiseerd. Elk jaar nemen we in februari de monitor sociale "
      "veiligheid af onder alle leerlingen; in 2023 voelde 89% van de leerlingen zich veilig op school (landelijk "
      "gemiddelde 91%). Incidenten worden geregistreerd in Magister en per kwartaal geanalyseerd door de "
      "teamleiders. We hebben een anti-pestcoördinator, twee vertrouwenspersonen voor leerlingen en een "
      "convenant met de wijkagent. Sinds januari 2024 zijn mobiele telefoons tijdens de lessen en pauzes in de "
      "onderbouw niet toegestaan; ze gaan in het kluisje. Het doel voor 2026 is dat minimaal 92% van de "
      "leerlingen zich veilig voelt en dat het aantal meldingen van online pesten met een derde daalt.")
    doc.add_heading("3.5 Ondersteuning en schoolondersteuningsprofiel", level=2)
    P(doc, "De ondersteuning is georganiseerd in drie lagen. De mentor signaleert en voert gesprekken; de "
      "teamleider en de leerjaarbespreking (drie keer per jaar) bepalen of extra ondersteuning nodig is; de "
      "ondersteuningscoördinator en het ondersteuningsteam (met schoolmaatschappelijk werk, jeugdarts van de GGD, "
      "leerplicht en de consulent van het samenwerkingsverband Passend Voortgezet Onderwijs Almere) organiseren "
      "extra ondersteuning.")
    P(doc, "Ons schoolondersteuningsprofiel beschrijft de basisondersteuning (onder meer dyslexie- en "
      "dyscalculiebeleid, faalangstreductietraining, huiswerkbegeleiding in de Vlieturen) en de extra "
      "ondersteuning: de Haven, een plek waar leerlingen tijdelijk buiten de klas kunnen werken onder begeleiding "
      "van twee ondersteuners, en begeleiding bij autisme in kleine groepen. Wat we niet kunnen bieden is "
      "langdurige één-op-éénbegeleiding of onderwijs aan leerlingen met ernstige gedragsproblemen; voor hen "
      "zoeken we met het samenwerkingsverband een plek in het voortgezet speciaal onderwijs of in de "
      "Op-overstapvoorziening. Het SOP wordt in 2025 herzien en met de MR besproken.")
    doc.add_heading("3.6 Determinatie en doorstroom", level=2)
    P(doc, "Bij binnenkomst gebruiken we de warme overdracht via Intergrip en een gesprek met elke basisschool. "
      "Determinatie vindt plaats aan het eind van leerjaar 1 en 2 op basis van resultaten, de toetsen van het "
      "Cito-volgsysteem en het oordeel van de docentenvergadering. Leerlingen die het kunnen, stromen op: jaarlijks "
      "gaan gemiddeld 24 mavo-4-leerlingen naar havo 4 en 11 havo-5-leerlingen naar vwo 5. Voor die overstap "
      "hebben we een eigen voorbereidingstraject in de Vlieturen.")
    P(doc, "Ons toetsbeleid is in 2023 herzien. In de onderbouw zijn er geen toetsweken meer, maar spreiden de "
      "secties hun toetsen over de periode, met maximaal twee toetsen per dag en zes per week. In de bovenbouw "
      "havo en vwo zijn er drie toetsweken per jaar. Elke leerling mag per periode één schoolexamentoets "
      "herkansen. Secties analyseren na elke toetsweek de resultaten per klas en bespreken opvallende "
      "uitkomsten in de sectievergadering.")


def _venster1(doc):
    doc.add_heading("4. Venster 1: Goed en toegankelijk onderwijs", level=1)
    P(doc, "Onder dit venster staan de plannen die direct over de kwaliteit van de lessen en de resultaten gaan. "
      "Het belangrijkste schoolbrede doel is het bovenbouwsucces in de havo: in 2022-2023 haalde 79,4% van de "
      "leerlingen in havo 4 en 5 zonder vertraging het diploma. Dat willen we in 2027 op minimaal 84% hebben.")
    _tabel(doc, ["Schoolbrede indicator", "2022-2023", "Doel 2026", "Doel 2028"], [
        ["Bovenbouwsucces havo", "79,4%", "82%", "84%"],
        ["Onderbouwsnelheid", "96,2%", "96%", "97%"],
        ["Slagingspercentage mavo / havo / vwo", "91 / 86 / 89%", "92 / 88 / 90%", "93 / 90 / 91%"],
        ["Verschil SE-CE havo (gemiddeld)", "0,48", "< 0,40", "< 0,35"],
        ["Leerlingen positief over de lessen (leerlingenquête)", "68%", "72%", "75%"],
    ], breedtes=[7.0, 3.0, 3.0, 3.0])
    P(doc, "Om deze doelen te halen werken we aan drie dingen: beter zicht op waar leerlingen staan, een herziene "
      "onderbouw die beter aansluit op de bovenbouw, en het formatief handelen in de les. Dat laatste is het "
      "werk van de leerteams (zie hoofdstuk 5). Elke docent geeft ten minste één keer per les een moment waarop "
      "zichtbaar wordt wat leerlingen begrijpen (wisbordjes, exit tickets of een korte check in de "
      "leeromgeving), en gebruikt dat om de volgende les aan te passen.")
    doc.add_heading("Sectieplannen bij dit venster", level=2)
    _sectieplan(doc, "wiskunde",
        "De sectie wiskunde (elf docenten) ziet de grootste uitval in havo 4 bij wiskunde A. Leerlingen missen "
        "vaardigheid met formules en grafieken uit de onderbouw, en kiezen wiskunde A vaak als 'makkelijke' "
        "variant. De sectie kiest voor vroeg signaleren en gericht oefenen.", [
            ["Gemiddeld CE-cijfer wiskunde A havo omhoog", "Diagnostische instaptoets begin havo 4; verplicht Vlieturenpakket algebra voor wie onder 5,5 scoort; oefen-CE in januari", "sectievoorzitter", "juni 2026", "CE-gemiddelde van 5,6 (2023) naar 6,2"],
            ["Rekenlijn onderbouw actualiseren", "Rekenlijn herschrijven op 1F/2F; twee rekenlessen per maand in leerjaar 1 en 2", "twee docenten onderbouw", "juli 2025", "rekenlijn vastgesteld; 85% van de brugklassers op 1F bij de diagnostische toets"],
            ["Profielkeuze beter onderbouwen", "Voorlichtingsles wiskunde A/B in havo 3 met proeftoets", "teamleider havo", "maart 2025", "minder dan 10% wisselt in havo 4 van wiskundevak"],
        ])
    _sectieplan(doc, "Nederlands",
        "Leesvaardigheid is het zwakste onderdeel van het centraal examen Nederlands in havo en vwo. De sectie "
        "wil dat leerlingen meer lezen en dat ze leesstrategieën ook bij andere vakken toepassen.", [
            ["Leesvaardigheid examen havo/vwo verbeteren", "Leesmoment van 15 minuten aan het begin van elk uur Nederlands in de onderbouw; gezamenlijke leesstrategieën met geschiedenis en aardrijkskunde", "sectievoorzitter", "juni 2027", "CE-cijfer leesvaardigheid havo van 6,3 naar 6,6; vwo van 6,5 naar 6,8"],
            ["Zicht op taalniveau", "Diagnostische leestoets in leerjaar 1 en 3; uitslag besproken in de leerjaarbespreking", "taalcoördinator", "jaarlijks, oktober", "voor elke leerling onder 2F een plan in het Vlieturenpakket"],
        ])
    _sectieplan(doc, "Onderzoek & Ontwerpen (Technasium)",
        "Het Technasium is onze sterkste profilering. De sectie O&O wil het vak actueel houden en de vaardigheden "
        "die erbij horen ook in de mavo en in andere vakken een plek geven.", [
            ["Leerlijn digitale geletterdheid onderbouw", "Leerlijn programmeren, data en verantwoord gebruik van AI-tools voor leerjaar 1-3, gekoppeld aan O&O en Technologie & Toepassing", "sectievoorzitter O&O", "augustus 2025", "leerlijn vastgesteld en in alle klassen 1-3 uitgevoerd in 2025-2026"],
            ["Actuele opdrachten van buiten", "Per leerjaar minimaal twee opdrachten van externe opdrachtgevers", "Technasiumcoördinator", "jaarlijks", "8 externe opdrachtgevers per jaar"],
        ])
    _sectieplan(doc, "Technologie & Toepassing (mavo)",
        "Sinds 2022 volgen mavoleerlingen het praktijkgerichte programma Technologie & Toepassing. De sectie wil "
        "het programma verstevigen, zodat het ook een goede basis biedt voor de overstap naar mbo of havo.", [
            ["Programma verstevigen", "Vier praktijkopdrachten per leerjaar met een duidelijk beoordelingsmodel; afstemming met O&O over het onderzoekend werken", "sectievoorzitter T&T", "juni 2026", "beoordelingsmodellen vastgesteld; 90% van de leerlingen haalt het praktijkvak voldoende"],
            ["Keuze voor T&T bewuster", "Proeflessen in mavo 2 en een ouderavond over het praktijkgerichte programma", "teamleider mavo", "februari 2025", "instroom in T&T stabiel op minimaal 60 leerlingen per jaar"],
        ])
    _sectieplan(doc, "mentoraat en leerlingbegeleiding",
        "De mentoren vormen samen een eigen sectie met een coördinator. Zij zijn de spil in het zicht op de "
        "leerling.", [
            ["Zicht op elke leerling", "Drie individuele mentorgesprekken per leerling per jaar, vastgelegd in Magister; leerjaarbespreking drie keer per jaar", "coördinator mentoraat", "vanaf 2024-2025", "95% van de gesprekken gevoerd en vastgelegd"],
            ["Warme overdracht po-vo", "Gesprek met elke basisschool over iedere nieuwe leerling; informatie via Intergrip vóór 1 juni", "teamleider onderbouw", "jaarlijks", "100% van de dossiers compleet vóór de zomer"],
        ])


def _venster2(doc):
    doc.add_heading("5. Venster 2: Personeel in positie", level=1)
    P(doc, "Wij hebben vitale werknemers. Goed onderwijs staat of valt met bevoegde docenten die hun vak "
      "bijhouden. Dit hoofdstuk gaat daarom over bevoegdheid, opleiden en samen leren.")
    P(doc, "Van de 98 leden van het onderwijzend personeel zijn er op dit moment negen niet bevoegd voor het vak "
      "dat ze geven: vier bij Duits en Frans, drie bij wiskunde en natuurkunde, twee bij economie. Zij staan "
      "allemaal ingeschreven voor een opleiding of een zij-instroomtraject. Het doel is dat in augustus 2028 ten "
      "minste 97% van de lessen door een bevoegde docent wordt gegeven (nu 91%).")
    P(doc, "Elke docent heeft een scholingsbudget van € 600 per jaar en twee studiedagen. Docenten kiezen zelf "
      "welke cursus ze volgen, bij de ASG Academie of daarbuiten, op voorwaarde dat het past bij het "
      "sectiejaarplan. Startende docenten volgen een inductieprogramma van drie jaar met een eigen coach, "
      "intervisie en twee lesbezoeken per jaar door de schoolopleider.")
    doc.add_heading("Bekwaamheid en didactisch handelen", level=2)
    P(doc, "Wat we onder een goede les verstaan, staat in de kijkwijzer 'De Vlietwendeles', die in 2023 met "
      "docenten is opgesteld. Daarin staan vijf kenmerken: een duidelijk lesdoel, een activerende start, "
      "heldere instructie met voorbeelden, een check op begrip en een afsluiting waarin leerlingen zien wat ze "
      "geleerd hebben. Teamleiders bezoeken elke docent twee keer per jaar met deze kijkwijzer. Docenten die op "
      "een of meer kenmerken onvoldoende scoren, krijgen een traject met een coach uit het eigen team.")
    P(doc, "In de lesobservaties van 2023-2024 voldeed 78% van de bezochte lessen aan alle vijf kenmerken. Het "
      "zwakst was de check op begrip (61%). In 2027 willen we dat 90% van de lessen op alle kenmerken voldoet.")
    doc.add_heading("Leerteams formatief handelen", level=2)
    P(doc, "Sinds schooljaar 2023-2024 werken we met leerteams. Zes teams van zes tot acht docenten uit "
      "verschillende secties onderzoeken twee jaar lang een vraag over formatief handelen, bijvoorbeeld 'Hoe "
      "zorgen we dat leerlingen feedback ook echt gebruiken?'. Ze lezen literatuur, proberen iets uit in hun "
      "lessen en verzamelen gegevens bij leerlingen. De lector Formatief evalueren van Windesheim begeleidt twee "
      "bijeenkomsten per jaar. Docenten kiezen zelf bij welk leerteam ze aansluiten. In 2027 willen we dat 80% "
      "van de docenten minstens één leerteamcyclus heeft doorlopen (nu 38%).")
    doc.add_heading("Sectieplannen bij dit venster", level=2)
    _sectieplan(doc, "moderne vreemde talen",
        "Vier van de negen docenten Duits en Frans zijn onbevoegd. De sectie wil hen zo snel mogelijk bevoegd "
        "krijgen zonder dat de lessen eronder lijden.", [
            ["Alle docenten MVT bevoegd", "Deeltijdopleiding tweedegraads; vrije dinsdagmiddag in het rooster; vaste begeleider uit de sectie met 40 uur taakruimte", "sectievoorzitter MVT", "augustus 2027", "2 bevoegd in 2026, 4 bevoegd in 2027"],
            ["Vakdidactiek op peil", "Sectiebijeenkomst per kwartaal met lesbezoek en nabespreking", "sectievoorzitter MVT", "doorlopend", "iedere docent MVT twee keer per jaar bezocht"],
        ])
    _sectieplan(doc, "wiskunde en natuurkunde",
        "De drie zij-instromers (uit de techniek en de financiële sector) hebben veel vakkennis maar weinig "
        "didactische ervaring.", [
            ["Zij-instromers bevoegd", "Geschiktheidsonderzoek, twee jaar zij-instroomtraject; wekelijks co-teaching met een ervaren collega in het eerste half jaar", "teamleider havo/vwo", "juli 2026", "3 zij-instromers bevoegd"],
            ["Tweedegraders naar eerstegraads", "Twee docenten met een tweedegraadsbevoegdheid starten de masteropleiding met een lerarenbeurs", "rector", "september 2025", "2 docenten gestart; afgerond in 2028"],
        ])
    _sectieplan(doc, "opleiden in de school",
        "We zijn opleidingsschool in het partnerschap met Windesheim Flevoland en de Hogeschool van Amsterdam. "
        "Elk jaar begeleiden we ruim twintig studenten.", [
            ["Meer studenten die blijven", "Twaalf werkplekbegeleiders opgeleid; elke student een vaste sectie; bij goede beoordeling baangarantie voor schaarstevakken", "schoolopleider", "2025-2026", "van 22 naar 26 studenten per jaar; 5 per jaar in dienst"],
        ])


def _venster3(doc):
    doc.add_heading("6. Venster 3: De meerwaarde van ASG", level=1)
    P(doc, "Als gevolg van onze schaalgrootte beschikken wij over interne expertise op veel beleidsgebieden, "
      "waardoor we een integraal en samenhangend aanbod aan onze scholen kunnen bieden. Voor het Vlietwende "
      "College betekent de samenwerking binnen ASG vooral dat onze secties niet alleen staan.")
    doc.add_heading("Sectieplannen bij dit venster", level=2)
    _sectieplan(doc, "aardrijkskunde",
        "De sectie aardrijkskunde is in 2023 begonnen met een bovenschoolse vakgroep met de secties van drie "
        "andere ASG-scholen voor voortgezet onderwijs.", [
            ["Samen sterker in toetsing", "Vakgroep komt drie keer per jaar bij elkaar; gezamenlijke schoolexamentoetsen havo 4 ontwikkelen en elkaars toetsen reviewen", "sectievoorzitter", "juni 2026", "vier gedeelde SE-toetsen in gebruik"],
            ["Gezamenlijk veldwerk", "Een gezamenlijke veldwerkdag in de Oostvaardersplassen voor havo 4 met een andere ASG-school", "docent bovenbouw", "2025-2026", "veldwerkdag jaarlijks uitgevoerd"],
        ])
    _sectieplan(doc, "biologie",
        "De sectie biologie werkt sinds 2024 samen met de sectie biologie van een andere ASG-school aan het "
        "practicumonderwijs in de bovenbouw.", [
            ["Practicumtoetsen verbeteren", "Twee gezamenlijke practicumtoetsen havo 4 en vwo 5; wederzijdse lesbezoeken van de TOA's en docenten", "sectievoorzitter biologie", "juni 2025", "twee gedeelde practicumtoetsen in het PTA 2025-2026"],
        ])
    _sectieplan(doc, "examensecretariaat",
        "Onze examensecretaris neemt deel aan het overleg van de examensecretarissen van de ASG-scholen.", [
            ["Eenduidige PTA's", "Gezamenlijk format voor het PTA en de examenreglementen met de andere ASG-scholen", "examensecretaris", "oktober 2025", "PTA 2025-2026 in ASG-format gepubliceerd"],
        ])
    doc.add_heading("Opbrengsten delen", level=2)
    P(doc, "De leerteams formatief handelen sluiten hun cyclus af met een presentatie. In april 2026 presenteren "
      "twee leerteams hun opbrengsten op de ASG-brede studiedag voor het voortgezet onderwijs; de posters en "
      "samenvattingen plaatsen we op de gedeelde ASG-omgeving. Zo willen we ook van andere scholen horen wat "
      "werkt.")


def _venster4(doc):
    doc.add_heading("7. Venster 4: Partnerschap", level=1)
    doc.add_heading("Ouders", level=2)
    P(doc, "In de onderbouw voeren mentor, leerling en ouders twee keer per jaar een driehoeksgesprek over de "
      "voortgang en de doelen van de leerling; in 2023-2024 kwam 83% van de ouders. Daarnaast heeft elke "
      "afdeling een ouderpanel dat drie keer per jaar met de conrector spreekt over het onderwijs, bijvoorbeeld "
      "over huiswerk, toetsdruk en de Vlieturen. In de examenklassen organiseren we een ouderavond over het PTA "
      "en de manier waarop ouders hun kind kunnen helpen bij de planning.")
    _tabel(doc, ["Indicator", "Nu", "Doel 2026", "Doel 2028"], [
        ["Opkomst driehoeksgesprekken onderbouw", "83%", "88%", "90%"],
        ["Ouders tevreden over betrokkenheid bij het leren (oudertevredenheidspeiling)", "64%", "70%", "75%"],
        ["Ouderpanels actief per afdeling", "2 van 3", "3 van 3", "3 van 3"],
    ], breedtes=[8.0, 2.5, 2.5, 2.5])
    doc.add_heading("Medezeggenschap", level=2)
    P(doc, "De medezeggenschapsraad bestaat uit twaalf leden: zes personeelsleden, drie ouders en drie "
      "leerlingen. De rector overlegt zeven keer per jaar met de MR. Nieuw beleid bespreken we eerst in de "
      "MR-werkgroep onderwijs, voordat er een voorstel ligt; zo dachten de leerlingleden bijvoorbeeld mee over het "
      "telefoonbeleid en de opzet van de Vlieturen. De leerlingenraad (twintig leerlingen) heeft een eigen budget "
      "en spreekt maandelijks met de teamleider onderbouw.")
    P(doc, "Daarnaast vragen we leerlingen zelf naar hun ervaringen met de lessen. Elke docent laat minimaal één "
      "keer per jaar een klas de les evalueren met een korte vragenlijst en bespreekt de uitkomst met de klas. "
      "Per leerjaar is er een leerlingpanel van acht leerlingen dat twee keer per jaar met de teamleider "
      "terugkijkt op de periode: wat ging goed, waar liep het vast, wat zou je anders doen?")
    doc.add_heading("Partners in en om de school", level=2)
    P(doc, "Wij werken proactief samen met een breed scala aan partners. Hieronder de plannen van de secties "
      "die daar het meest mee te maken hebben.")
    _sectieplan(doc, "economie",
        "De sectie economie wil dat leerlingen ondernemerschap in de praktijk ervaren.", [
            ["Ondernemen in de praktijk", "Havo 4 neemt deel aan het programma van Jong Ondernemen; elke leerlingonderneming heeft een coach van een Almeerse ondernemer", "sectievoorzitter", "jaarlijks", "10 coaches uit het Almeerse bedrijfsleven"],
            ["Gastlessen", "Gastlessen van Rabobank Flevoland en de Kamer van Koophandel in mavo 3 en havo 4", "docent economie", "vanaf 2024-2025", "minimaal vier gastlessen per jaar"],
        ])
    _sectieplan(doc, "lichamelijke opvoeding",
        "De sectie LO werkt samen met sportverenigingen in Almere Stad-West om leerlingen na school te laten "
        "bewegen.", [
            ["Meer leerlingen die sporten", "Clinics van drie verenigingen in de buurt (atletiek, hockey, basketbal) tijdens de LO-lessen in leerjaar 1; proeflidmaatschap van vier weken", "sectievoorzitter LO", "2025-2026", "aandeel brugklassers lid van een sportclub van 52% naar 60%"],
        ])
    _sectieplan(doc, "maatschappijleer en mentoraat",
        "In leerjaar 3 doen alle leerlingen een maatschappelijke stage van twintig uur in de wijk.", [
            ["Maatschappelijke stage in de wijk", "Vaste afspraken met het wijkcentrum in de Literatuurwijk, woonzorgcentrum in het Beatrixpark en de Voedselbank Almere", "coördinator stage", "jaarlijks", "100% van de derdejaars heeft stage gelopen bij een vaste partner"],
        ])
    doc.add_heading("Samen tegen het lerarentekort", level=2)
    P(doc, "Het tekort aan docenten is een regionaal probleem. Samen met twee andere schoolbesturen in Almere, "
      "Windesheim Flevoland en de gemeente Almere neemt het Vlietwende College deel aan het Regionaal "
      "Actieplan Lerarentekort Flevoland. Concreet betekent dit een gezamenlijke werving voor zij-instromers in de "
      "tekortvakken, een gedeelde pool van invallers en een gezamenlijke open avond 'Leraar worden in Almere' "
      "in maart. Wij leveren daarvoor twee schoolopleiders voor één dag per week.")


def _kernwaarden(doc):
    doc.add_heading("8. Kernwaarden in de praktijk", level=1)
    P(doc, "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. We vroegen elke "
      "sectie en elk team om voorbeelden uit de eigen praktijk. Hieronder een selectie.")
    doc.add_heading("Gezien worden", level=2)
    B(doc, [
        "Het Vlietteam: twaalf leerlingen uit de bovenbouw ontvangen bezoekers bij de receptie, geven rondleidingen "
        "op open dagen en lopen op de eerste schooldag met de brugklassers mee. Bezoekers melden zich dus niet bij "
        "een loket, maar bij een leerling.",
        "Nieuwe collega's krijgen in de eerste week een welkomstdag met een rondleiding door leerlingen, een "
        "lunch met de schoolleiding en een buddy uit de eigen sectie.",
        "Elke leerling heeft drie keer per jaar een individueel gesprek met de mentor, niet alleen over cijfers "
        "maar ook over hoe het gaat. De mentor kent na zes weken de naam en een bijzonderheid van elke leerling; "
        "dat toetsen we in de leerjaarbespreking.",
        "In de brugklas gaan alle klassen in september twee dagen op kamp naar Zeewolde, met hun mentor.",
        "Leerlingen die langere tijd ziek zijn, krijgen een vaste contactpersoon die wekelijks belt en het werk "
        "afstemt met de docenten; voor hen maken we een aangepast programma.",
    ])
    doc.add_heading("Open", level=2)
    P(doc, "Wij gaan respectvol om met de mensen binnen en buiten de organisatie. Open betekent voor ons in de "
      "praktijk vooral: heldere en tijdige communicatie.")
    B(doc, [
        "Cijfers staan binnen tien werkdagen na een toets in Magister; mails van ouders beantwoorden we binnen "
        "twee werkdagen.",
        "De nieuwsbrief 'Vlietpost' verschijnt maandelijks, met per afdeling een vaste rubriek.",
        "Eén keer per jaar presenteert de rector op een open ouderavond de begroting en de resultaten van het "
        "afgelopen jaar, inclusief wat er niet goed ging.",
        "Alle beleidsdocumenten die de MR heeft vastgesteld, staan op de website.",
        "Als een klacht of een fout van de school aan het licht komt, informeren we de betrokken ouders zelf, "
        "voordat ze het via anderen horen. De klachtenregeling staat in begrijpelijke taal in de schoolgids.",
    ])
    doc.add_heading("Vooruitstrevend", level=2)
    B(doc, [
        "De Vlieturen (sinds 2022): leerlingen kiezen twee keer per week zelf een aanbod, van bijles Frans tot "
        "robotica. Na twee jaar kiest 71% van de leerlingen minstens één keer per week voor verdieping.",
        "Het Technasium: leerlingen werken aan echte vraagstukken van opdrachtgevers, zoals Waterschap "
        "Zuiderzeeland en het Flevoziekenhuis.",
        "In 2025-2026 starten twee brugklassen met een pilot 'eerst feedback, dan cijfer': in de eerste periode "
        "krijgen leerlingen bij drie vakken alleen feedback op hun werk. Na een jaar beslissen we op basis van "
        "de resultaten en de ervaringen van leerlingen en ouders of we dit uitbreiden.",
        "De leerteams lezen onderzoek en proberen nieuwe werkvormen in hun eigen lessen uit; wat werkt, "
        "komt in het lesobservatie-instrument.",
    ])
    doc.add_heading("Ambitieus", level=2)
    B(doc, [
        "Bij twijfel over het niveau kiezen we voor het hogere niveau, met een evaluatiemoment na de eerste "
        "periode.",
        "Vliet Plus: leerlingen in havo en vwo die meer aankunnen, volgen een extra vak of halen het Cambridge "
        "English-certificaat (FCE of CAE). In 2023-2024 deden 64 leerlingen mee; in 2027 willen we 100 "
        "leerlingen.",
        "Mavo-leerlingen die willen opstromen naar havo 4 krijgen een eigen voorbereidingstraject; het "
        "slagingspercentage van opstromers in havo 5 willen we van 74% naar 85% brengen.",
        "Docenten kiezen zelf hun leerteam en scholing; de teamleiders vragen in de sectievergaderingen wat "
        "ieder dit jaar wil leren.",
    ])


def _middelen(doc):
    doc.add_heading("9. Middelen en huisvesting", level=1)
    P(doc, "Het Vlietwende College heeft een sluitende meerjarenbegroting. De reserves liggen boven de "
      "signaleringswaarde van de inspectie; een deel daarvan zetten we de komende vier jaar bewust in voor de "
      "plannen in dit schoolplan: de leerteams (€ 45.000 per jaar), de begeleiding van onbevoegde docenten en "
      "zij-instromers (€ 60.000 per jaar) en de herinrichting van het Technasiumlokaal en het T&T-lokaal in 2025.")
    P(doc, "Het gebouw uit 2009 is in goede staat. In de zomer van 2025 wordt de installatie voor ventilatie "
      "vernieuwd en komen er zonnepanelen op het dak van de sporthal. Het aantal lokalen is voldoende voor de "
      "verwachte groei tot 1.450 leerlingen; daarboven hebben we een extra lokaal nodig voor de Haven.")


def _kwaliteit(doc):
    doc.add_heading("10. Kwaliteitszorg, verantwoording en vaststelling", level=1)
    doc.add_heading("10.1 De kwaliteitscyclus", level=2)
    P(doc, "Dit schoolplan is de basis voor de afdelingsplannen en de sectiejaarplannen. Elke sectie maakt in "
      "september een sectiejaarplan met twee tot drie doelen uit dit plan, en evalueert dat in juni met de "
      "teamleider. De afdelingsplannen worden in oktober in de schoolleiding besproken en in de MR toegelicht.")
    _tabel(doc, ["Wanneer", "Wat", "Wie"], [
        ["september", "sectiejaarplannen en afdelingsplannen", "sectievoorzitters, teamleiders"],
        ["oktober - november", "examenanalyse met WOLF en analyse van de inspectie-indicatoren", "conrectoren, secties"],
        ["november en april", "lesobservaties (twee per docent per jaar) met de kijkwijzer 'De Vlietwendeles'", "teamleiders"],
        ["februari", "monitor sociale veiligheid en leerlingenquête", "kwaliteitsmedewerker"],
        ["per kwartaal", "kwartaalrapportage aan het College van Bestuur", "rector"],
        ["juni", "evaluatie sectiejaarplannen en bijstelling", "alle secties"],
        ["september", "jaarverslag", "rector, kwaliteitsmedewerker"],
    ], breedtes=[3.5, 8.0, 4.5])
    P(doc, "Halverwege de planperiode, in het voorjaar van 2026, houden we een interne audit per afdeling met "
      "leerlingen, ouders en docenten. De uitkomsten bespreken we met de MR en verwerken we in het jaarplan "
      "2026-2027.")
    doc.add_heading("10.2 Vaststelling", level=2)
    P(doc, "De medezeggenschapsraad heeft op 18 juni 2024 ingestemd met dit schoolplan. Het College van Bestuur "
      "van de Almeerse Scholen Groep heeft het plan op 2 juli 2024 vastgesteld.")
    _tabel(doc, ["Namens", "Naam", "Datum"], [
        ["Medezeggenschapsraad", "Mark de Groot, voorzitter", "18 juni 2024"],
        ["Vlietwende College", "Hanneke Zwanenburg, rector", "20 juni 2024"],
        ["College van Bestuur ASG", "voorzitter College van Bestuur", "2 juli 2024"],
    ], breedtes=[5.0, 6.5, 4.5])


def build(path):
    path = str(path)
    doc = Document()
    _stijlen(doc)
    _voettekst(doc)
    cp = doc.core_properties
    cp.title = "Schoolplan Vlietwende College 2024-2028"
    cp.author = "H. Zwanenburg"
    cp.last_modified_by = "secretariaat Vlietwende"
    cp.keywords = "schoolplan; ASG; Koers 22"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    _voorblad(doc)
    _voorwoord(doc)
    _in_beeld(doc)
    _missie(doc)
    _onderwijskundig(doc)
    _venster1(doc)
    _venster2(doc)
    _venster3(doc)
    _venster4(doc)
    _kernwaarden(doc)
    _middelen(doc)
    _kwaliteit(doc)
    doc.save(path)
    _vaste_zip(path)
    return path


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_194_vlietwende_college.docx")
