"""Sentences that name a subject without taking it up: a wish or a value with nothing concrete in
it, and a sentence that says the school has not taken the subject up (yet). Neither is evidence
that a plan addresses a target; a wish can still head the sentence that works it out, as a
restated board sentence can.
"""

from __future__ import annotations

import re
from functools import lru_cache

from koerswijzer.congruence import text as t
from koerswijzer.congruence.concepts import board_short_names
from koerswijzer.koers.model import Koers

# A sentence that says the school does not do it (yet), leaves it to others or puts it off, or that
# speaks of the koers's questions rather than of the school ("Over interne mobiliteit hebben we het nog
# weinig gehad.", "Dit pakken we in 2025 op.", "De derde vraag van de Koerswijzer gaat over ASG als
# geheel."): it names a subject without taking it up.
_YEAR = r"(?:(?:het |in )?schooljaar )?\d{4}(?:-\d{4})?"
NOT_TAKEN_UP = re.compile(
    r"\b(?:hebben|zijn|doen|weten|kennen) (?:we|wij)\b[^.;:]{0,50}"
    r"\bnog (?:niet|geen|(?:te )?weinig|nauwelijks|onvoldoende)\b"
    r"|\b(?:we|wij) (?:hebben|zijn|doen|weten|kennen)\b[^.;:]{0,50}"
    r"\bnog (?:niet|geen|(?:te )?weinig|nauwelijks|onvoldoende)\b"
    # still to be talked about: "bespreken we in een van de komende jaren met het team", "staat voor
    # 2026-2027 op de agenda"
    r"|\b(?:bespreken|bekijken|verkennen|onderzoeken) (?:we|wij) (?:in )?(?:een van )?de komende (?:jaren|periode)\b"
    r"|\b(?:staat|staan) (?:voor|in) [^.;:]{0,25}\bop de agenda\b"
    r"|\b(?:werken|pakken|nemen|laten) (?:we|wij) (?:\w+ )?(?:niet|nog niet|later|pas)\b[^.;:]{0,30}\b(?:uit|op|mee)"
    r"(?:\W*$|\s*[:;]|\s(?:in|met|via) [^.;:,]{0,50}\W*$)"
    rf"|\b(?:pakken|werken|nemen) (?:we|wij) (?:dit|dat|die|deze|het)? ?(?:in|vanaf|na) (?:{_YEAR}|het volgende "
    r"schooljaar|volgend schooljaar|een later stadium) (?:verder |nader )?(?:op|uit|mee)\b"
    r"|\blaten (?:we|wij) (?:\w+ ){0,4}?(?:liggen|rusten|aan (?:de|het) (?:gmr|bestuur|stichting|servicebureau))\b"
    # left to the board: "Interne mobiliteit en vitaliteitsbeleid worden op bestuursniveau opgepakt"
    r"|\b(?:wordt|worden) (?:\w+ ){0,2}?(?:op bestuursniveau|door het bestuur|door de stichting|bovenschools) "
    r"(?:\w+ )?(?:opgepakt|geregeld|belegd|uitgewerkt)\b"
    rf"|\b(?:wordt|worden) (?:in {_YEAR} |later |nog )*(?:verder |nader )?uitgewerkt\W*$"
    # put off to later in other words: "dit werken we later, in een volgend jaarplan, verder uit", "hoe we
    # dat doen, is een onderwerp voor later", "daar komen we later op terug"
    r"|\b(?:werken|pakken) (?:we|wij) (?:dit |dat |die |deze |het )?(?:pas )?later\b[^.;:]{0,60}\b(?:uit|op)\W*$"
    r"|\b(?:is|zijn) (?:een |het )?onderwerp(?:en)? voor later\b|\bkomen (?:we|wij) later (?:op )?terug\b"
    # a conversation still to be held about what a word means to the school
    r"|\b(?:gaan|zullen) (?:we|wij) [^.;:]{0,40}\bin gesprek over wat\b"
    # left for this period: "De communicatie met ouders is in deze planperiode geen speerpunt."
    r"|\b(?:is|zijn|blijft|blijven|vormt|vormen) (?:\w+ ){0,4}?geen (?:speerpunt|prioriteit|ontwikkelpunt|focuspunt)\b"
    # following what others do, and no more
    r"|\bmet (?:belangstelling|interesse)\W*$"
    # naming a motto
    r"|^\W*(?:ons|onze) (?:motto|slogan|lijfspreuk)\b"
    # a list of methods, and what the methods do: "Wij werken met de methodes Pluspunt, Staal en
    # Nieuwsbegrip, die hoge eisen stellen aan de leerlingen."
    r"|^\W*(?:wij|we) (?:werken|gebruiken) (?:met )?(?:de |onder andere |onder meer |o\.a\. )?(?:methodes?|methoden)\b"
    r"|\bvra(?:ag|gen) (?:van|uit|bij|in) (?:de koerswijzer|dit venster|deze kernwaarde|de koers)\b"
    r"|\bvan de koerswijzer\b"
    # how a part of the plan fits the koers, with the board's words after it: "Dit sluit aan bij de kernwaarde
    # Open uit Koers 22: wij gaan respectvol om ...", "Het past ook bij de ambitie van ASG dat ..."
    r"|\b(?:sluit|sluiten|past|passen|hoort|horen)\b[^.;:]{0,15}\bbij (?:de |het |onze |ons )?"
    r"(?:kernwaarden?|vensters?|koers|ambitie van (?:het bestuur|de stichting))\b"
    # not done, or left to others: "Ons kindcentrum neemt op dit moment niet deel aan een innovatiegroep.",
    # "Dit is een taak van het bestuur.", "Wij wachten de nieuwe kerndoelen af."
    r"|\b(?:neemt|nemen|doet|doen)\b[^.;:]{0,30}\b(?:nog )?niet (?:deel|mee)\b"
    # left out of the plan: "Interne mobiliteit hebben we deze periode niet als apart onderwerp opgenomen."
    r"|\b(?:hebben (?:we|wij)|(?:we|wij) hebben)\b[^.;:]{0,40}\bniet (?:als (?:\w+ ){0,2}?onderwerp )?"
    r"(?:opgenomen|uitgewerkt|meegenomen)\b"
    r"|\blaten (?:we|wij) (?:\w+ ){0,5}?buiten beschouwing\b"
    r"|\b(?:is|zijn|blijft|blijven) (?:in de eerste plaats |vooral |primair )?(?:een |de )?"
    r"(?:taak|taken|zaak|verantwoordelijkheid|opdracht|opdrachten) van "
    r"(?:het bestuur|de stichting|het servicebureau|de gmr)\b"
    # what the board writes, told: "ASG schrijft in de koers dat collega's elkaar regelmatig ontmoeten"
    r"|\b(?:het bestuur|de stichting|de koers|koers 22) (?:schrijft|stelt|vraagt|noemt|zegt|beschrijft)\b"
    r"|\b(?:schrijft|stelt|vraagt|noemt|zegt|beschrijft) (?:het bestuur|de stichting|de koers|koers 22)\b"
    # what the board wants or how it works, told: "Het bestuur wil dat collega's van verschillende scholen
    # elkaar regelmatig ontmoeten", "ASG werkt volgens een besturingsfilosofie met vier sleutelbegrippen"
    r"|^\W*(?:het bestuur|de stichting) (?:wil|wilt|doelt op|streeft|werkt volgens)\b"
    # stopped, or nothing new started: "Het experiment met gepersonaliseerd leren hebben wij gestopt.", "Wij
    # starten de komende vier jaar geen nieuwe onderwijsconcepten."
    r"|\b(?:(?:hebben|zijn) (?:we|wij)|(?:we|wij) (?:hebben|zijn))\b[^.;:]{0,40}\bgestopt\W*$"
    r"|\b(?:(?:starten|beginnen) (?:we|wij)|(?:we|wij) (?:starten|beginnen))\b[^.;:]{0,40}\bgeen nieuwe\b"
    # following what the board does, and no more: "daar sluiten we aan bij wat ASG doet"
    r"|\b(?:sluiten|sluit) (?:we|wij|de school) (?:\w+ )?aan bij (?:wat|het beleid van|de aanpak van) "
    r"(?:het bestuur|de stichting)\b"
    # what the school does not use: "De drie horizonten gebruiken we deze periode niet als kader."
    r"|\b(?:gebruiken|hanteren|volgen) (?:we|wij) (?:[^.;:,]{0,30}? )?niet\b"
    r"|\bin (?:de|haar|zijn) koers (?:staat|schrijft|stelt|vraagt)\b"
    r"|\b(?:wachten (?:we|wij)|(?:we|wij) wachten)\b[^.;:]{0,60}\baf\b"
    rf"|\b(?:bespreken|bekijken|verkennen|onderzoeken) (?:we|wij) (?:in|vanaf|na) {_YEAR}\b"
    # how it is to be done, decided later: "Hoe wij dat verbeteren, werken wij uit in het jaarplan.", "hoe onze
    # secties dat gaan doen, bepalen wij later", "een plan daarvoor volgt", "willen wij later uitbreiden"
    r"|(?:^|[;:]\s)\W*hoe\b[^.;:]{0,60},\s*(?:werken|pakken|bepalen|bekijken|onderzoeken|beslissen|zoeken) (?:we|wij)\b"
    r"|\b(?:een )?(?:plan|uitwerking|aanpak|voorstel) (?:daarvoor|hiervoor|daarvan|hiervan) volgt\b"
    r"|\bwillen (?:we|wij) (?:\w+ )?later\b"
    # what the school has not of its own: "Een eigen vitaliteitsprogramma hebben wij niet; daarvoor volgen
    # wij wat ASG aanbiedt.", "Wij hebben geen eigen vitaliteitsprogramma."
    # (not when the sentence goes on with what it does instead: "..., maar gebruiken die van de buurschool")
    r"|\b(?:hebben|heeft|kennen|kent) (?:we|wij|de school|onze school) (?:nog )?niet(?=\W*(?:$|[;:,]))"
    r"(?![^.;:]*\b(?:maar|wel)\b)"
    r"|\b(?:(?:we|wij) (?:hebben|kennen)|(?:hebben|kennen) (?:we|wij)) (?:nog )?geen eigen\b"
    r"(?![^.;:]*\b(?:maar|wel)\b)"
    # no arrangements of its own: "Over interne mobiliteit maken we in deze planperiode geen eigen afspraken."
    # (not when it goes on with what it does agree: "..., wel over ...")
    r"|\b(?:(?:we|wij) (?:maken|hebben|kennen)|(?:maken|hebben|kennen) (?:we|wij))\b[^.;:]{0,50}\bgeen "
    r"(?:eigen |aparte |specifieke )?(?:afspraken|beleid|plannen)\b(?![^.;:]*\bwel\b)", re.IGNORECASE)

