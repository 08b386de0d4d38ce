"""Plan 68: schoolplan 2023-2027 van het Duinpoort College, openbare school voor vmbo en mavo in Almere Poort.

Kopjes zijn vetgedrukte Normal-alinea's (geen koppenstijlen). Het plan volgt de vier vensters van Koers 22,
heeft een kort apart hoofdstuk kernwaarden dat vooral bestuurszinnen herformuleert, en eindigt met één
doelentabel met een kolom "Venster". De MR is alleen geïnformeerd.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

MOMENT = datetime.datetime(2023, 6, 22, 15, 30, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) ---------------------------------------------

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


def tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = table.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in table.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    return table


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


# --- De tekst van het plan --------------------------------------------------------------------------

KOP, SUB, P, UL, TAB = "kop", "sub", "p", "ul", "tab"

DOELEN = [
    ("1", "Hoger examenresultaat mavo", "1", "Slagingspercentage mavo minimaal 93% (2022: 88%)", "examen 2026",
     "teamleider mavo"),
    ("2", "Minder onvoldoendes Nederlands aan het eind van het schoolexamen", "1",
     "Maximaal 10% van de mavo 4-leerlingen begint met een onvoldoende SE-cijfer Nederlands aan het centraal "
     "examen (2022: 24%)", "2024-2025", "sectievoorzitter Nederlands"),
    ("3", "Minder pesten", "1", "Maximaal 6% van de leerlingen geeft aan gepest te zijn (2022: 11%); minimaal 90% "
     "voelt zich veilig (2022: 89%)", "2025-2026", "coördinatoren leerlingzaken"),
    ("4", "Schoolondersteuningsprofiel actualiseren", "1", "Nieuw SOP vastgesteld en op de website, inclusief "
     "De Haven", "april 2024", "zorgcoördinator"),
    ("5", "Burgerschapsdoelen in samenhang", "1", "Overzicht van burgerschapsdoelen per leerjaar vastgesteld in "
     "de teamvergadering", "juni 2024", "teamleider onderbouw"),
    ("6", "Lesbezoeken volgens de kwaliteitskalender", "1", "Iedere docent krijgt twee lesbezoeken per jaar "
     "(2022-2023: 70% van de docenten)", "vanaf 2023-2024", "teamleiders"),
    ("7", "Minder onbevoegde docenten", "2", "Maximaal 3 docenten onbevoegd voor hun vak (juni 2023: 9)",
     "juli 2027", "directeur"),
    ("8", "Gesprekscyclus volledig", "2", "Bij 100% van de medewerkers is de jaarlijkse cyclus doorlopen "
     "(2022-2023: 85%)", "2024-2025", "teamleiders"),
    ("9", "Sectiesamenwerking uitbreiden naar Engels", "3", "Drie bijeenkomsten per jaar met de secties Engels "
     "van twee ASG-scholen; gezamenlijk SE leesvaardigheid Engels", "2025-2026", "sectievoorzitter Engels"),
    ("10", "Succesvolle overstap mavo-havo", "3", "Minimaal 75% van de overstappers naar havo 4 wordt in één "
     "keer bevorderd naar havo 5", "2025", "teamleider mavo"),
    ("11", "Ouders bij de driehoeksgesprekken", "4", "Bij minimaal 90% van de driehoeksgesprekken is een ouder "
     "aanwezig (2022-2023: 78%)", "2025-2026", "mentoren, teamleiders"),
    ("12", "Opleiden in de school", "4", "Jaarlijks minimaal 10 stageplaatsen voor studenten van de "
     "lerarenopleiding", "elk schooljaar", "schoolopleider"),
    ("13", "Meer leerbedrijven dichtbij", "4", "Minimaal 75 erkende leerbedrijven in Poort en Stad-West "
     "(2023: 62)", "2026", "stagecoördinator"),
]

INHOUD = [
    (KOP, "Inhoud"),
    (P, "1. Inleiding\n2. Onze school in Almere Poort\n3. Onze kernwaarden\n4. Venster 1: Goed en toegankelijk "
        "onderwijs\n5. Venster 2: Personeel in positie\n6. Venster 3: De meerwaarde van ASG\n7. Venster 4: "
        "Partnerschap\n8. Onze doelen 2023-2027\n9. Ondertekening"),

    (KOP, "1. Inleiding"),
    (P, "Dit is het schoolplan van het Duinpoort College voor de schooljaren 2023-2024 tot en met 2026-2027. Het "
        "plan beschrijft hoe wij de komende vier jaar werken aan ons onderwijs en aan onze organisatie. Het is "
        "ons belangrijkste sturingsdocument: elk jaar maken de afdelingen op basis van dit plan een "
        "afdelingsplan, en in het jaarverslag kijken we terug."),
    (P, "We hebben ervoor gekozen dit plan op te bouwen langs de vier vensters van Koers 22, het strategisch "
        "beleid van de Almeerse Scholen Groep: goed en toegankelijk onderwijs, personeel in positie, de "
        "meerwaarde van ASG en partnerschap. Zo is voor het bestuur en voor onszelf goed te zien hoe wij "
        "bijdragen aan de koers. De kernwaarden van ASG beschrijven we in een apart hoofdstuk. Achter in het plan "
        "staat een overzicht van onze doelen, met per doel het venster waar het bij hoort."),
    (P, "Het plan is opgesteld door de schoolleiding, op basis van gesprekken met de teams van de afdelingen "
        "basis/kader en mavo, met de leerlingenraad en met het ouderpanel in het voorjaar van 2023. De MR is "
        "geïnformeerd over het plan in haar vergadering van 20 juni 2023."),

    (KOP, "2. Onze school in Almere Poort"),
    (P, "Het Duinpoort College is een openbare school voor vmbo en mavo in Almere Poort. De school begon in 2009 "
        "in tijdelijke units en betrok in 2014 het huidige gebouw aan de rand van het Cascadepark. We bieden de "
        "basisberoepsgerichte leerweg (BB), de kaderberoepsgerichte leerweg (KB) en de mavo (theoretische "
        "leerweg)."),
    (P, "BRIN: 31KX\nDirecteur: Ruud Brinkman\nTeamleiders: Samira Ouali (mavo), Kees Postma (basis/kader), "
        "Lotte de Graaf (onderbouw)\nLeerlingen op 1 oktober 2022: 734 (312 in BB en KB, 422 in de mavo)\n"
        "Medewerkers: 71"),
    (P, "Almere Poort is een jonge en snel groeiende wijk. Veel van onze leerlingen wonen in Poort zelf, een deel "
        "komt uit Almere Stad-West en Almere Pampus. Onze leerlingen zijn even divers als de wijk: ze hebben hun "
        "wortels in meer dan veertig landen. Ongeveer 21 procent van de leerlingen in BB en KB heeft een "
        "indicatie leerwegondersteuning (lwoo). Veel leerlingen zijn de eersten in hun familie die in Nederland "
        "een diploma halen. Dat vraagt om een school die structuur biedt en die leerlingen laat zien wat er "
        "mogelijk is."),
    (P, "Door de groei van Poort neemt het aantal aanmeldingen toe. We verwachten in 2026 rond de 800 leerlingen "
        "te hebben. Het gebouw is daar niet op berekend. Met het bestuur en de gemeente is afgesproken dat er in "
        "2025 een tijdelijke uitbreiding met zes lokalen komt. De begroting is sluitend; de extra leerlingen "
        "leveren op termijn meer middelen op, maar de eerste jaren vraagt de groei om voorfinanciering door het "
        "bestuur."),
    (P, "De lessen duren 45 minuten. Het eerste uur begint om 8.30 uur, het negende uur eindigt om 15.50 uur. Sinds "
        "de zomer van 2022 heeft het gebouw een dekkend wifi-netwerk, ook in de praktijklokalen en de aula. Alle "
        "leerlingen werken met een eigen laptop, die ouders via de school kunnen huren of kopen; voor gezinnen "
        "met een laag inkomen betaalt het schoolfonds mee."),

    (KOP, "3. Onze kernwaarden"),
    (P, "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Ze vormen de basis voor wat "
        "wij doen. Hieronder beschrijven we wat ze voor het Duinpoort College betekenen."),
    (SUB, "Gezien worden"),
    (P, "Bij ons is iedereen waardevol en wordt iedereen gezien. Wij zijn een school waar iedereen zich welkom "
        "voelt: leerlingen, ouders en bezoekers. Wij hebben zicht op wat onze leerlingen en medewerkers nodig "
        "hebben. In de praktijk draait dat vooral om de mentor. Iedere leerling heeft een mentor die hem of haar "
        "kent. In de onderbouw heeft elke klas twee mentoruren per week, in de bovenbouw één. De mentor voert in "
        "de eerste zes weken van het schooljaar met iedere leerling een kennismakingsgesprek en is het eerste "
        "aanspreekpunt voor ouders. Drie keer per jaar bespreken de docenten van een klas alle leerlingen in een "
        "leerlingbespreking, waarin ze afspraken maken over wie wat oppakt."),
    (SUB, "Open"),
    (P, "Wij zijn een school waar mensen respectvol met elkaar omgaan, binnen en buiten de school. In onze "
        "communicatie zijn wij transparant en toegankelijk. Bij ons kijken we met een open blik naar de "
        "verscheidenheid van leerlingen en collega's. Als openbare school vinden we dat vanzelfsprekend. Het "
        "krijgt vorm in de Gender & Sexuality Alliance (GSA) die leerlingen in 2021 hebben opgericht en die elke "
        "twee weken in de middagpauze bij elkaar komt, in de jaarlijkse Paarse Vrijdag, en in de iftar die we "
        "elk jaar tijdens de ramadan met leerlingen, ouders en personeel houden, ook met collega's en leerlingen "
        "die zelf niet vasten."),
    (SUB, "Vooruitstrevend"),
    (P, "Wij zijn een school in beweging. Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van "
        "ons profiel en zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds vorm te geven. "
        "Daarbij geven we gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie van "
        "ASG. Wij durven te experimenteren en wachten niet af."),
    (SUB, "Ambitieus"),
    (P, "Bij ons ligt de lat hoog. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn "
        "intrinsiek gemotiveerd om ons te blijven ontwikkelen en geven altijd het beste van onszelf. Voor "
        "leerlingen betekent dat concreet: niemand zit vast in zijn leerweg. Aan het eind van leerjaar 1 en 2 "
        "bekijken we bij iedere leerling of een hogere leerweg haalbaar is. Leerlingen uit BB die dat aankunnen, "
        "volgen in leerjaar 2 een opstroomtraject met extra lessen Nederlands, Engels en wiskunde; voor de "
        "overstap van KB naar mavo bestaat een vergelijkbaar traject. In 2022 stroomden zo 14 leerlingen op naar "
        "een hogere leerweg."),

    (KOP, "4. Venster 1: Goed en toegankelijk onderwijs"),
    (P, "Goed onderwijs begint bij een goede les, in een veilige school, met een programma dat leerlingen "
        "voorbereidt op het vervolgonderwijs. In dit hoofdstuk beschrijven we ons onderwijsprogramma, onze "
        "resultaten, hoe we de kwaliteit bewaken, de ondersteuning van leerlingen, de veiligheid en burgerschap."),
    (SUB, "Ons onderwijsprogramma"),
    (P, "In de onderbouw (leerjaar 1 en 2) volgen alle leerlingen een brede basis: Nederlands, Engels, wiskunde, "
        "mens en maatschappij (aardrijkskunde, geschiedenis en levensbeschouwing in één vak), mens en natuur, "
        "lichamelijke opvoeding, beeldende vorming, muziek en techniek. Het programma is afgestemd op de "
        "kerndoelen voor de onderbouw. In leerjaar 1 zitten de leerlingen in klassen per leerweg (BB/KB en "
        "mavo); het definitieve leerwegadvies geven we aan het eind van leerjaar 2."),
    (P, "In de bovenbouw van BB en KB kiezen leerlingen een van drie profielen: Economie en Ondernemen, Zorg en "
        "Welzijn, of Dienstverlening en Producten. Naast het profielvak volgen ze keuzevakken, bijvoorbeeld "
        "Ondernemen, Voeding en beweging of Presentatie en styling. In de mavo kiezen leerlingen vanaf leerjaar 3 "
        "een vakkenpakket van zeven examenvakken, met een vast combinatiecijfer voor maatschappijleer en "
        "kunstvakken."),
    (P, "De lessentabel staat in de schoolgids. Onze onderwijstijd ligt boven de wettelijke norm van 3.700 uur "
        "voor de vierjarige vmbo-opleiding. Voor Nederlands en rekenen werken we toe naar referentieniveau 2F; "
        "leerlingen die in leerjaar 1 onder niveau 1F lezen, krijgen een extra leesuur. Alle leerlingen volgen "
        "vanaf leerjaar 1 loopbaanoriëntatie en -begeleiding (LOB) en houden een loopbaandossier bij."),
    (SUB, "Resultaten"),
    (P, "De inspectie heeft in 2021 alle afdelingen van de school het basisarrangement gegeven. Onze "
        "onderwijsresultaten liggen voor alle leerwegen boven de inspectienorm. In 2022 slaagde 97 procent van de "
        "BB-leerlingen, 92 procent van de KB-leerlingen en 88 procent van de mavoleerlingen. Vooral het "
        "mavoresultaat vinden we te laag: het lag drie jaar onder het landelijk gemiddelde. Oorzaken zijn een lage "
        "score bij het centraal examen wiskunde en een grote groep leerlingen die met een onvoldoende voor "
        "Nederlands op het schoolexamen aan het centraal examen begon. In het jaarplan 2023-2024 staat een "
        "verbeterplan voor beide vakken, met extra examentraining in de meivakantie en een vaste "
        "schrijfopdracht per periode (zie doelen 1 en 2 in hoofdstuk 8)."),
    (SUB, "Hoe we de kwaliteit bewaken"),
    (P, "Wij werken met een kwaliteitskalender die het hele schooljaar beslaat. Elke afdeling maakt jaarlijks een "
        "afdelingsplan dat is afgeleid van dit schoolplan en van de kadernotitie van het bestuur. In januari en "
        "juni volgt een voortgangsgesprek met de directeur, waarin we de resultaten (rapportcijfers, doorstroom, "
        "verzuim) per klas en per vak naast elkaar leggen. Teamleiders leggen bij iedere docent twee lesbezoeken "
        "per jaar af met de kijkwijzer van de school. Leerlingen vullen twee keer per jaar een lesevaluatie in "
        "over elke docent, en ouders en leerlingen doen eens per twee jaar mee aan het tevredenheidsonderzoek "
        "van Scholen op de kaart. De directeur rapporteert elk kwartaal aan het College van Bestuur. In het "
        "jaarverslag staat welke doelen zijn gehaald en wat we daarvan leren voor het volgende jaar."),
    (SUB, "Begeleiding en ondersteuning"),
    (P, "De mentor is de spil van de begeleiding (zie hoofdstuk 3). Als een leerling meer nodig heeft, schakelt de "
        "mentor de zorgcoördinator in. Onze basisondersteuning bestaat onder andere uit lwoo-klassen van "
        "maximaal 18 leerlingen in leerjaar 1 en 2, een aanpak voor dyslexie en dyscalculie met faciliteiten "
        "bij toetsen, faalangstreductietraining, huiswerkbegeleiding na schooltijd en een training sociale "
        "vaardigheden. Voor leerlingen die tijdelijk niet in de klas kunnen functioneren, is er De Haven: een "
        "opvanglokaal met een vaste begeleider, waar leerlingen maximaal zes weken een deel van de dag werken."),
    (P, "Ons ondersteuningsteam (zorgcoördinator, orthopedagoog, schoolmaatschappelijk werker, jeugdarts en "
        "leerplichtambtenaar) komt elke twee weken bij elkaar. Wat wij niet kunnen bieden, is intensieve "
        "begeleiding bij ernstige psychiatrische problematiek en onderwijs aan leerlingen die langdurig "
        "één-op-één begeleiding nodig hebben. Zie het schoolondersteuningsprofiel voor de volledige beschrijving "
        "van onze mogelijkheden en grenzen."),
    (SUB, "Veiligheid en schoolklimaat"),
    (P, "Onze schoolregels zijn kort: we zijn op tijd, we zijn aardig voor elkaar, we blijven van elkaars spullen "
        "af en telefoons zijn tijdens de lessen uit en in de tas. Sinds het schooljaar 2022-2023 zijn telefoons "
        "in de onderbouw ook in de pauzes niet toegestaan. Elke afdeling heeft een coördinator leerlingzaken die "
        "bij incidenten optreedt. We hebben een anti-pestcoördinator en twee vertrouwenspersonen. De sociale "
        "veiligheid meten we jaarlijks met de monitor van Scholen op de kaart. In 2022 voelde 89 procent van de "
        "leerlingen zich veilig op school, en 11 procent gaf aan in het afgelopen jaar gepest te zijn. Dat laatste "
        "vinden we te hoog. Daarom besteden de mentoren in leerjaar 1 vanaf 2023-2024 in de eerste tien weken "
        "wekelijks een mentorles aan groepsvorming, en houden we in oktober een themaweek over online pesten."),
    (SUB, "Burgerschap en openbaar onderwijs"),
    (P, "Het Duinpoort College is een openbare school. Iedere leerling is welkom, ongeacht geloof, afkomst, "
        "seksuele oriëntatie of inkomen van de ouders. Wij kiezen niet voor één levensbeschouwing, maar geven ze "
        "allemaal een plek. In het vak mens en maatschappij komen in leerjaar 1 en 2 de grote wereldgodsdiensten "
        "en het humanisme aan bod, en leerlingen bezoeken in leerjaar 2 een kerk, een moskee en een synagoge of "
        "hindoetempel. Docenten houden hun eigen overtuiging buiten de les, maar gaan het gesprek over geloof en "
        "politiek niet uit de weg. Feesten als Kerst, het Suikerfeest en Keti Koti krijgen aandacht in de "
        "mentorlessen."),
    (P, "Burgerschap zit bij ons in het vak maatschappijleer, dat alle leerlingen in leerjaar 3 volgen, en in de "
        "mentorlessen. Leerlingen oefenen met debatteren, en elke klas kiest twee vertegenwoordigers voor de "
        "leerlingenraad, die zes keer per jaar met de schoolleiding overlegt. Bij landelijke en gemeentelijke "
        "verkiezingen doen onze bovenbouwleerlingen mee aan de Scholierenverkiezingen van ProDemos. In 2023-2024 "
        "leggen we de burgerschapsdoelen van alle leerjaren vast in één overzicht, zodat we zien waar gaten en "
        "overlappingen zitten."),
    (SUB, "Verder"),
    (P, "De concrete doelen voor dit venster staan in het overzicht in hoofdstuk 8 (doelen 1 tot en met 6). "
        "Daarnaast werken wij de komende jaren toe naar een toekomstgericht curriculum. Ook willen we ons "
        "onderwijs beter laten aansluiten bij de belevingswereld van jongeren; hoe we dat doen, werken we nog "
        "uit."),

    (KOP, "5. Venster 2: Personeel in positie"),
    (P, "Goed onderwijs staat of valt met goede docenten. Op het Duinpoort College werken 71 medewerkers: 52 "
        "docenten, 6 instructeurs en onderwijsassistenten en 13 medewerkers in ondersteunende en leidinggevende "
        "functies. Het team is jong: de gemiddelde leeftijd is 38 jaar. Door de groei van de school werven we "
        "ieder jaar vier tot zes nieuwe collega's."),
    (SUB, "Bevoegdheid"),
    (P, "Zoals overal in Almere is het moeilijk om bevoegde docenten te vinden, vooral voor wiskunde, Nederlands "
        "en Duits. Op dit moment zijn negen docenten niet of niet volledig bevoegd voor het vak dat zij geven. "
        "Alle negen volgen een lerarenopleiding of een zij-instroomtraject. Zij krijgen een begeleider (een "
        "ervaren collega uit de eigen sectie), een uur per week gezamenlijke begeleidingstijd en een rooster met "
        "een vrije dag voor de opleiding. De schoolopleider volgt hun voortgang en bespreekt die drie keer per "
        "jaar met de directeur. Wie het traject niet binnen de afgesproken termijn afrondt, krijgt geen vaste "
        "aanstelling."),
    (SUB, "Professionalisering"),
    (P, "Iedere docent besteedt jaarlijks minimaal 40 uur aan professionalisering. Een deel daarvan vullen we "
        "schoolbreed in: in 2023-2024 en 2024-2025 staan de studiedagen in het teken van klassenmanagement en "
        "activerende didactiek, met trainers van buiten en met eigen collega's. De rest kiest iedere docent zelf, "
        "bijvoorbeeld uit het aanbod van de ASG Academie of een vakdidactische cursus. Wat iemand heeft gedaan, "
        "komt in het gesprek met de teamleider aan de orde."),
    (SUB, "De gesprekscyclus"),
    (P, "Iedere medewerker heeft elk jaar een ontwikkelgesprek met zijn of haar teamleider, voorafgegaan door twee "
        "lesbezoeken (zie hoofdstuk 4). In het gesprek komen de leerlingevaluaties, de eigen ontwikkeldoelen en "
        "de professionalisering aan bod. Eens in de drie jaar is er een beoordelingsgesprek. In 2022-2023 is bij "
        "85 procent van de medewerkers de cyclus volledig doorlopen."),
    (SUB, "Welbevinden"),
    (P, "Wij hebben aandacht voor het welbevinden van onze medewerkers in elke levensfase. Wij willen vitale "
        "medewerkers die met plezier naar hun werk gaan. Ook willen we dat collega's zich betrokken voelen bij en "
        "trots zijn op de school en op ASG."),

    (KOP, "6. Venster 3: De meerwaarde van ASG"),
    (P, "Het Duinpoort College is een van de scholen voor voortgezet onderwijs van ASG. Dat levert ons meer op dan "
        "een gezamenlijke administratie."),
    (SUB, "Samenwerking tussen secties"),
    (P, "De secties Nederlands en wiskunde werken samen met de secties van twee andere vmbo-scholen van ASG. Ze "
        "komen drie keer per jaar bij elkaar om schoolexamens te vergelijken en elkaars examenresultaten te "
        "analyseren. Sinds 2022 maken de drie scholen voor Nederlands in leerjaar 4 een gezamenlijk schoolexamen "
        "leesvaardigheid. Ook de examensecretarissen van de ASG-scholen overleggen vier keer per jaar over "
        "regelgeving en de PTA's. In de planperiode breiden we deze samenwerking uit naar Engels (doel 9)."),
    (SUB, "Doorlopende leerroutes"),
    (P, "Veel van onze leerlingen komen van basisscholen van ASG in Almere Poort. Met vier van die scholen hebben "
        "we een warme overdracht: de mentor van leerjaar 1 spreekt in juni met de leerkracht van groep 8 over "
        "iedere leerling die naar ons toe komt. Voor mavoleerlingen die door willen naar de havo hebben we "
        "afspraken met een havo-school van ASG in Almere Stad: leerlingen volgen in mavo 4 een schakelprogramma "
        "met extra wiskunde en Engels en lopen een dag mee op de havo. In 2022 stapten 17 leerlingen over naar "
        "havo 4. Zo kan een leerling binnen ASG een passende schoolloopbaan doorlopen."),
    (SUB, "Verder"),
    (P, "Wij delen de opbrengst van leren en ontwikkelen met andere ASG-scholen tijdens conferenties en ASG-brede "
        "studiedagen. Voor vragen over personeelszaken, financiën en ICT maken wij gebruik van het "
        "servicebureau."),

    (KOP, "7. Venster 4: Partnerschap"),
    (SUB, "Ouders"),
    (P, "Ouders zijn belangrijk voor het schoolsucces van hun kind, ook op het vmbo, waar jongeren steeds "
        "zelfstandiger worden. Twee keer per jaar, in november en april, houden we driehoeksgesprekken: de "
        "leerling vertelt zijn mentor en ouders hoe het gaat en welke doelen hij zich stelt. In 2022-2023 was bij "
        "78 procent van de gesprekken een ouder aanwezig. In september is er voor elk leerjaar een ouderavond, en "
        "in leerjaar 2 en 3 een voorlichtingsavond over de keuze van profiel of vakkenpakket. Het ouderpanel, met "
        "twaalf ouders uit alle leerjaren, praat vier keer per jaar met de directeur over wat ouders van de school "
        "merken."),
    (SUB, "Medezeggenschap"),
    (P, "De medezeggenschapsraad bestaat uit vier personeelsleden, twee ouders en twee leerlingen en heeft de "
        "bevoegdheden uit de Wet medezeggenschap op scholen. De schoolleiding informeert de MR over belangrijke "
        "ontwikkelingen. Het jaarverslag van de MR staat op de website."),
    (SUB, "Partners in Poort en in de stad"),
    (P, "Onze leerlingen lopen stage in de wijk. BB- en KB-leerlingen lopen in leerjaar 3 en 4 twee keer een "
        "beroepspraktijkvorming van twee weken, bijvoorbeeld in het winkelcentrum, in de zorginstellingen en de "
        "kinderopvang van Poort of bij bedrijven op het bedrijventerrein. Mavoleerlingen lopen in leerjaar 3 een "
        "snuffelstage van een week. We werken daarvoor samen met 62 leerbedrijven. Met het mbo in Almere hebben "
        "we doorlopende leerroutes voor Zorg en Welzijn en voor Economie en Ondernemen: leerlingen volgen in "
        "leerjaar 4 al enkele lessen op het mbo."),
    (P, "In het ondersteuningsteam werken we samen met de jeugdarts van de GGD, de leerplichtambtenaar en het "
        "schoolmaatschappelijk werk. De wijkagent van Poort houdt één ochtend per week spreekuur in de school, en "
        "met het jongerenwerk organiseren we na schooltijd activiteiten in de sporthal."),
    (SUB, "Opleiden in de school"),
    (P, "Het tekort aan docenten lossen we niet alleen op. Samen met de andere VO-besturen in Almere en de "
        "lerarenopleidingen vormen we een opleidingsschool. Wij bieden elk jaar minimaal tien stageplaatsen aan "
        "studenten van de lerarenopleiding, en onze schoolopleider begeleidt ook zij-instromers van andere "
        "besturen in de intervisiegroepen van de opleidingsschool. Zij is lid van de stuurgroep."),

    (KOP, "8. Onze doelen 2023-2027"),
    (P, "In dit overzicht staan de doelen die we in de planperiode willen halen. Per doel staat het venster van "
        "Koers 22 waar het bij hoort. De afdelingen nemen de doelen op in hun jaarlijkse afdelingsplan; in het "
        "jaarverslag rapporteren we over de voortgang."),
    (TAB, (["Nr", "Doel", "Venster", "Meetbaar resultaat", "Wanneer", "Eigenaar"], DOELEN,
           [0.8, 3.6, 1.4, 5.6, 2.0, 2.6])),

    (KOP, "9. Ondertekening"),
    (P, "Dit schoolplan is opgesteld door de schoolleiding van het Duinpoort College. De medezeggenschapsraad is "
        "geïnformeerd over dit plan in de vergadering van 20 juni 2023. Het College van Bestuur van de "
        "Almeerse Scholen Groep heeft het schoolplan vastgesteld op 4 juli 2023."),
    (P, "Ruud Brinkman, directeur Duinpoort College\n\nhandtekening: ______________________"),
    (P, "Namens het College van Bestuur van de Almeerse Scholen Groep\n\nhandtekening: ______________________"),
]


def _voorblad(doc) -> None:  # type: ignore[no-untyped-def]
    for tekst, grootte, vet in [
        ("Duinpoort College", 28, True),
        ("openbare school voor vmbo en mavo", 14, False),
        ("Schoolplan 2023-2027", 20, True),
        ("Almere Poort, juni 2023", 12, False),
        ("onderdeel van de Almeerse Scholen Groep", 11, False),
    ]:
        par = doc.add_paragraph()
        run = par.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _regels(par, tekst, vet=False, grootte=None) -> None:  # type: ignore[no-untyped-def]
    """Tekst met harde regeleinden (Shift+Enter), zoals in Word getypt."""
    for i, regel in enumerate(tekst.split("\n")):
        run = par.add_run(regel)
        run.bold = vet
        if grootte:
            run.font.size = Pt(grootte)
        if i < len(tekst.split("\n")) - 1:
            run.add_break()


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    kern = doc.core_properties
    kern.author = "R. Brinkman"
    kern.last_modified_by = "S. Ouali"
    kern.title = "Schoolplan Duinpoort College 2023-2027"
    kern.created = MOMENT
    kern.modified = MOMENT
    kern.revision = 7
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    _voorblad(doc)
    for soort, inhoud in INHOUD:
        if soort == KOP:
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(12)
            _regels(par, inhoud, vet=True, grootte=14)
        elif soort == SUB:
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(6)
            _regels(par, inhoud, vet=True)
        elif soort == P:
            _regels(doc.add_paragraph(), inhoud)
        elif soort == UL:
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == TAB:
            kop, rijen, breedtes = inhoud
            tabel(doc, kop, rijen, breedtes)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_68_duinpoort_college.docx")
