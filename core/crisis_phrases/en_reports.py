"""English crisis phrases, added to en.py's lists: someone else in danger as a parent, a friend or
a partner reports it (REPORT_SIGNALS), more first-person ways of saying it in chat spelling
(MORE_SIGNALS, MORE_TOPICS), and the harmless set phrases around them (MORE_HARMLESS)."""

from __future__ import annotations

from core.crisis_phrases.en_methods import BODY, DRUGS
from core.crisis_phrases.en_ways import ANYMORE
from core.phrases import written_out

# "Tomorrow" as typed in a chat, and by someone who mixes in Dutch ("morgen").
TOMORROW = (
    "tomorrow|tomorow|tommorow|tomorrw|tmrw|tmr|tmw|tomo|tomoz|2morrow|2moro|2morow|2mrw|2mro"
    "|morgen|mrgn"
)
TONIGHT = "tonight|tonite|2nite|2night|tnight|vanavond"
# Someone else, and the word for himself or herself.
HIMSELF = "himself|herself|themselves|themself|hisself|hself"
PERSON = (
    "he|she|they|hes|shes|theyre|son|daughter|brother|sister|bro|sis|friend|bff|bestie|cousin"
    "|boyfriend|girlfriend|bf|gf|mate|kid|child|student|client|classmate|roommate|flatmate"
    "|colleague|partner|husband|wife|nephew|niece|mattie|brada|zoon|dochter|broer|zus"
)
# Not answering, not reachable, shut in: a group of choices.
UNREACHABLE = (
    "(not|isnt|wont|doesnt|didnt|cant|cannot|no|nobody ~ answer|answering|answers|reach"
    "|pick|picking|reply|replying|replies|respond|responding|open|opening|online"
    "/phone|phones|door ~ off|locked|dead/locked himself|herself|themselves|themself"
    "/left me on read/gone offline/knows where)"
)
# Thanks and goodbyes (one word each, for "|").
THANKS = "thanks|thank|thx|ty|tysm|tnx|thnx|tanks|bedankt"
EVERYTHING = "everything|evrything|everythin|evrythin|everyting|evryting|evrythng|all"
GOODBYE = "bye|goodbye|gbye|byebye|farewell|bslama|beslama|bslma|beslema|bsslama|doei|ciao"

