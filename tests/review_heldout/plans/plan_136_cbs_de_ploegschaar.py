# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van CBS De Ploegschaar (Almere Haven).

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

DATUM_AANGEMAAKT = datetime.datetime(2024, 5, 21, 14, 0, 0)
DATUM_GEWIJZIGD = datetime.datetime(2024, 6, 20, 16, 45, 0)

GROEN = RGBColor(0x3B, 0x6E, 0x22)


def _nederlands(doc):
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
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


def _voettekst(section):
    par = section.footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("CBS De Ploegschaar – schoolplan 2024-2028 – ")
    r.font.size = Pt(8)
    r = par.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        r._r.append(el)
    r.font.size = Pt(8)


def vraag(doc, tekst, niveau=2):
    return doc.add_heading(tekst, level=niveau)


def antwoord(doc, *alineas):
    for a in alineas:
        doc.add_paragraph(a)


def opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def voorblad(doc):
    for _ in range(4):
        doc.add_paragraph()
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("CBS De Ploegschaar")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = GROEN
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("Schoolplan")
    r.font.size = Pt(22)
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("Planperiode: 1 augustus 2024 – 31 juli 2028")
    r.font.size = Pt(13)
    r.bold = True
    for _ in range(3):
        doc.add_paragraph()
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run(
        "“Dan zullen zij hun zwaarden omsmeden tot ploegscharen.”\n(Jesaja 2:4)"
    )
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(8):
        doc.add_paragraph()
    par = doc.add_paragraph()
    r = par.add_run(
        "Christelijke basisschool De Ploegschaar\n"
        "Almere Haven\n"
        "Onderdeel van de Almeerse Scholen Groep\n"
        "Directeur: Marieke Dijkhuizen"
    )
    r.font.size = Pt(10)
    par.add_run().add_break(WD_BREAK.PAGE)


def vooraf(doc):
    vraag(doc, "Waarom dit plan, en waarom in vragen?", 1)
    antwoord(
        doc,
        "Een schoolplan is verplicht, en eerlijk gezegd voelde het vorige vooral zo. Het was dik, het stond vol "
        "mooie zinnen en niemand in het team las het na de eerste maand nog. Dit keer hebben we het anders gedaan. "
        "Het bestuur gaf ons een lijst met vragen mee. Die hebben we op twee teamavonden in het voorjaar van 2024 "
        "in onze eigen woorden opnieuw geformuleerd. Elke vraag hebben we kort beantwoord, zoals we dat ook tegen "
        "een ouder aan het hek zouden doen.",
        "Niet elke vraag vonden we even belangrijk voor een school met 150 kinderen. Bij een paar vragen staat "
        "daarom weinig, en dat is een bewuste keuze. Aan het eind van het plan staat wat we de komende vier jaar "
        "concreet gaan doen.",
    )


def wie_zijn_wij(doc):
    vraag(doc, "Wie zijn wij?", 1)
    vraag(doc, "Wat voor school is De Ploegschaar?")
    antwoord(
        doc,
        "De Ploegschaar is een kleine protestants-christelijke basisschool in Almere Haven, in 1979 gestart in een "
        "noodgebouw en sinds 1984 gevestigd in het huidige gebouw aan de rand van De Werven. Op 1 oktober 2023 "
        "hadden we 152 leerlingen, verdeeld over zeven groepen. Groep 1/2 en groep 3/4 zijn combinatiegroepen. Het "
        "team bestaat uit veertien mensen: tien leerkrachten, een intern begeleider, een onderwijsassistent, een "
        "conciërge/administratief medewerker en de directeur, die ook één dag per week voor de groep staat.",
    )
    vraag(doc, "Waar komt onze naam vandaan?")
    antwoord(
        doc,
        "Uit Jesaja 2: zwaarden worden omgesmeed tot ploegscharen. Wapens worden gereedschap om mee te zaaien en "
        "te oogsten. Voor ons is dat een beeld van vrede en van groeien: wat kapot kan maken, wordt iets dat "
        "opbouwt. Dat proberen we elke dag in het klein, op het plein en in de klas.",
    )
    vraag(doc, "Wie zitten er bij ons op school?")
    antwoord(
        doc,
        "Een afspiegeling van Almere Haven: kinderen uit de koopwoningen aan het water en uit de flats rond het "
        "centrum. Ongeveer de helft van de gezinnen is op een of andere manier kerkelijk betrokken. Bij 14 procent "
        "van de kinderen spreken de ouders thuis (ook) een andere taal dan Nederlands. De schoolweging van de "
        "inspectie is 30,8, dicht bij het landelijk gemiddelde. Het leerlingaantal is de afgelopen vijf jaar "
        "stabiel geweest tussen 145 en 158.",
    )