@lru_cache(maxsize=65536)
def is_not_taken_up(sentence: str) -> bool:
    """The sentence says the school does not do it (yet) or puts it off (``NOT_TAKEN_UP``)."""
    if _NOT_TAKEN_UP_QUICK.search(sentence.lower()) is None:
        return False  # most sentences: the pattern is slow to fail everywhere in them
    return bool(NOT_TAKEN_UP.search(sentence))


# Every alternative of NOT_TAKEN_UP holds one of these (or a digit, of a year).
_NOT_TAKEN_UP_WORDS = ("nog ", "komende", "agenda", "niet", "later", " pas ", " pas,", "volgend", "liggen", "rusten",
                       "laten", "uitgewerkt", "onderwerp", "in gesprek", "beschouwing", "belangstelling", "interesse",
                       "motto", "slogan", "lijfspreuk", "method", "koers", "venster", "kernwaarde", "taak", "taken",
                       "zaak", "verantwoordelijkheid", "opdracht", "wachten", "schrijft", "stelt", "vraagt", "noemt",
                       "zegt", "ambitie", "werken w", "pakken w", "bepalen w", "bekijken w", "onderzoeken w",
                       "beslissen w", "zoeken w", "daarvoor volgt", "hiervoor volgt", "daarvan volgt",
                       "hiervan volgt", "speerpunt", "prioriteit", "ontwikkelpunt", "focuspunt", "bestuur",
                       "stichting", "bovenschools", "geen ", "gestopt")
