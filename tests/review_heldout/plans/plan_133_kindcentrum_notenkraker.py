# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Katholiek Kindcentrum De Notenkraker (Almere Nobelhorst).

Zelfstandig script: build(path) schrijft het Word-document met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GROEN = RGBColor(0x2E, 0x5E, 0x3A)


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    """Nederlandse proeftaal op documentniveau en in de basisstijlen."""
    styles_el = doc.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_def = defaults.find(qn("w:rPrDefault"))
        if rpr_def is not None:
            rpr = rpr_def.find(qn("w:rPr"))
            if rpr is not None:
                lang = rpr.find(qn("w:lang"))
                if lang is None:
                    lang = OxmlElement("w:lang")
                    rpr.append(lang)
                lang.set(qn("w:val"), "nl-NL")
                lang.set(qn("w:eastAsia"), "nl-NL")
                lang.set(qn("w:bidi"), "ar-SA")
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _veld(run, instructie):
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instructie
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)


def _veld_einde(run):
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("KKC De Notenkraker \u2013 schoolplan 2025-2029   |   pagina ")
    r.font.size = Pt(8)
    r2 = p.add_run()
    r2.font.size = Pt(8)
    _veld(r2, "PAGE")
    r3 = p.add_run("1")
    r3.font.size = Pt(8)
    r4 = p.add_run()
    _veld_einde(r4)


