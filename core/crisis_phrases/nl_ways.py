"""Dutch signals said sideways, added to core/crisis_phrases/nl.py's SIGNALS: ways of saying it
without the plain words (it no longer has to be, nowhere to be, following someone who died),
methods hinted at through the moment or the place (a train rushing through, one step off the
platform, a belt on a door), the calm after arranging things, and a Sranan Tongo phrase that
young people in the Netherlands mix into their Dutch."""

from __future__ import annotations

from core.crisis_phrases.nl_methods import MEDICINE

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
    f"{MEDICINE}|{CORD}|mesje|mesjes ~~ (weet wel waarvoor/weet wel waarom)",
    # painless, not to survive
    "zonder pijn ~ dood|doodgaan|doodga|doodgaat|sterven|sterf",
    "hoe hoog|diep ~~ overlev*|overlef*",
    "(niet te overleven/niet te overleve) ~~ hoog|diep|hoeveel",
    # hoping to be run over
    "hoop ~~ auto|bus|trein|vrachtwagen|tram|scooter ~~ tegen me|mij ~ aan ~ rijdt|rijd|knalt|botst",
    # Sranan Tongo: "mi no man moro" (I cannot any more), "no suku mi" (do not look for me)
    "mi no man moro|mor|more",
    "no suku mi|mij|me",
)