# (one search for all of them, or a digit)
_NOT_TAKEN_UP_QUICK = re.compile("|".join(map(re.escape, _NOT_TAKEN_UP_WORDS)) + r"|\d")


# A list of means after a colon: "Wij gebruiken daarvoor: de ASG Academie, Leraar24 en de e-learning van ...".
# Without a figure, a date or a rhythm in it, it names tools, not what the school does with them.
LIST_OF_MEANS = re.compile(
    r"\W*(?:(?:wij|we) (?:gebruiken|hanteren|benutten)(?: (?:daarvoor|hiervoor|daarbij|onder andere|onder meer|"
    r"de volgende \w+))?|(?:daarvoor|hiervoor|daarbij) (?:gebruiken|hanteren|benutten) (?:wij|we)\b[^.;:]{0,30})\s*:"
    # or partners named, and no more: "Wij werken samen met verschillende partners, zoals de bibliotheek en de GGD."
    r"|\W*(?:wij|we) werken samen met (?:verschillende|diverse|veel|allerlei|vele) (?:\w+ )?partners\b[^.;:]{0,20}?,? "
    r"(?:zoals|waaronder|onder andere|onder meer)\b"
    # or examples named after a value, and no more: "Denk aan de kinderopvang, de bibliotheek, de
    # sportverenigingen, het wijkteam en de GGD."
    r"|\W*denk (?:hierbij |daarbij |dan )?(?:bijvoorbeeld )?aan\b(?![^.;:]*\b(?:die|dat|waarmee|waarbij|met wie)\b)"
    r"[^.;:]{0,120}\W*$"
    # or one tool named, and no more: "Wij gebruiken hiervoor Werken met Kwaliteit (WMK)."
    r"|\W*(?:wij|we) (?:gebruiken|hanteren|benutten) (?:daarvoor|hiervoor|daarbij)\s+[^.;:,]{0,50}\W*$"
    # or one named method or model worked with, and no more: "Wij werken cyclisch aan kwaliteit volgens de
    # PDCA-cyclus.", "Op beide locaties werken wij met de Kanjertraining." ("met een vaste dagstructuur" is
    # an arrangement of the school's own)
    r"|[^.;:,]{0,30}?\b(?:(?:wij|we) werken|werken (?:wij|we))(?: \w+)?(?: aan \w+)? (?:volgens|met) (?:de|het) "
    r"(?=[^.;:,]*(?-i:[A-Z]))[^.;:,]{0,40}\W*$",
    re.IGNORECASE)