def omgang(doc):
    vraag(doc, "Hoe gaan we met elkaar om?", 1)

    vraag(doc, "Voelt iedereen die bij ons binnenkomt zich welkom?")
    antwoord(
        doc,
        "Onze cultuur is gastvrij, iedereen voelt zich welkom. Dat zeggen we niet zomaar. Elke ochtend staat de "
        "leerkracht bij de klassendeur en geeft ieder kind een hand of een boks. De eerste tien minuten is er "
        "inloop: ouders mogen mee naar binnen. Nieuwe gezinnen krijgen een maatje-gezin uit dezelfde groep, dat "
        "in de eerste weken uitleg geeft over alles wat nergens staat (wat neem je mee naar de viering, hoe gaat "
        "het met de verjaardagen). Bezoekers worden bij de voordeur opgevangen door onze conciërge, Henk, die "
        "iedereen bij naam kent.",
    )

    vraag(doc, "Hoe maken we ruimte voor verschillen, tussen kinderen en tussen collega’s?")
    antwoord(
        doc,
        "In de combinatiegroepen is verschil gewoon. We geven instructie op drie niveaus en werken met verlengde "
        "instructie aan de instructietafel. Kinderen die meer aankunnen, gaan een ochtend per week naar De "
        "Denktank, onze plusgroep voor groep 5 tot en met 8, begeleid door een leerkracht met een opleiding "
        "begaafdheid. Sinds 2023 voeren de leerkrachten van groep 5 tot en met 8 twee keer per jaar een "
        "kindgesprek van een kwartier met ieder kind: wat gaat goed, wat vind je moeilijk, wat wil je leren? "
        "Vanaf volgend schooljaar doen groep 3 en 4 mee.",
        "Bij collega’s kijken we naar de levensfase. Jonge ouders en collega’s die mantelzorg geven, kunnen bij de "
        "formatie aangeven welke dagen voor hen werken.",
    )

    vraag(doc, "Luisteren we echt naar ouders, kinderen en collega’s?")
    antwoord(
        doc,
        "We proberen het. Sinds dit schooljaar is er een kinderraad met twee kinderen uit elke groep van 5 tot en "
        "met 8; die praat zes keer per jaar met de directeur. De kinderraad koos dit jaar de nieuwe speeltoestellen. "
        "Elke twee jaar houden we een ouderpeiling en een leerlingpeiling (via Werken met Kwaliteitskaarten). De "
        "uitkomsten en wat we ermee doen, staan daarna in de nieuwsbrief.",
    )

    vraag(doc, "Hoe zorgen we dat iedereen zich met respect behandeld voelt?")
    antwoord(
        doc,
        "We werken sinds 2021 met KiVa. Elke groep heeft een KiVa-les per week en aan het begin van het jaar "
        "maakt elke groep samen de groepsregels, die in de klas hangen. Daarnaast hebben we drie schoolregels: "
        "we zijn vriendelijk, we zijn eerlijk en we lossen ruzie samen op. Bij pesten volgt de KiVa-aanpak met een "
        "steungroep. In groep 7 en 8 zijn er getrainde leerlingmediatoren voor kleine ruzies op het plein.",
        "We meten de veiligheid elk jaar in november met de KiVa-monitor. In 2023 voelde 94 procent van de "
        "kinderen in groep 5 tot en met 8 zich veilig op school; 7 procent gaf aan in de afgelopen maanden "
        "gepest te zijn. Ons schoolveiligheidsplan is in 2023 bijgewerkt; onze vertrouwenspersoon is juf Annemiek.",
    )

    vraag(doc, "Hoe houden we ouders op de hoogte?")
    antwoord(
        doc,
        "Via Parro: foto’s en berichten uit de groep, gesprekken plannen en ziekmelden. Om de twee weken verschijnt "
        "de nieuwsbrief ‘Het Voorjaar’ (ook in de winter, ja). We hebben afgesproken dat leerkrachten binnen een "
        "werkdag reageren op een bericht van ouders, en dat ouders na 18.00 uur geen antwoord hoeven te "
        "verwachten. Voor ouders die weinig Nederlands lezen, gebruiken we de vertaalknop in Parro en bellen we "
        "bij belangrijke zaken. En de directeur staat elke ochtend op het plein; daar worden de meeste vragen "
        "beantwoord.",
    )

    vraag(doc, "Wat merk je ervan dat wij een christelijke school zijn?")
    antwoord(
        doc,
        "We beginnen en eindigen de dag met een gebed of een lied. We vertellen de verhalen uit de Bijbel met de "
        "methode Trefwoord. Kerst en Pasen vieren we samen, het kerstfeest om het jaar in de Goede Rede-kerk. "
        "Iedereen bij ons is waardevol en wordt gezien, omdat we geloven dat ieder mens door God gewild is.",
        "Voor ons hoort burgerschap daar direct bij. De kinderraad is een eerste oefening in democratie. Groep 7 "
        "werkt elk voorjaar vier weken aan het project ‘Wie is de baas in Almere?’, met een bezoek aan de "
        "gemeenteraad. Groep 8 doet mee aan de Week van de Vrede en legt op 4 mei bloemen bij het oorlogsmonument "
        "in Almere Haven. Bij Trefwoord bespreken we ook andere geloven, omdat kinderen die in hun eigen klas "
        "tegenkomen.",
    )


