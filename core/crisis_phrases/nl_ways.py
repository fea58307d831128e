"""Dutch signals said sideways, added to core/crisis_phrases/nl.py's SIGNALS: ways of saying it
without the plain words (it no longer has to be, nowhere to be, following someone who died),
methods hinted at through the moment or the place (a train rushing through, one step off the
platform, a belt on a door), the calm after arranging things, handing out belongings, a final
thanks, and Sranan Tongo phrases that young people in the Netherlands mix into their Dutch."""

from __future__ import annotations

from core.crisis_phrases.nl_methods import MEDICINE, STAND, TRACKS

# Things one can hang oneself with, and what they are tied to. Not "ketting" or "kabel": a
# necklace or a cable is bought and hung up every day.
CORD = "touw|strop|riem|snoer|sjaal"
ANCHOR = "deur|deurklink|klink|balk|plafond|haak|trapleuning|leuning"
# Someone close, as people name them.
CLOSE = (
    "hem|haar|ze|oma|opa|moeder|mama|mam|vader|papa|pap|broer|zus|zusje|broertje|vriend|"
    "vriendin|mattie|neef|nicht"
)
# Trains that rush through a station.
TRAIN = "trein|intercity|sneltrein|goederentrein|thalys|metro"
# The people who would find a body; said of oneself, the question is how long it takes.
FOUND = (
    "(voor ze je vinden/voordat ze je vinden/voor ze me vinden/voordat ze me vinden/voor ze mij "
    "vinden/voordat ze mij vinden/voor iemand me vindt/voordat iemand me vindt)"
)

# Belongings one hands out before going: "mn zus krijgt mn schoenen en mn telefoon".
ITEM = (
    "schoenen|sneakers|telefoon|laptop|kleren|kleding|spullen|kamer|playstation|ps4|ps5|xbox|"
    "switch|console|games|fiets|scooter|sieraden|ketting|knuffel*|boeken|tablet|ipad|gitaar|"
    "horloge|geld|spaargeld|jas|jassen"
)
# Given away, as typed.
GIVEN = "gegeven|weggegeven|gegeve|geschonken|verdeeld"
# "thanks for everything", as people type it
THANKS = "(bedankt/dankjewel/dank je wel/dankje/dank je/dankuwel/thanks/thnx) voor alles"
# "someone like me"
LIKE_ME = "(iemand als ik/iemand zoals ik/mensen als ik/mensen zoals ik/zo iemand als ik)"