REPORT_SIGNALS: tuple[str, ...] = written_out(
    # wanting to kill himself, hang herself, end their life: wanted, planned, threatened, said
    "wants|want|wanted|wanna|wana|going|gonna|gona|gunna|gna|will|wil|hell|shell|theyll|plans"
    "|planning|planned|threatens|threatened|threatening|tries|trying|thinking|thinks|talks"
    "|talking|talked|ready|about|decided|wishes|wish ~ kill|kil|killing|hang|hanging|drown"
    "|drowning|shoot|shooting|poison|poisoning|unalive|unaliving|off|offing|end|ending"
    f"|overdose|od {HIMSELF}",
    "(wants|wanted|wnts|wishes|wished|wanna|wana) (to|2) (die|dy|di/be dead/be ded/b dead/b ded"
    "/not exist/not be alive/not live/not be here anymore/disappear forever/end it all"
    "/end his life/end her life/end their life/end everything/stop living)",
    "wants|wanted|wishes|wished|wanna|wana|plans|planning|planned|going|gonna|gona|will|wil"
    "|hell|shell|theyll|threatening|threatened|about|decided|ready ~ take|taking|end|ending"
    " his|her|their (/own) life",
    # wishing he were dead or never born
    "he (wishes|wished|wish) he (was|were|wz|wuz/wud be/would be"
    "/could be) (dead|ded/never born/not alive/not born/gone forever)",
    "she (wishes|wished|wish) she (was|were|wz|wuz/wud be/would be"
    "/could be) (dead|ded/never born/not alive/not born/gone forever)",
    "they (wish|wished) they (was|were|wz|wuz/wud be/would be/could be)"
    " (dead|ded/never born/not alive/not born/gone forever)",
    "(he|she|they) (wishes|wished|wish) (he|she|they) (wasnt|werent|wznt/was not/were not"
    "/had never been/was never/were never/never was) (alive|born|here|around)",
    # he does not want to live, to be alive, to exist
    "doesnt|doesn|dosnt|dosent|doesent|dsnt|didnt ~ (want to/want 2/wnt to/wanted to/wanna"
    f"/wana) (live|liv|exist|exsist/be alive/b alive/keep living/go on living/be here {ANYMORE}"
    f"/be here no more/be here any more/live {ANYMORE}/be alive {ANYMORE})",
    "(does not/did not/no longer) (want|wants|wanted) to (live|exist/be alive/keep living)",
    # going to jump, and not answering now
    "is|s|are|was|hes|shes|theyre|going|gonna|gona|will|wil|hell|shell|theyll|wants|wanna"
    "|about|threatening|threatened|threatens|planning|plans|said|says|texted|messaged|wrote"
    f" ~ jump|jumpin|jumping|overdose|od ~~ {UNREACHABLE}",
    "(gonna|gona|gunna|will|wil|hell|shell|theyll|ill|il/going to/im gonna/wants to/about to"
    "/threatening to/threatened to/says he will/says she will/said he would/said she would"
    f"/said hed/said shed) jump ({TONIGHT}|rn|now/right now)",
    # he cuts himself, she harms herself: a habit, not a kitchen accident (MORE_HARMLESS)
    f"cuts|harms|starves|slits|selfharms {HIMSELF}",
    f"({PERSON}) (cut|cuts|cutting|harm|harms|harming) ({HIMSELF}) ~~ (so it ends/so it stops"
    "/so its over/to end it/to die/for good/again|agen|deeper|every|daily|sleeves|arms|wrists"
    "|thighs|legs|razor|blade|blades)",
    "(goes|go|going|cut|cuts|cutting|slice|slices|press|presses) deeper ~~ (so it ends/so it stops"
    "/so its over/so it finally ends/so it finally stops/to end it/end it all/to die/for good"
    "/and not wake up/then its over/and its over)",
    # blood on his sheets and cuts on his arms; cuts found on her
    "blood (on|in) (his|her|their|my) (sheets|bed|pillow|pillowcase|towel|towels|sleeve|sleeves"
    "|bedsheets|duvet|hoodie|sink|bathroom) ~~ (cut|cuts|cutting|scars|blade|blades|razor"
    f"|razors|knife|{BODY})",
    "(found|saw|seen|noticed|discovered|spotted) ~ (cuts|scars|burns|wounds/cut marks"
    "/burn marks) ~ (on/all over) (his|her|their) (wrist|wrists|arm|arms|forearm|forearms"
    "|thigh|thighs|hip|hips|stomach|belly)",
    "(found|saw|seen|noticed|discovered|spotted) ~ (blades|razors|razorblades/razor blades"
    "/sharpener blades) ~ (in|under) (his|her|their) (room|bed|drawer|bag|pillow|desk"
    "|pencilcase/pencil case)",
    # a goodbye note or message, and no answer or a locked door
    "note|letter|message|msg|text|post|story|snap|status|voicemail ~ saying|says|said|with"
    f"|like ~ goodbye|bye|sorry|farewell|goodbyes|byebye ~~ {UNREACHABLE}",
    "he|she|they|hes|shes|theyre ~ said|saying|say|says|sent|texted|posted goodbye|bye|goodbyes"
    f" ~~ {UNREACHABLE}",
    # things given away with a goodbye
    "(gave|given|giving|give|gives) ~ (me|us|away|her|his|their|my) ~ (jewelry|jewellery"
    "|jewlery|necklace|ring|rings|bracelet|watch|clothes|phone|games|console|switch|xbox"
    "|playstation|ps5|ps4|stuff|things|belongings|savings|money)"
    " ~~ (said goodbye/saying goodbye/say goodbye/said bye/saying bye/goodbyes/said farewell"
    "/like a goodbye/like goodbye/wont need them/wont need it/dont need them anymore)",
)