def leren(doc):
    vraag(doc, "Hoe leren kinderen bij ons?", 1)

    vraag(doc, "Wat staat er op het rooster?")
    antwoord(
        doc,
        "We geven 940 uur onderwijs per jaar, in een continurooster van 8.30 tot 14.15 uur (woensdag tot 12.30 "
        "uur). Dit zijn onze belangrijkste methodes:",
    )
    opsomming(doc, [
        "Groep 1/2: Onderbouwd, met de leerlijnen van ParnasSys voor de observatie;",
        "Lezen: Veilig leren lezen (kim-versie) in groep 3, daarna Estafette voor technisch lezen en Nieuwsbegrip voor begrijpend lezen;",
        "Taal en spelling: Staal (groep 4 tot en met 8);",
        "Rekenen: Wereld in getallen 5;",
        "Wereldoriëntatie: Blink Wereld (geschiedenis, aardrijkskunde, natuur en techniek geïntegreerd);",
        "Engels: Take it easy, vanaf groep 1;",
        "Levensbeschouwing: Trefwoord;",
        "Muziek en drama: 123Zing en Moet je doen; gym twee keer per week door een vakleerkracht.",
    ])
    antwoord(
        doc,
        "Met deze methodes dekken we de kerndoelen. Welke kerndoelen in welke methode zitten, staat in het "
        "overzicht in de schoolgids. Voor lezen en rekenen volgen we de referentieniveaus 1F en 2F/1S.",
    )

    vraag(doc, "Wat verstaan wij onder een goede les?")
    antwoord(
        doc,
        "Sinds 2023 werken we met Expliciete Directe Instructie (EDI). Een goede les heeft bij ons een duidelijk "
        "lesdoel, een korte uitleg waarin de leerkracht hardop voordoet, veel momenten waarop alle kinderen "
        "tegelijk laten zien of ze het snappen (wisbordjes), en begeleide inoefening voordat kinderen zelfstandig "
        "gaan werken. Kinderen die het dan nog niet snappen, schuiven aan bij de instructietafel. De IB’er en de "
        "directeur bezoeken elke groep drie keer per jaar met een korte kijkwijzer.",
    )

    vraag(doc, "Hoe weten we wat een kind nodig heeft?")
    antwoord(
        doc,
        "Door goed te kijken en door te toetsen. We gebruiken de toetsen van Leerling in beeld (Cito) in januari "
        "en juni. Na elke toetsperiode houden de IB’er en de leerkracht een groepsbespreking, en drie keer per "
        "jaar is er een leerlingbespreking met het hele team. Daarnaast geven de kindgesprekken ons informatie "
        "die in geen toets staat. Alles staat in ParnasSys.",
    )

    vraag(doc, "En als een kind meer nodig heeft dan wij kunnen geven?")
    antwoord(
        doc,
        "Dan kijken we eerst wat er in de groep kan, met hulp van de IB’er en de onderwijsassistent. Is dat niet "
        "genoeg, dan vragen we via het samenwerkingsverband een arrangement aan. In ons "
        "schoolondersteuningsprofiel staat wat we wel en niet kunnen. Wel: begeleiding bij dyslexie en "
        "dyscalculie, een eigen leerlijn voor kinderen die sterk vooruit of achter lopen, kinderen met lichte "
        "gedragsproblemen in een groep van hoogstens 28. Niet: kinderen die de hele dag een-op-een begeleiding "
        "nodig hebben, of medische handelingen die we als leerkrachten niet mogen uitvoeren. Het SOP is van 2020 "
        "en herschrijven we in 2024-2025.",
    )

    vraag(doc, "Leren we de kinderen genoeg voor later?")
    antwoord(
        doc,
        "Voor taal en rekenen wel, al kan begrijpend lezen beter. Waar we achterlopen, is digitale geletterdheid. "
        "Kinderen werken op Chromebooks, maar leren te weinig over wat ze online tegenkomen, over programmeren of "
        "over het verschil tussen echt en nep. In 2024-2025 kiezen we een doorlopende leerlijn digitale "
        "geletterdheid op basis van de SLO-leerdoelen. In de onderbouw beginnen we met Bee-Bots, vanaf groep 5 "
        "met Scratch. Mediawijsheid komt aan bod in groep 7 en 8 tijdens de Week van de Mediawijsheid.",
    )

    vraag(doc, "Hoe worden kinderen de baas over hun eigen leren?")
    antwoord(
        doc,
        "Vanaf groep 5 werken kinderen met een weektaak. Ze kiezen zelf in welke volgorde ze hun werk doen en "
        "kleuren na afloop in hoe het ging. In het kindgesprek stelt elk kind een persoonlijk leerdoel, dat op het "
        "tafeltje staat.",
    )

    vraag(doc, "Leggen we de lat hoog genoeg?")
    antwoord(
        doc,
        "We denken van wel, maar we willen het ook kunnen laten zien. Bij de eindtoets van 2023 haalde 97 procent "
        "van onze kinderen in groep 8 het fundamentele niveau (1F) voor lezen, taalverzorging en rekenen. "
        "Voor het streefniveau (2F/1S) was dat 58 procent bij lezen en 41 procent bij rekenen. Wij stellen onze "
        "eigen normen hoger dan de signaleringswaarden van de inspectie: 1F voor minstens 96 procent van de "
        "kinderen, 2F lezen voor 70 procent en 1S rekenen voor 50 procent. We verwachten dat elk kind een stap "
        "verder komt dan het zelf denkt.",
    )

    vraag(doc, "Mogen kinderen bij ons nieuwsgierig zijn?")
    antwoord(
        doc,
        "Zeker. Daar is Blink Wereld ook voor.",
    )

    vraag(doc, "Is er ruimte om nieuwe dingen te proberen?")
    antwoord(
        doc,
        "Ideeën zijn altijd welkom. Wel merken we dat we als kleine school vooral rust nodig hebben om de dingen "
        "die we doen goed te doen. We kijken per situatie wat past.",
    )


