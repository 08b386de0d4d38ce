"""Schoolplan 2023-2027 van Kindcentrum Het Erf, integraal kindcentrum (0-13 jaar) in Almere Oosterwold.

Zoals een directeur het in Word zou schrijven: de meeste hoofdstukken openen met de ambitie van het
bestuur in de wij-vorm, daarna volgt wat het kindcentrum werkelijk doet. Veel praktische zaken
(gebouw, huur, bus, duurzaamheid) waarin woorden uit de koers in een andere betekenis voorkomen.
De doelen staan in één tabel aan het eind. build(path) schrijft een reproduceerbaar .docx-bestand.
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

VASTE_DATUM = datetime.datetime(2023, 7, 4, 9, 30, 0)


# ---------------------------------------------------------------- Word-plumbing

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


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


# ---------------------------------------------------------------- de tekst

COVER = [
    ("titel", "Kindcentrum Het Erf"),
    ("sub", "Schoolplan 2023-2027"),
    ("p", "Integraal kindcentrum voor kinderen van 0 tot 13 jaar"),
    ("p", "Oosterwold, Almere"),
    ("p", "Basisschool van de Almeerse Scholen Groep (ASG), in samenwerking met Kinderopvang Wilg & Woud"),
    ("p", "BRIN 32PW"),
    ("p", "Directeur: Jeroen Hoekstra"),
    ("p", "Versie 1.2, juni 2023"),
]

INHOUD = [
    ("h1", "1. Voorwoord en leeswijzer"),
    ("p", "Het Erf bestaat nog maar kort. In augustus 2020 begonnen wij met 38 kinderen in twee noodlokalen aan "
          "de rand van Oosterwold. In januari 2023 trokken wij met ruim 230 leerlingen en de kinderopvang in ons "
          "nieuwe gebouw. Dit is ons eerste volledige schoolplan. Het beschrijft de schooljaren 2023-2024 tot en "
          "met 2026-2027 en geldt dus van augustus 2023 tot en met juli 2027."),
    ("p", "Een kindcentrum is meer dan een school. Op Het Erf werken de basisschool van de Almeerse Scholen "
          "Groep en Kinderopvang Wilg & Woud samen in één gebouw en vanuit één pedagogische visie. Dit "
          "schoolplan is formeel het plan van de basisschool; waar het de opvang raakt, hebben wij de tekst met "
          "Wilg & Woud afgestemd. Het plan volgt de opbouw van Koers 22 van ASG: na een beschrijving van ons "
          "kindcentrum komen de kernwaarden en de vier vensters aan bod. Onze doelen voor de komende vier jaar "
          "staan samen in één overzicht in hoofdstuk 10."),
    ("p", "Het plan is geschreven door de directie, met inbreng van het team tijdens de studiedag van 6 maart "
          "2023. De medezeggenschapsraad heeft in drie bijeenkomsten (februari, april en mei 2023) als klankbord "
          "meegedacht over de hoofdlijnen, onder meer over de plek van de opvang in het plan en over de keuze "
          "om Erfwerk uit te breiden naar de kleutergroepen. Twee punten van de MR hebben wij overgenomen: de "
          "doelen staan nu in één tabel, en de afspraken met de opvang zijn explicieter beschreven."),

    ("h1", "2. Het Erf in Oosterwold"),
    ("h2", "2.1 De omgeving"),
    ("p", "Oosterwold is een bijzonder deel van Almere. Bewoners bouwen er zelf hun huis, leggen zelf hun wegen "
          "aan en zijn verplicht een deel van hun kavel te gebruiken voor stadslandbouw. Het gebied is landelijk "
          "en groen: tussen de huizen liggen akkers, boomgaarden en een voedselbos. De wijk groeit snel. Veel "
          "gezinnen zijn jong en hoogopgeleid, maar er wonen ook gezinnen die met weinig middelen aan een eigen "
          "huis zijn begonnen en bij wie de bouw langer duurt dan gepland. Een aantal kinderen woont tijdelijk in een woonunit of caravan op de kavel. Voor ons betekent dit dat de verschillen tussen gezinnen groter zijn dan de gemiddelde cijfers laten zien. Sommige kinderen komen binnen met een grote woordenschat en veel ervaringen buiten de deur; andere kinderen hebben thuis weinig rust en ruimte om te spelen of huiswerk te maken. Ook de verhuisbewegingen zijn groot: in 2021-2022 kwamen er gedurende het schooljaar 41 kinderen bij, vaak omdat hun huis net klaar was."),
    ("p", "Openbaar vervoer is er nauwelijks. De busverbinding met Almere Poort en het centrum rijdt eens per "
          "half uur en alleen over de hoofdweg; de dichtstbijzijnde halte ligt op twaalf minuten lopen van de "
          "school. De meeste kinderen komen op de fiets of worden gebracht. Voor ouders zonder auto is de "
          "verbinding met de rest van de stad een echt probleem, bijvoorbeeld bij een afspraak in het ziekenhuis."),
    ("h2", "2.2 Ons kindcentrum in cijfers"),
    ("p", "Op 1 oktober 2022 telde de basisschool 231 leerlingen in tien groepen. Op basis van de "
          "bouwplanning van de wijk verwachten wij dat het aantal groeit tot ongeveer 380 in 2027. De "
          "kinderopvang heeft 48 kindplaatsen dagopvang, een peutergroep van 16 plaatsen en 80 plaatsen "
          "buitenschoolse opvang. De schoolweging van Het Erf is 27,9, iets onder het landelijk gemiddelde. "
          "Ongeveer een op de acht leerlingen spreekt thuis naast het Nederlands een andere taal, vooral Engels, "
          "Pools of Turks."),
    ("h2", "2.3 Het gebouw"),
    ("p", "Het gebouw is ontworpen door een Almeers architectenbureau en gebouwd in houtskeletbouw. Bij de keuze "
          "van de materialen is gelet op duurzaamheid: het hout is FSC-gecertificeerd, de isolatie is gemaakt "
          "van hennep en het dak is bedekt met sedum en zonnepanelen. Het gebouw is energieneutraal en voldoet "
          "aan klasse B van het Programma van Eisen Frisse Scholen. Een innovatieve warmtepomp met bodemwarmte "
          "verzorgt verwarming en koeling, en het gebouwbeheersysteem regelt temperatuur en ventilatie per "
          "ruimte."),
    ("p", "De opzet is open. De lokalen liggen rond twee leerpleinen en een centrale hal, met veel glas, zodat "
          "je vanuit de hal tot in de groepen kunt kijken. De architect noemde de hal 'het gastvrije hart' van "
          "het gebouw. Het transparante ontwerp bevalt goed, maar vraagt ook afspraken over geluid; in maart 2023 "
          "zijn op de leerpleinen akoestische panelen aangebracht. Het gebouw is volledig toegankelijk voor "
          "rolstoelen, met een lift naar de eerste verdieping en een aangepast toilet op iedere verdieping. "
          "Vanuit alle lokalen is er zicht op de akkers en de weidse horizon van Oosterwold."),
    ("p", "Het gebouw is eigendom van de gemeente Almere. ASG huurt het gebouw en Wilg & Woud huurt zijn deel "
          "van ASG onder. Het eigenaarschap van het huurcontract ligt dus bij ASG. In het contract is vastgelegd "
          "dat de gemeente verantwoordelijk is voor groot onderhoud en ASG voor klein onderhoud en schoonmaak. "
          "Over het beheer van het buitenterrein, met moestuin, kippenren en natuurspeelplaats, is een aparte "
          "overeenkomst gesloten met de bewonerscoöperatie."),
    ("h2", "2.4 Tijden"),
    ("p", "De basisschool werkt met een continurooster: maandag, dinsdag, donderdag en vrijdag van 8.30 tot "
          "14.15 uur, woensdag van 8.30 tot 12.30 uur. Voor en na schooltijd is er opvang van 7.30 tot 18.30 "
          "uur. Kinderen die naar de BSO gaan, blijven in hetzelfde gebouw; de overgang van school naar opvang "
          "verloopt via het leerplein, zonder dat kinderen naar buiten hoeven. In de schoolvakanties is de BSO "
          "open, behalve in de week tussen Kerst en Oud en Nieuw."),

    ("h1", "3. Gezien worden en open"),
    ("p", "Op Het Erf heerst een gastvrije cultuur waarin iedereen zich welkom voelt. Ieder kind, iedere ouder "
          "en iedere medewerker is waardevol en wordt gezien. Wij gaan respectvol om met de mensen binnen en "
          "buiten het kindcentrum, wij communiceren transparant en toegankelijk, en wij kijken met een open blik "
          "naar de verscheidenheid van kinderen en medewerkers."),
    ("h2", "3.1 Eén doorgaande lijn van 0 tot 13"),
    ("p", "Wat wij concreet doen om kinderen te zien, hangt samen met wat een kindcentrum bijzonder maakt: "
          "wij kennen veel kinderen al voordat zij vier worden. In de dagopvang en de peutergroep volgen de "
          "pedagogisch medewerkers de ontwikkeling met KIJK! 0-4. In de kleutergroepen werken de leerkrachten "
          "met KIJK! 4-7, zodat de observaties op elkaar aansluiten. Vier maanden voordat een peuter naar groep 1 "
          "gaat, is er een overdrachtsgesprek tussen de pedagogisch medewerker, de toekomstige leerkracht en de "
          "ouders. In 2022 had 62% van de nieuwe kleuters eerst bij ons de opvang of de peutergroep bezocht. Voor "
          "kinderen die van buiten komen, vragen wij het overdrachtsformulier van de vorige opvang op en nodigen "
          "wij de ouders uit voor een intakegesprek met de intern begeleider."),
    ("p", "Vanaf groep 3 volgen wij de ontwikkeling met de toetsen van Cito Leerling in beeld en met de observaties van de leerkracht. De leerkracht en de intern begeleider bespreken de groep drie keer per jaar. "
          "Ook de BSO doet mee: een pedagogisch medewerker van de BSO sluit twee keer per jaar aan bij de "
          "groepsbespreking van de groepen 1-2 en 3-4, zodat wat de BSO 's middags ziet ook op school bekend is."),
    ("h2", "3.2 Openheid"),
    ("p", "Het Erf is een openbaar kindcentrum: alle kinderen zijn welkom. Openheid is ook letterlijk in ons "
          "gebouw te zien: de glazen wanden maken het onderwijs zichtbaar voor iedereen die door de hal loopt. "
          "Het gebouw is in 2023 genomineerd voor de Almeerse architectuurprijs, juist vanwege die open, lichte opzet. In de communicatie met ouders gebruiken school en opvang nu nog twee verschillende apps. Wij "
          "willen op termijn toe naar één kanaal voor het hele kindcentrum, maar een keuze is nog niet gemaakt."),

    ("h1", "4. Vooruitstrevend en ambitieus"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Wij leggen "
          "de lat hoog en hebben hoge verwachtingen van onze kinderen en van elkaar. Wij geven altijd het beste "
          "van onszelf."),
    ("h2", "4.1 Erfwerk"),
    ("p", "Bij de start van Het Erf hebben wij gekozen voor een eigen onderwijsconcept, dat wij Erfwerk noemen. "
          "De ochtend is voor de basisvaardigheden: rekenen, taal, lezen en spelling, in de eigen stamgroep en "
          "met methodes. 's Middags werken de kinderen van groep 3 tot en met 8 in gemengde groepen van drie "
          "leerjaren aan projecten. Ieder schooljaar zijn er zes projecten van zes weken, waarin "
          "wereldoriëntatie, wetenschap en techniek, kunst en burgerschap samenkomen. Kinderen werken op het "
          "leerplein, in de maakplaats (met gereedschap, een lasersnijder en een 3D-printer), in de moestuin en "
          "in het voedselbos aan de overkant van de weg. Elk project eindigt met een presentatie voor ouders en "
          "buren."),
    ("p", "Erfwerk vraagt veel van de leerkrachten: zij werken 's middags in een team van drie en bereiden de "
          "projecten samen voor. In 2022-2023 hebben wij het concept voor het eerst een volledig jaar uitgevoerd. "
          "Uit de evaluatie met kinderen en leerkrachten bleek dat de projecten voor groep 3 te lang waren; "
          "vanaf 2023-2024 werken de groepen 3 in de eerste helft van het jaar daarom met projecten van drie "
          "weken. Vanaf 2024-2025 krijgen ook de kleutergroepen eigen Erfwerk-projecten, met dezelfde thema's "
          "op kleuterniveau."),
    ("h2", "4.2 De lat hoog"),
    ("p", "Ook voor de basisvaardigheden willen wij dat kinderen laten zien wat zij kunnen. Bij de start hebben wij als team schoolambities vastgesteld die bewust hoog liggen, ook voor kinderen die thuis weinig steun krijgen. Voor het fundamentele niveau (1F) streven wij naar minimaal 96% op lezen, taalverzorging en "
          "rekenen; voor lezen 2F naar 75% en voor rekenen 1S naar 50%. Op de eindtoets van 2022 haalden onze "
          "eerste achttien leerlingen van groep 8 respectievelijk 94%, 72% en 44%. Bij het schooladvies geldt de "
          "afspraak dat wij bij twijfel tussen twee niveaus het hogere niveau adviseren, en dat de leerkracht het "
          "advies in groep 7 en in groep 8 met de leerling en de ouders samen bespreekt."),

    ("h1", "5. Goed en toegankelijk onderwijs"),
    ("p", "Wij bieden kwalitatief goed en eigentijds onderwijs aan alle kinderen. De kwaliteit van ons "
          "onderwijs is en blijft op orde, en ons stelsel van kwaliteitszorg is samenhangend, cyclisch en "
          "integraal. Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze kinderen, en in ons "
          "profiel staat duidelijk beschreven in welke leer- en zorgbehoeftes wij kunnen voorzien."),
    ("h2", "5.1 Het onderwijsprogramma"),
    ("p", "Ons onderwijs is gericht op de kerndoelen van het primair onderwijs. Voor de basisvaardigheden "
          "gebruiken wij methodes die de kerndoelen en de referentieniveaus dekken: Schatkist in de groepen 1-2, "
          "Lijn 3 voor aanvankelijk lezen, Flits voor technisch lezen, Nieuwsbegrip voor begrijpend lezen, Staal "
          "voor taal en spelling en Pluspunt 4 voor rekenen. Wereldoriëntatie, wetenschap en techniek en "
          "kunstzinnige oriëntatie zijn ondergebracht in Erfwerk. Daarvoor hebben wij de kerndoelen verdeeld over "
          "een cyclus van twee jaar, zodat ieder kind in de projecten alle kerndoelen tegenkomt. Engels geven wij "
          "vanaf groep 1. Bewegingsonderwijs krijgen de groepen 3 tot en met 8 twee keer per week van een "
          "vakleerkracht, in de sportzaal van het buurthuis."),
    ("p", "Wij plannen 950 uur onderwijstijd per schooljaar, zodat kinderen in acht jaar ruim boven de "
          "wettelijke 7.520 uur uitkomen. De resultaten op de referentieniveaus volgen wij met Leerling in "
          "beeld en de doorstroomtoets in groep 8; onze ambities staan in paragraaf 4.2."),
    ("h2", "5.2 Erfwerk: dichtbij en toekomstgericht"),
    ("p", "De thema's van Erfwerk halen wij zoveel mogelijk uit de wereld die kinderen in Oosterwold om zich "
          "heen zien. Veel kinderen zien hun eigen huis gebouwd worden, helpen op de akker van de buren of "
          "wonen tijdelijk op een bouwkavel. Projecten als 'Bouwen', 'Van zaadje tot bord' en 'Water' sluiten "
          "daarop aan. De kinderraad kiest ieder jaar uit een lijst van tien thema's zelf twee projecten. In de "
          "eerste week van elk project maken de kinderen een vragenmuur met wat zij willen weten, en de "
          "leerkrachten bouwen het project rond die vragen."),
    ("p", "Tegelijk bereiden wij kinderen voor op een wereld die snel verandert. Daarom hebben wij de leerlijn "
          "digitale geletterdheid van SLO verwerkt in Erfwerk: kleuters programmeren met Bee-Bots, in groep 5 en "
          "6 leren kinderen zoeken op internet en informatie beoordelen, en in groep 7 en 8 werken zij met "
          "micro:bits en maken zij een eigen website. In de maakplaats leren kinderen ontwerpen volgens de "
          "stappen van onderzoekend en ontwerpend leren. Ieder project sluit af met een reflectie op de "
          "vaardigheden die kinderen hebben gebruikt, zoals samenwerken, kritisch denken en creatief "
          "denken."),
    ("h2", "5.3 Burgerschap"),
    ("p", "Oosterwold is een wijk waar bewoners veel zelf regelen, en dat maakt burgerschap hier tastbaar. De "
          "kinderraad, met twee gekozen leden uit iedere groep vanaf groep 4, vergadert iedere maand met de "
          "directeur en beheert een eigen budget van 1.500 euro per jaar. In 2022-2023 besloot de raad over de "
          "aanschaf van buitenspeelmateriaal en organiseerde hij een inzamelingsactie voor de voedselbank. In "
          "het Erfwerk-project 'Wie beslist er?' bezoeken de groepen 7 en 8 een vergadering van de "
          "bewonerscoöperatie en het stadhuis. Alle groepen krijgen wekelijks een les van Kwink, waarin ook "
          "afspraken maken en meebeslissen aan bod komen."),
    ("h2", "5.4 Ondersteuning"),
    ("p", "Voor de ondersteuning die wij bieden, verwijzen wij naar ons schoolondersteuningsprofiel (SOP), dat "
          "als bijlage bij de schoolgids is gepubliceerd. Wij werken daarin samen met het samenwerkingsverband "
          "Passend Onderwijs Almere."),
    ("h2", "5.5 Veiligheid"),
    ("p", "Veiligheid krijgt in een nieuw gebouw in een wijk in aanbouw veel aandacht. Het terrein is omheind en "
          "de poort is onder schooltijd gesloten. Omdat er nog volop wordt gebouwd, rijden er veel "
          "vrachtwagens; met de aannemers en de bewonerscoöperatie is afgesproken dat bouwverkeer tussen 8.00 en "
          "8.45 uur en tussen 14.00 en 14.30 uur niet langs de school rijdt. Er zijn acht bedrijfshulpverleners, "
          "verdeeld over school en opvang, en twee keer per jaar houden wij een ontruimingsoefening. Wij zorgen "
          "voor een veilig pedagogisch klimaat voor alle kinderen; hoe wij dat doen, staat in ons "
          "veiligheidsplan."),
    ("h2", "5.6 Kwaliteit"),
    ("p", "Ons kwaliteitsbeleid sluit aan bij het kwaliteitsbeleid van ASG. De uitwerking per jaar staat in het "
          "jaarplan en het jaarverslag. Omdat Het Erf een nieuwe school is, heeft de inspectie ons nog niet "
          "bezocht; wij verwachten een eerste onderzoek in deze planperiode. Ook de kwaliteit van de lucht in "
          "de lokalen wordt bewaakt: iedere groep heeft een CO2-meter, en het gebouwbeheersysteem geeft een "
          "melding als de waarde te hoog wordt."),

    ("h1", "6. Personeel in positie"),
    ("p", "Wij hebben aandacht voor het welbevinden van onze medewerkers in elke levensfase. Onze medewerkers "
          "zijn vitaal, voelen zich betrokken bij en trots op Het Erf en ASG, en ervaren erkenning van hun "
          "professionaliteit."),
    ("h2", "6.1 Een IKC-team"),
    ("p", "Het team van Het Erf bestaat uit 34 mensen: zestien leerkrachten, twee onderwijsassistenten, een "
          "intern begeleider, een vakleerkracht bewegingsonderwijs, een directeur en een administratief "
          "medewerker in dienst van ASG, en elf pedagogisch medewerkers en een locatiemanager in dienst van "
          "Wilg & Woud. Het team is jong: de gemiddelde leeftijd is 34 jaar en de helft van de collega's werkt "
          "hier korter dan twee jaar. Wie op Het Erf werkt, werkt in een kindcentrum: leerkrachten en "
          "pedagogisch medewerkers hebben samen één studiedag per kwartaal en één teamvergadering per maand."),
    ("h2", "6.2 Professionalisering en bekwaamheid"),
    ("p", "Veertien van de zestien leerkrachten zijn bevoegd. De andere twee zijn zij-instromer; zij volgen het "
          "zij-instroomtraject van de pabo van Windesheim Flevoland. Zij krijgen een coach uit het team, een dag "
          "per week om te studeren en een lesrooster met in het eerste jaar maximaal drie dagen voor de groep. "
          "De schoolopleider bezoekt hen iedere zes weken in de klas. De eerste zij-instromer rondt het traject "
          "naar verwachting in juli 2024 af, de tweede in juli 2025. Een van onze onderwijsassistenten volgt de "
          "deeltijdpabo; ook zij heeft een coach uit het team."),
    ("p", "Gezamenlijke scholing is voor ons de manier om van school en opvang één team te maken. In 2022-2023 "
          "volgden alle pedagogisch medewerkers van de peutergroep en alle kleuterleerkrachten samen de training "
          "KIJK!. In 2023-2024 volgen de middagteams de cursus 'Onderzoekend en ontwerpend leren' van de ASG "
          "Academie, en in 2024-2025 volgt het hele team de training 'Met Sprongen Vooruit' voor rekenen. Iedere "
          "leerkracht houdt een bekwaamheidsdossier bij."),
    ("h2", "6.3 Werken in Oosterwold"),
    ("p", "Voor collega's die niet in Oosterwold wonen, is de bereikbaarheid een punt van aandacht. De "
          "busverbinding is beperkt, en wie met de fiets komt, rijdt een flink stuk over onverlichte paden. Via "
          "de bewonerscoöperatie hebben wij gevraagd om verlichting langs het fietspad naar Almere Poort. Voor "
          "de mobiliteit van collega's is er een app-groep waarin ritten worden gedeeld. De groene buitenruimte, "
          "met een vitale moestuin die kinderen en collega's samen onderhouden, is voor veel collega's een reden "
          "om hier te werken."),

    ("h1", "7. De meerwaarde van ASG"),
    ("p", "Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig, en wij "
          "delen de opbrengst van leren en ontwikkelen met elkaar. Dankzij de schaalgrootte van ASG beschikken "
          "wij over interne expertise op veel beleidsgebieden."),
    ("p", "Voor Het Erf betekent delen vooral iets heel praktisch: school en opvang delen een gebouw, een "
          "keuken, een speelzaal en een buitenterrein. Daarvoor hebben wij met Wilg & Woud een "
          "gebruikersovereenkomst gesloten waarin staat wie welke ruimte wanneer gebruikt. De systemen in het "
          "gebouw, zoals het toegangssysteem en het gebouwbeheersysteem, worden beheerd door een extern bedrijf; "
          "storingen meldt de administratie via een online portaal."),
    ("p", "Als nieuwe school willen wij graag leren van andere ASG-scholen die al langer met projectonderwijs "
          "werken of al langer een kindcentrum zijn. Wij zijn van plan daarvoor in deze periode contact te "
          "leggen."),

    ("h1", "8. Partnerschap"),
    ("p", "Ouders zijn betrokken bij het leerproces van hun kind. Wij werken proactief samen met een breed "
          "scala aan partners en werken nauw samen met maatschappelijke partners in de nabije omgeving."),
    ("h2", "8.1 Ouders"),
    ("p", "Ouders in Oosterwold zijn gewend zelf de handen uit de mouwen te steken, en dat merken wij. Tegelijk "
          "zijn veel ouders druk met werk en met de bouw van hun huis. Wij betrekken ouders vooral bij het leren "
          "van hun eigen kind. Vanaf groep 5 voeren wij de rapportgesprekken als driehoeksgesprek, waarin het "
          "kind zelf vertelt wat het heeft geleerd en waaraan het wil werken. Bij de start van ieder schooljaar "
          "is er per groep een informatieavond waarin de leerkracht laat zien hoe het lezen en rekenen in dat "
          "leerjaar wordt aangepakt en hoe ouders thuis kunnen helpen. Aan het eind van elk Erfwerk-project "
          "presenteren de kinderen hun werk; gemiddeld komt 70% van de ouders kijken."),
    ("h2", "8.2 Kinderopvang Wilg & Woud"),
    ("p", "Onze belangrijkste partner is Kinderopvang Wilg & Woud. Samen vormen wij het kindcentrum, met één "
          "pedagogisch beleidskader, één gezamenlijke jaarkalender en een IKC-stuurgroep van de directeur en de "
          "locatiemanager die iedere twee weken overlegt. De oudercommissie van de opvang en de MR van de school "
          "vergaderen twee keer per jaar samen over onderwerpen die het hele kindcentrum raken, zoals de "
          "openingstijden en de inrichting van het buitenterrein; de MR gebruikt die bijeenkomsten om "
          "voorgenomen plannen van de stuurgroep vroeg te bespreken."),
    ("h2", "8.3 Partners in de wijk"),
    ("p", "Met zorgboerderij De Groene Hoeve hebben wij afgesproken dat de groepen 1-2 ieder voorjaar vier "
          "ochtenden op de boerderij meewerken. Het voedselbos van de bewonerscoöperatie gebruiken wij wekelijks "
          "voor Erfwerk; in ruil daarvoor helpen de groepen 7 en 8 twee keer per jaar bij het planten en oogsten. "
          "De bibliotheek komt eens per maand met de bibliobus langs, omdat de dichtstbijzijnde vestiging in "
          "Almere Poort ligt. De jeugdverpleegkundige van de GGD houdt op de eerste dinsdag van de maand een "
          "spreekuur voor ouders in het kindcentrum."),
    ("h2", "8.4 De gemeente"),
    ("p", "De gemeente Almere is voor Het Erf in de eerste plaats verhuurder. Zij is onze vaste gesprekspartner "
          "over onderhoud en over de uitbreiding die nodig is als het aantal leerlingen verder groeit; in 2025 "
          "wordt een tweede vleugel met zes lokalen verwacht. Verder zijn onze contacten met de gemeente "
          "beperkt, en dat past bij een wijk waar bewoners veel zelf regelen. Het landelijke karakter van "
          "Oosterwold maakt samenwerking soms lastig: voorzieningen liggen ver uit elkaar."),

    ("h1", "9. Organisatie en financiën"),
    ("p", "De financiën zijn op school- en bestuursniveau op orde. De directeur van Het Erf is integraal "
          "verantwoordelijk voor de basisschool en vormt samen met de locatiemanager van Wilg & Woud de leiding "
          "van het kindcentrum. De intern begeleider en twee bouwcoördinatoren (groep 1-4 en groep 5-8) vormen "
          "met de directeur het managementteam van de school."),
    ("p", "De basisschool wordt via ASG door het Rijk bekostigd. Door de snelle groei krijgt Het Erf "
          "groeibekostiging; dat geeft ruimte om nieuwe groepen op tijd te starten. De exploitatie van het gebouw "
          "is hoger dan die van een gewone school, onder meer door het onderhoud van de installaties. Voor "
          "Erfwerk reserveren wij jaarlijks 12.000 euro voor materialen in de maakplaats en de moestuin. Bij "
          "aanschaf kiezen wij waar het kan voor duurzame en regionale producten: de fruitbomen komen van een "
          "kwekerij in Oosterwold en het meubilair in de maakplaats is gemaakt van hergebruikt hout."),
    ("p", "Een open vraag is hoe de samenwerking met Wilg & Woud financieel wordt geregeld als het kindcentrum "
          "groeit. Nu betaalt de opvang een vaste huur per vierkante meter voor de eigen ruimtes en een deel van "
          "de kosten van de gedeelde ruimtes. Deze afspraak loopt tot 1 januari 2026 en wordt in 2025 opnieuw "
          "bekeken."),
    ("h2", "Energie en onderhoud"),
    ("p", "Sinds de oplevering houden wij het energieverbruik per maand bij. In het eerste halfjaar leverden de zonnepanelen meer stroom dan het gebouw verbruikte; in de wintermaanden is het verbruik van de warmtepomp hoger dan verwacht. Met de installateur is afgesproken dat de instellingen in het najaar van 2023 opnieuw worden bekeken. Het meerjarenonderhoudsplan voor het klein onderhoud is in het voorjaar van 2023 opgesteld; de eerste grote posten, zoals het schilderwerk van de houten gevel, vallen buiten deze planperiode."),

    ("h1", "10. Onze doelen 2023-2027"),
    ("p", "In de tabel staan onze doelen voor de planperiode. Per doel staat bij welk onderdeel van Koers 22 het "
          "hoort, wanneer het klaar moet zijn, wie eigenaar is en waaraan wij zien dat het gelukt is. De doelen "
          "worden uitgewerkt in de jaarplannen."),
    ("tabel", None),

    ("h1", "11. Vaststelling"),
    ("p", "Dit schoolplan is op 20 juni 2023 besproken met de medezeggenschapsraad, die over de definitieve "
          "versie is geïnformeerd. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 4 juli "
          "2023 vastgesteld."),
    ("p", "Namens het College van Bestuur: ______________________  datum: __________"),
    ("p", "Directeur Kindcentrum Het Erf: ______________________  datum: __________"),
]

DOELEN_KOP = ["Onderdeel Koers 22", "Doel", "Wanneer", "Eigenaar", "Waaraan zien wij het"]
DOELEN = [
    ["Gezien worden", "Overdracht van peutergroep en opvang naar groep 1 volgens een vast format, met de "
     "KIJK!-gegevens", "2023-2024", "Intern begeleider en locatiemanager",
     "Voor 100% van de kinderen uit onze eigen peutergroep is er vier maanden voor de start in groep 1 een "
     "overdrachtsgesprek met ouders."],
    ["Open", "Heldere communicatie met ouders", "Doorlopend", "Directie",
     "Ouders voelen zich goed geïnformeerd."],
    ["Vooruitstrevend", "Erfwerk uitbreiden naar de kleutergroepen", "2024-2025", "Middagteams",
     "Vanaf 2024-2025 werken de groepen 1-2 met eigen Erfwerk-projecten; evaluatie met kinderen en ouders in "
     "juni 2025."],
    ["Ambitieus", "Schoolambities basisvaardigheden halen", "2026-2027",
     "Intern begeleider en leerkrachten groep 6-8",
     "Doorstroomtoets: 1F 96%, 2F lezen 75%, 1S rekenen 50% (2022: 94%, 72%, 44%)."],
    ["Venster 1", "Leerlijn digitale geletterdheid volledig in Erfwerk", "2024-2025", "ICT-coördinator",
     "Alle leerdoelen van de SLO-leerlijn komen in de projectcyclus van twee jaar aan bod."],
    ["Venster 1", "Kinderen kiezen mee in de thema's van Erfwerk", "Vanaf 2023-2024", "Directeur",
     "Ieder jaar kiest de kinderraad twee van de zes projecten."],
    ["Venster 1", "Ondersteuningsprofiel actueel houden", "Doorlopend", "Intern begeleider",
     "Het SOP is actueel."],
    ["Venster 2", "Zij-instromers behalen hun bevoegdheid", "2023-2024 en 2024-2025", "Directeur",
     "Beide zij-instromers zijn uiterlijk in juli 2025 bevoegd."],
    ["Venster 2", "Gezamenlijke scholing van school en opvang", "2024-2025",
     "Directeur en locatiemanager",
     "Het hele team heeft 'Met Sprongen Vooruit' gevolgd; alle kleuterleerkrachten en pedagogisch "
     "medewerkers werken met KIJK!."],
    ["Venster 2", "Aandacht voor vitaliteit", "Doorlopend", "Directie", "Medewerkers voelen zich fit."],
    ["Venster 3", "Kennis binnen ASG benutten", "Doorlopend", "Directie", "-"],
    ["Venster 4", "Driehoeksgesprekken uitbreiden naar groep 4", "2024-2025", "Bouwcoördinator 1-4",
     "Alle rapportgesprekken vanaf groep 4 zijn driehoeksgesprekken; ouders geven ze in de peiling van 2025 "
     "gemiddeld een 7,5 of hoger."],
    ["Venster 4", "Afspraken met voedselbos en zorgboerderij schriftelijk vastleggen", "2023-2024",
     "Directeur", "Ondertekende afspraken met de bewonerscoöperatie en De Groene Hoeve."],
    ["Venster 4", "Gezamenlijke vergadering MR en oudercommissie", "Vanaf 2023-2024", "Voorzitter MR",
     "Twee keer per jaar, met een verslag voor alle ouders."],
    ["Eigen kleur", "Tweede vleugel in gebruik", "2025-2026", "Directeur",
     "Zes nieuwe lokalen in gebruik bij de start van het schooljaar."],
]


# ---------------------------------------------------------------- opbouw

def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    par = doc.sections[0].footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = par.add_run("Kindcentrum Het Erf - schoolplan 2023-2027 - ")
    run.font.size = Pt(8)
    page_field(par)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    cp = doc.core_properties
    cp.author = "J. Hoekstra"
    cp.last_modified_by = "J. Hoekstra"
    cp.title = "Schoolplan Kindcentrum Het Erf 2023-2027"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    for soort, tekst in COVER:
        if soort == "titel":
            doc.add_heading(tekst, level=0)
        elif soort == "sub":
            doc.add_paragraph(tekst, style="Subtitle")
        else:
            doc.add_paragraph(tekst)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "tabel":
            tabel(doc, DOELEN_KOP, DOELEN, breedtes=[2.6, 4.2, 2.2, 2.8, 5.2])
            doc.add_paragraph()
        else:  # pragma: no cover
            raise ValueError(soort)

    _voettekst(doc)
    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_88_erf_ikc.docx")
