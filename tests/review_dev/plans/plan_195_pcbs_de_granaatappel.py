# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van PCBS De Granaatappel (Almere Poort).

Opbouw in zes eigen thema's; kopjes zijn vetgedrukte gewone alinea's (stijl Normal),
doelen staan als lopende tekst aan het eind van elk thema.
"""
import datetime

from docx import Document
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


DATUM = datetime.datetime(2024, 6, 24, 14, 30, 0)


def _taal_nl(doc):
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    rpr = stijl.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    rpr.append(lang)


def _paginanummer(doc):
    sectie = doc.sections[0]
    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Schoolplan PCBS De Granaatappel 2024-2028  |  pagina ")
    r.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def kop(doc, tekst, grootte=14, voor=18):
    """Een kopje zoals de directeur het maakt: gewone alinea, vet."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(voor)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(grootte)
    r.font.color.rgb = RGBColor(0x8B, 0x1A, 0x2B)
    return p


def tussenkop(doc, tekst):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    return p


def alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def opsomming(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("PCBS De Granaatappel")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x8B, 0x1A, 0x2B)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Geworteld en uitgedaagd")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    alinea(doc, "Protestants-christelijke basisschool voor kinderen van 4 tot 12 jaar")
    alinea(doc, "Homerusplein 14, 1363 VJ Almere Poort  |  BRIN 27HF")
    alinea(doc, "Onderdeel van de Almeerse Scholen Groep (ASG)")
    alinea(doc, "Planperiode: 1 augustus 2024 tot en met 31 juli 2028")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def inhoud(doc):
    kop(doc, "Inhoud", voor=0)
    for regel in [
        "Voorwoord",
        "Wie we zijn",
        "Waar we voor staan",
        "Thema 1  Thuis in het verhaal: identiteit, welkom en veiligheid",
        "Thema 2  Stevig in de basis: lezen, taal en rekenen",
        "Thema 3  Nieuwsgierig naar de wereld",
        "Thema 4  Ieder kind in beeld",
        "Thema 5  Een team dat blijft leren",
        "Thema 6  Samen met ouders, kerk en wijk",
        "Hoe we dit plan gebruiken",
        "Vaststelling",
    ]:
        alinea(doc, regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def voorwoord(doc):
    kop(doc, "Voorwoord", voor=0)
    alinea(doc, (
        "Voor u ligt het schoolplan van PCBS De Granaatappel voor de schooljaren 2024-2025 tot en met "
        "2027-2028. In de Bijbel is de granaatappel een teken van overvloed: één vrucht met honderden zaden. "
        "Zo kijken we ook naar onze school. Eén gemeenschap, met heel veel verschillende kinderen die elk iets "
        "eigens meebrengen. Dat beeld hebben we bij het schrijven van dit plan steeds voor ogen gehad."
    ))
    alinea(doc, (
        "Dit plan is niet achter een bureau ontstaan. Het team heeft op drie studiedagen (11 oktober 2023, "
        "24 januari en 13 maart 2024) gewerkt aan de vraag wat wij over vier jaar terug willen zien in de "
        "klassen. Ouders praatten mee op een thema-avond op 20 februari 2024, waar 46 ouders op af kwamen. "
        "De leerlingenraad gaf ons een lijstje met ‘dingen die echt beter moeten’. Bovenaan stonden de "
        "wc’s en de schoolbibliotheek. Aan het eerste werken we samen met de gemeente. Het tweede staat in "
        "thema 2."
    ))
    alinea(doc, (
        "We hebben gekozen voor zes thema’s die voor onze school het verschil maken. Per thema beschrijven we "
        "waar we nu staan en wat we gaan doen. Aan het eind van elk thema staat wat we in 2027 willen zien. "
        "Dan hebben we nog een jaar om bij te sturen voordat we het volgende plan schrijven. De koers van ons "
        "bestuur, de Almeerse Scholen Groep, was ons kader. We hebben haar indeling niet overgenomen, maar we "
        "hebben wel bij elk thema nagegaan wat de koers van ons vraagt."
    ))
    alinea(doc, "Hilde van Wijngaarden, directeur")


def wie_we_zijn(doc):
    kop(doc, "Wie we zijn")
    alinea(doc, (
        "De Granaatappel is in 2009 gestart in een noodgebouw aan de rand van het Homeruskwartier. Sinds 2013 "
        "zitten we in een eigen gebouw aan het Homerusplein, dat we delen met peuteropvang en buitenschoolse "
        "opvang van Partou. Op 1 oktober 2023 telden we 327 leerlingen in 14 groepen: vier kleutergroepen en "
        "tien groepen 3 tot en met 8. Door de nieuwbouw in Duin en het Columbuskwartier verwachten we in 2027 "
        "rond de 360 leerlingen. Met de gemeente praten we over een tijdelijke uitbreiding met twee lokalen."
    ))
    alinea(doc, (
        "Ons team bestaat uit 31 medewerkers: 22 leerkrachten (van wie twee zij-instromers), drie "
        "onderwijsassistenten, een intern begeleider, een vakleerkracht bewegingsonderwijs, een directeur, "
        "een adjunct-directeur, een administratief medewerker en een conciërge. De gemiddelde leeftijd is 38 "
        "jaar. Vijf collega’s zijn ouder dan 55 jaar, en acht collega’s hebben jonge kinderen."
    ))
    alinea(doc, (
        "Onze leerlingen komen uit Almere Poort en voor een klein deel uit Almere Stad-West. Ze zijn een "
        "afspiegeling van de wijk. Bij 38 procent van de kinderen wordt thuis naast Nederlands ook een andere "
        "taal gesproken. De kinderen hebben wortels in 29 landen. Onze schoolweging is 30,4, wat rond het "
        "landelijk gemiddelde ligt. De spreiding binnen de school is groot. Ongeveer een derde van de gezinnen "
        "is actief kerkelijk. Veel ouders kiezen voor ons om de waarden die we uitdragen, ook als ze zelf niet "
        "of anders geloven. Daar zijn we blij mee."
    ))
    tussenkop(doc, "Wat ons onderzoek liet zien")
    alinea(doc, (
        "Ter voorbereiding op dit plan hebben we in het najaar van 2023 onze sterke en zwakke kanten op een "
        "rij gezet. We gebruikten de uitkomsten van het inspectiebezoek van november 2022 (basisarrangement, "
        "alle standaarden voldoende en ‘pedagogisch klimaat’ goed), de tevredenheidspeilingen van 2023, "
        "onze trendanalyses en de gesprekken op de studiedagen."
    ))
    opsomming(doc, [
        "Sterk: het pedagogisch klimaat, de betrokkenheid van ouders bij vieringen en activiteiten, de "
        "kleutergroepen en de samenwerking met Partou.",
        "Sterk: de resultaten op taalverzorging en technisch lezen liggen al jaren boven de signaleringswaarden.",
        "Aandacht: begrijpend lezen en leesplezier zijn gedaald. In groep 6 zegt nog maar 48 procent van de "
        "kinderen graag te lezen.",
        "Aandacht: het niveau 1S bij rekenen blijft achter bij wat we van onze leerlingen mogen verwachten.",
        "Aandacht: ouders waarderen de informatie over de ontwikkeling van hun kind met een 7,4. Dat is lager "
        "dan bij vergelijkbare scholen.",
        "Aandacht: de werkdruk in het team. In de medewerkerspeiling scoorde die een 6,8, en het verzuim lag in "
        "2023 op 6,4 procent.",
    ])


def waar_we_voor_staan(doc):
    kop(doc, "Waar we voor staan")
    alinea(doc, (
        "Onze missie vatten we samen in drie woorden: geworteld en uitgedaagd. Kinderen raken bij ons "
        "geworteld in een veilige gemeenschap en in het verhaal van God en mensen. Vanuit die wortels dagen we "
        "ze uit om te groeien: in kennis, in vaardigheden en als mens. We geloven dat ieder kind door God "
        "gewild is en dat elk kind talenten heeft die het waard zijn om te ontdekken."
    ))
    alinea(doc, (
        "In de dagelijkse praktijk betekent dat drie dingen. Er is rust en structuur, zodat kinderen zich veilig "
        "voelen. Het lesgeven is goed, met duidelijke instructie en hoge verwachtingen. En er is ruimte voor "
        "nieuwsgierigheid, zodat leren meer is dan een methode afwerken. Die drie dingen komen in alle thema’s "
        "van dit plan terug."
    ))


def thema1(doc):
    kop(doc, "Thema 1  Thuis in het verhaal: identiteit, welkom en veiligheid")
    tussenkop(doc, "Onze identiteit in de praktijk")
    alinea(doc, (
        "We beginnen elke dag met een dagopening uit Trefwoord: een verhaal, een lied en een gebed. Op "
        "maandagochtend komen de groepen 1 tot en met 4 om de week samen in de hal voor een korte viering. "
        "Kerst en Pasen vieren we met de hele school en met ouders in het kerkgebouw van de protestantse "
        "wijkgemeente in Poort. De identiteitscommissie houdt het gesprek over onze identiteit levend. Daarin "
        "zitten twee ouders, twee leerkrachten en de predikant van de wijkgemeente. De commissie komt vier keer "
        "per jaar bij elkaar en bereidt ook de vieringen voor."
    ))
    alinea(doc, (
        "Wij vertellen de verhalen uit de Bijbel, en we luisteren naar de verhalen die kinderen van thuis "
        "meenemen. Elk gezin dat onze identiteit respecteert is welkom. Leerlingen nemen deel aan de "
        "dagopening en de vieringen. Van niemand vragen we dat hij of zij gelooft. In de groepen 5 tot en met 8 "
        "werken we met lessen geestelijke stromingen. Groep 7 bezoekt in het voorjaar een moskee in Almere "
        "Stad, en groep 8 een synagoge. Voor kinderen die vasten tijdens de ramadan hebben we vaste afspraken "
        "over gym en schoolreis. Die staan in de schoolgids. In het team zijn verschillen in geloofsbeleving "
        "bespreekbaar. Tijdens de identiteitsavond aan het begin van het schooljaar vertellen collega’s wat "
        "hun inspireert."
    ))
    tussenkop(doc, "Welkom voor iedereen die binnenkomt")
    alinea(doc, (
        "We willen dat iedereen die de school binnenloopt zich welkom voelt, ook wie voor het eerst komt. "
        "Daarom staan om 8.20 uur alle leerkrachten bij hun klasdeur en geven ze ieder kind een hand. Nieuwe "
        "gezinnen krijgen een kennismakingsgesprek met de directeur en een rondleiding. Die rondleiding geven "
        "twee ‘gidsen’ uit groep 8, die daarvoor in september een korte training krijgen. Binnen zes weken na "
        "de start volgt een welkomstgesprek met de leerkracht. Ouders die nog weinig Nederlands spreken, "
        "koppelen we op hun verzoek aan een oudercontactpersoon die hun taal spreekt. Dat zijn er nu vier. Nieuwe "
        "collega’s krijgen een maatje, en in hun eerste maand een vaste wekelijkse afspraak met de "
        "adjunct-directeur."
    ))
    tussenkop(doc, "Elk kind telt")
    alinea(doc, (
        "Gezien worden begint in de groep. In de eerste weken van het schooljaar heeft elke groep een "
        "‘Dit-ben-ik-week’. Daarin vertelt ieder kind iets over zichzelf: wat hij goed kan, waar hij van houdt, "
        "waar hij trots op is. Vanaf groep 3 voert de leerkracht twee keer per jaar een kort kindgesprek met "
        "iedere leerling. In de teamvergadering houden we een ‘stille lijst’ bij: kinderen die weinig opvallen "
        "en daardoor snel over het hoofd worden gezien. Voor hen maken we een afspraak over wie er extra "
        "aandacht aan geeft."
    ))
    tussenkop(doc, "Veiligheid en respectvol omgaan met elkaar")
    alinea(doc, (
        "Voor sociaal-emotioneel leren werken we met Kwink, één les per week in alle groepen. De eerste zes "
        "weken van het jaar zijn de ‘Gouden Weken’. Dan maakt elke groep met de leerkracht afspraken over hoe "
        "ze met elkaar omgaan. Schoolbreed hebben we drie regels: we zijn aardig voor elkaar, we helpen elkaar "
        "en we zijn zuinig op de spullen. Ruzies op het plein lossen leerlingen uit groep 7 en 8 op als "
        "leerlingmediator. Ze worden daarvoor opgeleid door welzijnsorganisatie De Schoor. Dit jaar zijn het er "
        "twaalf. Voor volwassenen geldt dezelfde houding. Ouders en medewerkers onderschrijven onze "
        "gedragscode, en in het team spreken we elkaar aan als het misgaat."
    ))
    alinea(doc, (
        "Ons veiligheidsplan bevat het pestprotocol, het protocol sociale media, de meldcode huiselijk geweld "
        "en kindermishandeling, het ontruimingsplan en de afspraken over bedrijfshulpverlening. Er zijn zes "
        "BHV’ers. De intern begeleider is aandachtsfunctionaris voor de meldcode. Een leerkracht uit groep 6 "
        "is anti-pestcoördinator. Elk jaar in november vullen de leerlingen van groep 6 tot en met 8 een "
        "vragenlijst over sociale veiligheid in. In 2023 voelde 93 procent van hen zich veilig op school. Zeven "
        "procent gaf aan weleens gepest te worden, vooral via appgroepen. Daarom krijgen groep 6 tot en met 8 "
        "vanaf 2024-2025 elk jaar een lessenreeks over online gedrag, tijdens de Week van de Mediawijsheid."
    ))
    tussenkop(doc, "Burgerschap: samen leven leer je door het te doen")
    alinea(doc, (
        "Burgerschap hoort voor ons bij onze identiteit: naastenliefde is ook omzien naar de samenleving. We "
        "leren kinderen de basiswaarden van onze democratie: vrijheid, gelijkwaardigheid, begrip voor anderen, "
        "verdraagzaamheid, autonomie, afwijzen van discriminatie en solidariteit. Dat doen we op drie manieren. "
        "De burgerschapslessen van Kwink geven de kennis. De leerlingenraad oefent democratie. Daarin zitten "
        "acht leerlingen uit groep 5 tot en met 8, die zes keer per jaar vergaderen met de directeur en een "
        "eigen budget van 500 euro hebben. En met maatschappelijke projecten brengen we het in de praktijk: in "
        "de adventstijd zamelt de hele school in voor de Voedselbank Almere. Groep 8 doet elk jaar een "
        "debatproject dat afsluit in de raadszaal van het stadhuis. In 2024-2025 leggen we de onderdelen vast "
        "in één burgerschapsleerlijn van groep 1 tot en met 8, met per leerjaar de doelen die we nastreven."
    ))
    tussenkop(doc, "Wat we in 2027 willen zien")
    alinea(doc, (
        "In 2027 voelt ten minste 95 procent van de leerlingen in groep 6 tot en met 8 zich veilig op school "
        "(2023: 93 procent), en is het aandeel kinderen dat zegt gepest te worden gedaald van 7 naar hooguit 4 "
        "procent. In 2027 heeft elk nieuw gezin binnen zes weken een welkomstgesprek gehad. Ouders geven ‘ik "
        "voel me welkom op school’ in de oudertevredenheidspeiling minimaal een 8,0 (2023: 7,6)."
    ))
    alinea(doc, (
        "In 2027 staat de burgerschapsleerlijn op papier en wordt ze ook zo gegeven. Elke groep werkt per jaar "
        "aan minstens één maatschappelijk project. De leerlingenraad heeft elk jaar aantoonbaar meebeslist over "
        "minstens twee schoolzaken. In 2027 heeft iedere leerling van groep 3 tot en met 8 ieder jaar twee "
        "kindgesprekken gehad. En in 2027 is de identiteitscommissie op alle studiedagen over identiteit "
        "betrokken geweest bij de voorbereiding."
    ))


def thema2(doc):
    kop(doc, "Thema 2  Stevig in de basis: lezen, taal en rekenen")
    tussenkop(doc, "Ons aanbod")
    alinea(doc, (
        "Onze leerlingen krijgen in acht jaar ruim de verplichte 7.520 uur onderwijs. Het aanbod dekt de "
        "kerndoelen en is gericht op de referentieniveaus 1F, 2F en 1S. We werken met de volgende methodes: "
        "Onderbouwd met de observatielijsten van KIJK! in groep 1-2, Veilig Leren Lezen (KIM-versie) in groep 3, "
        "Staal voor taal en spelling in groep 4 tot en met 8, Nieuwsbegrip voor begrijpend lezen vanaf groep 5 "
        "en Wereld in Getallen 5 voor rekenen. Engels geven we vanaf groep 1 met Take it easy. Trefwoord, Kwink "
        "en Blink worden in de andere thema’s beschreven. Muziek geven we met Groove.me. Bewegingsonderwijs "
        "krijgen alle groepen 3 tot en met 8 twee keer per week van onze vakleerkracht."
    ))
    alinea(doc, (
        "Voor de instructie gebruiken we het model voor expliciete directe instructie (EDI). In 2022-2023 "
        "hebben we daar als team scholing in gehad. We werken met drie instructieniveaus. De basisinstructie "
        "is kort en ‘hardop voordoen’ staat centraal. Leerlingen die meer nodig hebben, krijgen verlengde "
        "instructie aan de instructietafel."
    ))
    tussenkop(doc, "Resultaten en hoge verwachtingen")
    alinea(doc, (
        "In februari 2024 namen we voor het eerst de doorstroomtoets af. We kozen voor Route 8. Op lezen haalde "
        "96 procent van onze groep 8 het niveau 1F en 59 procent het niveau 2F. Op taalverzorging was dat 97 en "
        "62 procent, op rekenen 91 procent 1F en 38 procent 1S. Alle scores liggen boven de "
        "signaleringswaarden van de inspectie. Bij rekenen ligt het aandeel 1S wel onder het landelijk "
        "gemiddelde van scholen met een vergelijkbare schoolweging. Tussentijds toetsen we met Leerling in "
        "beeld van Cito, in januari en juni."
    ))
    alinea(doc, (
        "We willen dat ieder kind laat zien wat het kan, en niet minder. Daarom stellen we per groep "
        "ambitiedoelen op. Die liggen boven het niveau dat je op basis van de schoolweging zou verwachten. Vanaf "
        "groep 6 voert de leerkracht met ieder kind een ambitiegesprek: wat wil je dit jaar bereiken en wat heb "
        "je daarvoor nodig? Bij het schooladvies kijken we naar drie jaar gegevens en naar de werkhouding. Twijfelen "
        "we tussen twee niveaus, dan kiezen we het hogere advies, met een duidelijke afspraak over begeleiding. "
        "Ook leerlingen met een ondersteuningsbehoefte volgen zo lang mogelijk het basisaanbod van hun groep."
    ))
    tussenkop(doc, "Een leesoffensief")
    alinea(doc, (
        "Lezen is het speerpunt van deze planperiode. Vanaf augustus 2024 lezen alle groepen iedere ochtend "
        "twintig minuten in een zelfgekozen boek. De leerkracht leest dan ook. We vernieuwen de "
        "schoolbibliotheek samen met de Nieuwe Bibliotheek in het programma de Bibliotheek op school. Daarvoor "
        "komt om de week een leesconsulent een dagdeel naar school. We kopen in twee jaar voor 9.000 euro nieuwe "
        "boeken, gekozen met de leerlingenraad. In groep 1 en 2 lezen we elke dag interactief voor. Elk "
        "voorjaar houden we een voorleesontbijt met ouders. Onze leescoördinator volgt in 2024-2025 de "
        "opleiding tot leesspecialist. Zij leidt het leerteam lezen (zie thema 5)."
    ))
    tussenkop(doc, "Rekenen: automatiseren en redeneren")
    alinea(doc, (
        "Bij rekenen zien we dat kinderen blijven hangen op het automatiseren van de tafels en de "
        "basisbewerkingen, en daardoor minder toekomen aan redeneren en verhaalsommen. Vanaf groep 4 oefenen "
        "kinderen daarom elke dag tien minuten met Rekentuin. Eén keer per week krijgt iedere groep vanaf groep "
        "5 een les ‘rekenen-wiskunde denken’ met open problemen. Onze rekencoördinator analyseert twee keer per "
        "jaar de fouten in de toetsen en bespreekt die met de bouwen."
    ))
    tussenkop(doc, "Hoe wij de kwaliteit bewaken")
    alinea(doc, (
        "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni stellen we het jaarplan op. Dat komt uit het "
        "schoolplan en de evaluatie van het afgelopen jaar, en de MR bespreekt het. In februari en juni maken "
        "de leerkrachten met de intern begeleider een trendanalyse per groep. Daarna bespreekt het hele team de "
        "schoolresultaten aan de hand van onze datamuur in de teamkamer. Directie en IB leggen per leerkracht "
        "twee lesbezoeken per jaar af, met de EDI-kijkwijzer en een nagesprek. Eens in de twee jaar peilen we "
        "de tevredenheid van ouders, leerlingen en medewerkers met WMK-PO. Daarmee evalueren we ook elk jaar "
        "twee of drie kwaliteitskaarten. Eerst komen de standaarden van ‘onderwijsproces’ aan de beurt, daarna "
        "die van ‘kwaliteitszorg en ambitie’. De uitkomsten staan in het jaarverslag en in de kwartaalrapportages "
        "aan het bestuur. In het voorjaar van 2026 laten we ons doorlichten door het interne auditteam van ASG, "
        "als voorbereiding op het vierjaarlijks onderzoek van de inspectie."
    ))
    tussenkop(doc, "Wat we in 2027 willen zien")
    alinea(doc, (
        "In 2027 haalt minimaal 65 procent van onze leerlingen in groep 8 het niveau 2F voor lezen (2024: 59 "
        "procent) en minimaal 45 procent het niveau 1S voor rekenen (2024: 38 procent). Alle drie de domeinen "
        "blijven boven de signaleringswaarden van de inspectie. In 2027 zegt minstens 70 procent van de "
        "leerlingen in groep 6 tot en met 8 dat ze graag lezen (2024: 48 procent). De schoolbibliotheek wordt dan "
        "door alle groepen wekelijks gebruikt."
    ))
    alinea(doc, (
        "In 2027 heeft iedere leerkracht elk jaar minstens twee lesbezoeken met een nagesprek gehad. Op ten "
        "minste 80 procent van de onderdelen van de EDI-kijkwijzer scoort het team dan ‘goed’. In 2027 is de "
        "cyclus van trendanalyses, lesbezoeken en zelfevaluatie zo vanzelfsprekend dat de interne audit van "
        "voorjaar 2026 alle standaarden van onderwijsproces en kwaliteitszorg als minimaal voldoende beoordeelt."
    ))


def thema3(doc):
    kop(doc, "Thema 3  Nieuwsgierig naar de wereld")
    alinea(doc, (
        "Kinderen komen nieuwsgierig de school binnen, en dat willen we zo houden. Bij wereldoriëntatie, "
        "techniek, cultuur en digitale geletterdheid kiezen we daarom bewust voor onderwijs waarin kinderen "
        "zelf vragen stellen en dingen uitzoeken."
    ))
    tussenkop(doc, "Onderzoekend en ontwerpend leren met Blink")
    alinea(doc, (
        "Sinds januari 2023 werken de groepen 3 tot en met 8 met Blink Wereld, een geïntegreerde methode voor "
        "aardrijkskunde, geschiedenis en natuur en techniek. Per jaar zijn er vier thema’s van zes weken. Bij "
        "de start van elk thema maakt de groep een vragenmuur: wat weten we al, en wat willen we weten? Elk "
        "thema eindigt met een presentatie of tentoonstelling voor ouders. In de groepen 7 en 8 is een van de "
        "vier thema’s een eigen onderzoek. Leerlingen kiezen dan zelf een vraag, in tweetallen of alleen, "
        "en werken die uit met de onderzoekscyclus van Blink. Voor dit onderzoekend en ontwerpend leren "
        "hebben we in 2023 het oude handvaardigheidslokaal ingericht als Maakplaats, met Lego Spike, Bee-Bots, "
        "een 3D-printer en gewoon gereedschap. Een leerkracht uit groep 5 is techniekcoördinator en heeft "
        "daarvoor 60 taakuren."
    ))
    tussenkop(doc, "Dicht bij de wereld van kinderen")
    alinea(doc, (
        "Almere Poort is een jonge wijk, en de meeste kinderen weten weinig van de geschiedenis van de plek "
        "waar ze wonen. Daarom halen we de omgeving de klas in. Groep 5 gaat naar Nieuw Land Erfgoedcentrum in "
        "Lelystad bij het thema over de inpoldering. Groep 6 doet natuuronderzoek in het Cirkelbos en op het "
        "strand van Almere Poort. Groep 8 interviewt ‘eerste bewoners’ van Poort voor een wijkkrant. Waar het kan "
        "sluiten we aan bij wat de kinderen bezighoudt. De leerlingenraad kiest elk jaar het onderwerp van "
        "onze projectweek. In 2024 werd dat ‘gamen’, en in die week maakten kinderen zelf een bordspel en een "
        "eenvoudig computerspel."
    ))
    tussenkop(doc, "Digitale geletterdheid")
    alinea(doc, (
        "De nieuwe kerndoelen voor digitale geletterdheid komen eraan, en onze leerlingen groeien op met "
        "schermen. Daarom voeren we in 2024-2025 de leerlijn Basicly in, voor groep 1 tot en met 8. Die leerlijn "
        "heeft vier domeinen: ICT-basisvaardigheden, informatievaardigheden, mediawijsheid en computational "
        "thinking. In groep 4 en 5 werken de kinderen met één Chromebook per twee leerlingen, vanaf groep 6 "
        "heeft ieder kind er een. Vanaf 2025 krijgen de groepen 7 en 8 ook les over kunstmatige intelligentie: "
        "hoe werkt een chatbot, en wanneer kun je hem niet vertrouwen? De ICT-coördinator zorgt samen met de "
        "techniekcoördinator dat Basicly en Blink op elkaar aansluiten."
    ))
    tussenkop(doc, "Cultuur")
    alinea(doc, (
        "Onze cultuurcoördinator maakt elk jaar een cultuurplan met de regeling Cultuureducatie met Kwaliteit "
        "van de gemeente Almere. Iedere groep doet ieder jaar minstens twee culturele activiteiten, waarvan "
        "één buiten de school. Een voorstelling in de Kunstlinie hoort daar vast bij. Om de week krijgen de "
        "groepen 5 en 6 muziekles van een vakdocent van een Almeerse muziekschool. De andere groepen werken met "
        "Groove.me."
    ))
    tussenkop(doc, "Wat we in 2027 willen zien")
    alinea(doc, (
        "In 2027 werken alle groepen 3 tot en met 8 met Blink volgens vaste afspraken over de vragenmuur, de "
        "onderzoekscyclus en de afsluiting. Ieder thema wordt afgesloten met een presentatie waar ouders bij "
        "zijn. In 2027 doet iedere leerling in groep 7 en 8 elk jaar minstens één eigen onderzoek. De Maakplaats "
        "is dan minimaal vier dagdelen per week in gebruik (2024: twee). In 2027 hebben de leerlingen van "
        "groep 8 de leerlijn Basicly helemaal doorlopen, en minstens 85 procent haalt de einddoelen van de "
        "leerlijn. In 2027 heeft iedere groep ieder jaar minstens twee culturele activiteiten gehad."
    ))


def thema4(doc):
    kop(doc, "Thema 4  Ieder kind in beeld")
    tussenkop(doc, "Zo houden we zicht op wat kinderen nodig hebben")
    alinea(doc, (
        "Elke leerkracht houdt in ParnasSys een groepsoverzicht bij. Daarin staat per kind kort wat het nodig "
        "heeft: bij de instructie, bij de verwerking en in het contact met andere kinderen. Drie keer per jaar "
        "is er een groepsbespreking van de leerkracht met de intern begeleider, in oktober, februari en juni. "
        "We gebruiken daarvoor de toetsgegevens van Leerling in beeld, de observaties van KIJK! (groep 1-2) en "
        "ZIEN! (groep 3-8, twee keer per jaar), en wat kinderen zelf in de kindgesprekken vertellen. Kinderen "
        "bij wie meer aan de hand is, bespreken we in een leerlingbespreking. Daar zijn ouders altijd bij."
    ))
    tussenkop(doc, "Ons ondersteuningsprofiel")
    alinea(doc, (
        "In mei 2024 hebben we ons schoolondersteuningsprofiel bijgewerkt. Daarin staat wat we wel en niet "
        "kunnen bieden. Kort samengevat kunnen we het volgende:"
    ))
    opsomming(doc, [
        "Dyslexie en leesproblemen: we werken met het Protocol Leesproblemen en Dyslexie. Vanaf groep 5 "
        "gebruiken we ClaroRead als hulpmiddel, en we werken samen met de vergoede dyslexiezorg.",
        "Meer- en hoogbegaafdheid: we signaleren met het Digitaal Handelingsprotocol Hoogbegaafdheid. In de "
        "klas passen we de stof aan (compacten en verrijken). Voor ongeveer 22 leerlingen uit groep 4 tot en "
        "met 8 is er één ochtend per week de plusgroep De Pit.",
        "Kinderen met Nederlands als tweede taal: een onderwijsassistent geeft vier uur per week extra "
        "taalondersteuning in kleine groepjes, met de woordenschataanpak van Logo 3000.",
        "Lichte gedrags- en concentratieproblemen: we werken met een aanpak op maat in de klas, met hulp van "
        "de gedragsspecialist van het samenwerkingsverband.",
        "Fysieke beperkingen: het gebouw is bijna helemaal toegankelijk en er is een lift. Alleen het speellokaal "
        "op de begane grond heeft een drempel.",
    ])
    alinea(doc, (
        "We kunnen het niet bieden als een kind voortdurend één-op-één begeleiding nodig heeft, als gedrag "
        "ernstig en langdurig de veiligheid van andere kinderen in gevaar brengt, of als een kind intensieve "
        "medische handelingen nodig heeft. We vinden dat een groep niet meer dan twee leerlingen met een "
        "arrangement van het samenwerkingsverband kan dragen. Het ondersteuningsprofiel wordt elk jaar in juni "
        "met de MR besproken."
    ))
    tussenkop(doc, "Samen met het samenwerkingsverband en de stad")
    alinea(doc, (
        "Lukt het niet binnen de school, dan schakelen we het ondersteuningsteam in. Daarin zitten onze intern "
        "begeleider, de ouder- en kindadviseur van de gemeente, de orthopedagoog van het samenwerkingsverband "
        "Passend Onderwijs Almere en de jeugdverpleegkundige van de GGD Flevoland. Het team komt zes keer per "
        "jaar bij elkaar. Samen met de ouders kijkt het wat een kind nodig heeft: een arrangement op onze "
        "school, hulp van het wijkteam, of een andere plek. Met twee scholen voor speciaal basisonderwijs en "
        "speciaal onderwijs in Almere hebben we afgesproken dat we bij twijfel vooraf bij elkaar mogen "
        "observeren. Zo kiezen ouders op tijd en goed geïnformeerd, en komen kinderen na een plaatsing ook weer "
        "terug als dat kan. In 2023-2024 is één leerling van ons naar het speciaal basisonderwijs gegaan. Eén "
        "leerling is van het sbo naar ons teruggekeerd."
    ))
    alinea(doc, (
        "Ook voor de overstap naar het voortgezet onderwijs maken we gebruik van het brede aanbod van scholen "
        "binnen ASG en daarbuiten. In groep 7 bezoeken de kinderen twee scholen voor voortgezet onderwijs met "
        "verschillende profielen. In groep 8 volgen ze meeloopdagen. In maart is er een warme overdracht aan de "
        "mentor van de nieuwe school. Voor leerlingen over wie we twijfelen, of die een ondersteuningsvraag "
        "hebben, organiseren we een driegesprek met ouders en de ondersteuningscoördinator van de vo-school. "
        "Een jaar na de overstap vragen we bij de vo-scholen na hoe het met onze oud-leerlingen gaat."
    ))
    tussenkop(doc, "Wat we in 2027 willen zien")
    alinea(doc, (
        "In 2027 heeft iedere leerkracht een actueel groepsoverzicht waarin de onderwijsbehoeften van elk kind "
        "in één oogopslag te zien zijn, en is de groepsbespreking drie keer per jaar vast in de jaarplanning "
        "opgenomen. In 2027 worden kinderen met een vermoeden van dyslexie uiterlijk halverwege groep 4 "
        "gesignaleerd en krijgen ze extra begeleiding. De plusgroep is dan geëvalueerd met kinderen en ouders. "
        "In 2027 zit minstens 90 procent van onze oud-leerlingen een jaar na de overstap nog op of boven het "
        "niveau van ons schooladvies (2023: 86 procent). En in 2027 bespreken we het ondersteuningsprofiel elk "
        "jaar met het team en de MR en stellen we het waar nodig bij."
    ))


def thema5(doc):
    kop(doc, "Thema 5  Een team dat blijft leren")
    alinea(doc, (
        "Goed onderwijs staat of valt met de mensen voor de klas. We zijn een jong en betrokken team. We merken "
        "ook dat het lerarentekort, de groei van de school en de zorg voor jonge kinderen thuis veel van "
        "collega’s vragen. In dit thema staat hoe we zorgen dat mensen zich kunnen blijven ontwikkelen, en dat "
        "ze het werk vol blijven houden."
    ))
    tussenkop(doc, "De gesprekscyclus")
    alinea(doc, (
        "Iedere medewerker heeft elk schooljaar een startgesprek in september of oktober, minstens één "
        "lesbezoek of werkplekbezoek met nagesprek, en een voortgangsgesprek in februari. Eens in de drie jaar "
        "is er een beoordelingsgesprek. In het startgesprek formuleert iedere collega een eigen leervraag en "
        "praten we over de balans tussen werk en privé. Alle verslagen komen in het digitale personeelsdossier. "
        "In 2023-2024 heeft 82 procent van de medewerkers de hele cyclus doorlopen. Gesprekken die uitvielen "
        "door ziekte, halen we voortaan binnen zes weken in."
    ))
    tussenkop(doc, "Leren als team en als professional")
    alinea(doc, (
        "We werken met drie leerteams van vijf of zes leerkrachten: lezen, rekenen en onderzoekend leren. Elk "
        "leerteam komt zes keer per jaar bij elkaar, probeert iets uit in de klassen en presenteert in juni "
        "op de ‘leermarkt’ aan het hele team wat het heeft geleerd. De leervraag uit het startgesprek sluit "
        "meestal aan bij het eigen leerteam, maar dat hoeft niet. Zo kan iedereen aan de slag met wat hem "
        "of haar zelf drijft. In 2024-2025 volgt het hele team een vervolgtraining EDI. In "
        "2025-2026 volgt een training in leesmotivatie en boekpromotie."
    ))
    alinea(doc, (
        "Daarnaast volgt elke leerkracht ieder jaar minstens één cursus of bijeenkomst bij de ASG Academie. "
        "Per medewerker is daarvoor 500 euro per jaar beschikbaar. Twee leerkrachten volgen in deze periode de "
        "opleiding tot rekenspecialist, een leerkracht de opleiding tot leesspecialist. Onze intern begeleider "
        "neemt deel aan het IB-netwerk van ASG. De leescoördinator zit in het ASG-netwerk van leescoördinatoren. "
        "Met twee andere ASG-basisscholen in Poort hebben we afgesproken dat leerkrachten in 2025-2026 bij "
        "elkaar gaan kijken in de leeslessen. Ze nemen wat ze zien mee naar de leerteams."
    ))
    tussenkop(doc, "Specialisten die ertoe doen")
    alinea(doc, (
        "We hebben specialisten in huis: de coördinatoren voor lezen, rekenen, gedrag, cultuur, techniek en "
        "ICT. Ieder van hen krijgt 40 tot 60 taakuren per jaar. Ze zijn het eerste aanspreekpunt voor collega’s "
        "en leiden elk jaar minstens één teambijeenkomst. Hun inbreng bespreken we in het "
        "voortgangsgesprek. Aan het eind van het schooljaar staan we met het hele team stil bij wat er gelukt is."
    ))
    tussenkop(doc, "Nieuwe collega’s en zij-instromers")
    alinea(doc, (
        "We hebben twee zij-instromers. Zij volgen de verkorte pabo van Windesheim Flevoland. Ze hebben ieder "
        "een coach uit het team, die daarvoor twee uur per week is vrijgeroosterd. Een zij-instromer staat "
        "niet alleen voor een combinatiegroep, en het eerste jaar heeft hij of zij elke dag een "
        "onderwijsassistent in de klas. Nieuwe collega’s volgen in hun eerste jaar het inwerkprogramma: een "
        "maatje, vier bijeenkomsten met de adjunct-directeur over onze afspraken, en ASG Start."
    ))
    alinea(doc, (
        "We zijn opleidingsschool in het partnerschap van Windesheim Flevoland en de Almeerse schoolbesturen. "
        "Zo doen we samen met andere besturen en de gemeente iets aan het lerarentekort in de stad. Wij leveren "
        "elk jaar zes stageplaatsen voor pabostudenten, waarvan één voor een leraar-in-opleiding. Een "
        "leerkracht uit groep 4 is schoolopleider. Twee van onze huidige leerkrachten liepen bij ons stage."
    ))
    tussenkop(doc, "Werkdruk, vitaliteit en levensfase")
    alinea(doc, (
        "Het team heeft in de werkverdelingsvergadering van mei 2024 besloten de werkdrukmiddelen (ongeveer "
        "78.000 euro per jaar) te gebruiken voor twee onderwijsassistenten en een deel van de vakleerkracht "
        "bewegingsonderwijs. In het startgesprek komt ook de levensfase aan de orde. Collega’s van 57 jaar en "
        "ouder zetten hun uren voor duurzame inzetbaarheid vooral in voor minder lesgebonden taken. Jonge ouders "
        "kunnen bij ons rekenen op vergaderingen die uiterlijk om 17.00 uur klaar zijn, en op een rooster dat "
        "vóór de zomer bekend is."
    ))
    alinea(doc, (
        "Het ziekteverzuim was in 2023 6,4 procent. Dat kwam vooral door twee langdurige ziektegevallen. De "
        "meldingsfrequentie was 1,1. Bij verzuim hebben we in de eerste week contact. Na twee weken zien we de "
        "medewerker al op het spreekuur van de bedrijfsarts als er signalen van overbelasting zijn. Samen met "
        "de ASG-casemanager bespreken we vanaf 2024-2025 ieder kwartaal hoe het met het verzuim gaat. Sinds "
        "september 2023 wandelen we op de dinsdagmiddag na schooltijd met wie wil een ronde door het Cirkelbos. "
        "Elk jaar in juni doen we mee aan de Almeerse Bedrijvenloop."
    ))
    tussenkop(doc, "Wat we in 2027 willen zien")
    alinea(doc, (
        "In 2027 heeft iedere medewerker elk jaar de volledige gesprekscyclus doorlopen (2023-2024: 82 procent), "
        "en heeft iedere leerkracht minstens één activiteit van de ASG Academie gevolgd. In 2027 zijn onze twee "
        "huidige zij-instromers bevoegd. Eén van hen is dat uiterlijk in juli 2026. In 2027 is het ziekteverzuim "
        "onder de 5 procent (2023: 6,4 procent). Medewerkers geven de werkdruk in de medewerkerspeiling dan "
        "minimaal een 7,5 (2023: 6,8). In 2027 heeft elk leerteam drie keer een leermarkt verzorgd, en zien we "
        "de opbrengst ervan terug in de lesbezoeken. En in 2027 hebben we elk jaar zes pabostudenten begeleid."
    ))


def thema6(doc):
    kop(doc, "Thema 6  Samen met ouders, kerk en wijk")
    tussenkop(doc, "Ouders als partners in het leren")
    alinea(doc, (
        "Ouders kennen hun kind het best. Daarom begint het schooljaar met een startgesprek in de tweede of "
        "derde week. Ouders en kind vertellen dan, en de leerkracht luistert vooral. In 2023 was 88 procent "
        "van de ouders bij het startgesprek. In februari en juni zijn er ontwikkelgesprekken. Vanaf groep 6 is "
        "het kind daarbij. Bij elk Blink-thema is er een kijkmoment waarbij ouders zien waar hun kind aan werkt. "
        "In oktober houden we een ouderavond over lezen thuis, met tips en een boekenmarkt. Ouders die hun kind "
        "bij lezen willen helpen, krijgen een boekentas mee."
    ))
    tussenkop(doc, "Duidelijke en toegankelijke communicatie")
    alinea(doc, (
        "We communiceren met ouders via Parro. De leerkracht plaatst elke week een bericht met foto’s en een "
        "vooruitblik op de komende week. Om de week verschijnt onze nieuwsbrief Het Zaadje. We schrijven op "
        "taalniveau B1. In Parro kunnen ouders berichten laten vertalen, en voor belangrijke gesprekken regelen "
        "we een tolk of een oudercontactpersoon. Als er iets met een kind is gebeurd, belt de leerkracht "
        "dezelfde dag. Klachten en zorgen bespreken we eerst met de leerkracht. Komen we daar niet uit, dan "
        "gaat het gesprek met de directeur, en ouders weten waar ze met een klacht terecht kunnen. Met de "
        "nieuwsbrief en de schoolgids laten we elk jaar zien wat we uit het jaarplan hebben bereikt en wat niet."
    ))
    tussenkop(doc, "Medezeggenschap")
    alinea(doc, (
        "Onze MR heeft drie ouders en drie personeelsleden en vergadert zes keer per jaar. We willen dat de "
        "MR vroeg meedenkt, en niet alleen aan het eind instemt. In maart praat de MR mee over de formatie, in "
        "april ligt er een eerste versie van het jaarplan, en het ondersteuningsprofiel bespreken we in juni. "
        "Eén keer per jaar houden MR en team een gezamenlijke avond over een onderwijsthema. In 2024 ging die "
        "over lezen. De MR heeft meegeschreven aan dit schoolplan: twee MR-leden zaten in de werkgroep."
    ))
    tussenkop(doc, "Partners om de school heen")
    alinea(doc, (
        "We werken nauw samen met Partou, dat in ons gebouw peuteropvang en buitenschoolse opvang verzorgt. De "
        "peuterleidsters en de kleuterleerkrachten werken met dezelfde thema’s. Bij de overstap van peuter naar "
        "kleuter is er voor elk kind een warme overdracht, met de ouders erbij. Met de Nieuwe Bibliotheek werken "
        "we samen in de Bibliotheek op school (zie thema 2). De buurtsportcoach van Almere Sport organiseert twee "
        "middagen per week naschoolse sport op ons plein. De GGD Flevoland, het wijkteam en De Schoor zijn "
        "vaste partners bij zorg en welzijn. Gezinnen met weinig geld verwijzen we naar Stichting Leergeld "
        "Almere en het Jeugdfonds Sport & Cultuur. Zo kan ieder kind mee op schoolreis, sporten of op muziekles."
    ))
    tussenkop(doc, "Kerk en wijk")
    alinea(doc, (
        "De protestantse wijkgemeente in Poort is onze buur en partner. De vieringen houden we in haar kerkgebouw, "
        "de predikant zit in de identiteitscommissie, en de jongerenwerker van de kerk helpt bij de adventsactie. "
        "Groep 7 bezoekt vier keer per jaar een woonzorgcentrum in Poort om te spelen, voor te lezen en te zingen "
        "met de bewoners. In maart doet de hele school mee aan de Landelijke Opschoondag in de wijk, samen met "
        "de wijkraad. Ons schoolplein is na schooltijd en in het weekend open voor kinderen uit de buurt."
    ))
    tussenkop(doc, "Wat we in 2027 willen zien")
    alinea(doc, (
        "In 2027 komt minstens 95 procent van de ouders naar het startgesprek (2023: 88 procent). De waardering "
        "voor de informatie over de ontwikkeling van hun kind is dan gestegen van 7,4 naar minimaal 8,0. In 2027 "
        "hebben Partou en wij één gezamenlijke overdrachtsprocedure, en gaat ten minste 90 procent van de "
        "peuters met een warme overdracht naar groep 1. In 2027 doet elke groep ieder jaar minstens één "
        "activiteit in de wijk of met een partner uit de wijk. En in 2027 heeft de MR elk jaar vóór 1 mei "
        "meegedacht over de formatie en het jaarplan."
    ))


def gebruik(doc):
    kop(doc, "Hoe we dit plan gebruiken")
    alinea(doc, (
        "Dit schoolplan is de basis voor vier jaarplannen. We spreiden het werk over de jaren, zodat het team "
        "niet alles tegelijk hoeft te doen:"
    ))
    opsomming(doc, [
        "2024-2025: leesoffensief en de Bibliotheek op school, invoering Basicly, vervolgtraining EDI, "
        "burgerschapsleerlijn op papier, gezamenlijke overdracht met Partou.",
        "2025-2026: training leesmotivatie, rekenen-wiskunde denken in alle groepen, interne audit ASG, "
        "wederzijdse lesbezoeken met andere scholen in Poort.",
        "2026-2027: eigen onderzoek in groep 7 en 8 uitbreiden, evaluatie plusgroep, tevredenheidspeiling.",
        "2027-2028: eindevaluatie van dit plan en het schrijven van het nieuwe schoolplan.",
    ])
    alinea(doc, (
        "In januari en juni bespreken we de voortgang in het team en met de MR. In het jaarverslag geven we "
        "per thema aan wat we hebben bereikt. Dat sturen we ook naar het bestuur. Lopen we achter, dan passen "
        "we het volgende jaarplan aan, en niet de doelen van dit schoolplan."
    ))


def vaststelling(doc):
    kop(doc, "Vaststelling")
    alinea(doc, (
        "De medezeggenschapsraad van PCBS De Granaatappel heeft op 11 juni 2024 ingestemd met dit schoolplan. "
        "Het College van Bestuur van de Almeerse Scholen Groep heeft het op 24 juni 2024 vastgesteld."
    ))
    alinea(doc, "Namens de MR: Jeroen Bakhuis, voorzitter")
    alinea(doc, "Namens de school: Hilde van Wijngaarden, directeur")
    alinea(doc, "Namens het College van Bestuur van ASG: ………………………………")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    _paginanummer(doc)
    cp = doc.core_properties
    cp.title = "Schoolplan PCBS De Granaatappel 2024-2028"
    cp.author = "Hilde van Wijngaarden"
    cp.last_modified_by = "Hilde van Wijngaarden"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = DATUM
    cp.modified = DATUM
    cp.revision = 7

    voorblad(doc)
    inhoud(doc)
    voorwoord(doc)
    wie_we_zijn(doc)
    waar_we_voor_staan(doc)
    thema1(doc)
    thema2(doc)
    thema3(doc)
    thema4(doc)
    thema5(doc)
    thema6(doc)
    gebruik(doc)
    vaststelling(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_195_pcbs_de_granaatappel.docx")