def kwaliteit(doc):
    vraag(doc, "Hoe weten we of we goed bezig zijn?", 1)

    vraag(doc, "Hoe houden we zicht op de kwaliteit van ons onderwijs?")
    antwoord(
        doc,
        "Met een vaste jaarcyclus. In augustus maken we het jaarplan, afgeleid van de doelen achter in dit plan. "
        "In februari en juni bespreken we met het team de resultaten van de toetsen en de voortgang van het "
        "jaarplan. Elk jaar beoordelen we vier onderdelen van ons onderwijs met Werken met Kwaliteitskaarten "
        "(WMK), zodat we in vier jaar alles hebben gehad. In september schrijven we het jaarverslag; daarin staat "
        "wat gelukt is en wat niet. Het bestuur krijgt elk kwartaal een rapportage. Bij het laatste "
        "inspectiebezoek (2022) kregen we het basisarrangement.",
    )

    vraag(doc, "Welke gegevens en overzichten hebben we daarvoor nodig?")
    antwoord(
        doc,
        "Wat ons betreft volstaan de overzichten die we nu hebben.",
    )

    vraag(doc, "Durven we elkaar aan te spreken?")
    antwoord(
        doc,
        "In een klein team is dat spannender dan het lijkt, want je zit morgen weer samen in de personeelskamer. "
        "We hebben in 2023 met een trainer van Coachwerk afgesproken hoe we feedback geven: binnen een dag, "
        "onder vier ogen, over gedrag en niet over de persoon. Daarnaast kijkt iedere leerkracht twee keer per "
        "jaar bij een collega in de klas, met de EDI-kijkwijzer in de hand. Daar leren we samen meer "
        "van dan van welke studiedag ook.",
    )