# Who the pupils are, and no more: "Ongeveer een derde van de kinderen groeit op met een andere thuistaal",
# "De kinderen komen uit gezinnen met 27 nationaliteiten", "De wijk is gemengd". The school's setting, not
# what it does; a sentence in which the school acts ("wij", "onze school") is not one.
POPULATION = re.compile(
    r"^[^.;:]{0,60}?\b(?:kinderen|leerlingen|gezinnen|ouders|bewoners|kind|leerling)\b[^.;:]{0,40}?\b(?:groei(?:t|en) "
    r"op|kom(?:t|en) uit|wo(?:ont|nen)|spre(?:ekt|ken) thuis|ha(?:s|ebben|eeft) (?:een )?(?:\w+ )?(?:achtergrond|"
    r"migratieachtergrond|thuistaal))\b"
    r"|^\W*de (?:wijk|buurt|omgeving) is (?:sterk |zeer |erg )?(?:gemengd|divers|veelkleurig)\b"
    r"|^\W*(?:de|onze) schoolweging\b", re.IGNORECASE)
_ACTOR = re.compile(r"\b(?:wij|we|ons|onze|daarom|daarvoor)\b", re.IGNORECASE)


def is_population(sentence: str) -> bool:
    return bool(POPULATION.search(sentence)) and not _ACTOR.search(sentence)


# Who sits in a body or who the staff are: "De MR bestaat uit vier ouders en vier medewerkers", "Op
# bovenschools niveau is er de GMR van ASG", "Twee van onze leerkrachten zijn zij-instromer". A
# description of what exists, not what the school does (its figures count members, not results).
COMPOSITION = re.compile(
    r"^[^,;:]{0,60}?\bbestaa?t uit [^.;:]{0,30}?\b(?:ouders|medewerkers|leden|leerkrachten|docenten|collega's|"
    r"leerlingen|personeelsleden|vertegenwoordigers|mensen|personen)\b"
    r"|^\W*(?:in|op) (?:de|het|onze) [^,;:]{0,40}?\b(?:zit|zitten|zetelen)\b"
    r"|^\W*(?:op [\w\s-]{0,30}?niveau |daarnaast |ook )?(?:is|zijn) er (?:de|een|ook)\b"
    r"|^\W*\w+ (?:van onze|van de|van ons) (?:leerkrachten|docenten|medewerkers|collega's|teamleden) (?:zijn|is) "
    r"(?:\w+ )?[\w-]+\W*$",
    re.IGNORECASE)
