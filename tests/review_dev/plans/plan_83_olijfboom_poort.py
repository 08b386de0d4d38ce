"""Schoolplan 2024-2028 van CBS De Olijfboom (Almere Poort), geschreven zoals een directeur het in Word
zou maken: opgebouwd langs zes eigen thema's, met Kop-stijlen, en per thema een doelentabel.

Zelfstandig: alleen de standaardbibliotheek en python-docx. Deterministisch: build(path) schrijft
elke keer hetzelfde bestand.
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

VASTE_TIJD = datetime.datetime(2024, 6, 27, 10, 0, 0)


# --- Word-loodgieterswerk (overgenomen uit docx_parts.py) -------------------------------------------

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


# --- De tekst van het plan ---------------------------------------------------------------------------

DOEL_KOP = ["Doel", "Indicator en nulmeting", "Streefwaarde", "Wanneer", "Eigenaar"]
DOEL_BREEDTES = [3.6, 4.4, 3.4, 2.8, 2.6]

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van CBS De Olijfboom voor de schooljaren 2024-2025 tot en met "
          "2027-2028. Het beschrijft waar we staan, waar we over vier jaar willen staan en hoe we daar komen. "
          "Uit dit plan halen we ieder jaar ons jaarplan, en in het jaarverslag laten we zien wat ervan "
          "terecht is gekomen."),
    ("p", "We hebben het plan in 2023-2024 samen gemaakt. Op drie studiedagen werkte het team met de "
          "centrale vragen uit de Koerswijzer van ASG, het ouderpanel dacht mee over ouders en communicatie, "
          "en de leerlingenraad vertelde wat goed is en wat beter kan. Daaruit zijn zes thema's gekomen. Het "
          "plan is langs die thema's opgebouwd; aan het eind van elk thema staan de doelen, met planning en "
          "eigenaar. Schooltijden, gebouw en geld staan in hoofdstuk 8."),
    ("p", "Hanneke Verhoef, directeur"),

    ("h1", "1. Onze school"),
    ("h2", "Identiteit"),
    ("p", "De Olijfboom is een protestants-christelijke basisschool. Wij geloven dat ieder kind een uniek "
          "mens is, door God gewild. Daarom is bij ons iedereen waardevol en wordt iedereen gezien. We "
          "beginnen elke dag met gebed, een lied of een verhaal uit de methode Trefwoord. Op maandag is er "
          "een gezamenlijke weekopening op het ontmoetingsplein, en Kerst en Pasen vieren we samen, met Kerst "
          "in de kerkzaal van de wijkgemeente. Bij de inschrijving vragen we ouders de identiteit van de "
          "school te respecteren; ongeveer de helft van onze gezinnen is zelf niet kerkelijk."),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en collega's. Dat hoort "
          "voor ons bij een christelijke school in een nieuwe, gemengde wijk."),
    ("h2", "Leerlingen, wijk en team"),
    ("p", "De school staat sinds 2010 in het Homeruskwartier in Almere Poort. Op 1 oktober 2023 telden we "
          "412 leerlingen in 17 groepen; de gemeente verwacht tot 2028 een lichte daling naar ongeveer 390. "
          "Veel ouders zijn jonge gezinnen met twee werkende ouders. Bij 23 procent van de kinderen wordt "
          "thuis (ook) een andere taal gesproken, vooral Engels, Arabisch, Tigrinya en Pools. De schoolweging "
          "is 31,4, met een grote spreiding: veel kinderen krijgen thuis veel mee, een flinke groep heeft "
          "extra woordenschat en taalaanbod nodig."),
    ("p", "Het team telt 34 medewerkers (26,4 fte): 24 groepsleerkrachten, een vakleerkracht "
          "bewegingsonderwijs, een NT2-leerkracht, drie onderwijsassistenten, een intern begeleider, "
          "conciërge, administratie, adjunct-directeur en directeur. Twee leerkrachten zijn zij-instromer; "
          "zes collega's zijn ouder dan 57, elf jonger dan 30."),

    ("h1", "2. Leren zichtbaar maken"),
    ("p", "Kinderen leren beter als ze weten wat ze leren en waarom; leerkrachten geven beter les als ze "
          "weten wat een kind al kan. Dit thema gaat daarom over doelen zichtbaar maken voor kinderen, en de "
          "ontwikkeling van kinderen zichtbaar maken voor ons."),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "Ons aanbod dekt de kerndoelen. Alle groepen gaan 940 uur per jaar naar school. We gebruiken "
          "methoden waarin de referentieniveaus 1F en 2F/1S zijn verwerkt:"),
    ("ul", [
        "groep 1-2: Kleuterplein, met de observatielijnen van Mijn Kleutergroep;",
        "groep 3: Veilig leren lezen (KIM-versie); taal en spelling groep 4-8: Staal; begrijpend lezen: "
        "Nieuwsbegrip;",
        "rekenen groep 3-8: Pluspunt 4; wereldoriëntatie: Blink Wereld; Engels groep 5-8: Stepping Stones "
        "Junior;",
        "levensbeschouwing: Trefwoord; sociaal-emotioneel: Kanjertraining; muziek: 123ZING;",
        "bewegingsonderwijs: twee lessen van 45 minuten per week door de vakleerkracht (groep 3-8).",
    ]),
    ("p", "In groep 5 tot en met 8 besteden we per week ongeveer 7,5 uur aan taal en lezen, 5 uur aan "
          "rekenen en 3 uur aan wereldoriëntatie. Zodra de herziene kerndoelen wettelijk zijn vastgesteld, "
          "leggen we ons aanbod daarnaast (zie thema 3)."),
    ("h2", "Waar we staan"),
    ("p", "Op de doorstroomtoets van februari 2024 (Route 8) behaalde 98 procent van groep 8 niveau 1F voor "
          "lezen, 96 procent voor taalverzorging en 91 procent voor rekenen. Het hogere niveau (2F, voor "
          "rekenen 1S) haalde 71, 64 en 38 procent. Alle scores liggen boven de signaleringswaarden van de "
          "inspectie, bij rekenen op 1S maar net. Over drie jaar is het beeld gelijk: lezen sterk, rekenen op "
          "het hogere niveau kwetsbaar. De school valt onder het basistoezicht."),
    ("h2", "Doelen zichtbaar in de klas"),
    ("p", "Sinds 2023 werken we met expliciete directe instructie (EDI). Elke instructieles begint met het "
          "lesdoel op het bord, in kindertaal, en eindigt met de vraag of het doel is gehaald. In groep 4 tot "
          "en met 8 hangt een doelenmuur voor rekenen en taal, waar kinderen hun naam plakken bij een doel "
          "dat ze beheersen. Bij klassenbezoeken in 2023-2024 kwam het lesdoel in ongeveer 60 procent van de "
          "lessen echt terug; dat moet beter."),
    ("p", "Drie keer per jaar voert de leerkracht met ieder kind in groep 4 tot en met 8 een kindgesprek "
          "van tien minuten. Het kind kiest zelf een leerdoel voor de komende periode en schrijft het in "
          "'Mijn groeiboek', dat tot en met groep 8 meegaat."),
    ("h2", "Zicht op ontwikkeling"),
    ("p", "Binnen twee weken na de midden- en eindtoetsen van Boom LVS houden we een datamiddag: elke bouw "
          "analyseert de resultaten per groep en per vaardigheid, en de intern begeleider maakt een "
          "trendanalyse over drie jaar. Daarna volgen drie keer per jaar groepsbesprekingen, waarin "
          "leerkracht en intern begeleider bespreken welke kinderen meer of iets anders nodig hebben. Ook de "
          "signalen uit de kindgesprekken en de kleuterobservaties komen daar op tafel."),
    ("h2", "Een hoge lat voor ieder kind"),
    ("p", "Wij leggen de lat voor alle kinderen hoog, ook voor kinderen die thuis weinig steun krijgen. "
          "Daarom hebben we schoolnormen vastgesteld die boven de signaleringswaarden liggen. In elke "
          "groepsbespreking vragen we per kind: vragen we genoeg? Het schooladvies in groep 8 bespreken de "
          "leerkrachten van groep 7 en 8 met de intern begeleider, en bij twijfel kiezen we het hogere "
          "advies. Kinderen met een taalachterstand krijgen preteaching met de woordenschatmethode Logo 3000."),
    ("h3", "Doelen: leren zichtbaar maken"),
    ("table", DOEL_KOP, [
        ["Meer leerlingen rekenen op het hogere niveau", "% groep 8 op 1S rekenen (doorstroomtoets): 38% "
         "in 2024", "45%", "februari 2027, daarna jaarlijks", "rekencoördinator"],
        ["Lezen blijft sterk", "% groep 8 op 2F lezen: 71% in 2024", "ten minste 70% ieder jaar",
         "jaarlijks, februari", "taalcoördinator"],
        ["Lesdoel zichtbaar in elke les", "% bezochte lessen waarin het lesdoel benoemd en geëvalueerd "
         "wordt: 60% (2023-2024)", "90%", "juni 2026", "adjunct-directeur"],
        ["Kindgesprekken in alle groepen", "groepen met drie kindgesprekken per jaar: 10 van 17 (groep 4-8)",
         "17 van 17 (groep 1-3 in korte vorm)", "schooljaar 2025-2026", "intern begeleider"],
        ["Schoolnormen gehaald", "vakgebieden waarop de schoolnorm gehaald wordt: 5 van 6 (2024)", "6 van 6",
         "februari 2028", "directeur"],
    ]),

    ("h1", "3. Een veilige plek voor ieder kind"),
    ("p", "Een kind dat zich niet veilig voelt, leert niet. Wij willen een school zijn waar iedereen zich "
          "welkom voelt. Dit thema gaat over sociale veiligheid en over de ondersteuning die kinderen bij "
          "ons kunnen krijgen."),
    ("h2", "Sociale veiligheid"),
    ("p", "Alle groepen krijgen wekelijks een les Kanjertraining; de Kanjerafspraken hangen in ieder lokaal. "
          "Negentien van de 24 leerkrachten hebben een Kanjerlicentie, de anderen volgen de training in "
          "2024-2025. Juf Esther van der Laan (groep 6) is anti-pestcoördinator. In oktober en maart vullen "
          "de kinderen van groep 5 tot en met 8 de vragenlijst van KanVas in. Jaarlijks meten we met de "
          "monitor sociale veiligheid hoe veilig kinderen zich voelen: in 2023 voelde 93 procent van de "
          "leerlingen in groep 6 tot en met 8 zich veilig, en zei 7 procent gepest te zijn."),
    ("p", "Respectvol met elkaar omgaan vragen we niet alleen van kinderen. In 2023 hebben we met team, MR en "
          "ouderpanel de omgangscode 'Zo doen wij dat op De Olijfboom' opgesteld, voor leerlingen, ouders, "
          "medewerkers en gasten: we spreken elkaar rechtstreeks en rustig aan, we praten met elkaar en niet "
          "over elkaar, en volwassenen spreken andermans kinderen niet zelf aan maar melden het bij de "
          "pleinwacht. In het startgesprek bespreken we de code met ouders. Het veiligheidsplan, met "
          "pestprotocol en meldcode, werken we elke twee jaar bij."),
    ("h2", "Ondersteuning: wat wij wel en niet kunnen bieden"),
    ("p", "Ons schoolondersteuningsprofiel (SOP, herzien in april 2024) beschrijft welke ondersteuning "
          "kinderen bij ons kunnen krijgen:"),
    ("ul", [
        "basisondersteuning: instructie op drie niveaus, verlengde instructie en preteaching, het "
        "dyslexieprotocol met extra leesbegeleiding vanaf groep 3;",
        "voor kinderen die meer aankunnen: compacten en verrijken, en het Denkatelier, een plusgroep voor "
        "groep 5-8 op één ochtend per week (nu 22 kinderen);",
        "voor nieuwkomers: in het eerste jaar vier uur per week NT2-les;",
        "extra ondersteuning: een ontwikkelingsperspectief voor kinderen op een eigen leerlijn (nu 9), zo "
        "nodig met een arrangement van Passend Onderwijs Almere of de schoolmaatschappelijk werker.",
    ]),
    ("p", "Er zijn ook grenzen. Wij kunnen geen passend onderwijs bieden aan kinderen die voortdurend "
          "één-op-één begeleiding nodig hebben vanwege ernstige gedragsproblemen, of die intensieve medische "
          "verzorging nodig hebben. Het volledige SOP staat op onze website."),
    ("h3", "Doelen: een veilige plek voor ieder kind"),
    ("table", DOEL_KOP, [
        ["Kinderen voelen zich veilig", "% leerlingen groep 6-8 dat zich veilig voelt (monitor): 93% "
         "(2023)", "ten minste 95%", "jaarlijks in maart, vanaf 2025", "anti-pestcoördinator"],
        ["Iedere leerkracht Kanjer-gecertificeerd", "leerkrachten met licentie: 19 van 24", "alle "
         "leerkrachten", "juli 2025", "directeur"],
        ["Omgangscode bekend bij alle ouders", "besproken in het startgesprek: nieuw in 2024-2025", "100% "
         "van de gezinnen", "ieder jaar in september", "groepsleerkrachten"],
        ["OPP's samen met ouders geëvalueerd", "OPP's twee keer per jaar met ouders besproken: 6 van 9 "
         "(2023-2024)", "100%", "vanaf 2024-2025", "intern begeleider"],
        ["SOP actueel", "herzien schoolondersteuningsprofiel", "vastgesteld na advies van de MR",
         "april 2026 en april 2028", "intern begeleider"],
    ]),

    ("h1", "4. Wereldwijs in Poort"),
    ("p", "Onze leerlingen groeien op in een gemengde wijk en in een wereld die snel digitaal wordt. Ze "
          "moeten weten hoe onze samenleving werkt en goed met techniek en media kunnen omgaan. We zijn "
          "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds te houden."),
    ("h2", "Burgerschap"),
    ("p", "De basiswaarden van onze democratische samenleving (vrijheid, gelijkwaardigheid en solidariteit) "
          "komen aan bod in Trefwoord, de Kanjertraining en Blink. Een werkgroep heeft in 2023 een leerlijn "
          "burgerschap gemaakt met per leerjaar twee vaste projecten, zoals 'Wie woont er in mijn straat?' "
          "in groep 4 en in groep 8 een bezoek aan de gemeenteraad van Almere met een eigen raadsvoorstel. "
          "En we oefenen in de school zelf: de leerlingenraad (twee gekozen kinderen uit elke groep 5 tot en "
          "met 8) vergadert zes keer per jaar met de directeur en beheert een eigen budget van 500 euro."),
    ("p", "Twee keer per jaar houden we talentmiddagen, waarop kinderen kiezen uit workshops als toneel, "
          "koken en schaken, gegeven door ouders en buurtbewoners."),
    ("h2", "Digitale geletterdheid en techniek"),
    ("p", "Een doorgaande lijn voor digitale geletterdheid hebben we nog niet. In 2024-2025 stelt een "
          "werkgroep een leerlijn op voor groep 1 tot en met 8 (mediawijsheid, informatievaardigheden, "
          "computational thinking en ICT-basisvaardigheden), met de lessen van Basicly; we programmeren met "
          "Bee-Bots bij de kleuters en met micro:bits in groep 7 en 8. In groep 5 tot en met 8 is er eens "
          "per twee weken een techniekmiddag, gekoppeld aan de thema's van Blink."),
    ("h2", "Pilot: het leerplein in groep 6-8"),
    ("p", "Vanaf augustus 2025 werken de groepen 6, 7 en 8 op donderdag- en vrijdagmiddag samen op het "
          "leerplein. Drie leerkrachten en een onderwijsassistent vormen een unit. Kinderen werken in "
          "wisselende groepjes aan de projecten van Blink, kiezen zelf een deel van hun verwerking en "
          "presenteren aan het eind van elk project aan hun ouders. In april 2026 evalueren we met kinderen, "
          "ouders en leerkrachten en besluiten we of we uitbreiden."),
    ("h3", "Doelen: wereldwijs in Poort"),
    ("table", DOEL_KOP, [
        ["Leerlijn burgerschap volledig uitgevoerd", "projecten volgens de leerlijn uitgevoerd: 9 van 16 "
         "(2023-2024)", "16 van 16", "juni 2025", "werkgroep burgerschap"],
        ["Leerlingenraad met echte invloed", "vergaderingen per jaar: 6", "6, met verslag in de "
         "nieuwsbrief", "ieder schooljaar", "directeur"],
        ["Leerlijn digitale geletterdheid", "vastgestelde leerlijn groep 1-8: geen", "vastgesteld en in "
         "alle groepen in gebruik", "vaststelling juni 2025, invoering 2025-2026", "ICT-coördinator"],
        ["Pilot leerplein", "start pilot groep 6-8", "waardering leerlingen gemiddeld ten minste 7,5; "
         "besluit over uitbreiding", "start augustus 2025, evaluatie april 2026", "adjunct-directeur"],
        ["Aanbod naast herziene kerndoelen", "vergelijking aanbod en nieuwe kerndoelen", "analyse en "
         "aanpassingsplan", "binnen een jaar na wettelijke vaststelling", "directeur"],
    ]),

    ("h1", "5. Samen met ouders"),
    ("p", "Ouders zijn bij ons betrokken bij het leerproces van hun kind; dat is geen papieren belofte. Uit "
          "de oudertevredenheidspeiling van maart 2023 bleek dat ouders de school een 7,8 geven, maar de "
          "informatie over de ontwikkeling van hun kind een 7,1 en de communicatie een 7,4."),
    ("h2", "Ouders en het leren van hun kind"),
    ("p", "In de derde schoolweek voeren we met alle ouders een startgesprek, vanaf groep 5 samen met het "
          "kind. Ouders vertellen wat zij van hun kind weten; de leerkracht vertelt wat de doelen voor dit "
          "jaar zijn. In 2023-2024 kwam 86 procent van de gezinnen. In november en maart volgen "
          "voortgangsgesprekken; in groep 6 tot en met 8 zijn dat driehoeksgesprekken, die het kind "
          "voorbereidt met zijn groeiboek. Elke periode is er een kijkmiddag, en voor ouders van kleuters en "
          "groep 3 organiseren we in oktober de workshop 'Lezen doe je thuis ook'."),
    ("h2", "Communicatie"),
    ("p", "Parro is ons enige kanaal voor berichten en het plannen van gesprekken; met de vertaalfunctie "
          "kunnen ook ouders die het Nederlands nog niet goed beheersen alles lezen. Eens in de twee weken "
          "verschijnt de nieuwsbrief 'Het Olijftakje', en in september krijgen ouders de jaarkalender. Vragen "
          "beantwoorden we binnen twee werkdagen; bij een incident bellen we ouders dezelfde dag. Het "
          "ouderpanel, open voor iedere ouder, komt drie keer per jaar bij elkaar."),
    ("h2", "Medezeggenschap"),
    ("p", "De MR bestaat uit vier ouders en vier medewerkers. Elke MR-vergadering begint met het agendapunt "
          "'eerste gedachten', waarin de directeur ideeën bespreekt voordat er een voorstel ligt. Zo dacht de "
          "MR in 2023-2024 mee over de pilot met het leerplein en over de besteding van de werkdrukmiddelen. "
          "Nieuwe leden volgen de basiscursus medezeggenschap."),
    ("h2", "Partners in de wijk"),
    ("p", "In ons gebouw zit kinderopvang Zonnekust. Peuterleidsters en kleuterleerkrachten werken met "
          "dezelfde thema's en dragen elk kind warm over. De Protestantse wijkgemeente Poort huurt op zondag "
          "onze aula; de predikant is bij onze Paasviering. Met de Nieuwe Bibliotheek hebben we de "
          "Bibliotheek op school: een leesconsulent is eens per twee weken een dag bij ons. De "
          "schoolmaatschappelijk werker van het wijkteam houdt elke dinsdagochtend spreekuur in de school, "
          "met de buurtsportcoach organiseren we op woensdagmiddag sport op het plein, en elk jaar "
          "begeleiden we zes pabostudenten van Windesheim."),
    ("h3", "Doelen: samen met ouders"),
    ("table", DOEL_KOP, [
        ["Ieder gezin bij het startgesprek", "% gezinnen bij het startgesprek: 86% (2023-2024)", "100%",
         "september 2025", "bouwcoördinatoren"],
        ["Betere informatie over de ontwikkeling van het kind", "oudertevredenheid op dit punt: 7,1 (2023)",
         "7,6", "peiling maart 2026 en maart 2028", "directeur"],
        ["Heldere communicatie", "oudertevredenheid communicatie: 7,4 (2023)", "7,8", "maart 2026 en maart "
         "2028", "directeur"],
        ["Driehoeksgesprekken", "groepen met driehoeksgesprekken: groep 6-8", "groep 5-8", "2026-2027",
         "leerkrachten bovenbouw"],
        ["Warme overdracht vanuit de peutergroep", "kinderen van Zonnekust met overdracht: 80%", "100%",
         "vanaf 2024-2025", "bouwcoördinator onderbouw"],
    ]),

    ("h1", "6. Ons team groeit"),
    ("p", "Goed onderwijs staat of valt met goede leerkrachten. Wij geven altijd het beste van onszelf, maar "
          "dat kan alleen als we blijven leren en het werk volhouden."),
    ("h2", "Leren als team"),
    ("p", "In 2024-2025 en 2025-2026 volgt het hele team de training EDI-verdieping bij een externe trainer, "
          "met klassenbezoeken door de adjunct-directeur en door elkaar. Daarnaast volgt iedere leerkracht "
          "per jaar ten minste één cursus, bij voorkeur bij de ASG Academie; in 2023-2024 deden 19 van de 24 "
          "leerkrachten dat. In september formuleert ieder teamlid een eigen leervraag, die hij of zij zelf "
          "kiest en uitwerkt in het persoonlijk ontwikkelplan. In januari en juni houden we een leermarkt, "
          "waar collega's elkaar laten zien wat ze hebben uitgeprobeerd."),
    ("p", "De intern begeleider neemt deel aan de professionele leergemeenschap van IB'ers van ASG, de "
          "directeur aan die van de directeuren, en twee kleuterleerkrachten zitten in het ASG-netwerk Jonge "
          "Kind. Wat daar wordt besproken, komt terug in de bouwvergadering."),
    ("h2", "Zij-instromers"),
    ("p", "Het lerarentekort merken ook wij. Onze twee zij-instromers volgen de verkorte deeltijdopleiding "
          "van de pabo van Windesheim, hebben een vaste schoolopleider (een uur per week) en zijn op dinsdag "
          "vrij geroosterd voor hun studie. Afgesproken is dat zij binnen twee jaar hun bevoegdheid halen."),
    ("h2", "Gesprekken en dossier"),
    ("p", "We werken met de gesprekscyclus van ASG: in het najaar een startgesprek over doelen en leervraag, "
          "in het voorjaar een voortgangsgesprek en eens in de drie jaar een beoordelingsgesprek. De "
          "verslagen staan in het digitale personeelsdossier. In 2023-2024 is de cyclus met 29 van de 34 "
          "medewerkers volledig doorlopen. In hun bekwaamheidsdossier houden leerkrachten bij hoe zij aan de "
          "bekwaamheidseisen werken."),
    ("h2", "Vitaal blijven"),
    ("p", "Wij willen een team van vitale medewerkers. Het verzuim lag in 2023 op 6,9 procent. In het "
          "startgesprek is altijd ruimte voor werkbelasting en de levensfase waarin iemand zit: jonge ouders "
          "kunnen een deel van de studiedagen op afstand volgen, en met collega's van 57 jaar en ouder kijken "
          "we samen hoe zij hun uren duurzame inzetbaarheid inzetten. Met de werkdrukmiddelen betalen we een "
          "extra onderwijsassistent en de vakleerkracht bewegingsonderwijs. Elk jaar in november nemen we een "
          "werkdrukpeiling af en bespreken we de uitkomst in het team."),
    ("h3", "Doelen: ons team groeit"),
    ("table", DOEL_KOP, [
        ["EDI in alle lessen", "bezochte lessen die voldoen aan de kijkwijzer EDI: 60%", "90%", "juni 2026",
         "adjunct-directeur"],
        ["Iedereen blijft leren", "leerkrachten met ten minste één cursus per jaar: 19 van 24", "24 van 24",
         "ieder jaar, verantwoord in het jaarverslag", "directeur"],
        ["Gesprekscyclus voor iedereen", "medewerkers met volledige cyclus: 29 van 34", "34 van 34",
         "juli 2025", "directeur"],
        ["Zij-instromers bevoegd", "bevoegde zij-instromers: 0 van 2", "2 van 2", "juli 2026",
         "schoolopleider"],
        ["Lager verzuim", "ziekteverzuim: 6,9% (2023)", "ten hoogste 5,0%", "2026, daarna jaarlijks",
         "directeur"],
        ["Hanteerbare werkdruk", "werkdrukpeiling, stelling 'mijn werkdruk is hanteerbaar': 6,2",
         "ten minste 7,0", "november 2026", "directeur met PMR"],
    ]),

    ("h1", "7. Kwaliteit: zo houden we koers"),
    ("p", "Kwaliteit houden we bij in een vaste cyclus van plannen, doen, meten en bijsturen. Uit het "
          "schoolplan maken we elk jaar in juni het jaarplan. In januari evalueren we het jaarplan halverwege "
          "met het team, en in het najaar volgt het jaarverslag, dat we met de MR bespreken en aan het "
          "bestuur sturen. Voor de kwartaalrapportages van ASG leveren we de cijfers over leerlingaantallen, "
          "resultaten, verzuim en financiën. Onze instrumenten:"),
    ("ul", [
        "klassenbezoeken: directie bezoekt iedere leerkracht twee keer per jaar met de kijkwijzer EDI;",
        "trendanalyses na de toetsen en de doorstroomtoets, vergeleken met onze schoolnormen;",
        "eens per twee jaar een tevredenheidspeiling onder ouders, leerlingen en medewerkers;",
        "in het voorjaar van 2026 een zelfevaluatie langs het onderzoekskader van de inspectie, met een "
        "collega-directeur van een andere ASG-school als critical friend.",
    ]),
    ("p", "Verbeteren doen we samen. Elk jaar draaien er drie lesson-studyteams van drie leerkrachten, die "
          "samen een les voorbereiden, bij elkaar observeren wat kinderen doen en de les verbeteren; in "
          "2024-2026 over begrijpend lezen en rekenen op het hogere niveau. Daarnaast bezoekt iedere "
          "leerkracht twee keer per jaar een collega in een andere bouw, met een vooraf gekozen kijkvraag. "
          "Het lesson-studyteam begrijpend lezen presenteert zijn aanpak in maart 2026 op de ASG-brede "
          "studiedag."),
    ("h3", "Doelen: kwaliteit"),
    ("table", DOEL_KOP, [
        ["Cyclus op tijd rond", "jaarplan vóór 1 juli, jaarverslag vóór 1 november met de MR besproken",
         "elk jaar op tijd", "ieder schooljaar", "directeur"],
        ["Lesson study", "aantal teams per jaar: 1 (2023-2024)", "3", "vanaf 2024-2025", "intern begeleider"],
        ["Collegiale consultatie", "leerkrachten met twee bezoeken per jaar: ongeveer de helft",
         "alle leerkrachten", "2025-2026", "bouwcoördinatoren"],
        ["Zelfevaluatie", "zelfevaluatie volgens het onderzoekskader, met critical friend", "rapport met "
         "verbeterpunten, opgenomen in jaarplan", "april 2026", "directeur"],
        ["Delen binnen ASG", "presentatie op de ASG-brede studiedag", "1 presentatie", "maart 2026",
         "lesson-studyteam lezen"],
    ]),

    ("h1", "8. Gebouw, schooltijden en geld"),
    ("p", "Wij werken met een continurooster: alle groepen gaan elke dag van 8.30 tot 14.15 uur naar "
          "school. De deuren gaan open om 8.20 uur; vanaf dat moment zijn de kinderen welkom in de klas. "
          "Kinderen lunchen met de leerkracht in het eigen lokaal."),
    ("p", "Ons gebouw uit 2010 delen we met de kinderopvang; het ontmoetingsplein gebruiken we voor de "
          "weekopening en vieringen. In 2023 zijn de ventilatiesystemen vervangen; de luchtkwaliteit in de "
          "lokalen is sindsdien op orde. In de zomer van 2025 krijgen de grote vensters aan de zuidkant "
          "buitenzonwering en wordt het draadloze netwerk uitgebreid, zodat het in het hele gebouw dekkend "
          "is, ook op het leerplein. Met de gemeente werken we aan de verkeersveiligheid bij de Kiss & Ride."),
    ("p", "De school ontvangt in 2024 ongeveer 2,9 miljoen euro aan rijksbijdragen; 86 procent daarvan gaat "
          "naar personeel. De meerjarenbegroting, die we met het servicebureau van ASG opstellen, kijkt met "
          "een horizon van drie jaar vooruit. Voor de inrichting van het leerplein reserveren we in 2025 "
          "eenmalig 35.000 euro; de werkdrukmiddelen gaan naar personeel (zie thema 6)."),

    ("h1", "9. Vaststelling"),
    ("p", "Het concept van dit schoolplan is op 14 mei 2024 met het team besproken. De "
          "medezeggenschapsraad heeft op 4 juni 2024 ingestemd met dit schoolplan. Het College van Bestuur "
          "van de Almeerse Scholen Groep heeft het plan op 27 juni 2024 vastgesteld."),
    ("table", ["Namens de school", "Namens de MR", "Namens het bestuur"], [
        ["Hanneke Verhoef, directeur", "Marco de Wit, voorzitter MR", "College van Bestuur ASG"],
        ["Datum: 4 juni 2024", "Datum: 4 juni 2024", "Datum: 27 juni 2024"],
    ]),
]

GEGEVENS = [
    ["Naam", "CBS De Olijfboom"],
    ["BRIN", "29QZ"],
    ["Adres", "Thetisstraat 21, 1363 XH Almere"],
    ["Bestuur", "Almeerse Scholen Groep (ASG)"],
    ["Denominatie", "protestants-christelijk"],
    ["Directeur", "Hanneke Verhoef"],
    ["Adjunct-directeur", "Ruben Sahertian"],
    ["Leerlingen (1 oktober 2023)", "412"],
    ["Planperiode", "1 augustus 2024 tot en met 31 juli 2028"],
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    kern = doc.core_properties
    kern.author = "Hanneke Verhoef"
    kern.last_modified_by = "Hanneke Verhoef"
    kern.title = "Schoolplan 2024-2028 CBS De Olijfboom"
    kern.created = VASTE_TIJD
    kern.modified = VASTE_TIJD
    kern.revision = 7

    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan CBS De Olijfboom 2024-2028 - pagina ")
    page_field(voet)

    # Voorblad
    for _ in range(3):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("CBS De Olijfboom")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Protestants-christelijke basisschool in het Homeruskwartier, Almere Poort")
    doc.add_paragraph("Een school van de Almeerse Scholen Groep")
    doc.add_paragraph()
    tabel(doc, ["Gegeven", "Invulling"], GEGEVENS, [5.0, 9.0])
    doc.add_paragraph()
    doc.add_paragraph("Vastgesteld op 27 juni 2024")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "h3":
            doc.add_heading(blok[1], level=3)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "ul":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "table":
            breedtes = DOEL_BREEDTES if blok[1] == DOEL_KOP else None
            tabel(doc, blok[1], blok[2], breedtes)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, VASTE_TIJD)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_83_olijfboom_poort.docx")
