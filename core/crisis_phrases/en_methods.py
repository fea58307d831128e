"""English methods, preparation and self-harm: the word lists they share, the phrases said in the
first person (METHOD_SIGNALS, added to en.py's SIGNALS) and those an accident, a craft or the
news also uses (METHOD_TOPICS, added to en_context.py's TOPICS)."""

from __future__ import annotations

from core.phrases import written_out

# Word lists shared by the phrases below and in en.py ("|" alternatives for one word).
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
# "bridge" as chat spells it too ("bridj", "brige").
BRIDGE = "bridge|bridj|brige|bridg|brigde|bridje"
PLACES = f"{BRIDGE}|roof|rooftop|balcony|ledge|tracks|railway|cliff|cliffs|viaduct|overpass|flyover"
DESTINATIONS = f"{BRIDGE}|tracks|cliff|cliffs|viaduct|overpass|flyover"
# Ages people say they will not live past.
AGES = "16|17|18|19|20|21|22|25|30|eighteen|nineteen|twenty|twentyone|thirty"
VEHICLES = (
    "train|trains|lorry|truck|bus|car|cars|tram|tube|van|traffic|metro|subway|sprinter|intercity"
)
GUNS = "gun|guns|pistol|rifle|shotgun|revolver|handgun|firearm"

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
    f"take|taking|took|tkn|tuk|tok|takin|tk|swallow*|neck*|down|downed|downing al ~ {DRUGS}|pilz|pillz|pils|medz|tabz",
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
    "sat|sitting|standing|stood|lying|laying|climbed ~ on|by|near|at|over|onto|next|beside ~ (tracks|railway|rails|railing|ledge/level crossing)",
    "walk|walking|walked|lie|lay ~ on|onto ~ (the tracks/train tracks/the rails/the railway|railway line)",
    f"keep|kept|been ~ looking|staring ~ at|over|down ~ {PLACES}|drop|edge|rope|knife|pills|blades|razor",
    f"{PLACES}|window|building|floor ~~ (wanna|gonna|could|should|might|will/want to/going to/about to) ~ jump",
    f"(wanna|gonna|might|could|should/want to/going to/about to) ~ jump ~~ ({PLACES}|window|building|floor|carpark|flat|flats|block|tower/car park)",
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
    f"slicing|sliced|slice|slit|slitting|carve|carving|carved ~ (my/up my/into my) ~ {BODY}",
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
    # shut away alone with a blade, or hurting oneself in a toilet at school or at work
    f"(locked|locking|lock|shut) myself ~~ ({BLADES}|razor|razors|pills|rope|noose|belt)",
    f"(in the/in my) (bathroom|toilet|toilets|loo|loos) with (a|my|the) ({BLADES}|razor|razors|pills|rope)",
    "cut*|hurt*|burn*|harm* myself ~ (in the/in my/in school) (toilets|toilet|bathroom|loos|loo)",
    # bought a rope or a blade and says it is for nothing
    f"(bought|buying|got|ordered|have) ~ (razor|razors|rope|noose|{BLADES}|{DRUGS}) ~~ (not for anything/dont ask/dont ask why/for no reason/no reason/for reasons)",
    # what an overdose does, asked as if for oneself
    "if (u|you|i|someone|one|ya) (overdose|overdosed|od|ods) ~~ (pump|survive|die|liver|kidneys/too late/how long/wake up)",
    # a blade taken out of a pencil sharpener or a razor
    "(broke|broken|breaking|break|smashed|smash|smashing|unscrew*|opened|open|opening|cracked|crack/took apart/taking apart/take apart) ~~ sharpener|sharpeners ~~ blade|blades",
    "blade|blades ~ (out of/from|off) ~ (sharpener|sharpeners|shaver|shavers/a razor/my razor/the razor/dads razor)",
    "sharpener (blade|blades)",
    # at the top and nearly over the edge
    f"{PLACES} ~~ (nearly|almost) (jumped|stepped|leaned|climbed/went over/let go/stepped off/did it)",
    f"(nearly|almost) (jumped/went over/stepped off/let go/climbed over) ~~ ({PLACES})",
    # bleeding and not caring
    "(im|am|been|keep|still|its/wont stop) bleeding ~~ (dont care/dont even care/let it/not stopping it/dont want it to stop)",
    # not trusting oneself near a means
    f"(dont|cant|cannot|wont/do not) trust myself ~~ (around|with|near/next to/alone with) ~~ ({DRUGS}|knife|knives|blade|blades|razor|razors|rope|belt|bridge|balcony|window|kitchen|bathroom|car|train|trains|tracks)",
    # a belt, a rope or a cord looked at again and again, or round the neck
    f"(belt|belts|rope|cord|cable|scarf|noose|knife|knives|blade|blades|razor|razors|{DRUGS}) ~~ (keep|kept|keeps|been/cant stop) (looking|staring|glancing|thinking) (at|about) (it|them)",
    "(belt|rope|cord|cable|charger|wire|noose|lead|sheet|shoelace|shoelaces|string|lanyard) ~ (round|around) my neck",
    "(scarf|tie|towel) ~ (round|around) my neck ~~ (now|rn|tight|tighter|pull*|again|room|bathroom|wardrobe|locked|door|banister|hook)",
    "(tight|tighter|tighten*|pull*|pulling|pulled) ~ (round|around) my neck",
    # hurting a hand or the face on purpose; the blade or the pain as the only help
    f"(burned|burnt|burn|burning|cut|cutting|hit|hitting|scratched|scratching|punched|punching) my ({BODY}|hand|hands|face|fingers) ~~ (deliberately|intentionally/on purpose)",
    "(punch*|hit*|slap*|smack*) ~ (my own) (face|head|legs|arms|stomach|body)",
    "(punching|hitting|slapping|smacking) my (face|head) ~~ (til|till|until|numb|bleed*|bruise*)",
    "(blade|blades|razor|razors|cutting|cuts|pain|burning) ~~ (only thing that helps/only thing that works/only thing keeping me/only way to cope/only way i cope/only thing i have)",
    "(pain|hurt) on the outside",
    "i cut (its/again/tonight/deeper/more/every night/every day)",
    "(writing|wrote|written|write|drafted|drafting|typed|typing) ~ (goodbye|farewell|suicide|last) (note|notes|letter|letters|message|messages|texts)",
    # sitting on the bridge now; walking into the water; stepping out in front of a lorry
    f"(im/i am) (sat|sitting|stood|standing|perched) on (the|a|this|da|tha|teh|de|dat|that) ({BRIDGE}|roof|ledge|railing|railings|edge|parapet)",
    f"im|am|iam|currently on da|tha|teh|de|dat|that|this|the {BRIDGE}|roof|rooftop|ledge|parapet|railing|railings",
    "(walk|walking|wade|wading|walked|waded) into the (sea|river|ocean|lake|canal|water|waves)",
    f"({VEHICLES}|lorries|lorys|buses) ~~ (think about/thinking about/thought about/tempted to/urge to/want to/wanna) ~ (step out/stepping out/walk out/walking out/jump out/jumping out/step in front/stepping in front/swerve|swerving)",
    # how much of a medicine is too much, asked as if for oneself
    f"(how many/how much) ~ {DRUGS} ~ (too many/too much/is too many/is too much/would it take/does it take/to not wake up)",
    "(least painful/most painless/least scary/most peaceful/quietest) ~ (way|ways|method|methods) ~ (to go/to die/out/to end it)",
    # going to a high place or into traffic, and what one will do there
    f"(ill|il|im|gonna|gona/i will/im gonna/im going to/going to) ~ (go|walk|head|drive|cycle|get) ~ to (the|a) ~ ({PLACES}) ~~ (and|then|to|n) (jump|jumpin|jumping) (tonight|tonite|today|tomorrow|tmrw/$)",
    f"({PLACES}|station|platform|river|canal) ~~ (go|goes|went|walk|walked|sit|sat|stand|stood|been) there ~~ (staring/stare at/think about it/thinking about it/thought about it/think about doing it/think about jumping)",
    "(think*|thought|keep|kept|want|wanna|wana|tempted|urge*|could|should|might|gonna|imagine|imagining/going to/about to/want to) ~~ (walk|walking|step|stepping|run|running|jump|jumping|wander|wandering|drive|driving|swerve|swerving) ~ (into|onto/out into/out in) (traffic/the traffic/busy traffic/moving traffic/oncoming traffic/the oncoming traffic/oncoming cars/the oncoming)",
    "(want|wanna|wana|gonna|gona|tempted|think*|thought|urge*|could|should|might|dream*/going to/want to/about to) ~~ (crash|drive|ride|steer|swerve|smash) ~ (car|scooter|bike|motorbike|moped|motorcycle|van|myself) ~ (into|off) ~ (lorry|truck|bus|train|wall|tree|bridge|cliff|river|barrier|oncoming|traffic|lake|sea|pillar)",
    "(crash|crashed|crashing|drive|drove|driving|ride|rode|riding|steer|steered|swerve|swerved) ~ (car|scooter|bike|motorbike|moped|motorcycle|van|myself) ~ (into|off|under) ~~ (deliberately|intentionally/on purpose)",
    # a rope tied, waiting for the house to sleep
    f"(waiting|wait|waitin) (till|until|til|for) ~ (asleep|sleeping/to sleep/falls asleep/goes to sleep) ~~ (rope|cord|noose|belt|knife|blade|blades|razor|{DRUGS}/end it)",
    f"(rope|cord|noose|belt|knife|blade|blades|razor|{DRUGS}) ~~ (waiting|wait|waitin) (till|until|til|for) ~ (asleep|sleeping/to sleep/falls asleep/goes to sleep)",
    # too many pills, in chat spelling
    f"(took|tuk|tok|taken|swallowed|swalowed|swallowd|necked|downed|ate) ~ (2|to|too|two|so/way too/way 2) (many|much|meni|meny|mny|mani) ~ ({DRUGS}|pils|pillz|pilz|pilss)",
    # searched how to hang oneself: the person searching is the one at risk
    "(searched|searching|search|searches|googled|googling|google|looked|looking|look|researched|researching/search history/browser history) ~~ (how|ways|way|method|methods) (to/do you/do i/can i/can you/would you/you) (hang|kil|drown|poison|suffocate|shoot|overdose|od|strangle) (yourself|urself|oneself|myself|herself|himself|themselves/your self/my self)",
    # self-harm: cut again misspelt, a relapse after years, more cuts on the old ones
    "(cut|cutting|cuting|sh|relapsed|burned|burnt|burnd) (agen|agn|agian|agin|agaian|againn)",
    "(used to/use to) (sh/self harm/selfharm/cut myself/hurt myself/harm myself/burn myself) ~~ (again|relaps*)",
    "(used to/use to) (cut|cutting) (in|at|when|during|before|til|till|until/back in) ~~ (doing it again/started again/it again/again now/back at it/relaps*)",
    "(did|made|added) (more|new|fresh/some more/a few more) (cuts|scratches|burns)",
    "(cuts|scratches|burns|wounds) ~~ (did more/did some more/made more/made some more/added more/did another/made another/made new/made fresh/did new)",
    # clothes worn to hide the marks
    "(sleeves|sleve|sleeve|hoodie|hoodies|jumper|jumpers|sweatshirt|sweater|cardigan|bracelets|wristbands|bangles) ~~ (hide|hides|hiding|cover|covers|covering/so nobody/so noone/so no one/so my/so they/so people/doesnt see/dont see/cant see/wont see/doesnt notice/dont notice/wont notice) ~~ (cuts|scars|marks|burns|scratches/what i did/what ive done/what i do)",
    # a burn held on, fists into a wall until the knuckles bleed
    f"(held|hold|holding|put|pressed|press|kept|keep) my ({BODY}|hand|hands|finger|fingers|palm) (on|against|over|in|under) ~ (hob|stove|iron|oven|flame|fire|candle|lighter|kettle|radiator|grill/boiling water/hot water/hot pan) ~~ (til|till|until|deliberately/on purpose/only thing)",
    "(bang|banging|banged|punch|punching|punched|hit|hitting|smash|smashing|smashed|slam|slamming|slammed) ~ (fists|fist|hand|hands|knuckles|head|wall|walls|door|mirror) ~~ (til|till|until) ~ (bleed*|bled|blood|bloody|break|broke|numb|split|raw)",
    "(til|till|until|so) my knuckles ~ (bleed*|bled|bloody|split|raw|crack*)",
    # a blade kept for the bad times, and where it is kept
    "(keep|kept|have|got|carry|carrying|hide|hidden|hid) ~ (razor|razors|blade|blades|razorblade*/sharpener blade) ~~ (when it gets/when things get/when i feel/for when i/for when it gets/just in case/in case it gets/for bad days/for the bad days) ~ (bad|worse|dark|low|down/too much)",
    "(razor|razors|blade|blades|razorblade*) ~ in my (wallet|purse|bra|sock|shoe|pillow|pillowcase/pencil case/phone case/makeup bag)",
    # not eating as a punishment or to feel empty; making oneself throw up
    "(skip|skipping|skipped|skips) ~ (meals|meal|food|eating|breakfast|lunch|dinner) ~~ (on purpose/my punishment/punish myself/punishing myself/i deserve it/dont deserve food/to feel empty/feel empty)",
    "(starve|starving|starved/stop eating/stopped eating/didnt eat/dont eat/wont eat/havent eaten/not eating/refuse to eat/refusing to eat) ~~ (on purpose/my punishment/punish myself/punishing myself/i deserve it/dont deserve food/to feel empty/feel empty)",
    "(made|make|making|makes) myself (purge/throw up/puke/vomit) ~~ (again|fat|disgusting|hate|deserve|every)",
    "(i|he|she|they|u|you) ~ (deserve|deserves|deserved) to (starve/not eat/go hungry)",
    "(says|saying|said|thinks/tells me/keeps saying) (he|she|they) (deserves|deserve|deserved) to (starve|die|suffer|bleed|rot|disappear/be dead/not exist/be punished)",
    # someone else hurting themselves: a partner, a child, a friend
    "(keeps|kept|been|started/has been) (cutting|harming|starving) (herself|himself|themselves|themself)",
    "(cut|cuts|cutting|burn|burns|burning|burnt|burned|harm|harms|harming|scratch|scratches|scratching|starve|starves|starving|hurt|hurts|hurting) (herself|himself|themselves|themself) ~~ (deliberately|intentionally|cigarette*|cig|cigs|lighter|blade|blades|razor|razors|sharpener|compass/on purpose)",
    # someone who said it and cannot be reached
    f"(going to/gonna/wants to/plans to/planning to/about to/said shed/said hed/threatened to/threatening to) ~ (take|swallow|overdose|od|neck) ~ ({DRUGS}) ~~ (cant reach/cannot reach/not answering/isnt answering/wont answer/doesnt answer/not picking up/isnt picking up/wont pick up/no answer/cant get hold/cant contact)",
    "(sorry for everything/goodbye letter/goodbye note/suicide note/kill herself/kill himself/end her life/end his life) ~~ (cant reach/cannot reach/not answering/isnt answering/wont answer/doesnt answer/not picking up/isnt picking up/wont pick up/not replying/isnt replying/no answer)",
    # giving things away while saying goodbye
    "(giving|gave|given|give) ~ (stuff|things|belongings|possessions) ~~ (saying goodbye/said goodbye/say goodbye/goodbyes)",
    "(saying goodbye/said goodbye/goodbyes) ~~ (giving|gave|given|give) ~ (stuff|things|belongings|possessions)",
    "(tonights|tonites|2nites/tonight is/tonite is) the night ~~ (and|n) (shes|hes|im|theyre/she is/he is/i am/they are) (done|finished|gone) $",
    # a gun taken from where a parent keeps it, held to the head
    f"got|get|getting|took|take|taking|grabbed|grab|found|find|holding|hold|loaded|load|loading|stole|steal|snuck|sneaked ~ dads|fathers|moms|mums|mothers|uncles|grandads|grandpas|granddads|stepdads|brothers|parents {GUNS}",
    f"{GUNS} ~ (to my head/in my mouth/against my head/to my temple/against my temple/under my chin)",
    "blow|blowing|blew my brains|brain|head out",
    "eat|eating|ate a bullet",
    "bullet|bullets in|through|into my head|brain|skull",
    # pills bought in several shops, past the limit of one pack
    f"different|several|multiple|diff ~ shops|stores|pharmacies|pharmacys|chemists|supermarkets|places ~~ {DRUGS}",
    f"{DRUGS} ~~ different|several|multiple|diff ~ shops|stores|pharmacies|pharmacys|chemists|supermarkets|places",
    # a wound passed off as an accident; a phone and a wallet left with the letter
    "told|tell|telling|said|say|saying|pretended|pretend|lied|claimed ~~ accident|accidentally|accidently|cat|dog|fell|tripped|slipped ~~ (it wasnt $/it wasnt tho/it was not $/wasnt an accident/wasnt really/was on purpose/did it on purpose/did it myself/did it to myself)",
    "needed|need|got|getting|get|had ~ stitches|stiches ~~ (wasnt an accident/not an accident/on purpose/did it myself/did it to myself/cut too deep/went too deep/it wasnt $)",
    "leave|leaving|left|put|putting ~ phone|wallet|keys|card|cards|passwords|pin|ring|necklace|watch ~~ with|beside|next|under|near ~ letter|letters|note",
    # the urge to cut, a blade beside me, more cuts where nobody sees, arms a mess under sleeves
    "need|want|wana to|2 cut (so bad/so badly/rn|sm|badly)",
    "needa|wanna|gotta cut (so bad/so badly/rn|sm|badly)",
    "blade|blades|razor|razors ~ (next to me/beside me/in my hand/on my lap/on my bed)",
    "(just want to/just wanna/need to/want to/wanna) feel something ~~ blade|blades|razor|razors|cut|cutting|burn|burning|knife|pain",
    "blade|blades|razor|razors|cut|cutting|knife ~~ (just want to/just wanna/need to/want to/wanna) feel something",
    f"(did it/doing it/done it/do it) again|agen|agn ~ on|to|into my {BODY}",
    f"my {BODY} are|is|r|look|looks ~ mess|state|wrecked|ruined|destroyed ~~ sleeves|sleeve|hoodie|jumper|hide|hiding|cover|covering|nobody|noone",
    # the spot chosen, a height that is high enough, something ordered to end it
    "(thought it all through/thought it through/worked it all out/its all planned/all planned out) ~~ tree|branch|bridge|beam|rope|cliff|tracks|pills",
    "tree|branch|bridge|beam|rope|cliff|tracks|pills ~~ (thought it all through/thought it through/worked it all out/its all planned/all planned out)",
    f"mixed|mixing|mix ~ {DRUGS} ~ with|and|w ~ vodka|alcohol|booze|wine|whisky|whiskey|gin|rum|beer|drink|drinks",
    f"{DRUGS} ~~ (see if i wake up/see if i survive/see if i make it)",
    "on the|da|tha roof|rooftop|ledge ~~ (rn $/right now $/atm $/alone $/alone rn)",
    "canal|river|sea|lake|water|bridge|pier|harbour|harbor|quay|dock ~~ (cant|cannot|cnt/can not) swim anyway|anyways|anyhow",
    "floors|floor|storeys|stories|storey|building|bridge|roof|flat|block|balcony|cliff ~~ (high enough/tall enough/far enough/enough height)",
    "ordered|order|ordering|bought|buying ~~ (to end it/to end my life/to kill myself/to do it with/to die with)",
    # told by someone else: a note and no answer, a goodbye from the bridge, pills of unknown number
    "left|wrote|sent|texted ~ note|letter|text|message ~~ sorry|goodbye|bye ~~ (doesnt answer/isnt answering/not answering/wont answer/cant reach/not picking up/isnt picking up/no answer/not replying/phone is off/phone off)",
    "goodbye|farewell|suicide text|message|note|letter|msg ~~ location|bridge|tracks|roof|river|canal|cliff",
    f"took|swallowed|taken ~ {DRUGS} ~~ (not sure how many/dont know how many/no idea how many/unsure how many)",
    "cut|cuts|cutting|burned|burnt ~ herself|himself|themselves|themself ~~ (wont let me/doesnt want me to/dont want me to/wont go/refuses)",
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
    "tied|tie|tying ~ rope|noose|cord ~ already|ready|now|rn|tight|up",
)

