"""Dutch crisis phrases (see core/crisis_phrases/__init__.py for the four kinds).

The SIGNALS are grouped by what is said; the plans and methods and self-harm live in
core/crisis_phrases/nl_methods.py, ways of saying it sideways in nl_ways.py, nl_signs.py and nl_hints.py,
distress told about someone else in nl_others.py, and the context lists in nl_context.py, to
keep each module short. Words lose their double letters when normalised ("dood" is "dod",
"meer" is "mer"), so "nie", "ni" and "niet" are written out where chat spelling drops letters,
not "dood" and "dod".
"""

from __future__ import annotations

from core.crisis_phrases.nl_announce import ANNOUNCE, ANNOUNCE_HARMLESS
from core.crisis_phrases.nl_context import ABOUT
from core.crisis_phrases.nl_context import HARMLESS as CONTEXT_HARMLESS
from core.crisis_phrases.nl_context import TOPICS as CONTEXT_TOPICS
from core.crisis_phrases.nl_hints import HINTS, HINTS_HARMLESS
from core.crisis_phrases.nl_methods import METHODS, SELF_HARM
from core.crisis_phrases.nl_others import OTHER_SIGNALS, OTHER_TOPICS
from core.crisis_phrases.nl_signs import QUIET
from core.crisis_phrases.nl_ways import WAYS
from core.phrases import written_out

__all__ = ["ABOUT", "HARMLESS", "SIGNALS", "TOPICS"]

# "niet" as people type it, and the first-person verbs of wanting
NIET = "niet|nie|ni|nt|nooit"
WIL = "wil*|wl|wou|wanna|liefst|liever"

# 1. wanting to be dead, not to live, not to exist, to disappear, not to wake up
WISH: tuple[str, ...] = (
    "wil|wou|wl ~ dood",
    "wil ~ doodgaan",
    "ik dood wil*|wou",
    "dood willen",
    "liefst ~ dood",
    "liever|beter dood",
    "beter af dood",
    "was ik ~ maar dood",
    "wou|wilde dat ik dood",
    "dat ik dood was",
    "laat me ~ dood",
    "wil ~ sterven",
    "wanna ~ dood|die|sterven",
    "wil* ~ unaliv*",
    "nooit geboren",
    f"{NIET} ~ meer ~ leven",
    f"{NIET} ~ meer ~ leve $",
    "niet meer willen leven",
    f"wil ~ {NIET} ~ meer zijn",
    "wil er niet meer zijn",
    f"wil ~ {NIET} ~ meer ~ hier ~ zijn $",
    f"wil ~ hier {NIET} meer ~ zijn $",
    f"wil ~ {NIET} ~ meer ~ op ~ aarde|wereld|planeet",
    f"wil ~ {NIET} ~ bestaan",
    f"wil ~ {NIET} ~ meer ~ ademen",
    "niet meer bestaan",
    f"wou dat ik ~ {NIET} ~ bestond|besta|bestaan",
    "liever niet bestaan|besta|bestond",
    f"wil ~ {NIET} meer $",
    f"wil ~ {NIET} meer ~ er klaar mee|sorry|doei|vaarwel",
    f"wil ~ {NIET} meer verder $",
    "voor altijd verdwijnen",
    "verdwijnen voor altijd",
    "wil ~ verdwijnen $",
    "wil ~ verdwijnen ~ voorgoed|altijd|nooit|forever",
    "verdwijnen en nooit meer",
    "wil weg ~ voorgoed|altijd|forever",
    "voorgoed ~ niet meer terug*",
    "nooit meer terug ~ kom*",
    "wil|wl ~ naar|in ~ hemel",
    # not waking up, sleeping for ever
    "nooit meer wakker",
    f"{WIL} ~ {NIET} ~ meer wakker",
    f"hoop ~~ {NIET} meer wakker",
    "niet meer wakker te word*",
    "was ik maar nooit ~ wakker",
    "nooit meer op ~ staan|opstaan|ontwaken",
    "ogen ~~ nooit|niet meer ~ open|opendoen|openen|opendoe",
    "wil ~ slapen ~ nooit",
    "slapen voor altijd",
    "voor altijd slapen",
    "eeuwig slapen",
    "eeuwige rust",
    # everything to stop for good
    "wil dat alles ophoudt",
    "wil dat het|alles ~ ophoudt|ophoud|stopt|stop $",
    f"kan ~ {NIET} meer ~~ (ophoudt/stopt/te veel/teveel/leeg/het is op/het is over)",
    f"(het is op/het is over) ~~ kan ~ {NIET} meer",
    "wil ~ alles ~ stopt|ophoudt|ophoud $",
    "alles ~ stopt|stop|ophoudt|ophoud|zwart|over ~ voorgoed|altijd",
    "voorgoed|altijd ~ zwart|stoppen $",
    "alles ~ ophoudt ~ voorgoed",
    "alles ~ voorgoed|altijd ~ zwart|stopt|stop|ophoudt|ophoud|over|voorbij",
    "stoppen ~ voor altijd",
    "stoppen met leven",
    "met ~ leven stoppen",
    "stop* ermee ~~ leven",
    "stop* ~ met ~ leven $",
    "stop ermee vannacht|vanavond",
)