def team(doc):
    vraag(doc, "Hoe zorgen we voor ons team?", 1)

    vraag(doc, "Hoe worden we beter in ons vak?")
    antwoord(
        doc,
        "Als team volgen we in 2024-2026 het tweede deel van de EDI-training bij Onderwijs Maak Je Samen, met "
        "vier studiemiddagen per jaar. Eens in de zes weken hebben we een leerteambijeenkomst van anderhalf uur "
        "waarin we lessen, toetsresultaten en kinderwerk met elkaar bespreken. Daarnaast volgt iedere collega "
        "elk jaar ten minste één cursus die past bij de doelen van de school, bijvoorbeeld bij de ASG Academie. "
        "Onze IB’er volgt in 2024-2025 de opleiding Master SEN.",
    )

    vraag(doc, "Hoe gaat het eigenlijk met ons?")
    antwoord(
        doc,
        "Goed, al ervaart het team werkdruk, vooral door de combinatiegroepen. "
        "Met het geld voor werkdrukvermindering houden we een onderwijsassistent voor 0,6 fte, die vooral in "
        "groep 1/2 en 3/4 werkt. Het team heeft in 2023 gekozen om de rapporten korter te maken en het aantal "
        "vergaderingen te halveren. Op maandagochtend beginnen we de week samen met koffie en een korte "
        "check-in: hoe gaat het met je?",
    )

    vraag(doc, "Leiden we zelf nieuwe leerkrachten op?")
    antwoord(
        doc,
        "Ja. Elk jaar hebben we twee of drie stagiairs van de pabo van Windesheim Flevoland. Juf Sanne, die in "
        "2023 bij ons begon als onderwijsassistent, volgt de zij-instroomopleiding tot leraar basisonderwijs. Ze "
        "staat twee dagen per week voor groep 4, krijgt een vaste coach (meester Bart) en één dag per week "
        "studieverlof. Ze rondt de opleiding af vóór de zomer van 2026.",
    )

    vraag(doc, "Gebruiken we wat collega’s goed kunnen?")
    antwoord(
        doc,
        "Iedereen heeft wel iets waar hij of zij goed in is, en dat merk je in de school.",
    )

    vraag(doc, "Wat hebben wij nodig om ons echt onderdeel van ASG te voelen?")
    antwoord(
        doc,
        "Daar zijn we als team nog niet goed uitgekomen. Onze eerste binding is met onze eigen school en onze "
        "eigen kinderen.",
    )


