"""Schoolplan 2025-2029 van VSO De Kade, Almere.

De school: een openbare school voor voortgezet speciaal onderwijs (cluster 4) van de Almeerse
Scholen Groep, ongeveer 160 leerlingen van 12 tot 20 jaar met ernstige gedrags- en/of psychiatrische
problematiek, met een onderbouw en twee uitstroomprofielen (vervolgonderwijs en arbeidsmarkt), op een
bedrijventerrein in Almere.

Het ontwerp: de hoofdstukken 1 tot en met 4 dragen de namen van de vier vensters van de koers; daarna
één hoofdstuk voor alle vier kernwaarden samen (grotendeels bestuurszinnen in de wij-vorm, met als
eigen inhoud alleen wat het openbare karakter in de praktijk betekent). Het personeelshoofdstuk is het
zwaartepunt: werkdruk, agressie-incidenten en nazorg, scholing in de-escalatie, intervisie,
zij-instromers, gesprekscyclus, verzuim. De doelen staan in één meerjarenplanning (kolommen Onderwerp
en vier schooljaren, geen vensterkolom); het hoofdstuk Partnerschap heeft afspraken maar geen doelen.
Een hoofdstuk 'Praktische zaken' gebruikt woorden uit de koers in een andere betekenis (gastvrijheid
als praktijkvak, vervoerspartner, transparant etui, netwerk, talentenshow). De MR heeft ingestemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2025, 6, 20, 9, 0, 0)


def _p(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)


def _lijst(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def _h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def build(path):
    doc = Document()
    taal_nl(doc)
    doc.core_properties.author = "Marjolein Verhoef"
    doc.core_properties.title = "Schoolplan 2025-2029 VSO De Kade"
    doc.core_properties.created = DATUM
    doc.core_properties.modified = DATUM
    doc.core_properties.last_modified_by = "Marjolein Verhoef"
    doc.core_properties.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan VSO De Kade 2025-2029 · pagina "
    page_field(voet)

    # Titelblad
    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    _p(doc, "VSO De Kade", "Subtitle")
    _p(doc, "School voor voortgezet speciaal onderwijs, cluster 4 · Almere")
    _p(doc, "Bolderweg 12, 1332 AT Almere · BRIN 31QK")
    _p(doc, "Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    _p(doc, "Almere, juni 2025")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # Voorwoord
    _h1(doc, "Voorwoord")
    _p(doc, "Dit is het schoolplan van VSO De Kade voor de schooljaren 2025-2026 tot en met 2028-2029. "
       "Het vervangt het plan 2021-2025. Wij beschrijven hierin wat wij de komende vier jaar willen "
       "bereiken met onze leerlingen en ons team, hoe wij dat aanpakken en wanneer wij wat willen zien.")
    _p(doc, "De Kade is een school van de Almeerse Scholen Groep (ASG). Wij hebben de hoofdstukken 1 tot "
       "en met 4 ingedeeld naar de vier vensters uit de koers van ons bestuur: goed en toegankelijk "
       "onderwijs, personeel in positie, de meerwaarde van ASG en partnerschap. De vier kernwaarden van "
       "ASG staan samen in hoofdstuk 5. Hoofdstuk 6 bevat onze meerjarenplanning; hoofdstuk 7 geeft "
       "praktische informatie voor ouders en nieuwe medewerkers.")
    _p(doc, "Het plan kwam tot stand in het schooljaar 2024-2025. Het team werkte op twee studiemiddagen "
       "(17 oktober 2024 en 12 februari 2025) aan de analyse en de speerpunten. De leerlingenraad gaf in "
       "maart zijn mening over veiligheid en stage, en ouders konden op 3 april 2025 reageren op een "
       "eerste versie. De MR was vanaf het begin betrokken (zie paragraaf 4.2).")
    _p(doc, "Het grootste deel van dit plan gaat over ons team. Dat is een bewuste keuze. Onze leerlingen "
       "hebben leraren en onderwijsassistenten nodig die rust uitstralen, ook op een dag waarop het "
       "misgaat. Dat vraagt veel van mensen, en wij willen dat zij dit werk lang en met plezier kunnen "
       "doen.")
    _p(doc, "Marjolein Verhoef, directeur")

    # Profiel
    _h1(doc, "De Kade in het kort")
    _p(doc, "De Kade is een openbare school voor voortgezet speciaal onderwijs in Almere voor leerlingen "
       "van 12 tot 20 jaar met ernstige gedrags- en/of psychiatrische problematiek (cluster 4). "
       "Leerlingen komen bij ons met een toelaatbaarheidsverklaring (TLV) van het Samenwerkingsverband "
       "Passend Onderwijs Almere. Op 1 oktober 2024 telden wij 158 leerlingen in 15 groepen van 8 tot 12 "
       "leerlingen; 77 procent van hen is jongen.")
    _lijst(doc, [
        "Onderbouw (leerjaar 1 en 2): 46 leerlingen in 5 groepen.",
        "Uitstroomprofiel vervolgonderwijs (leerjaar 3 tot en met 5): 49 leerlingen in 5 groepen, gericht "
        "op een vmbo-diploma en doorstroom naar het mbo.",
        "Uitstroomprofiel arbeidsmarkt (leerjaar 3 tot en met 6): 63 leerlingen in 5 groepen, gericht op "
        "duurzaam werk, eventueel via een entreeopleiding.",
    ])
    _p(doc, "Bij de meeste leerlingen speelt meer dan één ding tegelijk: autisme, ADHD, "
       "hechtingsproblematiek, trauma, angst of een stemmingsstoornis. 41 procent van onze leerlingen "
       "krijgt naast school jeugdhulp; 27 procent heeft vóór de plaatsing bij ons langer dan drie maanden "
       "thuisgezeten. Onze leerlingen komen uit alle wijken van Almere; 128 van hen reizen met het "
       "leerlingenvervoer van de gemeente.")
    _p(doc, "In ons team werken 64 mensen (51,3 fte): 31 leraren, 9 onderwijsassistenten, 4 "
       "gedragsspecialisten, een orthopedagoog-generalist, een schoolmaatschappelijk werker, 2 "
       "jobcoaches, een examensecretaris, 2 conciërges, 2 administratief medewerkers, 2 "
       "afdelingsleiders en de directeur. Tien leraren zijn zij-instromer of nog niet bevoegd voor hun "
       "vak (zie paragraaf 2.6).")

    # Hoofdstuk 1
    _h1(doc, "1. Goed en toegankelijk onderwijs")
    _h2(doc, "1.1 Ons schoolondersteuningsprofiel")
    _p(doc, "In ons schoolondersteuningsprofiel (SOP, laatst vastgesteld in maart 2023) staat welke "
       "leerlingen wij goed kunnen helpen en waar onze grenzen liggen. Kort samengevat bieden wij:")
    _lijst(doc, [
        "kleine groepen (gemiddeld 10,5 leerlingen) met een vaste mentor, en in de onderbouw een vaste "
        "onderwijsassistent;",
        "een gedragsspecialist per afdeling, die dagelijks in de groepen komt en bij escalatie wordt "
        "opgeroepen;",
        "een begeleide time-outruimte, De Steiger, waar een leerling onder toezicht tot rust kan komen; "
        "de regel is dat hij binnen twintig minuten terug in de les is of dat er een plan voor de rest "
        "van de dag ligt;",
        "prikkelarme werkplekken in elk lokaal en een vaste dagstructuur met pictogrammen in de "
        "onderbouw;",
        "een onderwijs-zorgarrangement met een aanbieder van jeugd-GGZ, die op dinsdag en donderdag in "
        "de school behandelt, zodat leerlingen daarvoor geen lessen missen (in 2024-2025 voor 23 "
        "leerlingen);",
        "een schoolmaatschappelijk werker voor gezinnen die vastlopen.",
    ])
    _p(doc, "Wij kunnen niet voorzien in ondersteuning waarbij een leerling de hele dag één-op-één "
       "begeleiding nodig heeft, in opvang tijdens een acute psychiatrische crisis, en in onderwijs aan "
       "leerlingen bij wie verslaving of ernstige criminaliteit het leren onmogelijk maakt. Ook leerlingen "
       "met vooral een verstandelijke beperking zonder gedragsproblematiek zijn bij ons niet op de goede "
       "plek; zij zijn beter af in het praktijkonderwijs of op een school voor cluster 3.")
    _p(doc, "Aanmelding loopt via het samenwerkingsverband. Na de aanmelding voert onze orthopedagoog een "
       "intakegesprek met leerling en ouders en bestudeert zij het dossier. De Commissie van Begeleiding "
       "(CvB) besluit binnen zes weken over plaatsing. Past een leerling niet bij ons, dan zoeken wij "
       "binnen dezelfde zes weken samen met het samenwerkingsverband en de ouders naar een andere plek; "
       "een leerling gaat pas van onze aanmeldlijst af als die plek er is. In 2023-2024 hebben wij 11 van "
       "de 58 aangemelde leerlingen op die manier doorverwezen, onder meer naar een school voor cluster "
       "3, een combinatie van onderwijs en zorgboerderij en een reguliere vmbo-school met een "
       "arrangement.")

    _h2(doc, "1.2 Zicht op iedere leerling: OPP en Commissie van Begeleiding")
    _p(doc, "Binnen zes weken na de start stelt de mentor samen met de gedragsspecialist het "
       "ontwikkelingsperspectiefplan (OPP) op. Daarin staan het verwachte uitstroomperspectief en de "
       "onderbouwing daarvan, de onderwijsbehoeften, de ondersteuning die de leerling krijgt en de doelen "
       "voor de komende periode. In die eerste zes weken observeren mentor en gedragsspecialist met een "
       "vaste observatielijst: hoe begint de leerling de dag, wat gebeurt er bij overgangen, hoe reageert "
       "hij op correctie, wat helpt hem om tot rust te komen. Wat werkt, schrijven wij op een "
       "'werkt-voor-mij-kaart' die in de groepsmap en in het leerlingvolgsysteem staat, zodat ook een "
       "invaller het weet.")
    _p(doc, "Twee keer per jaar, in november en april, evalueren wij het OPP met leerling en ouders. Daarna "
       "bespreekt de CvB iedere groep in een leerlingbespreking. Leerlingen die in de afgelopen maand drie "
       "keer of vaker in de time-out kwamen, of meer dan tien procent van de lessen verzuimden, bespreekt "
       "de CvB daarnaast elke maand.")
    _p(doc, "Bij iedere evaluatie kijkt de CvB eerst of het perspectief omhoog kan. Bij de evaluatie van het "
       "vorige schoolplan zagen wij dat wij perspectieven vaker naar beneden dan naar boven bijstelden, en "
       "dat leerlingen dat merkten. Sinds 2023 geldt daarom: een perspectief gaat alleen omlaag na een "
       "gesprek met leerling en ouders en een besluit van de CvB waarin staat wat wij al geprobeerd "
       "hebben. In 2023-2024 stelden wij bij 19 leerlingen het perspectief naar boven bij en bij 7 naar "
       "beneden. Leerlingen in het arbeidsmarktprofiel die het aankunnen, doen bij ons ook examen in één "
       "of meer vmbo-vakken.")

    _h2(doc, "1.3 Het onderwijsprogramma")
    _p(doc, "Wij werken met de kerndoelen voor het voortgezet speciaal onderwijs en de referentieniveaus "
       "voor taal en rekenen. Iedere leerling heeft dagelijks Nederlands en rekenen of wiskunde. Alle "
       "leerlingen werken toe naar ten minste niveau 1F; leerlingen in het profiel vervolgonderwijs naar "
       "2F. Twee keer per jaar toetsen wij taal en rekenen met genormeerde toetsen; de uitkomsten zijn het "
       "vertrekpunt voor de groepsplannen taal en rekenen.")
    _p(doc, "Onderbouw. In leerjaar 1 en 2 krijgen leerlingen les in de vakken van de onderbouw van het "
       "vmbo. Lessen duren 45 minuten en hebben een vaste opbouw (start, uitleg, zelfstandig werken, "
       "afsluiting), zodat leerlingen weten wat er komt. Twee uur per week werken de groepen aan sociale "
       "vaardigheden, gegeven door mentor en gedragsspecialist samen. Aan het eind van leerjaar 2 kiest "
       "de leerling met zijn ouders en de CvB een van de twee uitstroomprofielen.")
    _p(doc, "Uitstroomprofiel vervolgonderwijs. Leerlingen volgen het programma van de basis- of "
       "kaderberoepsgerichte leerweg van het vmbo in het profiel Dienstverlening en Producten en doen bij "
       "ons het centraal examen. Leerlingen die de gemengde of theoretische leerweg aankunnen, halen "
       "deelcertificaten via het staatsexamen; zij krijgen daarvoor les in kleine clusters. Het "
       "examenreglement en de PTA's stellen wij elk jaar vóór 1 oktober vast. In 2024 slaagden 31 van de "
       "35 kandidaten (89 procent).")
    _p(doc, "Uitstroomprofiel arbeidsmarkt. Vanaf leerjaar 3 werken leerlingen aan werknemersvaardigheden "
       "en aan vakvaardigheden in vier praktijkrichtingen: Horeca & Gastvrijheid, Groen, Logistiek en "
       "Techniek. In leerjaar 3 lopen zij één dag per week interne stage, in leerjaar 4 één dag externe "
       "stage en vanaf leerjaar 5 twee tot drie dagen. Leerlingen halen branchecertificaten, zoals "
       "VCA-basis, heftruckchauffeur en assistent keuken. Van de schoolverlaters van 2024 had 62 procent "
       "ten minste één branchecertificaat. In het laatste jaar begeleidt de jobcoach de leerling naar een "
       "werkplek, en na de uitstroom houdt hij nog een jaar contact met leerling en werkgever.")
    _p(doc, "Ook De Kade wil een toekomstgericht curriculum. Wat dat voor onze twee uitstroomprofielen "
       "betekent, werken wij in de loop van de planperiode uit.")

    _h2(doc, "1.4 Burgerschap")
    _p(doc, "Burgerschap is bij ons vooral oefenen: met elkaar omgaan als je het oneens bent, je mening "
       "geven zonder iemand te kwetsen, en weten wat je rechten en plichten zijn als werknemer en als "
       "inwoner van Almere. In leerjaar 1 tot en met 3 werken wij met een leerlijn burgerschap in het vak "
       "mens en maatschappij (twee uur per week), met vier thema's per jaar: democratie en inspraak, "
       "gelijkwaardigheid en discriminatie, online gedrag, en geld en rechten. In de bovenbouw komt "
       "burgerschap terug in de lessen werknemersvaardigheden en loopbaan.")
    _lijst(doc, [
        "In leerjaar 3 bezoekt iedere groep een vergadering van de gemeenteraad van Almere en bereidt "
        "vooraf een vraag voor aan een raadslid.",
        "Bij landelijke en gemeentelijke verkiezingen doen alle groepen mee aan de "
        "Scholierenverkiezingen.",
        "De leerlingenraad (acht leerlingen, uit iedere afdeling ten minste twee) vergadert elke maand "
        "met de directeur en heeft in 2024 de nieuwe telefoonregeling mee opgesteld.",
        "Na discriminerende uitspraken voeren mentor en leerling een herstelgesprek waarin de betekenis "
        "van de uitspraak voor anderen aan bod komt.",
    ])
    _p(doc, "De leerlijn voor de bovenbouw stellen wij in 2025-2026 vast.")

    _h2(doc, "1.5 Veiligheid en schoolklimaat")
    _p(doc, "Onze leerlingen kunnen alleen leren als zij zich veilig voelen, en dat geldt net zo goed voor "
       "ons team. Het veiligheidsplan, herzien in 2024, beschrijft de afspraken; de belangrijkste zijn:")
    _lijst(doc, [
        "Ieder incident wordt binnen 24 uur geregistreerd in het leerlingvolgsysteem, met wat eraan "
        "voorafging, wat er gebeurde en wat wij hebben gedaan.",
        "Fysiek ingrijpen mag alleen door medewerkers met een geldig certificaat, volgens het protocol "
        "fysiek ingrijpen, en wordt altijd dezelfde dag aan ouders gemeld.",
        "Een leerling die in de time-out is geweest, voert vóór zijn terugkeer in de groep een kort "
        "herstelgesprek met de betrokken medewerker.",
        "De anti-pestcoördinator (een van de gedragsspecialisten) en de vertrouwenspersoon zijn in iedere "
        "groep met naam en foto bekend.",
        "Met de politie hebben wij een convenant: bij bedreiging of geweld waarbij aangifte nodig is, "
        "meldt de school dit en komt de wijkagent naar school.",
    ])
    _p(doc, "Daarnaast hebben wij met het hele team afspraken gemaakt over hoe wij leerlingen en hun ouders "
       "tegemoet treden, juist als het schuurt. Wij corrigeren een leerling niet voor de groep maar "
       "één-op-één. Wij benoemen het gedrag en niet de persoon. Na een conflict is het de volwassene die "
       "als eerste het contact herstelt. En wij praten over een leerling of zijn ouders alleen op een "
       "manier die zij zelf hadden mogen horen. Nieuwe medewerkers krijgen deze afspraken in hun eerste "
       "week uitgelegd door een gedragsspecialist, en bij de groepsbezoeken (paragraaf 2.7) let de "
       "afdelingsleider erop.")
    _p(doc, "De jaarlijkse veiligheidsmonitor onder leerlingen, ouders en medewerkers laat zien hoe het "
       "gaat. In februari 2025 gaf 83 procent van de leerlingen aan zich op school veilig te voelen, en "
       "76 procent van de medewerkers. Over de incidenten leest u meer in paragraaf 2.3.")

    _h2(doc, "1.6 Kwaliteitszorg en resultaten")
    _p(doc, "De inspectie bezocht De Kade in maart 2023 en beoordeelde alle onderzochte standaarden als "
       "voldoende. Onze resultaten meten wij vooral aan de uitstroom: stroomt een leerling uit op of "
       "boven het perspectief in zijn OPP, en zit hij een jaar later nog op die plek? In 2024 stroomde 84 "
       "procent van de schoolverlaters uit op of boven hun perspectief; een jaar na de uitstroom zat 78 "
       "procent nog op de school, opleiding of werkplek waar hij begonnen was.")
    _p(doc, "Wij werken met een vaste jaarcyclus:")
    _lijst(doc, [
        "september: het jaarplan, met de doelen van dat schooljaar uit de meerjarenplanning (hoofdstuk 6), "
        "per afdeling uitgewerkt;",
        "oktober en maart: groepsbezoeken door de afdelingsleiders met een kijkwijzer (paragraaf 2.7);",
        "november en april: OPP-evaluaties en een analyse per groep van de tussenresultaten taal en "
        "rekenen;",
        "februari: veiligheidsmonitor en werkdrukvragenlijst;",
        "elk kwartaal: rapportage aan het College van Bestuur over leerlingaantallen, incidenten, verzuim "
        "van leerlingen en personeel en de voortgang van het jaarplan;",
        "juni: zelfevaluatie op de standaarden van het onderzoekskader, waarin het team per standaard "
        "aangeeft wat goed gaat en wat beter moet;",
        "juli: het jaarverslag, dat de basis is voor het jaarplan van het volgende jaar.",
    ])
    _p(doc, "Een vast onderdeel van die cyclus noemen wij 'leren van incidenten'. Op de eerste maandag van "
       "de maand bekijkt ieder afdelingsteam in het teamoverleg de incidentcijfers van de afgelopen "
       "maand: waar, wanneer, bij welke activiteit en na welke aanleiding. Het team kiest één "
       "verbeterafspraak voor de komende maand, bijvoorbeeld een andere opstelling bij de wissel na de "
       "pauze of een vaste medewerker bij de gymzaal. Een maand later kijkt het team of de afspraak "
       "geholpen heeft. Zo hebben wij in 2024 het aantal incidenten rond de overgang van pauze naar les "
       "met een derde teruggebracht.")

    # Hoofdstuk 2
    _h1(doc, "2. Personeel in positie")
    _h2(doc, "2.1 Ons team")
    _p(doc, "Ons team is de belangrijkste voorwaarde voor ons onderwijs. De helft van onze 64 medewerkers "
       "werkt langer dan acht jaar bij De Kade, een kwart korter dan drie jaar. De gemiddelde leeftijd is "
       "43 jaar. Het verloop was in 2023-2024 11 procent; vier van de zeven vertrekkers noemden in het "
       "exitgesprek werkdruk of agressie als belangrijkste reden. Dat maakt de onderwerpen van dit "
       "hoofdstuk voor ons dringend.")

    _h2(doc, "2.2 Werkdruk")
    _p(doc, "In de werkdrukvragenlijst van februari 2025 noemde 54 procent van de medewerkers de werkdruk "
       "hanteerbaar. Als grootste oorzaken noemden zij: na een zwaar incident gewoon doorgaan met lesgeven, "
       "de administratie rond incidenten en OPP's, en vergaderingen aan het eind van een lange dag. Wij "
       "nemen de volgende maatregelen:")
    _lijst(doc, [
        "De werkdrukmiddelen (in 2025 € 138.000) zetten wij in voor twee extra onderwijsassistenten en "
        "een vaste time-outmedewerker, zodat een leraar bij een escalatie zijn groep niet alleen hoeft te "
        "laten.",
        "Een leraar die een ernstig incident meemaakt, gaat voor de rest van die dag uit de groep; een "
        "invaller of de afdelingsleider neemt de groep over.",
        "Het incidentformulier is teruggebracht van vier pagina's naar één scherm; de gedragsspecialist "
        "vult het aan.",
        "De mentor schrijft het OPP niet meer alleen: de gedragsspecialist schrijft het deel over "
        "onderwijsbehoeften en ondersteuning.",
        "Er is ten hoogste één vergadering per week, op woensdag van 13.30 tot 15.00 uur; op vrijdagmiddag "
        "plannen wij niets.",
        "Medewerkers met jonge kinderen of mantelzorgtaken kunnen in het voorjaar een roostervoorkeur "
        "opgeven, bijvoorbeeld een vroege eindtijd op twee dagen. Medewerkers van 57 jaar en ouder kunnen "
        "hun uren voor duurzame inzetbaarheid gebruiken om minder lesgebonden taken te hebben.",
    ])
    _p(doc, "Wij vragen de werkdruk elk jaar in februari opnieuw uit. Ons doel is dat in 2029 ten minste "
       "70 procent van de medewerkers de werkdruk hanteerbaar noemt.")

    _h2(doc, "2.3 Agressie-incidenten en nazorg")
    _p(doc, "In 2023-2024 registreerden wij 212 incidenten, waarvan 41 met fysieke agressie tegen een "
       "medewerker (slaan, schoppen, gooien met voorwerpen) en 63 met verbale bedreiging. De meeste "
       "incidenten gebeuren bij overgangen: aan het begin van de dag, na de pauze en bij de gymles. "
       "Agressie tegen medewerkers accepteren wij niet, ook niet als wij begrijpen waar het vandaan komt. "
       "Tegelijk weten wij dat onze leerlingen juist bij ons zitten omdat het op dit punt misgaat.")
    _p(doc, "De nazorg na een incident verloopt in vaste stappen:")
    _lijst(doc, [
        "Direct: een collega neemt de groep over en de medewerker gaat met een andere collega naar een "
        "rustige ruimte. Is er letsel, dan gaat de afdelingsleider mee naar de huisarts of de spoedpost.",
        "Dezelfde dag: de afdelingsleider spreekt de medewerker voordat hij naar huis gaat en belt 's "
        "avonds nog. De medewerker beslist zelf of hij de volgende dag werkt; een dag thuis na een "
        "incident telt niet als ziekmelding.",
        "Binnen 48 uur: een lid van het opvangteam (vier getrainde collega's) neemt contact op voor een "
        "gesprek. Bij aanhoudende klachten verwijzen wij naar het bedrijfsmaatschappelijk werk of de "
        "bedrijfsarts.",
        "Binnen een week: als de medewerker dat wil, een herstelgesprek tussen leerling en medewerker, "
        "begeleid door de gedragsspecialist. De leerling gaat pas terug naar de groep van deze medewerker "
        "na dit gesprek of na een besluit van de CvB.",
        "Na vier tot zes weken: de opvangcollega vraagt na hoe het gaat.",
    ])
    _p(doc, "Bij fysiek geweld meldt de school dit altijd bij de politie. Wil een medewerker aangifte doen, "
       "dan gaat de directeur mee en kan de medewerker via het servicebureau van ASG juridisch advies "
       "krijgen; wij zorgen dat zijn privéadres niet in de aangifte komt. In 2023-2024 meldden vier "
       "medewerkers zich na een incident langdurig ziek. Daarom volgt het opvangteam vanaf 2025-2026 "
       "iedere medewerker die een fysiek incident meemaakte drie maanden lang.")

    _h2(doc, "2.4 Scholing in de-escalatie")
    _p(doc, "Alle medewerkers die met leerlingen werken, ook conciërges en administratie, volgen binnen "
       "drie maanden na hun start een tweedaagse training in de-escalatie en veilig fysiek ingrijpen bij "
       "een gecertificeerde trainer. Daarna volgt ieder jaar in augustus een opfrisdag. De training gaat "
       "over het herkennen van spanning (wat zie je aan een leerling voordat het escaleert), over taal en "
       "houding die spanning verlagen, over afstand en positie in het lokaal, en pas als laatste over "
       "fysieke technieken. Op 1 juni 2025 had 71 procent van de medewerkers een geldig certificaat; ons "
       "doel is 100 procent in 2026-2027.")
    _p(doc, "Naast de training oefenen teams twee keer per jaar een scenario in hun eigen lokaal, begeleid "
       "door een gedragsspecialist. Twee gedragsspecialisten zijn zelf trainer; zij komen in het eerste "
       "jaar van een nieuwe collega twee keer in de les voor een coachingsmoment.")

    _h2(doc, "2.5 Intervisie")
    _p(doc, "Sinds januari 2024 zitten alle leraren en onderwijsassistenten in een intervisiegroep van vijf "
       "of zes collega's uit verschillende afdelingen. De groepen komen elke zes weken op woensdagmiddag "
       "anderhalf uur bij elkaar en werken met de incidentmethode: één collega brengt een situatie in waar "
       "hij mee worstelt, de anderen stellen eerst vragen en geven pas daarna adviezen. In het eerste jaar "
       "begeleidt een gedragsspecialist de groep; vanaf het tweede jaar leidt een van de deelnemers. De "
       "uren tellen als professionaliseringsuren.")
    _p(doc, "In de evaluatie van juni 2024 noemde 74 procent van de deelnemers intervisie nuttig voor het "
       "eigen werk. Een vaak genoemde opbrengst is dat collega's uit de onderbouw en de bovenbouw elkaars "
       "aanpak leren kennen. Onze gedragsspecialisten nemen daarnaast deel aan het netwerk van "
       "gedragsspecialisten van vso-scholen in Flevoland, dat vier keer per jaar casussen bespreekt.")

    _h2(doc, "2.6 Zij-instromers en leraren zonder bevoegdheid")
    _p(doc, "Voor onze praktijkvakken en voor wiskunde vinden wij moeilijk bevoegde leraren. Daarom halen "
       "wij bewust mensen van buiten het onderwijs binnen: een kok, een hovenier, een monteur, een "
       "voormalig jeugdzorgwerker. Op dit moment werken bij ons zeven zij-instromers en drie leraren "
       "zonder bevoegdheid.")
    _lijst(doc, [
        "Iedere zij-instromer en onbevoegde leraar heeft een opleidingsplan met een einddatum, vastgelegd "
        "bij de start. De opleiding loopt via het zij-instroomtraject van de hogeschool; de school "
        "betaalt de opleiding en geeft één dag per week studieverlof.",
        "In het eerste jaar geeft een zij-instromer ten hoogste 16 lesuren en staat hij de eerste tien "
        "weken samen met een ervaren collega voor de groep.",
        "Iedere zij-instromer heeft een coach uit het team, een ervaren leraar met de cursus "
        "schoolopleider, die hem elke twee weken spreekt en zes keer per jaar in de les komt.",
        "In het eerste halfjaar volgt de zij-instromer bij een gedragsspecialist een verkorte cursus "
        "over werken met leerlingen in cluster 4.",
        "Elke zes maanden bespreken afdelingsleider, coach en zij-instromer de voortgang aan de hand van "
        "het opleidingsplan.",
    ])
    _p(doc, "Wij willen dat in 2029 geen leraar langer dan twee jaar onbevoegd bij ons werkt. Van de zeven "
       "huidige zij-instromers ronden er naar verwachting vier hun traject af in 2026-2027.")

    _h2(doc, "2.7 Gesprekscyclus")
    _p(doc, "Iedere medewerker doorloopt een jaarlijkse cyclus met zijn leidinggevende:")
    _lijst(doc, [
        "september: startgesprek, met afspraken voor het jaar, ook over werkdruk en over de "
        "ontwikkelafspraken die horen bij het jaarplan;",
        "oktober en maart: twee groepsbezoeken met de kijkwijzer van De Kade (structuur van de les, "
        "gebruik van de werkt-voor-mij-kaarten, omgangsafspraken), met een nagesprek binnen een week;",
        "februari: ontwikkelgesprek over de voortgang;",
        "om de drie jaar: beoordelingsgesprek, met een verslag dat de medewerker ondertekent.",
    ])
    _p(doc, "Van alle gesprekken komt een verslag in het digitale personeelsdossier. In 2023-2024 had 81 "
       "procent van de medewerkers de volledige cyclus doorlopen; vanaf 2025-2026 moet dat 100 procent "
       "zijn. Omdat de afdelingsleiders ieder met ongeveer 25 medewerkers te veel gesprekken hebben, voert "
       "vanaf 2025-2026 de senior-gedragsspecialist de gesprekken met de onderwijsassistenten.")

    _h2(doc, "2.8 Verzuim en vitaliteit")
    _p(doc, "Het ziekteverzuim was in 2024 7,8 procent, bij een meldingsfrequentie van 1,6. Langdurig "
       "verzuim hangt bij ons vaak samen met incidenten en werkdruk; de maatregelen in paragraaf 2.2 tot "
       "en met 2.5 zijn daarom ook verzuimmaatregelen. Daarnaast:")
    _lijst(doc, [
        "houdt de bedrijfsarts elke zes weken een preventief spreekuur op school, waar medewerkers zonder "
        "ziekmelding terechtkunnen;",
        "heeft iedere medewerker een vitaliteitsbudget van € 250 per jaar, bijvoorbeeld voor een "
        "sportabonnement, een cursus of coaching;",
        "voert de afdelingsleider bij de derde ziekmelding binnen twaalf maanden een gesprek over wat de "
        "medewerker nodig heeft;",
        "is er op de studiedag in januari ieder jaar een programma over gezond werken in een zware baan, "
        "met een bedrijfsfysiotherapeut en een psycholoog.",
    ])
    _p(doc, "Ons doel is een ziekteverzuim van 5,5 procent in 2028-2029.")

    # Hoofdstuk 3
    _h1(doc, "3. De meerwaarde van ASG")
    _p(doc, "Ook voor De Kade geldt: binnen ASG ontmoeten collega's van alle scholen en het servicebureau "
       "elkaar regelmatig.")
    _h2(doc, "3.1 Overstap naar het regulier voortgezet onderwijs")
    _p(doc, "Niet iedere leerling hoeft tot zijn diploma bij ons te blijven. Leerlingen in het profiel "
       "vervolgonderwijs die stabiel zijn, kunnen via een overstaptraject naar een vmbo-school van ASG. "
       "Het traject duurt tien weken: de leerling gaat eerst twee dagen per week naar de nieuwe school en "
       "de rest van de week naar De Kade, daarna vier dagen, en tot slot volledig. Onze ambulant "
       "begeleider gaat de eerste weken mee, spreekt wekelijks met de mentor van de nieuwe school en "
       "blijft tot een halfjaar na de overstap aanspreekpunt. Wij hebben hierover afspraken met twee "
       "vmbo-scholen van ASG, in Almere Buiten en Almere Haven. In 2023-2024 maakten vijf leerlingen de "
       "overstap; vier van hen zitten een jaar later nog op de nieuwe school. Omgekeerd kunnen leerlingen "
       "van die scholen bij ons een tijdelijke plaatsing van ten hoogste twaalf weken krijgen.")
    _h2(doc, "3.2 Expertise delen")
    _p(doc, "Onze gedragsspecialisten geven op verzoek consultatie aan mentoren en zorgcoördinatoren van "
       "andere vo-scholen van ASG: een gesprek over een leerling, een observatie in de klas of een advies "
       "voor een handelingsplan. In 2024 waren dat 14 consultaties op vier scholen. De uren daarvoor "
       "verrekenen wij met de scholen die de consultatie vragen.")

    # Hoofdstuk 4
    _h1(doc, "4. Partnerschap")
    _h2(doc, "4.1 Ouders")
    _p(doc, "Veel ouders van onze leerlingen hebben met school vooral slechte ervaringen: telefoontjes over "
       "wat er misging, schorsingen, gesprekken waarin zij zich beschuldigd voelden. Wij willen dat zij "
       "weer vertrouwen krijgen in school. Daarom:")
    _lijst(doc, [
        "belt de mentor in de eerste twee weken na de start iedere ouder over iets wat goed ging;",
        "bespreken wij het OPP in november en april in een driehoeksgesprek van leerling, ouder en mentor; "
        "wat ouders thuis zien, komt in het OPP, en ouders ondertekenen het handelingsdeel;",
        "horen ouders bij een incident met hun kind nog dezelfde dag van de mentor of de "
        "gedragsspecialist wat er is gebeurd, wat wij hebben gedaan en wat de afspraak voor de volgende "
        "dag is;",
        "stuurt de mentor iedere vrijdag via de ouderapp een kort weekbericht over de groep, met ten minste "
        "één persoonlijke zin over hun kind;",
        "ontvangen ouders bij een schorsing binnen 24 uur een brief met de reden, de duur en de manier "
        "waarop zij bezwaar kunnen maken; een schorsing sluiten wij altijd af met een terugkeergesprek;",
        "krijgen ouders die het Nederlands niet goed beheersen bij gesprekken een tolk via de "
        "tolkentelefoon.",
    ])
    _p(doc, "In de oudervragenlijst van 2025 gaf 81 procent van de ouders aan goed op de hoogte te zijn van "
       "wat er op school met hun kind gebeurt.")

    _h2(doc, "4.2 Medezeggenschap")
    _p(doc, "De MR van De Kade heeft zes leden: twee ouders, een leerling uit de bovenbouw en drie "
       "medewerkers. De MR vergadert zes keer per jaar; de directeur is bij het eerste deel van iedere "
       "vergadering aanwezig. Wij leggen voorgenomen beleid niet pas als af stuk voor. Bij de herziening "
       "van het protocol fysiek ingrijpen in 2024 en bij dit schoolplan hielden wij eerst een "
       "klankbordavond met de MR, waar nog geen tekst lag maar wel vragen: wat zien ouders thuis, wat "
       "merken medewerkers in de groep? Wat daar gezegd werd, is in beide stukken terug te vinden. De "
       "leerling in de MR bereidt zijn inbreng voor met de leerlingenraad.")

    _h2(doc, "4.3 Zorg- en jeugdhulppartners")
    _p(doc, "Omdat 41 procent van onze leerlingen jeugdhulp krijgt, werken wij nauw samen met zorg en "
       "hulpverlening. Met deze partners zijn er vaste afspraken:")
    _lijst(doc, [
        "de aanbieder van jeugd-GGZ die in de school behandelt (paragraaf 1.1): een maandelijks overleg "
        "met de orthopedagoog;",
        "het wijkteam van de gemeente Almere: een vaste contactpersoon voor De Kade, die elke twee weken "
        "spreekuur op school houdt;",
        "de leerplichtambtenaar: eens per maand een overleg met de afdelingsleiders over leerlingen met "
        "veel verzuim;",
        "de jeugdarts van de GGD: ziet alle leerlingen in leerjaar 1 en 4 en wordt bij ziekteverzuim "
        "ingeschakeld;",
        "Veilig Thuis en de jeugdbescherming: wij werken volgens de meldcode, met de "
        "schoolmaatschappelijk werker als aandachtsfunctionaris;",
        "UWV en het Werkgeversservicepunt Flevoland: voor leerlingen in het arbeidsmarktprofiel die met "
        "een baanafspraak of loonkostensubsidie aan het werk gaan.",
    ])

    _h2(doc, "4.4 Stagebedrijven en de buurt")
    _p(doc, "De Kade ligt op een bedrijventerrein, en daar hebben wij voordeel van. 23 van onze 41 externe "
       "stageplekken liggen binnen een kwartier fietsen van school: bij een groothandel, twee garages, "
       "een hoveniersbedrijf, de kringloopwinkel en een cateraar. De jobcoaches bezoeken ieder bedrijf "
       "ten minste eens per zes weken. Met de ondernemersvereniging van het bedrijventerrein spraken wij "
       "in 2024 af dat ondernemers overlast door leerlingen in de pauze direct bij de afdelingsleider "
       "melden, en dat de vereniging ons twee keer per jaar uitnodigt op haar bijeenkomst, zodat wij daar "
       "nieuwe stageplekken kunnen werven.")

    _h2(doc, "4.5 Thuiszitters")
    _p(doc, "In Almere zitten te veel jongeren thuis zonder passend onderwijs. Samen met het "
       "samenwerkingsverband, de gemeente en de andere schoolbesturen in Almere doen wij mee aan de "
       "Almeerse thuiszittersaanpak. Wij houden daarvoor vier plekken vrij in een opstartgroep: jongeren "
       "die langer dan drie maanden thuis zaten, beginnen daar met enkele uren per dag bij een vaste "
       "onderwijsassistent en bouwen in ten hoogste twaalf weken op naar een volledig rooster. De "
       "orthopedagoog neemt namens De Kade deel aan het maandelijkse thuiszittersoverleg van "
       "samenwerkingsverband en gemeente.")

    # Hoofdstuk 5
    _h1(doc, "5. Onze kernwaarden: gezien worden, open, vooruitstrevend en ambitieus")
    _p(doc, "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Wij hebben ze "
       "met het team besproken op de studiemiddag van 12 februari 2025. Ze horen bij elkaar, en daarom "
       "staan ze hier in één hoofdstuk.")
    _p(doc, "Gezien worden. Bij De Kade is iedereen waardevol en wordt iedereen gezien. Onze cultuur is "
       "gastvrij: iedereen voelt zich welkom. Wij hebben zicht op de onderwijsbehoeftes van onze "
       "leerlingen en medewerkers; hoe wij dat doen, staat in paragraaf 1.2 en in hoofdstuk 2.")
    _p(doc, "Open. Wij gaan respectvol om met de mensen binnen en buiten onze school, en in onze "
       "communicatie zijn wij transparant en toegankelijk. Met een open blik kijken wij naar de "
       "verscheidenheid van leerlingen en medewerkers. De Kade is een openbare school. In de praktijk "
       "betekent dat voor ons:")
    _lijst(doc, [
        "Wij plaatsen iedere leerling met een TLV voor cluster 4 die bij ons ondersteuningsprofiel past; "
        "geloof, afkomst of overtuiging van leerling of ouders spelen bij aanmelding en plaatsing geen "
        "rol.",
        "In leerjaar 2 leren leerlingen in het vak mens en maatschappij over de grote godsdiensten en "
        "levensbeschouwingen; zij bezoeken een moskee, een kerk en een hindoeïstische tempel in Almere en "
        "stellen daar hun eigen vragen.",
        "Tijdens de ramadan is er in de pauzes een rustige ruimte voor leerlingen en medewerkers die "
        "vasten, en bij sportdagen en de werkweek houden wij rekening met vasten.",
        "In december en rond het Suikerfeest vertellen leerlingen in de mentorles wat die feesten voor hen "
        "betekenen; op school vieren wij het einde van het schooljaar en de diploma-uitreiking, niet de "
        "religieuze feesten zelf.",
    ])
    _p(doc, "Vooruitstrevend. Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van ons "
       "profiel. Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. "
       "Vooruitstrevend zijn betekent voor ons ook lef hebben: durven uitproberen wat werkt voor een "
       "leerling.")
    _p(doc, "Ambitieus. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn "
       "intrinsiek gemotiveerd om onszelf te blijven ontwikkelen, en wij geven altijd het beste van "
       "onszelf. Voor onze leerlingen betekent ambitie dat het perspectief in het OPP een ondergrens is en "
       "geen plafond (paragraaf 1.2).")

    # Hoofdstuk 6
    _h1(doc, "6. Meerjarenplanning 2025-2029")
    _p(doc, "In de tabel staat per onderwerp wat wij per schooljaar willen bereiken. De onderwerpen komen "
       "uit de hoofdstukken 1 tot en met 3. In het jaarplan werken wij elk jaar uit wie wat doet; in het "
       "jaarverslag leggen wij verantwoording af over wat bereikt is.")
    kop = ["Onderwerp", "2025-2026", "2026-2027", "2027-2028", "2028-2029"]
    rijen = [
        ["Uitstroom op of boven het perspectief in het OPP",
         "Nulmeting 84% (2024); CvB bespreekt bij iedere OPP-evaluatie eerst of het perspectief omhoog kan",
         "86% van de schoolverlaters", "88%",
         "90%; een jaar na uitstroom zit ten minste 82% nog op dezelfde plek"],
        ["Branchecertificaten arbeidsmarktprofiel",
         "65% van de schoolverlaters heeft ten minste één certificaat (2024: 62%)", "70%", "75%", "80%"],
        ["Examens vmbo (basis/kader)",
         "Slagingspercentage ten minste 88%", "ten minste 90%", "ten minste 90%", "ten minste 90%"],
        ["Schoolondersteuningsprofiel",
         "Evaluatie van het SOP met team en ouders", "Nieuw SOP vastgesteld vóór 1 maart 2027",
         "Grenzen van ons aanbod geëvalueerd met de CvB", "Evaluatie en bijstelling"],
        ["Kwaliteitscyclus",
         "Zelfevaluatie op alle standaarden; iedere leraar en onderwijsassistent twee groepsbezoeken",
         "Kwaliteitskaart per afdeling", "Interne audit door een externe auditor",
         "Zelfevaluatie als basis voor het schoolplan 2029-2033"],
        ["Burgerschap",
         "Leerlijn bovenbouw vastgesteld", "Leerlijn bovenbouw in alle groepen gegeven",
         "Evaluatie leerlijn met de leerlingenraad", "Bijgestelde leerlijn in gebruik"],
        ["Sociale veiligheid leerlingen",
         "84% voelt zich veilig (2025: 83%)", "85%", "87%", "88%"],
        ["Fysieke agressie tegen medewerkers",
         "Ten hoogste 38 incidenten (2023-2024: 41); alle incidenten binnen 24 uur geregistreerd",
         "ten hoogste 36", "ten hoogste 33", "ten hoogste 30"],
        ["Scholing in de-escalatie",
         "85% van de medewerkers gecertificeerd (2025: 71%)",
         "100%; nieuwe medewerkers binnen drie maanden", "100% en jaarlijkse opfrisdag voor iedereen",
         "100% en jaarlijkse opfrisdag voor iedereen"],
        ["Intervisie",
         "Alle leraren en onderwijsassistenten in een groep, zes bijeenkomsten",
         "Groepen werken zelfstandig, zonder gedragsspecialist", "Zes bijeenkomsten per groep",
         "Ten minste 80% noemt intervisie nuttig (2024: 74%)"],
        ["Zij-instromers en onbevoegde leraren",
         "Opleidingsplan en coach voor alle tien", "Vier zij-instromers bevoegd",
         "Alle huidige zij-instromers bevoegd", "Geen leraar langer dan twee jaar onbevoegd"],
        ["Gesprekscyclus", "100% volledige cyclus (2023-2024: 81%)", "100%", "100%", "100%"],
        ["Werkdruk en verzuim",
         "Verzuim 7,0% (2024: 7,8%)", "Verzuim 6,5%; 60% noemt werkdruk hanteerbaar",
         "Verzuim 6,0%; 65% noemt werkdruk hanteerbaar",
         "Verzuim 5,5%; 70% noemt werkdruk hanteerbaar (2025: 54%)"],
        ["Overstap naar regulier vo",
         "5 leerlingen", "6 leerlingen", "7 leerlingen",
         "8 leerlingen; ten minste 75% zit na een jaar nog op de nieuwe school"],
    ]
    tabel(doc, kop, rijen, breedtes=[3.6, 3.4, 3.0, 3.0, 3.4])

    # Hoofdstuk 7
    _h1(doc, "7. Praktische zaken")
    _h2(doc, "Schooltijden")
    _p(doc, "De lessen beginnen om 8.45 uur. Op maandag, dinsdag en donderdag eindigen zij om 14.45 uur, op "
       "woensdag en vrijdag om 12.30 uur. Het gebouw is open vanaf 8.15 uur; leerlingen die met het "
       "leerlingenvervoer vroeg zijn, wachten in de aula onder toezicht.")
    _h2(doc, "Leerlingenvervoer")
    _p(doc, "De gemeente Almere regelt het leerlingenvervoer en heeft daarvoor een vervoerspartner "
       "gecontracteerd. Wijzigingen, zoals ziekte of stage op een andere locatie, geeft u zelf uiterlijk "
       "om 7.00 uur door aan de vervoerder. Klachten over het vervoer meldt u bij de gemeente, niet bij "
       "school.")
    _h2(doc, "Ziekmelden en verlof")
    _p(doc, "Ziekmelden kan tot 8.30 uur via de ouderapp of telefonisch bij de administratie. Verlof buiten "
       "de schoolvakanties vraagt u ten minste acht weken vooraf aan bij de directeur.")
    _h2(doc, "Kantine en lunch")
    _p(doc, "De kantine is open van 10.00 tot 13.30 uur. Op dinsdag en donderdag verzorgen de leerlingen "
       "van de praktijkrichting Horeca & Gastvrijheid de lunch in ons leerrestaurant De Kombuis; een "
       "broodje kost € 1,50, soep € 1,00. Zij oefenen er gastvrijheid als vak: bestellingen opnemen, "
       "afrekenen en een ontevreden klant te woord staan.")
    _h2(doc, "Telefoons")
    _p(doc, "Mobiele telefoons gaan bij binnenkomst in de telefoonkluis van de groep en komen er bij de "
       "lunch en aan het eind van de dag weer uit. Een telefoon heeft in de les geen meerwaarde en leidt "
       "bij onze leerlingen vaak tot conflicten.")
    _h2(doc, "Toetsen en examens")
    _p(doc, "Bij toetsen en examens gebruiken leerlingen een transparant etui; jassen en tassen blijven in "
       "de kluis.")
    _h2(doc, "Laptops en wifi")
    _p(doc, "Leerlingen werken op school met een schoollaptop op het netwerk Kade-Leerling. Bij een "
       "storing van de internetverbinding meldt de leraar dit bij de conciërge.")
    _h2(doc, "Talentenshow en sponsorloop")
    _p(doc, "Op de laatste vrijdag voor de zomervakantie houden wij de talentenshow, waar leerlingen laten "
       "zien wat zij kunnen: zingen, dansen, een zelf opgebouwde brommer. In het voorjaar lopen alle "
       "leerlingen een sponsorloop; het doel is ambitieus: € 3.000 voor nieuwe toestellen op het "
       "schoolplein.")
    _h2(doc, "Vakanties, klachten en verzekering")
    _p(doc, "Het vakantierooster en de studiedagen staan in de schoolgids en in de ouderapp. Een klacht "
       "bespreekt u eerst met de mentor of de afdelingsleider; komt u er samen niet uit, dan kunt u "
       "terecht bij de vertrouwenspersoon of bij de klachtencommissie waarbij ASG is aangesloten. Alle "
       "leerlingen zijn tijdens schooltijd en stage verzekerd via de collectieve ongevallenverzekering "
       "van ASG.")

    # Hoofdstuk 8
    _h1(doc, "8. Vaststelling")
    _p(doc, "De MR heeft ingestemd op 17 juni 2025.")
    _p(doc, "Het College van Bestuur van de Almeerse Scholen Groep heeft dit schoolplan vastgesteld op "
       "1 juli 2025.")
    _p(doc, "Namens de MR: Samira el Idrissi, voorzitter")
    _p(doc, "Namens de school: Marjolein Verhoef, directeur")
    _p(doc, "Namens het College van Bestuur: ……………………………")

    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_35_vso_de_kade.docx")