MORE_SIGNALS: tuple[str, ...] = written_out(
    # pills, a rope or a blade ready, in front of me, lined up
    f"({DRUGS}|pillen|pilz|pillz|rope|noose|knife|blade|blades|razor|razors) ~ (ready|redy"
    "|prepared/lined up/laid out/all ready/counted out/in front of me/next to me/beside me"
    f"/on my lap/in my hand/in my hands) ~~ ({TONIGHT}|now|rn|today|later)",
    f"({DRUGS}|pillen|pilz|pillz|rope|noose) ~ (in front of me/lined up/laid out/counted out) $",
    # all the pills taken, in mixed language ("took all the pillen")
    "(took|tuk|tok|taken|tkn|swallowed|swalowed|swallowd|necked|downed|ate) ~ (all|al|alle"
    "|every|whole) ~ (pillen|pilletjes|medicijnen|tabletten|pilz|pillz|medz|tabz)",
    # the date picked and nothing mattering any more
    "(dont care/doesnt matter/nothing matters/no point/dont see a future/no future/its decided"
    "/ive decided/i decided/made up my mind) ~~ (picked|chose|chosen|set|fixed|circled|marked"
    "/decided on) ~ (a|the|my) (date|day)",
    "(picked|chose|chosen|set|fixed|circled|marked) ~ (a|the|my) (date|day) ~~ (dont care"
    "/doesnt matter/nothing matters/no point/bye|goodbye/its over/im done/my last/wont be here"
    "/wont need)",
    # you will not have to help me, deal with me, worry about me any more
    "dont|wont|never|not|longer ~ have|need|got to|2 help|save|coach|worry|deal|look|check"
    "|bother|care|put|listen|hear ~ me ~~ (wont need/not gonna need/not going to need"
    "/ever again/for good/much longer)",
    # not here tomorrow, and thanks for everything
    f"(wont|never|aint/not gonna/not going to/not gona) be ~ (here|alive|around) ~ ({TOMORROW})",
    "(wont|not|never|aint/not gonna/not going to/no longer) ~ be ~ (here|alive|around) ~~"
    f" ({THANKS}) (for|4) ({EVERYTHING}) $",
    # not here next week: cancel it all
    "(wont|not|never|aint/no longer/not gonna/not going to) ~ be ~ (here|alive|around) ~~ (cancel"
    "|cancell|cancl|cancelled) ~ (the|my|all|every|our|any|it) ~ (appointment|appointments|appt"
    "|session|sessions|meeting|meetings|intake|everything|plans)",
    "(cancel|cancell|cancl) ~ (the|my|all|every|our|any) ~ (appointment|appointments|appt"
    "|session|sessions|meeting|meetings) ~~ (wont|not|never/no longer) ~ be ~ (here|alive"
    "|around) (anymore|anymor|nomore|again/by then/$)",
    # can't do this anymore, and tonight it is over
    "cant|cnt|cannot|kant ~ do|take|handle|stand|cope|continue|on ~"
    f" ({ANYMORE}/any more/no more/any longer) ~~ {TONIGHT} its|it|i|ill|everything|al ~ over"
    "|ends|end|stops",
    f"({TONIGHT}) (its over/it ends/it all ends/its all over/i end it/i finish it"
    f"/i end everything/ill end it) ~~ (cant|cnt|cannot|sorry|{GOODBYE}|forgive) ~ ({ANYMORE}"
    "/for trying/me/$)",
    # finishing it, and thanks for trying
    "(finish it/end it/end everything/its over/im gone/ill be gone/its too late/i cant anymore"
    f"/cant anymore) ~~ ({THANKS}|sorry) ~ (for|4) (trying/trying to help)",
    f"({THANKS}) (for|4) (trying/trying to help) ~~ (but its too late/its too late/but im done"
    f"/i cant {ANYMORE}/its over/i finish it/i end it/ill be gone/im gone)",
    # cut my self again, in chat spelling
    "(cut|cutt|cuttin|cutting|cuting|burned|burnt|burnd|hurt|harmed) (my self/me self/myslf"
    "/myslef/mysef/miself/mself/meself/mysf) (again|agen|agn|agian|agin|againn|deep|deeper|sry"
    "|sorry)",
    # sleep forever, in chat spelling
    "(slep|sleep|slp|sleap) (forevr|4ever|4evr|4eva|foreva|forva|frever|furever|forevs|forver"
    "|forevah/for ever/4 ever/for good/4 good/and never wake/and not wake/n never wake)",
    "(slep|slp|sleap) (forever/and never wake up/and not wake up)",
    # gone before you read this
    "(gone|ded|dead/not be here/not be alive/not be around) ~ (before|b4|bfore|befor/by the"
    " time) ~ u|you|ya|anyone|someone|they|yall|guys|somebody|mum|mom|dad|people ~ read|reads"
    "|see|sees|find|finds|get|gets|open|opens ~ this|it|msg|message",
    # my body giving up, my heart stopping: wished for
    "(want|wanna|wana|hope|hoping|pray|praying|wish/waiting for/wait for) ~ my (body|heart"
    "|organs|lungs) ~ (to give up/to stop/to shut down/gives up/stops/to fail/fails/shuts down"
    "/to quit/quits/gave up/to just stop/to finally stop/finally stops)",
    # last message, and goodbye
    f"({GOODBYE}) ~~ (last|final|laatste) (msg|message|text|mesage|messege|mssg|bericht) $",
    "(its finished/its over/its done/im done/im finished/its the end/the end) ~~ (last|final)"
    " (msg|message|text|mesage|messege|mssg) $",
    "(last|final) (msg|message|text|mesage|messege|mssg) ~~"
    f" ({GOODBYE}/its finished/its over/its done/the end) $",
    # I won't text again, ever; you won't hear from me again
    f"{GOODBYE} ~~ wont|never|not ~ text|message|msg|write|talk|speak|hear|see|bother ~ (again"
    " ever/ever again/again $/ever $/agen $)",
    "wont|never|not ~ text|message|msg|write|talk|speak|hear|bother ~ (again ever/ever again)"
    f" ~~ {GOODBYE}",
    # thinking of taking my life
    "(thinking|think|thinkin|thought|thinks) ~ (of|about|abt|bout|abut) ~ (taking my life"
    "/taking my own life/taking myself out/offing myself/topping myself/ending my life"
    "/ending it all/not being here/killing my self)",
    "taking my (/own) life (away/$)",
    # if I drown, disappear, die: nobody would notice
    "(if|when|wen|once) i ~ (die|died|drown|drowned|disappear|disappeared|vanish|vanished|jump"
    "|jumped/was|were|am gone|dead/kill|killed myself/dont|didnt|never wake up"
    "/stop breathing) ~~ (nobody|noone|nobodi"
    "|nobdy/no one/would anyone/anyone would/not a soul) ~ (notice|care|miss|cry|know|realise"
    "|realize|mind|noticed|cared|missed)",
    # going to stop breathing
    "(want|wanna|wana|gonna|gona|will|ill|il/going to/wish i could/wish i would/just want to"
    "/plan to/planning to/decided to/im gonna) ~ stop (breathing|breathin/my heart)",
    f"stop (breathing|breathin) ~ ({TONIGHT}|forever|permanently/for good/one way or another"
    "/for ever/and never/and not)",
    "(one way or another/one way or the other) ~~ (im gone/end it/ending it/its over/die|dead"
    "/stop breathing/not be here/wont be here/kill myself/be gone/no more me)",
    # the only one who helped me, and bye
    "(only one/only person/only 1) ~~ (helped|help|helps|cared|cares|listened|listens|believed"
    f"|tried|understood|saw|stayed/was there/got me) ~~ {GOODBYE} (/coach|all|everyone|yall"
    "|guys|bro|sis|forever|4ever) $",
    "(only one/only person/only 1) ~~ (helped|help|helps|cared|cares|listened|listens|believed"
    "|tried|understood|saw|stayed/was there/got me) ~~ (im going now/im leaving now/i go now) $",
    f"({GOODBYE}) ~~ (only one/only person/only 1) ~~ (helped|help|helps|cared|cares|listened"
    "|listens|believed|tried|understood|saw|stayed/was there/got me)",
    # what happens to my things when I am dead
    "what|who ~ happens|happen|gets|get|takes|take|pays|pay ~~ if|when|once|after|wen"
    " im|i|iam ~ dead|ded|die|died",
    "what|who ~ happens|happen|gets|get|takes|take|pays|pay ~~ (after my death/if i kill myself"
    "/when i kill myself)",
    # standing at the water now, and sorry
    "(stand|standing|stood) (at|by|near/on the edge of/in front of/at the edge of) the (edge"
    "|tracks|railway|rails|cliff) (now|rn"
    "|again|alone|atm/right now/its cold/so cold/its dark/all alone)",
    "(at|by|near) the (water|river|canal|edge|pier|quay|harbour|harbor|dock|tracks|railway"
    "|bridge|cliff) ~~ (sorry/forgive me/im sorry) $",
    # the train passes at seven, and I know where to stand
    "(train|trains|intercity|freight|sprinter|tram|metro|express) ~~ (know|knows|picked|found"
    "|chose|decided|figured) ~ (where to stand/where ill stand/where i will stand/where to jump"
    "/where to wait/the spot/the right spot/the place/the right place/when to step"
    "/when to jump)",
    "(know|knows|picked|found|chose|decided) (where to stand/where ill stand/where to jump"
    "/when to step/when to jump) ~~ (train|trains|intercity|freight|sprinter|tram|metro|tracks"
    "|platform|station|bridge|railway)",
    # tell my mum sorry, tell the others I'm sorry, I really tried
    "tell ~ mum|mom|mam|mama|mummy|mommy|moeder|yemma|dad|papa|father|mother|parents|family"
    "|sister|brother|nan|gran|grandma|others|everyone|everybody|evry1|every1|all|them|friends"
    "|yall|guys|rest ~ sorry|sry|soz ~~ (i tried/i really tried/i did try/i couldnt/i cant/$)",
    # taken to hospital, my stomach pumped, and trying again
    "(hospital|ambulance|icu|emergency|stomach|survived|saved/woke up/still alive/didnt work"
    "/didnt die/wasnt enough) ~~ gonna|gona|gunna|will|ill|il|going|time ~ (try/do it) (again"
    "|agen|agn|properly) (tonight|soon/$/this time)",
    "(pumped my stomach/pump my stomach/my stomach pumped/stomach pumped) ~~ (again|agen|agn"
    "|try|pills|meds|took/on purpose/next time/didnt work/wasnt enough)",
)