def samen(doc):
    vraag(doc, "Met wie doen we het samen?", 1)

    vraag(doc, "Wat vragen we van ouders bij het leren van hun kind?")
    antwoord(
        doc,
        "Ouders kennen hun kind het best. Daarom starten we elk schooljaar met een startgesprek: in de derde en "
        "vierde schoolweek vertellen ouders (en vanaf groep 5 ook het kind zelf) aan de leerkracht wat hij of zij "
        "moet weten. In 2023-2024 kwam 81 procent van de ouders. We vragen ouders om thuis elke dag een kwartier "
        "samen te lezen; in groep 3 en 4 gaat daarvoor elke week een leestas mee naar huis. Bij de afsluiting van "
        "een Blink-thema zijn ouders welkom om het werk van de kinderen te bekijken.",
    )

    vraag(doc, "Wat heeft de MR bij ons in te brengen?")
    antwoord(
        doc,
        "De MR bestaat uit twee ouders en twee leerkrachten en vergadert zes keer per jaar. We hebben afgesproken "
        "dat de directeur nieuwe plannen in een vroeg stadium met de MR bespreekt, als het nog een idee is en "
        "niet pas als het stuk klaar is. Zo is het besluit om de rapporten korter te maken uit een MR-vergadering "
        "gekomen. De MR heeft meegelezen met elke versie van dit schoolplan en heeft ingestemd (zie de laatste "
        "pagina).",
    )

    vraag(doc, "Wat merken de kinderen van onze buren en partners?")
    antwoord(
        doc,
        "Best veel, voor zo’n kleine school:",
    )
    opsomming(doc, [
        "de Goede Rede-kerk, waar we om het jaar het kerstfeest vieren en waar de dominee twee keer per jaar een vertelmoment in de school verzorgt;",
        "de bibliotheek in het Havenhart: elke groep gaat er vier keer per jaar heen, en via de Bibliotheek op school lenen kinderen ook in de school boeken;",
        "woonzorgcentrum De Overloop: groep 6 zingt er met Pasen en Kerst, en een paar bewoners komen elke dinsdag voorlezen in groep 1/2;",
        "Kinderopvang De Ankerkuil, die in ons gebouw de peuteropvang en buitenschoolse opvang verzorgt; met de peutergroep hebben we een warme overdracht naar groep 1;",
        "de buurtsportcoach van de gemeente, die op woensdag na school sport aanbiedt op ons plein.",
    ])

    vraag(doc, "Zoeken we collega’s van andere ASG-scholen op?")
    antwoord(
        doc,
        "Dat gebeurt vooral op de momenten die ASG zelf organiseert. Zelf organiseren we daar weinig in; onze tijd "
        "gaat naar ons eigen team.",
    )

    vraag(doc, "Wat verwachten we van het servicebureau, en het servicebureau van ons?")
    antwoord(doc, "(Deze vraag hebben we als team niet besproken.)")

    vraag(doc, "Moet De Ploegschaar buiten Almere Haven zichtbaar zijn?")
    antwoord(
        doc,
        "We zijn vooral een buurtschool. Wie ons wil vinden, weet ons te vinden.",
    )


