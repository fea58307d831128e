"""Dutch signals said quietly, added to core/crisis_phrases/nl.py's SIGNALS: a goodbye to the
world, a date chosen, a letter someone will find, a last wish, a goodbye nobody noticed, peace
with "the last time", self-harm done on purpose or hidden under long sleeves, questions about a
fall from a height, and chat spellings the other lists miss ("mn eige", "dr een eind aan",
"altyd", "ikwildood" typed as one word)."""

from __future__ import annotations

from core.crisis_phrases.nl_methods import HIGH, MEDICINE
from core.crisis_phrases.nl_ways import CLOSE, ITEM, TRAIN

# "Myself" as young people type it: "ik ga mn eige wat aandoen". Only with a verb right after
# it, since "mn eigen haar snijden" is a haircut.
EIGEN = "(mn eige/mn eigen/me eige/me eigen/mijn eigen/mijn eige/m eigen)"
# "For ever" as typed; the normaliser does not fold "y" into "ij" ("altyd").
ALTYD = "altijd|altyd|altijt|eeuwig|voorgoed|forever"
# Fresh wounds, as opposed to old scars ("littekens" are also acne scars).
WOUNDS = "wonden|wondjes|sneeen|sneden|snijwonden|sneetjes|brandwonden"
# Tonight, as typed.
TONIGHT = "vanavond|vanavon|vnv|vanvond|vannacht|vanacht|vnacht"
# Questions of someone looking at a height: is it quick, is one dead at once.
QUICK = (
    "(gaat het snel/is het snel/ben je meteen dood/ben je direct dood/ben je op slag dood/ben je "
    "gelijk dood/ben je dan dood/ben je dood/overleef je het/overleef je dat/voel je het/voel je "
    "er iets van/doet het pijn/is het meteen over/is het snel over)"
)
# On purpose.
EXPRES = "(expres/express/espres/opzettelijk/bewust/met opzet)"
# Chat spellings of "er": "ik wil dr een eind aan maken".
ER = "dr|der|ur"
# Traffic that could hit someone, and being run over by it.
VEHICLE = "auto|bus|trein|vrachtwagen|tram|truck|scooter|metro"
HIT = "aangereden|overreden|doodgereden|geschept"
# Ages young people name ("ik word de 20 niet").
AGE = "16|17|18|19|20|21|22|23|25|30|zestien|zeventien|achttien|negentien|twintig|dertig"

