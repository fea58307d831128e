"""Dutch signals said as a short announcement, added to core/crisis_phrases/nl.py's SIGNALS: a
bridge or the tracks named without "ik" ("sta bij spoor"), a jump announced ("ik spring zo",
"ik spring ervoor"), a date, a last message, a final thanks to the coach, and what a parent, a
friend or an employer writes when someone else announces it ("ze zegt ze springt", "hij heeft
een afscheidsbrief op tafel gelegd en is weg, telefoon uit", "dat hij het leven niet meer ziet
zitten"). ANNOUNCE_HARMLESS holds the set phrases that sound the same and are not: a jump at
the pool or on a horse, a traffic jam on a bridge, a phone that is only flat."""

from __future__ import annotations

from core.crisis_phrases.nl_methods import MEDICINE
from core.crisis_phrases.nl_signs import HIT, VEHICLE
from core.crisis_phrases.nl_ways import THANKS, TRAIN
from core.phrases import written_out

# Where standing or sitting says enough even without "ik": not "dak" ("mn kat zit op het
# dak") nor "perron" (one waits for the train there).
STAND_AT = "brug|spoorbrug|viaduct|flatdak|spoor|rails|spoorlijn|spoorbaan|richel|reling|balustrade"
# "I stand", "I sit", as typed.
SIT = "sta|zit|ksta|kzit|ikzit|iksta"
# A jump in the first person, as typed.
JUMP = "spring|springe|sprin"
# When, said after a jump or a goodbye.
WHEN = "zo|zometeen|nu|straks|vannacht|vanavond|vanacht|morgen|echt|gwn|gewoon|serieus|toch"
# Days and moments a message names for the end.
DAY = (
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vannacht|"
    "vanavond|straks|binnenkort|zometeen"
)
# Someone telling, sending or threatening (of someone else).
SAYS = (
    "zegt|zei|zeggen|zeiden|appte|appt|stuurde|stuurt|schreef|schrijft|dreigt|dreigde|typte|"
    "postte|riep|vertelde|vertelt"
)
# The jump someone else announces.
THEY_JUMP = (
    "(gaat springen/wil springen/gaat springe/gaat jumpen/gaat er vanaf springen/springt $/"
    "springt vannacht/springt vanavond/springt nu/springt zo/springt straks/springt morgen/"
    "springt echt/springt er vanaf/springt eraf/springt ervoor)"
)
# A message that says goodbye without the word.
GOODBYE = (
    "(het is beter zo/is beter zo/t is beter zo/sorry pap/sorry mam/sorry papa/sorry mama/"
    "het spijt me/sorry voor alles/vergeef me/zoek me niet/niet naar me zoeken/hou van jullie)"
)
# Gone from home.
WEG = (
    "(is weg/is vertrokken/is verdwenen/is vermist/is weggelopen/niet thuisgekomen/niet thuis "
    "gekomen/is nergens/de deur uit)"
)
# Not to be reached.
UNREACHABLE = (
    "telefoon|mobiel|gsm|tel ~ uit",
    "neemt|reageert|antwoordt ~ niet|nie|nergens|niks ~ op",
    "reageert|antwoordt ~ niet|nie|nergens|niks $",
    "niet|nie ~ bereikbaar",
    "kan ~ hem|haar ~ niet|nie ~ bereiken",
)
# Not caring what happens ("maakt mij nie uit").
CARELESS = (
    "(maakt niet uit/maakt me niet uit/maakt mij niet uit/maakt me nie uit/maakt mij nie uit/"
    "maakt niks uit/boeit niet/boeit me niet/boeit mij niet/boeit me niks/kan me niks schelen/kan "
    "me niet schelen)"
)
# What one stands in front of, on a bike or on foot.
LORRY = "vrachtwagen|truck|trein|bus|tram|metro|intercity"
# A blade one can carry.
KNIFE = "mes|mesje|mesjes|scheermes*|blade|blades"
# Self-harm in a few words, as typed.
CUT = "snijden|snijde|snijdn|krassen|krasse|snij|kras"