# ... unless a clause after it says what they do ("..., die elke zes weken alle leerlingen bespreken").
_FOLLOW_UP = re.compile(r"[,;:]\s*(?:die|dat|waar|wat|zodat|omdat|en (?:we|wij|zij|ze|hij|het))\b"
                        r"|\bdie\b.*\b(?:elke|iedere|per|twee keer|drie keer)\b", re.IGNORECASE)


def is_composition(sentence: str) -> bool:
    return bool(COMPOSITION.search(sentence)) and not _FOLLOW_UP.search(sentence)


def is_list_of_means(sentence: str) -> bool:
    return bool(LIST_OF_MEANS.match(sentence)) and not CONCRETE.search(sentence)


# Topics that "aan bod komen", in a list of three or more: "Daarin komen democratie, identiteit en
# diversiteit, en mediawijsheid aan bod." Each is named, none is worked out (a bare mention).
TOPICS = re.compile(
    r"^[^;:]*?\b(?:komen|komt)\b[^;:]*?\w[^,;:]*,[^,;:]+(?:,[^,;:]+)*\ben\b[^;:]*?\baan (?:bod|de orde)\b[^;:]*$"
    r"|^[^;:]*?\w[^,;:]*,[^,;:]+(?:,[^,;:]+)*\ben\b[^;:]*?\baan (?:bod|de orde) (?:komen|komt)\b[^;:]*$",
    re.IGNORECASE)


def is_list_of_topics(sentence: str) -> bool:
    return bool(TOPICS.search(sentence))


# A wish, an intention or a value as the sentence's frame: "Wij willen een school zijn waar iedereen
# zich welkom voelt.", "Ons streven is een samenhangend stelsel van kwaliteitszorg.", "Bij ons staat
# respect centraal."
WISH = re.compile(
    r"^\W*(?:(?:en|maar|daarom|daarnaast|ook|verder|tot slot|als team|als school|samen|(?:in )?de komende (?:jaren|"
    r"periode|schooljaren)|in de toekomst|op termijn)\s+){0,2}"
    r"(?:(?:wij|we|ons team|het team|onze school|de school)\s+(?:willen|wil|streven|wensen|hopen|blijven|zouden graag|"
    r"zou graag|vinden het\s+"
    r"(?:heel |erg |zeer )?belangrijk)|willen (?:wij|we)|streven (?:wij|we)|vinden (?:wij|we) het (?:heel |erg |zeer )?"
    r"belangrijk|blijven (?:wij|we)|ons (?:streven|doel|ideaal) is|onze (?:ambitie|wens|droom) is"
    r"|het is onze ambitie)\b"
    # what the school wants, after what it is about: "Ons stelsel van kwaliteitszorg willen wij samenhangend maken."
    r"|^[^.;:,]{0,60}?\b(?:willen|streven|hopen|wensen) (?:wij|we)\b"
    # a belief: "Wij geloven dat ieder mens uniek is geschapen."
    r"|^\W*(?:(?:wij|we) geloven|geloven (?:wij|we)) (?:dat|in)\b",
    re.IGNORECASE)
# A problem stated, and nothing done about it ("Het lerarentekort raakt ook De Zeester."); the sentence
# after it may say what the school does.
PROBLEM = re.compile(
    r"^\W*(?:het|de|een) [\w-]+ (?:is|vormt) (?:ook )?(?:in [\w-]+ )?(?:een )?(?:groot |groeiend |echt )?probleem\W*$"
    r"|^\W*(?:het|de) [\w-]+ raakt ook\b[^.;:,]*\W*$", re.IGNORECASE)