QUIET: tuple[str, ...] = (
    # a goodbye to the world, or for ever ("doei wereld", "doeiii voor altijd")
    "(doei/doeg/daag/bye/bye bye/byebye/ciao/adios/vaarwel) wereld|wereldje|aarde|leven",
    "dag wereld|wereldje",
    f"doei|doeg|daag|bye|byebye|vaarwel voor {ALTYD}",
    "doei|doeg|daag|bye|byebye|vaarwel voorgoed|forever",
    f"doei|doeg|daag|bye|byebye|vaarwel allemaal|iedereen|jullie ~ voor {ALTYD}",
    # feeling like dying, life that may stop
    "zin ~ om ~ (te sterven/te sterve/dood te gaan/dood te gaa/dood te zijn/er niet meer te zijn)",
    "zin ~ in ~ de dood",
    (
        "mijn|mn|dit ~ leven ~ mag|mocht|mogen ~ (ophouden/ophoude/stoppen/eindigen/voorbij zijn/"
        "over zijn/afgelopen zijn/wel stoppen/nu stoppen)"
    ),
    "wil|wou|wilde ~ dat ~ mijn|mn ~ leven ~ ophoudt|ophoud|stopt|eindigt|afgelopen",
    "laat ~ mijn|mn leven ~ ophouden|stoppen|eindigen",
    # "sui" for suicide, in chat
    "sui|suic|suici|suicy ~ gedachte*|neiging*|plannen|vibes|mood|ideeen|thoughts",
    "suigedachte*|suicgedachte*|zmgedachte*",
    "voel* ~ me|mij ~ sui|suic|suicy",
    "ben ~ sui|suic|suicy $",
    "ben ~ (zo/echt/weer/best/beetje) ~ sui|suic|suicy",
    # a letter that someone will find tomorrow
    (
        "brief|briefje|brieven|afscheidsbrief* ~~ vindt|vind|vinden|vinde ~ ze|hij|zij|jullie|je|"
        "mama|mam|papa|pap ~ morgen|morge|straks|later|vanzelf|pas|wel"
    ),
    "vindt|vind|vinden|vinde ~ mijn|mn|de|die ~ brief|briefje|brieven ~ morgen|morge|straks|later|vanzelf|pas|dan",
    "vindt|vind|vinden|vinde ~ mijn|mn|de|die ~ brief|briefje|brieven ~ wel $",
    "als|wanneer ~ ze|jullie|je|hij|mama|mam|papa|pap ~ mijn|mn|de ~ brief|briefje ~ vinden|vindt|vind",
    # a date chosen, a day marked in the calendar
    (
        "datum|dag|moment ~ gekozen|geprikt|uitgekozen|bepaald|vastgesteld|gepland|vastgelegd ~~ "
        # at the end, since "dan doe ik het examen" and "dan is het klaar met plannen"
        "(ben ik weg $/stop ik ermee $/ben ik er niet meer/doe ik het $/is het klaar $/is het "
        "over $/is het voorbij $/is het afgelopen $)"
    ),
    (
        "(in mijn agenda/in mn agenda/op mijn kalender/op mn kalender) ~~ (stop ik ermee $/ben "
        "ik weg $/ben ik er niet meer/doe ik het $/is het voorbij $)"
    ),
    # stopping with everything, not with one thing ("ik stop ermee. met alles")
    "stop|stoppen|stopt ~ met alles|allemaal $",
    "stop* ermee ~ met alles|allemaal",
    "besloten ~~ (stop met alles/stop ik met alles/stoppen met alles/stop ermee met alles)",
    # tell my mother it is not her fault
    (
        "zeg|zeggen|vertel|vertellen ~~ (niet haar schuld/niet zijn schuld/niet hun schuld/niet "
        "aan haar ligt/niet aan hem ligt/niet aan hun ligt)"
    ),
    # a goodbye in my head, one they do not know about yet
    "in mijn|mn hoofd ~~ afscheid",
    "afscheid ~~ in mijn|mn hoofd",
    # taken, not planned: "we geven haar stiekem een afscheid, ze weet het nog niet" is a party
    "stiekem|heimelijk|stilletjes ~ afscheid ~ genomen|nemen|neem|nam",
    (
        "afscheid ~ genomen|nam ~~ weet|weten|wist|wisten ~ hij|ze|zij|niemand ~ dat|het|er ~ "
        "nog|niet|niks|niets"
    ),
    (
        "afscheid ~ genomen|nam ~~ (hij weet/ze weet/zij weet/ze weten/hij wist/ze wist/zij wist/"
        "ze wisten) ~ het|dat|er ~ niet|nog|niks|niets"
    ),
    "afscheid ~ genomen|nam ~~ (niemand weet/niemand wist/weet niemand/wist niemand)",
    (
        "afscheid ~ genomen|nam|nemen ~~ zonder dat ~~ weet|wist|weten|wisten|merkt|merkte|merken|"
        "doorhad|doorheeft|doorhebben|besef*"
    ),
    # a last wish, a will
    "mijn|mn laatste wens|wensen|wil|verzoek",
    "mijn|mn testament",
    "testament ~ geschreven|gemaakt|opgesteld|klaar",
    # the last time, and at peace with it
    # not "goed zo" or "beter zo": "de laatste keer dat ik te laat kom, goed zo"
    "laatste keer ~~ (vrede mee/vrede gesloten/rust over/rust in mijn hoofd)",
    "(vrede mee/rust over) ~~ laatste keer",
    (
        # not "afscheid", "vaarwel" or "goed zo": "morgen is het zover, afscheid van mijn klas"
        "is het zover ~~ (rust over/vrede mee/vrede over/sorry voor alles)"
    ),
    # thanking for everything, then going
    (
        "(bedanken voor alles/bedankt voor alles/dankjewel voor alles/dank je wel voor alles/dank "
        "je voor alles/dankje voor alles/thanks voor alles/dankuwel voor alles/voor me gedaan "
        "hebt/voor me gedaan hebben/voor mij gedaan hebt/voor mij gedaan hebben) ~~ (ik ga nu $/"
        "ik ben weg $/ik ga $/ik ga nu weg $/tot nooit)"
    ),
    # better if I disappeared and nobody saw me again
    "beter ~ als|dat ~ ik ~ verdwijn|verdwijnen",
    "verdwijn* ~~ niemand ~ me|mij ~ ooit|nooit ~ nog|meer",
    # no point going on, it never gets better
    "heeft ~ geen zin ~ meer ~ om ~ (door te gaan/verder te gaan/te leven/te vechten) $",
    (
        "geen zin ~~ (wordt toch nooit beter/wordt nooit beter/wordt nooit meer beter/komt toch "
        "nooit goed/komt nooit meer goed/gaat nooit over/verandert toch niks/verandert nooit)"
    ),
    (
        "(wordt toch nooit beter/wordt nooit meer beter/komt toch nooit goed/komt nooit meer "
        "goed) ~~ (geen zin/kan niet meer/wil niet meer/wil dit niet meer/opgeven/stoppen)"
    ),
    # sleeping for ever, as typed
    f"slapen|slapn|slape|slaap|slapuh voor {ALTYD}|ever",
    # not "slaap altijd": "ik slaap altijd slecht"
    "slapen|slapn|slape|slaap|slapuh voorgoed|forever",
    "wil|wl ~ weg|verdwijnen ~ voor altyd|altijt",
    # myself, as typed: "mn eigen wat aandoen", "mn eigen ophangen"
    f"{EIGEN} ~ iets|wat|wa|ff|even ~ (aandoen/aandoe/aan doen/aan te doen/aangedaan)",
    (
        f"{EIGEN} (ophangen/ophange/opknopen/van kant maken/van kant/dood maken/doodmaken/"
        "vermoorden/verdrinken/doden/afmaken/snijden/snijde/pijn doen/pijn te doen/"
        "pijn gedaan)"
    ),
    # "er" typed "dr": "ik wil dr een eind aan maake"
    f"{ER} ~ een|n|en ~ eind*|end ~ aan ~ maak*",
    # "ik wil" glued or cut short ("iwil dood", "kwil dood"), words glued together
    # ("ikwildoodikwildood", "ikwilnietmeer leven")
    "iwil|ikwil|kwil|ikwl|iwl ~ dood|sterven|doodgaan|unaliven",
    "*wilnietmeer*|*wilniemeer* ~ leven|leve|bestaan|zijn",
    "*wildood*",
    "*wilsterven*",
    "*wilnietmeerleven*",
    "*wilniemeerleven*",
    "*wilnietmeerbestaan*",
    # cut again, typed short
    "heb ~ weer gesnede|gesnde|gesnee",
    "me|mezelf|mijzelf ~ weer ~ gesnede|gesnde",
    # not "sneed ik me": "sneed ik me weer in mn vinger"
    "sneed|kraste|brandde|krabde ik ~ mezelf|mijzelf ~~ weer|opnieuw|steeds",
    "vroeger ~~ sneed|kraste ~ ik ~ mezelf|mijzelf",
    # hitting, burning and starving oneself on purpose, as punishment
    "mezelf|mijzelf ~~ in|op|tegen ~ mijn|mn ~ gezicht|hoofd|kop|buik ~ geslagen|gestompt|gebeukt|slaan|sla|stompen",
    (
        f"{EXPRES} ~~ mijn|mn|me|mezelf|mijzelf ~~ gebrand|verbrand|gesneden|gesnede|gekrast|"
        "opengekrast|opengehaald|gekrabd|opengekrabd"
    ),
    f"{EXPRES} ~ mezelf|mijzelf ~ geslagen|gestompt|pijn",
    "gebrand|verbrand|brand|brandde|branden ~ met ~ een|de|mijn|mn|n ~ aansteker|sigaret|peuk|lucifer*",
    (
        f"dagen|dag|week|weken|maand ~~ {EXPRES} ~ niks|niets|nix|niet|geen ~ eten|eet|gegeten|"
        "gegete"
    ),
    f"eet|at ~~ dagen|dag|week|weken|maand ~ {EXPRES} ~ niks|niets|nix|niet|geen",
    f"dagen|dag|week|weken|maand ~~ eet|at ~ ik ~ {EXPRES} ~ niks|niets|nix|niet|geen",
    # adjacent: "ik verdien geen geld voor eten" is about money
    "verdien* geen eten|voedsel",
    "laat|liet ~ mezelf|mijzelf ~ niet|nie ~ eten ~~ straf|verdien|dagen|week|weken|dik|vet|lelijk",
    # not "als straf" alone: "als straf mocht ik geen snoep eten" is a parent's punishment
    "(om mezelf te straffen/om mijzelf te straffen) ~~ niks|niets|nix|niet|geen ~ eten|eet|gegeten",
    "niks|niets|nix|niet|geen ~ eten|eet|gegeten ~~ (om mezelf te straffen/om mijzelf te straffen)",
    "(om mezelf te straffen/om mijzelf te straffen) ~~ eet|at ~ ik ~ niks|niets|nix|niet|geen",
    # hiding fresh wounds under long sleeves
    f"lange|lang ~ mouwen|mouw ~~ littekens|krassen|{WOUNDS}",
    f"verberg*|verstop*|bedek* ~~ mijn|mn ~ krassen|{WOUNDS}",
    f"zodat|dat ~ niemand|niemant|niemad ~~ mijn|mn ~ {WOUNDS} ~~ ziet|zien|opmerkt|merkt",
    # not burns: "ik heb nieuwe brandwonden van de frituur"
    "mijn|mn|heb ~~ nieuwe|verse ~ wonden|wondjes|sneeen|sneden|snijwonden|sneetjes",
    # a fall from a height: is it quick, where is the highest one
    f"{QUICK} ~~ als je|ik ~~ {HIGH}|verdieping|hoogte ~~ valt|val|springt|spring|vallen|springen",
    f"als je|ik ~~ {HIGH}|verdieping|hoogte ~~ valt|val|springt|spring ~~ {QUICK}",
    (
        f"als je|ik ~~ {HIGH}|verdieping|hoogte ~~ valt|val|springt|spring ~ ben|ga ~ je|ik ~ "
        "dan|meteen|direct|gelijk|slag ~ dood"
    ),
    "hoeveel ~ verdieping*|meter ~~ dood|overleef*|overleven|overlijden",
    (
        # not "wil naar beneden": "ik zit op de derde verdieping en wil naar beneden"
        f"{HIGH}|verdieping ~~ (wil er vanaf/wil ervanaf/wil eraf/wil ik vanaf/wil ik eraf/ga er "
        "vanaf/ga eraf/ga ervanaf)"
    ),
    f"ga|wil|spring ~ van ~ de|het|die|een ~ {HIGH} ~ af|eraf|afspringen ~~ {TONIGHT}|sorry|doei|vaarwel",
    # walking onto the motorway, in front of a car
    "loop|lopen|liep|ren|rennen|rende|wandel|wandelen|stap|stappen ~ de ~ snelweg|autoweg ~ op",
    "op de snelweg|autoweg ~ (gaan liggen/gaan lopen/gaan staan/te gaan liggen/te gaan staan)",
    "ga|wil|zal ~ op de snelweg|autoweg ~ liggen|lopen",
    "ga|wil|zal ~ voor de|een ~ auto|bus|truck ~ springen|liggen|gooien",
    "spring|springen|gooi|gooien ~ me|mij|mezelf|mijzelf ~ voor ~ een|de ~ auto|truck|vrachtwagen|bus",
    # looking up how ("googelt" is not "google*": the double "o" is one letter when read)
    (
        "googel*|gegoogeld|gegoogled|gezocht|zoekt|zocht|opgezocht|opzoekt ~~ hoe je ~ zelfmoord ~ "
        "pleegt|plegen|pleeg"
    ),
    # pills counted and laid out
    (
        # not "allemaal" or "genoeg": "pillen geteld, ze zijn er allemaal nog"
        f"{MEDICINE} ~~ geteld|klaargelegd|uitgestald ~~ (wil er vanaf/wil ervanaf/wil dood/"
        "vannacht)"
    ),
    f"{MEDICINE} ~~ op een rij ~~ bed|bureau|tafel|kamer",
    # wishing a bus had hit me, to be run over; no gap where "niet" would stand ("ik wou dat
    # die auto me niet had aangereden" regrets an accident)
    f"wou|wilde|wenste ~ dat ~ {VEHICLE} ~ me|mij had|zou ~ geraakt|{HIT}|raken|aanrijden|overrijden",
    (
        f"wou|wilde|wenste ~ dat ~ {VEHICLE} ~ me|mij ~ gewoon|maar|gwn|echt|toch had|zou ~ "
        f"geraakt|{HIT}|raken|aanrijden|overrijden"
    ),
    f"had ~ {VEHICLE} ~ me|mij ~ maar geraakt|{HIT}",
    f"was ik ~ maar {HIT}|verongelukt",
    f"wil|wou|wilde|wl {HIT} worden|worde|word",
    f"wil|wou|wilde|wl gewoon|gwn|echt|graag|liefst {HIT} worden|worde|word",
    # not growing old, not even twenty ("ik hoef niet oud te worden, ik hoef niet eens 20 te
    # worden"); ages only: "ik hoef niet eens kok te worden"
    "hoef|hoeft ~ niet|nie|ni ~ oud|ouder ~ te ~ worden|worde",
    f"hoef|hoeft ~ niet|nie|ni ~ eens ~ {AGE} ~ te ~ worden|worde",
    f"word ~ niet|nie|ni ~ eens ~ {AGE}",
    f"word ~ de ~ {AGE} ~ niet|nie|nooit",
    # a goodbye to all that ends it ("doei iedereen, het was mooi geweest")
    "doei|doeg|daag|dag|bye|byebye|vaarwel|ciao|adios ~ iedereen|allemaal|jullie|wereld ~~ was|is mooi|genoeg geweest $",
    "het was|is mooi|genoeg geweest ~~ doei|doeg|daag|dag|bye|byebye|vaarwel|ciao|adios ~ iedereen|allemaal|jullie|wereld $",
    # a goodbye before it is too late
    "gedag|doei|afscheid|vaarwel|bedanken ~~ voor|voordat het te laat is",
    "voor|voordat het te laat is ~~ gedag|afscheid|vaarwel|bedanken",
    # "kga t doen vanavond echt": doing it tonight, said with weight at the end (not "ik ga het
    # vanavond doen" of a form or a letter)
    f"ga|kga|ikga het|t doen {TONIGHT} echt|serieus|sws $",
    f"ga|kga|ikga het|t doen {TONIGHT} ~ sorry|doei|vaarwel|voorgoed|afscheid",
    # "er" and "niet meer" glued on ("ikwiler gwn niemeer zijn")
    "ikwiler|kwiler|iwiler|wiler ~ niet|nie|ni|nt ~ meer ~ zijn|zyn|bestaan|leven",
    (
        "ikwil|kwil|iwil|ikwiler|kwiler|iwiler|wiler|wil|wl|wou ~ niemeer|nietmeer|nimeer "
        "zijn|zyn|leven|leve|bestaan|wakker"
    ),
    "*wilerniemeer*|*wilernietmeer*|*wilrniemeer*",
    # not waking up, said the other way round or typed short
    "niet|nie|ni ~ meer wakker|wakkr ~ wil|wilt|wou|wilde ~ worden|worde",
    "wil|wl|wou ~ niet|nie|ni|nooit ~ meer ~ wakkr|wakke|wakkur",
    # ceasing to exist; a sleep one hopes is for ever; slipping away for good
    "ophouden|ophoud|ophoudt ~ met ~ bestaan|leven|ademen",
    "slapen|slaap ~~ hoop ~~ dat het ~ voor altijd|altyd|eeuwig is",
    "slapen|slaap ~~ hoop ~~ dat het ~ voorgoed|forever is",
    "ertussenuit|tussenuit ~~ voorgoed|forever",
    "ertussenuit|tussenuit ~~ voor altijd|altyd",
    # no longer a bother to them; love and sorry, then a goodbye that ends the message
    "heb|hebt|heeft|hebben ~ geen last meer ~ van ~ me|mij",
    "sorry ~ voor alles ~~ hou van jullie ~~ dag|doei|bye|vaarwel|doeg $",
    "hou van je|jullie ~ mam|mama|pap|papa|ma|pa ~~ sorry ~~ dag|doei|bye|vaarwel|doeg $",
    "zorg|pas goed voor|op jezelf ~~ ik ga nu $",
    "sorry mam|mama|pap|papa|ma|pa ~~ kan ~ niet|nie|ni meer $",
    # round 12: not waking up would be fine, best for everyone
    "als ik ~ niet|nie|ni|nooit ~ meer|mer ~ wakker|wakke|wakkr ~ word|wordt|werd|worde|wordn",
    (
        "als ik ~ morgen|morge|ooit|gewoon|gwn|straks ~ niet|nie|ni ~ wakker|wakke|wakkr ~ "
        "word|wordt|werd|worde ~~ prima|fijn|best|boeit|beter|beste|mooi|opgelost|ok|oke|goed"
    ),
    "niet|nie|ni|nooit ~ meer|mer ~ wakker|wakke|wakkr ~~ beste|beter ~ voor ~ iedereen|allemaal",
    "fijn|mooi|heerlijk|beter|prima ~~ als ik ~~ niet|nie|ni|nooit ~ meer|mer ~ wakker|wakke|wakkr",
    "wil ~ nooit|niet|nie|ni ~ meer opstaan|opstaa $",
    # entrusting someone to the coach, with a promise ("pas goed op mn zusje ok, beloof het")
    f"pas|zorg|let ~ op|voor ~ mijn|mn|me ~ {CLOSE}|ouders ~~ beloof*|beloven|beloofd",
    f"beloof*|beloven ~~ dat ~ je|jij|jullie ~~ mijn|mn ~ {CLOSE}|ouders ~~ zorgt|oppast|past",
    f"pas|zorg ~ op|voor ~ mijn|mn|me ~ {CLOSE}|ouders ~~ als ik ~ weg|dood ~ ben",
    f"pas|zorg ~ op|voor ~ mijn|mn|me ~ {CLOSE}|ouders ~~ als ik er ~ niet|nie|ni",
    # codes and passwords left for someone, so they can get at the photos
    (
        "*code|code|codes|wachtwoord*|pincode*|inlog* ~~ briefje|opgeschreven|opgeschreve|"
        "doorgegeven|gegeven ~~ dan kan|kunnen ~~ bij|in ~ fotos|foto|account*|telefoon|mail|"
        "insta|snap|laptop|bank|spullen"
    ),
    (
        "*code|codes|wachtwoord*|pincode* ~~ voor|aan ~ mijn|mn ~ "
        f"{CLOSE}|ouders ~~ (als ik er niet/als er iets/als ik weg/voor later/voor als)"
    ),
    # a wound open again; cut to pieces, as typed
    (
        "arm|armen|onderarm*|pols|polsen|been|benen|dij|dijen|huid|buik ~ ligt|liggen|lag|is|zijn|"
        "staat ~ weer ~ open|opengehaald|opengesneden|opengekrast"
    ),
    "arm|armen|pols|polsen|benen|dijen|huid ~~ open|kapot ~ gesnede|gesnde|gekrast|gekrasd|gekrabd",
    "ligt ~ open ~~ mesje*|mesjes|scheermes*|blade*|gesneden|gesnede|gekrast",
    # a date or a decision fixed
    "de|mijn|mn|myn|die ~ datum|dag staat|ligt ~ vast $",
    "datum|besluit|beslissing ~ staat|is ~ vast|gekozen|genomen ~~ voorgoed|afscheid|vaarwel|doei",
    "datum|besluit|beslissing ~ staat|is ~ vast|gekozen|genomen ~~ (er niet meer/er nie meer/ben ik weg)",
    "voorgoed|afscheid|vaarwel ~~ datum|besluit|beslissing ~ staat|is ~ vast|gekozen|genomen",
    "(er niet meer/er nie meer/ben ik weg) ~~ datum|besluit|beslissing ~ staat|is ~ vast|gekozen|genomen",
    "ben|bn ~ er ~ morgen|morge|vannacht|vanacht ~ niet|nie|ni|nt meer",
    # a height that is enough
    "hoog|verdiepingen|etages ~ is|moet|zal ~ genoeg ~~ spring*|val|vallen|dood|overleef*",
    "spring*|val|vallen|eraf|afspringen ~~ hoog|verdiepingen|etages ~ is|moet|zal ~ genoeg",
    f"van ~ de|het ~ {HIGH} ~ af|eraf ~~ hoog|verdiepingen|etages|beneden|genoeg",
    # "zeg tegen mama dat ik van haar hou", glued or not
    "*datikvanhaarhou*|*datikvanhemhou*|*datikvanjulliehou*|*datikvanzehou*",
    "zeg|zegt|vertel ~~ dat ik ~ van ~ haar|hem|hen|ze|jullie ~ hou|houd|hield",
    # it is over for me, bye
    (
        "tis|is ~ over|voorbij|afgelopen|gedaan ~ voor|met ~ mij|me ~~ "
        "doei|doeg|bye|vaarwel|dag|sorry|ciao"
    ),
    "voor mij|me ~ is het|t ~ over|voorbij|afgelopen ~~ doei|doeg|bye|vaarwel|sorry|ciao",
    # strips swallowed, too many, dizzy and telling no one
    (
        "hele|alle|paar|twee|drie|1|2|3|4|5 ~ strip|strips|doosje|doosjes|potje|potjes ~~ "
        "genomen|genome|geslikt|geslikte|ingenomen|opgegeten|leeg"
    ),
    f"{MEDICINE}|strips ~~ genomen|genome|geslikt|ingenomen ~~ (te veel/teveel)",
    "wat|iets|alles|allemaal|veel ~ geslikt|genomen|genome|ingenomen ~~ zeg|vertel ~ niks|niemand|niet|nie",
    "wat|iets|alles|allemaal|veel ~ geslikt|genomen|genome|ingenomen ~~ niet|nie ~ zeggen|vertellen",
    # if it still feels like this tomorrow, then I will do it
    "als ~~ steeds|blijft|voelt|voel|niet ~~ doe ik het|t $",
    "als ~~ steeds|blijft|voelt|voel|niet ~~ ga ik het|t doen $",
    # gone for good, as typed
    "zie|kzie|ikzie|zien ~ het|t|et ~ niet|nie|ni meer|mer zit*",
    "ben|bn ~ weg|pleite ~ voorgoed|forever|altyd|vrgoed",
    "smeren|smeer|pleite ~~ voorgoed|altijd|altyd|forever",
    "wil ~ weg ~ vrgoed|vrgd",
    "ben ~ klaar met alles ~~ wil ~ weg|dood|sterven|verdwijnen|stoppen",
    "wil ~ sterve|sterf|sterrev",
    "touw|strop ~~ opgehang*|opgehange",
    "wacht|w8 ~ niet|nie|ni ~ op me|mij ~~ kom ~ niet|nie|ni|nooit ~ meer ~ thuis|terug|huis",
    "kom ~ nooit meer ~ thuis|huis",
    "zeg|vertel ~ sorry ~ tegen ~~ (ben weg $/ik ga nu $)",
    "bedank*|bedanken ~ voordat|voor ik ga ~~ (niet meer bellen/niet bellen/zoek me niet/sorry)",
    "als|wanneer|dat ~ je|jij|jullie|u ~ dit ~ leest|lezen ~~ dood|voorbij",
    "als|wanneer|dat ~ je|jij|jullie|u ~ dit ~ leest|lezen ~~ weg ~ sorry|doei|vaarwel|voorgoed|bye",
    "als|wanneer|dat ~ je|jij|jullie|u ~ dit ~ leest|lezen ~~ weg $",
    "als|wanneer|dat ~ je|jij|jullie|u ~ dit ~ leest|lezen ~~ (niet meer/nie meer/er niet/te laat)",
    f"mijn|mn {ITEM} ~ is|zijn|gaat|gaan ~ voor|naar ~ {CLOSE}|neefje|nichtje ~~ brief|testament",
    f"brief|briefje ~ geschreven ~ voor|aan ~ mijn|mn ~ ouders|{CLOSE} ~~ ligt|gelegd ~ op ~ bureau|tafel|kast|kamer",
    "afscheid|vaarwel|doei ~~ geen zorgen meer ~~ mij|me",
    "geen zorgen meer ~~ mij|me ~~ afscheid|vaarwel|voorgoed",
    "lange|lang ~ mouwen|mouw ~~ weet ~ waarom",
    "lange|lang ~ mouwen|mouw ~~ niemand ~ ziet|zien|zag",
    f"wacht ~ op ~ de|een ~ {TRAIN} ~ die ~ hier|daar ~ niet|nie|ni ~ stopt|stop",
    f"wacht ~ op ~ de|een ~ {TRAIN} ~ die ~ niet|nie|ni ~ stopt|stop $",
    "(in de weg/last) ~~ los ik ~ op",
    "zin ~ om er ~ te ~ zijn|wezen $",
    "het|t ~ bloed ~ stopt|stop ~ niet|nie|ni $",
)