MORE_SIGNALS += written_out(
    # someone else's attempt, threat or pills saved up
    f"(tried|attempted|tries|trying) ~ (kill|hang|drown|overdose|od|end) ({HIMSELF}/his life"
    "/her life/their life)",
    "threat*|threaten ~ (jump|hang|overdose|od|drown/end his life/end her life/cut himself"
    "/cut herself/kill himself/kill herself)",
    f"(saving|saved|collecting|collected|hoarding|hoarded|stockpiling|stockpiled) (her|his|their"
    f"|up) (/own|sleeping) ({DRUGS})",
    # a goodbye posted with a location; a photo of pills with a sorry
    "(posted|sent|texted|wrote|shared|put) ~ (goodbye|farewell|goodbyes) ~~ (location|bridge"
    "|tracks|roof|river|canal|cliff|station|railway)",
    f"(photo|pic|picture|snap|foto|selfie) ~ of ~ ({DRUGS}|rope|noose|knife|blade|blades|razor"
    "|razors|cuts|wrists|tracks) ~~ (sorry|goodbye|bye|forgive)",
    # tonight her last night; counting down until it is over; a plan for tonight, and sure now
    "(tonight is/tonights/tonite is/this is) (my|her|his|their) (last|final) night (/alive"
    "/on earth/ever) $",
    "counting down ~~ (until|till|til|to) ~ (its over/it ends/im gone/i die/the end/i can go"
    "/i can leave)",
    f"(gonna|gona|will|ill|il/going to/im gonna/im going to) do it ({TONIGHT}) ~~ (im sure"
    "/sure now/decided/im ready/bye|goodbye/sorry/nobody can stop me/no one can stop me)",
    "(everything is/its all/all is/everything|all|its) (arranged|sorted|planned|organised"
    "|organized|prepared|settled) ~~ (take care of/look after/goodbye|bye/sorry/love you)",
    "(deleted|deleting|delete) ~ (all my/my) (photos|pics|pictures|posts|socials|accounts"
    "|messages|chats) ~~ (letter|note|goodbye|bye/its time/im ready)",
    # rest forever; gone soon and nothing matters; nothing left to live for; end my pain
    "(want|wanna|wana|wish|need|just|finally) ~ (rest|slep|sleep) (forever|forevr|4ever"
    "|eternally/for ever/for good)",
    "(nothing matters/doesnt matter/dont care/no point/who cares) ~~ (be gone/be dead/not be"
    " here/wont be here/be over) (soon|anyway/$)",
    "nothing|nothin|nuthin|noone|nobody|no1 ~ to live for",
    "(end|stop) ~ (my pain/the pain/this pain/my suffering/the suffering) (for good/forever"
    "/permanently/once and for all)",
    "(gonna|gona/going to/want to/wanna/wana/will/ill/about to/thinking about) ~ (jump|jumping)"
    " (off|of|from) ~ (garage|parkinggarage|carpark|tower|flat|flats|block|window|overpass"
    "|viaduct|flyover|apartment|rooftop|highrise|skyscraper/parking garage)",
    "(thoughts|thought) ~ (tell|tells|telling|told) me to (jump|cut|die|hang|drown/kill myself"
    "/end it/hurt myself)",
    "(sorry for being/sorry i was/sorry that im/sorry im) ~ (disappointment|failure|burden"
    "/let down) ~~ (goodbye|farewell/bye forever/love you)",
)