ANNOUNCE: tuple[str, ...] = (
    # at the bridge or the tracks, said without "ik" ("sta bij spoor", "zit op het spoor nu")
    f"{SIT} ~ op|bij|aan|langs|naast|tegen|over ~ {STAND_AT} $",
    f"{SIT} ~ op|bij|aan|langs|naast|tegen|over ~ {STAND_AT} nu|nou|alleen|echt|weer|al $",
    f"ben|bn|kben nu ~ op|bij|aan|langs|naast ~ {STAND_AT}",
    # a jump announced, with nothing after it or only when
    f"ik|k {JUMP} $",
    f"ik|k {JUMP} {WHEN} $",
    f"ik|k {JUMP} {WHEN} echt|serieus|hoor|nu|zo|gwn|gewoon $",
    "kspring|kspringe|ikspring $",
    f"kspring|kspringe|ikspring {WHEN} $",
    f"ik|k|kga {JUMP} eraf|ervanaf $",
    # in front of it ("ik spring ervoor", "om er gewoon voor te springen")
    "(spring/springen/springe/sprong/spring ik/gooi me/gooi mezelf/gooi ik me) ervoor|eronder",
    "er ~ voor ~ te ~ springen|springe|gooien|liggen",
    "er ~ onder ~ te ~ springen|springe|gooien",
    "er ~ voor|onder ~ springen|springe|spring",
    f"{LORRY} ~~ stap ~ niet|nie|ni in ~~ spring*",
    # in front of a train tonight ("wil voor de trein. vanavond")
    f"wil|wl|ga ~ voor de|een {TRAIN}|tram vanavond|vannacht|nu|straks|zo|echt|serieus|gwn|gewoon|morgen $",
    # through a red light in front of a lorry, not caring
    f"fiets|rij|rijd|loop|ren|stap|steek ~~ voor ~ een|de ~ {LORRY} ~~ {CARELESS}",
    f"{CARELESS} ~~ fiets|rij|rijd|loop|ren|stap ~~ voor ~ een|de ~ {LORRY}",
    f"fiets|rij|rijd|loop|ren|stap ~ expres|express|opzettelijk ~~ voor ~ een|de ~ {LORRY}|auto",
    # a day named, and then it is over with me ("zaterdag is het klaar met mij")
    f"{DAY} ~ is het|t klaar|over|gedaan|afgelopen|voorbij ~ met mij|me",
    # "maak ik er een eind aan": the order after a time word
    "maak|maakt ik|k ~ er|dr|der ~ een|n|en ~ eind*|end ~ aan",
    # a date chosen, said flatly
    "heb|ik ~ een|de|mn|mijn ~ datum ~ gekozen|geprikt|vastgesteld $",
    (
        "(maakt niet meer uit/maakt niet uit/maakt toch niet uit/boeit niet meer/boeit toch niet/"
        "maakt nie meer uit) ~~ datum ~ gekozen|geprikt|uitgekozen|vastgesteld|bepaald|vast"
    ),
    "datum staat|ligt vast $",
    # pills or a rope bought, and then it is over
    (
        f"{MEDICINE}|touw|strop ~~ kopen|kope|gekocht|halen|gehaald|gespaard|verzameld ~~ (dan is "
        "het klaar $/dan is het over $/dan is het voorbij $/dan is het afgelopen $/dan ben ik weg $/"
        "dan ben ik er niet meer)"
    ),
    # the pills named, then all of them at once ("3 doosjes paracetamol, die neem ik vanavond
    # allemaal")
    (
        f"{MEDICINE}|doosjes|doosje|strips|strip|potjes|potje ~~ die|ze|deze neem|slik|neemt|slikt "
        "ik|hij|ze|zij ~ allemaal|tegelijk|alle"
    ),
    "die|ze|deze neem|slik ik ~ vanavond|vannacht|straks|nu|zo ~ allemaal|tegelijk ~ in|tegelijk $",
    "die|ze|deze neem|slik ik ~ vanavond|vannacht|straks|nu|zo ~ allemaal|tegelijk $",
    # the rope at hand ("ik heb het touw al")
    "heb|heeft ~ het|t|een|n|m|al ~ touw|strop ~ al|klaar|liggen|hier|thuis|gekocht|gehaald $",
    # how, worked out ("heb alles uitgezocht hoe ik het ga doen")
    (
        "uitgezocht|opgezocht|bedacht|gegoogeld|gegoogled|uitgedacht|uitgewerkt ~ hoe ~ ik ~ "
        "het|t ~ ga|zal|wil|moet ~ doen $"
    ),
    (
        "uitgezocht|opgezocht|bedacht|gegoogeld|gegoogled|uitgedacht|uitgewerkt ~ hoe ~ ik ~ "
        "het|t ~ ga|zal|wil|moet ~ doen echt|serieus|sorry|eerlijk|gwn|al|ook|wanneer|waar"
    ),
    # a knife or pills at hand, thinking of doing it ("heb n mes in mn kamer en ik denk echt na
    # om t te doen")
    (
        f"{KNIFE}|{MEDICINE}|touw|strop ~~ denk|denken|dacht|overweeg ~ na|erover ~ om ~ het|t ~ "
        "te ~ doen"
    ),
    # cutting to pieces, until one feels nothing
    f"me|mezelf|mijzelf|mzelf ~ kapot|open|stuk ~ {CUT}",
    f"{CUT}|mezelf|mijzelf ~~ tot ik ~ niks|niets|nix ~ meer ~ voel|voelde",
    # the thought of it, in the order of a clause ("dat ik het niet meer zie zitten", "dat hij
    # het leven niet meer ziet zitten")
    "het|t ~ leven ~ niet|nie|ni ~ meer|mer ~ zie|ziet|zag|zien ~ zitten|zitte|zit",
    "dat ik het|t ~ niet|nie|ni ~ meer|mer ~ zie|zag ~ zitten|zitte|zit",
    # better off, happier, when I am not there ("mn moeder heeft meer aan mij als ik er niet ben")
    "meer aan ~ mij|me|mn ~~ als ik ~ er ~ niet|nie|ni|nooit ~ ben|was|meer|zou",
    "blijer|gelukkiger ~~ als ik ~ er ~ niet|nie|ni|nooit ~ ben|was|meer|zou",
    # the last message: never hear from me again, after today
    (
        "hoort|hoor|horen|horn ~ niks|niets|nix|nooit ~ meer|mer ~ van ~ me|mij ~ na|vanaf ~ "
        "vandaag|vanavond|vannacht|morgen|nu|dit"
    ),
    "nooit meer iets ~ van ~ me|mij ~ horen|hoort|hoor",
    f"{THANKS} ~~ hoort|hoor|horen ~ niks|niets|nix|nooit ~ meer ~ van ~ me|mij",
    f"hoort|hoor|horen ~ niks|niets|nix|nooit ~ meer ~ van ~ me|mij ~~ {THANKS}",
    (
        f"{THANKS} ~~ (dit is de laatste keer $/dit was de laatste keer $/laatste keer dat ik "
        "schrijf/laatste keer dat ik je schrijf/laatste bericht/laatste berichtje/laatste appje)"
    ),
    (
        "(laatste keer dat ik schrijf/laatste keer dat ik je schrijf/laatste bericht van mij/laatste "
        f"berichtje van mij/dit is mijn laatste bericht) ~~ {THANKS}"
    ),
    "laatste keer dat ik ~ schrijf|app|appt|stuur|typ|reageer ~~ doei|bye|vaarwel|doeg|daag $",
    "laatste keer dat ik schrijf $",
    "laatste keer dat ik je|jou|u|jullie ~ schrijf|app|appt $",
    # "jij was de enige", after saying one will do it
    "dat ik het|t ~ ga|zal ~ doen ~~ (jij was/je was/u was/jij bent/je bent/was jij/ben jij) de enige",
    "(jij was/je was/u was) de enige ~~ dat ik het|t ~ ga|zal ~ doen",
    # sorry, love you, bye
    "sorry|spijt ~~ hou van jullie|je|jou ~~ bye|doei|vaarwel|doeg|daag|byebye $",
    "sorry mam|mama|ma|pap|papa|pa ~ sorry ~ iedereen|allemaal|jullie",
    "sorry iedereen|allemaal ~ sorry ~ mam|mama|ma|pap|papa|pa",
    # someone else announcing a jump ("ze zegt ze springt", "hij stuurde in de groep dat hij
    # gaat springen")
    f"{SAYS} ~~ hij|ze|zij ~ {THEY_JUMP}",
    (
        "dreigt|dreigde|dreigen ~ (te springen/zich op te hangen/zichzelf op te hangen/zich iets "
        "aan te doen/zichzelf iets aan te doen/zelfmoord te plegen/er een eind aan te maken/zich "
        "van kant te maken/alle pillen te nemen/voor de trein te springen)"
    ),
    # someone else hoping to be run over ("hij hoopt dat er een auto tegen hem aan rijdt")
    f"hoopt|hoopte|wenst ~~ {VEHICLE} ~~ tegen ~ hem|haar ~ aan|op ~ rijdt|rijd|knalt|botst",
    (
        f"hoopt|hoopte|wenst ~~ {VEHICLE} ~ hem|haar ~ aanrijdt|overrijdt|raakt|schept|doodrijdt|"
        "aanrijden|overrijden|raken"
    ),
    f"hoopt|hoopte ~ dat ~ hij|ze|zij ~~ {HIT} ~ wordt|word|raakt",
    # making away with oneself, said of someone else in the present
    "zich|zichzelf ~ van kant ~ maakt|maken|gaat|wil|zal|te",
    "zich|zichzelf ~ doodmaakt|vermoordt|doodt|verhangt|opknoopt",
    # a goodbye letter and gone; gone after a goodbye and not to be reached
    f"afscheidsbrief*|afscheidsbericht*|afscheidsappje*|afscheidsmail* ~~ {WEG}",
    f"{WEG} ~~ afscheidsbrief*|afscheidsbericht*|afscheidsappje*|afscheidsmail*",
    *(f"afscheidsbrief*|afscheidsbericht*|afscheidsappje* ~~ {way}" for way in UNREACHABLE),
    *(f"{GOODBYE} ~~ {way}" for way in UNREACHABLE),
    *(f"{way} ~~ {GOODBYE}" for way in UNREACHABLE if not way.endswith("$")),
    # never need to see him again, his room cleared
    (
        f"{SAYS} ~~ dat ~ we|jullie|je|ik|u ~ hem|haar ~~ nooit meer ~ hoeven|hoeft|hoef|zullen ~ "
        "te ~ zien"
    ),
    "je|jullie|u ~ hoeft|hoeven|hoef ~ me|mij ~~ nooit meer ~ te zien",
    (
        "nooit meer ~ zien|terugzien ~~ kamer|spullen ~~ leeg|leeggeruimd|leeggehaald|opgeruimd|"
        "weggegeven|uitgedeeld"
    ),
    "kamer ~ leeg|leeggeruimd|leeggehaald ~~ nooit meer ~ zien|terugzien",
    # bandaged arms, done by oneself; photos of arms with blood, kept secret
    (
        "verband|verbanden|pleister|pleisters|bandage ~~ arm|armen|pols|polsen|been|benen ~~ "
        "zelf ~ gedaan|gedan|doet|deed|aangedaan"
    ),
    (
        "foto|fotos|pics|pic|snaps|plaatjes ~~ arm|armen|pols|polsen|benen|dijen ~~ bloed*|"
        "sneden|snijwonden|wonden|wondjes"
    ),
    (
        "arm|armen|pols|polsen|dij|dijen|benen ~ met|vol|onder ~ bloed* ~~ (niemand mag het "
        "weten/mag niemand weten/niet vertellen/geheim/mag het niet zeggen/mag niks zeggen)"
    ),
    # afraid of something stupid, of something being done
    "bang|vrees|denk ~ dat ~ hij|ze|zij|ik ~ iets ~ doms|ergs ~ gaat|ga|zal|wil|doet|doe",
    "bang|vrees|denk dat hij|ze|zij iets|wat gaat|zal doen $",
    # an account deleted and everyone thanked
    (
        "insta|instagram|snap|snapchat|tiktok|account|accounts|socials ~~ verwijderd|gedeletet|"
        f"gedelete|deleted ~~ {THANKS}"
    ),
    (
        f"{THANKS} ~~ insta|instagram|snap|snapchat|tiktok|account|accounts|socials ~~ "
        "verwijderd|gedeletet|gedelete|deleted"
    ),
)