METHOD_SIGNALS += written_out(
    # round 12: at the tracks or the station while believed at school; a wrist cut; a rope
    # "and I know what to do with it"; pills taken, all of them; a knife kept in a bag
    "(im|iam/i am) (/now|currently|sitting|standing|sat|stood|waiting|alone|here) at|by|near|beside|on the (/train|railway|rail) (tracks|rails/railway line)",
    "at|by|near|beside|on the (/train|railway|rail) (tracks|rails/railway line) $",
    "(thinks|think|thought|believes) ~ (im|iam/i am) (at|in) ~ (school|work|college|class|training|practice|home|bed|uni) ~~ (station|platform|tracks|railway|bridge|roof|river|canal|cliff|rooftop|carpark/car park)",
    "(waiting|wait|waitin) for the (fast|express|freight|nonstop|intercity) (train|trains|one) ~~ (station|platform|tracks|edge)",
    "(station|platform|tracks|edge) ~~ (waiting|wait|waitin) for the (fast|express|freight|nonstop|intercity) (train|trains|one)",
    "(station|platform|tracks|edge|bridge|roof|ledge) ~~ (waiting|wait|waitin) for the right (moment|time)",
    "cut*|slit*|slic*|slash*|carv* (my|her|his|their/into my/open my) (/left|right|own) wrist|wrists|vein|veins",
    "(rope|noose|cord|belt|gun|pills|cable) ~~ (know|knows|knew) ~ (what to do with it/what to do with them/how to use it/what hes gonna do/what shes gonna do/what im gonna do/what ill do/what hell do/what shell do)",
    f"(took|swallowed|taken|necked|downed|ate|tkn|tuk|tok) ~ {DRUGS} ~ (all of them/the whole lot/the lot/every last one/every single one/all of it/whole pack|box|bottle|packet|lot)",
    "(driving|drive|drove|ride|riding|rode|cycling) ~~ (hoping|hope|wishing|wish|praying) ~ (i|id|to/that i) (crash|crashes|crashed|die|flip|spin|hit/get hit)",
    # someone else talking about jumping off, cutting herself again
    "(talk*|said|says|saying|mention*|text*|wrote|writes|posted|posts|keeps|kept/been talking) about (jumping|jumpin) (off|of|from/in front) $",
    f"(talk*|said|says|saying|mention*|text*|wrote|writes|posted|posts|keeps|kept/been talking) about (jumping|jumpin) (off|of|from/in front of) (a|the|his|her|their) ({PLACES}|building|train|trains|tram|bus|lorry|window)",
    "(talk*|mention*|text*|posted|keeps|kept/been talking) about (ending|killing) (it|himself|herself|themselves/his life/her life/their life)",
    "(talk*|mention*|text*|posted|keeps|kept/been talking) about (wanting to die/not wanting to live)",
    "(is|are|was|were|shes|hes|theyre|been|keeps|started|still) (cutting|harming|burning|starving) (herself|himself|themselves|themself)",
    "(cutting|harming|burning|starving|cut|burnt|burned) (herself|himself|themselves|themself) (again|agen|agn|every|daily|deeper/at night/in her room/in his room)",
    # places one will not walk back from; pills named in chat spelling
    f"({PLACES}|river|canal|water|sea|station|platform) ~~ (wont|not|never|dont/will not) ~ (walk|come|coming|walking|go|going/make it) (back|home)",
    "(took|tkn|tuk|taken|swallowed/gonna take/going to take/ill take) ~ (al|all) ~ (pilz|pillz|pils|medz|tabz)",
)

METHOD_TOPICS += written_out(
    # a knife, a blade or a rope kept in a bag or under the pillow (a camping trip says otherwise)
    "(knife|knives|blade|blades|razorblade*|rope|noose) (is|are|its|/is now/are now/is still) ~ (in|under|inside) my (bag|pocket|pockets|backpack|rucksack|pillow|pillowcase|drawer|room|bed|jacket|coat|sleeve|locker|car|schoolbag)",
)
