"""Dutch crisis phrases that depend on context (TOPICS, ABOUT, HARMLESS), and two categories of
SIGNALS kept here to keep core/crisis_phrases/nl.py short: plans and methods, and self-harm.

core/crisis_phrases/nl.py re-exports the context lists and adds the categories to its SIGNALS;
see core/crisis_phrases/__init__.py for the four kinds. A group in brackets, "(voor altijd/
voorgoed)", stands for each of its word sequences in turn (``core.phrases.written_out``), where ``|`` takes only
one word.
"""

from __future__ import annotations

from core.phrases import written_out

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
# Places to jump from, or to stand at before a train.
HIGH = "brug|spoorbrug|viaduct|flat|dak|balkon|gebouw|parkeergarage|toren|raam|rand|richel|reling"
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
    "van ~ flat|dak|brug|balkon|viaduct|toren|parkeergarage af $",
    "op het spoor ~ sta*",
    f"blijf ~ naar ~ {HIGH}|{TRACKS}|beneden|diepte ~ kijk*|staren",
    "staar* ~ naar ~ beneden|diepte",
    # a train, a car, the sea, a garage
    "spring*|gooi* ~ voor ~ trein|metro|tram|vrachtwagen|bus",
    "loop|lopen|stap|staan|liggen ~ voor ~ trein|metro",
    "me ~ voor ~ trein",
    "voor de|een trein|metro ~ gooi*|spring*|sta|staan|lig|liggen",
    "ga|wil|zal|ging ~ voor de|een ~ trein|metro|vrachtwagen ~ staan|liggen|lopen|springen|stappen",
    "onder ~ trein|bus|tram|metro|vrachtwagen ~ kom|komen|beland|lopen|springen|gooien|liggen",
    "trein|perron|metro ~~ ga ~ niet|nie instappen",
    "trein|perron|metro ~~ stap ~ niet|nie in",
    (
        "rij|rijd|rijden|knal|crash|ram|race|scheur ~~ tegen ~ boom|muur|paal|vrachtwagen|pijler|"
        "betonblok|viaduct|vangrail|tegenligger"
    ),
    "rij|rijd|knal|crash|ram ~~ tegenaan|ertegenaan",
    "stuur ~ omgooi*|omtrek*|omgegooid|omgetrokken",
    "zee|water|rivier|gracht|kanaal ~ in ~~ niet|nie|nooit ~ terug*|terugkom*",
    "zee|water|rivier|gracht|kanaal ~ in ~~ zinken|verdrink*",
    "sta|zit ~ bij|aan ~ water|zee|rivier|gracht|kanaal ~~ ga ~ erin",
    "mezelf|mijzelf|me ~ verdrink*",
    "garage ~~ motor ~ aan|draait|draaien|draaiend|lopen|loopt",
    "uitlaatgassen|koolmonoxide ~~ auto|slang|garage|inademen",
    # a knife or a blade ready
    "mes ~ klaarligg*",
    "mes|mesje|mesjes|scheermes*|blade|blades ~ onder ~ kussen|matras|bed|hoofdkussen",
    "mes|mesje|mesjes|scheermes*|blade|blades|scherf ~ ligt|liggen|al ~ klaar",
    "mes|mesje|scheermes*|blade|scherf ~ al ~ in ~ mijn|mn ~ hand",
)

# 6. self-harm: cutting, scratching, burning, hitting, starving, deserving pain
SELF_HARM: tuple[str, ...] = (
    "mezelf|mijzelf ~ pijn",
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
        "polsen|dij|dijen ~~ uitgedrukt|uitdrukken|gedrukt|gehouden|gebrand"
    ),
    "sigaret*|peuk* ~ uit ~ op ~ arm|armen|huid|hand|been|pols|dij",
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
    "ik ~ zelfbeschadig*",
    "mijn|mn zelfbeschadiging",
    "zelfbeschadig* ~~ weer|terug|opnieuw",
)

