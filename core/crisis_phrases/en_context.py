"""English crisis phrases that depend on context: TOPICS, ABOUT and HARMLESS.

Kept apart from the SIGNALS in core/crisis_phrases/en.py, which re-exports them; see
core/crisis_phrases/__init__.py for the four kinds.
"""

from __future__ import annotations

from core.phrases import written_out

TOPICS: tuple[str, ...] = (
    "suicid*",
    "sucid*",
    "suicd*",
    "suiside*",
    "unalive*",
    "cut* myself",
    "hurt* myself",
    "burn* myself",
    "wanting to die",
    "overdose*",
    "jump* off ~ bridge",
    "bought a rope",
    "goodbye letter",
    "goodbye note",
    "sorry for everything",
    "want to disappear",
    "self harm*",
    "selfharm*",
    "self harming",
    "unaliv*",
    "suicidal thought*",
    "plan ~ how im gonna do it",
    "plan for how ~ do it",
)

ABOUT: tuple[str, ...] = (
    "documentar*",
    "docu*",
    "film*",
    "movie*",
    "series",
    "show",
    "netflix",
    "book*",
    "novel*",
    "story",
    "news*",
    "article*",
    "essay*",
    "project*",
    "presentation*",
    "class",
    "lesson*",
    "teacher",
    "school assignment",
    "homework",
    "*prevention",
    "awareness",
    "song*",
    "lyrics",
    "character*",
    "game*",
    "level",
    "shaving",
    "cooking",
    "finger",
    "knife while",
    "football",
    "playing",
    "climbing",
    "lake",
    "river",
    "uncle",
    "aunt",
    "neighbour*",
    "neighbor*",
    "committed",
    "commits",
    "tv",
    "scene",
    "episode*",
    "podcast*",
    "video*",
    "tiktok",
    "oven",
    "stove",
    "iron",
    "pan",
    "kettle",
    "skating",
    "skateboard*",
    "bike",
    "cycling",
    "training",
    "practice",
    "gym",
    "accident*",
    "accidentally",
    "slice",
    "piece",
    "learned",
    "chemistry",
    "biology",
    "nails",
    "chopping",
    "onion*",
    "vegetable*",
    "bread",
    "paper",
    "help her",
    "help him",
    "help them",
    "help my friend",
    "friend has",
    "friend is",
    "she has",
    "he has",
    "shes",
    "hes",
    "someone",
    "somebody",
)

HARMLESS: tuple[str, ...] = (
    "suicide squad",
    "suicide ~ mission",
    "suicide ~ bomb*",
    "suicide ~ attack*",
    "suicide to",
    "was suicide",
    "committed suicide",
    "commits suicide",
    "killing it",
    "killed it",
    "kill* myself laughing",
    "kil* for a",
    "die ~ my hair",
    "die ~ her hair",
    "die ~ his hair",
    "dying to",
    "dying of laughter",
    "died laughing",
    "end it here",
    "call it a day",
    "live with ~ parents",
    "live with ~ mom",
    "live with ~ mum",
    "live with ~ dad",
    "live with ~ family",
    "live with them",
    "live with him",
    "live with her",
    "live in ~ city",
    "live in ~ town",
    "live in ~ house",
    "live in ~ country",
    "live in ~ dorm",
    "live in ~ apartment",
    "live in ~ flat",
    "live in ~ village",
    "live in ~ area",
    "live in ~ neighbourhood",
    "live in ~ neighborhood",
    "live there",
    "live here",
    "disappear from ~ group",
    "disappear from ~ chat",
    "disappear from ~ party",
    "disappear from ~ class",
    "in the game",
    "to respawn",
    "rather die than go",
    "rather die than do",
    "rather die than eat",
    "rather die than wear",
    "rather die than watch",
    "rather die than sit",
    "could sleep forever",
    "disappear into ~ bed",
    "disappear under ~ blanket*",
    "cut myself a",
    "burden on my team",
    "burden to my team",
    "end* things with",
    "rope for",
    "who ~ thinking about suicide",
    "who doesnt want to live",
    "who ~ wants to die",
    "used to jump",
    "we jumped",
    "we would jump",
)