def _inhoudsopgave(doc):
    doc.add_paragraph("Inhoud", style="Subtitle")
    p = doc.add_paragraph()
    r = p.add_run()
    _veld(r, 'TOC \\o "1-2" \\h \\z \\u')
    p.add_run("Klik met de rechtermuisknop en kies \u2018Veld bijwerken\u2019 om de inhoudsopgave te tonen.")
    r_end = p.add_run()
    _veld_einde(r_end)


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, rijen, breedtes=None):
    t = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    t.style = "Light Grid Accent 3" if "Light Grid Accent 3" in [s.name for s in doc.styles] else "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(rijen):
        for j, tekst in enumerate(rij):
            cel = t.cell(i, j)
            cel.text = ""
            run = cel.paragraphs[0].add_run(tekst)
            run.font.size = Pt(9.5)
            if i == 0:
                run.bold = True
            if breedtes:
                cel.width = Cm(breedtes[j])
    _kop_herhalen(t.rows[0])
    doc.add_paragraph()
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _bewaar(doc, path):
    """Opslaan met vaste tijdstempels in het zip-archief, zodat het bestand reproduceerbaar is."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 3, 14, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


# ---------------------------------------------------------------- inhoud
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam in ("Heading 1", "Heading 2"):
        doc.styles[naam].font.color.rgb = GROEN

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    _paginanummer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 KKC De Notenkraker"
    cp.author = "M. Verschuren"
    cp.subject = "Schoolplan en kindcentrumplan"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 20, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 7, 3, 14, 30, 0)
    cp.last_modified_by = "M. Verschuren"
    cp.revision = 7

    # ---------------- voorblad
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph("Een huis om in te groeien", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = doc.add_paragraph("Schoolplan 2025 \u2013 2029", style="Subtitle")
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for regel in (
        "Katholiek Kindcentrum De Notenkraker",
        "kinderopvang \u00b7 peuterspeelzaal \u00b7 basisschool \u00b7 bso",
        "Almere Nobelhorst",
        "",
        "BRIN 29KN \u2013 onderdeel van de Almeerse Scholen Groep",
        "in samenwerking met Kinderopvang Hout & Horst",
        "",
        "Periode: 1 augustus 2025 tot en met 31 juli 2029",
    ):
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _inhoudsopgave(doc)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- voorwoord
    doc.add_heading("Voorwoord: waarom een huis?", level=1)
    _p(doc,
       "Voor u ligt het schoolplan van Katholiek Kindcentrum De Notenkraker voor de schooljaren 2025-2026 tot en "
       "met 2028-2029. Eigenlijk is het meer dan een schoolplan. In ons gebouw aan de Vlinderweide in Nobelhorst "
       "werken kinderopvang, peuterspeelzaal, basisschool en buitenschoolse opvang sinds 2019 samen onder \u00e9\u00e9n "
       "dak, en sinds augustus 2023 ook onder \u00e9\u00e9n leiding. We hebben dit plan daarom geschreven voor het "
       "hele kindcentrum. De onderdelen die de wet van een schoolplan vraagt, staan erin; waar iets alleen voor de "
       "opvang geldt, zeggen we dat erbij.")
    _p(doc,
       "We gebruiken in dit plan het beeld van een huis. Een kind komt bij ons binnen als baby van een paar maanden "
       "en gaat de deur uit als twaalfjarige die klaar is voor de middelbare school. Daartussen liggen ruim twaalf "
       "jaar waarin het kind bij ons eet, speelt, leert, ruziemaakt en het weer goedmaakt. Dat huis moet stevig "
       "staan. Het fundament is onze katholieke inspiratie en de manier waarop we met elkaar omgaan. De kamers zijn "
       "de groepen waar kinderen zich thuis moeten voelen. De trap is de doorgaande lijn: elke tree sluit aan op de "
       "vorige. En het huis heeft ramen en een voordeur, want ouders, buren en partners horen erbij.")
    _p(doc,
       "Dit plan is geschreven door de directie en het kernteam: de intern begeleider, de jonge-kindspecialist, de "
       "locatiemanager opvang en de twee bouwcoördinatoren. Het bouwt voort op drie teamavonden in maart en april "
       "2025, waaraan leerkrachten \u00e9n pedagogisch medewerkers meededen, op een avond met het ouderpanel en op "
       "een gesprek met de kinderraad. De koers van ons bestuur, de Almeerse Scholen Groep, was ons vertrekpunt. "
       "We hebben geprobeerd die koers niet over te schrijven maar te vertalen naar wat het betekent in \u00f3ns huis, "
       "met \u00f3nze kinderen. Waar het bestuur spreekt over gastvrij, open, vooruitstrevend en ambitieus, "
       "spreken wij liever over de voordeur, de huisregels, het leerplein en de trap.")
    _p(doc, "Maartje Verschuren, directeur kindcentrum")

    # ---------------- 1
    doc.add_heading("1. Wie we zijn", level=1)
    doc.add_heading("1.1 Het kindcentrum in cijfers", level=2)
    _p(doc,
       "De Notenkraker is een katholiek integraal kindcentrum voor kinderen van 0 tot 13 jaar. De basisschool valt "
       "onder de Almeerse Scholen Groep (ASG); de dagopvang, de peuterspeelzaal en de bso vallen onder Kinderopvang "
       "Hout & Horst, met wie ASG een samenwerkingsovereenkomst heeft. De directeur kindcentrum stuurt beide "
       "organisaties aan; de locatiemanager opvang is in dienst van Hout & Horst en zit in het managementteam.")
    _tabel(doc, [
        ["Onderdeel", "Groepen", "Kinderen (peildatum 1 oktober 2024)", "Medewerkers"],
        ["Kinderdagverblijf (0-4 jaar)", "3 (baby, dreumes, peuter)", "41 kindplaatsen, 58 kinderen", "9 pedagogisch medewerkers"],
        ["Peuterspeelzaal met VVE (2-4 jaar)", "2", "32 peuters, waarvan 11 met VVE-indicatie", "4 pedagogisch medewerkers"],
        ["Basisschool (groep 1-8)", "13", "318 leerlingen", "19 leerkrachten, 4 ondersteunend"],
        ["Buitenschoolse opvang (4-13 jaar)", "3", "74 kinderen", "8 pedagogisch medewerkers"],
    ], breedtes=[4.5, 3.5, 4.5, 4.0])
    doc.add_heading("1.2 De wijk en de gezinnen", level=2)
    _p(doc,
       "Nobelhorst is een jonge wijk in Almere Hout die nog steeds groeit. Er wonen veel jonge gezinnen; een groot "
       "deel van de ouders werkt en heeft opvang nodig. De babygroep heeft al twee jaar een wachtlijst. De "
       "schoolweging van de basisschool is 29,4 (2024), iets onder het landelijk gemiddelde. Ongeveer een derde van "
       "de gezinnen noemt zich katholiek, een kleiner deel protestants. Daarnaast kiezen veel gezinnen zonder "
       "kerkelijke achtergrond en een groeiende groep islamitische gezinnen bewust voor ons, vaak omdat ze een "
       "school zoeken waar geloof en waarden gewoon besproken worden. Thuis worden zeventien verschillende talen "
       "gesproken.")
    _p(doc,
       "De school groeit met gemiddeld twaalf leerlingen per jaar. De gemeente verwacht dat de groei rond 2028 "
       "afvlakt. Tot die tijd werken we met twee noodlokalen op het schoolplein.")
    doc.add_heading("1.3 Wat we zagen toen we terugkeken", level=2)
    _p(doc,
       "Bij het evalueren van het vorige plan (2021-2025) en bij de teamavonden kwamen de volgende punten steeds "
       "terug.")
    _bullets(doc, [
        "Sterk: de leesresultaten. Op de doorstroomtoets van 2024 haalde 96% van de kinderen 1F lezen en 58% 2F. "
        "Kinderen lezen graag, mede dankzij de bibliotheek op school.",
        "Zorg: rekenen. 88% haalde 1F en 31% 1S, terwijl scholen met een vergelijkbare populatie op 1S rond de 40% "
        "zitten. In de bovenbouw is de instructie te wisselend van kwaliteit.",
        "De overgang van peutergroep naar groep 1 verloopt soepel voor kinderen die bij ons op de peuterspeelzaal "
        "zaten. Van kinderen die van een andere opvang komen, weten we bij de start vaak te weinig.",
        "School en bso werken nog te veel langs elkaar heen. Dezelfde kinderen krijgen \u2019s middags andere "
        "afspraken dan \u2019s ochtends.",
        "Ouders krijgen berichten via twee apps (Parro van de school, de ouderapp van Hout & Horst). Dat leidt tot "
        "gemiste berichten en irritatie.",
        "Het team is jong en wisselt veel: in twee jaar vertrokken zeven leerkrachten en pedagogisch medewerkers.",
    ])

    # ---------------- 2
    doc.add_heading("2. Ons pedagogisch huis", level=1)
    _p(doc,
       "Dit hoofdstuk beschrijft hoe we in het hele kindcentrum met kinderen, met ouders en met elkaar omgaan. Het is "
       "de vertaling van ons pedagogisch beleidsplan (opvang) en onze schoolgids (school) naar \u00e9\u00e9n verhaal.")
    doc.add_heading("2.1 Het fundament: katholiek en gastvrij", level=2)
    _p(doc,
       "Onze naam komt van de notenkraker, de vogel die in de herfst noten verstopt voor de winter en ze maanden "
       "later terugvindt. Zo kijken we ook naar kinderen: wat we nu zaaien, komt later tot bloei. Onze katholieke "
       "inspiratie zit vooral in de verhalen en in de vieringen. In de groepen 1 tot en met 8 werken we met "
       "Trefwoord. We vieren Sint-Maarten, Advent en Kerstmis, Carnaval, de Goede Week en Pasen met het hele "
       "kindcentrum; de peutergroepen doen mee met een eigen, korte viering. De pastoraal werker van de parochie "
       "komt vier keer per jaar naar de vieringen in de aula.")
    _p(doc,
       "Tegelijk is ons huis er voor elk kind. We vertellen de verhalen uit de Bijbel, maar we vragen kinderen ook "
       "naar de verhalen en feesten van thuis. In groep 6 tot en met 8 bezoeken we jaarlijks een kerk en een moskee "
       "in Almere. Het Suikerfeest en Divali komen in de groepen aan bod wanneer kinderen ze thuis vieren. "
       "Vanaf september 2026 hangt in de hal een feestenkalender die we samen met ouders uit de verschillende "
       "geloofstradities hebben gemaakt; de identiteitscommissie (twee ouders, twee teamleden en de directeur) maakt "
       "die in schooljaar 2025-2026 en bespreekt hem daarna elk jaar in mei.")
    doc.add_heading("2.2 Drie huisregels voor iedereen", level=2)
    _p(doc,
       "In het hele gebouw gelden drie huisregels, voor de baby\u2019s (dan vooral voor de volwassenen om hen heen) "
       "tot en met groep 8 en de bso: we zorgen voor elkaar, we zorgen voor onze spullen en we zorgen voor onszelf. "
       "Elke groep maakt er in de eerste weken van het schooljaar eigen afspraken bij. Pedagogisch medewerkers en "
       "leerkrachten gebruiken dezelfde woorden, zodat een kind dat om drie uur van de klas naar de bso loopt niet "
       "opeens andere regels tegenkomt.")
    _p(doc,
       "De regels gelden ook voor volwassenen. Het afgelopen jaar hadden we enkele nare incidenten tussen ouders "
       "onderling en tussen ouders en medewerkers, onder meer over appgroepen. In januari 2026 stellen we daarom "
       "een omgangscode voor volwassenen vast, opgesteld met het ouderpanel en besproken in de MR en de "
       "oudercommissie. Daarin staat hoe we elkaar aanspreken, hoe je een klacht of zorg bespreekt en wat we "
       "doen als iemand over de grens gaat. De code wordt onderdeel van het intakegesprek met nieuwe ouders.")
    doc.add_heading("2.3 De voordeur", level=2)
    _p(doc,
       "Wie bij ons binnenkomt, moet zich meteen welkom voelen. Dat klinkt vanzelfsprekend, maar in een gebouw met "
       "vier ingangen, drie soorten openingstijden en wisselende gezichten gaat het niet vanzelf. We doen het zo:")
    _bullets(doc, [
        "De balie in de centrale hal is van 7.30 tot 18.30 uur bemand, afwisselend door de administratief "
        "medewerker, de conci\u00ebrge en \u2019s avonds door de bso. Bezoekers worden daar ontvangen en naar de "
        "juiste plek gebracht.",
        "Elke ochtend staan de directeur of een bouwcoördinator en een pedagogisch medewerker van 8.15 tot 8.30 "
        "uur in de hal om ouders en kinderen te begroeten.",
        "Nieuwe gezinnen krijgen binnen twee weken na de start een kennismakingsgesprek met de mentor of "
        "leerkracht, en na zes weken een kort belletje: hoe gaat het?",
        "Rondleidingen voor nieuwe ouders geven we samen met kindgidsen uit groep 7 en 8. Vanaf schooljaar "
        "2025-2026 heeft elke rondleiding minstens \u00e9\u00e9n kindgids; de kinderraad leidt de gidsen op.",
    ])
    _p(doc,
       "In de oudertevredenheidspeiling van 2024 gaf 84% van de ouders aan zich welkom te voelen in het "
       "kindcentrum. In de peiling van het voorjaar van 2027 willen we dat minstens 90% van de ouders dat zegt.")
    doc.add_heading("2.4 Elk kind een vaste plek", level=2)
    _p(doc,
       "Bij ons is iedereen waardevol en wordt iedereen gezien. Voor een kind betekent dat: er is iemand die jou "
       "echt kent. In de opvang is dat de mentor, een vaste pedagogisch medewerker die het kind volgt, de "
       "observaties doet en het eerste aanspreekpunt voor ouders is. In de school is dat de leerkracht. Vanaf "
       "groep 4 voert de leerkracht twee keer per jaar een kindgesprek van tien minuten met elk kind: hoe gaat "
       "het, wat gaat goed, waar wil je aan werken? In schooljaar 2024-2025 deden de groepen 6 tot en met 8 dit al; "
       "vanaf 2025-2026 doen alle groepen 4 tot en met 8 mee en vanaf 2026-2027 ook groep 3, in een vorm met "
       "plaatjes.")
    _p(doc,
       "Op de bso krijgt elk kind vanaf januari 2026 een vaste bso-mentor. Nu weten kinderen die vier middagen per "
       "week komen niet altijd bij wie ze moeten zijn.")

    # ---------------- 3
    doc.add_heading("3. De trap van 0 tot 13", level=1)
    _p(doc,
       "Het grootste voordeel van een kindcentrum is dat we een kind twaalf jaar lang kunnen volgen zonder dat het "
       "bij elke overstap opnieuw moet beginnen. In de praktijk lukte dat nog niet goed genoeg. Dit hoofdstuk "
       "beschrijft ons onderwijs- en opvangprogramma per tree van de trap, en wat we in deze periode veranderen.")
    doc.add_heading("3.1 De onderste treden: 0 tot 4 jaar", level=2)
    _p(doc,
       "In de dagopvang en de peuterspeelzaal werken we met het VVE-programma Uk & Puk. Peuters met een "
       "VVE-indicatie van het consultatiebureau komen zestien uur per week. Pedagogisch medewerkers observeren met "
       "KIJK! 0-4; twee keer per jaar bespreekt de jonge-kindspecialist de observaties met de groep. Taal staat "
       "voorop: veel voorlezen, veel praten, kleine kringen. Elke peutergroep gaat wekelijks naar het "
       "bibliotheekhoekje in de hal.")
    doc.add_heading("3.2 De overstap naar groep 1 en het Leerplein Jong", level=2)
    _p(doc,
       "Kinderen van onze eigen peutergroepen krijgen een warme overdracht: de mentor en de leerkracht van groep 1 "
       "bespreken het kind, met de ouders erbij als die dat willen. Voor kinderen van andere opvanglocaties "
       "ontvangen we alleen een formulier, en vaak niet eens dat. Vanaf januari 2026 nodigen we de pedagogisch "
       "medewerker van de vorige opvang uit voor een overdrachtsgesprek van twintig minuten, bij voorkeur in "
       "ons gebouw. In schooljaar 2026-2027 willen we dat voor minstens 80% van de instromers een warme "
       "overdracht heeft plaatsgevonden; in 2024-2025 was dat 46%.")
    _p(doc,
       "De grootste verandering van deze planperiode is het Leerplein Jong. Vanaf augustus 2026 werken de oudste "
       "peutergroep en twee groepen 1-2 samen op \u00e9\u00e9n leerplein aan de tuinkant van het gebouw, met twee "
       "leerkrachten, twee pedagogisch medewerkers en de jonge-kindspecialist. Kinderen van 3 tot 6 jaar spelen en "
       "leren in hoeken die per thema worden ingericht, werken in kleine groepen op hun eigen niveau en kunnen "
       "zonder harde overgang doorschuiven. Peuters en kleuters werken dan met dezelfde zes thema\u2019s per jaar "
       "en dezelfde observatielijn (KIJK! 0-7). Het schooljaar 2025-2026 gebruiken we als voorbereidingsjaar: het "
       "team van het leerplein krijgt vijf extra overlegmiddagen om de thema\u2019s en de dagindeling uit te werken, we passen het lokaal en de tuin aan en we regelen met Hout "
       "& Horst de roosters en de beroepskrachtratio. In juni 2027 evalueren we het eerste jaar met team en "
       "ouders en besluiten we of we het leerplein uitbreiden naar de andere twee kleutergroepen.")
    doc.add_heading("3.3 De middelste treden: groep 3 tot en met 8", level=2)
    _p(doc,
       "In groep 3 leren kinderen lezen met Veilig leren lezen (KIM-versie). Voor taal en spelling gebruiken we Staal, "
       "voor begrijpend lezen Nieuwsbegrip en voor rekenen De wereld in getallen 5. Wereldori\u00ebntatie geven we "
       "thematisch met Blink Wereld; Engels krijgen kinderen vanaf groep 1 met Groove.me. Schrijven leren ze met "
       "Pennenstreken. Bewegingsonderwijs wordt gegeven door een vakleerkracht, twee keer per week. Het aanbod "
       "dekt de kerndoelen; in het overzicht \u2018Aanbod en kerndoelen\u2019 in de bijlage van de schoolgids staat per "
       "vakgebied welke methode welke kerndoelen afdekt. Bij de invoering van de nieuwe kerndoelen voor "
       "Nederlands, rekenen-wiskunde, burgerschap en digitale geletterdheid passen we dit overzicht aan.")
    _p(doc,
       "Rekenen is ons belangrijkste verbeterpunt. Alle leerkrachten van groep 3 tot en met 8 volgen in "
       "schooljaar 2025-2026 een scholing in expliciete directe instructie (EDI), gegeven door een externe trainer "
       "en gevolgd door klassenbezoeken van de rekencoördinator. Vanaf 2026-2027 geven alle groepen de "
       "rekeninstructie volgens het EDI-model, met dagelijkse automatiseringsrondes van tien minuten. We hebben "
       "hoge verwachtingen van onze kinderen en van elkaar, en we maken die concreet: bij de doorstroomtoets van "
       "februari 2028 haalt minstens 92% van de kinderen 1F rekenen en minstens 42% 1S. Voor lezen houden we het "
       "niveau vast: minstens 95% 1F en minstens 58% 2F. Na elke toetsronde (januari en juni) bespreken we in de "
       "bouwvergadering of we op koers liggen.")
    _p(doc,
       "Kinderen die meer aankunnen, werken vanaf groep 5 een ochtend per week in de Kraakgroep, onze plusgroep, "
       "met de specialist meer- en hoogbegaafdheid. In de eigen groep compacten en verrijken we de rekenstof met de "
       "plustaken van de methode.")
    doc.add_heading("3.4 Na schooltijd: de bso als deel van de dag", level=2)
    _p(doc,
       "Een kind dat vier middagen naar de bso gaat, brengt daar bijna evenveel tijd door als in de klas. De bso is "
       "bij ons daarom geen aanhangsel. Vanaf schooljaar 2025-2026 heeft de bso drie vaste clubs: een sportclub, een "
       "kookclub en een technieklab. Kinderen kiezen per periode van zes weken. De bso-medewerkers schuiven "
       "twee keer per jaar aan bij de groepsbespreking van de school, zodat ze weten welke kinderen extra aandacht "
       "nodig hebben. Voor 1 januari 2026 gebruiken school en bso dezelfde afspraken over pauzes, buitenspelen en "
       "het oplossen van ruzies.")
    doc.add_heading("3.5 De bovenste tree: naar het voortgezet onderwijs", level=2)
    _p(doc,
       "In groep 8 nemen kinderen in februari deel aan de doorstroomtoets. Het voorlopig schooladvies krijgen ouders en "
       "kinderen eind januari; het definitieve advies volgt v\u00f3\u00f3r 24 maart en stellen we alleen naar boven bij "
       "als de toetsuitslag daar aanleiding toe geeft. De gegevens dragen we over via "
       "de Overstapservice Onderwijs; voor kinderen met een ontwikkelingsperspectief of extra ondersteuning "
       "voeren we altijd een warm overdrachtsgesprek met de mentor of zorgco\u00f6rdinator van de nieuwe school.")
    _p(doc,
       "Wat we tot nu toe misten, is terugkoppeling: we weten nauwelijks hoe onze oud-leerlingen het doen. Met drie "
       "ASG-scholen voor voortgezet onderwijs waar de meeste van onze kinderen naartoe gaan, maken we in "
       "schooljaar 2025-2026 afspraken over een jaarlijkse terugkoppeling van de plaatsing in leerjaar 3. Vanaf "
       "het voorjaar van 2027 bespreken we die gegevens in het team, naast onze eigen adviezen. Daarnaast gaan de "
       "kinderen van groep 8 vanaf dit jaar op een kijkdag bij een vmbo-school \u00e9n bij een havo/vwo-school, "
       "zodat ze beide soorten onderwijs van binnen zien voordat ze kiezen.")

    # ---------------- 4
    doc.add_heading("4. Meedoen in de wereld", level=1)
    doc.add_heading("4.1 Burgerschap in het kindcentrum", level=2)
    _p(doc,
       "Burgerschap leren kinderen vooral door het te doen. In het kindcentrum betekent dat: meebeslissen, "
       "verantwoordelijkheid dragen en leren omgaan met mensen die anders denken. We werken met de methode Kwink "
       "voor sociaal-emotioneel leren en burgerschap, in alle groepen 1 tot en met 8; de bso gebruikt de "
       "Kwink-thema\u2019s van de week als gesprekstof.")
    _bullets(doc, [
        "De kinderraad bestaat uit acht kinderen uit groep 5 tot en met 8, gekozen door hun klasgenoten. De raad "
        "vergadert zes keer per jaar met de directeur, beheert een eigen budget van \u20ac 750 per jaar en geeft "
        "advies over het schoolplein, de bso-clubs en de vieringen.",
        "Elke groep 7 doet mee aan de Sint-Maartenactie voor de Voedselbank Almere en bezoekt in het voorjaar een "
        "zorgcentrum in Almere Hout.",
        "In groep 8 volgen kinderen een lessenreeks over democratie met een bezoek aan de gemeenteraad.",
    ])
    _p(doc,
       "Een samenhangende leerlijn burgerschap ontbreekt nog: veel gebeurt, maar we weten niet precies welke "
       "kennis en vaardigheden we wanneer aanbieden. Uiterlijk in juli 2026 hebben we een leerlijn burgerschap "
       "voor groep 1 tot en met 8 vastgesteld, gebaseerd op de kerndoelen burgerschap, met daarin de "
       "basiswaarden van de democratische rechtsstaat en de manier waarop Kwink, Trefwoord en de kinderraad "
       "daaraan bijdragen.")
    doc.add_heading("4.2 Digitale geletterdheid en techniek", level=2)
    _p(doc,
       "Kinderen groeien op met schermen, maar dat maakt ze nog niet digitaal geletterd. Op dit moment is ons "
       "aanbod afhankelijk van de leerkracht. In schooljaar 2025-2026 kiezen we een doorlopende leerlijn digitale "
       "geletterdheid voor groep 1 tot en met 8; we proberen daarvoor Basicly uit in de groepen 5 en 6. Vanaf "
       "2026-2027 krijgt elke groep minstens twintig lessen per jaar over mediawijsheid, informatievaardigheden, "
       "programmeren en veilig online gedrag. Het technieklab van de bso en de lessen techniek van Blink gebruiken "
       "hetzelfde lokaal en dezelfde materialen; de ICT-co\u00f6rdinator en de bso-medewerker van het technieklab "
       "maken daar samen de planning voor.")

    # ---------------- 5
    doc.add_heading("5. Veilig opgroeien", level=1)
    _p(doc,
       "Kinderen leren alleen als ze zich veilig voelen. We volgen de sociale veiligheid op drie manieren. In de "
       "groepen 1 tot en met 8 vullen leerkrachten twee keer per jaar ZIEN! in; in de opvang doen de mentoren dat "
       "met KIJK!. De kinderen van groep 5 tot en met 8 vullen elk jaar in maart de vragenlijst sociale veiligheid "
       "in. In maart 2025 gaf 91% van de kinderen aan zich veilig te voelen op school; in de groepen 7 meldden "
       "relatief veel kinderen pestgedrag via de groepsapp. Ons doel is dat in maart 2027 en maart 2029 minstens "
       "93% van de kinderen zich veilig voelt en dat het aantal kinderen dat zegt gepest te worden, onder de 5% "
       "ligt (2025: 7%).")
    _p(doc,
       "De intern begeleider is anti-pestco\u00f6rdinator en aanspreekpunt voor kinderen en ouders. Het "
       "pestprotocol is in mei 2025 herzien; er staat nu ook in wat we doen bij online pesten buiten schooltijd. "
       "Voor de meldcode huiselijk geweld en kindermishandeling hadden school en opvang tot nu toe elk een eigen "
       "aandachtsfunctionaris en een eigen werkwijze. Vanaf schooljaar 2025-2026 is er \u00e9\u00e9n aandachtsfunctionaris "
       "voor het hele kindcentrum, met een vervanger uit de opvang, en wordt de meldcode jaarlijks in september in "
       "een gezamenlijke teambijeenkomst doorgenomen.")
    _p(doc,
       "Voor de fysieke veiligheid houden we ons aan de risico-inventarisatie (laatst in 2024) en de jaarlijkse "
       "ontruimingsoefeningen; in de opvang komt daar het veiligheids- en gezondheidsbeleid bij dat de GGD "
       "inspecteert. Uiterlijk december 2025 voegen we deze stukken samen tot \u00e9\u00e9n veiligheidsplan voor het "
       "kindcentrum, met \u00e9\u00e9n BHV-rooster dat ook de bso-uren tot 18.30 uur dekt.")

    # ---------------- 6
    doc.add_heading("6. Extra steun waar het nodig is", level=1)
    _p(doc,
       "De meeste kinderen hebben genoeg aan goed onderwijs en goede opvang in de eigen groep. Sommige kinderen "
       "hebben meer nodig. Wat we daarvoor kunnen bieden, staat in ons schoolondersteuningsprofiel (SOP).")
    doc.add_heading("6.1 Hoe we kinderen volgen", level=2)
    _p(doc,
       "Van 0 tot 6 jaar volgen we kinderen met KIJK!; vanaf groep 3 gebruiken we daarnaast het "
       "leerlingvolgsysteem Leerling in beeld van Cito in januari en juni. Drie keer per jaar houdt de intern "
       "begeleider een groepsbespreking met elke leerkracht; in de opvang doet de jonge-kindspecialist dat twee keer "
       "per jaar met elke groep. Vanaf schooljaar 2025-2026 zit bij de groepsbesprekingen van groep 1-2 ook de "
       "mentor uit de peutergroep, zodat signalen van v\u00f3\u00f3r het vierde jaar niet verloren gaan. Kinderen "
       "over wie we ons zorgen maken, bespreken we in het ondersteuningsteam met ouders, de schoolmaatschappelijk "
       "werker en de jeugdverpleegkundige van de GGD.")
    doc.add_heading("6.2 Wat we bieden, en waar het ophoudt", level=2)
    _p(doc, "Binnen de basisondersteuning bieden we onder meer:")
    _bullets(doc, [
        "voor- en vroegschoolse educatie voor peuters en kleuters met een taalachterstand;",
        "een aanpak voor lees- en spellingsproblemen en dyslexie volgens het protocol, met begeleiding tot en met "
        "groep 8;",
        "de Kraakgroep en verrijking in de groep voor kinderen die meer aankunnen;",
        "begeleiding bij lichte gedragsproblemen en bij faalangst, onder meer met Kwink en de "
        "schoolmaatschappelijk werker.",
    ])
    _p(doc,
       "Onze grenzen liggen bij kinderen die door hun gedrag langdurig een gevaar zijn voor zichzelf of anderen, en "
       "bij kinderen die een verpleegkundige of medische zorg nodig hebben die wij in een groep van 28 niet kunnen "
       "geven. Voor extra arrangementen doen we een beroep op het samenwerkingsverband Passend Onderwijs Almere. "
       "Het SOP beschrijft nu alleen de school. Uiterlijk 1 november 2025 is het herschreven tot een "
       "ondersteuningsprofiel van het hele kindcentrum, waarin ook staat wat de opvang kan bieden aan kinderen met "
       "een extra zorgvraag, en hoe we daarbij samenwerken met het consultatiebureau.")

    # ---------------- 7
    doc.add_heading("7. De mensen in het huis", level=1)
    _p(doc,
       "In het kindcentrum werken 44 mensen: 19 leerkrachten, een intern begeleider, een "
       "vakleerkracht bewegingsonderwijs, een administratief medewerker, een conci\u00ebrge en 21 pedagogisch "
       "medewerkers. Ze hebben twee werkgevers, twee cao\u2019s en verschillende werktijden, maar werken elke dag "
       "met dezelfde kinderen. Een gezamenlijke cultuur groeit niet vanzelf.")
    doc.add_heading("7.1 Samen leren", level=2)
    _p(doc,
       "Sinds 2024 werken we met drie leerteams waarin leerkrachten en pedagogisch medewerkers samen zitten: een "
       "leerteam jonge kind (0-6), een leerteam rekenen en een leerteam pedagogisch klimaat. Elk leerteam komt zes "
       "keer per jaar bijeen, kiest in september een verbetervraag die voortkomt uit onze eigen resultaten, gaat bij "
       "elkaar kijken in de groep en presenteert in juni wat het heeft opgeleverd en welke afspraak we daarom "
       "aanpassen. Zo werd in 2024-2025 de afspraak over het begroeten bij binnenkomst in alle groepen gelijk "
       "getrokken. De jonge-kindspecialist neemt daarnaast deel aan het netwerk jonge kind van de ASG-basisscholen "
       "en de intern begeleider aan het ASG-netwerk van IB\u2019ers; in schooljaar 2026-2027 organiseren wij een "
       "bijeenkomst van het netwerk jonge kind in ons gebouw, waarin we het Leerplein Jong laten zien.")
    doc.add_heading("7.2 Scholing", level=2)
    _p(doc, "Voor deze planperiode staan de volgende scholingen vast:")
    _bullets(doc, [
        "EDI voor alle leerkrachten van groep 3 tot en met 8 (2025-2026), met klassenbezoeken in 2026-2027;",
        "de VVE-certificering Uk & Puk voor alle pedagogisch medewerkers van de peutergroepen en KIJK! voor alle "
        "leerkrachten van groep 1-2 en de medewerkers van het Leerplein Jong, uiterlijk juli 2026;",
        "een gezamenlijke training \u2018interactievaardigheden\u2019 voor opvang en onderbouw in 2026-2027;",
        "het inductieprogramma van de ASG Academie voor startende leerkrachten in hun eerste twee jaar.",
    ])
    _p(doc,
       "Daarnaast formuleert iedere medewerker in het startgesprek een eigen ontwikkelvraag voor dat jaar. Die "
       "vraag kan aansluiten bij een leerteam, bij een cursus van de ASG Academie of bij een eigen opleiding. "
       "Twee pedagogisch medewerkers zijn in september 2025 begonnen aan de deeltijdpabo; we roosteren hen "
       "zo dat ze hun stage in ons eigen kindcentrum kunnen lopen.")
    doc.add_heading("7.3 Nieuwe collega\u2019s en zij-instromers", level=2)
    _p(doc,
       "Het vinden van leerkrachten blijft moeilijk. We zijn opleidingsschool in het partnerschap met de pabo van "
       "Windesheim in Almere en bieden elk jaar plaats aan acht stagiairs en twee leraren in opleiding. Op dit "
       "moment werken twee zij-instromers bij ons zonder bevoegdheid. Zij krijgen vier uur per week vrij "
       "geroosterd voor hun opleiding, een vaste coach uit het team en elke zes weken een gesprek met de "
       "schoolopleider. Ons doel is dat beide zij-instromers uiterlijk in juli 2027 hun bevoegdheid hebben. "
       "Nieuwe zij-instromers krijgen dezelfde begeleiding.")
    doc.add_heading("7.4 Gesprekken en werkdruk", level=2)
    _p(doc,
       "Leerkrachten en ondersteuners in dienst van ASG hebben elk jaar een startgesprek en een ontwikkelgesprek, "
       "met minstens twee klassenbezoeken daartussen, en eens in de drie jaar een beoordelingsgesprek. De "
       "pedagogisch medewerkers volgen de cyclus van Hout & Horst. Vanaf schooljaar 2026-2027 leggen we beide "
       "cycli in \u00e9\u00e9n gesprekskalender vast, zodat de directeur en de locatiemanager de gesprekken op "
       "dezelfde momenten voeren en ook pedagogisch medewerkers een observatie in de groep krijgen. Werkdruk is "
       "in beide teams een terugkerend onderwerp; we houden daar oog voor.")

    # ---------------- 8
    doc.add_heading("8. Ramen en deuren: ouders en buurt", level=1)
    doc.add_heading("8.1 Ouders als medeopvoeders", level=2)
    _p(doc,
       "Ouders kennen hun kind het best. We willen dat ze weten wat hun kind bij ons leert en dat ze daar thuis "
       "op kunnen aansluiten. In de peutergroepen krijgen ouders bij elk Uk & Puk-thema een thuisboekje met "
       "liedjes en spelletjes; twee keer per thema is er een inloopochtend waarop ouders een half uur meespelen. "
       "Alle baby\u2019s krijgen bij de start een BoekStart-koffertje van de bibliotheek.")
    _p(doc,
       "In de school voeren we aan het begin van het schooljaar met alle ouders een startgesprek. Vanaf schooljaar "
       "2026-2027 worden de gesprekken in groep 5 tot en met 8 driehoeksgesprekken: het kind is erbij en vertelt "
       "zelf wat het wil leren. We streven ernaar dat 95% van de gezinnen het startgesprek bijwoont (2024-2025: "
       "89%). Voor ouders die het Nederlands niet goed beheersen, zetten we een tolk of een andere ouder in.")
    doc.add_heading("8.2 Eén kanaal", level=2)
    _p(doc,
       "Ouders moeten niet hoeven zoeken naar informatie. Uiterlijk 1 januari 2026 gaat alle communicatie van "
       "opvang en school via \u00e9\u00e9n ouderapp, die we in het najaar van 2025 samen met Hout & Horst kiezen. "
       "De maandelijkse nieuwsbrief verschijnt in dezelfde app. Ouders krijgen aan het begin van het schooljaar "
       "een jaaroverzicht met alle toetsmomenten, oudergesprekken en vieringen. Berichten van ouders beantwoorden "
       "we binnen twee werkdagen. Eens per jaar, in het ouderpanel, vragen we of dit werkt.")
    doc.add_heading("8.3 Meepraten en meebeslissen", level=2)
    _p(doc,
       "De school heeft een medezeggenschapsraad, de opvang een oudercommissie. Die blijven formeel gescheiden, "
       "want ze hebben verschillende wettelijke taken. Vanaf schooljaar 2025-2026 vergaderen ze wel vier keer per "
       "jaar samen als kindcentrumraad, over onderwerpen die het hele huis raken: het Leerplein Jong, de ouderapp, "
       "de omgangscode en het veiligheidsplan. De directie legt plannen daar voor in een vroeg stadium, als er nog "
       "wat te kiezen valt, en niet pas als het stuk af is.")
    doc.add_heading("8.4 De buurt in het gebouw", level=2)
    _p(doc,
       "Ons gebouw is ook een buurtplek. Het consultatiebureau van de GGD Flevoland houdt sinds 2024 twee "
       "ochtenden per maand spreekuur in ons gebouw; daardoor kennen veel ouders ons al voordat hun kind "
       "naar de opvang gaat. Verder werken we samen met:")
    _bullets(doc, [
        "de Nieuwe Bibliotheek Almere (bibliotheek op school, leesconsulent 1 dagdeel per week, BoekStart);",
        "de parochie (vieringen, voorbereiding op de Eerste Communie buiten schooltijd);",
        "de buurtsportcoach van Almere Hout, die vanaf schooljaar 2025-2026 twee middagen per week de sportclub van "
        "de bso begeleidt;",
        "het wijkteam en de schoolmaatschappelijk werker, die elke dinsdag in het gebouw is;",
        "de Voedselbank Almere en het zorgcentrum waar groep 7 op bezoek gaat.",
    ])
    _p(doc,
       "In 2027 willen we met de bewonersvereniging van Nobelhorst de moestuin achter het gebouw openstellen voor "
       "buurtbewoners. Kinderen van de bso en groep 6 onderhouden de tuin samen met vrijwilligers uit de wijk.")

    # ---------------- 9
    doc.add_heading("9. Hoe we weten of het lukt", level=1)
    _p(doc,
       "Een plan is pas iets waard als we merken dat het werkt. Onze kwaliteitszorg moet daarom passen bij een "
       "kindcentrum: niet alleen toetsresultaten, maar ook hoe kinderen zich voelen, hoe ouders ons ervaren en "
       "wat de GGD in de opvang ziet.")
    doc.add_heading("9.1 De jaarlijkse cyclus", level=2)
    _bullets(doc, [
        "September: jaarplan vastgesteld, afgeleid van dit schoolplan, met per doel een eigenaar en een meetbaar "
        "resultaat. Het jaarplan wordt besproken in de kindcentrumraad.",
        "Januari en juni: analyse van de toetsresultaten per groep en voor de school als geheel; bespreking in "
        "het team en in het gesprek met het bestuur.",
        "Maart: vragenlijst sociale veiligheid (groep 5-8).",
        "Elk kwartaal: voortgangsrapportage aan het College van Bestuur.",
        "Juni en juli: evaluatie van het jaarplan in het team; jaarverslag met de conclusies en de doelen voor "
        "volgend jaar.",
    ])
    _p(doc,
       "Voor de kwaliteitszorg van de school gebruiken we de kwaliteitskaarten van WMK-PO. Elk jaar beoordelen "
       "we vier kaarten, zodat we in vier jaar alle standaarden van het onderzoekskader hebben doorlopen. In 2027 "
       "houden we een tevredenheidspeiling onder ouders, kinderen van groep 5 tot en met 8 en medewerkers van "
       "opvang en school. Voor de opvang geldt het pedagogisch beleidsplan, dat elk jaar wordt getoetst in de "
       "GGD-inspectie en in de interne audit van Hout & Horst.")
    doc.add_heading("9.2 Waar we staan en waar we heen willen", level=2)
    _p(doc,
       "Bij het laatste onderzoek van de inspectie (2022) kreeg de school het basisarrangement. De resultaten "
       "op de eindtoets (2022, 2023) en de doorstroomtoets (2024) liggen boven de signaleringswaarden voor onze schoolweging; "
       "voor rekenen op 1S alleen net. De GGD-inspecties van de opvang gaven in 2023 en 2024 geen "
       "tekortkomingen. Dat is een basis, geen eindpunt. In het voorjaar van 2028 houden we een interne audit "
       "met twee directeuren van andere ASG-scholen, met als vraag of de ambities van dit plan in de groepen "
       "zichtbaar zijn. De uitkomst is het vertrekpunt voor het volgende plan.")

    # ---------------- 10
    doc.add_heading("10. Instemming en vaststelling", level=1)
    _p(doc,
       "Het concept van dit schoolplan is op 20 mei 2025 besproken in het team en op 3 juni 2025 in de "
       "kindcentrumraad. De medezeggenschapsraad van de school heeft op 17 juni 2025 ingestemd met dit "
       "schoolplan. De oudercommissie van de kinderopvang heeft op 10 juni 2025 positief geadviseerd over de "
       "onderdelen die de opvang betreffen. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan "
       "vastgesteld op 3 juli 2025.")
    _tabel(doc, [
        ["Rol", "Naam", "Datum", "Handtekening"],
        ["Directeur kindcentrum", "M. Verschuren", "17 juni 2025", ""],
        ["Voorzitter MR", "R. Bouzerda", "17 juni 2025", ""],
        ["Voorzitter oudercommissie", "J. de Vries-Ampofo", "10 juni 2025", ""],
        ["College van Bestuur ASG", "namens het CvB", "3 juli 2025", ""],
    ], breedtes=[4.5, 4.0, 3.5, 4.5])

    _bewaar(doc, path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_133_kindcentrum_notenkraker.docx")
