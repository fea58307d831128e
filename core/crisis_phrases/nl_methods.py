"""Dutch signals of two categories, added to core/crisis_phrases/nl.py's SIGNALS: plans,
preparation and methods (METHODS), and self-harm (SELF_HARM); with the word lists they share
with the context lists (pill counts, medicines, places)."""

from __future__ import annotations

# Counts of pills people name ("30 paracetamol", "veertig pillen"); one to nine ("2 paracetamol")
# are blanked first (HARMLESS), so a number that starts with a digit is ten or more.
NUMBER = (
    "twintig|tien|twaalf|vijftien|dertig|veertig|vijftig|zestig|zeventig|tachtig|honderd*|"
    "1*|2*|3*|4*|5*|6*|7*|8*|9*"
)
FEW = "1|2|3|4|5|6|7|8|9|een|twee|drie|vier|vijf|paar|halve"
# Medicines and their street and chat names.
MEDICINE = (
    "pil|pillen|pilletjes|tabletten|tabletjes|paracetamol|paracetamolletjes|oxazepam|"
    "diazepam|temazepam|lorazepam|alprazolam|xanax|oxycodon|oxycodone|oxy|tramadol|codeine|"
    "ibuprofen|slaappil*|slaapmiddel*|slaaptablet*|medicijn*|medicatie|meds|antidepressiva|"
    "seroquel|quetiapine|lithium|sertraline|citalopram|paroxetine|fluoxetine|venlafaxine|"
    "zolpidem|insuline|benzos|benzo|xtc|ghb"
)
# Places to jump from, or to stand at before a train; a bridge or a tower by its name too
# ("de erasmusbrug", "de domtoren").
HIGH = (
    "brug|*brug|spoorbrug|viaduct|flat|*flat|dak|balkon|gebouw|parkeergarage|toren|*toren|raam|"
    "rand|richel|reling"
)
TRACKS = "spoor|spoorlijn|spoorbaan|rails|perron|overweg"
# Jumping said in the first person (not "springt": "een jongen die van een brug springt").
SPRING = "spring|springen|sprong|sprongen|gesprongen"
# Where standing or sitting already says enough ("ik sta op de brug", "ik zit bij het spoor").
STAND = (
    "brug|spoorbrug|viaduct|dak|flatdak|spoor|rails|spoorlijn|spoorbaan|richel|reling|balustrade"
)