WISH_INSIDE = re.compile(r"[,;:]?\s(?:en|maar|dus|daarom) (?:wij|we) (?:willen|streven|hopen)\b"
                         # "..., en dat willen we ook blijven doen."
                         r"|,\s(?:en|maar) dat (?:willen|blijven) (?:wij|we)\b"
                         # "...; daar willen we aan werken."
                         r"|[;,]\s*(?:daar|hier) (?:willen|gaan) (?:wij|we) (?:\w+ )?aan werken\W*$", re.IGNORECASE)
VALUE = re.compile(r"\b(?:staat|staan)\b[^.;:]{0,40}\bcentraal\W*$"
                   # "Openheid en respect zijn voor ons geen loze woorden.", "Respect is voor ons vanzelfsprekend."
                   r"|\bgeen loze woorden\b|\b(?:is|zijn) voor ons (?:heel |erg |zeer )?(?:belangrijk|vanzelfsprekend|"
                   r"essentieel|de basis|het uitgangspunt|kernwaarden?)\b"
                   # "Respect is voor ons geen regel op papier, maar een houding."
                   r"|\b(?:is|zijn) voor ons (?:geen|meer dan|niet (?:alleen|zomaar))\b"
                   # a norm named and no more: "Elkaar aanspreken hoort daarbij.", "Daar hoort bij dat wij elkaar
                   # daarop aanspreken."
                   r"|\b(?:hoort|horen) (?:daar|er) ?bij\W*$|^\W*(?:daar|hier) (?:hoort|horen) (?:ook )?bij\b"
                   r"|\bmaar een (?:houding|grondhouding|manier van (?:leven|werken|doen))\W*$", re.IGNORECASE)
# What makes a wish concrete: a figure, a date or a rhythm ("in juni 2026", "twee keer per jaar",
# "wekelijks"); or a named arrangement of the field (a rare term of the lexicon or the koers's
# herkenning).
NUMBER_WORDS = (r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig"
                r"|honderd)\b")
_MONTHS = r"\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
# A figure or a date: a digit that is no part of a name ("Leraar24"), a number written out, a month.
FIGURE = re.compile(rf"(?<!\w)\d|{NUMBER_WORDS}|{_MONTHS}", re.IGNORECASE)
CONCRETE = re.compile(
    rf"(?<!\w)\d|{NUMBER_WORDS}|{_MONTHS}"
    r"|\b(?:dagelijks|wekelijks|tweewekelijks|maandelijks|jaarlijks|halfjaarlijks)\b"
    r"|\b(?:elke|iedere) (?:dag|week|maand|ochtend|middag|periode|schooljaar|les)\b"
    r"|\bper (?:jaar|week|maand|periode|groep|leerling)\b", re.IGNORECASE)
# The koers's own words and the bodies every school has are no named arrangement; nor is the board's
# short name (board_names).
BOARD_NAMES = frozenset({"Koerswijzer", "Koers", "MR", "GMR"})


@lru_cache(maxsize=16)
def board_names(koers: Koers) -> frozenset[str]:
    """BOARD_NAMES and the board's short name as its koers gives it ("ASG", "ASKO")."""
    return BOARD_NAMES | frozenset(board_short_names(koers))

# What makes a sentence the school's own content, as the rule of docs/congruentie.md asks ("a school
# action, a choice, a figure, an arrangement"), beside a figure, a date or a rhythm (``CONCRETE``):
# a moment in the school year, a person in a role of the school's own, or a thing a school arranges,
# an event or an instrument (as the last part of a word: "kindgesprek", "klassenbezoek", "leerteam").
# "Wij gaan goed met elkaar om", "Onze kwaliteitszorg is samenhangend en cyclisch" and "Wij hebben oog
# voor elk kind" name none: they say what the board says, in other words.
MOMENT = re.compile(r"\b(?:elk|ieder) (?:jaar|schooljaar|kwartaal|trimester|semester)\b"
                    r"|\b(?:elk|ieder|per) half jaar\b"
                    r"|\b(?:aan het|bij het) (?:begin|eind|einde) van (?:het|elk|ieder) (?:school)?jaar\b"
                    r"|\b(?:voor|na|rond) de (?:herfst|kerst|voorjaars|mei|zomer)vakantie\b", re.IGNORECASE)