# Word lists shared by the signal phrases below and in en.py ("|" alternatives for one word).
# Medicines and how people name them in a chat.
DRUGS = (
    "pills|pill|meds|medication|medicine|tablets|tabs|paracetamol*|paracetemol*|panadol"
    "|tylenol|ibuprofen|nurofen|advil|aspirin|*codamol|codeine|painkillers|antidepressants"
    "|sertraline|citalopram|fluoxetine|prozac|mirtazapine|quetiapine|insulin|diazepam|valium"
    "|xanax|benzos|opioids|tramadol|oxy*|lithium"
)
# A lot of them: a number from 10 up, "a load", "a stash"; taken at once, "a box" too.
NUMBERS = "|".join(f"{a}{b}" for a in "123456789" for b in "0123456789") + (
    "|100|twenty|thirty|forty|fifty|hundred"
)
HAVE_MANY = NUMBERS + "|stash|pile|hoard|stockpile|handful"
TOOK_MANY = (
    HAVE_MANY
    + "|load|loads|bunch|box|boxes|packet|packets|pack|packs|strip|strips|bottle|whole|lot|lots"
)
BODY = (
    "arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|belly|hip|hips|body|forearm"
    "|forearms|ankle|ankles|chest|shoulder|shoulders|neck|throat"
)
BLADES = "blade|blades|razorblade*|scissors|knife|knifes|knives|compass|sharpener"
# Places people jump from; "going to the ..." only where nobody goes for a smoke or a party.
PLACES = "bridge|roof|rooftop|balcony|ledge|tracks|railway|cliff|cliffs|viaduct|overpass|flyover"
DESTINATIONS = "bridge|tracks|cliff|cliffs|viaduct|overpass|flyover"
# Ages people say they will not live past.
AGES = "16|17|18|19|20|21|22|25|30|eighteen|nineteen|twenty|twentyone|thirty"
VEHICLES = "train|trains|lorry|truck|bus|car|cars|tram|tube|van|traffic"