TOPICS: tuple[str, ...] = (
    "zelfmoord*",
    "zelf moord*",
    "zelfmord*",
    "zelfmort*",
    "zelmoord*",
    "selfmoord*",
    "zelfmood*",
    "zelfmoor",
    "zelfbeschadig*",
    "suicid*",
    "suicide*",
    "sucid*",
    "zelfdoding*",
    "mezelf ~ gesneden",
    "mijzelf ~ gesneden",
    "me ~ gesneden",
    "overdosis",
    "afscheidsbrief*",
    "afscheids brief*",
    "hou* het ~ niet meer vol|uit",
    "spring* van de brug",
    "spring* ~ van ~ brug",
    "slaappillen",
    "al mijn pillen",
    "al mn pillen",
    "zelfmoordgedacht*",
    "suicidegedacht*",
    "nut van ~ leven",
    "vaarwel",
)

ABOUT: tuple[str, ...] = (
    "film*",
    "serie",
    "series",
    "netflix",
    "documentair*",
    "docu",
    "boek*",
    "roman",
    "nieuws*",
    "journaal",
    "krant*",
    "artikel*",
    "werkstuk*",
    "spreekbeurt*",
    "presentatie*",
    "profielwerkstuk*",
    "essay",
    "verslag*",
    "opdracht",
    "les",
    "lessen",
    "maatschappijleer",
    "biologie*",
    "mentorles*",
    "bespraken",
    "besproken",
    "hadden het ~ over",
    "*preventie",
    "lied*",
    "liedje*",
    "nummer",
    "songtekst*",
    "rapper",
    "gaat over",
    "ging over",
    "hoofdpersoon",
    "personage*",
    "buurman",
    "buurvrouw",
    "mijn|mn|haar|zijn|zn oom",
    "opa",
    "oma",
    "per ongeluk",
    "ome",
    "burgerschap",
    "geschiedenis",
    "leeslijst",
    "overleden",
    "overleed",
    "muziek",
    "zanger*",
    "artiest*",
    "tante",
    "heeft ~ gepleegd",
    "pleegde",
    "pleegt",
    "game",
    "spel",
    "level",
    "voetbal*",
    "verdediger",
    "pass",
    "jas",
    "koken",
    "vinger*",
    "duim",
    "groente*",
    "scheren",
    "papiertje",
    "water",
    "zwem*",
    "rivier",
    "tent",
    "tv",
    "voorlichting",
    "docu*",
    "graf",
    "vakantie",
    "meegenomen",
    "vergeten",
    "apotheek",
    "dokter",
    "huisarts",
    "blik",
    "help ik haar",
    "help ik hem",
    "haar helpen",
    "hem helpen",
    "ze heeft",
    "zij heeft",
    "hij heeft",
    "vriendin heeft",
    "vriend heeft",
    "docent*",
    "leraar*",
    "juf",
    "mentor*",
    "iemand",
)