ROLES = frozenset({
    "directeur", "directie", "rector", "conrector", "teamleider", "afdelingsleider", "locatieleider", "schoolleider",
    "bouwcoördinator", "coördinator", "begeleider", "ib'er", "mentor", "coach", "conciërge", "onderwijsassistent",
    "leerlingenraad", "kinderraad", "ouderraad", "zorgcoördinator", "jeugdverpleegkundige", "orthopedagoog",
    "psycholoog", "logopedist", "vakdocent", "vakleerkracht", "specialist", "decaan", "stagecoördinator", "consulent",
    "wijkagent", "buurtsportcoach", "opleider", "werkplekbegeleider", "schoolmaatschappelijk", "aandachtsfunctionaris",
    "vertrouwenspersoon", "preventiemedewerker", "administratief", "ambassadeur", "maatje", "buddy",
    "bedrijfsarts", "jeugdarts", "schoolarts", "huisarts", "leerplichtambtenaar", "bedrijfsmaatschappelijk",
    "casemanager", "arbeidsdeskundige"})
# ... and a role of several words ("verzuimcoördinator", "leesspecialist", "gedragsbegeleider")
ROLE_TAILS = ("coördinator", "begeleider", "specialist")
ARRANGEMENTS = (
    "gesprek", "les", "instructie", "overleg", "bijeenkomst", "vergadering", "bezoek", "training", "cursus",
    "opleiding",
    "project", "intake", "spreekuur", "monitor", "vragenlijst", "enquête", "peiling", "dossier", "rooster",
    "werkgroep", "commissie", "middag", "ochtend", "avond", "kring", "traject", "viering", "excursie", "stage", "toets",
    "feest", "boekje", "portfolio", "leerlijn", "klas", "groepje", "plein", "kalender", "campagne", "pilot",
    "protocol", "lokaal", "festival", "voorstelling", "presentatie", "tentoonstelling", "wedstrijd", "workshop",
    "studiedag", "intervisie", "coaching", "observatie", "kijkwijzer", "rubric", "logboek", "verslag", "rapport",
    "certificaat", "diploma", "examen", "module", "keuzewerktijd", "inloop", "ontbijt", "lunch", "koffie", "lesuur",
    "taakuur", "klokuur")
# The same, only as the last part of a longer word: "leerteam", "hulpvraag", "projectweek", "handelingsplan"
# ("als team", "de vraag", "elke dag" say nothing of an arrangement).
ARRANGEMENT_TAILS = ("team", "vraag", "dag", "week", "plan", "spel", "app", "map", "boek", "bord", "kaart",
                     "periode", "systeem", "netwerk", "brief", "muur", "opening", "markt", "ronde", "proef", "opvang",
                     "reis", "kamp", "cyclus", "programma")
# A rhythm, as CONCRETE has it, but not "elke dag": after a verb that is emphasis ("wat zij elke dag doen").
# ("jaarlijkse", "wekelijkse": the adjective before a noun is the same rhythm.)
_RHYTHM = re.compile(CONCRETE.pattern.replace("(?:dag|week", "(?:week")
                     .replace("halfjaarlijks)\\b", "halfjaarlijks)e?\\b"), re.IGNORECASE)
# The plan's own period and the yearly plans every school writes are no arrangement ("in deze
# planperiode", "werken we uit in de jaarplannen").
PLANNING_WORDS = ("planperiode", "jaarplan", "jaarplannen")
# The school's own name after a preposition ("Op De Akker heerst ...", "bij Het Baken") is no named arrangement.
_SCHOOL_NAME = re.compile(r"\b(?i:op|bij|van|voor|naar|in) (?:De|Het|'t) [A-Z][\w-]*(?: [A-Z][\w-]*)?")
_WORD = re.compile(r"[\w'-]+")