# 5. plans, preparation and methods
METHODS: tuple[str, ...] = (
    # a plan, looking up how
    "plan hoe ik het ~ doen",
    "heb ~ plan ~~ hoe ik|wanneer ik",
    f"{MEDICINE}|trein|spoor|touw|brug|springen|dak|snijden ~~ hoe ik het ~ doe|doen",
    "hoe ik het ~ zou|ga|moet|wil ~ doen ~~ pillen|trein|spoor|touw|brug|springen|dak",
    # how and when, both known ("ik weet al hoe ik het ga doen en wanneer")
    "weet ~ hoe|wanneer|waar ik het ~ ga|zal|wil ~ doen ~ en ~ wanneer|waar|hoe $",
    (
        "zoek*|google*|gegoogeld|gegoogled|opgezocht|opzoeken ~~ manier*|hoe ~ dood*|sterven|"
        "zelfmoord*"
    ),
    "manier* om ~ mezelf|mijzelf",
    "pijnloos ~ dood*|sterven|zelfmoord*|manier",
    "snelste manier* ~ dood*|sterven",
    # pills: saving, counting, asking what is lethal, taking them to die
    "strip|pot|potje|doos|doosje|handvol|handjevol|zak|zakje pillen",
    "alle ~ pillen|slaappillen|medicijnen|tabletten",
    "alle ~ pillen ~ innemen",
    f"hele strip* ~ {MEDICINE}|geslikt|genomen|ingenomen|leeg",
    f"hele doos|pot|strip ~ {MEDICINE}",
    "(te veel/teveel) ~ pillen|medicijnen|tabletten|paracetamol",
    "al mijn|mn pillen|medicijnen ~ in*|slik*|genomen|geslikt",
    f"{MEDICINE}|pille ~ genomen|genome|geslikt|ingenomen ~ sorry|doei|vaarwel $",
    "ze ~ allemaal ~ innemen|slikken|ingenomen|geslikt",
    (
        f"{MEDICINE}|ze ~~ allemaal|tegelijk ~ (in te nemen/innemen/te slikken/slikken/te "
        "nemen/nemen/ingenomen/geslikt)"
    ),
    f"doodga*|sterf|sterft|sterven|overlijdt|overlijd|overlijden ~ van|aan ~ {MEDICINE}",
    "ga ze ~ allemaal ~ nemen",
    "neem|slik ik ze ~ allemaal ~ in|tegelijk",
    "neem|slik ik ze ~ allemaal $",
    "ga het ~ doen ~~ pillen|touw|mes|brug|trein|spoor|springen",
    "pillen|touw|mes ~~ ga het ~ doen",
    f"spaar*|gespaard|verzamel*|opgespaard|opsparen|gehamsterd|hamsteren ~~ {MEDICINE}",
    f"{MEDICINE} ~~ gespaard|verzameld|opgespaard|gehamsterd|sparen|verzamelen",
    f"{NUMBER} {MEDICINE} ~ liggen|klaar|verzameld|gespaard|opgespaard|genomen|geslikt|ingenomen",
    f"{NUMBER} {MEDICINE} ~ neem|neemt|nemen|slik|slikt|slikken|innemen|inneemt",
    f"heb ~ {NUMBER} ~ {MEDICINE} ~ hier|thuis|in huis",
    f"hoeveel|welke ~ {MEDICINE} ~~ dood|dodelijk|sterven|sterf|overlijden|fataal|letaal|overleef*",
    "hoeveel pillen ~ nodig",
    "hoe hoog ~~ overleef*|dood|dodelijk|sterf|sterft|sterven|overlijd*",
    f"{MEDICINE} ~ dodelijk|fataal|letaal",
    "dodelijke|letale|fatale dosis|hoeveelheid",
    (
        f"{MEDICINE}|geslikt|ingenomen|genomen|geprobeerd ~~ om ~ (dood te gaan/te sterven/niet "
        "meer wakker)"
    ),
    "pillen ~ slikken ~ dood",
    "ik ~ overdosis",
    "wil|ga ~ overdos*",
    "overdosen",
    # hanging
    "touw gekocht",
    "touw ~ ophangen",
    "touw ~~ vastgemaakt|vastgeknoopt|geknoopt|strop|balk|haak|plafond|klaarhangen|klaar",
    "strop ~~ geknoopt|gemaakt|klaar|nek|balk",
    "touw|strop|riem|kabel|snoer ~~ om ~ mijn|mn ~ nek",
    "mezelf|mijzelf ~ ophang*|verhang*|opknop*",
    "mezelf|mijzelf|me ~ op te hangen",
    "me ophang*|opknop*",
    "me ~ verhangen",
    # jumping; standing on a bridge, a roof, the tracks
    "wil|ga springen $",
    "wil|ga springen ~ doei|vaarwel|sorry|bye|dag|nu|vannacht|vanavond",
    "wil|ga|gaa|kga ~ springe|springen ~~ niemand ~ houd|houdt|hout ~ me|mij ~ tegen|tegn",
    "of ik ~ spring*",
    "denk*|erover ~ om te springen",
    f"{SPRING} ~ van|uit ~ {HIGH}",
    f"van ~ {HIGH} ~ {SPRING}",
    f"{HIGH} ~~ {SPRING} ~ eraf|ervanaf|ervan|beneden",
    f"ik|k sta|zit|staan|zat|stond ~ op|bij|langs|naast|aan ~ {STAND}",
    "op de rand van ~ balkon|dak|brug|flat|gebouw|raam|raamkozijn",
    "brug|spoor|dak|rails|balkon|flat ~~ is ~ beter zo",
    "naar de brug ~~ springen|sorry|vaarwel|afscheid|voorgoed",
    "naar het spoor",
    # the place chosen ("ik heb al uitgezocht welk spoor het beste is", "ik weet wel welke brug")
    (
        "uitgezocht|opgezocht|bedacht|gekozen ~ welk|welke ~ spoor|brug|flat|spoorlijn|overweg ~~ "
        "beste|hoogst|hoogste|rustigst|rustigste"
    ),
    "welk|welke ~ brug|flat|spoor|spoorlijn ~~ hoog genoeg",
    "weet ~ wel|al ~ welk|welke ~ brug|flat|spoor|spoorlijn $",
    "van ~ flat|dak|brug|balkon|viaduct|toren|parkeergarage af $",
    "op het spoor ~ sta*",
    f"blijf ~ naar ~ {HIGH}|{TRACKS}|beneden|diepte ~ kijk*|staren",
    "staar* ~ naar ~ beneden|diepte",
    # a train, a car, the sea, a garage
    "spring*|gooi* ~ voor ~ trein|metro|tram|vrachtwagen|bus",
    "loop|lopen|stap|staan|liggen ~ voor ~ trein|metro",
    "me ~ voor ~ trein",
    "voor de|een trein|metro ~ gooi*|spring*|sprong|sprongen|sta|staan|lig|liggen",
    "ga|wil|zal|ging ~ voor de|een ~ trein|metro|vrachtwagen ~ staan|liggen|lopen|springen|stappen",
    "onder ~ trein|bus|tram|metro|vrachtwagen ~ kom|komen|beland|lopen|springen|gooien|liggen",
    "trein|perron|metro ~~ ga ~ niet|nie instappen",
    "trein|perron|metro ~~ stap ~ niet|nie in",
    (
        "rij|rijd|rijden|knal|crash|ram|race|scheur ~~ tegen ~ boom|muur|paal|vrachtwagen|pijler|"
        "betonblok|viaduct|vangrail|tegenligger"
    ),
    "rij|rijd|knal|crash|ram ~~ tegenaan|ertegenaan",
    "plankgas|gas ~~ tegen ~ boom|muur|paal|vrachtwagen|pijler|betonblok|viaduct|vangrail|tegenligger",
    "stuur ~ omgooi*|omtrek*|omgegooid|omgetrokken",
    "zee|water|rivier|gracht|kanaal ~ in ~~ niet|nie|nooit ~ terug*|terugkom*",
    "zee|water|rivier|gracht|kanaal|haven ~ in ~~ niet|nie|nooit meer ~ uit|boven",
    "zee|water|rivier|gracht|kanaal ~ in ~~ zinken|verdrink*",
    "sta|zit ~ bij|aan ~ water|zee|rivier|gracht|kanaal ~~ ga ~ erin",
    "mezelf|mijzelf|me ~ verdrink*",
    "garage ~~ motor ~ aan|draait|draaien|draaiend|lopen|loopt",
    # sitting in the car with the engine running, in the garage or with its door shut (not "de
    # motor laten lopen in de garage" of a mechanic's apprentice)
    "zit ~ in ~ de|mijn|mn|onze|die ~ auto ~~ motor aan|draait|draaiend|loopt ~~ garage",
    "zit ~ in ~ de|mijn|mn|onze|die ~ auto ~~ garage ~~ motor aan|draait|draaiend|loopt",
    "garage|garagedeur ~ dicht ~~ motor aan|draait|draaiend|loopt",
    "motor aan|draait|draaiend|loopt ~~ garage|garagedeur ~ dicht",
    "uitlaatgassen|koolmonoxide ~~ auto|slang|garage|inademen",
    # a knife or a blade ready
    "mes ~ klaarligg*",
    "mes|mesje|mesjes|scheermes*|blade|blades ~ onder ~ kussen|matras|bed|hoofdkussen",
    "mes|mesje|mesjes|scheermes*|blade|blades|scherf ~ ligt|liggen|al ~ klaar",
    "mes|mesje|scheermes*|blade|scherf ~ al ~ in ~ mijn|mn ~ hand",
    "mes|mesje|mesjes|scheermes*|blade|blades ~ ligt|liggen ~ al ~ naast|bij ~ me|mij",
    # a knife, a rope or pills, and knowing what for
    "mes|mesje|mesjes|touw|strop|pillen ~~ weet ~ wat ik ~ ermee|mee ~ ga|wil|zal ~ doen",
)