# 2. no point, no future, done with life, cannot go on, leaving this world
HOPELESS: tuple[str, ...] = (
    "zie* het ~ niet|nie|ni meer zit*",
    "zie* het ~ niet ~ zitten meer",
    "geen zin ~~ leven|bestaan",
    "geen zin meer om te leven",
    "leven ~ geen zin",
    "leven ~ zinloos",
    "leven ~ voor zin",
    "wat ~ voor zin ~ leven|bestaan|doorgaan",
    "zin ~ om te leven|bestaan $",
    "allemaal geen zin ~ meer",
    "heeft ~ allemaal geen zin $",
    "heeft geen zin meer $",
    "niks|niets heeft ~ zin meer",
    "niks|niets heeft ~ nog zin",
    "alles is zinloos",
    "punt ~ van|om|in ~ leven|bestaan|doorgaan",
    "geen reden ~ leven",
    "geen reden meer om",
    "nut van ~ leven ~ niet meer",
    "zie ~ nut ~ leven ~ niet",
    "geen nut ~ leven",
    "nut om ~ te leven",
    "nut ~ nog ~ te leven",
    "geen ~ uitweg",
    "enige uitweg",
    # no future
    "heb ~ geen toekomst",
    "zie geen toekomst meer",
    "zie ~ geen toekomst voor ~ mij|me|mezelf",
    "geen toekomst voor mij|me|mezelf",
    # why go on, why am I still here
    "waarom|wrm|wrom|waarvoor ~ leef|besta ik",
    "waarom|wrm ~ zou ik ~ nog ~ doorgaan|doorleven|leven|verder*|vechten|bestaan",
    "waarom|wrm ~ ben ik ~ nog ~ hier|er|leven|wereld|aarde",
    "waarom ~ nog|verder ~ leven|leef",
    "waarom ~ doorleven",
    "waarom ben ik er ~ nog",
    "waarom ben ik ~ nog hier",
    # done with life, tired of living
    "leven zat",
    "zat om te leven",
    "klaar met ~ leven|life",
    "done ~ met ~ leven|life|alles|everything|living",
    "ben ~ leven ~ zat|beu|moe",
    "ben ~ moe ~ van ~ leven",
    "zo|echt|helemaal|gwn|gewoon|compleet|egt ~ klaar met alles",
    "klaar met alles ~ iedereen|fr|frfr",
    "er klaar mee ~~ met ~ alles|leven|life|iedereen",
    "trek ~ leven ~ niet|nie ~ meer",
    "trek het ~ niet|nie meer $",
    "leven ~ niet meer aan",
    "kan ~ leven ~ niet ~ aan",
    "kan het ~ niet|nie meer aan $",
    "geef ~ leven op",
    "geef* ~ op ~~ voorgoed|altijd|leven",
    # cannot go on, said again and again
    "kan niet meer verder $",
    f"kan ~ {NIET} meer door $",
    f"kan ~ {NIET} meer ~ doorgaan|verder ~ leven",
    "(genoeg geweest/mooi geweest) ~~ stop* ermee|stoppen|leven|voorgoed|klaar",
    "eruit|uit ~ stap* ~~ uit alles",
    "kan zo niet ~ verder",
    f"kan {NIET} meer ~ {NIET} meer",
    f"uit ~ kan {NIET} meer",
    f"kan het|dit ~ {NIET} meer $",
    "kon het niet meer $",
    f"kill me|mij ~~ kan ~ {NIET} meer",
    "kill me|mij ~~ (niet grappig/geen grap/serieus)",
    # leaving this world
    "weg van deze wereld",
    "weg uit deze wereld",
    "van deze wereld af",
    "verlaten deze wereld",
    "deze wereld ~ verlaten",
    "uit het leven ~ stap*",
    "stap* ~ uit het leven",
)