ANNOUNCE_HARMLESS: tuple[str, ...] = written_out(
    # a jump at the pool, on a horse, in athletics; stepping in to help ("in de bres springen")
    (
        "trampoline|hoogspringen|verspringen|bungee*|parachute|skischans|duikplank|springplank|"
        "zwemles|zwembad|atletiek|springwedstrijd*|concours*|paard*|pony*|polsstok|springkussen ~~ "
        "spring*|springe"
    ),
    (
        "spring*|springe ~~ duikplank|springplank|zwemles|zwembad|atletiek|springwedstrijd|"
        "concours*|paard*|pony*|polsstok|springkussen"
    ),
    "in de bres",
    # a traffic jam on a bridge
    "brug|viaduct ~~ file|files|opstopping",
    "file|files|opstopping ~~ brug|viaduct",
    # a phone that is only flat or broken
    "telefoon|mobiel|gsm leeg|kapot|stuk",
    "telefoon|mobiel|gsm is|bijna|gaat|raakt leeg|kapot|stuk",
    "telefoon|mobiel|gsm is bijna leeg",
    # stepping in to help ("ik ben er klaar mee om steeds bij te springen")
    "(bij te springen/bij springen/bij gaan springen/bij gaat springen/bij moeten springen)",
)

ANNOUNCE = written_out(*ANNOUNCE)
