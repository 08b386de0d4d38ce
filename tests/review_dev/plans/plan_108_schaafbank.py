"""Schoolplan 2025-2029 van Vmbo De Schaafbank, school voor vmbo basis en kader met leerwegondersteunend
onderwijs (LWOO) in Almere Buiten, onderdeel van de Almeerse Scholen Groep. Planperiode: 1 augustus 2025
tot en met 31 juli 2029."""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VAST_MOMENT = datetime.datetime(2025, 7, 4, 9, 30, 0)


# ---------------------------------------------------------------- hulpjes

def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


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


def _vet(doc, tekst, grootte=11, voor=6):
    """Kopje als vetgedrukte alinea in de stijl Normal (zo doet onze school het al jaren)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(voor)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)
    return p


def _hoofdstuk(doc, tekst):
    return _vet(doc, tekst, grootte=14, voor=18)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def _tabel(doc, koppen, rijen):
    tabel = doc.add_table(rows=1, cols=len(koppen))
    tabel.style = "Table Grid"
    for cel, kop in zip(tabel.rows[0].cells, koppen):
        cel.text = ""
        cel.paragraphs[0].add_run(kop).bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    kopregel = OxmlElement("w:tblHeader")
    kopregel.set(qn("w:val"), "true")
    trpr.append(kopregel)
    for rij in rijen:
        for cel, waarde in zip(tabel.add_row().cells, rij):
            cel.text = waarde
    doc.add_paragraph()
    return tabel


# ---------------------------------------------------------------- inhoud

def _titelpagina(doc):
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Vmbo De Schaafbank")
    r.bold = True
    r.font.size = Pt(28)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Vakmanschap met je handen en je hoofd").italic = True
    for _ in range(6):
        doc.add_paragraph()
    for regel in ("vmbo basisberoepsgerichte en kaderberoepsgerichte leerweg, met leerwegondersteunend onderwijs",
                  "Klokkenbekerweg 3, Almere Buiten  -  BRIN 30GN  -  Almeerse Scholen Groep",
                  "versie 1.2, juni 2025"):
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    _hoofdstuk(doc, "1. Voorwoord")
    _p(doc, "Dit is het schoolplan van De Schaafbank voor de periode 1 augustus 2025 tot en met 31 juli 2029. Het "
            "vervangt het schoolplan 2021-2025. In dat plan stonden vier grote doelen. Twee daarvan hebben wij "
            "gehaald: de nieuwe werkplaats voor Bouwen, Wonen en Interieur is in gebruik en het slagingspercentage "
            "ligt al drie jaar boven de 95 procent. Twee doelen hebben wij niet gehaald: het aantal onbevoegde "
            "docenten is niet gedaald, en de samenwerking met ouders is niet sterker geworden. Die twee onderwerpen "
            "komen in dit plan dus terug, scherper dan de vorige keer.")
    _p(doc, "Het plan is geschreven door de schoolleiding met een schrijfgroep van vijf docenten, een instructeur "
            "en de zorgcoördinator. De leerlingenraad heeft in februari 2025 een middag met ons meegepraat over "
            "wat er beter moet; hun drie belangrijkste punten (minder tussenuren, meer echte opdrachten, een "
            "betere kantine) hebben wij meegenomen. Waar een onderwerp al uitgebreid in een ander document staat, "
            "verwijzen wij daarnaar.")
    _p(doc, "Ingrid Tamminga, directeur")


def _wie_wij_zijn(doc):
    _hoofdstuk(doc, "2. Wie wij zijn")
    _vet(doc, "Onze school")
    _p(doc, "De Schaafbank is een school voor vmbo basis en kader in Almere Buiten. Wij zijn een openbare school. "
            "Ongeveer vier op de tien leerlingen heeft een aanwijzing voor leerwegondersteunend onderwijs (LWOO). "
            "In de onderbouw volgen leerlingen een breed praktisch programma; in de bovenbouw kiezen zij een van "
            "onze vier profielen: Bouwen, Wonen en Interieur (BWI), Produceren, Installeren en Energie (PIE), Horeca, "
            "Bakkerij en Recreatie (HBR) en Zorg en Welzijn (Z&W). Veel van onze leerlingen stromen door naar het "
            "mbo, de meesten naar MBO College Almere en ROC van Flevoland.")
    _vet(doc, "Missie en visie")
    _p(doc, "Onze leerlingen leren het best door te doen. Daarom draait bij ons alles om vakmanschap: met je handen "
            "en met je hoofd. Een leerling die bij ons van school gaat, kan iets wat hij of zij eerst niet kon, weet "
            "welke opleiding daarna past en durft zich te laten zien.")
    _p(doc, "Bij ons is iedere leerling waardevol en wordt iedere leerling gezien. Wij leggen de lat hoog en hebben "
            "hoge verwachtingen van onze leerlingen en van elkaar. Wij geven gericht inhoud aan ons onderwijs langs "
            "de drie horizonten van de innovatiestrategie van ASG: continue veranderingen, fundamentele veranderingen "
            "en radicale veranderingen. In onze communicatie zijn wij transparant en toegankelijk. Onze medewerkers "
            "voelen zich betrokken bij en trots op de school.")


def _speerpunten(doc):
    _hoofdstuk(doc, "3. Speerpunten 2025-2029")
    _p(doc, "Uit de evaluatie van het vorige schoolplan, de gesprekken met leerlingen en team en de gegevens in "
            "hoofdstuk 10 komen acht speerpunten. In de volgende hoofdstukken lichten wij ze toe. Elk jaar maken "
            "wij per speerpunt een uitwerking in het jaarplan.")
    _lijst(doc, [
        "Maakweken: vanaf schooljaar 2025-2026 werken alle klassen van leerjaar 1 en 2 vier keer per jaar een week "
        "lang aan een vakoverstijgende opdracht in de Maakhal; in 2026-2027 komt er per Maakweek een echte "
        "opdrachtgever uit Almere bij.",
        "Bevoegd voor de klas: het aantal onbevoegde docenten daalt van negen (oktober 2024) naar vijf in 2027 en "
        "nul in juli 2029.",
        "Ondersteuning dichtbij: in 2025-2026 krijgt iedere leerling met LWOO een leerlingprofiel dat de mentor "
        "twee keer per jaar met leerling en ouders bespreekt; vanaf 2026 werkt het Steunpunt de hele dag.",
        "Ouders aan tafel: vanaf 2025-2026 voeren wij in alle leerjaren driehoeksgesprekken; in 2027 is bij "
        "minimaal 85 procent van de leerlingen ten minste één ouder aanwezig (nu 58 procent).",
        "Energie voor de toekomst: in 2026-2027 vernieuwen wij het profiel PIE met een keuzevak Duurzame "
        "installatietechniek (warmtepompen, zonnepanelen), ontwikkeld met twee installatiebedrijven.",
        "Buurtstage: vanaf 2026-2027 doen alle leerlingen van leerjaar 3 een buurtstage van twintig uur bij een "
        "organisatie in Almere Buiten.",
        "Examens op orde: het slagingspercentage blijft elk jaar minimaal 95 procent in de basisberoepsgerichte en "
        "minimaal 93 procent in de kaderberoepsgerichte leerweg; het verschil SE-CE blijft binnen de norm.",
        "Veilig op school: in 2027 voelt minimaal 90 procent van de leerlingen zich veilig (nu 84 procent), "
        "gemeten met de jaarlijkse leerlingenquête.",
    ], stijl="List Number")


def _onderwijs(doc):
    _hoofdstuk(doc, "4. Ons onderwijs")
    _vet(doc, "Onderbouw: leerjaar 1 en 2")
    _p(doc, "In leerjaar 1 en 2 zitten leerlingen van basis en kader samen in klassen van maximaal twintig "
            "leerlingen. Naast de algemene vakken (Nederlands, Engels, wiskunde, mens en maatschappij, mens en "
            "natuur, lichamelijke opvoeding) krijgen alle leerlingen acht uur per week praktijk: techniek, koken, "
            "verzorging en beeldend. Zo maken alle leerlingen kennis met de vier profielen voordat zij in leerjaar 2 "
            "kiezen. Aan het eind van leerjaar 2 besluiten wij samen met leerling en ouders of een leerling in de "
            "basis- of kaderberoepsgerichte leerweg verder gaat.")
    _p(doc, "Nieuw in deze planperiode zijn de Maakweken (speerpunt 1). In een Maakweek vervallen de gewone "
            "lessen. Leerlingen werken in groepjes van vier aan één opdracht, bijvoorbeeld het ontwerpen en "
            "bouwen van een insectenhotel voor het park achter de school, of het bedenken, koken en verkopen van een "
            "lunch voor het personeel. Nederlands, wiskunde en praktijk komen in de opdracht samen: leerlingen "
            "rekenen materiaal uit, schrijven een werkplan en presenteren het eindproduct. Wij hebben in 2024-2025 "
            "twee proef-Maakweken gedraaid. Leerlingen waren enthousiast; het verzuim in die weken was de helft van "
            "een gewone week. Docenten vonden de voorbereiding zwaar, daarom is er vanaf 2025-2026 per Maakweek een "
            "vast ontwikkelteam van drie docenten met taakuren.")
    _vet(doc, "Bovenbouw: profielen en examens")
    _p(doc, "In leerjaar 3 en 4 volgen leerlingen het profielvak en twee keuzevakken. Het examenprogramma bestaat "
            "uit het schoolexamen (SE) en het centraal examen (CE). Het programma van toetsing en afsluiting (PTA) "
            "wordt elk jaar vóór 1 oktober vastgesteld en aan leerlingen en ouders gegeven. De examencommissie "
            "bewaakt de kwaliteit van de schoolexamens; in 2024 heeft zij alle PTA's van de profielvakken opnieuw "
            "doorgelicht.")
    _p(doc, "Wij vinden het belangrijk dat leerlingen werken aan opdrachten die ergens over gaan. In BWI bouwen "
            "leerlingen van leerjaar 4 elk jaar een tiny house dat aan het eind van het jaar wordt verkocht; in "
            "Z&W lopen leerlingen al vanaf leerjaar 3 een dag per week mee in zorgcentrum De Buitenhof naast de "
            "school. HBR draait twee dagen per week het leerrestaurant (zie hoofdstuk 10).")
    _p(doc, "Het profiel PIE vernieuwen wij in 2026-2027 (speerpunt 5). De energietransitie verandert het werk "
            "van installateurs snel, en leerlingen die nu bij ons beginnen, gaan over zes jaar aan het werk met "
            "warmtepompen, thuisbatterijen en slimme meters. Het nieuwe keuzevak wordt ontwikkeld door twee "
            "docenten PIE met Installatiebedrijf Van Rossum en Klimaattechniek Flevoland, die ook materialen "
            "leveren en gastlessen geven.")
    _vet(doc, "Taal, rekenen en digitale vaardigheden")
    _p(doc, "Veel leerlingen komen binnen met een achterstand in lezen. Alle eerstejaars maken in september de "
            "Diataal-toets; leerlingen die onder niveau 1F lezen, krijgen twee keer per week een leesinterventie in "
            "kleine groepjes. Rekenen is verweven met wiskunde en de praktijkvakken. Digitale vaardigheden krijgen "
            "vorm in het vak Informatiekunde in leerjaar 1 en in de profielen: leerlingen BWI werken met "
            "tekenprogramma's, leerlingen PIE programmeren de CNC-freesmachine.")
    _vet(doc, "Loopbaanoriëntatie")
    _p(doc, "Iedere leerling heeft een loopbaandossier. In leerjaar 2 bezoeken leerlingen de open dagen van twee "
            "mbo-opleidingen, in leerjaar 3 lopen ze twee weken stage en in leerjaar 4 doen ze een meeloopdag op het "
            "mbo. De decaan Robin Verschoor begeleidt de overstap samen met de mentoren.")
    _vet(doc, "Burgerschap")
    _p(doc, "Onze leerlingen gaan na het vmbo snel het werk en de samenleving in. Burgerschap verbinden wij daarom "
            "met wat zij als werknemer, buurtbewoner en kiezer nodig hebben. De leerlijn burgerschap is in 2023 "
            "vastgesteld en bestaat uit drie onderdelen:")
    _lijst(doc, [
        "In de mentorlessen van leerjaar 1 en 2: omgaan met verschillen, afspraken maken in de klas, online gedrag en "
        "het verschil tussen een mening en een feit.",
        "In mens en maatschappij: hoe werkt de democratie, met een bezoek aan de gemeenteraad van Almere in leerjaar 2 "
        "en schoolverkiezingen voor de leerlingenraad, die wij elk jaar in oktober organiseren als echte "
        "verkiezingen met kandidaten, campagne en stembus.",
        "In de buurtstage (speerpunt 6): leerlingen van leerjaar 3 helpen twintig uur bij een organisatie in de wijk, "
        "zoals het buurthuis, de voedselbank of de scouting, en schrijven daarover een reflectie.",
    ])
    _p(doc, "Wij evalueren de leerlijn in 2027 met een vragenlijst onder leerlingen van leerjaar 2 en 4 en met de "
            "organisaties van de buurtstage.")


def _ondersteuning(doc):
    _hoofdstuk(doc, "5. Ondersteuning en LWOO")
    _p(doc, "Hoe wij leerlingen ondersteunen, staat uitgebreid in ons schoolondersteuningsprofiel (SOP, "
            "vastgesteld in 2024, te vinden op de website). Hier vatten wij samen wat er verandert.")
    _vet(doc, "Vanaf de basisschool")
    _p(doc, "Van iedere nieuwe leerling krijgen wij het onderwijskundig rapport van de basisschool en, waar "
            "beschikbaar, de uitslag van de NIO-test. De zorgcoördinator Desiree Lont voert met de basisschool een "
            "warme overdracht voor alle leerlingen met een ondersteuningsvraag. In de eerste zes weken maken alle "
            "eerstejaars de Diataal-toets en een vragenlijst over welbevinden; in de leerlingbespreking van "
            "oktober bespreekt het mentorenteam per leerling wat hij of zij nodig heeft.")
    _vet(doc, "Wat wij bieden")
    _lijst(doc, [
        "Kleine klassen in de onderbouw (maximaal twintig leerlingen) en vaste mentoren die in leerjaar 1 en 2 ook "
        "een vak geven aan hun mentorklas.",
        "Leesinterventie en rekenondersteuning in kleine groepjes.",
        "Het Steunpunt: een rustige ruimte met een begeleider waar leerlingen terechtkunnen voor huiswerkbegeleiding, "
        "een time-out of een gesprek. Nu is het Steunpunt 's ochtends open; vanaf 2026 de hele dag.",
        "Faalangstreductietraining en sociale vaardigheidstraining, twee keer per jaar.",
        "Een ontwikkelingsperspectief voor leerlingen die extra ondersteuning via het samenwerkingsverband krijgen.",
    ])
    _p(doc, "Onze grenzen liggen bij leerlingen die structureel één-op-één begeleiding nodig hebben of bij wie "
            "de veiligheid van anderen in het geding is. Voor hen zoeken wij met ouders en het Samenwerkingsverband "
            "VO Almere een plek op een van de andere voorzieningen in de stad, zoals het Rebound-traject, het "
            "praktijkonderwijs of het voortgezet speciaal onderwijs. In 2023-2024 gebeurde dat voor zeven "
            "leerlingen; vier van hen kwamen na een Rebound-traject bij ons terug.")
    _vet(doc, "Leerlingprofielen (speerpunt 3)")
    _p(doc, "De LWOO-middelen gebruiken wij nu vooral voor kleine klassen. Wat ontbreekt, is een goed overzicht per "
            "leerling. In 2025-2026 krijgt iedere leerling met LWOO een leerlingprofiel van één pagina: wat gaat goed, "
            "wat is lastig, wat werkt bij deze leerling. De mentor bespreekt het profiel twee keer per jaar met "
            "leerling en ouders, en alle docenten kunnen het in Magister lezen.")


def _veiligheid(doc):
    _hoofdstuk(doc, "6. Veiligheid en schoolklimaat")
    _p(doc, "In de leerlingenquête van 2024 gaf 84 procent van de leerlingen aan zich veilig te voelen op school. "
            "Dat is minder dan in 2022 (88 procent). Leerlingen noemen vooral de aula tijdens de pauzes en het "
            "fietsenhok na schooltijd als plekken waar zij zich niet prettig voelen, en 14 procent zegt online "
            "gepest te zijn door een medeleerling. Dit heeft voor ons voorrang (speerpunt 8).")
    _vet(doc, "Wat wij doen")
    _lijst(doc, [
        "De omgangscode 'Respect is de norm' hangt in elk lokaal. In de eerste schoolweek bespreekt elke mentor de "
        "code en maakt de klas eigen klassenafspraken.",
        "Na een conflict of een incident voeren wij een herstelgesprek tussen de betrokken leerlingen, geleid door "
        "een teamleider of de mentor. Een schorsing is bij ons het laatste middel.",
        "Vanaf 2025-2026 staan er in elke pauze twee docenten in de aula en één bij het fietsenhok; de roosters "
        "maakt de conciërge.",
        "In leerjaar 1 en 2 krijgen alle leerlingen vier mentorlessen over online gedrag, samen met de wijkagent.",
        "De anti-pestcoördinator Yvonne Bakker is het aanspreekpunt voor leerlingen en ouders; zij registreert alle "
        "meldingen en bespreekt ze elke maand met de teamleiders.",
    ])
    _p(doc, "Het veiligheidsplan, het pestprotocol en de meldcode liggen vast in aparte documenten en worden elke "
            "twee jaar herzien, voor het laatst in 2024. De veiligheidsbeleving meten wij jaarlijks in februari.")


def _personeel(doc):
    _hoofdstuk(doc, "7. Personeel")
    _p(doc, "Op De Schaafbank werken 71 mensen (58,2 fte): 46 docenten, 7 instructeurs, 4 onderwijsassistenten en 14 "
            "medewerkers in ondersteunende functies en de schoolleiding. Ons personeelsbeleid sluit aan bij het "
            "strategisch HR-beleid van ASG; hieronder staat wat wij als school zelf doen.")
    _vet(doc, "Bevoegdheid (speerpunt 2)")
    _p(doc, "In oktober 2024 stonden er negen docenten voor de klas zonder bevoegdheid voor hun vak, vooral in de "
            "profielvakken PIE en BWI en bij wiskunde. De meesten zijn vakmensen uit het bedrijfsleven die via "
            "zij-instroom het onderwijs in kwamen. Wij ondersteunen hen zo:")
    _lijst(doc, [
        "Iedere onbevoegde docent heeft bij indiensttreding een opleidingsplan met een einddatum, dat de "
        "teamleider elk halfjaar bespreekt.",
        "De school betaalt de opleiding en geeft een dag per week studieverlof met behoud van salaris.",
        "Iedere zij-instromer krijgt een werkplekbegeleider uit de eigen sectie (twee uur per week) en volgt het "
        "inductieprogramma van de Opleidingsschool Flevoland.",
        "Bij werving geven wij voorrang aan bevoegde kandidaten; wie onbevoegd start, begint in een kleinere "
        "aanstelling zodat studeren haalbaar blijft.",
    ])
    _p(doc, "Wij leiden ook zelf op: jaarlijks lopen tien tot twaalf studenten van de lerarenopleidingen stage "
            "bij ons. De Opleidingsschool Flevoland is een samenwerking van ASG met andere schoolbesturen in "
            "Almere en Lelystad en met Windesheim Flevoland, om samen meer leraren op te leiden voor de regio. Onze "
            "schoolopleider Mireille Jansen zit in de stuurgroep.")
    _vet(doc, "Professionalisering")
    _p(doc, "Het hele team volgt in 2025-2027 de scholing 'Lesgeven aan de LWOO-leerling' van de ASG Academie, "
            "met vijf bijeenkomsten per jaar op de studiemiddagen. Daarnaast kiezen medewerkers individuele "
            "scholing; in 2024 volgde 61 procent van de medewerkers minstens één cursus of opleiding. Onze "
            "HBR-docent Gerrit Polman verzorgt sinds 2024 voor de ASG Academie de cursus 'Praktijkgericht "
            "lesgeven', die ook door docenten van andere ASG-scholen wordt gevolgd; in 2026 gaat ook een docent "
            "BWI daar een module geven.")
    _p(doc, "De techniekdocenten van De Schaafbank en de andere vmbo-scholen van ASG vormen samen het ASG-netwerk "
            "Techniek. Dit netwerk komt vier keer per jaar bij elkaar, wisselt opdrachten en toetsen uit en maakte in "
            "2024 een gezamenlijke praktijkopdracht voor het CSPE PIE. Ook de examensecretarissen van de "
            "ASG-vo-scholen overleggen elk kwartaal.")
    _vet(doc, "Gesprekscyclus")
    _p(doc, "Iedere medewerker heeft jaarlijks een ontwikkelgesprek met de eigen teamleider, gebaseerd op een "
            "lesbezoek en op leerlingfeedback uit de leerlingenquête. Eens in de drie jaar volgt een "
            "beoordelingsgesprek. In 2024 is 87 procent van de gesprekken gevoerd; in 2026 moet dat 100 procent zijn. "
            "Werkdruk is een aandachtspunt dat wij in het jaarplan verder uitwerken.")


def _kwaliteitszorg(doc):
    _hoofdstuk(doc, "8. Kwaliteitszorg")
    _p(doc, "Wij werken met de cyclus plan, do, check, act. Het schoolplan geeft de richting voor vier jaar; het "
            "jaarplan zet de speerpunten om in acties per jaar; in het jaarverslag verantwoorden wij ons over wat er "
            "bereikt is. Elke sectie maakt een sectieplan met eigen doelen die passen bij de speerpunten.")
    _vet(doc, "Hoe wij meten")
    _tabel(doc, ["Wat", "Instrument", "Wanneer", "Wie bespreekt het"], [
        ["Examenresultaten en SE-CE-verschil", "analyse examenresultaten per vak", "augustus", "secties, schoolleiding"],
        ["Onderwijspositie en doorstroom", "gegevens Inspectie, eigen overzichten", "oktober", "schoolleiding, MR"],
        ["Kwaliteit van de lessen", "lesbezoeken met kijkwijzer, 2 per docent per jaar", "hele jaar", "teamleiders"],
        ["Tevredenheid leerlingen", "leerlingenquête (ook veiligheid)", "februari", "team, leerlingenraad"],
        ["Tevredenheid ouders", "oudervragenlijst", "om het jaar, maart", "team, MR"],
        ["Voortgang speerpunten", "kwartaalrapportage ASG", "elk kwartaal", "schoolleiding, bestuur"],
    ])
    _vet(doc, "Waar wij staan")
    _p(doc, "De Inspectie heeft de basiskwaliteit van De Schaafbank in 2022 als voldoende beoordeeld. De "
            "onderwijsresultaten liggen boven de norm voor alle vier indicatoren: onderwijspositie ten opzichte van "
            "het advies, bovenbouwsucces, onderbouwsnelheid en examencijfers. Het slagingspercentage was in 2024 "
            "97,1 procent in de basisberoepsgerichte leerweg en 94,4 procent in de kaderberoepsgerichte leerweg. Als "
            "verbeterpunt noemde de Inspectie de kwaliteit van de schoolexamens bij twee keuzevakken; die PTA's zijn "
            "inmiddels herzien.")
    _p(doc, "Eerlijk is ook: wij zijn goed in meten, maar minder goed in het samen leren van de uitkomsten. "
            "Uitkomsten van lesbezoeken blijven nu vaak tussen docent en teamleider. Wij willen een lerende school "
            "zijn.")


def _samenwerking(doc):
    _hoofdstuk(doc, "9. Ouders, leerlingen en partners")
    _vet(doc, "Ouders")
    _p(doc, "Veel ouders van onze leerlingen komen weinig op school. Dat ligt niet aan gebrek aan interesse: "
            "ouders werken vaak in ploegendienst of hebben slechte ervaringen met school. Wij willen ouders daarom "
            "anders betrekken (speerpunt 4). Vanaf 2025-2026 vervangen driehoeksgesprekken de "
            "tienminutengesprekken: de leerling vertelt zelf aan ouders en mentor hoe het gaat, wat het doel is voor de "
            "komende periode en wat hij of zij daarvoor van thuis nodig heeft. Gesprekken kunnen ook 's avonds of "
            "via video. In de eerste zes weken van leerjaar 1 belt iedere mentor alle ouders van de klas. Bij de "
            "presentatie van de Maakweken en de tiny house-oplevering nodigen wij ouders uit om te komen kijken.")
    _p(doc, "Voor de praktische informatie aan ouders (Magister, nieuwsbrieven, vakanties) verwijzen wij naar de "
            "schoolgids.")
    _vet(doc, "Medezeggenschap en leerlingenraad")
    _p(doc, "De MR is voor ons een klankbord voor ideeën en een sparringpartner bij voorgenomen beleid. De MR "
            "bestaat uit vier personeelsleden, twee ouders en twee leerlingen en vergadert zes keer per jaar. Wij "
            "leggen grote plannen in een vroeg stadium voor: de MR heeft in 2024 meegedacht over het nieuwe "
            "pauzerooster en over de Maakweken, en heeft voorgesteld om de driehoeksgesprekken ook 's avonds aan te "
            "bieden. De leerlingenraad (twaalf leerlingen, gekozen in de schoolverkiezingen) spreekt elke maand met "
            "de directeur en kiest de twee leerlingleden van de MR.")
    _vet(doc, "Partners in Almere")
    _p(doc, "Zonder het bedrijfsleven kan een beroepsgerichte school niet bestaan. Wij werken structureel samen "
            "met de partners hieronder.")
    _tabel(doc, ["Partner", "Samenwerking"], [
        ["MBO College Almere en ROC van Flevoland", "doorlopende leerlijnen BWI en Z&W, meeloopdagen, warme overdracht"],
        ["Installatiebedrijf Van Rossum, Klimaattechniek Flevoland", "ontwikkeling keuzevak duurzame installatietechniek, gastlessen"],
        ["Zorgcentrum De Buitenhof", "wekelijkse praktijkdag Z&W vanaf leerjaar 3"],
        ["Bouwbedrijf Hogeweg", "stageplaatsen BWI, materiaal voor het tiny house"],
        ["Buurthuis De Stroming, voedselbank Almere, scouting", "plekken voor de buurtstage"],
        ["Wijkteam Buiten en wijkagent", "signalering, voorlichting online gedrag"],
        ["Samenwerkingsverband VO Almere", "extra ondersteuning, Rebound, verwijzing"],
    ])
    _p(doc, "In het voorjaar van 2025 hebben wij met zes van deze partners een bedrijvenraad opgericht die twee keer "
            "per jaar met de schoolleiding meedenkt over het beroepsgerichte programma. Met de basisscholen in "
            "Almere Buiten organiseren wij in groep 8 'techniekmiddagen' in onze werkplaatsen.")
    _vet(doc, "Binnen ASG")
    _p(doc, "ASG heeft in Almere een breed aanbod van vmbo tot gymnasium. Onze plaats daarin is duidelijk: wij zijn "
            "de ASG-school voor basis en kader met LWOO. Leerlingen die na leerjaar 2 meer aankunnen, kunnen "
            "overstappen naar de gemengde of theoretische leerweg op een andere ASG-school; de decanen van beide "
            "scholen begeleiden die overstap samen. Andersom kunnen leerlingen van een andere ASG-school voor wie de "
            "theoretische leerweg te zwaar blijkt, bij ons instromen in leerjaar 3. In 2023-2024 gebeurde dat in "
            "totaal voor negentien leerlingen.")


def _feiten(doc):
    _hoofdstuk(doc, "10. Feiten en cijfers")
    _vet(doc, "Gebouw")
    _p(doc, "De Schaafbank zit sinds 1996 in het gebouw aan de Klokkenbekerweg: een theorievleugel van twee "
            "verdiepingen en een praktijkvleugel met vier werkplaatsen, verbonden door een glazen loopbrug. In de "
            "zomer van 2024 zijn alle vensters in de praktijkvleugel vervangen door HR+++-glas, waardoor het in de "
            "werkplaatsen in de winter niet meer tocht. De werkplaatsen hebben nu glazen wanden naar de gang, zodat "
            "ze transparant zijn: wie langsloopt, ziet leerlingen aan het werk. Dat blijkt bij de open dag veel "
            "indruk te maken.")
    _p(doc, "Het leerrestaurant De Houtkrul is op dinsdag en donderdag gastvrij voor buurtbewoners en bedrijven: er "
            "zijn veertig couverts en een lunch kost 7,50 euro. Leerlingen van HBR doen alles zelf, van inkoop tot "
            "afrekenen. In 2024 kwamen er 2.150 gasten. Op de eerste verdieping ligt het open leerplein, waar "
            "leerlingen in tussenuren kunnen werken.")
    _p(doc, "De Maakhal, een voormalige fietsenstalling die in 2024 is verbouwd, wordt de thuisbasis van de "
            "Maakweken. Op het dak liggen sinds 2023 420 zonnepanelen; daarmee is ons gebouw een van de meest "
            "vooruitstrevende schoolgebouwen van Almere Buiten. Het onderhoud is op orde volgens het "
            "meerjarenonderhoudsplan; de verwarmingsinstallatie moet wel in 2027 worden vervangen.")
    _vet(doc, "Leerlingaantallen")
    _tabel(doc, ["Peildatum 1 oktober", "Totaal", "Leerjaar 1", "Met LWOO", "Basis (bovenbouw)", "Kader (bovenbouw)"], [
        ["2020", "498", "131", "39%", "104", "127"],
        ["2021", "512", "138", "40%", "101", "135"],
        ["2022", "527", "142", "41%", "108", "139"],
        ["2023", "541", "140", "42%", "112", "144"],
        ["2024", "546", "137", "43%", "115", "146"],
        ["2029 (prognose)", "circa 560", "circa 140", "circa 43%", "-", "-"],
    ])
    _p(doc, "Het aantal aanmeldingen is stabiel. Op de open dag van januari 2025 kwamen 412 bezoekers. De verdeling "
            "over de profielen in leerjaar 3 (2024): BWI 24 procent, PIE 19 procent, HBR 27 procent, Z&W 30 procent. "
            "Het aandeel meisjes in BWI en PIE is laag (7 procent); wij willen dat bij de techniekmiddagen voor "
            "groep 8 bewust aandacht geven. Ongeveer 70 procent van onze leerlingen woont in Almere Buiten, de rest "
            "in andere stadsdelen en in Lelystad.")
    _vet(doc, "Financiën")
    _p(doc, "De begroting 2025 is sluitend. Onze baten komen voor het grootste deel uit de rijksbijdrage; de "
            "middelen voor LWOO ontvangen wij via het samenwerkingsverband.")
    _tabel(doc, ["Begroting 2025", "Bedrag (x 1.000 euro)"], [
        ["Rijksbijdrage", "7.430"],
        ["Middelen LWOO via samenwerkingsverband", "1.180"],
        ["Overige baten (leerrestaurant, verhuur, subsidies)", "215"],
        ["Totaal baten", "8.825"],
        ["Personele lasten", "6.910"],
        ["Huisvesting", "690"],
        ["Materiële lasten en leermiddelen (incl. praktijkmateriaal)", "1.080"],
        ["Totaal lasten", "8.680"],
        ["Resultaat", "145"],
    ])
    _p(doc, "De meerwaarde van de zonnepanelen is in de begroting goed zichtbaar: de energiekosten daalden van "
            "186.000 euro in 2022 naar 121.000 euro in 2024. Het praktijkmateriaal is duur; de opbrengst van het "
            "tiny house (in 2024: 38.000 euro) is bijna dekkend voor het materiaal van BWI. Onze energiepartner levert "
            "sinds 2024 groene stroom tegen een vaste prijs. Voor de verbouwing van de Maakhal is 310.000 euro "
            "geïnvesteerd uit het investeringsbudget van ASG. De nieuwe CNC-freesmachine staat sinds maart 2025 in "
            "positie in de PIE-werkplaats.")


def _vaststelling(doc):
    _hoofdstuk(doc, "11. Vaststelling")
    _p(doc, "De medezeggenschapsraad van De Schaafbank heeft in de vergadering van 17 juni 2025 advies uitgebracht "
            "over dit schoolplan. Het advies was positief. De MR vraagt aandacht voor de werkdruk bij de "
            "voorbereiding van de Maakweken en voor de bereikbaarheid van de driehoeksgesprekken voor ouders die in "
            "ploegendienst werken. Beide punten zijn in dit plan verwerkt.")
    _p(doc, "Het schoolplan is na het advies van de MR ter vaststelling aangeboden aan het College van Bestuur van "
            "de Almeerse Scholen Groep.")
    _tabel(doc, ["Rol", "Naam", "Datum"], [
        ["Directeur", "Ingrid Tamminga", "20 juni 2025"],
        ["Voorzitter MR", "Kees Verhulst", "17 juni 2025 (advies)"],
        ["College van Bestuur ASG", "", "3 juli 2025"],
    ])


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "De Schaafbank - schoolplan 2025-2029 - "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _paginanummer(voet)

    _titelpagina(doc)
    _voorwoord(doc)
    _wie_wij_zijn(doc)
    _speerpunten(doc)
    _onderwijs(doc)
    _ondersteuning(doc)
    _veiligheid(doc)
    _personeel(doc)
    _kwaliteitszorg(doc)
    _samenwerking(doc)
    _feiten(doc)
    _vaststelling(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Vmbo De Schaafbank"
    cp.author = "Ingrid Tamminga"
    cp.last_modified_by = "Ingrid Tamminga"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.revision = 1
    cp.created = VAST_MOMENT
    cp.modified = VAST_MOMENT
    cp.last_printed = VAST_MOMENT
    doc.save(path)
