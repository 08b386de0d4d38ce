# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Montessorischool Het Pijlkruid (Almere Poort): lopende tekst, weinig kopjes."""

import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _taal_nl(doc):
    for naam in ("Normal", "List Bullet"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def titel(doc, tekst):
    """Hoofdstuktitel zoals de school die maakt: een vetgedrukte gewone alinea."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(13)
    return p


def tekst(doc, *alineas):
    for a in alineas:
        doc.add_paragraph(a)


INHOUD = [
    ("Een woord vooraf", [
        "Dit is het schoolplan van Montessorischool Het Pijlkruid voor de schooljaren 2024-2025 tot en met "
        "2027-2028. We hebben geprobeerd een plan te schrijven dat we zelf ook graag lezen: geen stapel "
        "formulieren, maar een verhaal over wat we doen, waarom we dat doen en waar we over vier jaar willen "
        "staan. Het plan is gegroeid uit drie teamavonden in het voorjaar van 2024, een ochtend met de "
        "kinderraad en gesprekken met ouders op de kijkochtenden. De koers van de Almeerse Scholen Groep "
        "hebben we ernaast gelegd. Waar die ons verder hielp, hebben we haar vragen meegenomen; waar we "
        "andere keuzes maken, zeggen we dat.",
        "Onze doelen staan in de tekst, op de plek waar ze thuishoren. Aan het eind zetten we ze kort op een rij.",
    ]),
    ("Wie wij zijn", [
        "Het Pijlkruid staat sinds 2011 in het Homeruskwartier in Almere Poort. De school groeide mee met de "
        "wijk en heeft nu 296 kinderen in twaalf groepen: vier onderbouwgroepen (4 tot 6 jaar), vier "
        "middenbouwgroepen (6 tot 9 jaar) en vier bovenbouwgroepen (9 tot 12 jaar). Het team bestaat uit 31 "
        "mensen, van wie 21 leerkrachten, vier onderwijsassistenten, twee intern begeleiders, een "
        "vakleerkracht bewegingsonderwijs, een administratief medewerker, een conciërge en de directeur. "
        "Veel ouders hebben bewust voor montessorionderwijs gekozen; ruim een derde van de kinderen komt van "
        "buiten Almere Poort. Tegelijk verandert de wijk: in 2023 sprak in 29 procent van de gezinnen "
        "minstens één ouder thuis (ook) een andere taal dan Nederlands, en dat aandeel groeit.",
        "We zijn een algemeen-bijzondere school. We gaan niet uit van een geloof of levensbeschouwing, maar "
        "van de opvattingen van Maria Montessori over hoe kinderen leren en opgroeien. We vragen van ouders "
        "dat zij die uitgangspunten onderschrijven, omdat thuis en school dan dezelfde kant op wijzen. We zijn "
        "lid van de Nederlandse Montessori Vereniging (NMV) en werken binnen haar kwaliteitskader. Bij het "
        "laatste onderzoek van de inspectie, in november 2022, kregen we basistoezicht; de standaarden "
        "'zicht op ontwikkeling' en 'pedagogisch klimaat' waren goed.",
    ]),
    ("Waar we in geloven", [
        "'Help mij het zelf te doen.' Die zin van Montessori hangt in elk lokaal, en we nemen hem letterlijk. "
        "Kinderen willen leren. Als de omgeving goed is voorbereid, het materiaal klopt en de volwassene op "
        "het juiste moment een stap terug doet, ontdekken ze zelf. Daarom besteden we zoveel aandacht aan de "
        "voorbereide omgeving: lage kasten, elk materiaal op een vaste plek, één exemplaar van elk materiaal "
        "zodat kinderen leren wachten en overleggen. De leerkracht observeert, geeft presentaties aan een kind "
        "of een klein groepje en trekt zich weer terug.",
        "In onze groepen zitten drie jaargangen bij elkaar. Het jongste kind kijkt af bij de oudsten, het "
        "oudste kind leert door uit te leggen. Elk kind is in zijn groep een keer de jongste, een keer de "
        "middelste en een keer de oudste.",
        "Vrijheid is bij ons geen vrijblijvendheid. Kinderen kiezen hun werk, maar binnen grenzen: ieder kind "
        "werkt elke week aan taal, rekenen en kosmisch onderwijs, en de leerkracht spreekt aan wie steeds "
        "hetzelfde makkelijke werkje kiest. We leggen de lat per kind hoog. Wie een materiaal beheerst, krijgt "
        "de volgende presentatie, en niet nog een blad van hetzelfde. In de groepsbesprekingen vragen de "
        "intern begeleiders bij elk kind: wat zou dit kind kunnen als we meer van het kind verwachten?",
        "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Montessori "
        "schreef haar ideeën ruim honderd jaar geleden op; sommige dingen pakken we nu anders aan, andere "
        "blijken nog altijd te kloppen.",
    ]),
    ("Hoe kinderen bij ons leren", [
        "Elke ochtend begint met een ononderbroken werkperiode: in de onderbouw van 8.30 tot 10.15 uur, in de "
        "midden- en bovenbouw van 8.30 tot 11.00 uur. In die tijd kiezen kinderen hun werk, krijgen ze "
        "presentaties en werken ze alleen of samen. In de onderbouw staan praktisch leven, zintuiglijk "
        "materiaal en de eerste taal- en rekenmaterialen centraal. In de middenbouw leren kinderen lezen, "
        "met de montessori-leesmaterialen en de letterdozen; we gebruiken daarnaast de leesboekjes van Veilig "
        "leren lezen. Voor rekenen werken we met het gouden kralenmateriaal, de postzegels, het "
        "breukenmateriaal en de rekenrekjes. In de bovenbouw schrijft elk kind op maandag zijn werkplan "
        "voor de week en houdt het dagelijks een logboek bij; op vrijdag bespreekt het kind het logboek met "
        "de leerkracht.",
        "Om te oefenen en te automatiseren gebruiken we vanaf de middenbouw aanvullend Rekentuin en Taalzee; "
        "voor begrijpend lezen werken de bovenbouwgroepen wekelijks met Nieuwsbegrip. Zo houden we zicht "
        "op de kerndoelen en de referentieniveaus, zonder dat een methode de dag gaat bepalen.",
        "Bij de doorstroomtoets van 2024 haalde 97 procent van onze schoolverlaters 1F lezen en 71 procent 2F. "
        "Bij rekenen haalde 93 procent 1F, maar slechts 41 procent 1S; dat is onder de signaalwaarde die bij "
        "onze schoolweging hoort. We zien in de klas waarom: kinderen blijven lang en graag bij het materiaal, "
        "en de stap naar abstract rekenen komt bij een deel van hen te laat. Daarom spreken we per bouw af op "
        "welk moment een kind van het materiaal naar de abstracte notatie gaat, en volgen alle midden- en "
        "bovenbouwleerkrachten in 2025 de NMV-nascholing 'Van concreet naar abstract rekenen'. In 2027 haalt "
        "minstens 50 procent van onze schoolverlaters 1S rekenen en blijft lezen op 2F minstens op 70 procent.",
    ]),
    ("Kosmisch onderwijs: de wereld in de klas", [
        "Wereldoriëntatie heet bij ons kosmisch onderwijs. Het begint elk jaar met de grote vertellingen: over "
        "het ontstaan van het heelal, van het leven, van de mens, van het schrift en van de getallen. Daarna "
        "werken de groepen aan thema's, met tijdlijnen, kaarten en de kosmische kasten. Elk thema eindigt met "
        "onderzoek dat kinderen zelf kiezen. De vraag van één kind over de dijk langs het Markermeer kan zo een "
        "onderzoek voor de hele groep worden. Zo houden we het onderwijs dicht bij wat kinderen bezighoudt.",
        "Onze leerlijn kosmisch onderwijs is tien jaar oud en toe aan vernieuwing. Drie onderwerpen hebben er "
        "nu te weinig plek in: burgerschap, digitale geletterdheid en techniek. In 2026 hebben we de leerlijn "
        "herschreven, samen met de andere montessorischolen van ASG in de werkgroep kosmisch onderwijs die "
        "sinds 2023 vier keer per jaar bij elkaar komt. De methode Da Vinci gebruiken we als bronnenboek, niet "
        "als methode. Voor digitale geletterdheid komen er in de bovenbouw vaste lessen programmeren met "
        "micro:bits en lessen mediawijsheid; in de middenbouw leren kinderen veilig zoeken op internet.",
        "Burgerschap oefenen kinderen bij ons elke dag. Ze beslissen in de klassenvergadering mee over "
        "afspraken, lossen ruzies op aan de vredestafel en bovenbouwleerlingen zijn mediator op het plein. De "
        "kinderraad, met twee kinderen uit elke bovenbouwgroep, praat zes keer per jaar met de directeur en "
        "heeft in 2024 de nieuwe indeling van het plein bedacht. In het kosmisch onderwijs leren kinderen hoe "
        "de gemeente en het land bestuurd worden; groep 8 bezoekt elk jaar de gemeenteraad van Almere.",
        "In 2025-2026 proberen we in twee bovenbouwgroepen iets nieuws: de maakplaats. Eén middag per week "
        "werken kinderen uit verschillende groepen aan een echt vraagstuk uit de wijk, bijvoorbeeld te hard "
        "rijdende auto's bij de school of zwerfafval in het park, en bouwen ze een oplossing, met hulp van "
        "ouders en ondernemers uit Poort. In juni 2026 evalueren we dit met de kinderen en besluiten we of "
        "alle bovenbouwgroepen meedoen.",
    ]),
    ("Kinderen die meer nodig hebben", [
        "Observeren is het hart van ons vak. De leerkracht kijkt elke dag naar wat een kind kiest, hoe lang het "
        "geconcentreerd werkt en waar het vastloopt. Die observaties leggen we vast in de leerlijnen in "
        "ParnasSys. Twee keer per jaar nemen we vanaf de middenbouw de toetsen van Cito Leerling in beeld af, "
        "en drie keer per jaar voeren we een groepsbespreking met de intern begeleider. Vanaf de middenbouw "
        "heeft elk kind twee keer per jaar een kindgesprek over zijn werk en welbevinden.",
        "Onze basisondersteuning is breed. Kinderen met dyslexie of een vermoeden daarvan krijgen volgens het "
        "dyslexieprotocol extra leesbegeleiding in kleine groepjes. Kinderen die meer uitdaging nodig hebben, "
        "krijgen in de eerste plaats meer uitdaging in de klas, want het materiaal loopt ver door; daarnaast "
        "is er op woensdag de Denkplaats voor kinderen uit de midden- en bovenbouw. Voor kinderen met een "
        "taalachterstand zet een onderwijsassistent in de onderbouw vier keer per week een "
        "woordenschatgroepje in.",
        "Als een kind meer nodig heeft dan wij zelf kunnen bieden, vragen we de onderwijsconsulent van het "
        "samenwerkingsverband Passend Onderwijs Almere om mee te denken. Op dit moment hebben negen kinderen "
        "een ontwikkelingsperspectief en krijgen vier kinderen een arrangement van het samenwerkingsverband. "
        "We zijn ook eerlijk over onze grenzen. Ons onderwijs vraagt veel zelfsturing: een kind kiest zelf "
        "en werkt lange tijd zelfstandig. Kinderen die heel veel structuur en sturing van buiten nodig hebben, "
        "lopen bij ons soms vast. In de afgelopen twee jaar zijn drie kinderen na overleg met ouders en het "
        "samenwerkingsverband naar een school voor speciaal basisonderwijs gegaan, waar het nu beter gaat.",
        "Ons schoolondersteuningsprofiel beschrijft dat nu nog te algemeen. In het voorjaar van 2025 schrijven "
        "we het opnieuw, met concrete voorbeelden van wat wij wel en niet kunnen bieden, zodat ouders vóór de "
        "inschrijving weten waar ze aan toe zijn. Vanaf 2025-2026 voeren de intern begeleiders bij iedere "
        "aanmelding van een kind met een ondersteuningsvraag een intakegesprek aan de hand van dat profiel.",
    ]),
    ("Een veilige gemeenschap", [
        "Kinderen leren pas als ze zich veilig voelen. We werken met De Vreedzame School en met de lessen in "
        "omgangsvormen die bij het montessorionderwijs horen: hoe je iemand onderbreekt die aan het werk is, "
        "hoe je sorry zegt, hoe je een bezoeker begroet. In elke groep staat een vredestafel. In de onderbouw "
        "oefenen we deze vormen in kleine rollenspellen, in de bovenbouw bespreken kinderen in de "
        "klassenvergadering hoe het ervoor staat in de groep.",
        "Elke ochtend staat de leerkracht bij de deur en geeft elk kind een hand. Bezoekers worden bij ons "
        "rondgeleid door kinderen: in 2023-2024 hebben we zestien bovenbouwkinderen opgeleid als gastheer of "
        "gastvrouw. Zij vertellen nieuwe ouders bij de kennismaking hoe een werkperiode eruitziet, en dat doen "
        "ze vaak beter dan wij.",
        "We meten de sociale veiligheid elk jaar met de monitor van Vensters in groep 6 tot en met 8. In 2024 "
        "voelde 94 procent van de kinderen zich veilig op school, maar 11 procent zei weleens gepest te worden "
        "via de groepsapp. Daarom krijgt online pesten een vaste plek in de lessen mediawijsheid. Onze "
        "anti-pestcoördinator is Wouter Baljé; hij is ook aandachtsfunctionaris voor de meldcode huiselijk "
        "geweld en kindermishandeling. Het veiligheidsplan en het pestprotocol bespreken we elk jaar in de "
        "eerste teamvergadering.",
    ]),
    ("De volwassenen in de school", [
        "Montessorionderwijs staat of valt met leerkrachten die de materialen en de filosofie kennen. Van onze "
        "21 leerkrachten hebben er nu 14 het montessoridiploma. In 2026 heeft iedere leerkracht dat diploma of "
        "volgt hij de opleiding. De school betaalt de NMV-erkende opleiding en geeft tien studiedagen per "
        "opleidingsjaar. Nieuwe collega's zonder montessori-achtergrond beginnen in hun eerste jaar met de "
        "opleiding en krijgen een ervaren collega als maatje.",
        "De directeur en de montessoricoach bezoeken elke groep twee keer per jaar met de NMV-kijkwijzer. "
        "Na afloop volgt een kort nagesprek over wat er te zien was. De bovenbouwleerkrachten zijn "
        "lid van het netwerk van montessorischolen in Flevoland en het Gooi, dat vier keer per jaar "
        "bijeenkomt; de onderbouwleerkrachten sluiten daar vanaf 2025 bij aan.",
        "Het werk in een montessorigroep is intensief: drie jaargangen, veel verschillende niveaus, veel "
        "materiaal dat onderhouden moet worden. In 2023 lag het verzuim op 6,1 procent. Met het geld voor "
        "werkdrukverlichting hebben we twee extra onderwijsassistenten aangesteld, die ook het materiaal "
        "bijhouden. We plannen elke eerste woensdag van de maand geen vergaderingen, zodat er ruimte is voor "
        "voorbereiding. In 2027 is het verzuim lager dan 5 procent. De gesprekken die we met elkaar voeren, "
        "volgen de afspraken van ASG.",
    ]),
    ("Ouders en de buurt", [
        "Ouders zijn betrokken bij het leerproces van hun kind. Bij ons betekent dat vooral: meekijken. Drie "
        "keer per jaar is er een kijkochtend, waarop ouders een uur in de groep zitten tijdens de werkperiode. "
        "Veel ouders kennen montessorionderwijs alleen van horen zeggen; op twee ouderavonden per jaar "
        "werken zij zelf met de materialen. Vanaf de middenbouw voeren we twee keer per jaar een "
        "driehoeksgesprek: kind, ouder en leerkracht samen, waarbij het kind zelf laat zien waaraan het "
        "gewerkt heeft. In 2026 heeft ieder kind vanaf de middenbouw een digitaal portfolio in Parro, waarin "
        "ouders thuis werk en observaties kunnen bekijken. Voor ouders die het Nederlands nog niet goed "
        "beheersen, zorgen we bij de driehoeksgesprekken voor een tolk of een ouder die vertaalt.",
        "De medezeggenschapsraad heeft zes leden, drie ouders en drie personeelsleden, en vergadert zes keer "
        "per jaar. Elk jaar in oktober bespreekt de MR het jaarplan, voordat het definitief wordt; in 2024 "
        "stelde de MR voor om de kijkochtenden ook op een vrijdagmiddag te houden voor werkende ouders, en dat "
        "doen we nu.",
        "In ons gebouw zit de montessori-peutergroep van kinderopvang Kleine Wereld. Vanaf 2025 werken de "
        "peutergroep en onze onderbouw met een gezamenlijke leerlijn praktisch leven, en gaat elke peuter "
        "voor de overstap een ochtend meedraaien in de onderbouw. Met de bibliotheek in Almere Poort hebben "
        "we een abonnement op een wisselcollectie voor elke groep. Bij stadslandbouw De Kemphaan werken de "
        "bovenbouwkinderen in het voorjaar aan een moestuin; in 2027 heeft elke bovenbouwgroep daar een eigen "
        "stuk grond dat ze het hele jaar onderhouden.",
    ]),
    ("Binnen ASG", [
        "Binnen de Almeerse Scholen Groep is Het Pijlkruid een van de scholen met een montessoriconcept. Dat "
        "geeft ouders in Almere een echte keuze. Na de basisschool gaat ongeveer een derde van onze kinderen "
        "naar een montessorischool voor voortgezet onderwijs. Met die scholen bespreken we elk jaar in "
        "februari hoe onze oud-leerlingen het doen, vooral bij het plannen van hun werk en bij rekenen. Wat "
        "we daar horen, gebruiken we bij de inrichting van het laatste bovenbouwjaar. De samenwerking met de "
        "andere montessorischolen van ASG in de werkgroep kosmisch onderwijs noemden we al.",
    ]),
    ("Hoe we weten of het werkt", [
        "We werken met een vaste jaarcyclus. In juni schrijven we het jaarplan voor het volgende schooljaar, "
        "op basis van dit schoolplan en van wat we het afgelopen jaar hebben geleerd. In februari en in juli "
        "analyseren we de resultaten van de toetsen en de observaties per bouw; de intern begeleiders maken "
        "daar een korte trendanalyse van, die we in de teamvergadering bespreken. Twee keer per jaar gaan de "
        "klassenbezoeken met de NMV-kijkwijzer over hetzelfde thema, zodat we per thema een beeld van de hele "
        "school hebben. Om het jaar vragen we ouders, kinderen en medewerkers via Vensters naar hun "
        "tevredenheid. In september schrijven we het jaarverslag, dat we met de MR en met het bestuur bespreken.",
        "In het najaar van 2026 vragen we een visitatie aan van de NMV: twee collega's van andere "
        "montessorischolen bekijken een dag lang onze school en spiegelen ons aan het kwaliteitskader van de "
        "vereniging. Die visitatie gebruiken we ook als voorbereiding op het volgende onderzoek van de inspectie.",
    ]),
    ("Wat we laten liggen", [
        "Niet alles uit de koers van ASG pakken we deze periode op. Over mobiliteit, over de bovenschoolse "
        "ontmoetingen en over de rol van het servicebureau hebben we bewust weinig geschreven. Onze energie "
        "gaat naar het montessoridiploma, naar rekenen en naar het kosmisch onderwijs. Wij geven altijd het "
        "beste van onszelf, maar vier jaar is kort, en een goed plan is ook een plan dat kiest.",
    ]),
]

BEREIKEN = [
    "Het schoolondersteuningsprofiel is in het voorjaar van 2025 herschreven en wordt bij elke intake gebruikt.",
    "In 2026 heeft iedere leerkracht het montessoridiploma of volgt de opleiding (nu 14 van de 21).",
    "In 2026 is de leerlijn kosmisch onderwijs herschreven, met burgerschap, digitale geletterdheid en techniek.",
    "In 2026 heeft ieder kind vanaf de middenbouw een digitaal portfolio dat ouders kunnen inzien.",
    "In juni 2026 is besloten of de maakplaats in alle bovenbouwgroepen wordt ingevoerd.",
    "In 2027 haalt minstens 50 procent van de schoolverlaters 1S rekenen (2024: 41 procent).",
    "In 2027 is het verzuim lager dan 5 procent (2023: 6,1 procent).",
    "In 2027 heeft elke bovenbouwgroep een eigen moestuin bij De Kemphaan.",
]


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Garamond"
    normal.font.size = Pt(11.5)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028"
    cp.author = "S. Ouwerkerk"
    cp.last_modified_by = "S. Ouwerkerk"
    cp.created = datetime.datetime(2024, 9, 20, 14, 30, 0)
    cp.modified = datetime.datetime(2024, 9, 20, 14, 30, 0)
    cp.revision = 1

    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("Montessorischool Het Pijlkruid, Almere Poort")
    r.bold = True
    r.font.size = Pt(14)
    tekst(doc, "Algemeen bijzonder basisonderwijs binnen de Almeerse Scholen Groep",
          "Periode: 1 augustus 2024 tot en met 31 juli 2028",
          "Almere, september 2024")

    for kop, alineas in INHOUD:
        titel(doc, kop)
        tekst(doc, *alineas)

    titel(doc, "Wat we in deze periode bereiken")
    for item in BEREIKEN:
        doc.add_paragraph(item, style="List Bullet")

    titel(doc, "Tot slot")
    tekst(doc,
          "Dit plan is op 17 september 2024 besproken met de medezeggenschapsraad. De MR heeft het concept "
          "gelezen en advies gegeven over de passages over ouders; dat advies hebben we overgenomen in de "
          "tekst over de kijkochtenden en het portfolio. Het plan gaat nu naar het College van Bestuur van de "
          "Almeerse Scholen Groep.",
          "Sanne Ouwerkerk, directeur Montessorischool Het Pijlkruid")
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_162_montessori_pijlkruid.docx")
