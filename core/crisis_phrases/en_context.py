"""English crisis phrases that depend on context: TOPICS, ABOUT and HARMLESS.

Kept apart from the SIGNALS in core/crisis_phrases/en.py, which re-exports them; see
core/crisis_phrases/__init__.py for the four kinds.
"""

from __future__ import annotations

from core.crisis_phrases.en_methods import BODY, BRIDGE, DRUGS, GUNS, METHOD_TOPICS
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
    # "sorry for everything" as typed in a chat
    "sorry|soz|srry|sry|sorri for|4|fr everything|evrything|everythin|evrythin|everyting|evryting|evrythng",
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
    "dull",
    "blunt",
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
    # an old parent on dementia
    "wants|want to die ~~ dementia|alzheimers|old",
    "suicide squad",
    # a band and an album
    "suicideboy*",
    "suicide season",
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
    "says|said|thinks|calls ~ burden (because|cos|coz|cuz|since|when|if) i ~ never|dont|didnt|forgot|always|wont|leave|left|forget|make|play|eat",
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
    # the urge to tell someone is one's own, not news of someone else ("someone" in ABOUT)
    "(need to/have to/had to/got to/gotta/want to/wanted to/should i/should) (tell/talk to) (someone|somebody)",
    # figures of speech: dying of embarrassment, of boredom, of laughter
    "(die|died|dying|dead) (of|from) (embarrassment|shame|cringe|boredom|laughter|laughing|heat|hunger|cuteness/secondhand embarrassment/second hand embarrassment)",
    # standing on a bridge while asking the way to an appointment
    f"im|am on the|da|tha|teh|de|this {BRIDGE} ~~ (where is/where exactly/which way/left or right/your office/the address)",
    # too much work or study to do, not a wish to die ("id rather die than work there again")
    "rather die than work|study|clean|sing|dance|listen|read|call|play|drive|tidy|cook|queue|wait|admit|lose|use|ask|apologise|apologize|text|run|revise|shop",
    # a list of one's medicines for a doctor; a knife that slipped; a gun in a figure of speech
    f"list|overview|names|record|schedule|photo|picture|copy of all ~ {DRUGS}",
    "(nearly|almost) (cut|cutting|burned|burnt|burn|stabbed|chopped|sliced) (myself/my finger/my thumb/my hand) (lol|haha|lmao|xd|oops|with|on|while|when|at|cooking|chopping)",
    f"(if you/if u/if someone/if somebody/even if you/even if u) ~~ {GUNS} to my head",
    # no plans for me because of a holiday or exams, not because I will be gone
    "bother ~~ holiday|hols|vacation|trip|abroad|camping|festival|busy|exams|working|sick|ill",
    # a nose that bleeds (the normaliser reads "noose" as "nose" too)
    "nose|noses bleed|bleeds|bleeding|bled|ring|piercing|spray|runny|blocked|stuffed|stuffy|job",
    "nose (is|was|keeps) (bleeding|blocked|runny|stuffy|broken|red|itchy|sore)",
    # "see you on the other side" of an exam week or a holiday
    "see|c you|u|ya|yall|everyone on|at the other side of",
)

TOPICS += written_out(
    # giving one's things away: a goodbye, unless it is for a charity, a sale or a move (ABOUT)
    "(giving|gave|given|give/started giving/been giving) ~ (my stuff/my things/my belongings/my possessions/all my stuff/all my things/my clothes/my games/my books/my jewellery/my jewelry) away",
    "(giving|gave|given|give) away ~ (my stuff/my things/my belongings/my possessions/all my stuff/all my things/everything i own/my clothes/my games)",
)

ABOUT += (
    # what else one's things are given away for
    "charity",
    "vinted",
    "ebay",
    "depop",
    "declutter*",
    "clear out",
    "clearout",
    "outgrown",
    "moving house",
    "car boot",
)

HARMLESS += written_out(
    # away for a day for an ordinary reason ("wont be here tmrw, dentist appointment")
    "(wont|not|cant) ~ be (here|there|around|in) ~ (tomorrow|tomorow|tmrw|tmr|tmw|tomoz|2morrow|2moro|morgen|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday/next week) ~~ (dentist|dentists|doctor|doctors|gp|orthodontist|holiday|hols|vacation|trip|wedding|exam|exams|interview|shift|tournament|match|concert|festival|camp|visiting|sick|flu|fever|covid|migraine|funeral|abroad|travelling|traveling|busy|surgery/an appointment|appt/another appointment|appt/other appointment|appt/at the appointment|appt)",
    "(dentist|dentists|doctor|doctors|gp|orthodontist|holiday|hols|vacation|trip|wedding|exam|exams|interview|shift|tournament|match|concert|festival|camp|visiting|sick|flu|fever|covid|migraine|funeral|abroad|travelling|traveling|busy|surgery/an appointment|appt/another appointment|appt/other appointment|appt/at the appointment|appt) ~~ (wont|not|cant) ~ be (here|there|around|in) ~ (tomorrow|tomorow|tmrw|tmr|tmw|tomoz|2morrow|2moro|morgen|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday/next week)",
    # missing a session on a day, not a life
    "make it (to|till|til|by|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tmr/the weekend/next week) ~~ (training|session|practice|appointment|meeting|class|lesson|match|game|party|shift|dentist|doctor|sleepover|rehearsal)",
    # telling someone else to jump off a bridge
    "(ex|he|she|they|u|you|ya|yall|him|her|them|mate|boss|teacher|sister|brother|bf|gf|boyfriend|girlfriend) ~ (can|could|should|may|might) (go/just go/go and) jump (off|of|in) ~ (bridge|cliff|roof|pier|lake|river)",
    "(go jump/jump off a bridge|cliff/jump in a lake) ~ (for all i care)",
    "go jump in a lake",
)