# 6. self-harm: cutting, scratching, burning, hitting, starving, deserving pain
SELF_HARM: tuple[str, ...] = (
    "mezelf|mijzelf ~ pijn",
    # wanting to cut again (not "ik wil morgen weer snijden bij de slager")
    "wil|wl weer krassen|cutten",
    "wil|wl weer snijden $",
    "mezelf|mijzelf ~ snij|snijd|snijden|sneed|opengesneden|opengehaald",
    "snij*|sneed mezelf|mijzelf",
    "snij ~ weer",
    "snij*|sneed|kras* ~ dieper",
    "dieper ~ gesneden|snijden|krassen|gekrast",
    "weer gesneden|opengesneden",
    "heb ~ weer gesneden",
    (
        "arm|armen|onderarm*|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|huid ~ "
        "gesneden|opengesneden|opengehaald|opengekrast|opengekrabd|kapotgekrast|kapotgesneden|kapotgekrabd"
    ),
    "kapot|open ~ gekrast|gesneden",
    "snij*|sneed ~ arm|armen|pols|polsen|benen|bovenbenen|dijen",
    "polsen ~ doorsnij*|snijden|open|snij*|gesneden",
    "open gesneden|gehaald ~~ mesje|scheermes*|schaar|mes",
    "opengehaald ~~ mesje|scheermes*|schaar|mes",
    "pak*|gepakt ~ weer ~ mesje*|mesjes|blade*|scheermesje*",
    "mesje*|mesjes|blade*|scheermesje* ~ weer ~ gepakt|pakken|vast|tevoorschijn",
    "weer ~ mesje|mesjes|blades|scheermesje*",
    # scratching
    "ik kras",
    (
        "in mijn|mn ~ arm|armen|been|benen|pols|polsen|dij|dijen|huid ~ gekrast|gesneden|krassen|"
        "snijden|gekerfd"
    ),
    "weer gecut|gecutted",
    "aan het cutten",
    "mezelf|me ~ gecut|gecutted|cutten|cut",
    "ik cut",
    "pols|polsen ~ bloed*",
    "weer ~ begonnen ~ met ~ snijden|krassen|branden|zelfbeschadiging",
    # a relapse, said in one word ("terugval. krassen. sorry")
    (
        "terugval|relapse|gerelapsed|gerelapst|teruggevallen ~~ krassen|snijden|gekrast|gesneden|"
        "gesnede|cutten|gecut|branden|zelfbeschadig*|mesje*|krasse|snijde"
    ),
    (
        "krassen|snijden|gekrast|gesneden|gesnede|cutten|gecut|zelfbeschadig*|krasse|snijde ~~ "
        "terugval|relapse|gerelapsed|gerelapst|teruggevallen"
    ),
    "krab*|kras*|sla|snij*|brand mezelf|mijzelf ~ kapot|open|bloed*",
    "kras ~ weer",
    "kras* ~ mezelf|mijzelf",
    "aan het krassen",
    "weer ~ gekrast|krassen",
    "mezelf|me gekrast",
    "arm|armen|benen|polsen|dijen ~ vol ~ krassen|sneeen|sneden|littekens|snijwonden|wondjes",
    "ik ~ krab|kras|krabde|kraste ~~ tot ~ bloed*",
    "krab*|kras ~ mijn|mn ~ huid|arm|armen ~ open|kapot",
    "huid ~ open|kapot ~ gekrabd|gekrast|krabben",
    # burning
    "mezelf|mijzelf ~ gebrand|branden|brand|verbrand*",
    "brand|brandde|verbrand ~ mezelf|mijzelf",
    (
        "sigaret*|peuk*|aansteker ~~ op|in|tegen ~ mijn|mn ~ arm|armen|huid|been|benen|pols|"
        "polsen|dij|dijen|hand|handen|handrug|buik ~~ uitgedrukt|uitdrukken|gedrukt|gehouden|gebrand"
    ),
    "sigaret*|peuk* ~ uit ~ op ~ arm|armen|huid|hand|handen|handrug|buik|been|pols|dij",
    "aansteker ~~ mezelf|mijzelf|huid",
    # hitting
    "sla|slaan|sloeg|geslagen|stomp*|bonk*|beuk* ~ mezelf|mijzelf",
    "mezelf|mijzelf ~ slaan|sla|geslagen|gestompt|stompen",
    "hoofd ~ tegen ~ muur|deur|kast|tafel|grond ~ slaan|sla|geslagen|bonk*|gebonkt|beuk*|gebeukt",
    "bonk*|beuk*|sla ~ hoofd ~ tegen",
    "tot ik ~ blauwe plekken",
    # starving, punishing, deserving pain
    "straf* mezelf|mijzelf",
    "mezelf|mijzelf ~ straffen ~~ eten",
    "expres|opzettelijk|express ~ niet ~ eten|eet|gegeten",
    "eet ~ niet ~~ verdien",
    "verdien ~ niet ~ te eten|eten",
    "verdien* ~ pijn|lijden",
    "voel ~ alleen ~ als ik ~ snij|kras|mezelf",
    "mezelf beschadig*",
    # not "ik ~ zelfbeschadiging": "ik heb een presentatie over zelfbeschadiging"
    "zelfbeschadig* ~ gedaan|doe|gepleegd|pleeg",
    "doe|deed ~ aan zelfbeschadig*",
    "worstel|worstelde|kamp|kampte ~ met ~ zelfbeschadig*",
    "(ik heb last van/ben weer begonnen met/ben begonnen met) ~ zelfbeschadig*",
    "mijn|mn zelfbeschadiging",
    "zelfbeschadig* ~~ weer|terug|opnieuw",
)