MORE_SIGNALS += written_out(
    # nobody needs to look for me; a weight dragging everyone down
    "(nobody|noone/no one) ~ (look|looking|search|searching) for me",
    "(weight|burden|anchor) ~~ (dragging|drags|pulling|holding) ~ (everyone|everybody|you|them"
    "|yall|family) down",
    "(shd|shd) (again|agen|agn)",
    # when everyone is out, then I'll do it; savings given away; talk me out of it
    "(everyone|everybody|parents|they|mum|mom|dad) ~ (is|are|r) (out|away|gone|asleep) ~~ (ill do"
    " it/il do it/i will do it/im doing it/im gonna do it/do it then/thats when)",
    "(transferred|transfered|gave|sent|giving|left) ~ my savings ~~ (use it well/you need it more"
    "/wont need/dont need/for you/for my)",
    "talk me out of (it|this) ~~ (about to|going to|gonna/do something/do it)",
    "(about to/im gonna/going to) do something (stupid|dumb|bad|drastic|permanent)",
    "(want|wnt|wanna|wana|wna) (to|2) (dye|dy|di) (so bad/so badly/rn|fr|tbh|$/right now)",
    "(gonna|gona|will|ill|il/going to) do it this time ~~ (for real/fr|4real/no cap/im serious"
    "/not joking)",
)