# 3. a burden: better off without me, nobody would miss me, relieved if I died
BURDEN: tuple[str, ...] = (
    "makkelijker|gelukkiger|blijer|beter ~ zonder mij|me|mn",
    "beter af ~ als ik ~ er|dood|weg|verdwijn|niet|nie|nooit",
    "beter ~ als ik er niet",
    "beter ~ dat ik ~ er ~ niet|nie|nooit",
    "beter als ik verdwijn",
    "iedereen ~ beter af ~ zonder mij|me",
    "iedereen ~ beter af $",
    "opgelucht ~~ als ik",
    "opgelucht ~~ zonder mij|me",
    "van me|mij af zijn",
    "zijn ~ van me|mij af $",
    "van iedereen verlost",
    "van mij verlost",
    "verlost van mij",
    "niemand ~ mij|me missen",
    "zou me ~ missen",
    "mist me toch niemand",
    "niemand ~ mist me|mij ~~ als ik",
    "niemand ~ merkt|merken ~ als ik",
    "ik ben een last",
    "ben ~ een last voor",
    "ben ~ een last $",
    "ben ~ alleen maar ~ last",
    "ben ~ tot|zon last",
    "voel* ~ een last",
    "last voor ~ iedereen",
    "tot last ~ beter",
    "voor niemand ~ meer ~ probleem|last",
    "niemand meer ~ probleem|last",
    "geen probleem|last meer ~ voor ~ niemand|iemand|jullie|jou",
    # what happens when I am gone
    "als ik weg ben",
    "als ik dood ben|ga|ging|was",
    "als ik doodga|doodging",
    "ik er ~ niet|nie meer ben|was|zou",
    "ik er niet was",
    "dat ik er ~ niet|nie|nooit ~ was|bestond|geweest",
    "was ik er ~ maar ~ niet|nooit",
    "verdien ~ dood",
    "verdien ~ niet ~ te leven",
    "verdien het leven niet",
)

