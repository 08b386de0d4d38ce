"""Schoolplan 2025-2029 van CBS De Lichtboei, een protestants-christelijke basisschool in Almere Haven
met ongeveer 160 leerlingen in zeven groepen en een team van veertien (fictief).

Ontwerp: kort (rond 1.800 woorden), warm en persoonlijk geschreven door de directeur, met veel
voorbeelden over kinderen en collega's. Uitgewerkt zijn alleen Gezien worden, Ambitieus, venster 1 en
venster 2; Open, Vooruitstrevend, venster 3 en venster 4 krijgen elk één zin (onderwerp voor het
bestuur of voor later), twee daarvan herhalen daarbij de bestuurszin. In venster 1 staat terloops een
afspraak met ouders over thuislezen. Doelen als opsommingslijst aan het eind, de helft met een datum.
De MR heeft meegedacht en positief geadviseerd (geen instemming).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

DELEN = [
    ("Beste lezer", [
        "Voor u ligt het schoolplan van CBS De Lichtboei voor de jaren 2025 tot en met 2029. Ik heb het "
        "geschreven na een jaar van gesprekken: met het team op twee studiedagen, met kinderen uit groep 7 "
        "en 8 in de leerlingenraad, en met ouders op de koffieochtenden. Het is een kort plan. We hebben "
        "bewust gekozen voor een paar onderwerpen die er voor onze kinderen nu het meest toe doen, en die "
        "werken we goed uit. Andere onderwerpen laten we voorlopig rusten; dat staat aan het eind eerlijk "
        "vermeld.",
        "De Lichtboei is een protestants-christelijke basisschool in Almere Haven, vlak bij de haven en de "
        "Sluis. We hebben ongeveer 160 kinderen in zeven groepen en een team van veertien mensen. Veel "
        "gezinnen kennen we al jaren; soms zitten nu de kinderen op school van ouders die hier zelf in groep "
        "8 zaten.",
    ]),
    ("Wie wij zijn", [
        "Elke dag begint bij ons in de kring, met een lied, een gebed of een stilte en een verhaal uit "
        "Trefwoord. Kinderen mogen daarbij vertellen wat hen bezighoudt, en dat is vaak meer dan je denkt: "
        "een opa die ziek is, een nieuwe cavia, ruzie thuis. Met Kerst en Pasen houden we een viering in "
        "de Goede Herderkerk, waar ook ouders en opa's en oma's bij zijn. Kinderen van andere of geen "
        "geloofsovertuiging zijn bij ons net zo welkom; we vragen wel dat ze meedoen met de dagopening.",
        "In de ochtend werken we aan taal, lezen en rekenen, met Veilig Leren Lezen in groep 3, Staal voor "
        "taal en spelling en Pluspunt voor rekenen. We geven elke dag minstens een half uur begrijpend en "
        "technisch lezen, omdat we merken dat dit de basis is voor al het andere. 's Middags werken we in "
        "thema's aan aardrijkskunde, geschiedenis, natuur en techniek, met creatieve vakken ertussendoor. "
        "Engels krijgen de kinderen vanaf groep 1, een uur per week. Kinderen maken bij ons ruim 940 uur "
        "onderwijs per jaar.",
    ]),
    ("Gezien worden", [
        "Juf Marieke staat elke ochtend om kwart over acht bij de voordeur en geeft iedereen een hand, "
        "kinderen én ouders. Dat begon ooit als vervanging voor de conciërge, maar we zijn het blijven doen, "
        "nu om de beurt. Nieuwe gezinnen krijgen een rondleiding van twee kinderen uit groep 8, die het "
        "gebouw beter kennen dan wie ook, en daarna een kop koffie met mij. Eens per maand is er op "
        "vrijdagochtend een koffieochtend in de aula, waar ook buurtbewoners en opa's en oma's binnenlopen.",
        "Vorig jaar kwam er in groep 5 een jongen binnen die bijna niets zei. Hij was net verhuisd vanuit "
        "Lelystad en kende niemand. Zijn juf ontdekte dat hij alles wist van vogels, en liet hem de "
        "vogelwerkplaats van het thema Natuur in de buurt leiden. Na een paar weken stond hij voor de groep "
        "uit te leggen hoe je een aalscholver herkent. Zo willen we kijken: naar wat een kind kan en wie "
        "het is, niet alleen naar wat er misgaat. Daarom voert iedere leerkracht twee keer per jaar een "
        "kindgesprek van een kwartier met elk kind in de groep, vanaf groep 4 met een vragenlijstje dat het "
        "kind zelf vooraf invult.",
        "In de groepsbespreking, drie keer per jaar, bespreekt de leerkracht met onze intern begeleider "
        "per kind wat het nodig heeft: meer uitdaging, meer herhaling, een rustige plek, een maatje. Ook "
        "bij collega's vraag ik aan het begin van het jaar wat ze nodig hebben. Een collega die net "
        "mantelzorger was geworden voor haar moeder vroeg om geen vergaderingen op dinsdag; dat hebben we "
        "geregeld.",
        "Kinderen moeten zich ook veilig voelen. Twee keer per jaar vullen de kinderen van groep 5 tot en met "
        "8 de veiligheidsvragenlijst in en volgen we het welbevinden van alle kinderen met ZIEN!. Toen een "
        "meisje uit groep 6 vertelde dat ze het plein in de pauze eng vond, bleek uit de lijst dat meer "
        "kinderen dat zo voelden. Sindsdien staan er altijd twee leerkrachten met een hesje op het plein, "
        "hebben we vaste speelplekken per groep en is er een rustige hoek bij de moestuin. Meester Jeroen "
        "is onze anti-pestcoördinator; kinderen en ouders weten hem te vinden en hij volgt elke melding "
        "volgens ons pestprotocol op.",
    ]),
    ("Ambitieus", [
        "We hebben hoge verwachtingen van onze kinderen, ook als het leren niet vanzelf gaat. Een meisje "
        "in groep 7 met ernstige dyslexie wilde per se de Harry Potter-boeken lezen, net als haar "
        "vriendinnen. Samen met haar leerkracht stelde ze een eigen leesdoel op, met luisterboeken ernaast, "
        "en aan het eind van groep 8 haalde ze het niveau 1F voor lezen ruim en zat ze dicht bij 2F. Voor "
        "elke groep stellen we doelen op het niveau van 1F en 2F of 1S, en we stellen die niet naar "
        "beneden bij omdat een groep het moeilijk heeft. Kinderen die meer aankunnen, werken een ochtend "
        "per week in de plusgroep aan projecten van Levelwerk.",
        "Ook van elkaar verwachten we veel, en het mooiste is als dat van binnenuit komt. Juf Anneloes "
        "besloot vorig jaar uit zichzelf om naast haar werk de opleiding voor de gymbevoegdheid te volgen, "
        "op zaterdagen en in haar eigen tijd, omdat ze het jammer vond dat haar kleuters alleen in het "
        "speellokaal bewogen. Zulke initiatieven willen we ruimte geven: iedere collega mag elk jaar zelf "
        "een onderwerp kiezen om zich in te verdiepen, met twintig uur in het taakbeleid, en vertelt in juni "
        "aan de anderen wat het heeft opgeleverd.",
        "Wij geven altijd het beste van onszelf.",
    ]),
    ("Goed en toegankelijk onderwijs", [
        "De kwaliteit van ons onderwijs is op orde. Bij het inspectiebezoek in 2023 kregen we een "
        "basisarrangement. Op de doorstroomtoets van 2025 haalde 98 procent van onze groep 8 het niveau 1F "
        "voor lezen en 71 procent 2F; voor rekenen was dat 92 procent 1F en 41 procent 1S. Rekenen blijft "
        "daarmee ons zorgenkind.",
        "Twee keer per jaar, in februari en juni, bekijken we als team de toetsresultaten van alle groepen "
        "naast elkaar. Wat gaat goed, waar zakken we weg, wat doen we anders? De leerkrachten passen daarop "
        "hun groepsplan aan, en in juni evalueren we het jaarplan en stellen we het nieuwe op. Dat nieuwe "
        "jaarplan bespreek ik met de MR en het bestuur krijgt elk kwartaal van mij een rapportage.",
        "In de groepen 1 en 2 beginnen we met wat de kinderen zelf inbrengen. Toen een jongen wekenlang "
        "alleen maar over de bouwkranen bij het nieuwe appartementencomplex aan de Sluis praatte, werd dat "
        "het thema van de hele onderbouw: we bezochten de bouwplaats, bouwden zelf kranen en schreven "
        "briefjes aan de kraanmachinist. Ook in de hogere groepen laten we kinderen bij elk thema eerst hun "
        "eigen vragen opschrijven en kiezen ze er een uit om zelf uit te zoeken.",
        "In ons schoolondersteuningsprofiel staat wat we kunnen bieden. Kinderen met dyslexie, kinderen die "
        "extra uitdaging nodig hebben en kinderen met lichte gedrags- of concentratieproblemen begeleiden "
        "we in de eigen groep, met hulp van onze intern begeleider en een onderwijsassistent voor vier "
        "ochtenden per week. Intensieve medische zorg of een kind dat de hele dag één-op-één begeleiding "
        "nodig heeft, kunnen we in onze groepen van gemiddeld 23 kinderen niet bieden; dat zeggen we ouders "
        "eerlijk bij de aanmelding.",
        "Waar het lezen moeizaam gaat, betrekken we de ouders. Toen een jongen in groep 4 vastliep, "
        "spraken we met zijn vader af dat hij elke avond tien minuten samen met zijn zoon las, uit een boek "
        "dat de jongen zelf koos. Zo doen we het nu voor alle kinderen met een leesplan: de ouders krijgen "
        "bij de start een gesprek met de leerkracht en een thuisleeskaart, en bij de groepsbespreking kijken "
        "we samen hoe het gaat.",
    ]),
    ("Personeel in positie", [
        "Onze mensen zijn de school. Juf Ineke werkt hier al 31 jaar en is onze specialist jonge kind. "
        "Bij elke nieuwe kleuter kijkt ze in de eerste weken mee, en in het taakbeleid staat die rol er "
        "ook echt als specialistentaak, met uren. Als een collega een opleiding of cursus afrondt, vieren we "
        "dat in de teamvergadering en vertelt zij of hij wat het heeft opgeleverd; meester Jeroen deed dat "
        "vorig jaar na zijn opleiding tot gedragsspecialist.",
        "Wat iemand nodig heeft, verschilt per levensfase. Een jonge collega die terugkwam van "
        "zwangerschapsverlof kreeg het eerste halfjaar een vaste duo-partner en geen extra taken. Onze "
        "oudste collega, die 62 is, gebruikt haar uren duurzame inzetbaarheid om stagiaires van de pabo te "
        "begeleiden in plaats van te surveilleren; dat geeft haar energie en de stagiaires een fijne "
        "begeleider.",
        "Iedereen werkt aan zijn eigen ontwikkeling. Dit jaar volgen vier collega's de cursus Rekenen met "
        "begrip van de ASG Academie, en onze intern begeleider volgt daar de leergang voor IB'ers. Wat "
        "iemand gevolgd heeft, staat in het bekwaamheidsdossier. Ieder jaar is er een startgesprek in "
        "september, een of twee korte klassenbezoeken door mij en een ontwikkelgesprek in het voorjaar; "
        "eens in de drie jaar is dat een beoordelingsgesprek.",
        "Wij willen dat onze medewerkers zich betrokken voelen bij en trots zijn op ASG.",
    ]),
    ("Wat we (nog) laten liggen", [
        "Niet alles krijgt in dit plan een eigen hoofdstuk. Eerlijk gezegd is onze school te klein om alles "
        "tegelijk te doen.",
    ]),
]

LIGGEN = [
    "Open: in onze communicatie willen wij transparant en toegankelijk zijn; dit werken we later, in een "
    "volgend jaarplan, verder uit.",
    "Vooruitstrevend: ook wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud "
    "te geven; hoe we dat doen, is een onderwerp voor later.",
    "De meerwaarde van ASG is vooral een onderwerp voor het bestuur.",
    "Partnerschap met ouders en partners in de wijk werken we in de komende jaren verder uit; burgerschap "
    "staat in ons jaarplan voor 2026-2027.",
]

DOELEN = [
    "Vóór de zomer van 2027 haalt ten minste 50 procent van onze groep 8 het niveau 1S voor rekenen.",
    "In 2028 haalt ten minste 75 procent van groep 8 het niveau 2F voor lezen.",
    "Vóór 1 november 2025 heeft iedere collega een startgesprek gehad en staat zijn of haar "
    "ontwikkeldoel in het bekwaamheidsdossier.",
    "Vóór de zomer van 2026 hebben alle leerkrachten van groep 4 tot en met 8 de cursus Rekenen met "
    "begrip afgerond.",
    "Ieder kind heeft twee kindgesprekken per jaar met de eigen leerkracht.",
    "Minstens 90 procent van de kinderen voelt zich veilig op het plein volgens de veiligheidsvragenlijst.",
    "De kleuters krijgen twee keer per week gymles van een bevoegde leerkracht.",
    "Elke nieuwe collega heeft in het eerste halfjaar een vaste maatje-collega.",
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    page_field(doc.sections[0].footer.paragraphs[0])

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    doc.add_paragraph("CBS De Lichtboei, protestants-christelijke basisschool, Almere Haven")

    for kop, alineas in DELEN:
        doc.add_heading(kop, level=1)
        for t in alineas:
            doc.add_paragraph(t)
    for t in LIGGEN:
        doc.add_paragraph(t)

    doc.add_heading("Onze doelen", level=1)
    for t in DOELEN:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Tot slot", level=1)
    doc.add_paragraph(
        "Ik dank iedereen die heeft meegedacht: het team, de kinderen, de ouders. De MR heeft meegedacht "
        "en positief geadviseerd over dit schoolplan.")
    doc.add_paragraph("Almere Haven, 24 juni 2025, de directeur van CBS De Lichtboei")

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 24, 12, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_42_cbs_de_lichtboei.docx")