@lru_cache(maxsize=65536)
def is_concrete(koers: Koers, sentence: str) -> bool:
    """The sentence holds content of the school's own: a figure, a date, a rhythm or a moment in the
    school year; a name (a method, a partner, an instrument: a capitalised word inside the sentence
    that is not the board's); a person in a role; or a thing the school arranges. The board's own
    figures ("de drie horizonten") are no figure of the school's."""
    for phrase in _board_number_phrases(koers):
        if phrase in sentence.lower():
            sentence = re.sub(re.escape(phrase), " ", sentence, flags=re.IGNORECASE)
    if _RHYTHM.search(sentence) or MOMENT.search(sentence):
        return True
    stops = t.stop_words()
    sentence = _SCHOOL_NAME.sub(" ", sentence)
    after_colon = {m.end() for m in re.finditer(r"[:;•–-]\s*", sentence)}
    board = board_names(koers)
    for match in list(_WORD.finditer(sentence))[1:]:
        word = match.group()
        if (word[:1].isupper() and word not in board and word.split("-")[0] not in board
                and word.lower() not in stops and match.start() not in after_colon):  # ("ASG-scholen": the board's)
            return True
    for word in t.words(sentence):
        if word.endswith(PLANNING_WORDS):
            continue
        lemma = t.lemma(word)
        if word in ROLES or lemma in ROLES or word.endswith(ARRANGEMENTS + ROLE_TAILS) or lemma.endswith(ARRANGEMENTS):
            return True
        if (word.endswith(ARRANGEMENT_TAILS) or lemma.endswith(ARRANGEMENT_TAILS)) and word != "vandaag" and any(
                x.endswith(tail) and len(x) > len(tail) + 2 for x in (word, lemma) for tail in ARRANGEMENT_TAILS):
            return True
    return False


# A subject named as one that gets attention, comes up or is weighed, and no more: "Naast de speerpunten
# besteden we ook aandacht aan de vitaliteit van het team.", "Interne mobiliteit is een thema dat zeker aan
# de orde komt.", "Gastvrijheid vinden wij als school belangrijk.", "De drie horizonten nemen we mee in onze
# afwegingen.", "Kennisdeling staat op onze agenda." A sentence with content of the school's own
# (is_concrete) says more than that.
MENTION = re.compile(
    r"\b(?:besteden|schenken|geven) (?:we|wij)\b[^.;:]*\baandacht aan\b"
    r"|\b(?:er is|is er) (?:ook |veel |volop |voldoende |extra )?aandacht voor\b"
    r"|\baan de orde (?:komt|komen|is|zijn)\b"
    r"|\b(?:is|zijn) (?:ook )?een (?:belangrijk |vast |terugkerend )?(?:thema|onderwerp|aandachtspunt)\b"
    r"|\bvinden (?:wij|we)\b[^.;:,]{0,25}\b(?:belangrijk|waardevol|vanzelfsprekend|essentieel)\W*$"
    r"|\bnemen (?:we|wij)\b[^.;:]{0,30}\bmee (?:in|bij)\b"
    # "Kennisdeling met andere scholen staat op onze agenda."
    r"|\b(?:staat|staan) (?:hoog |ook |nadrukkelijk )?op (?:onze|de|ons|de eigen) (?:\w+)?agenda\b", re.IGNORECASE)


def is_mention(koers: Koers, sentence: str) -> bool:
    return bool(MENTION.search(sentence)) and not is_concrete(koers, sentence)


@lru_cache(maxsize=16)
def _board_number_phrases(koers: Koers) -> tuple[str, ...]:
    """A number written out and the word after it, wherever the board wrote them ("drie horizonten")."""
    texts = [x.tekst for e in koers.elements for part in e.walk() for x in (*part.targets, *part.questions)]
    found = {m.group().lower() for body in texts for m in re.finditer(NUMBER_WORDS + r"\s+\w+", body, re.IGNORECASE)}
    return tuple(sorted(found))


@lru_cache(maxsize=65536)
def is_wish_only(koers: Koers, sentence: str) -> bool:
    """A wish or a value that names nothing concrete (no figure, date or rhythm, and no named
    arrangement: a method, an instrument, a partner, a capitalised word inside the sentence), or a
    problem stated. It can head the sentence that works it out, as a restated board sentence can."""
    if PROBLEM.match(sentence):
        return True
    if not (WISH.match(sentence) or WISH_INSIDE.search(sentence) or VALUE.search(sentence)) \
            or CONCRETE.search(sentence):
        return False
    # (the school's own name, "trots op De Zaaier", names no arrangement)
    named = [w for w in re.findall(r"[\w'-]+", _SCHOOL_NAME.sub(" ", sentence))[1:]
             if w[:1].isupper() and w not in board_names(koers)]
    return not named