# 4. goodbye and finality
FAREWELL: tuple[str, ...] = (
    "mijn einde",
    "dit is ~ einde ~ voor mij|me",
    "mn einde",
    "zn einde",
    "mijn afscheid ~ sorry",
    "dit is mijn afscheid",
    "dit is een afscheid",
    "vaarwel iedereen|allemaal|wereld",
    "vaarwel voor altijd",
    "iedereen vaarwel",
    "vaarwel ~ bedankt voor alles",
    (
        "(doei/dag/bye/vaarwel/doeg) ~ iedereen|allemaal ~~ (sorry voor alles/spijt me/vergeef "
        "me/hou van jullie)"
    ),
    "sorry ~ voor alles ~~ (doei/vaarwel/bye/dag allemaal/dag iedereen/ik ben weg)",
    "hou van jullie ~~ spijt me|sorry|vaarwel",
    "spijt me ~~ hou van jullie",
    "sorry|spijt ~~ niet jouw|jou|je|jullie schuld",
    "mam|mama|pap|papa|ma|pa ~~ niet jouw|jou|je|jullie schuld",
    "mam|mama|pap|papa|ma|pa|sorry|spijt ~~ ligt niet aan ~ jou|jullie|je|jouw",
    "zeg tegen ~ dat ik van ~ hou",
    "vergeet me|mij ~ maar ~~ weg|voorgoed|sorry|hou",
    "ik ben weg ~ voorgoed|altijd",
    "ben er morgen|vannacht|binnenkort ~ niet meer",
    "ben er ~ niet meer $",
    "ben ik er ~ niet meer",
    "zal er ~ niet meer zijn",
    "ik er ~ niet meer zal zijn",
    "als ik ~ niet ~ reageer*|antwoord*|terugapp*|terugschrijf ~~ waarom",
    "dit ~ mijn|mn laatste woord*|bericht*|appje|app|message",
    "laatste brief|briefje ~ geschreven|klaar|ligt",
    "brief|briefje ligt ~~ lees ~ maar",
    "laatste bericht van mij",
    "laatste keer ~ van me|mij ~ horen|hoort|hoor",
    "kat|katten|hond|honden|konijn|hamster|huisdier*|vogel|vissen ~~ als er ~ met me|mij ~ gebeur*",
    "als er ~ iets met me|mij gebeur* ~~ kat|katten|hond|honden|konijn|hamster|huisdier*|vogel",
    "zorg|pas ~ voor|op ~ mijn|mn ~ kat|hond|konijn|huisdier* ~~ als ik er niet",
    # giving things away, everything arranged
    "toch niet meer nodig",
    "spullen weggegeven|weggeven",
    "spullen weg gegeven",
    "alles weggegeven",
    (
        "al mijn|mn spullen|kleren|bezittingen|games ~~ weggegeven|verdeeld|weggedaan|uitgedeeld|"
        "verdelen|weggeven"
    ),
    "ga|zal ~ niet meer nodig hebben",
    "heb ~ straks|binnenkort ~ niet meer nodig",
    "weet ~ wat ik ga doen ~~ is ~ goed|beter zo",
    "heb ~ alles ~ geregeld ~~ afscheid|sorry|vaarwel|brief|voorgoed",
    "heb ~ alles ~ geregeld ~~ goed|beter zo",
    "weet ~ wanneer en hoe|waar",
    "weet ~ hoe ik het ~ ga|zal ~ doen $",
    "weet ~ hoe en wanneer|waar",
)

# 5. suicide named in the first person, ending it
ENDING: tuple[str, ...] = (
    "zelfmoordpoging*",
    "zelfmoordplan*",
    "denk* ~~ zelfmoord*|zelmoord*|suicid*|zelfdoding*",
    "wil* zelfmoord*",
    "wil* ~ zelfmoord pleg*",
    "ik ~ zelfmoord pleg*",
    "pleeg ~ zelfmoord",
    "zelfmoord ~ enige uitweg",
    "ben* ~ suicidaal|suicidal",
    "voel* ~ suicidaal",
    "suicidaal ~ $",
    "suicidale gedacht*",
    "heb|krijg|mijn|mn ~ zelfmoordgedacht*|suicidegedacht*",
    "zelfmrd*",
    "zlfmoord*",
    "kys",
    "kms",
    "sewerslide*",
    "kill* mezelf|mijzelf|myself",
    "mezelf|mijzelf ~ kill*|unaliv*",
    "mezelf|mijzelf|me ~ van kant",
    "mezelf ~ om het leven",
    "mezelf|mijzelf ~ doden|vermoorden|afmaken|doodmaken",
    "mezelf|mijzelf ~ dood maken",
    "mezelf|mijzelf ~ om zeep",
    "maak mezelf|mijzelf af",
    "maak* er ~ een eind* aan",
    "eind* aan alles ~ maken|maak*",
    "eind* aan alles $",
    "er ~ een eind* ~ aan ~ maak*",
    "eind* aan ~ mijn|mn leven",
    "leven ~ beeindig*",
    "er ~ een punt achter ~ zetten $",
)

