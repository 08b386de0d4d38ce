"""Schoolplan 2019-2023 van RK basisschool Sint Franciscus (Almere Stad), een katholieke
basisschool van ASG met 318 leerlingen.

Ontwerp: een plan dat in bijna elk hoofdstuk de zinnen van het bestuur herhaalt ("Wij zijn een
gastvrije school", "Ook wij hebben hoge verwachtingen", "Bij ons staat ... centraal") zonder te
zeggen wat de school doet. Eigen inhoud staat alleen in een paar hoofdstukken: de katholieke
identiteit (vieringen met de parochie), het onderwijsprogramma met resultaten, de
leerlingondersteuning met het SOP, de gesprekscyclus en de informatie aan ouders. Burgerschap,
veiligheid en kwaliteitszorg zijn alleen bestuurszinnen. De doelen staan als korte genummerde lijst,
deels zelf weer bestuurszinnen. De MR heeft alleen geadviseerd (geen instemming).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2019, 6, 20, 10, 0, 0)


def _lijst(doc, items, stijl="List Bullet"):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style=stijl)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "M. van der Laan"
    cp.title = "Schoolplan 2019-2023 RK basisschool Sint Franciscus"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "M. van der Laan"
    cp.revision = 1

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2019-2023 RK basisschool Sint Franciscus - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    # Titelpagina
    doc.add_paragraph("Schoolplan 2019-2023", style="Title")
    p = doc.add_paragraph()
    p.add_run("RK basisschool Sint Franciscus").bold = True
    doc.add_paragraph("Kopenhagenstraat 12, 1324 KG Almere | BRIN 04TK")
    doc.add_paragraph("Samen kleur geven aan goed onderwijs")
    doc.add_paragraph("Versie 1.0, juni 2019")
    doc.add_page_break()

    # 1
    doc.add_heading("1. Voorwoord", level=1)
    doc.add_paragraph(
        "Voor u ligt het schoolplan 2019-2023 van RK basisschool Sint Franciscus. In dit plan "
        "beschrijven wij hoe wij de komende vier jaar werken aan goed onderwijs voor onze leerlingen. "
        "Het plan sluit aan op Koers 22: Leren in verbinding, het strategisch beleidsplan van de "
        "Almeerse Scholen Groep (ASG). De ambities in Koers 22 zijn niet vrijblijvend; ook wij nemen "
        "ze als uitgangspunt voor alles wat we doen.")
    doc.add_paragraph(
        "Het schoolplan is geschreven door de directie, in overleg met de intern begeleider. Het team "
        "heeft het concept op de studiedag van 15 april 2019 besproken. De medezeggenschapsraad heeft "
        "op 13 juni 2019 advies uitgebracht over het plan. Het plan geldt van 1 augustus 2019 tot en "
        "met 31 juli 2023. Elk jaar maken wij op basis van dit schoolplan een jaarplan.")
    doc.add_paragraph("Wij wensen u veel leesplezier.")
    doc.add_paragraph("Marieke van der Laan, directeur")

    # 2
    doc.add_heading("2. Onze school", level=1)
    doc.add_heading("2.1 Algemene gegevens", level=2)
    doc.add_paragraph(
        "RK basisschool Sint Franciscus staat sinds 1982 in de Stedenwijk in Almere Stad. De school "
        "maakt deel uit van de Almeerse Scholen Groep. Op 1 oktober 2018 telde de school 318 "
        "leerlingen, verdeeld over 13 groepen. Ongeveer 18% van onze leerlingen heeft een "
        "leerlinggewicht.")
    tabel(doc, ["Gegeven", "Sint Franciscus"], [
        ["Directeur", "Marieke van der Laan"],
        ["Intern begeleider", "Sandra Koster (vier dagen per week)"],
        ["Leerlingen (1-10-2018)", "318 in 13 groepen"],
        ["Medewerkers", "26: 19 leerkrachten, directeur, intern begeleider, 2 onderwijsassistenten, "
                        "vakleerkracht bewegingsonderwijs, conciërge, administratief medewerker"],
        ["Denominatie", "Rooms-katholiek"],
        ["Planperiode", "1 augustus 2019 - 31 juli 2023"],
    ], breedtes=[5, 11])
    doc.add_heading("2.2 Onze katholieke identiteit", level=2)
    doc.add_paragraph(
        "Sint Franciscus is een katholieke school. Voor levensbeschouwing gebruiken wij de methode "
        "Trefwoord. Elke ochtend begint in alle groepen met een kwartier kring rond het verhaal of "
        "het lied van de week. Vier keer per jaar houden wij een schoolviering: de opening van het "
        "schooljaar in september, Kerstmis, Pasen en de afsluiting in juli.")
    doc.add_paragraph(
        "De Kerst- en Paasviering houden wij samen met de parochie Sint Maria Magdalena in de kerk "
        "De Goede Rede, aan de overkant van het park. Pastor Van Dijk bereidt deze vieringen voor met "
        "onze werkgroep identiteit (twee leerkrachten en twee ouders); in de week voor Pasen komt hij "
        "in groep 4 en groep 7 vertellen over de Goede Week. In de veertigdagentijd doen alle groepen "
        "mee aan de Vastenactie; de opbrengst van de sponsorloop (in 2019: € 2.140) ging naar een "
        "schoolproject in Malawi. De voorbereiding op de Eerste Communie verzorgt de parochie; de "
        "school stelt hiervoor op zes woensdagmiddagen een lokaal beschikbaar.")

    # 3
    doc.add_heading("3. Missie en visie", level=1)
    doc.add_heading("3.1 Missie", level=2)
    doc.add_paragraph(
        "Samen kleur geven aan goed onderwijs: de missie van ASG is ook onze missie. Bij ons staat "
        "ieder kind centraal. Wij zijn een gastvrije school waar ieder kind zichzelf kan zijn en waar "
        "het zichzelf en zijn talenten leert kennen. Goed onderwijs betekent voor ons dat kinderen "
        "leren samenwerken, samen leren en samen leven, en dat iedere leerling het niveau haalt dat "
        "bij zijn talenten past.")
    doc.add_heading("3.2 Visie", level=2)
    doc.add_paragraph(
        "De maatschappij verandert snel. Ook het onderwijs kan en mag niet achterblijven. Wij willen "
        "onze leerlingen goed voorbereiden op hun toekomst, zodat zij zich ontwikkelen tot "
        "volwaardige burgers in een snel veranderende samenleving. Bij ons staat de belevingswereld "
        "van het kind centraal: wij ontwikkelen onderwijs dat past bij de belevingswereld van onze "
        "leerlingen. Ook wij hebben een toekomstgericht curriculum. Onze school biedt alle leerlingen "
        "een vernieuwende en inspirerende leeromgeving met nieuwe perspectieven voor hun toekomst.")
    doc.add_paragraph(
        "Leren doen we samen. Bij ons staat leren in verbinding centraal: leerlingen voelen zich "
        "verbonden met elkaar, met de school en met hun leerkrachten. Vanuit onze katholieke traditie "
        "staan bij ons naastenliefde, respect en vertrouwen centraal.")

    # 4
    doc.add_heading("4. Onze kernwaarden", level=1)
    doc.add_paragraph(
        "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Deze "
        "kernwaarden zijn ook voor onze school essentieel. Ze vormen de basis waar wij als school voor "
        "staan en zijn inspiratiebron en leidraad voor alles wat we doen.")
    doc.add_heading("4.1 Gezien worden", level=2)
    doc.add_paragraph(
        "Wij zijn een gastvrije school. De cultuur op Sint Franciscus is gastvrij; iedereen voelt zich "
        "bij ons welkom, ook de bezoeker die de school voor het eerst binnenloopt. Iedereen bij ons is "
        "waardevol en wordt gezien. Wij zien wat onze leerlingen en medewerkers nodig hebben en wat "
        "het beste voor hen is. Gezien worden staat bij ons voor een goede bejegening en voor "
        "gelijkwaardigheid.")
    doc.add_heading("4.2 Open", level=2)
    doc.add_paragraph(
        "Wij zijn open en eerlijk naar leerlingen, ouders, collega's en anderen met wie wij "
        "samenwerken. Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze "
        "communicatie zijn wij transparant en toegankelijk. Met een open blik kijken wij naar de "
        "verscheidenheid van onze leerlingen en medewerkers. Als katholieke school staan wij open voor "
        "kinderen en ouders van alle culturen, religies en achtergronden.")
    doc.add_heading("4.3 Vooruitstrevend", level=2)
    doc.add_paragraph(
        "Ook wij zijn een school in beweging. Wij hebben lef en durven te experimenteren. Wij werken "
        "met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering en wij zijn "
        "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Net als ASG "
        "geven wij gericht inhoud aan ons onderwijs langs de drie horizonten van de "
        "innovatiestrategie: continue veranderingen, fundamentele veranderingen en radicale "
        "veranderingen. Hoe wij dat precies doen, werken wij de komende jaren verder uit.")
    doc.add_heading("4.4 Ambitieus", level=2)
    doc.add_paragraph(
        "Ook wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij leggen de lat hoog "
        "en blijven onszelf en onze leerlingen uitdagen. Onze medewerkers zijn intrinsiek gemotiveerd "
        "om zichzelf te blijven ontwikkelen en professionaliseren. Bij ons geeft iedereen altijd het "
        "beste van zichzelf. Wij leggen hierover actief verantwoording af.")

    # 5
    doc.add_heading("5. Ons onderwijs", level=1)
    doc.add_paragraph(
        "Bij ons staat goed en toegankelijk onderwijs centraal. De kwaliteit van ons onderwijs is en "
        "blijft op orde.")
    doc.add_heading("5.1 Het onderwijsprogramma", level=2)
    doc.add_paragraph(
        "Wij werken in jaargroepen, van groep 1 tot en met groep 8. Alle groepen krijgen 940 uur "
        "onderwijs per jaar, samen 7.520 uur in acht jaar. De kleuters werken met de thema's van "
        "Kleuterplein en de leerlijnen in ParnasSys; de leerkrachten observeren hun ontwikkeling twee "
        "keer per jaar met KIJK!. Vanaf groep 3 gebruiken wij methoden die de kerndoelen dekken. In de "
        "tabel staat per vakgebied hoe wij ermee werken.")
    tabel(doc, ["Vakgebied", "Methode", "Tijd per week", "Zo werken wij"], [
        ["Technisch lezen", "Veilig leren lezen (gr. 3), Estafette (gr. 4-6)", "5 uur (gr. 3), 2,5 uur",
         "Dagelijks 20 minuten stillezen; twee keer per week duolezen; zwakke lezers lezen drie keer "
         "per week extra met de onderwijsassistent (RALFI)."],
        ["Begrijpend lezen", "Nieuwsbegrip XL", "1 uur",
         "Wekelijkse les op woensdag; de leerkracht doet de leesstrategie hardop denkend voor."],
        ["Taal en spelling", "Taal actief 4", "5 uur",
         "Instructie volgens het EDI-model; elke vrijdag een dictee van de woorden van de week."],
        ["Rekenen", "Pluspunt 4", "5 uur",
         "Dagelijks 60 minuten: 10 minuten automatiseren, 20 minuten instructie op drie niveaus "
         "(basis, verlengd, plus), 30 minuten zelfstandige verwerking."],
        ["Wereldoriëntatie", "Blink Wereld", "2,5 uur", "Vier thema's per jaar."],
        ["Engels", "Groove.me", "45 minuten (gr. 5-8)", ""],
        ["Bewegingsonderwijs", "Vakleerkracht", "2 x 45 minuten", ""],
        ["Levensbeschouwing", "Trefwoord", "1,25 uur", "Zie paragraaf 2.2."],
        ["Sociaal-emotionele ontwikkeling", "Kwink", "30 minuten", ""],
    ], breedtes=[3.5, 4, 2.5, 6])
    doc.add_paragraph()
    doc.add_paragraph(
        "Wij volgen de vorderingen twee keer per jaar (januari en juni) met het Cito leerling- en "
        "onderwijsvolgsysteem. In groep 8 maken de leerlingen de Centrale Eindtoets. Onze resultaten "
        "van de afgelopen drie jaar:")
    tabel(doc, ["Schooljaar", "Eindtoets Sint Franciscus", "Landelijk gemiddelde"], [
        ["2016-2017", "534,0", "535,1"],
        ["2017-2018", "533,1", "534,9"],
        ["2018-2019", "535,0", "535,7"],
    ], breedtes=[4, 5, 5])
    doc.add_paragraph()
    doc.add_paragraph(
        "In 2019 haalde 97% van onze leerlingen in groep 8 referentieniveau 1F voor lezen en 63% "
        "niveau 2F. Voor taalverzorging was dat 95% (1F) en 56% (2F), voor rekenen 90% (1F) en 33% "
        "(1S). Bij het laatste inspectiebezoek (maart 2016) kreeg onze school het basisarrangement. "
        "Onze eindtoetsscores liggen de laatste drie jaar net onder het landelijk gemiddelde, maar "
        "ruim boven de ondergrens. Uit de analyse van de middentoetsen blijkt dat vooral begrijpend "
        "lezen in groep 6 en 7 achterblijft. Daarom hebben wij in 2018-2019 het hardop voordoen van "
        "leesstrategieën ingevoerd en lezen de leerlingen van groep 6 en 7 sinds januari 2019 elke "
        "week een extra tekst in tweetallen.")
    doc.add_heading("5.2 Burgerschap", level=2)
    doc.add_paragraph(
        "Wij willen dat onze leerlingen straks als zelfstandige en verantwoordelijke burgers een "
        "volwaardige plek kunnen innemen in de maatschappij. Daarom stimuleren wij vaardigheden zoals "
        "creatief zijn, kritisch denken, probleemoplossend vermogen, ICT-vaardig zijn, communiceren en "
        "samenwerken. Bij ons staat burgerschap centraal, vanuit onze katholieke waarden. Wij "
        "gebruiken hiervoor de methoden Kwink en Trefwoord. In de komende planperiode werken wij ons "
        "burgerschapsonderwijs verder uit.")
    doc.add_heading("5.3 Leerlingondersteuning", level=2)
    doc.add_paragraph(
        "Wij hebben zicht op wat onze leerlingen nodig hebben. De ondersteuning is op onze school in "
        "vier niveaus georganiseerd:")
    _lijst(doc, [
        "Niveau 1: het basisaanbod in de groep, met instructie op drie niveaus.",
        "Niveau 2: extra instructie en oefening in de groep, vastgelegd in het groepsoverzicht.",
        "Niveau 3: specifieke ondersteuning met een handelingsplan, na overleg met de intern "
        "begeleider, bijvoorbeeld leesbegeleiding door de onderwijsassistent of een eigen leerlijn "
        "met een ontwikkelingsperspectief.",
        "Niveau 4: ondersteuning met externe deskundigen via een arrangement.",
    ])
    doc.add_paragraph(
        "In oktober en na elke toetsperiode (februari en juni) houdt de intern begeleider met elke "
        "leerkracht een groepsbespreking. Daarin bespreken zij de toetsresultaten en de observaties "
        "en stellen zij per leerling de onderwijsbehoeften vast in het groepsoverzicht. Leerlingen "
        "over wie de leerkracht zich zorgen maakt, worden daarna besproken in een leerlingbespreking, "
        "waarvoor de ouders worden uitgenodigd.")
    doc.add_paragraph(
        "Voor leerlingen die meer aankunnen, hebben wij vanaf groep 5 de Plusklas: op woensdagochtend "
        "werken 14 leerlingen onder leiding van een leerkracht aan projecten uit Levelwerk. Voor "
        "leerlingen met ernstige leesproblemen volgen wij het dyslexieprotocol; de leesspecialist werkt "
        "twee ochtenden per week met deze kinderen.")
    doc.add_paragraph(
        "In ons schoolondersteuningsprofiel (vastgesteld in 2015, herzien in 2019-2020) staat welke "
        "ondersteuning wij bieden. Wij kunnen ondersteuning bieden aan leerlingen met dyslexie, "
        "dyscalculie, lichte gedrags- en concentratieproblemen en aan meer- en hoogbegaafde "
        "leerlingen. Wij kunnen niet voorzien in de ondersteuning van leerlingen die de hele dag "
        "één-op-één begeleiding nodig hebben, van leerlingen met ernstige gedragsproblemen die de "
        "veiligheid van anderen in gevaar brengen en van leerlingen die verpleegkundige zorg nodig "
        "hebben.")
    doc.add_paragraph(
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
        "zodat alle leerlingen een passende onderwijsplek hebben. Het onderwijs past zich bij ons aan "
        "het kind aan en niet het kind aan het onderwijs. Wij denken in mogelijkheden en niet in "
        "beperkingen.")
    doc.add_heading("5.4 Veiligheid", level=2)
    doc.add_paragraph(
        "Bij ons staat een veilig schoolklimaat centraal. Wij zijn een gastvrije school waar iedereen "
        "zich veilig en welkom voelt. Kinderen, ouders en medewerkers gaan bij ons respectvol met "
        "elkaar om. Onze school heeft een veiligheidsplan. Ook wij vinden dat leerlingen een veilige "
        "en stimulerende leeromgeving nodig hebben om zich te kunnen ontwikkelen.")

    # 6
    doc.add_heading("6. Personeel", level=1)
    doc.add_paragraph(
        "Samen kleur geven aan goed onderwijs kan alleen met goed personeel op de juiste posities. "
        "Ook wij vinden dat onze medewerkers zich betrokken bij en trots op ASG moeten voelen. Wij "
        "hebben aandacht voor het welbevinden in elke levensfase van al onze medewerkers. Alle "
        "medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
        "bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie. Bij ons staat "
        "de vitale werknemer centraal. Onze medewerkers ervaren erkenning van hun professionaliteit "
        "en expertise en voelen zich gezien.")
    doc.add_heading("6.1 De gesprekscyclus", level=2)
    doc.add_paragraph("Op onze school doorloopt iedere medewerker elk jaar dezelfde cyclus:")
    _lijst(doc, [
        "september/oktober: startgesprek met de directeur over de groep, de taken uit het "
        "taakbeleid en de afspraken voor het jaar;",
        "oktober en maart: klassenbezoek door de directeur of de intern begeleider met de kijkwijzer "
        "voor directe instructie (EDI), met binnen een week een nagesprek;",
        "mei/juni: functioneringsgesprek; eens in de drie jaar is dit een beoordelingsgesprek.",
    ])
    doc.add_paragraph(
        "De verslagen komen in het personeelsdossier. Nieuwe leerkrachten krijgen in hun eerste jaar "
        "vier klassenbezoeken in plaats van twee. In 2018-2019 hebben 22 van de 26 medewerkers de "
        "volledige cyclus doorlopen; bij vier medewerkers is het functioneringsgesprek door ziekte van "
        "de directeur niet doorgegaan.")

    # 7
    doc.add_heading("7. Samenwerking binnen ASG", level=1)
    doc.add_paragraph(
        "Goed onderwijs bereiken wij door samenwerking. Sint Franciscus is er trots op onderdeel te "
        "zijn van ASG. Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar "
        "regelmatig. Ook wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens "
        "conferenties en ASG-brede studiedagen. Door de schaalgrootte van ASG beschikken wij over "
        "interne expertise op veel beleidsgebieden. De meerwaarde van ASG staat bij ons centraal.")

    # 8
    doc.add_heading("8. Ouders en partners", level=1)
    doc.add_heading("8.1 Ouders", level=2)
    doc.add_paragraph(
        "Bij ons staat de ouder als partner centraal. Wij vinden het belangrijk dat ouders meedenken "
        "en meedoen. Ouders zijn bij ons betrokken bij het leerproces van hun kind. Kinderen die zien "
        "dat ouders en leerkrachten om hen heen staan, voelen zich gedragen en komen beter tot leren.")
    doc.add_paragraph(
        "De ouderraad helpt de school bij de organisatie van het Sinterklaasfeest, de Kerstviering, "
        "de sportdag en het schoolreisje en beheert de vrijwillige ouderbijdrage van € 35 per kind per "
        "jaar.")
    doc.add_heading("8.2 Informatie aan ouders", level=2)
    doc.add_paragraph(
        "Wij informeren ouders op vaste momenten en via vaste kanalen. In de eerste schoolweek "
        "krijgen alle ouders de schoolgids en de jaarkalender. In de derde week van het schooljaar "
        "houdt elke groep een informatieavond waarop de leerkracht het programma van het jaar "
        "toelicht. Om de twee weken verschijnt op vrijdag de nieuwsbrief 'Franciscus Nieuws' met "
        "mededelingen van de directie en de agenda. Via de app Parro sturen leerkrachten "
        "groepsberichten en schrijven ouders zich in voor gesprekken. Vragen van ouders beantwoorden "
        "de leerkrachten binnen twee werkdagen. De directeur houdt elke maandag van 8.15 tot 8.45 uur "
        "een inloopspreekuur. Belangrijke besluiten, zoals de keuze voor een nieuwe rekenmethode, "
        "lichten wij toe in de nieuwsbrief.")
    doc.add_heading("8.3 Medezeggenschap", level=2)
    doc.add_paragraph(
        "De medezeggenschapsraad is bij ons een klankbord voor ideeën en een sparringpartner voor de "
        "directie bij voorgenomen beleid. Ook wij vinden medezeggenschap van essentieel belang. De MR "
        "heeft over dit schoolplan advies uitgebracht.")
    doc.add_heading("8.4 Partners", level=2)
    doc.add_paragraph(
        "Onderwijs speelt zich niet alleen binnen, maar ook buiten de schoolmuren af. Daarom werken "
        "ook wij proactief samen met een breed scala aan partners. Bij ons staat de verbinding met de "
        "wijk centraal.")

    # 9
    doc.add_heading("9. Kwaliteitszorg", level=1)
    doc.add_paragraph(
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en zichtbaar binnen de "
        "school. Ook wij werken met de ASG Koerswijzer. Bij ons staat voortdurend verbeteren "
        "centraal: wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren en "
        "innoveren. Onderzoeken, reflecteren, leren en verbeteren zijn bij ons de norm. Wij leggen "
        "actief verantwoording af over de kwaliteit van ons onderwijs. De concrete uitwerking van onze "
        "kwaliteitszorg volgt in de jaarplannen.")

    # 10
    doc.add_heading("10. Onze doelen 2019-2023", level=1)
    doc.add_paragraph("In de komende vier jaar werken wij aan de volgende doelen:")
    _lijst(doc, [
        "Wij zijn een gastvrije school waar iedereen zich welkom voelt.",
        "Ook wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "In juli 2023 ligt de score op de eindtoets minimaal op het landelijk gemiddelde en haalt ten "
        "minste 65% van de leerlingen in groep 8 niveau 2F voor lezen (2019: 63%).",
        "Het schoolondersteuningsprofiel is in juni 2020 herzien en besproken met het team en de MR; "
        "vanaf 2020-2021 werken alle groepen met een groepsoverzicht dat drie keer per jaar wordt "
        "bijgesteld.",
        "Bij ons staat de ouder als partner centraal.",
        "Vanaf 2019-2020 doorlopen alle medewerkers jaarlijks de volledige gesprekscyclus "
        "(2018-2019: 22 van de 26).",
    ], stijl="List Number")
    doc.add_paragraph("De uitwerking van deze doelen staat in het jaarplan.")

    # 11
    doc.add_heading("11. Vaststelling", level=1)
    doc.add_paragraph(
        "Dit schoolplan is op 13 juni 2019 besproken met de medezeggenschapsraad. De MR heeft positief "
        "geadviseerd over het plan. Het College van Bestuur van ASG heeft het schoolplan vastgesteld "
        "op 2 juli 2019.")
    tabel(doc, ["Namens", "Naam", "Datum"], [
        ["Directie", "Marieke van der Laan", "20 juni 2019"],
        ["Medezeggenschapsraad (advies)", "Jeroen Hoekstra, voorzitter", "13 juni 2019"],
        ["College van Bestuur ASG", "", "2 juli 2019"],
    ], breedtes=[6, 6, 4])

    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_51_sint_franciscus_bestuurszinnen.docx")
