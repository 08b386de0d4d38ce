# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van SO De Zwerfsteen (speciaal onderwijs, cluster 4), Almere.

Bouwt met python-docx een Word-document zoals de directeur het zelf schreef:
kort, in de eigen vakwoorden van het SO, met één hoofdstuk "Onze doelen".
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _taal_nl(document):
    """Zet de proeftaal van de standaardstijlen op Nederlands."""
    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "List Number"):
        try:
            stijl = document.styles[naam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _paginanummer(document):
    voet = document.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("SO De Zwerfsteen | schoolplan 2024-2028 | pagina ")
    run = voet.add_run()
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


def _p(document, tekst):
    return document.add_paragraph(tekst)


def _bullets(document, regels):
    for regel in regels:
        document.add_paragraph(regel, style="List Bullet")


def _doel(document, nummer, kop, hoe, wanneer):
    p = document.add_paragraph()
    r = p.add_run("%d. %s" % (nummer, kop))
    r.bold = True
    p2 = document.add_paragraph()
    r = p2.add_run("Hoe: ")
    r.italic = True
    p2.add_run(hoe)
    p3 = document.add_paragraph()
    r = p3.add_run("Wanneer: ")
    r.italic = True
    p3.add_run(wanneer)


def _opslaan(document, path, stempel):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer byte-gelijk is."""
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            doel.writestr(info, bron.read(item.filename))


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)

    cp = document.core_properties
    cp.title = "Schoolplan SO De Zwerfsteen 2024-2028"
    cp.author = "R. Hoekstra"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2024, 5, 21, 9, 30, 0)
    cp.modified = datetime.datetime(2024, 6, 4, 16, 10, 0)
    cp.last_modified_by = "R. Hoekstra"
    cp.revision = 7

    _paginanummer(document)

    # ------------------------------------------------------------------ voorblad
    document.add_paragraph("Schoolplan 2024-2028", style="Title")
    _p(document, "SO De Zwerfsteen, school voor speciaal onderwijs (cluster 4)")
    _p(document, "Marsdiep 12, Almere Haven | BRIN 27XK | directeur: Roel Hoekstra")
    _p(document, "Looptijd: schooljaar 2024-2025 tot en met schooljaar 2027-2028")
    _p(document, "Versie 0.7, juni 2024")

    # ------------------------------------------------------------------ 1
    document.add_heading("1. Waarom dit plan kort is", level=1)
    _p(document,
       "Dit schoolplan is bewust kort gehouden. Alles wat over onze dagelijkse zorg en begeleiding gaat, "
       "staat al uitgebreid in ons schoolondersteuningsprofiel (SOP, vastgesteld in 2023), in het "
       "zorgplan en in de schoolgids. Die documenten herhalen we hier niet. In dit plan staat wat wij de "
       "komende vier jaar anders of beter willen doen, en waarom. Het is geschreven door de directeur, "
       "met de intern begeleiders, de orthopedagoog en de bouwcoördinatoren. Het team heeft de doelen op "
       "de studiedag van 8 april 2024 aangescherpt.")
    _p(document,
       "We hebben niet geprobeerd om op alles uit het koersplan van het bestuur een antwoord te geven. "
       "Een SO-school met kinderen die vastgelopen zijn in het regulier en het SBO heeft een eigen "
       "opdracht: rust, voorspelbaarheid en een ontwikkelingsperspectief dat klopt. Daar kiezen we voor.")

    # ------------------------------------------------------------------ 2
    document.add_heading("2. Onze school in het kort", level=1)
    _p(document,
       "SO De Zwerfsteen is een openbare school voor speciaal onderwijs voor kinderen van 4 tot 13 jaar "
       "met ernstige gedrags- en/of psychiatrische problematiek. Op 1 oktober 2023 telden we 104 "
       "leerlingen in 11 groepen van gemiddeld 9 à 10 kinderen. Ongeveer 70% van onze leerlingen heeft "
       "een diagnose in het autismespectrum of ADHD, vaak in combinatie met hechtingsproblematiek of "
       "trauma. Bijna alle leerlingen komen met leerlingenvervoer (taxibusjes) uit heel Almere en een "
       "deel uit Zeewolde. Plaatsing gebeurt altijd met een toelaatbaarheidsverklaring (TLV) van het "
       "samenwerkingsverband Passend Onderwijs Almere.")
    _p(document,
       "Het team bestaat uit 41 medewerkers: 14 leerkrachten, 12 onderwijsassistenten, 2 intern "
       "begeleiders, een orthopedagoog-generalist (0,8 fte), een gedragsspecialist, een vakleerkracht "
       "bewegingsonderwijs, een schoolmaatschappelijk werker, conciërge, administratie en de directie. "
       "In ons gebouw zit ook de dagbehandeling van De Zandbank Jeugdhulp, met twee groepen waarvan de "
       "kinderen 's ochtends bij ons in de klas zitten.")
    _p(document,
       "Wat ouders ons in de tevredenheidspeiling van 2023 vooral teruggaven: hun kind komt weer graag "
       "naar school (rapportcijfer 8,1), maar ze willen eerder horen als het minder gaat, en niet pas bij "
       "de OPP-bespreking. Dat punt komt terug in onze doelen.")

    # ------------------------------------------------------------------ 3
    document.add_heading("3. Hoe wij werken", level=1)
    document.add_heading("Ontwikkelingsperspectief en leerroutes", level=2)
    _p(document,
       "Elke leerling heeft een ontwikkelingsperspectiefplan (OPP). Daarin staan de onderwijsbehoeften, "
       "de belemmerende en bevorderende factoren, de verwachte uitstroombestemming en de leerroute. We "
       "werken met de drie leerroutes uit Passende Perspectieven (SLO) voor rekenen, technisch lezen, "
       "begrijpend lezen en spelling, en met de leerlijnen sociaal-emotionele ontwikkeling en leren leren "
       "in ParnasSys. Voor de uitstroom onderscheiden we drie bestemmingen: vervolgonderwijs in het vmbo "
       "of hoger (met of zonder VSO-arrangement), VSO-dagbesteding/arbeid, en terugplaatsing naar "
       "regulier of SBO.")
    _p(document,
       "Methoden: Veilig leren lezen (KIM-versie) voor aanvankelijk lezen, Estafette voor voortgezet "
       "technisch lezen, Nieuwsbegrip, Staal voor spelling en taal, Wereld in getallen 5 voor rekenen, "
       "aangevuld met Rekenrijk-materialen voor leerroute 1. Wereldoriëntatie geven we thematisch met "
       "Blink. Voor sociaal-emotioneel leren gebruiken we Kwink in alle groepen. Burgerschap nemen we "
       "mee binnen sociaal-emotioneel leren.")
    document.add_heading("Groepsplannen en zorgteam", level=2)
    _p(document,
       "Per vakgebied maken de leerkrachten twee keer per jaar een groepsplan (september en februari), "
       "afgeleid van de OPP's in de groep. De groepsplannen worden tussentijds besproken in de "
       "groepsbespreking met de IB'er (drie keer per jaar). Leerlingen bij wie de ontwikkeling stagneert "
       "of de gedragsproblematiek toeneemt, gaan naar het zorgteam: IB'er, orthopedagoog, "
       "gedragsspecialist, schoolmaatschappelijk werker en op afroep de jeugdarts van de GGD Flevoland. "
       "Het zorgteam komt elke zes weken bij elkaar. De Commissie van Begeleiding (CvB) stelt de OPP's "
       "vast en beslist over bijstelling van het perspectief en over uitstroom.")
    document.add_heading("Veiligheid in en om de klas", level=2)
    _p(document,
       "Sinds 2019 werken we schoolbreed met Positive Behavior Support (PBS). We hebben drie "
       "gedragsverwachtingen (veilig, samen, zelf) die in elke ruimte op dezelfde manier zijn "
       "uitgewerkt en zichtbaar hangen. Elke groep heeft een eigen rustplek, en er is een centrale "
       "time-outruimte die alleen volgens het protocol 'Time-out en fysiek ingrijpen' gebruikt wordt. "
       "Elk incident met fysiek ingrijpen registreren we in ParnasSys en bespreken we binnen twee dagen "
       "na met ouders en met de betrokken medewerker. Het aantal registraties bekijken we elk kwartaal in "
       "het MT. In 2023 waren dat er 212, in 2021 nog 318.")
    _p(document,
       "Leerlingen vullen twee keer per jaar de veiligheidsmonitor in (vanaf groep 5, met hulp van de "
       "leerkracht), leerkrachten vullen ZIEN! in voor elke leerling. Alle medewerkers volgen om het jaar "
       "de herhalingstraining fysieke interventie van Pitstop Agressiehantering.")

    # ------------------------------------------------------------------ 4
    document.add_heading("4. Team", level=1)
    _p(document,
       "Ons team is stabiel, maar het verzuim is te hoog: 7,9% in 2023 (landelijk SO rond 7%). Een "
       "groot deel daarvan is langdurig en hangt samen met de belasting in de groepen. Daarom werken we "
       "met een vaste onderwijsassistent in elke groep en zetten we de werkdrukmiddelen volledig in op "
       "extra handen. Na een zwaar incident is er binnen 24 uur een opvanggesprek met de directeur of de "
       "gedragsspecialist.")
    _p(document,
       "Van de 14 leerkrachten zijn er twee zij-instromers; zij volgen de deeltijdpabo bij Windesheim "
       "Flevoland. Drie onderwijsassistenten willen doorgroeien naar leerkracht. Nieuwe collega's krijgen "
       "een maatje en in het eerste jaar vier observaties door de IB'er of de gedragsspecialist.")
    _p(document,
       "Iedere medewerker heeft jaarlijks een ontwikkelgesprek; leerkrachten en onderwijsassistenten "
       "hebben daarnaast eens per drie jaar een beoordelingsgesprek. Voor alle leerkrachten is een "
       "SO-specifieke scholing verplicht: in deze periode de training Nieuwe Autoriteit (geweldloos "
       "verzet) in samenwerking met de orthopedagoog en de cursus 'Lesgeven aan kinderen met autisme' "
       "van de ASG Academie.")

    # ------------------------------------------------------------------ 5
    document.add_heading("5. Kwaliteit bewaken", level=1)
    _p(document,
       "Onze kwaliteitszorg draait om één vraag: halen onze leerlingen het perspectief dat we in het "
       "OPP hebben gezet? Twee keer per jaar (januari en juni) maken de IB'ers een opbrengstanalyse per "
       "groep en per leerroute: hoeveel leerlingen liggen op koers, hoeveel erboven en hoeveel eronder. "
       "Die analyse bespreken we eerst in het zorgteam en daarna met het hele team in de "
       "opbrengstvergadering. Wat daaruit komt, gaat het groepsplan en het jaarplan in.")
    _p(document,
       "Daarnaast volgen we de uitstroom: we vragen twee jaar na vertrek bij de vervolgschool na of de "
       "leerling daar nog zit. Eens per twee jaar houden we een tevredenheidspeiling onder ouders, "
       "leerlingen (vanaf groep 5) en medewerkers. Het jaarplan evalueren we in juni en leggen we vast in "
       "het jaarverslag. De inspectie heeft ons in 2022 bezocht; alle standaarden waren voldoende, "
       "'zicht op ontwikkeling' was goed.")

    # ------------------------------------------------------------------ 6
    document.add_heading("6. Onze doelen", level=1)
    _p(document,
       "Hieronder staan de doelen waar we de komende vier jaar aan werken. De volgorde is geen rangorde; "
       "de nummering is alleen om er in het jaarplan naar te kunnen verwijzen. Per schooljaar kiezen we "
       "in het jaarplan welke doelen die periode voorrang krijgen.")

    _doel(document, 1,
          "Elk OPP is binnen zes weken na plaatsing opgesteld en met ouders besproken.",
          "Het intakegesprek, het observatieverslag van de leerkracht en het onderzoek van de "
          "orthopedagoog leveren samen het concept-OPP op. De IB'er plant het OPP-gesprek met ouders "
          "al bij de intake in. Nu lukt het bij ongeveer 60% van de nieuwe leerlingen binnen zes weken.",
          "Vanaf januari 2025; in 2026 bij minimaal 90% van de nieuwe plaatsingen.")
    _doel(document, 2,
          "Het verzuim daalt van 7,9% naar hooguit 5,5%.",
          "Vaste onderwijsassistent per groep blijft; na elk zwaar incident een opvanggesprek binnen "
          "24 uur; preventief spreekuur bij de bedrijfsarts; in het jaargesprek vaste vraag naar "
          "belastbaarheid. We maken met de ARBO-dienst per kwartaal een verzuimoverzicht dat in het MT "
          "besproken wordt.",
          "Meting per kalenderjaar; 6,5% in 2025, 5,5% in 2027.")
    _doel(document, 3,
          "Ouders horen het eerder als het minder gaat.",
          "Naast de drie OPP-gesprekken per jaar krijgen ouders elke week een kort bericht via Parro "
          "over hoe de week ging. Als een leerling twee keer in één week in de time-out heeft gezeten, "
          "belt de leerkracht dezelfde dag. Ouders ondertekenen het OPP en krijgen een eigen exemplaar "
          "van het groepsplan-deel dat over hun kind gaat. In de peiling van 2025 en 2027 vragen we "
          "apart naar 'ik word op tijd geïnformeerd'.",
          "Start augustus 2024; doel: 80% van de ouders tevreden over de informatie in 2027 (2023: 58%).")
    _doel(document, 4,
          "80% van onze leerlingen zit twee jaar na uitstroom nog op de school die wij adviseerden.",
          "Uitstroomgegevens per leerling bijhouden in ParnasSys; jaarlijks navragen bij de VSO- en "
          "VO-scholen; in de CvB uitstroom bespreken aan de hand van de vijf laatste cohorten.",
          "Eerste volledige meting juni 2025; streefwaarde 80% in 2027 (nu 71%).")
    _doel(document, 5,
          "We leggen het perspectief hoog en stellen het naar boven bij als het kan.",
          "Bij elke OPP-evaluatie kijkt de CvB niet alleen of de leerling op koers ligt, maar ook of "
          "het perspectief omhoog kan. Liggen de resultaten twee metingen achter elkaar boven de "
          "leerroute, dan is bijstelling naar boven het uitgangspunt. Minimaal 60% van de leerlingen "
          "haalt de OPP-doelen voor rekenen en begrijpend lezen.",
          "Elke opbrengstanalyse (januari en juni); eerste evaluatie juni 2025.")
    _doel(document, 6,
          "Terugplaatsing waar het kan: jaarlijks minimaal zes leerlingen terug naar SBO of regulier.",
          "Samen met het samenwerkingsverband zetten we een terugplaatsingstraject op met een "
          "wenperiode van acht weken, waarin onze gedragsspecialist de ontvangende leerkracht coacht. "
          "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
          "zodat alle leerlingen een passende onderwijsplek hebben.",
          "Traject klaar in schooljaar 2024-2025; vanaf 2025-2026 zes terugplaatsingen per jaar.")
    _doel(document, 7,
          "Alle leerkrachten hebben de training Nieuwe Autoriteit gevolgd; de onderwijsassistenten "
          "volgen de basismodule.",
          "Twee groepen van elk acht deelnemers per jaar, begeleid door de orthopedagoog. De cursus 'Lesgeven aan kinderen met autisme' van de ASG Academie "
          "volgen alle leerkrachten die nog geen autismescholing hebben (nu vijf).",
          "Training 2024-2026; autismecursus afgerond voor zomer 2026.")
    _doel(document, 8,
          "Beide zij-instromers halen hun bevoegdheid.",
          "Ze krijgen een vaste coach (bouwcoördinator), een vrije middag per week voor de opleiding en "
          "hun groep krijgt op die middag een vaste invaller. Voortgang staat elke zes weken op de "
          "agenda van het gesprek met de directeur.",
          "Bevoegdheid uiterlijk zomer 2026.")
    _doel(document, 9,
          "Taxi-ontvangst: elke leerling wordt 's ochtends persoonlijk opgevangen.",
          "Bij aankomst van de busjes staan er elke dag twee vaste collega's buiten die de leerlingen "
          "welkom heten en meelopen naar de klas. Nieuwe ouders en bezoekers krijgen bij de "
          "eerste keer een rondleiding van een leerling uit de bovenbouw en een vaste contactpersoon.",
          "Loopt al deels; vanaf augustus 2024 structureel ingeroosterd.")
    _doel(document, 10,
          "Zorg in de school: behandeling en onderwijs sluiten op elkaar aan.",
          "Met De Zandbank Jeugdhulp maken we per kind één gezamenlijk plan (OPP en behandelplan in "
          "één document), en er is een vast wekelijks overleg tussen leerkracht en groepsleider. We "
          "onderzoeken met de kinderfysiotherapeut en logopediepraktijk Haven of zij een vaste "
          "behandelruimte in de school kunnen krijgen, zodat kinderen niet meer onder schooltijd "
          "weg hoeven. Wij werken proactief samen met een breed scala aan partners.",
          "Gezamenlijk plan vanaf 2025-2026; behandelruimte in gebruik in 2026.")
    _doel(document, 11,
          "De jaarlijkse gesprekscyclus is rond voor alle medewerkers, ook de onderwijsassistenten en "
          "het ondersteunend personeel.",
          "De directeur en de adjunct verdelen de gesprekken; elke medewerker heeft in het digitale "
          "personeelsdossier een actueel ontwikkelplan. Nu heeft ongeveer de helft van de "
          "onderwijsassistenten geen verslag van het laatste gesprek.",
          "100% van de gesprekken gevoerd en vastgelegd in schooljaar 2025-2026.")
    _doel(document, 12,
          "Het SOP is herzien en beschrijft precies wat we wel en niet kunnen bieden.",
          "We schrijven op welke onderwijs- en ondersteuningsbehoeften we aankunnen (o.a. "
          "autisme, ADHD, hechtingsproblematiek, angst- en stemmingsproblemen met behandeling) en waar "
          "onze grens ligt (structurele één-op-éénbegeleiding, verpleegkundige zorg, ernstig "
          "middelengebruik). Het herziene SOP bespreken we met het samenwerkingsverband zodat de TLV's "
          "beter aansluiten.",
          "Herzien SOP klaar in maart 2025, daarna jaarlijks getoetst.")

    # ------------------------------------------------------------------ 7
    document.add_heading("7. Tot slot", level=1)
    _p(document,
       "De doelen uit dit plan werken we elk jaar uit in het jaarplan. In juni evalueren we met het "
       "team wat gelukt is en wat niet, en in het jaarverslag leggen we dat vast. Halverwege, in het "
       "voorjaar van 2026, kijken we of de doelen nog kloppen met onze populatie; die verandert snel.")
    _p(document,
       "Dit plan is besproken met de medezeggenschapsraad op 14 mei 2024. Daarna gaat het ter "
       "vaststelling naar het College van Bestuur van de Almeerse Scholen Groep.")
    _p(document, "Roel Hoekstra, directeur SO De Zwerfsteen")

    _opslaan(document, path, (2024, 6, 4, 16, 10, 0))


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_185_so_de_zwerfsteen.docx")
