"""Schoolplan 2025-2029 van Katholiek Kindcentrum De Distelvink (basisschool met peuteropvang) in
Almere Nobelhorst, onderdeel van de Almeerse Scholen Groep. Planperiode: schooljaar 2025-2026 tot en
met schooljaar 2028-2029."""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VAST_MOMENT = datetime.datetime(2025, 6, 30, 10, 0, 0)


# ---------------------------------------------------------------- hulpjes

def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        stijl = doc.styles[naam]
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _paginanummer(paragraaf):
    run = paragraaf.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _kop(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def _herhaal_kop(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, koppen, rijen):
    tabel = doc.add_table(rows=1, cols=len(koppen))
    tabel.style = "Table Grid"
    for cel, kop in zip(tabel.rows[0].cells, koppen):
        cel.text = ""
        run = cel.paragraphs[0].add_run(kop)
        run.bold = True
    _herhaal_kop(tabel.rows[0])
    for rij in rijen:
        cellen = tabel.add_row().cells
        for cel, waarde in zip(cellen, rij):
            cel.text = waarde
    doc.add_paragraph()
    return tabel


def _doelen(doc, rijen):
    _kop(doc, "Onze doelen voor dit hoofdstuk", 2)
    _tabel(doc, ["Doel", "Wanneer", "Hoe meten we het"], rijen)


# ---------------------------------------------------------------- inhoud

def _titelpagina(doc):
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    doc.add_paragraph("Katholiek Kindcentrum De Distelvink", style="Subtitle")
    p = doc.add_paragraph("Basisschool en peuteropvang in Almere Nobelhorst")
    p.runs[0].italic = True
    doc.add_paragraph()
    _p(doc, "Kamillelaan 7, Almere  |  BRIN 31QZ  |  Almeerse Scholen Groep")
    _p(doc, "Directeur: Jorien Hakvoort")
    _p(doc, "Looptijd: 1 augustus 2025 tot en met 31 juli 2029")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _inleiding(doc):
    _kop(doc, "1. Ons kindcentrum", 1)
    _kop(doc, "1.1 Voorwoord", 2)
    _p(doc, "Voor u ligt het schoolplan van Katholiek Kindcentrum De Distelvink voor de schooljaren "
            "2025-2026 tot en met 2028-2029. Wij schreven dit plan in het voorjaar van 2025 met het hele team, "
            "met de pedagogisch medewerkers van de peuteropvang en met de medezeggenschapsraad. Op twee "
            "studiedagen (januari en maart 2025) keken we terug op de afgelopen vier jaar, lazen we de "
            "uitkomsten van de tevredenheidsonderzoeken en de toetsgegevens door en kozen we samen wat de "
            "komende jaren voorrang krijgt. Het plan is daarmee geen document van de directie alleen.")
    _p(doc, "De distelvink is een klein, kleurrijk vogeltje dat op oude schilderijen vaak in de hand van het "
            "kindje Jezus zit. Het vogeltje eet van de distel, een plant met stekels, en laat zien dat er ook "
            "tussen de doornen iets moois kan groeien. Zo kijken wij naar kinderen: ieder kind heeft iets om "
            "trots op te zijn, ook wanneer het even moeilijk gaat. Wij geven altijd het beste van onszelf om "
            "dat zichtbaar te maken.")
    _p(doc, "Dit plan volgt de indeling van het onderzoekskader van de Inspectie van het Onderwijs: "
            "Onderwijsproces, Schoolklimaat, Onderwijsresultaten en Kwaliteitszorg en ambitie. Daarna volgen "
            "een hoofdstuk over ons personeel en een hoofdstuk over samenwerking met ouders en partners. Elk "
            "hoofdstuk sluit af met een kleine tabel met onze doelen: wat we willen bereiken, wanneer, en hoe we "
            "meten of het gelukt is. Die doelen werken we elk jaar uit in het jaarplan.")

    _kop(doc, "1.2 Kerngegevens", 2)
    _tabel(doc, ["Onderwerp", "Gegevens (1 oktober 2024)"], [
        ["Leerlingen basisschool", "312 leerlingen in 13 groepen"],
        ["Peuteropvang Het Distelnest", "2 groepen, 34 peuters van 2 tot 4 jaar, waarvan 14 met een VVE-indicatie"],
        ["Groei", "van 187 leerlingen (2019) naar 312 (2024); verwachting 2029: circa 370"],
        ["Schoolweging", "29,4 (landelijk gemiddelde 30); spreiding 6,1"],
        ["Thuistaal anders dan Nederlands", "circa 22 procent van de leerlingen"],
        ["Team", "31 medewerkers, samen 24,6 fte, waarvan 2 pedagogisch medewerkers van Kinderopvang Zonnedauw"],
        ["Gebouw", "Kindcentrum uit 2017, gedeeld met buitenschoolse opvang Zonnedauw; tijdelijke uitbreiding met 4 lokalen sinds 2023"],
    ])

    _kop(doc, "1.3 Onze wijk en onze leerlingen", 2)
    _p(doc, "Nobelhorst is een jonge wijk in Almere Hout die nog volop wordt gebouwd. Veel gezinnen zijn hier de "
            "afgelopen jaren komen wonen, vaak vanuit Amsterdam en andere delen van Almere. Onze onderbouw groeit "
            "daardoor sneller dan de bovenbouw: in oktober 2024 zaten er 104 kinderen in de groepen 1-2 en 61 in "
            "de groepen 7-8. Ouders zijn over het algemeen hoogopgeleid, maar er is ook een groeiende groep "
            "gezinnen in de sociale huurwoningen aan de rand van de wijk. Ongeveer een op de vijf kinderen spreekt "
            "thuis (ook) een andere taal dan het Nederlands; de grootste groepen zijn Engels, Pools, Arabisch en "
            "Papiaments.")
    _p(doc, "Voor de komende periode betekent dit drie dingen. Wij moeten ruimte blijven maken voor nieuwe "
            "kinderen zonder dat de kwaliteit van de instructie daaronder lijdt. Wij willen de doorgaande lijn "
            "van peuteropvang naar groep 3 verder versterken, omdat het grootste deel van onze kinderen bij ons "
            "binnenkomt als peuter of kleuter. En wij houden scherp zicht op de taalontwikkeling van kinderen met "
            "een andere thuistaal.")

    _kop(doc, "1.4 Identiteit, missie en visie", 2)
    _p(doc, "De Distelvink is een katholieke school. Wij vertellen de verhalen uit de bijbel, vieren met elkaar "
            "Advent, Kerstmis, Pasen en Pinksteren en houden jaarlijks een Sint-Franciscusweek rond het "
            "dierendag-thema waarin zorg voor de schepping centraal staat. Voor levensbeschouwing werken wij met de "
            "methode Hemel en aarde. Onze identiteitscommissie van twee leerkrachten en twee ouders bereidt de "
            "vieringen voor, samen met pastor Anton Wiering van de parochie in Almere Haven.")
    _p(doc, "Onze missie in één zin: bij De Distelvink leer je wie je bent, wat je kunt en hoe je met anderen "
            "samenleeft. Onze visie rust op drie pijlers: goede instructie voor ieder kind, een warm en veilig "
            "kindcentrum, en samen met ouders en partners. Op onze school is iedereen waardevol en wordt iedereen "
            "gezien. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en collega's.")


def _onderwijsproces(doc):
    _kop(doc, "2. Onderwijsproces", 1)
    _kop(doc, "2.1 Ons aanbod", 2)
    _p(doc, "Ons aanbod dekt de kerndoelen en werkt toe naar de referentieniveaus 1F en 2F voor taal en 1F en 1S "
            "voor rekenen. Wij werken met de volgende methoden en leerlijnen:")
    _tabel(doc, ["Vakgebied", "Methode of aanpak", "Groepen"], [
        ["Beginnende geletterdheid", "Leerlijnen jonge kind (SLO) en thema's uit Kleuterplein", "peuters, 1-2"],
        ["Aanvankelijk lezen", "Veilig leren lezen, kim-versie", "3"],
        ["Technisch en begrijpend lezen", "Estafette en Nieuwsbegrip, aangevuld met dagelijks 20 minuten vrij lezen", "4-8"],
        ["Taal en spelling", "Staal", "4-8"],
        ["Rekenen", "Getal & Ruimte Junior", "3-8"],
        ["Wereldoriëntatie", "Blink Wereld (geschiedenis, aardrijkskunde, natuur en techniek)", "3-8"],
        ["Engels", "Stepping Stones Junior", "1-8"],
        ["Levensbeschouwing", "Hemel en aarde", "1-8"],
        ["Sociaal-emotionele ontwikkeling", "Kanjertraining", "1-8"],
        ["Bewegingsonderwijs", "vakleerkracht, twee lessen per week", "3-8"],
    ])
    _p(doc, "In 2024 hebben wij met het team onze lessentabel doorgelicht. Daarbij bleek dat wij in de groepen 6 "
            "tot en met 8 te weinig tijd besteden aan begrijpend lezen en woordenschat. Vanaf augustus 2025 gaan "
            "er in die groepen wekelijks twee uur extra naar lezen van zaakvakteksten, in samenhang met Blink.")
    _p(doc, "De overheid werkt aan nieuwe kerndoelen, onder meer voor digitale geletterdheid en burgerschap. Wij "
            "wachten daar niet op. In schooljaar 2025-2026 stelt onze werkgroep ICT (drie leerkrachten en de "
            "ICT-coördinator) een leerlijn digitale geletterdheid op voor groep 1 tot en met 8, met programmeren "
            "(Bee-Bots in de onderbouw, Scratch in de bovenbouw), mediawijsheid en informatievaardigheden. In "
            "2026-2027 voeren wij die leerlijn in; in 2027-2028 toetsen wij ons hele aanbod aan de dan vastgestelde "
            "nieuwe kerndoelen en passen wij het waar nodig aan.")

    _kop(doc, "2.2 Het jonge kind: van peuteropvang naar groep 3", 2)
    _p(doc, "Peuteropvang Het Distelnest zit in ons gebouw en wordt verzorgd door Kinderopvang Zonnedauw. Sinds "
            "2022 werken de peutergroepen en de groepen 1-2 als één eenheid: de Jonge-Kindunit. Peuters en "
            "kleuters spelen drie ochtenden per week samen op het speelleerplein in het middendeel van de "
            "onderbouwvleugel. Er is één gezamenlijke themaplanning, pedagogisch medewerkers en "
            "kleuterleerkrachten observeren met hetzelfde instrument (KIJK!) en zij bespreken elke zes weken "
            "samen de ontwikkeling van de kinderen.")
    _p(doc, "Dit concept is op onze school ontstaan uit de vraag hoe de overgang naar groep 1 rustiger kan. De "
            "eerste ervaringen zijn goed: kinderen die via het Distelnest instromen, wennen sneller en ouders "
            "kennen de leerkrachten al. In deze planperiode willen wij de unit verder uitbouwen. Wij onderzoeken "
            "in 2025-2026 of ook de overgang naar groep 3 soepeler kan door kinderen van groep 2 in het voorjaar "
            "al een deel van de ochtend in groep 3 te laten meedraaien, en wij maken in 2026 een beschrijving van "
            "de Jonge-Kindunit die ook voor nieuwe collega's bruikbaar is.")
    _p(doc, "Voor peuters met een VVE-indicatie bieden wij 16 uur per week aan. De warme overdracht van peuter naar "
            "groep 1 gebeurt altijd in een gesprek tussen pedagogisch medewerker, leerkracht en ouders.")

    _kop(doc, "2.3 Zicht op ontwikkeling", 2)
    _p(doc, "Wij volgen de ontwikkeling van de kinderen met het leerlingvolgsysteem van Boom (vanaf groep 3) en "
            "met KIJK! bij peuters en kleuters. De toetskalender ligt vast in de jaarplanning: twee meetmomenten per "
            "jaar, in januari en juni. Na elk meetmoment analyseert de leerkracht de resultaten van de groep, en "
            "bespreekt hij of zij die met de intern begeleider Samira El Idrissi in een groepsbespreking. Vier keer "
            "per jaar is er daarnaast een leerlingbespreking voor kinderen over wie de leerkracht zich zorgen maakt "
            "of die meer uitdaging nodig hebben.")
    _p(doc, "Toetsen zijn niet onze enige bron. Sinds 2023 voert iedere leerkracht van groep 3 tot en met 8 twee "
            "keer per jaar een kindgesprek van tien minuten met elk kind in de groep: hoe gaat het, wat gaat goed, "
            "waar wil je beter in worden en wat heb je daarvoor van mij nodig? In groep 1-2 gebeurt dit in een "
            "kringgesprek en met een praatplaat. De leerkracht noteert de afspraken in het leerlingdossier. Zo "
            "horen wij van het kind zelf wat het nodig heeft, en dat gebruiken wij bij de groepsbespreking.")
    _p(doc, "Wat wij nog beter willen: de analyses van leerkrachten verschillen sterk in diepgang. In 2025-2026 "
            "maken wij een vast format voor de groepsanalyse en oefenen wij op twee studiedagen met het lezen van "
            "de gegevens.")

    _kop(doc, "2.4 Didactisch handelen", 2)
    _p(doc, "In alle groepen werken wij met expliciete directe instructie (EDI). Een les bij ons begint met het "
            "lesdoel op het bord, kent een korte instructie met veel controle van begrip (wisbordjes), begeleide "
            "inoefening en verlengde instructie aan de instructietafel. Onze kijkwijzer EDI is in 2024 met het team "
            "vastgesteld en wordt gebruikt bij klassenbezoeken van de directie en bij collegiale lesbezoeken.")
    _p(doc, "Uit de klassenbezoeken van 2024-2025 blijkt dat het lesdoel en de instructie in bijna alle groepen op "
            "orde zijn. Het afstemmen van de verwerking op verschillen tussen kinderen lukt minder goed, vooral voor "
            "kinderen die meer aankunnen. Daarom staat differentiatie in de verwerking de komende twee jaar centraal "
            "in onze scholing (zie hoofdstuk 6).")

    _kop(doc, "2.5 Ondersteuning en ons schoolondersteuningsprofiel", 2)
    _p(doc, "Ons schoolondersteuningsprofiel (SOP) is in 2024 herzien en staat op onze website. Het beschrijft wat "
            "wij alle kinderen bieden en waar onze grenzen liggen. Kort samengevat:")
    _lijst(doc, [
        "Basisondersteuning voor alle kinderen: EDI met verlengde instructie, dyslexieprotocol met extra leesbeurten "
        "vanaf groep 2, Kanjertraining, kindgesprekken en een gestructureerde aanpak bij pesten.",
        "Extra ondersteuning binnen de school: een plusklas voor kinderen uit groep 5 tot en met 8 (één ochtend per "
        "week), een NT2-groepje in de onderbouw (drie keer per week), begeleiding door een onderwijsassistent bij "
        "rekenen en lezen, en een ontwikkelingsperspectief (OPP) voor kinderen die op een eigen leerlijn werken.",
        "Met het samenwerkingsverband Passend Onderwijs Almere: consultatie door een orthopedagoog, arrangementen "
        "voor kinderen met een taalontwikkelingsstoornis, en observatie en advies bij gedragsvragen.",
        "Grenzen: wij kunnen geen passend onderwijs bieden aan kinderen die de hele dag één-op-één begeleiding "
        "nodig hebben of bij wie ernstig gedrag de veiligheid van andere kinderen blijvend in gevaar brengt.",
    ])
    _p(doc, "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in Almere, zodat alle "
            "leerlingen een passende onderwijsplek hebben. In de praktijk betekent dit dat wij, wanneer wij een "
            "kind niet meer kunnen bieden wat het nodig heeft, met ouders en het samenwerkingsverband een "
            "groeidocument opstellen en samen zoeken naar een passende plek. In de afgelopen twee jaar gebeurde dat "
            "drie keer; twee kinderen gingen naar speciaal basisonderwijs, één naar een school voor speciaal "
            "onderwijs. Sinds 2024 sluit de jeugdverpleegkundige van het wijkteam zes keer per jaar aan bij ons "
            "zorgoverleg.")

    _kop(doc, "2.6 Burgerschap", 2)
    _p(doc, "Burgerschap is bij ons geen apart vak, maar krijgt vorm in drie lijnen. In de lessen: via Blink en "
            "Kanjertraining leren kinderen over democratie, rechten en plichten en het omgaan met verschillen; "
            "groep 7 bezoekt elk jaar de gemeenteraad van Almere en houdt daarna een eigen debat. In de school: de "
            "kinderraad met twee kinderen per groep uit groep 5 tot en met 8 vergadert zes keer per jaar met de "
            "directeur en heeft in 2024 het plan voor het nieuwe schoolplein mee beoordeeld. In de wijk: groep 8 "
            "organiseert jaarlijks een actie voor de voedselbank en groep 6 helpt mee bij de boomplantdag in het "
            "Nobelhorstbos.")
    _p(doc, "Wij hebben in 2024 de burgerschapsdoelen per bouw op één A4 gezet. In 2026 evalueren wij met de "
            "kinderraad en het team of kinderen deze doelen ook echt halen, met behulp van een korte vragenlijst in "
            "groep 6 en 8.")

    _kop(doc, "2.7 Doorstroomtoets en schooladvies", 2)
    _p(doc, "In groep 8 maken de kinderen de doorstroomtoets (Route 8). Het voorlopig schooladvies wordt in groep 7 "
            "gegeven, het definitieve advies vóór 1 februari in groep 8. Het advies komt tot stand in overleg tussen "
            "leerkrachten van groep 6, 7 en 8, de intern begeleider en de directeur. Bij een hogere toetsuitslag "
            "heroverwegen wij het advies altijd in een gesprek met ouders en kind.")

    _doelen(doc, [
        ["Extra tijd voor begrijpend lezen en woordenschat in groep 6-8 is ingeroosterd", "augustus 2025",
         "lesroosters; klassenbezoek directie; leesresultaten januari 2027"],
        ["Leerlijn digitale geletterdheid groep 1-8 vastgesteld en ingevoerd", "vastgesteld juli 2026, ingevoerd 2026-2027",
         "leerlijn in het kwaliteitshandboek; evaluatie met werkgroep ICT juni 2027"],
        ["Beschrijving Jonge-Kindunit gereed", "december 2026", "document besproken in team en met Zonnedauw"],
        ["Alle groepsanalyses volgens vast format", "vanaf januari 2026", "steekproef van de intern begeleider na elk meetmoment"],
        ["Aanbod getoetst aan nieuwe kerndoelen", "2027-2028", "verslag van de curriculumscan"],
    ])


def _schoolklimaat(doc):
    _kop(doc, "3. Schoolklimaat", 1)
    _kop(doc, "3.1 Veiligheid", 2)
    _p(doc, "Ons veiligheidsplan beschrijft de fysieke en sociale veiligheid in het kindcentrum, inclusief het "
            "pestprotocol, de meldcode huiselijk geweld en kindermishandeling en de afspraken over ontruiming. De "
            "leerkracht van groep 4 Ruud Verbeek is onze anti-pestcoördinator en aanspreekpunt voor kinderen en "
            "ouders. Hij is ook vertrouwenspersoon.")
    _p(doc, "Wij meten de veiligheidsbeleving jaarlijks in oktober met de leerlingvragenlijst van KanVas in de "
            "groepen 5 tot en met 8. In oktober 2024 gaf 94 procent van de kinderen aan zich veilig te voelen op "
            "school; op de vraag of er in de klas gepest wordt, antwoordde 11 procent 'soms of vaak'. In groep 7 "
            "lag dat percentage hoger (19 procent). Met die groep is een extra traject gestart met de Kanjertrainer "
            "van het samenwerkingsverband.")
    _p(doc, "Iedere twee jaar vragen wij ook ouders en medewerkers naar de veiligheid. Bij het "
            "oudertevredenheidsonderzoek van 2024 beoordeelden ouders de veiligheid met een 8,4.")

    _kop(doc, "3.2 Respectvol met elkaar", 2)
    _p(doc, "De Kanjertraining geeft ons een gedeelde taal: we vertrouwen elkaar, we helpen elkaar, niemand speelt "
            "de baas, niemand lacht uit en niemand doet zielig. Aan het begin van elk schooljaar maakt iedere groep in "
            "de eerste zes weken (de Gouden Weken) eigen klassenafspraken. Die hangen in elke klas en worden ook op "
            "het plein gebruikt. Medewerkers spreken kinderen en elkaar aan in dezelfde taal.")
    _p(doc, "Wanneer er iets misgaat, voeren wij een herstelgesprek met de betrokken kinderen. Bij herhaald "
            "ongewenst gedrag worden ouders dezelfde dag gebeld. Ook tussen volwassenen verwachten wij respect: in "
            "2024 hebben wij met de MR een gedragscode voor ouders en medewerkers opgesteld, die bij de "
            "kennismaking met nieuwe ouders wordt besproken.")

    _kop(doc, "3.3 Welkom in ons kindcentrum", 2)
    _p(doc, "Wij willen dat kinderen, ouders en bezoekers zich vanaf de voordeur welkom voelen. Daarom staat er "
            "elke ochtend iemand van de directie of het team bij de hoofdingang, en lopen kinderen vanaf 8.20 uur "
            "binnen in een inloopkwartier waarin ouders mee de klas in mogen. Voor ouders die overwegen hun kind "
            "bij ons aan te melden, is er elke eerste dinsdag van de maand een rondleiding door de directeur; in "
            "2024 maakten 146 gezinnen daar gebruik van. Nieuwe gezinnen krijgen een welkomstpakket en een "
            "'maatjesouder' uit dezelfde groep.")
    _p(doc, "Omdat ons gebouw vol is, is de entree druk en rommelig geworden. In 2025-2026 richten wij de hal "
            "opnieuw in met een ontvangsthoek en duidelijke bewegwijzering, ook in het Engels. Het Distelnest "
            "organiseert één keer per maand een koffieochtend voor ouders van peuters, waar ook een "
            "kleuterleerkracht aanschuift.")

    _kop(doc, "3.4 Ieder kind in beeld", 2)
    _p(doc, "Elk kind heeft bij ons een vaste leerkracht die het kind écht kent. Naast de kindgesprekken (zie 2.3) "
            "bespreken wij in de eerste teamvergadering na elke vakantie kort alle kinderen van wie een collega "
            "vindt dat ze 'onder de radar' blijven: stille kinderen, kinderen die weinig gezien worden op het plein. "
            "Voor ieder van die kinderen spreekt het team af wie de komende weken extra contact zoekt. Wij hebben "
            "deze aanpak in 2024 ingevoerd na een signaal van de kinderraad dat 'sommige kinderen nooit gekozen "
            "worden'.")

    _doelen(doc, [
        ["Ten minste 95 procent van de kinderen in groep 5-8 voelt zich veilig", "elk jaar, oktober",
         "KanVas-leerlingvragenlijst"],
        ["Percentage kinderen dat pesten ervaart daalt van 11 naar maximaal 7 procent", "oktober 2027",
         "KanVas-leerlingvragenlijst"],
        ["Entree opnieuw ingericht met ontvangsthoek", "juni 2026", "oplevering; reactie ouderpanel"],
        ["Ouders waarderen het welkom in de school met minimaal een 8", "2026 en 2028",
         "oudertevredenheidsonderzoek"],
    ])


def _resultaten(doc):
    _kop(doc, "4. Onderwijsresultaten", 1)
    _kop(doc, "4.1 Resultaten van de afgelopen jaren", 2)
    _p(doc, "Onze resultaten op de eindtoets en (sinds 2024) de doorstroomtoets liggen al drie jaar boven de "
            "signaleringswaarden van de Inspectie. Het percentage kinderen dat 2F of 1S haalt, ligt rond het "
            "landelijk gemiddelde bij vergelijkbare scholen.")
    _tabel(doc, ["Schooljaar", "Aantal leerlingen groep 8", "1F behaald", "2F/1S behaald", "Signaleringswaarde 2F/1S"], [
        ["2021-2022", "38", "97,1%", "58,3%", "52,4%"],
        ["2022-2023", "44", "96,8%", "61,9%", "52,8%"],
        ["2023-2024", "47", "98,0%", "60,2%", "52,1%"],
        ["2024-2025", "55", "97,4%", "63,0%", "52,6%"],
    ])
    _p(doc, "Wat opvalt: taalverzorging en lezen scoren goed, rekenen blijft op 1S achter (48 procent in 2024-2025 "
            "tegenover 71 procent voor lezen op 2F). Meisjes halen 1S rekenen minder vaak dan jongens.")

    _kop(doc, "4.2 Onze schoolnormen", 2)
    _p(doc, "Wij hebben hoge verwachtingen van onze kinderen en leggen onze eigen normen daarom duidelijk boven de "
            "signaleringswaarden. Voor deze planperiode gelden deze schoolnormen:")
    _lijst(doc, [
        "Minimaal 97 procent van de kinderen haalt 1F voor lezen, taalverzorging en rekenen.",
        "Minimaal 65 procent haalt 2F/1S gemiddeld over de drie domeinen, en voor rekenen 1S minimaal 55 procent "
        "in 2029.",
        "Bij de tussentijdse meting in groep 6 ligt 70 procent van de kinderen op of boven het landelijk gemiddelde "
        "voor begrijpend lezen.",
    ])
    _p(doc, "Wij stellen bij het begin van groep 6 voor ieder kind een verwachting op: welk niveau kan dit kind in "
            "groep 8 halen? Die verwachting wordt besproken met ouders en kind, en aan het eind van groep 7 kijken wij "
            "of wij op koers liggen. Een kind dat zijn verwachting ruim overtreft, krijgt nadrukkelijk extra "
            "uitdaging. Om rekenen te versterken werken wij in 2025-2027 met de rekenspecialist aan de aanpak van "
            "verhoudingen en meten in groep 6 tot en met 8.")

    _kop(doc, "4.3 Sociale en maatschappelijke competenties", 2)
    _p(doc, "Wij volgen de sociale ontwikkeling met KanVas. Naast de vragenlijst vullen leerkrachten twee keer per "
            "jaar de lijst voor leerkrachten in. In 2024 lag 88 procent van de kinderen op of boven de norm voor "
            "sociaal gedrag.")

    _kop(doc, "4.4 Vervolgsucces", 2)
    _p(doc, "Via de gegevens van de Inspectie en de terugkoppeling van de VO-scholen kijken wij hoe onze oud-leerlingen "
            "het doen. Van de leerlingen die in 2021 van school gingen, zat na drie jaar 91 procent nog op of boven "
            "het niveau van ons advies. Wij bespreken deze gegevens elk najaar met de leerkrachten van groep 7 en 8.")

    _doelen(doc, [
        ["2F/1S gemiddeld op minimaal 65 procent", "doorstroomtoets 2027 en daarna jaarlijks", "doorstroomtoets, schoolnormen"],
        ["1S rekenen stijgt van 48 naar minimaal 55 procent", "doorstroomtoets 2029", "doorstroomtoets"],
        ["Voor ieder kind in groep 6 is een verwachting opgesteld en besproken", "vanaf 2025-2026, elk jaar in oktober",
         "leerlingdossiers; controle door intern begeleider"],
        ["Vervolgsucces na drie jaar minimaal 90 procent", "jaarlijks", "gegevens Inspectie en VO-scholen"],
    ])


def _kwaliteitszorg(doc):
    _kop(doc, "5. Kwaliteitszorg en ambitie", 1)
    _kop(doc, "5.1 Hoe wij onze kwaliteit bewaken", 2)
    _p(doc, "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni stellen wij het jaarplan vast, met de doelen uit "
            "dit schoolplan die dat jaar aan de beurt zijn. In januari en juni bespreken wij de resultaten (zie "
            "hoofdstuk 4) in het team. In juli schrijven wij een kort jaarverslag waarin wij per doel aangeven of het "
            "gehaald is, wat wij ervan leerden en wat er in het volgende jaarplan komt. Dat jaarverslag bespreken wij "
            "met de MR en met de bestuurder van ASG.")
    _p(doc, "Daarnaast gebruiken wij deze bronnen:")
    _lijst(doc, [
        "klassenbezoeken door directeur en intern begeleider, minstens twee per leerkracht per jaar, met de kijkwijzer EDI;",
        "de kwaliteitskaarten van ons kwaliteitshandboek, waarin per onderwerp staat wat onze afspraken zijn en wie "
        "ze bewaakt; elke kaart wordt eens in de twee jaar herzien;",
        "tevredenheidsonderzoeken onder ouders, kinderen en medewerkers, om het jaar;",
        "de kwartaalrapportage aan het bestuur en het jaarlijkse kwaliteitsgesprek met de bestuurder.",
    ])
    _p(doc, "Bij het onderzoek van de Inspectie naar ASG in 2023 is onze school bezocht. De Inspectie beoordeelde de "
            "basiskwaliteit als op orde en noemde de zorgvuldige schooladvisering en de sfeer in de school als "
            "sterk. Als verbeterpunt noemde de Inspectie dat wij in het jaarverslag te weinig laten zien wát we "
            "leren van onze eigen evaluaties. Sinds 2024 bevat het jaarverslag daarom per doel een korte paragraaf "
            "'wat we hiervan leren'.")

    _kop(doc, "5.2 Samen leren in het team", 2)
    _p(doc, "Wij vinden dat goed onderwijs ontstaat wanneer leerkrachten van en met elkaar leren. Daarom bezoekt elke "
            "leerkracht sinds 2023 drie keer per jaar de les van een collega, steeds in een vast duo uit een andere "
            "bouw, met een vooraf gekozen kijkvraag uit de kijkwijzer EDI. Na het bezoek is er een nagesprek van "
            "twintig minuten. In de teamvergadering van februari en juni delen de duo's in vijf minuten wat ze "
            "zagen en wat ze daarna in hun eigen klas hebben veranderd.")
    _p(doc, "Ook de analyse van toetsgegevens doen wij samen: na elk meetmoment zitten de leerkrachten per bouw bij "
            "elkaar om de resultaten te bespreken en aanpakken te vergelijken. In de volgende planperiode willen wij "
            "dat ook pedagogisch medewerkers van het Distelnest deelnemen aan de lesbezoeken in de onderbouw.")

    _kop(doc, "5.3 Onze ambitie", 2)
    _p(doc, "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Onze ambitie "
            "voor 2029 is een kindcentrum waar ieder kind van twee tot twaalf jaar een doorlopende lijn ervaart, waar "
            "de resultaten stabiel boven onze schoolnormen liggen en waar ouders en partners vanzelfsprekend deel "
            "uitmaken van het leren van de kinderen. De doelen in dit plan zijn de stappen daarheen.")

    _doelen(doc, [
        ["Jaarverslag bevat per doel een paragraaf 'wat we hiervan leren'", "elk jaar in juli",
         "jaarverslag besproken met MR en bestuurder"],
        ["Alle kwaliteitskaarten zijn actueel (niet ouder dan twee jaar)", "juli 2027", "overzicht kwaliteitshandboek"],
        ["Elke leerkracht doet drie collegiale lesbezoeken per jaar", "jaarlijks", "registratie lesbezoeken, teamvergadering juni"],
        ["Pedagogisch medewerkers nemen deel aan lesbezoeken in de onderbouw", "vanaf 2026-2027", "registratie lesbezoeken"],
    ])


def _personeel(doc):
    _kop(doc, "6. Personeel", 1)
    _kop(doc, "6.1 Ons team", 2)
    _tabel(doc, ["Functie", "Aantal", "fte"], [
        ["Directeur", "1", "1,0"],
        ["Intern begeleider", "1", "0,8"],
        ["Leerkrachten (waarvan bouwcoördinatoren, reken- en leesspecialist)", "19", "15,6"],
        ["Vakleerkracht bewegingsonderwijs", "1", "0,8"],
        ["Onderwijsassistenten", "4", "3,2"],
        ["Pedagogisch medewerkers Distelnest (Zonnedauw)", "2", "1,5"],
        ["Administratie en conciërge", "3", "1,7"],
    ])
    _p(doc, "Het team is jong: de gemiddelde leeftijd is 36 jaar en elf leerkrachten werken korter dan vijf jaar in "
            "het onderwijs. Door de groei van de school zijn er de afgelopen jaren veel nieuwe collega's bijgekomen. "
            "Ons personeelsbeleid volgt het HR-beleid van ASG.")

    _kop(doc, "6.2 Bekwaamheid en professionalisering", 2)
    _p(doc, "Alle leerkrachten zijn bevoegd, op twee zij-instromers na (zie 6.4). De bekwaamheid van leerkrachten "
            "bewaken wij via de klassenbezoeken en de gesprekscyclus. De scholing richt zich in deze periode op twee "
            "thema's die voor het hele team gelden:")
    _lijst(doc, [
        "2025-2027: differentiatie in de verwerking bij EDI, met een extern trainer; zes bijeenkomsten per jaar en "
        "twee coachingsbezoeken in de klas per leerkracht.",
        "2027-2029: taalontwikkeling bij kinderen met een andere thuistaal, samen met het Distelnest.",
    ])
    _p(doc, "Daarnaast volgen individuele medewerkers opleidingen bij de ASG Academie. In 2025-2026 volgen twee "
            "kleuterleerkrachten de opleiding jonge-kindspecialist, en de intern begeleider start met de "
            "masteropleiding Educational Needs. Het scholingsbudget is in 2025 vastgesteld op 620 euro per fte; "
            "het team bepaalt ieder voorjaar samen welke teamscholing het komende jaar voorrang krijgt.")

    _kop(doc, "6.3 Gesprekscyclus", 2)
    _p(doc, "Iedere medewerker heeft elk jaar een ontwikkelgesprek met de directeur, voorafgegaan door minstens één "
            "klassenbezoek. Eens in de drie jaar is er een beoordelingsgesprek. De afspraken komen in het digitale "
            "personeelsdossier. Nieuwe collega's hebben in hun eerste jaar een startgesprek in september, een "
            "tussengesprek in januari en een eindgesprek in juni, en worden begeleid door een vaste maatje-collega. "
            "In 2024-2025 zijn alle gesprekken gevoerd en vastgelegd; dat willen wij zo houden.")

    _kop(doc, "6.4 Opleiden in de school", 2)
    _p(doc, "De Distelvink is opleidingsschool in samenwerking met de pabo van Windesheim in Almere. Jaarlijks lopen "
            "er zes tot acht studenten stage bij ons, van wie twee in het afstudeerjaar als leraar in opleiding. "
            "Onze twee zij-instromers en een onderwijsassistent die de deeltijdpabo volgt, krijgen vier uur per "
            "week studietijd en worden begeleid door onze schoolopleider Hanna Dijkhuizen. Zij hebben elke zes weken "
            "een begeleidingsgesprek en zijn vrijgesteld van extra taken buiten de klas.")

    _kop(doc, "6.5 Werkdruk en werkplezier", 2)
    _p(doc, "De werkdrukmiddelen zetten wij in voor vier onderwijsassistenten en voor twee extra studiedagen per jaar "
            "zonder vergaderingen. Het team heeft in 2024 gekozen voor 'vergaderarme weken' rond de rapporten. Uit het "
            "medewerkertevredenheidsonderzoek van 2024 bleek dat werkdruk vooral in de onderbouw hoog wordt ervaren, "
            "door de vele nieuwe kinderen die tussentijds instromen. Vanaf 2025-2026 werken wij met vaste "
            "instroommomenten per groep (eens per zes weken) en krijgt iedere kleutergroep in de instroomweken extra "
            "ondersteuning door een onderwijsassistent. In de ontwikkelgesprekken vragen wij ook expliciet naar "
            "werkplezier en naar de combinatie van werk en privé.")

    _doelen(doc, [
        ["Alle leerkrachten passen differentiatie in de verwerking toe", "juni 2027", "klassenbezoeken met kijkwijzer EDI"],
        ["Beide zij-instromers zijn bevoegd", "juli 2027", "diploma's"],
        ["Alle ontwikkelgesprekken zijn jaarlijks gevoerd en vastgelegd", "elk jaar vóór 1 juni", "personeelsdossiers"],
        ["Ervaren werkdruk in de onderbouw daalt", "2026 en 2028", "medewerkertevredenheidsonderzoek"],
    ])


def _samenwerking(doc):
    _kop(doc, "7. Samenwerking", 1)
    _kop(doc, "7.1 Ouders", 2)
    _p(doc, "Ouders kennen hun kind het best. Daarom begint elk schooljaar met een startgesprek tussen ouders, kind "
            "(vanaf groep 5) en leerkracht, waarin ouders vertellen wat hun kind nodig heeft. In 2024-2025 voerden "
            "wij 289 van de 306 geplande startgesprekken. In november en maart volgen voortgangsgesprekken. Bij de "
            "start van elk thema in de onderbouw krijgen ouders een thuisblad met ideeën om thuis met het thema "
            "verder te gaan, en twee keer per jaar is er een ouderochtend waarop ouders meedoen in de les.")
    _p(doc, "Wij informeren ouders via de app Parro: elke twee weken een nieuwsbrief van de directie, en wekelijks een "
            "kort bericht van de groepsleerkracht. Belangrijke besluiten, zoals de nieuwe instroommomenten, lichten wij "
            "toe op een informatieavond voordat ze ingaan. De schoolgids, het SOP, het veiligheidsplan en het "
            "jaarverslag staan op de website. Ouders die het Nederlands nog niet goed beheersen, kunnen bij "
            "oudergesprekken een tolk krijgen of een andere ouder meenemen; de belangrijkste brieven hebben wij in "
            "2025 ook in het Engels beschikbaar.")
    _p(doc, "De ouderraad (negen leden) organiseert samen met het team de feesten en vieringen. Daarnaast is er "
            "sinds 2024 een ouderpanel van twaalf ouders dat twee keer per jaar met de directeur meedenkt over een "
            "actueel onderwerp.")

    _kop(doc, "7.2 Medezeggenschap", 2)
    _p(doc, "De medezeggenschapsraad bestaat uit drie ouders en drie medewerkers, voorzitter is Ellen de Graaf "
            "(ouder). De MR vergadert zeven keer per jaar met de directeur. Wij betrekken de MR vroeg: nieuwe "
            "plannen bespreken wij in de MR al als schets, zodat de MR kan meedenken voordat er een voorstel ligt. "
            "Zo heeft de MR in 2024 meegedacht over de instroommomenten en de gedragscode. Ook bij dit schoolplan "
            "was de MR vanaf de eerste studiedag betrokken. De MR brengt jaarlijks een kort verslag uit aan alle "
            "ouders en personeelsleden.")

    _kop(doc, "7.3 Partners in en om het kindcentrum", 2)
    _p(doc, "Wij werken proactief samen met een breed scala aan partners. Dat zijn vooral partners uit onze eigen "
            "wijk:")
    _tabel(doc, ["Partner", "Wat wij samen doen", "Hoe vaak"], [
        ["Kinderopvang Zonnedauw", "peuteropvang Het Distelnest en BSO in ons gebouw; gezamenlijke themaplanning en "
                                   "overdracht", "wekelijks afstemming, elke zes weken overleg"],
        ["Parochie (pastor Anton Wiering)", "voorbereiding vieringen, bezoek van groep 4 aan de kerk", "vijf keer per jaar"],
        ["Nieuwe Bibliotheek Almere", "bibliotheek op school, leesconsulent, ouderbijeenkomst over voorlezen", "maandelijks"],
        ["Wijkteam Almere Hout", "jeugdverpleegkundige in zorgoverleg, spreekuur voor ouders", "zes keer per jaar"],
        ["Sportvereniging Hout-Noord", "naschoolse sportclinics groep 3-8", "twaalf middagen per jaar"],
        ["Samenwerkingsverband Passend Onderwijs Almere", "consultatie, arrangementen", "op afroep"],
    ])
    _p(doc, "Vanaf 2025-2026 willen wij de samenwerking met Zonnedauw vastleggen in één gezamenlijk pedagogisch "
            "plan voor kinderen van 2 tot 12 jaar, zodat ook de BSO dezelfde afspraken hanteert als de school.")

    _kop(doc, "7.4 Onderdeel van ASG", 2)
    _p(doc, "Onze school maakt deel uit van de Almeerse Scholen Groep. Door de schaalgrootte van ASG beschikken wij "
            "over interne expertise op veel beleidsgebieden, waardoor wij een integraal en samenhangend aanbod "
            "kunnen krijgen. Voor de overstap naar het voortgezet onderwijs werken wij samen met de VO-scholen in "
            "Almere.")

    _doelen(doc, [
        ["Minimaal 95 procent van de startgesprekken wordt gevoerd", "elk jaar vóór 1 oktober", "registratie in het leerlingdossier"],
        ["Gezamenlijk pedagogisch plan met Zonnedauw vastgesteld", "juni 2026", "plan ondertekend door beide directies"],
        ["Ouders beoordelen de informatievoorziening met minimaal een 7,8", "2026 en 2028", "oudertevredenheidsonderzoek"],
        ["Ouderpanel komt twee keer per jaar bijeen", "jaarlijks", "verslagen ouderpanel"],
    ])


def _colofon(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _kop(doc, "Colofon", 1)
    _p(doc, "Schoolplan 2025-2029 van Katholiek Kindcentrum De Distelvink, Kamillelaan 7, Almere. Dit plan geldt "
            "voor de schooljaren 2025-2026, 2026-2027, 2027-2028 en 2028-2029.")
    _p(doc, "Opgesteld door: Jorien Hakvoort (directeur) en Samira El Idrissi (intern begeleider), met het team van "
            "De Distelvink en de pedagogisch medewerkers van Het Distelnest.")
    _p(doc, "De medezeggenschapsraad van De Distelvink heeft in haar vergadering van 10 juni 2025 met dit "
            "schoolplan ingestemd.")
    _p(doc, "Het schoolplan is op 1 juli 2025 vastgesteld door het College van Bestuur van de Almeerse Scholen "
            "Groep.")
    _tabel(doc, ["Namens", "Naam", "Datum"], [
        ["Directie", "Jorien Hakvoort", "10 juni 2025"],
        ["Medezeggenschapsraad", "Ellen de Graaf, voorzitter", "10 juni 2025"],
        ["College van Bestuur ASG", "", "1 juli 2025"],
    ])


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = "Schoolplan 2025-2029  |  KKC De Distelvink  |  pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paginanummer(voet)

    _titelpagina(doc)
    _inleiding(doc)
    _onderwijsproces(doc)
    _schoolklimaat(doc)
    _resultaten(doc)
    _kwaliteitszorg(doc)
    _personeel(doc)
    _samenwerking(doc)
    _colofon(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 KKC De Distelvink"
    cp.author = "Jorien Hakvoort"
    cp.last_modified_by = "Jorien Hakvoort"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.revision = 1
    cp.created = VAST_MOMENT
    cp.modified = VAST_MOMENT
    cp.last_printed = VAST_MOMENT
    doc.save(path)