HARMLESS += written_out(
    # too much of a drink, a food or a show
    "(overdosed|overdose|overdosing|od|oded|odding) on (monster|monsters|redbull|caffeine|coffee|sugar|chocolate|sweets|candy|netflix|anime|memes|tiktok|content|carbs|pizza|kpop/k pop/red bull/energy drinks|drink)",
)

HARMLESS += written_out(
    # drowning oneself in coffee or work, shooting oneself in the foot, cutting down on sugar,
    # hiding under the duvet: figures of speech and chores around a word of harm
    "(drown|drowning|drowned|drowns) myself in (coffee|tea|caffeine|work|homework|revision|studying|music|netflix|anime|games|gaming|books|chocolate|sweets|snacks|food|blankets|perfume|sunscreen|sauce|ketchup|paperwork|emails|assignments|redbull|monster|icecream/ice cream/hot sauce/energy drinks/red bull)",
    "(shot|shoot|shooting|shoots) myself in the (foot|feet)",
    "(cutting|cuts|cut) (down|back) (on|my)",
    "(cutting|cuts) (my|the|her|his|some/up the/up some/up my) (hair|fringe|bangs|nails|grass|lawn|hedge|hedges|onion|onions|vegetables|veg|veggies|wood|paper|fabric|cake|bread|meat|carrots|potatoes|tomatoes|coupons)",
    "(cutting|cut) (class|classes|school|lessons|pe)",
    "(disappear|disapear|vanish|hide|hibernate|hiding) (under|into|in) ~ (duvet|duvets|covers|blanket*|quilt|doona|comforter|sheets|pillow*|hoodie|sofa|couch)",
    # the last message of a day, not of a life
    "(last|final) (message|msg|text) (/from me) (today|tonight/for now/before bed/before i sleep/for today/for tonight/of the day/til tomorrow/till tomorrow/until tomorrow/this week/til monday/till monday)",
    # recovery celebrated: clean from self-harm and doing well (a relapse told after it still
    # alerts: only this span is blanked)
    "(clean|free) (from|of) ~ (selfharm*|sh|cutting/self harm*) ~~ (doing great/doing well/so proud/proud of myself/feel great/feeling great/so happy/celebrating)",
    # a burden to a team for asking for help with schoolwork
    "(burden|bother|nuisance) (when|because|cos|cuz|coz|since|if) i ~ (ask|asking) ~~ (help|questions) ~ (with|on|for) ~ (project|homework|assignment|coursework|essay|maths|math|revision|presentation|report)",
)

TOPICS += written_out(
    # cuts or burns on a body: self-harm unless a fall, a bramble or a kitchen is named (ABOUT)
    f"(cuts|scars|burns/cut marks) (all over/al over/up and down/covering) (my|her|his|their) ({BODY})",
    f"(my|her|his|their) ({BODY}) (is|are|r) (covered|full) (in|of|with) (cuts|scars|burns/cut marks)",
    f"(what i did/what ive done/what i do/what i keep doing/what she did/what shes done/what he did/what hes done) to (my|her|his) ({BODY})",
    # looking up "ways to do it": the method, unless it is homework or a repair (ABOUT)
    "(looking|looked|searching|searched|googling|googled|researching|researched|reading/look up) ~ (ways|methods|way/how) to (do it/go through with it)",
    # someone else giving their things away
    "(giving|gave|given|give/started giving/been giving) ~ (her|his|their) (stuff|things|belongings|possessions|clothes|jewellery|jewelry) ~ away",
    "(giving|gave|given|give) away ~ (her|his|their) (stuff|things|belongings|possessions|clothes|phone|jewellery|jewelry|games|books|console)",
)

ABOUT += (
    # moving out gives things away too
    "moving out",
    "moving away",
)

HARMLESS += written_out(
    # round 12: not going to kill myself over an exam; someone in a song who wants to end it all;
    # a jump in a game; cutting ties; a subscription to end; dying on a hill or trying
    "(not going to/not gonna/not gona/wont/not about to/never gonna/would never/im not gonna) (kill|kil) myself over",
    "(not worth/isnt worth/wasnt worth) (killing myself/dying/crying) over",
    "(guy|girl|boy|man|woman|kid|character|person|someone|somebody|teen|teenager) (who|that) (wants|wanted|tries|tried/is trying/was trying) to (end it all/end it/kill himself/kill herself/die/end his life/end her life/commit suicide)",
    "(where|when) (u|you|ya|we|players|player|your|ur) ~ (jump|jumps|jumped) (off|of|from)",
    "(cutting|cut|cuts) (ties|contact|corners)",
    "(subscription|subscriptions|membership|contract|account|lease) ~~ (how to end it/to end it/end it $)",
    "(die|died|dying) (on this hill/on that hill/trying)",
    "cut|cuts (my|her|his|ur|your) (hair|fringe|bangs|nails)",
)