# Methods, preparation and self-harm said in the first person (SIGNALS, always alert; en.py adds
# them to its own list). Each line is a category of phrasing, not one sentence.
METHOD_SIGNALS: tuple[str, ...] = written_out(
    # saving up or holding a lot of pills, taking them, asking what is lethal
    f"stockpil*|hoard*|stash|stashed|stashing|hiding|hid|saving|saved|storing|stored ~ up ~ {DRUGS}",
    f"stockpil*|hoard*|stashed|stashing ~ {DRUGS}",
    f"have|got|ive|counted|holding ~ {HAVE_MANY} ~ {DRUGS}",
    f"took|taken|swallowed|swallow*|necked|neck|downed|downing ~ {TOOK_MANY} ~~ {DRUGS}",
    f"enough ~ {DRUGS} ~ (saved|stashed|now/to do it/to die/to end it/to not wake up)",
    "take|taking|took|swallow*|neck* ~ whole|entire ~ packet|box|bottle|pack|strip|blister",
    "how long ~ (to bleed out/to die/to drown/to suffocate/to od/to overdose/takes to bleed)",
    f"take|taking|took|swallow*|neck*|down|downed|downing al ~ {DRUGS}",
    f"{DRUGS} ~ (lethal|deadly|fatal|kil/to die)",
    f"(which|what/how many/how much) ~ {DRUGS} ~~ (kil|lethal|deadly|fatal|die|dead|overdose/not wake)",
    "tried|attempted|trying|try ~ (overdosing/to od/to overdose/to end it/to end my life)",
    "research*|googl*|search*|looking|looked|look|reading ~~ ways|way|methods|method|how ~ (to die/to kill myself/to end it/to end my life/to not wake up/to go painlessly)",
    "painless|quickest|easiest|surest ~ (way|ways|method|methods) ~ (out/to die/to go/to end it/to kill myself)",
    # hanging
    "(top|topping|topped) myself",
    "do myself in",
    # heights: bridge, roof, balcony, a floor number, the edge
    "(how high/how tall/what floor/which floor/what height/how many floors) ~~ (survive|dead|kil|fatal|lethal/to die)",
    "jump|jumping|fall|falling from ~~ (to not survive/not survive/dont survive/to die/kil you/kil me)",
    "top of ~ (carpark|multi*|flats/car park/tower block)",
    "(wrong side/other side) of ~ railing|railings|barrier|barriers|ledge|balcony",
    f"edge of ~ ({PLACES}|carpark|multi*|building|block|flats|tower|platform/car park)",
    "sat|sitting|standing|stood|lying|laying|climbed ~ on|by|near|at|over|onto ~ (tracks|railway|rails|railing|ledge/level crossing)",
    f"keep|kept|been ~ looking|staring ~ at|over|down ~ {PLACES}|drop|edge|rope|knife|pills|blades|razor",
    f"{PLACES}|window|building|floor ~~ (wanna|gonna|could|should|might/want to/going to/about to) ~ jump",
    f"(wanna|gonna|might|could|should/want to/going to/about to) ~ jump ~~ ({PLACES}|window|building|floor|carpark/car park)",
    "on the roof|balcony|ledge|bridge ~~ (jump/high up/looking down/down there)",
    f"going|walking|heading|driving|cycling|walked|drove to the ~ ({DESTINATIONS}/railway line/railway tracks)",
    # trains, platforms, traffic
    f"step|stepping|stepped|jump|jumping|walk|walking|throw|throwing|lie|lay|lying|run|running ~ (in front of) ~ {VEHICLES}",
    f"step|stepping|stepped|jump|jumping|throw|throwing ~ under ~ {VEHICLES}",
    "fast|freight|express|nonstop ~ train|trains ~ (come through/comes through/coming through/pass through/goes through/to come through)",
    "train|trains|tram|tube ~~ (not getting on/not get on/wont get on/not gonna get on/not going to get on)",
    "trains coming ~~ (not getting on/not get on/step in front/jump in front)",
    # cars, garages, exhaust
    "drive|driving|drove|crash|crashing|steer*|swerve*|swerving ~ car|myself ~ into|off ~ wall|tree|bridge|river|cliff|road|lorry|truck|barrier|oncoming|lake|sea",
    "driving|drive|swerve*|swerving (off the road/off a bridge/off a cliff/into oncoming/into a tree/into a wall)",
    "(engine running/car running/engine on) ~~ (in the garage/garage door shut/garage closed)",
    "in the garage ~~ (engine running/car running/engine on)",
    "exhaust ~ hose|hosepipe",
    # water
    "into the sea|river|ocean|lake|canal|water ~~ (forever|drown*/not come back/never come back/keep going/keep walking/not coming back/never coming back)",
    "let myself drown",
    "let the water|sea|waves|river take me",
    # a knife or a blade in hand or at the skin
    f"{DRUGS} ~ (stashed|hoarded|stockpiled/saved up/lined up)",
    f"vodka|alcohol|booze|wine|whisky|whiskey|gin ~ and ~ {DRUGS}",
    f"{DRUGS} ~ and ~ vodka|alcohol|booze|wine|whisky|whiskey|gin",
    f"{DRUGS}|rope|noose|knife|blade|blades ~~ tonights the night",
    "(tonights the night/tonight is the night) ~~ pills|rope|noose|knife|blade|blades|bridge|jump",
    "knife|knifes|blade|blades|razor|razors ~ (already in my hand/in my hand $/already here/already next to me/already out)",
    f"knife|knifes|blade|blades ~ against|to my ~ {BODY}",
    "razor|razors ~ (to my/against my/on my/across my) ~ wrist|wrists|throat",
    "got|get|getting|took|taking|pulled|grabbed ~ blade|blades|razor|razors|razorblade* ~ (out again/back out/out tonight)",
    "blade|blades|razor|razors ~ (out again/again $/back out)",
    f"slicing|sliced|slice|slit|slitting|carve|carving|carved ~ my|up my|into my ~ {BODY}",
    "cut*|cutting (deeper/too deep/deep enough)",
    # scratching, hitting, banging one's head, burning
    f"scratch|scratching|scratched|scrape|scraping|scraped|pick|picking|picked ~ my|at ~ {BODY}|face ~~ bleed*|bled|blood|raw",
    "skin ~ til|till|until ~ bleed*|bled|blood|raw",
    "scratches|cuts|marks|scars|burns|bruises ~~ (want more/need more/deserve more)",
    "punch*|smack*|slap*|bash*|hitting myself",
    "hit myself ~ (again|until|till|til|when|cos|because|every/so hard/in the face/on purpose)",
    "head ~ wall|walls|floor|desk|mirror ~~ (til|till|until|bled|bleed*|blood|bruise*|bruising|purpose/over and over)",
    f"(stub*|burn*|pressed|press*/put out) ~ cigarette*|cig|cigs|fag|fags|lighter ~~ my {BODY}",
    # self-harm in chat shorthand ("sh" alone is also "shh")
    "(did|do|doing|my/clean from/urge to/urges to) sh",
    "cant stop ~ (cutting/hurting myself/harming myself/self harming/burning myself)",
    "urge|urges ~ to ~ (cut|sh|die|jump|relapse/hurt myself/self harm/kill myself/end it)",
    "scars|cuts|wounds ~~ (reopen/open again/bleed again/bleeding again)",
    "reopen*|reopened ~ my ~ scars|cuts|wounds",
    "myself ~~ until|til|till ~ (couldnt feel/cant feel/it hurt/it bled/it bleeds/it bruised/i bled/i bleed)",
    "(havent eaten/not eaten/not eating/stopped eating/wont eat) ~~ (never|deserve|punish*/dont plan to/not going to/on purpose)",
    "sh again|scars|urges|relapse",
    "relapse*|relapsing ~ (sh|selfharm*|cutting/self harm*)",
    "clean from ~ (selfharm*|cutting|cuts/self harm*)",
    # not eating, or pain, as a punishment
    "punish* myself ~~ eat*|food|starv*|hurt*|pain|cut*|hit*|burn*",
    "eat*|eaten|food|starv* ~~ punish* myself",
    "starv* myself ~~ deserve|punish*|til|until|cos|because|coz|cuz",
    "(dont|didnt|never/do not) ~ deserve ~ (food|eat|eating|happiness/to eat/to live/to exist/to be alive/to breathe/to be here)",
    "i ~ deserve ~ (pain|hurt|suffer|suffering|punish*|bleed/to hurt/to suffer/to be in pain/to bleed/to be hurt)",
    "only ~ feel ~ something|anything|alive|better|real ~ when|if|unless ~ i ~ cut|bleed|hurt|burn",
    "feel ~ nothing ~ (unless|until/except when) ~ i ~ cut|bleed|hurt|burn",
)

