"""Schoolplan 2024-2028 van OBS De Kogge (Almere Haven), zoals een directeur het in Word schrijft.

Een plan dat de zinnen van het bestuur in vele vormen herhaalt; alleen in enkele hoofdstukken volgen
eigen acties. Bouw: build(path) schrijft een .docx (python-docx), byte-stabiel.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_TIJD = datetime.datetime(2024, 7, 4, 9, 0, 0)


# ---------------------------------------------------------------- Word plumbing (uit docx_parts)
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


def toc_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    tekst = paragraph.add_run("Rechtsklik en kies 'Veld bijwerken' voor de inhoudsopgave.")
    tekst.italic = True
    run2 = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run2._r.append(end)


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


# ---------------------------------------------------------------- de tekst van het plan
# Blokken: ("h1", tekst) ("h2", tekst) ("p", tekst) ("bul", [..]) ("num", [..]) ("tab", kop, rijen)
INHOUD = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van openbare basisschool De Kogge voor de periode 1 augustus 2024 "
          "tot en met 31 juli 2028. Het plan is geschreven vanuit Koers 22 van de Almeerse Scholen Groep "
          "(ASG), onder het motto van ons bestuur: samen kleur geven aan goed onderwijs. Ook wij willen "
          "samen kleur geven aan goed onderwijs, hier in de Haven."),
    ("p", "De Kogge staat in de wijk De Wierden in Almere Haven, op loopafstand van het Havenhoofd. Wij "
          "hebben op 1 oktober 2023 231 leerlingen, verdeeld over tien groepen. Het team bestaat uit "
          "negentien medewerkers: twaalf leerkrachten, een intern begeleider, twee onderwijsassistenten, "
          "een conciërge, een administratief medewerker, een vakleerkracht gym en de directeur."),
    ("p", "Voor de opbouw van dit plan hebben wij de Koerswijzer van ASG gevolgd. Per kernwaarde en per "
          "venster beschrijven wij wat de koers voor De Kogge betekent. In hoofdstuk 10 staan onze doelen "
          "voor de komende vier jaar. Die doelen werken wij ieder jaar uit in het jaarplan. Het "
          "veiligheidsplan en de schoolgids zijn aparte documenten; zie daarvoor onze website."),
    ("h2", "1.1 Onze missie en visie"),
    ("p", "Samen hebben we alle kennis en ervaring. Samen hebben we eindeloos veel ideeën. Samen kunnen wij "
          "goed onderwijs bieden, omdat we onze kennis, ervaring en ideeën met elkaar delen. Wij inspireren "
          "en helpen elkaar. Dat is de missie van ASG en dat is ook onze missie."),
    ("p", "Goed onderwijs betekent voor ons dat ieder kind zichzelf kan zijn en dat het zichzelf en zijn "
          "talenten leert kennen. Goed onderwijs betekent leren samenwerken, samen leren en samen leven. "
          "Ook op onze school geldt dat iedere leerling de kans moet krijgen op het vervolgonderwijs dat bij "
          "zijn talenten past."),
    ("p", "De maatschappij verandert snel en het onderwijs kan en mag niet achterblijven. Ook wij moeten ons "
          "blijven vernieuwen en verbeteren om onze leerlingen goed voor te bereiden op hun toekomst. Wij "
          "willen dat onze leerlingen straks als zelfstandige en verantwoordelijke burgers een volwaardige "
          "plek kunnen innemen in de maatschappij."),

    ("h1", "2. Kernwaarde: Gezien worden"),
    ("h2", "2.1 Wat de koers zegt en wat het voor ons betekent"),
    ("p", "Iedereen bij ASG is waardevol en wordt gezien. Dat geldt ook voor De Kogge: bij ons is ieder "
          "kind, iedere ouder en iedere collega waardevol en wordt iedereen gezien. Wij zien wat onze "
          "leerlingen en medewerkers nodig hebben en wat het beste voor hen is."),
    ("p", "Onze school heeft de uitstraling van welkom zijn en welkom laten voelen. De cultuur op De Kogge "
          "is gastvrij; iedereen voelt zich welkom, ook de bezoeker die de school voor het eerst binnenloopt. "
          "Gezien worden staat voor ons voor een goede bejegening en voor gelijkwaardigheid."),
    ("p", "Voor ons betekent gezien worden:"),
    ("bul", ["iedereen is waardevol en wordt gezien;",
             "wij hebben zicht op de onderwijsbehoeftes van onze leerlingen en medewerkers;",
             "wij hebben een gastvrije cultuur waarin iedereen zich welkom voelt;",
             "wij bejegenen elkaar goed en gaan gelijkwaardig met elkaar om."]),
    ("h2", "2.2 Zo doen wij dat: de deur staat open"),
    ("p", "Elke ochtend staan de leerkrachten van 8.20 tot 8.30 uur bij de deur van hun lokaal om kinderen "
          "en ouders te ontvangen. Ouders van groep 1 en 2 mogen tot 8.30 uur mee naar binnen. Ouders van groep "
          "3 tot en met 8 lopen op de eerste vrijdag van de maand mee de klas in tijdens de inloopochtend. "
          "Onze conciërge, Ruud Bakker, ontvangt bezoekers bij de hoofdingang; daar staat ook de koffie klaar."),
    ("p", "Nieuwe gezinnen krijgen een rondleiding van twee leerlingen uit groep 8, onze Koggegidsen. In "
          "2023-2024 hebben de Koggegidsen 34 rondleidingen gegeven. Zes weken na de start belt de "
          "leerkracht het gezin om te vragen hoe de eerste weken zijn bevallen."),
    ("h2", "2.3 Zo doen wij dat: zicht op wat kinderen nodig hebben"),
    ("p", "Drie keer per jaar, in oktober, februari en juni, houdt onze intern begeleider Fatima El Amrani "
          "met iedere leerkracht een groepsbespreking. Daarin komen de toetsgegevens, de observaties uit "
          "ZIEN! en de gesprekken met kinderen samen. Vanaf groep 5 voert de leerkracht in november en in "
          "maart met elke leerling een kindgesprek van tien minuten over hoe het gaat en wat het kind nodig "
          "heeft. De afspraken die daaruit komen, staan in het groepsoverzicht in ParnasSys."),
    ("h2", "2.4 Een veilig klimaat"),
    ("p", "Iedere maandagochtend krijgen alle groepen een les uit Kwink, onze methode voor "
          "sociaal-emotionele ontwikkeling. In maart vullen de leerlingen "
          "van groep 5 tot en met 8 de vragenlijst sociale veiligheid van ZIEN! in; in 2023 gaf 94 procent "
          "van hen aan zich veilig te voelen op school. Onze anti-pestcoördinator is Sanne Verbeek, "
          "leerkracht van groep 6. Zij is ook het aanspreekpunt voor ouders. Het pestprotocol wordt elk "
          "jaar in september in alle groepen besproken."),

    ("h1", "3. Kernwaarde: Open"),
    ("h2", "3.1 Open zijn"),
    ("p", "Wij zijn open en eerlijk naar leerlingen, ouders, collega's en anderen met wie we samenwerken. "
          "Wij staan open voor verscheidenheid, voor mensen met verschillende culturen, religies en "
          "achtergronden. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en "
          "medewerkers."),
    ("p", "Ook op onze school geldt: wij gaan respectvol om met de mensen binnen en buiten de school. In onze "
          "communicatie zijn wij transparant en toegankelijk. De kernwaarde open is verbonden met ons gedrag "
          "en met onze communicatie naar elkaar, naar leerlingen en naar ouders."),
    ("h2", "3.2 Openbaar onderwijs"),
    ("p", "De Kogge is een openbare school. Wij willen recht doen aan het openbare karakter van ASG en wij "
          "willen dat onze school een afspiegeling is van de wijk. Wij streven ernaar dat ieder kind en "
          "iedere ouder zich bij ons thuis voelt, ongeacht achtergrond of geloof. Wij vinden het belangrijk "
          "dat kinderen leren dat er verschillen zijn tussen mensen en dat die verschillen er mogen zijn."),
    ("h2", "3.3 Communicatie"),
    ("p", "Wij willen dat ouders en leerlingen goed geïnformeerd zijn en dat onze communicatie open, eerlijk "
          "en toegankelijk is. Voor taal en lezen werken wij met Staal (taal en spelling), Veilig leren lezen "
          "KIM-versie in groep 3, Estafette voor technisch lezen in groep 4 tot en met 8 en Nieuwsbegrip voor "
          "begrijpend lezen. De fietsenstalling aan de achterkant van de school is vanaf dit schooljaar "
          "alleen bestemd voor leerlingen van groep 5 tot en met 8."),
    ("h2", "3.4 Wat wij belangrijk vinden"),
    ("bul", ["open en eerlijk zijn naar iedereen met wie wij te maken hebben;",
             "respectvol omgaan met de mensen binnen en buiten de school;",
             "transparant en toegankelijk zijn in onze communicatie;",
             "met een open blik kijken naar de verscheidenheid van leerlingen en collega's."]),

    ("h1", "4. Kernwaarde: Vooruitstrevend"),
    ("h2", "4.1 In beweging"),
    ("p", "ASG is een organisatie in beweging, en dat zijn wij ook. Wij hebben lef, wij durven te "
          "experimenteren en dingen uit te proberen om ze leuker en beter te maken. Wij wachten niet af en "
          "verschuilen ons niet achter regels en procedures. Wij zijn nieuwsgierig naar elkaar, naar de "
          "drijfveren van ieder kind en naar wat er om ons heen gebeurt."),
    ("h2", "4.2 Wat de koers van ons vraagt"),
    ("p", "Vooruitstrevend zijn betekent volgens de koers:"),
    ("bul", ["werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering;",
             "nieuwsgierig zijn naar nieuwe inzichten, zodat ons onderwijs eigentijds blijft;",
             "ons onderwijs gericht vormgeven langs de drie horizonten van de innovatiestrategie: continue "
             "veranderingen, fundamentele veranderingen en radicale veranderingen."]),
    ("p", "Ook op De Kogge geldt dat wij gericht inhoud geven aan ons onderwijs langs deze drie horizonten. "
          "Ook wij werken met innovatieve en nieuwe leerconcepten, binnen de kaders van ons eigen profiel."),
    ("h2", "4.3 Eigentijds onderwijs"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds te maken. Voor rekenen "
          "werken wij met Pluspunt 4, voor wereldoriëntatie met Blink Wereld en voor Engels in groep 7 en 8 "
          "met Stepping Stones Junior. De Avondvierdaagse in De Wierden wordt dit jaar georganiseerd door de "
          "oudervereniging."),
    ("p", "Wij willen de komende jaren samen ontdekken welke nieuwe leerconcepten bij De Kogge passen. Wij "
          "hopen dat collega's elkaar daarin inspireren en dat wij de ruimte nemen om dingen uit te proberen."),

    ("h1", "5. Kernwaarde: Ambitieus"),
    ("h2", "5.1 De lat hoog"),
    ("p", "Wij zijn ambitieus. Wij leggen de lat hoog en blijven onszelf en onze leerlingen uitdagen. Wij "
          "hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij willen het maximale uit de "
          "mogelijkheden van leerlingen halen, en uit onszelf."),
    ("p", "Ook op onze school geldt: wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en "
          "te professionaliseren, en wij geven altijd het beste van onszelf. De Kogge is voor leerlingen en "
          "medewerkers een omgeving van ontwikkeling en vooruitgang."),
    ("h2", "5.2 Onze wensen"),
    ("p", "Wij willen dat kinderen eigenaar worden van hun eigen leren. Wij streven ernaar dat ieder kind "
          "zich ontwikkelt tot het maximale van zijn mogelijkheden. Wij hopen dat collega's elkaar aanspreken "
          "op houding en gedrag die nodig zijn om onze ambities waar te maken, en dat wij met elkaar een "
          "cultuur hebben van voortdurend verbeteren."),
    ("p", "Ambitieus zijn betekent voor ons:"),
    ("bul", ["hoge verwachtingen hebben van iedere leerling en van elkaar;",
             "ons blijven ontwikkelen, vanuit eigen motivatie;",
             "altijd het beste van onszelf geven;",
             "verantwoording afleggen over wat wij bereiken."]),
    ("p", "Wij leggen de lat hoog, ook in de gymzaal: de gymlessen worden gegeven in sporthal De Marken op "
          "dinsdag en vrijdag, door onze vakleerkracht Kees Mulder."),

    ("h1", "6. Venster 1: Goed en toegankelijk onderwijs"),
    ("h2", "6.1 Wat de koers zegt"),
    ("p", "ASG heeft als ambitie dat er een leercultuur is waarin scholen leergemeenschappen zijn die het "
          "vertrouwen hebben van leerlingen, ouders en andere belanghebbenden. Ook wij willen een school zijn "
          "die dat vertrouwen heeft. Voor De Kogge betekent dit venster:"),
    ("bul", ["de kwaliteit van ons onderwijs is en blijft op orde;",
             "wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren;",
             "wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
             "zodat alle leerlingen een passende onderwijsplek hebben;",
             "wij hebben zicht op wat onze leerlingen nodig hebben;",
             "wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen;",
             "wij werken met een toekomstgericht curriculum."]),
    ("p", "Het onderwijs past zich aan het kind aan en niet het kind aan het onderwijs. Wij denken in "
          "mogelijkheden en niet in beperkingen."),
    ("h2", "6.2 Ons onderwijsprogramma"),
    ("p", "Wij werken in jaargroepen en geven instructie volgens het model van expliciete directe instructie "
          "(EDI). Wij hebben een continurooster: op maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.30 "
          "uur en op woensdag van 8.30 tot 12.30 uur. Daarmee krijgen de leerlingen ongeveer 940 uur "
          "onderwijs per jaar, ruim boven de 7.520 uur die voor acht schooljaren verplicht is. De kerndoelen "
          "zijn over onze methodes verdeeld; in 2023 hebben wij met de kerndoelenkaart gecontroleerd of alle "
          "kerndoelen gedekt zijn. Voor taal en rekenen werken wij toe naar de referentieniveaus 1F en 2F/1S. "
          "De verdeling van de tijd per week ziet er zo uit:"),
    ("tab", ["Vak", "Groep 3-4 (uur per week)", "Groep 5-8 (uur per week)"], [
        ["Rekenen (Pluspunt 4)", "5,0", "5,0"],
        ["Taal en spelling (Staal)", "3,5", "4,0"],
        ["Technisch lezen (VLL KIM, Estafette)", "4,5", "1,5"],
        ["Begrijpend lezen (Nieuwsbegrip)", "1,0", "1,5"],
        ["Schrijven (Pennenstreken)", "1,5", "0,5"],
        ["Wereldoriëntatie (Blink Wereld)", "2,0", "3,5"],
        ["Engels (Stepping Stones Junior)", "-", "1,0 (groep 7-8)"],
        ["Bewegingsonderwijs", "2,0", "2,0"],
        ["Kunstzinnige oriëntatie (Moet je doen, 123Zing)", "1,5", "1,5"],
        ["Sociaal-emotionele ontwikkeling (Kwink)", "0,5", "0,5"],
        ["Weektaak en zelfstandig werken", "1,5", "1,5"],
    ]),
    ("h2", "6.3 Kwaliteit en resultaten"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie bij ASG in maart 2022 is De Kogge bezocht; alle "
          "onderzochte standaarden zijn als voldoende beoordeeld. Op de doorstroomtoets van 2024 (IEP) "
          "behaalde 97 procent van onze leerlingen het niveau 1F voor lezen, 92 procent voor rekenen en 91 "
          "procent voor taalverzorging. Het niveau 2F/1S haalde 56 procent voor lezen, 59 procent voor "
          "taalverzorging en 31 procent voor rekenen. Al deze percentages liggen boven de signaleringswaarden "
          "van de inspectie voor onze schoolweging. Rekenen op 1S is voor ons een aandachtspunt."),
    ("h2", "6.4 Kwaliteitszorg"),
    ("p", "Wij werken met een vaste jaarcyclus. In september stellen wij het jaarplan op met de doelen uit "
          "dit schoolplan. In februari en juni maken wij na de toetsen van Leerling in beeld een "
          "trendanalyse per groep en per leerjaar, die de intern begeleider met elke leerkracht bespreekt; "
          "per groep leggen wij twee verbeterpunten vast in het groepsplan. De directeur en de intern begeleider leggen twee keer per "
          "jaar in iedere groep een klassenbezoek af met de kijkwijzer EDI. Elk voorjaar zetten wij een quickscan van WMK-PO uit onder het team en de ouders; om "
          "het jaar ook onder de leerlingen van groep 6 tot en met 8. In oktober verschijnt het jaarverslag, "
          "dat wij met de bestuurder bespreken in het jaarlijkse schoolgesprek."),
    ("h2", "6.5 Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2023) staat welke ondersteuning De Kogge "
          "biedt. Tot onze basisondersteuning rekenen wij: instructie op drie niveaus, verlengde instructie "
          "aan de instructietafel, het dyslexieprotocol en een preventieve leesinterventie met Bouw! in groep "
          "2 en 3. Extra ondersteuning bieden wij in de plusklas De Uitkijk, op donderdagochtend, voor meer- "
          "en hoogbegaafde leerlingen uit groep 5 tot en met 8 (2023-2024: 14 leerlingen), en met "
          "individuele begeleiding door onze onderwijsassistent, zestien uur per week. Voor leerlingen die "
          "meer nodig hebben vragen wij een arrangement aan bij het samenwerkingsverband Passend Onderwijs "
          "Almere. Wij kunnen geen passend onderwijs bieden aan kinderen die de hele dag één-op-één "
          "begeleiding nodig hebben."),
    ("p", "Als wij een kind niet passend kunnen ondersteunen, zoeken wij samen met de ouders en de "
          "consulent van het samenwerkingsverband naar een school die dat wel kan. In de afgelopen drie jaar "
          "ging het om vier leerlingen; drie gingen naar een school voor speciaal basisonderwijs in Almere "
          "Haven en één naar het speciaal onderwijs in Almere Stad. Wij houden na de overstap contact met de "
          "nieuwe school."),

    ("h1", "7. Venster 2: Personeel in positie"),
    ("h2", "7.1 Wat de koers zegt"),
    ("p", "ASG is een werkgever die medewerkers goed begeleidt, aandacht heeft voor hun welbevinden in elke "
          "levensfase en hen uitdaagt verder te groeien. Ook op De Kogge willen wij dat medewerkers zich "
          "betrokken voelen bij en trots zijn op ASG en op onze school. Wij hebben aandacht voor het "
          "welbevinden van onze collega's in elke levensfase."),
    ("p", "Wat de koers van ons vraagt:"),
    ("bul", ["alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling, onder meer via "
             "bijeenkomsten, cursussen en programma's van de ASG Academie;",
             "medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur;",
             "medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien;",
             "onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid;",
             "wij hebben vitale medewerkers."]),
    ("h2", "7.2 Professionele ontwikkeling"),
    ("p", "Ook op onze school geldt dat alle collega's werken aan hun professionele ontwikkeling. Wij werken "
          "met de volgende methodes: Pluspunt 4 (rekenen), Staal (taal en spelling), Blink Wereld "
          "(wereldoriëntatie), Kwink (sociaal-emotionele ontwikkeling) en Moet je doen (kunstzinnige "
          "oriëntatie). De parkeerplaats voor het personeel aan het Wierdenpad wordt in 2025 door de "
          "gemeente opnieuw bestraat."),
    ("h2", "7.3 Onze wensen"),
    ("p", "Wij willen een school zijn waar collega's graag werken en lang blijven. Wij hopen dat iedereen "
          "met plezier naar school komt en zich gezien en erkend voelt. Wij willen dat onze medewerkers "
          "vitaal zijn en blijven. Het personeelsbeleid van De Kogge volgt het strategisch HR-beleid van ASG; "
          "dat is de leidraad voor alles wat wij op dit gebied doen."),

    ("h1", "8. Venster 3: De meerwaarde van ASG"),
    ("h2", "8.1 Wat de koers zegt"),
    ("p", "Goed onderwijs bereiken wij door samenwerking. Ook op onze school geldt: binnen ASG ontmoeten "
          "collega's van alle scholen en het servicebureau elkaar regelmatig, en wij delen de opbrengst van "
          "leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen."),
    ("p", "Wij vinden het belangrijk dat werkgroepen en vakgroepen van verschillende scholen met elkaar in "
          "contact staan en bovenschools expertise uitwisselen. Door de schaalgrootte van ASG is er interne "
          "expertise op veel beleidsgebieden, waardoor er een integraal en samenhangend aanbod is voor "
          "scholen zoals de onze."),
    ("p", "ASG heeft een divers en op elkaar aansluitend aanbod en werkt met verschillende "
          "onderwijsconcepten en profielen, zodat alle leerlingen een passende onderwijsloopbaan kunnen "
          "krijgen. Dat geldt ook voor onze leerlingen als zij na groep 8 naar het voortgezet onderwijs gaan."),
    ("h2", "8.2 Samen met andere scholen"),
    ("p", "Wij willen graag leren van andere ASG-scholen. Voor schrijven gebruiken wij Pennenstreken, voor "
          "verkeer de materialen van Veilig Verkeer Nederland en voor muziek 123Zing. De schoolreis van groep "
          "3 tot en met 6 gaat in juni 2025 naar een speeltuin in de regio; groep 7 en 8 gaan op kamp."),
    ("p", "Wij hopen in deze planperiode vaker bij andere ASG-scholen binnen te kijken en onze eigen kennis "
          "met hen te delen."),

    ("h1", "9. Venster 4: Partnerschap"),
    ("h2", "9.1 Wat de koers zegt"),
    ("p", "Ouders zijn betrokken bij het leerproces van hun kind. Kinderen die zien dat ouders en leraren om "
          "hen heen staan en hen steunen, voelen zich gedragen en komen beter tot leren. De "
          "medezeggenschapsraad is voor ons een klankbord voor ideeën en een sparringpartner bij voorgenomen "
          "beleid. Onderwijs speelt zich niet alleen binnen, maar ook buiten de schoolmuren af. Daarom werken "
          "wij proactief samen met een breed scala aan partners, en werken wij nauw samen met "
          "maatschappelijke partners in de nabije omgeving."),
    ("h2", "9.2 Ouders"),
    ("p", "In de eerste drie weken van het schooljaar voert iedere leerkracht een startgesprek met de ouders "
          "van elk kind; vanaf groep 6 schuift het kind zelf aan. In november en maart volgen "
          "voortgangsgesprekken van vijftien minuten, in juni is er een facultatief gesprek. Bij ieder nieuw "
          "thema in groep 1 en 2 krijgen ouders de brief Thuis verder, met drie spelletjes en vijf woorden om "
          "thuis te oefenen. De oudervereniging helpt bij de feesten en de "
          "Avondvierdaagse."),
    ("h2", "9.3 Partners in de wijk"),
    ("p", "In ons gebouw zitten een peutergroep en de buitenschoolse opvang van Kinderopvang Het Ankertje. "
          "Met de pedagogisch medewerkers van de peutergroep hebben wij drie keer per jaar een overdracht, "
          "en zij gebruiken dezelfde thema's als onze groepen 1 en 2. De leesconsulent van De Nieuwe "
          "Bibliotheek in Almere Haven is vier uur per maand op school en beheert met ouders onze "
          "schoolbibliotheek. De buurtsportcoach verzorgt op woensdagmiddag naschoolse sport op het "
          "Wierdenplein. De schoolmaatschappelijk werker van het wijkteam houdt elke dinsdagochtend spreekuur "
          "op school."),
    ("p", "Wij willen ook de komende jaren een school zijn die midden in de wijk staat."),

    ("h1", "10. Onze doelen 2024-2028"),
    ("p", "Op de studiedag van 12 februari 2024 heeft het team de doelen voor de komende vier jaar "
          "geformuleerd. Wij werken ze elk jaar uit in het jaarplan."),
    ("num", ["Iedereen voelt zich welkom op De Kogge.",
             "Wij hebben goed zicht op wat onze leerlingen en medewerkers nodig hebben.",
             "Wij communiceren open, eerlijk en toegankelijk met ouders en leerlingen.",
             "Wij werken met nieuwe leerconcepten die bij onze school passen.",
             "Wij hebben hoge verwachtingen van alle leerlingen en van elkaar.",
             "Uiterlijk in juli 2027 behaalt ten minste 60 procent van onze leerlingen in groep 8 het niveau "
             "2F/1S voor lezen en ten minste 38 procent het niveau 1S voor rekenen (2024: 56 en 31 procent).",
             "Alle collega's werken aantoonbaar aan hun professionele ontwikkeling.",
             "Wij leren meer van en met andere ASG-scholen.",
             "Met ingang van schooljaar 2025-2026 organiseren wij elk jaar twee thema-avonden voor ouders "
             "over lezen en rekenen thuis; in 2027-2028 bezoekt ten minste 40 procent van de gezinnen er "
             "minimaal één.",
             "Wij werken nauw samen met onze partners in de wijk."]),

    ("h1", "Colofon"),
    ("p", "Schoolplan 2024-2028 van openbare basisschool De Kogge, Wierdenpad 3, 1353 AB Almere. "
          "Brinnummer 18QK. Opgesteld door Marloes van Dijk, directeur, met medewerking van Fatima El Amrani, "
          "intern begeleider, en het team van De Kogge."),
    ("p", "Instemming medezeggenschapsraad: de MR van De Kogge heeft op 3 juli 2024 ingestemd met dit "
          "schoolplan."),
    ("p", "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 15 juli 2024."),
    ("tab", ["Namens", "Naam", "Handtekening"], [
        ["Directie OBS De Kogge", "Marloes van Dijk", ""],
        ["Medezeggenschapsraad", "Jeroen Kok, voorzitter", ""],
        ["College van Bestuur ASG", "", ""],
    ]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    kern = doc.core_properties
    kern.title = "Schoolplan 2024-2028 OBS De Kogge"
    kern.author = "Marloes van Dijk"
    kern.last_modified_by = "Marloes van Dijk"
    kern.language = "nl-NL"
    kern.created = VASTE_TIJD
    kern.modified = VASTE_TIJD
    kern.revision = 7

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan OBS De Kogge 2024-2028 - pagina ")
    page_field(voet)

    # titelpagina
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024-2028", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Openbare basisschool De Kogge")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Almere Haven")
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Samen kleur geven aan goed onderwijs in de Haven")
    r.italic = True
    for _ in range(6):
        doc.add_paragraph()
    for regel in ("Periode: 1 augustus 2024 - 31 juli 2028",
                  "Brinnummer: 18QK",
                  "Bestuur: Almeerse Scholen Groep",
                  "Directeur: Marloes van Dijk"):
        doc.add_paragraph(regel).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    doc.add_paragraph("Inhoud", style="Heading 1")
    toc_field(doc.add_paragraph())
    doc.add_page_break()

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_paragraph(blok[1], style="Heading 1")
        elif soort == "h2":
            doc.add_paragraph(blok[1], style="Heading 2")
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bul":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "num":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Number")
        elif soort == "tab":
            tabel(doc, blok[1], blok[2])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, VASTE_TIJD)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_69_kogge_haven.docx")
