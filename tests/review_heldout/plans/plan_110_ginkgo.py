"""Schoolplan 2024-2028 van het Ginkgo Lyceum, openbare school voor havo en vwo in Almere Poort,
onderdeel van de Almeerse Scholen Groep.

Planperiode: 1 augustus 2024 tot en met 31 juli 2028 (schooljaren 2024-2025 tot en met 2027-2028).
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 28, 14, 0, 0)


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "List Number"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)


def _voettekst(sectie):
    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Ginkgo Lyceum – Schoolplan 2024-2028 – ")
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _h(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def _tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Light Grid Accent 1"
    for i, tekst in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(tekst).bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    doc.add_paragraph()


# ---------------------------------------------------------------- inhoud

def _titel(doc):
    for _ in range(6):
        doc.add_paragraph()
    for tekst, grootte, vet in (
        ("GINKGO LYCEUM", 30, True),
        ("openbare school voor havo, atheneum en gymnasium", 13, False),
        ("", 12, False),
        ("Schoolplan 2024 – 2028", 20, True),
        ("Groeien in lagen", 15, False),
        ("", 12, False),
        ("Atlasweg 12, Almere Poort  •  BRIN 31GL", 11, False),
        ("Almeerse Scholen Groep", 11, False),
        ("juni 2024", 11, False),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.font.size = Pt(grootte)
        r.bold = vet
        if vet:
            r.font.color.rgb = RGBColor(0x3A, 0x6B, 0x35)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    _h(doc, "Voorwoord")
    _p(doc, "De ginkgo is de oudste boom die we kennen. Hij groeit langzaam, in lagen, en is bijna niet kapot te "
            "krijgen. Toen onze school in 2011 in een noodgebouw begon met 96 brugklassers, plantten de eerste "
            "leerlingen een ginkgo op het plein. Die boom is nu zes meter hoog, en de school telt ruim 1.100 "
            "leerlingen.")
    _p(doc, "Dit schoolplan beschrijft hoe we de komende vier jaar verder willen groeien. We hebben het niet "
            "ingedeeld langs de hoofdstukken van het koersplan van ons bestuur, maar langs vier ambities die we in "
            "2023-2024 met docenten, leerlingen en ouders hebben geformuleerd. Ze zijn klein in aantal, maar we "
            "willen ze echt waarmaken. Achterin staat een meerjarenplanning per schooljaar; die vormt de basis voor "
            "de jaarplannen van de teams.")
    _p(doc, "Dirk-Jan Wolters, rector")


def _h1_school(doc):
    _h(doc, "1. Het Ginkgo Lyceum in het kort")
    _p(doc, "Het Ginkgo Lyceum is een openbare school voor havo en vwo (atheneum en gymnasium) in Almere Poort. "
            "In de eerste twee leerjaren werken we met dakpanklassen havo/vwo en met aparte gymnasiumklassen. Vanaf "
            "leerjaar 3 zitten leerlingen in een havo-, atheneum- of gymnasiumklas. In de bovenbouw bieden we alle "
            "vier de profielen aan.")
    _tabel(doc, ["Gegeven", "2023-2024"], [
        ["Leerlingen (1 oktober 2023)", "1.138 (havo 604, vwo 534, waarvan gymnasium 161)"],
        ["Instroom leerjaar 1", "214 leerlingen uit 41 basisscholen"],
        ["Medewerkers", "104 (82 docenten, 22 onderwijsondersteunend personeel)"],
        ["Schoolleiding", "rector, twee conrectoren, drie teamleiders"],
        ["Gemiddelde klassengrootte", "onderbouw 28, bovenbouw 24"],
        ["Oordeel inspectie (2022)", "basistoezicht; onderzochte standaarden voldoende"],
    ])
    _p(doc, "De schoolleiding bestaat uit rector Dirk-Jan Wolters, conrector onderwijs Fatima El Khatib, conrector "
            "bedrijfsvoering Peter Schuitema en de teamleiders Niels van Rijn (onderbouw), Sanne Bos "
            "(havo-bovenbouw) en Yusuf Demir (vwo-bovenbouw).")
    _p(doc, "Ons gebouw uit 2013 wordt te klein. In de zomer van 2025 krijgt de B-vleugel nieuwe vensters met "
            "zonwerend glas en wordt de aula verbouwd tot een studieplein met 120 werkplekken. Tot die tijd is de "
            "mediatheek op werkdagen open tot 17.00 uur.")


def _h2_visie(doc):
    _h(doc, "2. Waar we voor staan")
    _p(doc, "Onze missie is kort: wij helpen leerlingen om te worden wie ze kunnen zijn, met een diploma dat past "
            "bij wat ze kunnen. Onze visie op leren rust op drie overtuigingen. Leerlingen leren het meest als ze "
            "weten waar ze staan en wat de volgende stap is. Ze leren beter als ze zich veilig voelen en "
            "duidelijkheid hebben. En ze hebben de wereld buiten de school nodig om te ontdekken wat ze willen.")
    _p(doc, "Uit die overtuigingen volgen onze vier ambities voor 2024-2028:")
    _lijst(doc, [
        "Ambitie 1: Iedere leerling op de goede plek, met een diploma.",
        "Ambitie 2: Een school waar je jezelf kunt zijn.",
        "Ambitie 3: Almere als klaslokaal.",
        "Ambitie 4: Een lerend team.",
    ], "List Number")
    _p(doc, "Bij elke ambitie beschrijven we waar we nu staan, wat we gaan doen en wat we in 2028 willen zien. De "
            "kwaliteitszorg (hoofdstuk 7) en de meerjarenplanning (hoofdstuk 8) houden de ambities bij elkaar.")


def _h3_ambitie1(doc):
    _h(doc, "3. Ambitie 1: Iedere leerling op de goede plek, met een diploma")
    _p(doc, "Wij hebben zicht op wat onze leerlingen nodig hebben. Wij ontwikkelen onderwijs passend bij de "
            "belevingswereld van onze leerlingen. Voor het Ginkgo Lyceum betekent dit vooral: leerlingen komen op "
            "het niveau waar ze thuishoren en halen daar zonder onnodige vertraging hun diploma.")
    _h(doc, "3.1 Waar we nu staan", 2)
    _tabel(doc, ["Indicator (inspectie, driejaarsgemiddelde)", "Ginkgo Lyceum", "Norm / landelijk"], [
        ["Onderwijspositie t.o.v. advies basisschool", "+0,12", "boven norm"],
        ["Onderbouwsnelheid", "97,1%", "boven norm"],
        ["Bovenbouwsucces havo", "79,8%", "onder norm"],
        ["Bovenbouwsucces vwo", "86,4%", "boven norm"],
        ["Gemiddeld cijfer centraal examen havo", "6,26", "landelijk 6,30"],
        ["Gemiddeld cijfer centraal examen vwo", "6,54", "landelijk 6,48"],
        ["Geslaagd havo / vwo (2023)", "86% / 91%", "landelijk 88% / 91%"],
    ])
    _p(doc, "De onderbouw en het vwo doen het goed. Ons zorgenkind is de havo-bovenbouw: drie jaar op rij lag het "
            "bovenbouwsucces onder de norm. Uit de analyse van de afgelopen twee jaar blijkt dat vooral havo 4 het "
            "probleem is: 18% van de leerlingen doubleert daar. Veel van hen kozen een profiel dat niet bij hen "
            "paste, of kwamen met grote achterstanden uit klas 3 omdat zij in de onderbouw op het randje "
            "bevorderd werden.")
    _h(doc, "3.2 Mentor en kernteam", 2)
    _p(doc, "Elke leerling heeft een mentor. In leerjaar 1 tot en met 3 heeft de mentor twee "
            "mentoruren per week met de klas; in de eerste zes weken van het schooljaar voert de mentor met iedere "
            "leerling en de ouders een kennismakingsgesprek. Per leerjaar vormen de mentoren met de teamleider een "
            "kernteam dat drie keer per jaar een leerlingbespreking houdt, in november, maart en juni. Daar komen "
            "cijfers, aanwezigheid en signalen van vakdocenten samen. Vanaf 2024-2025 gebruiken we daarbij een vast "
            "dashboard in Magister met per leerling de cijferontwikkeling, het verzuim en de uitslag van de "
            "diagnostische toetsen taal en rekenen in leerjaar 1 en 3.")
    _h(doc, "3.3 Kiezen, determineren en doorstromen", 2)
    _p(doc, "Aan het eind van leerjaar 2 kiezen leerling, ouders en kernteam samen voor havo of vwo. We hebben hoge "
            "verwachtingen: bij twijfel plaatsen we een leerling op het hogere niveau, met een ontwikkelplan en een "
            "evaluatie na de eerste rapportperiode. Voor leerlingen die meer aankunnen, is er vanaf leerjaar 2 een "
            "plusprogramma met een extra vak of een onderzoeksproject. Havisten die na hun diploma naar vwo 5 "
            "willen, volgen in havo 5 een schakelmodule wiskunde en schrijven.")
    _p(doc, "Om de havo-bovenbouw te versterken, gaan we de profielkeuze in leerjaar 3 verbeteren: elke leerling "
            "doet een loopbaantest, loopt een dag mee in havo 4 en voert een profielkeuzegesprek met de decaan. "
            "Bevorderen ‘op het randje’ naar havo 4 kan alleen nog met een verbeterplan dat de leerling zelf "
            "opstelt.")
    _p(doc, "Niet voor iedere leerling is havo of vwo de goede plek. Binnen ASG hebben we een overstapregeling met "
            "het Markeerpunt College, de ASG-school voor mavo en vmbo in Poort: een leerling die op de havo vastloopt, "
            "kan na overleg tussen beide scholen in de loop van leerjaar 3 instromen in mavo 3 of 4, met een warme "
            "overdracht. Met de zeven ASG-basisscholen in Poort en Homeruskwartier organiseren we in februari een "
            "overdrachtsmiddag voor de groepsleerkrachten van groep 8.")
    _h(doc, "3.4 Wat we leren: het onderwijsprogramma", 2)
    _p(doc, "In de onderbouw werken we aan de kerndoelen met de vakken uit de lessentabel hieronder. In de "
            "bovenbouw volgen we de examenprogramma’s; de programma’s van toetsing en afsluiting (PTA) worden elk "
            "jaar vóór 1 oktober vastgesteld. Voor taal en rekenen werken we naar referentieniveau 3F (havo) en 4F "
            "Nederlands (vwo); in leerjaar 1 en 3 doen alle leerlingen een diagnostische toets, en leerlingen die "
            "achterlopen krijgen bijles in de flexuren.")
    _tabel(doc, ["Onderbouw (lesuren van 45 minuten per week)", "Leerjaar 1", "Leerjaar 2", "Leerjaar 3"], [
        ["Nederlands", "4", "3", "3"],
        ["Engels / Frans / Duits", "3 / 3 / –", "3 / 2 / 2", "3 / 2 / 2"],
        ["Wiskunde", "4", "4", "4"],
        ["Mens en maatschappij (geschiedenis, aardrijkskunde, economie)", "4", "4", "6"],
        ["Mens en natuur (biologie, natuurkunde, scheikunde)", "3", "4", "6"],
        ["Onderzoeken & Ontwerpen", "2", "2", "–"],
        ["Kunst en cultuur, lichamelijke opvoeding", "5", "5", "4"],
        ["Levensbeschouwing / mentoruur", "– / 2", "1 / 2", "– / 1"],
        ["Latijn en Grieks (gymnasium)", "2", "3", "4"],
        ["Flexuren", "4", "4", "3"],
    ])
    _p(doc, "Het onderbouwcurriculum is aan herziening toe. In 2024-2025 onderzoeken de secties met de kerndoelen "
            "die nu landelijk worden vernieuwd als leidraad welke inhoud verouderd is en wat ontbreekt. Drie keuzes "
            "staan al vast. We bouwen een doorlopende leerlijn digitale geletterdheid op, van programmeren in "
            "Onderzoeken & Ontwerpen tot bronnenonderzoek en het kritisch gebruiken van AI bij geschiedenis en "
            "Nederlands. We maken van Onderzoeken & Ontwerpen een vak waarin leerlingen in klas 1 en 2 samen een "
            "oplossing ontwerpen voor een vraagstuk over duurzaamheid en techniek. En elke sectie beschrijft vóór "
            "de zomer van 2026 welke vaardigheden zij opbouwt die leerlingen in het vervolgonderwijs nodig hebben.")
    _h(doc, "3.5 Flexuren", 2)
    _p(doc, "Sinds 2023 hebben leerlingen in leerjaar 1 en 2 vier flexuren per week. In die uren kiezen ze zelf, via "
            "een keuzemodule in het rooster, waar ze naartoe gaan: bijles bij een vakdocent, verdieping, stil "
            "werken aan huiswerk of het Ginkgo-lab, waar leerlingen werken aan robotica, 3D-printen en eigen "
            "onderzoek. De docent kan een leerling ook een flexuur ‘toewijzen’ als hij achterloopt. In de evaluatie "
            "van juni 2024 gaf 74% van de leerlingen aan de flexuren nuttig te vinden; docenten zagen vooral winst "
            "bij leerlingen die bijles kregen. Vanaf 2024-2025 breiden we de flexuren uit naar leerjaar 3, en vanaf "
            "2025-2026 naar havo 4.")
    _h(doc, "3.6 Ondersteuning", 2)
    _p(doc, "Welke basis- en extra ondersteuning wij bieden, staat in ons schoolondersteuningsprofiel (SOP), dat op "
            "onze website te vinden is.")
    _h(doc, "3.7 Wat we in 2028 willen zien", 2)
    _tabel(doc, ["Doel", "Nu", "Juli 2028"], [
        ["Bovenbouwsucces havo", "79,8%", "minstens 84% (boven de norm vanaf 2026)"],
        ["Doubleurs havo 4", "18%", "hoogstens 10%"],
        ["Bovenbouwsucces vwo", "86,4%", "minstens 86%"],
        ["Slagingspercentage havo / vwo", "86% / 91%", "minstens 90% / 92%"],
        ["Leerlingen die de flexuren nuttig vinden", "74%", "minstens 80%"],
        ["Herzien onderbouwcurriculum in gebruik", "–", "leerjaar 1 en 2 vanaf 2026-2027"],
    ])


def _h4_ambitie2(doc):
    _h(doc, "4. Ambitie 2: Een school waar je jezelf kunt zijn")
    _p(doc, "Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze communicatie zijn wij "
            "transparant en toegankelijk. Dat vraagt een veilig schoolklimaat, duidelijke afspraken en een school "
            "die laat zien dat er ruimte is voor iedereen.")
    _h(doc, "4.1 Veiligheid", 2)
    _p(doc, "Elk jaar in februari vullen alle leerlingen de vragenlijst sociale veiligheid in; we gebruiken daarvoor "
            "de vragenlijst van Vensters (Scholen op de kaart). In 2024 voelde 88% van de leerlingen zich veilig op "
            "school; in leerjaar 2 was dat 81%. Leerlingen noemen vooral pesten via sociale media en opmerkingen "
            "in de kleedkamers. Mirjam Kok is anti-pestcoördinator en vertrouwenspersoon voor leerlingen; "
            "conrector Fatima El Khatib is coördinator van het veiligheidsbeleid. Incidenten worden geregistreerd "
            "in Magister en elk kwartaal besproken in de schoolleiding. Sinds 2023 zijn mobiele telefoons in de "
            "lessen niet toegestaan, behalve als de docent ze nodig heeft voor de les. Ons veiligheidsplan, met het "
            "pestprotocol en het protocol sociale media, wordt in 2025 geactualiseerd.")
    _h(doc, "4.2 De Ginkgo-afspraken", 2)
    _p(doc, "In 2023 stelde de leerlingenraad samen met docenten vijf Ginkgo-afspraken op, zoals ‘je spreekt "
            "iemand aan, niet over iemand’ en ‘in de les zit je erbij’. Ze hangen in elk lokaal en gelden ook voor "
            "medewerkers. Wie de afspraken schendt, voert een herstelgesprek met de ander, begeleid door de mentor "
            "of teamleider. Twintig docenten zijn in 2023-2024 getraind in herstelgericht werken; in de komende "
            "twee jaar volgen alle mentoren die training. In 2023-2024 vonden 64 herstelgesprekken plaats; bij "
            "drie op de vier was een schorsing daarna niet meer nodig.")
    _h(doc, "4.3 Burgerschap", 2)
    _p(doc, "Burgerschap heeft een eigen leerlijn, die Tim Hageman coördineert:")
    _lijst(doc, [
        "Leerjaar 1: in de mentorlessen werken leerlingen aan omgaan met verschillen en aan de Ginkgo-afspraken.",
        "Leerjaar 2: debattraining bij Nederlands; de klassen sluiten af met een debattoernooi.",
        "Leerjaar 3: bij geschiedenis en maatschappijleer bezoeken leerlingen de gemeenteraad van Almere en het "
        "Provinciehuis in Lelystad, en schrijven ze een burgerinitiatief.",
        "Bovenbouw: maatschappijleer voor alle leerlingen; in vwo 5 doen veertig leerlingen mee aan een Model "
        "United Nations-conferentie.",
        "De leerlingenraad wordt elk jaar gekozen na een verkiezingscampagne in de onderbouw.",
    ])
    _h(doc, "4.4 Openbaar: iedereen hoort erbij", 2)
    _p(doc, "Het Ginkgo Lyceum is een openbare school. Iedere leerling kan zich bij ons aanmelden, ongeacht geloof, "
            "levensovertuiging, afkomst, seksuele oriëntatie of de portemonnee van de ouders. Onze leerlingen hebben wortels in meer dan "
            "zestig landen, en ook ons team is divers. Het openbare karakter geven we op deze manieren vorm:")
    _lijst(doc, [
        "In leerjaar 2 hebben alle leerlingen een uur levensbeschouwing per week, waarin ze de grote religies en "
        "het humanisme leren kennen en een moskee, een kerk en de synagoge in Almere bezoeken.",
        "De school heeft sinds 2022 een stilteruimte, die iedere leerling en medewerker mag gebruiken.",
        "De Gender & Sexuality Alliance van de school heeft 25 leden en organiseert elk jaar Paarse Vrijdag.",
        "De schoolkalender vermeldt de feestdagen van de religies die op school vertegenwoordigd zijn; leerlingen "
        "krijgen voor hun religieuze feestdagen vrij zonder dat er die dag toetsen vallen.",
        "Bij vacatures letten we erop dat de selectiecommissie zelf divers is, en we werven ook via netwerken "
        "buiten de gebruikelijke kanalen.",
    ])
    _h(doc, "4.5 Wat we in 2028 willen zien", 2)
    _tabel(doc, ["Doel", "Nu", "Juli 2028"], [
        ["Leerlingen die zich veilig voelen (hele school)", "88%", "minstens 92%"],
        ["Leerlingen die zich veilig voelen (leerjaar 2)", "81%", "minstens 90%"],
        ["Mentoren getraind in herstelgericht werken", "20 van 46", "alle mentoren (vanaf 2026)"],
        ["Schorsingen per jaar", "31", "hoogstens 15"],
        ["Leerlingen die zeggen dat ze op school zichzelf kunnen zijn", "79%", "minstens 85%"],
    ])


def _h5_ambitie3(doc):
    _h(doc, "5. Ambitie 3: Almere als klaslokaal")
    _p(doc, "Wij werken proactief samen met een breed scala aan partners. Leerlingen moeten tijdens hun schooltijd "
            "ontdekken wat er buiten de school te leren en te doen is, en welke studie en welk werk bij hen past.")
    _h(doc, "5.1 Partners in stad en regio", 2)
    _lijst(doc, [
        "Aeres Hogeschool Almere en Hogeschool Windesheim Flevoland: proefstuderen voor havo 4, gastlessen en "
        "begeleiding van profielwerkstukken.",
        "Het Flevoziekenhuis: acht plaatsen per jaar voor een profielwerkstuk in het laboratorium of op de afdeling "
        "fysiotherapie.",
        "Jet-Net & TechNet: via dit landelijke netwerk werken we samen met vijf technologiebedrijven in de regio, "
        "die elk een opdracht leveren voor Onderzoeken & Ontwerpen.",
        "Kunstlinie en het stadsarchief: projecten voor kunst en geschiedenis in leerjaar 3.",
    ])
    _h(doc, "5.2 In de wijk", 2)
    _p(doc, "Almere Poort is een jonge wijk met veel gezinnen. Elke dinsdag- en donderdagmiddag geven twintig "
            "bovenbouwleerlingen huiswerkbegeleiding aan kinderen van groep 7 en 8 in de bibliotheek van Poort; zij "
            "krijgen daarvoor een certificaat en een kleine vergoeding. Met de sportvereniging naast de school delen "
            "we de velden, en de buurtsportcoach verzorgt in de flexuren een sportaanbod.")
    _h(doc, "5.3 Over de grens", 2)
    _p(doc, "Het Ginkgo Lyceum is lid van Elos, het landelijke netwerk van scholen voor Europees en internationaal "
            "georiënteerd onderwijs. Alle leerlingen in atheneum 4 en gymnasium 4 gaan op uitwisseling met onze "
            "partnerscholen in Lille en Gdańsk; de leerlingen uit die steden logeren een week later in Almere. "
            "Internationaliseringscoördinator Claire Dubois wil vanaf 2025-2026 ook een uitwisseling voor havo 4 "
            "opzetten.")
    _h(doc, "5.4 Ouders als partner", 2)
    _p(doc, "Ouders zijn belangrijk voor het leren van hun kind, ook als het kind ouder wordt. In leerjaar 1 tot en "
            "met 3 houden we twee keer per jaar driehoeksgesprekken: de leerling vertelt ouders en mentor waar hij "
            "staat en wat hij de komende periode wil verbeteren. In leerjaar 1 is er een ouderavond over plannen en "
            "leren leren, waar ouders oefenen met de planner die hun kind gebruikt. In havo 4 en vwo 4 nodigen we "
            "ouders uit voor een avond over de profielkeuze en het PTA.")
    _h(doc, "5.5 Medezeggenschap", 2)
    _p(doc, "De medezeggenschapsraad telt twaalf leden: zes medewerkers, drie ouders en drie leerlingen. De MR "
            "vergadert zeven keer per jaar en bespreekt voorstellen van de schoolleiding al in de ontwerpfase. "
            "De invoering van de flexuren en het telefoonbeleid zijn in 2023 na bespreking met de MR aangepast: "
            "op advies van de leerlinggeleding kregen leerlingen meer keuzevrijheid in de flexuren. De leerlingenraad "
            "heeft een eigen budget van € 2.000 en spreekt maandelijks met de rector.")
    _h(doc, "5.6 Wat we in 2028 willen zien", 2)
    _lijst(doc, [
        "Vanaf 2025-2026 heeft elk profielwerkstuk in de bovenbouw een externe opdrachtgever of begeleider.",
        "Uiterlijk in 2026-2027 gaan ook havo 4-leerlingen op uitwisseling.",
        "In 2027 doet minstens 85% van de ouders in leerjaar 1-3 mee aan de driehoeksgesprekken (nu 72%).",
        "De huiswerkbegeleiding in de bibliotheek groeit naar 40 bovenbouwleerlingen in 2027-2028.",
    ])


def _h6_ambitie4(doc):
    _h(doc, "6. Ambitie 4: Een lerend team")
    _p(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar, en wij geven altijd het beste van "
            "onszelf. Goed onderwijs staat of valt met goede docenten, en docenten worden beter als ze samen leren.")
    _h(doc, "6.1 Lesson study in elke sectie", 2)
    _p(doc, "Sinds 2022 doen secties aan lesson study: een groep van drie of vier docenten bereidt samen één les "
            "voor, één van hen geeft de les terwijl de anderen observeren hoe leerlingen leren, en daarna verbeteren "
            "ze de les en geven hem opnieuw. In 2023-2024 deden zes van de veertien secties mee. Elk voorjaar laten "
            "de groepen op de Ginkgo-leerdag aan het hele team zien wat ze hebben ontdekt en welke afspraak de "
            "sectie daarna heeft gemaakt. Vanaf 2025-2026 doet elke sectie jaarlijks minstens één cyclus.")
    _h(doc, "6.2 Scholing", 2)
    _p(doc, "Elke docent maakt in het startgesprek een scholingsplan voor het jaar. Er is € 1.000 per docent per jaar beschikbaar, naast het budget voor teamscholing. "
            "Teamscholing richt zich de komende twee jaar op formatief evalueren: alle docenten volgen in 2024-2025 "
            "en 2025-2026 vier bijeenkomsten, verzorgd door twee eigen collega’s en een trainer van de ASG Academie. "
            "Docenten kunnen daarnaast individueel cursussen volgen bij de ASG Academie, bijvoorbeeld over "
            "mentoraat of didactisch coachen. Natuurlijk blijven we ook letten op het welbevinden van collega’s.")
    _h(doc, "6.3 Bevoegd voor de klas", 2)
    _p(doc, "Van onze 82 docenten waren er in 2023-2024 zeven niet of niet volledig bevoegd, vooral bij wiskunde, "
            "Duits en natuurkunde. Elk van hen heeft een bevoegdheidsplan met een einddatum, een vaste coach uit de "
            "sectie en begeleiding door onze schoolopleider Erik Jansma, die hen elke maand spreekt. De school "
            "betaalt het collegegeld en geeft een dag per week studieverlof. Tweedegraads docenten die in de "
            "bovenbouw havo lesgeven, stimuleren we een eerstegraads master te volgen; in 2024 doen vier collega’s "
            "dat.")
    _h(doc, "6.4 De gesprekscyclus", 2)
    _p(doc, "Iedere medewerker heeft jaarlijks een startgesprek met de leidinggevende (september), een lesbezoek "
            "(tussen november en maart) en een ontwikkelgesprek (voor 1 juni). Bij lesbezoeken gebruiken we een "
            "kijkwijzer die is gebaseerd op het ICALT-observatie-instrument, aangevuld met twee eigen items over "
            "formatief evalueren. Om de drie jaar volgt een beoordelingsgesprek. In 2023-2024 had 83% van de "
            "medewerkers de volledige cyclus doorlopen; de teamleiders hadden te veel medewerkers om alle "
            "lesbezoeken te doen. Vanaf 2024-2025 doen ervaren docenten daarom een deel van de lesbezoeken als "
            "collegiale consultatie.")
    _h(doc, "6.5 Samen met andere ASG-scholen", 2)
    _p(doc, "De secties wiskunde en Duits werken samen met de secties van twee andere havo/vwo-scholen van ASG. Ze "
            "komen twee keer per jaar bij elkaar, stemmen hun PTA’s af en bouwen aan een gedeelde toetsbank voor de "
            "bovenbouw. Het examensecretariaat gebruikt dezelfde examenregels als de andere ASG-scholen.")
    _h(doc, "6.6 Wat we in 2028 willen zien", 2)
    _tabel(doc, ["Doel", "Nu", "Juli 2028"], [
        ["Secties met minstens één lesson-studycyclus per jaar", "6 van 14", "14 van 14 (vanaf 2025-2026)"],
        ["Docenten die formatief evalueren zichtbaar toepassen (lesbezoek)", "onbekend", "minstens 80%"],
        ["Onbevoegde docenten", "7", "hoogstens 2, allen met een bevoegdheidsplan"],
        ["Medewerkers met volledige gesprekscyclus", "83%", "minstens 95%"],
        ["Docenten met een scholingsplan", "ca. 60%", "100%"],
    ])


def _h7_kwaliteit(doc):
    _h(doc, "7. Kwaliteitszorg")
    _p(doc, "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal. Kwaliteitscoördinator Linda "
            "Overmars bewaakt de kwaliteitskalender, waarin vastligt wanneer we wat meten en bespreken.")
    _lijst(doc, [
        "Plannen: dit schoolplan wordt elk jaar vertaald in een schooljaarplan en in jaarplannen van de drie teams "
        "en veertien secties. De teamplannen zijn klaar vóór 1 oktober.",
        "Uitvoeren en meten: na elke rapportperiode analyseren de teams de resultaten per klas en per vak; in "
        "januari en juni houden we leerlingenpanels per leerjaar; de vragenlijst sociale veiligheid is jaarlijks, "
        "de tevredenheidsvragenlijsten voor ouders en medewerkers om de twee jaar.",
        "Evalueren: na de examens maakt elke sectie een examenanalyse, die de teamleider met de sectie bespreekt. "
        "In de kwartaalrapportage aan het College van Bestuur rapporteren we over de voortgang van de ambities.",
        "Bijstellen: in juni bespreken schoolleiding en teamleiders wat werkte en wat niet, en dat neemt het "
        "volgende jaarplan mee. In oktober verschijnt het jaarverslag.",
    ])
    _p(doc, "Eens per twee jaar laten we een interne audit doen door collega’s van een andere school; in het "
            "voorjaar van 2026 gaat die audit over de havo-bovenbouw. Het bovenbouwsucces havo staat vanaf nu elke "
            "rapportperiode op de agenda van de schoolleiding, totdat het drie jaar op rij boven de norm ligt.")


def _h8_planning(doc):
    _h(doc, "8. Meerjarenplanning")
    _p(doc, "In de tabel staat per ambitie wat we per schooljaar doen. Aan het begin van elk schooljaar werken de "
            "teams de activiteiten uit in hun jaarplan.")
    _tabel(doc, ["Ambitie", "2024-2025", "2025-2026", "2026-2027", "2027-2028"], [
        ["1. Goede plek, diploma",
         "Dashboard leerlingbespreking; flexuren in leerjaar 3; nieuwe profielkeuze in leerjaar 3; "
         "onderzoek onderbouwcurriculum",
         "Flexuren in havo 4; verbeterplan bij bevorderen naar havo 4; leerlijn digitale geletterdheid klaar",
         "Herzien curriculum leerjaar 1 en 2 in gebruik; bovenbouwsucces havo boven norm",
         "Evaluatie curriculum en flexuren; bovenbouwsucces havo minstens 84%"],
        ["2. Jezelf kunnen zijn",
         "Veiligheidsplan geactualiseerd; 13 mentoren getraind herstelgericht werken",
         "Nog 13 mentoren getraind; aanpak sociale media in leerjaar 2",
         "Alle mentoren getraind; veiligheid leerjaar 2 minstens 86%",
         "Veiligheid hele school minstens 92%"],
        ["3. Almere als klaslokaal",
         "Afspraken met Flevoziekenhuis en Jet-Net-bedrijven; huiswerkbegeleiding 20 leerlingen",
         "Elk profielwerkstuk een externe partner; voorbereiding havo-uitwisseling",
         "Eerste havo 4-uitwisseling",
         "Huiswerkbegeleiding 40 leerlingen; evaluatie partnerschappen"],
        ["4. Lerend team",
         "Teamscholing formatief evalueren (deel 1); collegiale lesbezoeken",
         "Teamscholing deel 2; alle secties lesson study",
         "Kijkwijzer formatief evalueren in alle lesbezoeken",
         "Hoogstens 2 onbevoegde docenten; gesprekscyclus 95%"],
    ])


def _h9_vaststelling(doc):
    _h(doc, "9. Vaststelling")
    _p(doc, "Dit schoolplan is opgesteld door de schoolleiding, na drie studiemiddagen met het personeel en "
            "gesprekken met de leerlingenraad en het ouderpanel. De medezeggenschapsraad heeft het concept op 14 mei "
            "2024 besproken en er positief over geadviseerd. Het College van Bestuur van de Almeerse Scholen Groep "
            "heeft het plan op 25 juni 2024 vastgesteld. Het plan geldt voor de schooljaren 2024-2025 tot en met "
            "2027-2028.")
    _tabel(doc, ["", "Naam", "Handtekening"], [
        ["Rector", "Dirk-Jan Wolters", ""],
        ["Voorzitter MR", "Ilse van den Broek", ""],
    ])


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Ginkgo Lyceum"
    cp.author = "Ginkgo Lyceum, schoolleiding"
    cp.last_modified_by = "Ginkgo Lyceum, schoolleiding"
    cp.subject = "Schoolplan"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM

    sectie = doc.sections[0]
    sectie.different_first_page_header_footer = True
    _voettekst(sectie)

    _titel(doc)
    _voorwoord(doc)
    _h1_school(doc)
    _h2_visie(doc)
    _h3_ambitie1(doc)
    _h4_ambitie2(doc)
    _h5_ambitie3(doc)
    _h6_ambitie4(doc)
    _h7_kwaliteit(doc)
    _h8_planning(doc)
    _h9_vaststelling(doc)
    doc.save(path)