# Ways of saying it that name no method or plain word: a wish said as a place ("voor de
# trein"), walking into the sea, nobody needing to worry any more, giving it all up, handing
# out belongings, lying awake working out how, a goodbye that is final, not deserving to be.
MORE_WAYS: tuple[str, ...] = (
    # a train named as where one wants to be, with nothing after it
    "wil|wl|ga ~ voor de|een trein|metro|tram $",
    "wil|ga ~ voor de|een trein|metro ~~ (kan niet meer/sorry/vaarwel/doei/klaar mee/serieus)",
    "wil|ga ~ me|mij ~ laten ~ aanrijden|overrijden|doodrijden|overrijde",
    # walking or swimming into the sea and going on
    (
        "zee|water|rivier|kanaal|meer ~ in ~ lopen|loop|liep|zwemmen|zwem|wandelen ~~ (doorlopen/"
        "doorloop/doorzwemmen/doorzwem/zinken/niet meer terug/nooit meer terug/niet meer "
        "boven/verdwijnen)"
    ),
    (
        "zee|water|rivier|kanaal ~ inlopen|inloop|inzwemmen|inzwem ~~ (doorlopen/doorloop/"
        "doorzwemmen/doorzwem/zinken/niet meer terug/nooit meer terug/verdwijnen)"
    ),
    # nobody has to worry about me any more, from tomorrow
    (
        "(vanaf morgen/vanaf vannacht/vanaf vanavond/na vanavond/na vannacht/na morgen/"
        "binnenkort/straks/morgen) ~~ geen zorgen meer ~ om|over|voor ~ mij|me"
    ),
    "nooit meer ~ zorgen ~ om|over ~ mij|me ~ te ~ maken",
    # giving up, not school: everything
    "opgeef|opgeven|opgegeven|geef ~~ (bedoel ik alles/bedoel ik het leven/alles bedoel ik)",
    "als ik ~ alles ~ opgeef $",
    "wil ~ alles opgeven $",
    # handing out belongings
    f"krijgt|krijgen|mag|mogen|krijg ~ mijn|mn {ITEM} ~~ mijn|mn {ITEM}",
    f"mijn|mn {ITEM} ~~ (dat het van mij komt/dat het van me komt)",
    # given away, and it no longer matters ("dat maakt niet meer uit. ik heb mijn laptop en mijn
    # fiets aan mijn neefje gegeven. tot ziens coach")
    f"maakt ~ niet|nie meer uit ~~ mijn|mn {ITEM} ~~ {GIVEN}",
    f"mijn|mn {ITEM} ~~ {GIVEN} ~~ maakt ~ niet|nie meer uit",
    f"mijn|mn {ITEM} ~~ {GIVEN} ~~ ziens|nooit|vaarwel ~ coach|iedereen|allemaal|jullie $",
    # who gets what, written down ("mijn spaargeld is voor mama, ik heb het opgeschreven en bij
    # mn paspoort gelegd")
    (
        f"mijn|mn {ITEM} ~ is|zijn|gaat|gaan ~ voor|naar ~ {CLOSE}|neefje|nichtje ~~ opgeschreven|"
        "opgeschreve|testament|paspoort|briefje"
    ),
    f"opgeschreven|opgeschreve|briefje ~~ wie ~ mijn|mn ~ {ITEM} ~ krijgt|krijgen|mag|mogen",
    # a letter for everyone, or one for mother left on the bed
    "brief|briefje ~ voor|aan ~ iedereen|allemaal ~ geschreven",
    f"brief|briefje ~ geschreven ~ voor|aan ~ {CLOSE} ~~ ligt|gelegd ~ op ~ bed|kussen",
    # at the bridge, the railing, the tracks now
    f"sta|zit|staan|zitten|stond|zat ~ nu ~ op|bij|aan|tegen|over ~ {STAND}",
    (
        f"naar ~ {STAND}|flat|viaduct ~ gefietst|gelopen|gereden|gegaan ~~ sta|zit|reling|rand|"
        "beneden|diep|eraf|springen|spring|hoog"
    ),
    f"{STAND}|{TRACKS} ~~ wil ~ niet|nie|nooit ~ meer terug",
    # drinking all there is and swallowing all one has
    "slik|slikken|neem|nemen|innemen ~ alles wat ik ~ heb|had|vind|kan vinden $",
    (
        "slik|slikken|neem|nemen|innemen ~ alles wat ik ~ heb|had|vind ~~ (boeit me niet/boeit "
        "niet/maakt niet uit/kan me niet schelen/kan me niks schelen/boeit me niks)"
    ),
    "drink* ~~ slik|slikken|neem ~ alles|allemaal",
    f"{MEDICINE} ~~ ik neem|slik ze ~ allemaal",
    "ik neem|slik ze ~ vanavond|vannacht|straks|zometeen|nu ~ allemaal",
    "zak|zakje|strip|doos|pot ~ met|vol ~ pillen|pilletjes|tabletten|medicijnen",
    # lying awake working out how
    # ("zou", as if it were settled; "ga" only at the end: "hoe ik het ga doen met die toets")
    "lig|lag|liggen ~~ bedenken|denken|malen|piekeren ~ hoe ik het ~ zou ~ doen",
    "lig|lag|liggen ~~ bedenken|denken|malen|piekeren ~ hoe ik het ~ ga|moet|wil ~ doen $",
    "(elke nacht/iedere nacht/s nachts/elke avond) ~~ hoe ik het ~ zou ~ doen",
    "(elke nacht/iedere nacht/s nachts/elke avond) ~~ hoe ik het ~ ga|moet|wil ~ doen $",
    # a goodbye that is final: thanks for everything, I am going, take care
    (
        f"{THANKS} ~~ ik ga nu (pas goed op jezelf/zorg goed voor jezelf/doei/dag/vaarwel/sorry/"
        "hou van je|jullie)"
    ),
    f"{THANKS} ~~ (jij was/je was/u was) de enige",
    "(vanavond/vannacht/morgen/straks) weg ~~ kom ~ niet|nooit ~ meer terug",
    "zeg ~ tegen ~ iedereen|allemaal ~ dat het me|mij ~ spijt $",
    "zeg ~ tegen ~ iedereen|allemaal ~ dat het me|mij ~ spijt ok|oke|okay|oki $",
    # sorry to each in turn ("sorry mam sorry pap sorry allemaal"), not "sorry mam, sorry pap,
    # ik ben de sleutels vergeten"
    "sorry mam|mama|ma ~ sorry pap|papa|pa $",
    "sorry pap|papa|pa ~ sorry mam|mama|ma $",
    "sorry ~ mam|mama|ma|pap|papa|pa ~ sorry ~~ sorry ~ allemaal|iedereen|jullie|broertje|zusje",
    # someone like me should not be; not worth living
    f"{LIKE_ME} ~ moet|moeten|hoort|horen|mag|mogen ~ er ~ niet|nie|ni ~ (zijn/bestaan/te zijn)",
    f"{LIKE_ME} ~~ (niet bestaan/niet geboren/niet leven/beter dood/beter af dood)",
    "niet|nie ~ waard ~ om ~ te ~ leven|bestaan",
    "mezelf|mijzelf ~ van het leven ~ beroven|beroof",
    # the mind telling one to jump, die, cut
    "hoofd|stem|stemmen ~ zegt|zeggen|zeg ~~ dat ik ~ moet ~ springen|dood|sterven|mezelf|snijden",
    "zm ~ gedachte*|gedachtes|neiging*|plannen",
    # the only way out is death
    "enige uitgang|oplossing ~~ dood|doodgaan|sterven|zelfmoord*",
    # asking how it feels, how long it takes
    "pijn ~~ als ~ je|ik ~~ springt|spring|verdrinkt|verdrink|ophangt|ophang|doodbloedt",
    "(hoe lang/hoelang) ~~ duurt ~~ verdrinkt|verdrink|doodbloed*|stikt|stik|overlijdt|doodgaat",
    "hoe je jezelf ~ ophangt|ophangen|doodt|vermoordt|verdrinkt|doodmaakt",
    "hoe je jezelf ~ van kant maakt",
    # hurting until it bleeds; a rope already hanging; the pain to stop for good
    "heb|ik ~~ gekrast|gekrabd|gesneden ~ tot ~ het ~ bloed*",
    "touw|strop ~ hangt|hangen ~ al|klaar",
    "wil ~ dat ~ het|alles|pijn ~ stopt|ophoudt|ophoud|stop ~~ voorgoed|altijd|forever",
    "wil ~ dat alles ~ stopt|ophoudt|ophoud|stop ~~ (mn hoofd/mijn hoofd/mn hart/mijn hart/alles $)",
    "plek|plekje ~ uitgezocht|gevonden ~~ (waar niemand me vindt/waar niemand mij vindt/waar ze me niet vinden)",
)