# Methods and self-harm named in ways that an accident, a craft or the news also uses: TOPICS,
# so a kitchen, a bike fall or a history lesson in the same text keeps them quiet.
METHOD_TOPICS: tuple[str, ...] = written_out(
    "bought|buying|got|ordered|buy ~ rope|noose",
    "noose",
    "tie|tied|tying|hang|hung|attach*|put ~ rope|noose|belt|cord|cable ~ (banister|banisters|beam|ceiling|hook|loft|attic/my neck/around my/round my)",
    "lethal|fatal|deadly dose|amount",
    "ways|way|methods|method to die",
    f"{BLADES}|glass|razor|razors|lighter|cigarette*|cig|cigs|fag|fags ~ on|to|into|across|against|over my ~ {BODY}",
    f"cut*|slic*|slit*|gash*|carv* ~ my ~ {BODY} ~ open",
    f"burn|burning|burnt|burned ~ my {BODY} ~ (with|again/on purpose)",
    "starv* myself",
    "bleed out|bleeding out",
    "rope|noose ~ (hidden|ready/in my wardrobe/in my room/under my bed/in my bag/in my drawer)",
)
TOPICS += METHOD_TOPICS

ABOUT += (
    # school lessons on health, and what else a rope, a blade or a burn is for
    "pshe",
    "pshce",
    "pse",
    "rse",
    "assembly",
    "form time",
    "camping",
    "tent",
    "boat",
    "sailing",
    "rope swing",
    "tyre swing",
    "washing line",
    "fence",
    "bramble*",
    "thorn*",
    "tripped",
    "fell off",
    "fell over",
    "fell down",
    "crafts",
    "art class",
    "shave",
    "shaved",
    "curling iron",
    "curling tongs",
    "straighteners",
)

HARMLESS += written_out(
    # someone else's death, told as news or history
    "(died by/dies by/death by/lost ~ to) suicide",
    # the crowd's "to die for", the others read as they stand ("i want to die for real")
    "is|was|are|were|looks|look|tastes|taste|smells ~ to die for",
    "to die for $",
    "die for a|an|some|the|this|that|one|ur|your",
    # waking up at a time, not hoping never to
    "wake|woke|waking (late|early/up late/up early/up in time/up on time/up at/up before/in time/on time)",
    # hoping something does not happen to someone
    "hope|hoping|praying ~ dont|doesnt|wont|not|never ~ get|gets|crash|crashes ~ (hit|sick|ill|cancer|killed|and/run over)",
    "(hope|hoping|praying) ~ dont|doesnt|wont|not|never ~ crash|crashes",
    # living with people
    "(living with/live with/tired of living with/sick of living with) ~ parents|mum|mom|dad|brother|sister|family|flatmate*|roommate*|housemate*|nan|gran|grandparents|them|him|her",
    # somebody else calls one a burden for a chore
    "says|said|thinks|calls ~ burden (because|cos|coz|cuz|since) i ~ never|dont|didnt|forgot|always|wont",
    "sorry for (everything i said/everything i did to you/what i said/the late/being late/the mess)",
    "(attempt at/attempts at/attempt to/attempts to)",
    "end it with",
    "(ending it with/ending things with)",
    "done with everything (today|tonight/for today/for the day/for now/on my list/on the list/this week)",
    "dying|dyeing|dye ~ my|her|his|your|ur ~ hair",
    "(last words on/final words on)",
    "top|topping|topped myself (up|off)",
    "cat|dog|kitten|puppy|hamster|rabbit|bramble*|bush|thorn*|branch scratched",
    # a day's dose taken as prescribed
    f"{DRUGS} (today|daily|left|prescribed|everyday/this morning/every day/a day)",
    f"(forgot|forget|remember|remembered|have) to take ~ {DRUGS}",
)
