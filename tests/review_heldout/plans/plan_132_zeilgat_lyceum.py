# -*- coding: utf-8 -*-
"""Schoolplan van het Zeilgat Lyceum (havo/vwo, Almere Haven).

Opbouw: koersplan op één A4, daarna een hoofdstuk per venster in korte opsommingen.
Kopjes zijn vetgedrukte Normal-alinea's (geen Heading-stijlen). Planperiode en
MR-instemming staan alleen in het colofon achteraan.
Deterministisch: vaste datums, geen willekeur.
"""
import datetime
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2026, 6, 15, 16, 5, 0)
BLAUW = RGBColor(0x1F, 0x3C, 0x6E)


def _nl(doc):
    rpr = doc.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _vaste_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for naam, data in items:
            zi = zipfile.ZipInfo(naam, date_time=(2026, 6, 15, 16, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def _voet(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Zeilgat Lyceum – schoolplan – ")
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    for soort, tekst in (("begin", None), (None, " PAGE "), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        r._r.append(el)


def vetkop(doc, tekst, groot=False):
    """Kopje als vetgedrukte Normal-alinea, zoals de rector dat in Word doet."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14 if groot else 8)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(14 if groot else 11)
    if groot:
        r.font.color.rgb = BLAUW
    return p


def tekst(doc, t):
    return doc.add_paragraph(t)


def lijst(doc, punten):
    for pnt in punten:
        doc.add_paragraph(pnt, style="List Bullet")


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def tabel(doc, koppen, rijen, breedtes):
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Light List Accent 1"
    _kop_herhalen(t.rows[0])
    for i, k in enumerate(koppen):
        t.rows[0].cells[i].text = k
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(w)
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
    for rij in t.rows:
        for i, b in enumerate(breedtes):
            rij.cells[i].width = Cm(b)
    return t


def build(path):
    path = str(path)
    doc = Document()
    _nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    _voet(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan Zeilgat Lyceum"
    cp.author = "H. Lammerts"
    cp.last_modified_by = "secretariaat rector"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    # ---------------------------------------------------------------- titel
    p = doc.add_paragraph()
    r = p.add_run("Zeilgat Lyceum")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = BLAUW
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan  |  havo – atheneum – gymnasium")
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    r = p.add_run("‘Wind in de zeilen, koers in de klas’")
    r.italic = True
    r.font.size = Pt(11)

    tekst(doc,
        "Dit schoolplan is bewust kort. Op de eerste pagina staat ons koersplan: acht ambities "
        "waar we de komende jaren aan werken. Daarna volgt per venster van de ASG-koers wat we "
        "doen, in korte punten. Wie meer wil weten over een onderdeel: alle achterliggende "
        "plannen (ondersteuningsprofiel, veiligheidsplan, PTA’s, scholingsplan) staan op "
        "zeilgatlyceum.nl/documenten.")

    # ---------------------------------------------------------------- A4
    vetkop(doc, "Ons koersplan op één A4", groot=True)
    tabel(doc, ["Ambitie", "Wat we willen bereiken", "Waaraan je het merkt"], [
        ["1. Iedere leerling een mentor die hem kent",
         "Mentoraat als hart van de begeleiding, in alle leerjaren",
         "Wekelijks mentoruur; drie één-op-ééngesprekken per jaar; 90% van de leerlingen zegt "
         "‘mijn mentor kent mij’"],
        ["2. Opstromen is normaal, zittenblijven de uitzondering",
         "Leerlingen op het hoogste niveau dat ze aankunnen",
         "Onderbouwsnelheid van 95,1% naar 97%; jaarlijks minstens 25 leerlingen die opstromen"],
        ["3. Een havo-bovenbouw waar je doorheen komt",
         "Bovenbouwsucces havo ruim boven de inspectienorm",
         "Van 81% naar 88%; slagingspercentage havo van 86% naar 90%"],
        ["4. Een onderbouw van deze tijd",
         "Nieuw onderbouwcurriculum met ‘Atelier’ en flexuren",
         "Atelier in leerjaar 1 en 2; leerlijn digitale geletterdheid; 4 flexuren per week"],
        ["5. Lessen waarin leerlingen aan het werk zijn",
         "Activerende didactiek in elke sectie",
         "80% van de bezochte lessen scoort ‘goed’ op activering (nu 58%)"],
        ["6. Docenten die samen leren",
         "Elke sectie een leerteam; docentonderzoek met een partner",
         "Alle secties werken in een PLG; twee onderzoeksteams per jaar"],
        ["7. Alleen bevoegde docenten voor de klas",
         "Iedere onbevoegde docent in een opleidingstraject",
         "Van 9 naar 0 onbevoegden zonder traject; lesuitval onder 3%"],
        ["8. Ouders weten waar ze aan toe zijn",
         "Heldere, voorspelbare informatie over cijfers en begeleiding",
         "Cijfers binnen 10 werkdagen in Magister; oudertevredenheid over informatie van 6,6 naar 7,5"],
    ], [4.3, 5.5, 6.8])

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------------- venster 1
    vetkop(doc, "1. Goed en toegankelijk onderwijs", groot=True)

    vetkop(doc, "Waar we staan")
    lijst(doc, [
        "1.184 leerlingen (peildatum 1 oktober 2025): 612 havo, 421 atheneum, 151 gymnasium.",
        "Leerlingen komen uit heel Almere, vooral uit Haven, Stad-Zuid en Poort; ongeveer 15% "
        "uit Zeewolde en Lelystad.",
        "Inspectie: alle afdelingen voldoende. Het bovenbouwsucces van de havo lag twee jaar "
        "achter elkaar vlak boven de norm (81%). Dat is ons grootste risico.",
        "Onderbouwsnelheid 95,1%; bovenbouwsucces vwo 88%; gemiddeld CE-cijfer havo 6,2 en vwo 6,5.",
        "Slagingspercentage vorig jaar: havo 86%, vwo 91%.",
        "Leerlingen geven hun lessen in de ASG-leerlingenquête een 6,9; ‘de les is uitdagend’ "
        "scoort het laagst (6,1).",
    ])

    vetkop(doc, "Ons onderwijsprogramma")
    lijst(doc, [
        "Lessentabel met 1.000 uur per leerjaar in de onderbouw; lessen van 45 minuten in een "
        "rooster van acht uur per dag.",
        "Gymnasium: Latijn vanaf leerjaar 1, Grieks vanaf leerjaar 2; klassieke reis naar Rome "
        "in vwo 5.",
        "Bovenbouw havo en vwo: alle vier de profielen, met als keuzevakken onder meer informatica, "
        "BSM, kunst (beeldend en muziek) en filosofie.",
        "Het PTA wordt elk jaar vóór 1 oktober vastgesteld; examensecretariaat en "
        "examencommissie werken volgens het examenreglement, dat ook jaarlijks wordt herzien.",
        "De referentieniveaus taal en rekenen toetsen we in leerjaar 1 en 3 met Diataal en "
        "Diacijfer; leerlingen onder niveau krijgen een flexuur taal of rekenen.",
    ])

    vetkop(doc, "Wat we gaan doen: de onderbouw vernieuwen")
    lijst(doc, [
        "We herschrijven het curriculum van leerjaar 1 tot en met 3 in twee stappen: eerst "
        "leerjaar 1 en 2, daarna leerjaar 3. Een ontwerpteam van acht docenten krijgt daarvoor "
        "elk 80 uur per jaar.",
        "Nieuw is het Atelier: zes uur per week vakoverstijgend projectonderwijs in leerjaar 1 "
        "en 2, waarin aardrijkskunde, geschiedenis, biologie en tekenen samenwerken rond een "
        "thema (bijvoorbeeld ‘Water’, ‘Almere in 2100’, ‘Eten’). Leerlingen werken in groepjes "
        "aan een eindproduct en presenteren dat aan ouders.",
        "Flexuren: vier uur per week kiest de leerling zelf waar hij aan werkt (bijles, "
        "verdieping, huiswerk met een docent erbij, talentmodules). Keuze en aanwezigheid "
        "registreren we met Zermelo.",
        "Digitale geletterdheid krijgt een leerlijn in leerjaar 1 tot en met 3: programmeren, "
        "informatievaardigheden, mediawijsheid en verantwoord omgaan met AI-tools. In de bovenbouw "
        "maken we per sectie afspraken over AI bij praktische opdrachten en het profielwerkstuk.",
        "Vooruitstrevend zijn betekent voor ons niet dat alles tegelijk verandert. We kiezen "
        "bewust niet voor een volledig gepersonaliseerd model; de klas blijft de basis.",
    ])

    vetkop(doc, "Wat we gaan doen: lessen en opbrengsten")
    lijst(doc, [
        "Eén gezamenlijke kijkwijzer ‘activerende les’ (vijf kenmerken, gebaseerd op de principes "
        "van Rosenshine en formatief handelen).",
        "Teamleiders bezoeken elke docent twee keer per jaar; de uitkomsten bespreken we per "
        "sectie, niet per persoon.",
        "Havo 4: intensieve start met studievaardigheden, een vaste mentor voor twee jaar en een "
        "gesprek na elke toetsweek voor leerlingen met meer dan twee onvoldoendes.",
        "Na elke rapportperiode een ‘cijferanalyse’ per sectie (in Magister en Wis Cijfers); "
        "secties met opvallende uitkomsten maken een kort verbeterplan.",
        "Opstromen actief aanbieden: in de overgangsvergadering bespreken we standaard welke "
        "havoleerlingen naar het vwo kunnen. Zij krijgen in de eerste periode een opstroommentor.",
        "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
    ])

    vetkop(doc, "Begeleiding en ondersteuning")
    lijst(doc, [
        "Gezien worden begint bij de mentor: wekelijks mentoruur in alle leerjaren, drie "
        "individuele gesprekken per jaar en een leerlingbespreking na elke periode.",
        "Zorgstructuur: mentor – teamleider – zorgcoördinator – ondersteuningsteam (met "
        "schoolmaatschappelijk werk, jeugdarts van de GGD en leerplicht).",
        "Het schoolondersteuningsprofiel is geactualiseerd. Basisondersteuning: dyslexie- en "
        "dyscalculieprotocol, faalangst- en examenvreestraining, begeleiding bij ziekte, "
        "huiswerkklas. Extra: een ondersteuningscoach voor leerlingen met autisme of ADHD (twee "
        "dagen per week) en de Time-out-plek voor leerlingen die even niet in de klas kunnen.",
        "Wat we niet kunnen bieden (zoals één-op-éénbegeleiding gedurende de hele dag) staat er "
        "ook in. Voor die leerlingen zoeken we met het Samenwerkingsverband VO Almere en ouders "
        "een passende plek, bijvoorbeeld via een tijdelijk traject bij de Rebound of op een "
        "andere ASG-school.",
        "Nieuwe leerlingen en ouders: kennismakingsmiddag in juni, driedaagse introductie in "
        "augustus, en een ‘peer-mentor’ uit leerjaar 4 voor elke brugklas.",
        "In de hal bij de hoofdingang staat vanaf dit jaar een bemande balie; bezoekers worden "
        "opgewacht en rondgeleid in plaats van doorverwezen naar de conciërge.",
    ])

    vetkop(doc, "Veiligheid")
    lijst(doc, [
        "Jaarlijkse monitor sociale veiligheid (leerjaar 1 tot en met 5); nu voelt 89% van de "
        "leerlingen zich veilig, doel 94%.",
        "Twee anti-pestcoördinatoren (onderbouw en bovenbouw) en een vertrouwenspersoon voor "
        "leerlingen en medewerkers.",
        "Mobiele telefoons blijven in de kluis tijdens lessen; in de pauzes mag de telefoon "
        "alleen in de aula. Het telefoonbeleid evalueren we met de leerlingenraad.",
        "Incidenten worden in Magister geregistreerd en elk kwartaal geanalyseerd door de "
        "schoolleiding; het veiligheidsplan (met protocollen voor agressie, sexting en "
        "schoolverlaten) wordt elke twee jaar herzien.",
        "We gaan respectvol om met iedereen binnen en buiten de school.",
    ])

    vetkop(doc, "Burgerschap")
    lijst(doc, [
        "Leerjaar 2: project ‘Wie beslist er in Almere?’ met een bezoek aan de gemeenteraad en "
        "een eigen voorstel aan de wijkraad.",
        "Leerjaar 3: debattraining in alle klassen; de beste debaters doen mee aan het "
        "Nederlands Kampioenschap Debatteren voor scholieren.",
        "Bovenbouw: maatschappijleer met een scholierenverkiezing bij landelijke verkiezingen en "
        "een Model United Nations voor vwo 5.",
        "De leerlingenraad kiest elk jaar een goed doel en organiseert een actie; de opbrengst "
        "wordt in de aula bekendgemaakt.",
        "De burgerschapsdoelen per leerjaar staan in een overzicht dat de sectie "
        "mens & maatschappij jaarlijks evalueert.",
    ])

    vetkop(doc, "Kwaliteitszorg")
    lijst(doc, [
        "Vaste kwaliteitskalender: sectiejaarplannen in september, tussenevaluatie in februari, "
        "jaarverslag per sectie in juli.",
        "Elke teamleider rapporteert per kwartaal aan de rector; de rector aan het bestuur via de "
        "ASG-kwartaalrapportage.",
        "Instrumenten: ASG-leerlingenquête (jaarlijks), lesobservaties, cijferanalyses, "
        "oudervragenlijst (om het jaar) en een leerlingenpanel per afdeling dat drie keer per "
        "jaar met de teamleider praat over de lessen.",
        "Eens in de twee jaar een interne audit van één afdeling door een team van docenten en "
        "een teamleider van een andere afdeling.",
        "Doel: elk jaar zijn alle sectiejaarplannen voor 1 oktober ingeleverd en besproken (nu: "
        "11 van de 17 secties).",
    ])

    # ---------------------------------------------------------------- venster 2
    vetkop(doc, "2. Personeel in positie", groot=True)

    vetkop(doc, "Uitgangspunten")
    lijst(doc, [
        "Ongeveer 115 medewerkers, van wie 86 docenten. Elf docenten gaan binnen vijf jaar met "
        "pensioen, vooral in de bètavakken.",
        "Tekorten: natuurkunde, scheikunde, Duits en informatica.",
        "We volgen het strategisch HR-beleid van ASG; hieronder staan onze eigen keuzes.",
    ])

    vetkop(doc, "Bevoegd en bekwaam")
    lijst(doc, [
        "Nu werken er negen docenten zonder (volledige) bevoegdheid. Iedereen krijgt binnen een "
        "half jaar na indiensttreding een opleidingsplan, met studieverlof van vier uur per week "
        "en een coach uit de school.",
        "Zij-instromers volgen het traject via de lerarenopleiding van Windesheim Almere; de "
        "school betaalt het collegegeld.",
        "Startende docenten: drie jaar begeleiding, met een lagere lestaak in jaar 1 (vier "
        "lesuren minder) en een intervisiegroep.",
        "Doel: aan het eind van deze planperiode heeft geen enkele onbevoegde docent meer "
        "lesgegeven zonder opleidingstraject.",
    ])

    vetkop(doc, "Samen leren")
    lijst(doc, [
        "Elke sectie werkt als professionele leergemeenschap (PLG) met zes bijeenkomsten per jaar "
        "in het rooster; het onderwerp sluit aan bij het sectiejaarplan.",
        "Twee onderzoeksteams per jaar doen praktijkonderzoek, begeleid door een lector van "
        "Windesheim. Eerste onderwerpen: ‘Werkt formatief toetsen in havo 4?’ en ‘Wat doen "
        "flexuren met de motivatie van brugklassers?’.",
        "Scholingsbudget: 1.200 euro per fte, in deze periode vooral voor teamscholing "
        "in activerende didactiek.",
        "Docenten volgen de programma’s van de ASG Academie; in het scholingsplan staat per "
        "sectie welke module wordt gevolgd. Nu heeft 40% van de docenten een Maximum-module gevolgd; doel 75%.",
    ])

    vetkop(doc, "Gesprekken en welbevinden")
    lijst(doc, [
        "Jaarlijkse gesprekscyclus voor iedereen: startgesprek in oktober, lesbezoek, "
        "ontwikkelgesprek in maart; eens in de drie jaar een beoordelingsgesprek. Vorig jaar is "
        "71% van de ontwikkelgesprekken gevoerd; doel 100%.",
        "Verzuim nu 6,4%, doel onder 5%. Vanaf 4 weken verzuim plannen teamleider en "
        "casemanager van de arbodienst samen een gesprek.",
        "Werkdruk: maximaal 24 lesuren per fte, toetsweken zonder vergaderingen en een vaste "
        "nakijkmiddag na elke toetsweek.",
        "Oudere medewerkers kunnen gebruikmaken van de regeling duurzame inzetbaarheid; jonge "
        "ouders krijgen voorrang bij roosterwensen.",
    ])

    # ---------------------------------------------------------------- venster 3
    vetkop(doc, "3. Samen met andere ASG-scholen", groot=True)
    lijst(doc, [
        "Schakelroute mavo–havo: met twee ASG-mavo’s hebben we een schakelprogramma voor "
        "leerlingen die na hun mavo-diploma naar havo 4 willen (extra lessen wiskunde en Engels "
        "in het voorjaar, kennismaking in mei). Doel: minstens 80% van deze leerlingen gaat "
        "zonder vertraging over naar havo 5 (nu 64%).",
        "Omgekeerd: leerlingen voor wie havo te hoog gegrepen is, kunnen met een warme overdracht "
        "naar een ASG-mavo; dat gebeurt in overleg met ouders vóór 1 juni.",
        "Onze secties wiskunde, Nederlands en Engels doen mee aan de ASG-vakgroepen havo/vwo. "
        "Samen maken we gemeenschappelijke schoolexamens en kalibreren we het nakijken.",
        "Ons examensecretariaat werkt samen met de andere ASG-scholen voor havo/vwo (gezamenlijk "
        "examenreglement-format, elkaars examencommissie als achtervang).",
        "De onderzoeksteams presenteren hun uitkomsten elk jaar ook op een ASG-brede studiemiddag "
        "of een ‘Avondje uit met ASG’.",
    ])

    # ---------------------------------------------------------------- venster 4
    vetkop(doc, "4. Partnerschap", groot=True)

    vetkop(doc, "Ouders")
    lijst(doc, [
        "Cijfers staan binnen tien werkdagen in Magister; dat is een harde afspraak voor alle "
        "docenten.",
        "Open zijn over hoe het gaat, ook als het niet goed gaat: elke periode een korte "
        "mentorbrief per klas met wat er speelt en wat er komt.",
        "Rapportgesprekken in leerjaar 1 tot en met 3 met leerling, ouders en mentor samen; in de "
        "bovenbouw voor iedere leerling die het advies ‘zorgelijk’ krijgt.",
        "Ouderavonden per leerjaar over thema’s waar ouders om vragen (profielkeuze, "
        "studievaardigheden, schermgebruik).",
        "Een ouderpanel van twaalf ouders denkt vier keer per jaar mee over de uitvoering van dit "
        "plan; het eerste onderwerp is de invoering van de flexuren.",
        "Oudertevredenheid over informatievoorziening: nu 6,6, doel 7,5.",
    ])

    vetkop(doc, "De stad in")
    lijst(doc, [
        "Loopbaanoriëntatie met Windesheim Almere, de Hogeschool van Amsterdam en de Universiteit "
        "van Amsterdam (meeloopdagen, proefstuderen voor vwo 5).",
        "Profielwerkstukken met een opdrachtgever uit de stad, bijvoorbeeld Waterschap Zuiderzeeland, "
        "Flevoziekenhuis of bedrijven uit de regio. Doel: de helft van de "
        "profielwerkstukken heeft een externe opdrachtgever (nu ongeveer 15%).",
        "Maatschappelijke stage in leerjaar 3 (30 uur) bij organisaties in Haven, zoals het "
        "buurthuis, sportverenigingen en het verpleeghuis aan de Sluis.",
        "Met de wijkagent en het jongerenwerk van De Schoor hebben we elk kwartaal overleg over "
        "wat er rond de school speelt.",
    ])

    vetkop(doc, "Wat we nu niet doen")
    tekst(doc,
        "Niet alles uit de koers krijgt in dit plan een eigen plek. Zo maken we geen eigen plan "
        "voor interne mobiliteit, voor de rol van ASG in landelijke netwerken of voor het "
        "servicebureau; daar volgen we wat het bestuur organiseert. We zijn liever ambitieus op "
        "een paar punten dan gemiddeld op alles.")

    # ---------------------------------------------------------------- colofon
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    vetkop(doc, "Colofon", groot=True)
    colofon = [
        ("School", "Zeilgat Lyceum, openbare school voor havo, atheneum en gymnasium"),
        ("Adres", "Kruisstraat 40, 1353 BN Almere Haven"),
        ("BRIN", "19XZ"),
        ("Bevoegd gezag", "Almeerse Scholen Groep, College van Bestuur"),
        ("Rector", "drs. H. (Hidde) Lammerts"),
        ("Planperiode", "1 augustus 2026 tot en met 31 juli 2030"),
        ("Instemming MR", "De medezeggenschapsraad heeft op 9 juni 2026 ingestemd met dit schoolplan."),
        ("Vastgesteld", "Door het College van Bestuur van ASG op 30 juni 2026"),
        ("Tot stand gekomen met", "schoolleiding, sectievoorzitters, ouderpanel en leerlingenraad "
                                  "(studiedagen november 2025 en maart 2026)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in colofon:
        c = t.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(k).bold = True
        c[1].text = v
        c[0].width = Cm(4.0)
        c[1].width = Cm(12.6)

    doc.save(path)
    _vaste_zip(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_132_zeilgat_lyceum.docx")