HARMLESS: tuple[str, ...] = (
    "dood ~ van ~ lachen",
    "dood van de ~ honger",
    "dood van de ~ dorst",
    "dood van de ~ kou",
    "dood van de ~ hitte",
    "dood van de ~ warmte",
    "dood van de ~ schaamte",
    "dood van de ~ verveling",
    "dood van de ~ zenuwen",
    "dood van de ~ spanning",
    "dood ~ graag",
    "de dood van",
    "zelfmoordaanslag*",
    "zelfmoordactie*",
    "zelfmoordmissie*",
    "is zelfmoord om",
    "was zelfmoord om",
    "suicide squad",
    "suicide ~ mission",
    "kras* ~ kraslot*",
    "eind* aan met *",
    "punt achter ~ met *",
    "hij wil ~ dood",
    "zij wil ~ dood",
    "ze wil ~ dood",
    "personage ~ wil ~ dood",
    "hoofdpersoon ~ wil ~ dood",
    "die ~ dood wil",
    "gesneden aan",
    "sneed me aan",
    "in mn vinger",
    "in mijn vinger",
    "hij wil ~ niet meer leven",
    "ze wil ~ niet meer leven",
    "zij wil ~ niet meer leven",
    "opa wil ~ niet meer leven",
    "oma wil ~ niet meer leven",
    "wil niet meer leven zegt",
    "spring*|sprong|sprongen ~ in ~ water|gracht|rivier|zee|zwembad|meer",
    "spring* ~ in het water",
    "spring* ~ in de gracht",
    "spring* ~ in de rivier",
    "die ~ niet meer ~ leven",
    "we gingen ~ springen",
    "sprongen we",
    "we sprongen",
    "eind* aan ~ relatie*",
    "eind* aan ~ vriendschap",
    # figures of speech and everyday use near the method and self-harm phrases
    (
        "overdosis aan|van huiswerk|werk|toetsen|stress|liefde|suiker|koffie|informatie|school|"
        "memes|drama|energie|cafeine|vitamine*|sport"
    ),
    (
        "touw ~~ was|waslijn|wasgoed|kamp|tent|boot|zeilen|klim*|hond*|schommel|tuin|verhuiz*|"
        "vlag*|slingers|knutsel*|boomhut"
    ),
    "touwtrekken|springtouw",
    (
        "dak ~~ zonnen|zonnebaden|repar*|goot|dakgoot|pannen|dakpannen|zonnepanelen|lekkage|lek|"
        "schoonmaken|antenne|dakdekker*|isol*"
    ),
    "brug|spoor|dak ~~ (te wachten/wacht op/open/dicht/omhoog)",
    "brug|spoor|dak ~~ (waar ben/waar zijn/ben je/kom je/zie je/zie ik)",
    "dak van de|het ~ boot|schuur|schuurtje|auto|bus|caravan|tent|huisje|garage|fietsenhok|hut",
    "scheer*|geschoren ~~ gesneden|snee|sneed",
    "dodelijk voor ~ kat*|hond*|huisdier*|dier*|konijn*|vogel*|vissen",
    f"{NUMBER}|{FEW} mg|milligram|microgram|mcg|ml|gram",
    f"{FEW} {MEDICINE}",
    "scheermes* ~~ baard|scheren|benen|oksels|snor|kapper",
    "gebrand aan",
    "toekomst ~ in|bij|met|voor ~ baan|bedrijf|opleiding|studie|werk|club|team|job|school|stage",
    "oude|oud ~~ niet meer nodig",
    "niet meer nodig ~~ nieuwe|nieuw",
    "weggegeven|gegeven aan ~ (voedselbank/kringloop/goede doel/actie/inzameling/leger des heils)",
    "poging ~~ rijexamen|examen|toets|test|theorie*|record|rijbewijs|cbr|sollicitatie|date|goal",
    "brug|dak ~~ wifi|bereik|uitzicht|foto*|selfie|zonsondergang",
    "(spoor van/goede spoor/juiste spoor/verkeerde spoor/spoor bijster)",
    "doei|bye|dag ~ tot ~ morgen|straks|later|zo|maandag|ziens|snel",
    "haar|pony|video*|scene*|clip*|film*|stukje|stuk ~~ gecut|cut|cutten|gecutted",
    "gecut|cut|cutten|gecutted ~~ haar|pony|video*|scene*|clip*|film*|stukje|stuk",
    (
        "laatste bericht*|appje|berichtje ~ (voor vandaag/voor vanavond/van vandaag/van de "
        "dag/voor ik ga slapen)"
    ),
    (
        "mes|messen ~~ taart|brood|groente*|snijplank|vlees|kip|ui|uien|tomaat|tomaten|kaas|"
        "fruit|appel|pizza"
    ),
    "verbrand aan",
    "brandde me aan",
    "opengehaald aan",
    "krassen van ~ kat|poes|hond|bramen|rozen|struik*",
    (
        "poging ~ om te ~ stoppen|roken|afvallen|halen|winnen|slagen|scoren|leren|maken|krijgen|"
        "vinden|bellen|regelen"
    ),
    "voor ~ kop|hoofd ~ slaan|sla|geslagen",
    "mezelf|me ~ erdoorheen|doorheen",
    "kan ~ hoofd wel",
    "verdrink* in ~ werk|huiswerk|boeken|muziek|games|tranen|zorgen|mails",
    "klaar met alles voor|van|wat|op|om",
    "af en toe",
    "doorgaan met ~ school|studie|opleiding|werk|stage",
    "niet ~ eten|gegeten ~~ nuchter|bloedtest|bloedafname|ramadan|vasten|operatie",
    "nuchter|bloedtest|bloedafname|ramadan|vasten|operatie ~~ niet ~ eten|gegeten",
)

TOPICS = written_out(*TOPICS)
ABOUT = written_out(*ABOUT)
HARMLESS = written_out(*HARMLESS)