WAYS: tuple[str, ...] = (
    # "voor mij hoeft het niet meer": the Dutch way of saying life need not go on; with "het"
    # or at the end, since "die pizza hoeft voor mij niet meer" is only about pizza
    "hoeft het ~ niet|nie|ni|nt meer voor mij|me",
    "hoeft niet|nie|ni|nt meer voor mij|me $",
    "voor mij|me hoeft het ~ niet|nie|ni|nt meer",
    "het hoeft voor mij|me ~ niet|nie|ni|nt meer",
    "leven hoeft ~ niet|nie|ni|nt meer",
    # nowhere to be, not to be there any more
    "wil ~ nergens ~ meer ~ zijn|bestaan|wezen",
    "wil ~ nergens zijn $",
    "om er ~ niet|nie|ni|nooit ~ meer ~ te zijn",
    "om ~ voorgoed|altijd ~ te ~ verdwijnen",
    # tired of existing, stopping breathing
    "moe ~ van ~ bestaan|ademhalen|ademen",
    "klaar met ~ bestaan|ademen|ademhalen",
    "stoppen|stop|stopt ~ met ~ bestaan|ademen|ademhalen",
    "stop* ermee ~~ met ~ ademen|ademhalen|bestaan",
    "waarom|wrm ~ zou ik ~ nog ~ ademen|ademhalen|bestaan",
    "wil ~ dat het ~ stopt|ophoudt|ophoud|stop ~~ voorgoed|altijd|forever",
    "wil ~ rust ~~ voorgoed|eeuwig|forever",
    "licht ~ voorgoed|altijd ~ uitgaat|uit|uitdoet",
    "leven ~~ (niet meer aan meedoen/niet meer meedoen/nie meer aan meedoen)",
    "geen kracht meer ~ om ~ (door te gaan/te leven/verder te gaan/te blijven)",
    "(mijn eigen/mn eigen) begrafenis",
    # following someone who died or who did it
    (
        "(heeft het ook gedaan/heeft het gedaan/deed het ook/heeft zichzelf) ~~ (achter hem aan/"
        "achter haar aan/hem achterna/haar achterna/hem volgen/haar volgen/ook doen/hetzelfde doen)"
    ),
    (
        "dood|overleden|gestorven|graf|hemel|daarboven ~~ wil ~ (achter hem aan/achter haar aan/"
        "hem achterna/haar achterna/bij hem zijn/bij haar zijn/bij ze zijn)"
    ),
    (
        "wil ~ (achter hem aan/achter haar aan/hem achterna/haar achterna) ~~ dood|overleden|"
        "gestorven|graf|hemel|daarboven"
    ),
    f"wil ~ bij ~ {CLOSE} ~ zijn ~~ daarboven|hemel|graf",
    # nobody would notice, do not look for me, how long before they find me
    (
        "niet|nie ~ eens ~ merken|merkt|missen ~~ (als ik verdwijn/als ik dood/als ik er niet "
        "meer/als ik er nie meer/als ik er niet ben/als ik voorgoed)"
    ),
    (
        "(niet naar me zoeken/niet naar mij zoeken/zoek niet naar me/zoek niet naar mij/zoek me "
        "niet/ga niet naar me zoeken) ~~ (kom niet meer terug/kom nooit meer terug/ben weg/ga weg/"
        "sorry/bedankt voor alles/vaarwel/doei/hou van jullie)"
    ),
    (
        "(kom niet meer terug/kom nooit meer terug/ben weg/ga weg/sorry/bedankt voor alles/vaarwel/"
        "hou van jullie) ~~ (niet naar me zoeken/niet naar mij zoeken/zoek niet naar me/zoek niet "
        "naar mij/zoek me niet)"
    ),
    FOUND,
    "afscheid ~ genomen ~~ zonder dat ~~ doorhad|doorheeft|doorhebben|merkte|merkt",
    "bedenk* ~ hoe ik ~ eruit|ertussenuit ~ kan|ga|zal ~ stappen|stap",
    # the calm after arranging everything
    (
        "(dingen/alles/zaken/van alles) ~ geregeld ~~ (heel rustig/zo rustig/eindelijk rustig/nu "
        "rustig/ben rustig/voel me rustig)"
    ),
    # the platform, one step, a train rushing through
    (
        "perron|spoor|rails|trein|metro|intercity|brug|dak|rand|randje|balkon ~~ "
        "1|een|klein|paar|kleine stap|stapje|stapjes ~ maar|erop|eraf"
    ),
    "perron|spoor|rails|trein|metro|intercity|brug|dak|rand|randje|balkon ~~ stapje ~ voren",
    "station ~~ (1 stap/een stap/1 stapje/een stapje/klein stapje) ~ naar ~ voren|beneden",
    f"(hoe laat/wanneer) ~~ {TRAIN} ~~ doorheen|raast|dendert|doorraast|voorbijraast|langsraast",
    # over the edge of a balcony, a roof, a bridge
    "wil|ga ~ over de rand|reling|balustrade $",
    "over de rand|reling|balustrade ~ klimmen|klim|springen|spring|stappen|stap",
    # hanging: a rope bought, where to tie it, a belt on the door
    "touw|strop ~ gekocht|gekogt|gekogd|gehaald|besteld",
    "touw|strop|riem ~~ waar ik ~~ vastmaken|vastknopen|ophangen|ophang|hangen|vastmaak",
    f"{CORD} ~~ {ANCHOR} ~~ proberen|probeer|nek|vannacht|vanavond|straks",
    (
        "gelezen|opgezocht|gegoogeld|gegoogled|gezocht|gekeken ~~ hoe het moet ~~ touw|strop|"
        "ophangen|ophange"
    ),
    # a blade at hand, the urge to cut
    "zit|lig|sta|zat|lag ~~ met ~ (een/mijn/mn/de) ~ mesje*|mesjes|scheermesje*|blade*|scherf",
    (
        "mesje*|mesjes|scheermesje*|blade*|scherf ~~ (niet stoppen/kan niet stoppen/eraan denken/"
        "denk eraan/denk er steeds aan/blijf eraan denken)"
    ),
    "drang|behoefte|neiging ~ om te ~ snijden|krassen|cutten|branden|snijde",
    # pills ready, in hand, with a bottle of drink
    f"{MEDICINE} ~ al ~ in ~ mijn|mn ~ hand|handen",
    f"hele fles ~ wodka|drank|wijn|whisky|rum|jenever|alcohol|sterke ~~ {MEDICINE}",
    f"{MEDICINE} ~~ hele fles ~ wodka|drank|wijn|whisky|rum|jenever|alcohol|sterke",
    (
        f"{MEDICINE}|{CORD}|mesje|mesjes ~~ (vanavond is het zover/vannacht is het zover/vanavond "
        "gebeurt het/vannacht gebeurt het)"
    ),
    f"{MEDICINE}|{CORD}|mesje|mesjes ~~ (weet wel waarvoor/weet wel waarom/weet waarvoor/weet hij waarvoor/weet ze waarvoor)",
    # painless, not to survive
    "zonder pijn ~ dood|doodgaan|doodga|doodgaat|sterven|sterf",
    "hoe hoog|diep ~~ overlev*|overlef*",
    "(niet te overleven/niet te overleve) ~~ hoog|diep|hoeveel",
    # hoping to be run over
    "hoop ~~ auto|bus|trein|vrachtwagen|tram|scooter ~~ tegen me|mij ~ aan ~ rijdt|rijd|knalt|botst",
    # Sranan Tongo: "mi no man moro" (I cannot any more), "no suku mi" (do not look for me)
    "mi no man moro|mor|more",
    "no suku mi|mij|me",
    # Sranan Tongo: "mi wani dede" (I want to die), "mi no wani libi moro" (I do not want to
    # live any more), "kiri mi srefi" (kill myself)
    "wani|wan|wanti ~ dede|dedi",
    "no ~ wani|wan ~ libi ~ moro|mor|more",
    "kiri ~ mi srefi|misrefi",
    *MORE_WAYS,
)