def doelen(doc):
    vraag(doc, "Wat gaan we de komende vier jaar doen?", 1)
    antwoord(
        doc,
        "Dit zijn onze doelen voor 2024-2028. Elk jaar werken we ze uit in het jaarplan; in het jaarverslag staat "
        "hoe ver we zijn.",
    )
    items = [
        "Begrijpend lezen verbeteren. In 2027 haalt minstens 70 procent van groep 8 het streefniveau 2F voor lezen (2023: 58 procent). We zetten Nieuwsbegrip in met de EDI-aanpak en maken lezen in groep 3 en 4 samen met ouders sterker met de leestas.",
        "EDI in elke groep. In juni 2026 laat elke leerkracht bij de klassenbezoeken zien dat hij of zij werkt volgens EDI; bij 85 procent van de bezoeken is de kijkwijzer op alle onderdelen voldoende.",
        "Rekenen op streefniveau. In 2028 haalt minstens 50 procent van groep 8 het niveau 1S voor rekenen (2023: 41 procent).",
        "Een veilige school blijven. In elke jaarlijkse KiVa-monitor voelt minstens 95 procent van de kinderen in groep 5 tot en met 8 zich veilig, en is het aandeel kinderen dat zegt gepest te worden hoogstens 5 procent.",
        "Kindgesprekken. Vanaf 2024-2025 voert elke leerkracht van groep 3 tot en met 8 twee keer per jaar met ieder kind een kindgesprek, en legt het leerdoel vast in ParnasSys.",
        "Digitale geletterdheid. In 2024-2025 kiezen we een leerlijn; vanaf 2025-2026 krijgen alle groepen die, met minstens twintig lessen per jaar in groep 5 tot en met 8.",
        "Nieuw schoolondersteuningsprofiel. Vóór 1 juli 2025 is het SOP herschreven, besproken met de MR en gepubliceerd op de website.",
        "Ouders als partner. Vanaf 2025-2026 voeren we met ouders van ieder kind een startgesprek (doel: 100 procent). In de ouderpeiling van 2026 geven ouders de informatie vanuit school minstens een 8,0 (2024: 7,4).",
        "Bevoegd voor de klas. Vóór de zomer van 2026 heeft onze zij-instromer haar bevoegdheid; we blijven elk jaar minstens twee pabostudenten begeleiden.",
        "Werkdruk. De onderwijsassistent van 0,6 fte blijft de hele planperiode. In de medewerkerspeiling van 2026 scoort werkdruk minstens een 7 (2023: 6,2).",
        "Kinderen denken mee. De kinderraad vergadert elk jaar zes keer met de directeur en heeft elk schooljaar ten minste één eigen voorstel dat wordt uitgevoerd.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")


def ondertekening(doc):
    vraag(doc, "Wie hebben dit plan vastgesteld?", 1)
    antwoord(
        doc,
        "Het team heeft dit schoolplan besproken op 14 mei 2024. De medezeggenschapsraad heeft op 18 juni 2024 "
        "ingestemd met dit schoolplan. Daarna is het ter vaststelling aangeboden aan het College van Bestuur van "
        "de Almeerse Scholen Groep.",
    )
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    kop = ["Namens", "Naam en datum", "Handtekening"]
    rijen = [
        ["Directeur CBS De Ploegschaar", "M. Dijkhuizen\n20 juni 2024", ""],
        ["Medezeggenschapsraad (instemming verleend op 18 juni 2024)", "J. Oosterveld, voorzitter\n18 juni 2024", ""],
        ["College van Bestuur ASG (vaststelling)", "\n", ""],
    ]
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(k)
        r.bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for ri, rij in enumerate(rijen, start=1):
        for ci, w in enumerate(rij):
            t.rows[ri].cells[ci].text = w
    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(5.0)
        row.cells[2].width = Cm(5.0)
        row.height = Cm(1.6)


def build(path):
    path = str(path)
    doc = Document()
    _nederlands(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Cambria"
    normal.font.size = Pt(11)
    for naam in ("Heading 1", "Heading 2"):
        doc.styles[naam].font.color.rgb = GROEN
    sec = doc.sections[0]
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.2)
    _voettekst(sec)

    voorblad(doc)
    vooraf(doc)
    wie_zijn_wij(doc)
    omgang(doc)
    leren(doc)
    kwaliteit(doc)
    team(doc)
    samen(doc)
    doelen(doc)
    ondertekening(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan De Ploegschaar 2024-2028"
    cp.author = "Marieke Dijkhuizen"
    cp.last_modified_by = "Marieke Dijkhuizen"
    cp.created = DATUM_AANGEMAAKT
    cp.modified = DATUM_GEWIJZIGD
    cp.revision = 4
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_136_cbs_de_ploegschaar.docx")