MORE_TOPICS: tuple[str, ...] = written_out(
    # "my self" as two words, and other spellings of "myself"
    "cut*|burn*|harm*|hurt* (my self/myslf/myslef/mysef/miself/mself/meself/mysf)",
    # cuts seen on someone's body (a fall or a bramble in ABOUT says otherwise)
    f"(cuts|scars|burns|wounds/cut marks/burn marks) (on/all over) (his|her|their) ({BODY})",
)

MORE_HARMLESS: tuple[str, ...] = written_out(
    # a burden on one's wallet, a financial one
    "(burden|drain) (on|to|for) ~ (wallet|wallets|budget|finances|bank|purse|money|pocket"
    "|funds|taxpayer|economy|system|bills|account|insurance)",
    "(financial|financially|money|budget) burden",
    # a phone that wants to die; an old man who wants to die at home
    "(phone|battery|laptop|computer|pc|car|plant|plants|tv|console|charger|fridge|printer|wifi"
    "|internet) ~ (wants|wanted|want) (to|2) die",
    "(wants|wanted|wishes|wished) (to|2) die (at home/in peace/peacefully/in his sleep"
    "/in her sleep/of old age/old/happy/rich/famous)",
    # killing himself laughing, or on a motorbike; working himself to death
    "(kill|kil|killing|killed|kills) (himself|herself|themselves|yourself|urself|myself)"
    " (laughing|laughin/with laughter)",
    "(kill|kil|killing) (himself|herself|themselves|yourself|urself) (on|riding|driving|doing"
    "|working|studying|training) (that|this|the|his|her|their|a|so|too|like) ~ (bike|scooter"
    "|motorbike|moped|skateboard|board|car|quad|trampoline|stunt|stunts|ladder|hard|much)",
    # living to a hundred; someone in a series or a first aid course who cuts himself
    "live (to|till|until|til) (80|90|100|hundred/a hundred/old age)",
    "(guy|girl|boy|man|woman|kid|character|person|someone|somebody|teen|teenager|student|child)"
    " (who|that) (cuts|cut|harms|starves|kills|hangs|hurts) (himself|herself|themselves|themself)",
    "(if|when|how) (someone|somebody|people|you|u/a person) (cuts|cut|harms|hurts|burns)"
    " (himself|herself|themselves|themself|yourself)",
    "(someone|somebody|anyone|people|students|kids|teens/a person/young people) (wants|want"
    "|wanted|wishes|wish) (to|2) (die/end their life/kill themselves/kill themself)",
    "if|when|how|whenever ~ someone|somebody|people|anyone|person|student|client|friend"
    " says|tells|tell|mentions|talks ~ they|he|she|theyre|hes|shes ~ want|wants|wanted|going"
    "|gonna|will ~ die|kill|end",
    # a knife ready for cooking, medicine ready for a trip; fed up with the traffic
    "(knife|knives) ~ ready (for|to) (cooking|cook|dinner|lunch|chopping|cut|slice|carve|carving"
    "|the|bbq)",
    f"({DRUGS}) ~ ready (for|to) (the trip/the holiday/travel/travelling/the morning/breakfast"
    "/school/work/the week/pack)",
    "(cant|cannot) (take|stand|handle) (it|this) (anymore/any more) (with|from) (the|this|these"
    "|that|those/all these/all the)",
    # cut oneself shaving or on glass
    "(cut|cuts|cutting) (himself|herself|themselves|themself|myself) (shaving|cooking|chopping"
    "/by accident/accidentally/while shaving/while cooking/on glass/on broken glass/on a can"
    "/on paper/on the fence/on a fence/on a nail/on a knife)",
    # taking my life back, into my own hands
    "(take|taking|took|taken) (my|ur|your) (/own) life (back|seriously/into my own hands"
    "/in my own hands/to the next level/in hand)",
    "(take|taking|took|taken) (my|ur|your) (/own) life (in|into) (/a|the|another) (new|different"
    "|right|other|another|better) (direction|way|path|level)",
    "(take|taking|took|taken) back (my|ur|your) life",
    # an appointment cancelled for a reason
    "(cancel|cancell|cancl) ~ (the|my|our) (appointment|appt|session|meeting|intake) ~~ (sick"
    "|flu|fever|covid|dentist|doctor|doctors|funeral|wedding|holiday|vacation|trip|exam|exams"
    "|interview|shift|work|school|busy|family|abroad|away|visiting)",
    # sleeping for ever after a long week; living with us, abroad, near school
    "(could|cud|can) ~ (sleep|slp) (forever|forevr|4ever|4evr/for ever/for days/for a week"
    "/for years/for a year)",
    "live (with us/near|abroad|together|alone/on campus/at home/closer to)",
    # trying again next time, at something
    "(try/do it) again (next week/next year/next time/for the job/for the exam/for the test"
    "/for my license/for my licence/for my driving)",
)