# 7. a past attempt; 8. afraid of acting; voices; no life ahead; 9. hoping for an accident
ATTEMPT_AND_FEAR: tuple[str, ...] = (
    "poging gedaan $",
    "een poging gedaan ~~ weer|opnieuw|precies|toen|overleefd|mislukt",
    "mijn|mn poging ~~ mislukt|overleefd|weer|opnieuw|vorig|vorige|toen|ziekenhuis",
    "na mijn|mn poging",
    "poging ~~ (deze keer/dit keer/volgende keer/nu beter/weer zo/precies zo/nog een keer)",
    "geprobeerd ~~ zelfmoord*|zelmoord*",
    "geprobeerd ~ mezelf|mijzelf ~ doden|dood*|vermoord*|ophang*|verdrink*|hangen",
    "maag ~ leeggepompt|gepompt",
    "maag ~ leeg gepompt",
    "mezelf|mijzelf ~ aandoen",
    "mezelf|mijzelf|me ~ aan ~ doe*",
    "mezelf iets aan*",
    "bang voor mezelf|mijzelf",
    "vertrouw mezelf|mijzelf niet meer $",
    "bang ~ dat ik het echt|nu|vannacht|vanavond|toch|straks|ooit ~ ga|zal ~ doen",
    "bang ~ dat ik het echt|nu|vannacht|vanavond|toch|straks|ooit ~ doe",
    "vertrouw mezelf|mijzelf ~ niet ~ vannacht|vanavond",
    (
        "stem|stemmen ~~ zeg*|zegt|vertel*|fluister*|roep* ~~ dood|spring*|mezelf|snij*|sterven|"
        "doden|ophang*|pillen|eind*"
    ),
    "in mijn|mn hoofd ~~ zegt|zeggen ~~ dood|spring*|mezelf|sterven",
    "word|worden ~ niet ~ ouder dan",
    "zie mezelf|mijzelf ~ niet ~ ouder|oud ~ worden",
    "niet ouder ~ worden dan",
    # hoping to die in an accident or of an illness
    (
        "hoop ~ een|de ~ auto|bus|trein|vrachtwagen|tram|truck ~ me|mij ~ aanrijdt|aanrijden|"
        "overrijdt|raakt|schept|doodrijdt"
    ),
    "hoop ~~ aangereden|overreden|doodgereden",
    "hoop ~ ik ~~ doodga|sterf|overlijd|verongeluk|omkom|doodgaat",
    "hoop ~ ik ~~ dood ga|gaan|word",
    "hoop ~ ik ~~ onder ~ bus|auto|trein|tram|vrachtwagen",
    "hoop ~ ik ~ een ongeluk ~ krijg|heb|kom",
    "hoop ~ ik ~ ziek word ~~ dood|doodga|sterf",
    "hoop ~ doodga",
    "hoop ~ dood ga|gaan",
    "wou|wilde ~ dat ik ~~ ongeluk|aangereden|overreden|ziek",
    # said sideways: under the ground, joining the dead up there, "then I did it"
    "(als ik/wil/ik ga/dan) ~~ onder de grond",
    "bij ~~ zijn ~ daarboven|hemel",
    "(ik ga/ik kom/ik wil) ~ naar ~ haar|hem|ze|oma|opa|moeder|mama|vader|papa ~ toe ~~ daarboven|hemel|niks meer|niets meer",
    "(niks|niets|nix) van me ~ hoort|hoor|horen ~~ (heb ik het gedaan/weet je genoeg/ben ik er niet meer/is het gebeurd)",
    "heb ~~ (weer/steeds/opnieuw/elke dag/iedere dag) ~ zelfmoordgedacht*|suicidegedacht*",
    # someone else who said it: he jumps, he will not be alive next week
    "hij|zij|ze ~ (springt/gaat springen/wil springen) ~ van|voor ~ flat|dak|brug|trein|balkon",
    "(volgende week|morgen|binnenkort|straks) ~~ niet meer ~ leeft|leef|leven",
)

SIGNALS: tuple[str, ...] = written_out(
    *WISH,
    *HOPELESS,
    *BURDEN,
    *FAREWELL,
    *ENDING,
    *ATTEMPT_AND_FEAR,
    *METHODS,
    *SELF_HARM,
    *WAYS,
    *QUIET,
    *OTHER_SIGNALS,
    *HINTS,
    *ANNOUNCE,
)

HARMLESS: tuple[str, ...] = (*CONTEXT_HARMLESS, *HINTS_HARMLESS, *ANNOUNCE_HARMLESS)

# The subject named, and someone else who hurts themselves ("mijn dochter snijdt zichzelf").
TOPICS: tuple[str, ...] = (*CONTEXT_TOPICS, *OTHER_TOPICS)
