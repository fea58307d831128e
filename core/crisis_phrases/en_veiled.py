"""English crisis phrases said in few words or half said (round 14), added to en.py's lists:
short goodbyes after "can't anymore", a day named for it, a plan or a letter left behind, a place
one will not come down from, and what a worried parent, sister or friend reports (VEILED_SIGNALS,
VEILED_TOPICS); the harmless set phrases around them (VEILED_HARMLESS, VEILED_ABOUT)."""

from __future__ import annotations

from core.crisis_phrases.en_methods import BODY, DRUGS, PLACES, VEHICLES
from core.crisis_phrases.en_reports import GOODBYE, THANKS, UNREACHABLE
from core.crisis_phrases.en_ways import ANYMORE
from core.phrases import written_out

DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight|tonite|tomorrow|tmrw"
)
OCCASIONS = "birthday|bday|christmas|xmas|summer|newyear|graduation|18|eighteen|exams|holidays"
SOMEONE = "he|she|they|hes|shes|theyre|hell|shell|theyll"
# "Going to" as typed in a chat: "ima jump", "finna end it".
GOING_TO = "ima|imma|imna|ama|finna|boutta|bouta|gna|gunna|gonna|gona"

VEILED_SIGNALS: tuple[str, ...] = written_out(
    # can't anymore, and a goodbye or a sorry: "cant anymore. bye", "cant go on. sorry"
    f"cant|cnt|cannot|kant|cnat ({ANYMORE}/any more/no more/go on/do this/do it/take it/take this"
    f"/do this anymore/take it anymore) ~ ({GOODBYE}|sorry|sry|soz|srry|forgive|love"
    "/forgive me/love you/love u/love yall/im sorry/bye all/bye everyone/sorry mom/sorry mum) $",
    # giving up, and a goodbye; about to jump
    f"(i give up/its over/no more/i quit life) ({GOODBYE}|sorry|sry|soz/forgive me"
    "/love you/love u/love yall/bye all/bye everyone) $",
    "(bout to/abt to/about 2/bout 2/going 2/gonna go) (jump|jumpin) $",
    # said she will be dead soon
    "(said|says|saying|texted|wrote/told me/tells me/keeps saying) ~ (he|she|they|hell|shell"
    "|theyll) ~ (/will|wil|gonna|gona/going to) be (dead|ded|gone) (soon|before|b4|befor|by)",
    # the means ready: "pills r ready", "rope is ready now"
    "(pills|pils|pilz|pillz|tablets|tabs|rope|noose|blades|razor|razors|knife) (r|are|is|iz|ar"
    "/are all/r all/all/is all) (ready|redy|set|prepared|counted/lined up) (/now|rn|tonight|tonite) $",
    # the day named: "sunday is the day", decided and a day after school
    f"({DAYS}|today|friday) (is|iz/will be/is gonna be) the (day|night) $",
    f"(already decided/ive decided/i decided/decided already/made up my mind/my mind is made up"
    f"/its decided) ~~ ({DAYS}) (/after school/after work/night/morning/evening/it is) $",
    # "ima jump", "finna end it", "imma kms"
    f"({GOING_TO}) (jump|jumpin|kms|kys) $",
    f"({GOING_TO}) (kill myself/kil myself/end it/end it all/end my life/unalive myself/od/overdose"
    "/hang myself/jump off/jump in front/end everything/do it tonight)",
    # cut deep this time
    "(cut|cutting|cuts|cutted|cutt/i cut) ~ (deep|deeper) (again|tonight|today|af|emojiblood"
    "/this time/last night)",
    # a goodbye text sent, and the one who writes is scared
    "(send|sent|sends|sending|texted|posted|wrote|dmd|snapped) ~ (goodbye|bye|farewell|goodbyes)"
    " (txt|text|msg|message|messages|note|letter|post|story|video|vid|voicemail|voice*) ~~ (help"
    "|scared|worried|afraid|pls|please|plz/what do i do/what should i do/what do we do/call)",
    # if I am still here then; if there is a next time
    "if (im|i|iam/i am/i m) (still|stil) (here|alive|around|breathing|living) (then/by then/$/tbh"
    "|lol|haha|tho|though|ngl)",
    "(if i make it/if i last/if i survive) (that long/till then/til then/until then/to then)",
    # pills saved up; looked up how many, and I have enough
    f"(have|got|ive/i have/ive got/i got) ~ ({DRUGS}|pils|pilz|pillz) (saved|stashed|hidden|hid"
    "|collected|stockpiled|hoarded/saved up/put away)",
    f"(how many/how much) ~ ({DRUGS}) ~~ (i have enough/ive got enough/i got enough/have enough"
    "/got enough/i have that many/i have more than that)",
    # you won't hear from me again, or after today
    "(wont|never|not/will not/wil not) ~ hear from me (again|anymore|ever|nomore/no more/any more"
    "/after today/after tonight/after this/after that/ever again)",
    # sorry or love passed on, if something happens to me
    "(sorry|love|goodbye|bye|forgive|miss) ~~ (if something happens/if anything happens/in case"
    " something happens/in case anything happens/should something happen/if something happened)"
    " to me",
    # not lasting till Tuesday, and a plan
    "(last|survive/make it) ~~ (i have a plan/ive got a plan/i got a plan/i made a plan/i have"
    " a way/i know how)",
    f"(dont think/not sure/doubt) ~ make it (to|till|til|until|past) ({DAYS}) (tbh|ngl|fr|honestly"
    "|tho|anyway|anyways|lol) $",
    # a knife in bed, thinking about doing it
    "(knife|knives|blade|blades|razor|razors|rope|noose|pills|belt) ~~ (thinking about doing it"
    "/think about doing it/thought about doing it/thinking of doing it/should i do it"
    "/gonna do it/going to do it/about to do it/ready to do it)",
    "(thinking about doing it/think about doing it/thought about doing it/thinking of doing it)"
    " ~~ (knife|knives|blade|blades|razor|razors|rope|noose|pills|belt|bridge|roof|tracks)",
    "(in|on) (bed/my bed/my room/the bathroom/the toilet/my bathroom) ~ with (a|my|the)"
    " (knife|blade|razor|rope|noose)",
    # he or she wants to vanish, to be gone, to be nothing; does not deserve to live
    f"({SOMEONE}|says|said|saying/told me) ~ (wants|wanted|wishes|wished|wnts|wanna) (to|2)"
    " (vanish|disappear|disapear|dissapear/be gone/be nothing/stop existing/not wake up"
    "/never wake up/sleep forever)",
    "want|wanna|wana|wish|just want ~ (to be nothing/to become nothing/be nothing/to be gone"
    "/to just be gone/to fade away/to slowly disappear)",
    "(doesnt|dosnt|doesn|didnt|dont|dnt/does not/do not) ~ (deserve|deserves) (to live/to be alive"
    "/to exist/to be here/to breathe/to be born)",
    # not eating, to disappear
    "(dont|didnt|not|stopped|stop|wont|never|doesnt|cant) (eat|eating) ~~ (disappear|vanish"
    "|disapear/fade away/waste away/be nothing/be gone/want to die/wanna die)",
    "(disappear|vanish|disapear/fade away/waste away/be nothing) ~~ (not eating/stop eating"
    "/stopped eating/dont eat/wont eat/didnt eat/doesnt eat)",
    # not here next month anyway, and it does not matter
    "(doesnt matter/dont care/who cares/whatever/no point) ~~ (wont|not|never/will not) ~ be"
    " (here|around|alive) ~ (next|anyway|anyways|anyhow|then/by then/much longer)",
    "(wont|not|never/will not) ~ be (here|around|alive) ~ (then/by then/next month/next year"
    "/anyway) ~~ (goodbye|goodbyes|bye|farewell/said goodbye/already decided/doesnt matter"
    "/dont care/i have a plan)",
    # on the roof and not coming down
    f"({PLACES}|building|window|windowsill|railing|railings|edge|flat|flats) ~~ (not coming down"
    "/wont come down/refuses to come down/doesnt want to come down/not come down/wont get down"
    "/not getting down/wont come back in/wont come inside/not coming inside)",
    # a rope in the car, and he knows where to go
    "(rope|noose|cord|belt|pills|gun) ~~ (knows|know|knew) (where to go/where to do it/the place"
    "/the spot/which tree/which bridge/where hes going/where shes going/where im going)",
    # dead before the birthday; not alive to see it
    f"(will|ill|il|wil|{SOMEONE}|gonna|gona/going to) ~ be (dead|ded|gone) (before|by|b4|befor)"
    f" ~ ({OCCASIONS})",
    f"(wont|not|never) ~ (be alive/live/live to see/still be alive/be breathing) (for|by"
    f"|at|on|till|til|until|past/to see) ~ ({OCCASIONS})",
    # punching walls until the hand breaks, and hating oneself
    "(punch|punches|punching|punched|hit|hits|hitting|bang|bangs|banging) ~ (wall|walls|door"
    "|doors|mirror) ~~ (til|till|until|untill) ~ (broken|broke|bleeds|bleeding|bled|bloody|bruised"
    "|numb|raw)",
    f"(hates|hate) (himself|herself|themselves|myself) ~~ (to be gone/to die/to disappear"
    f"/cut|cuts|cutting|{GOODBYE}/not alive/be dead)",
    # sorry for being a burden, thanks for everything, and no answer
    "sorry (for|4) (being|bein) (a burden/such a burden/a burden to/a failure/a disappointment"
    "/alive/born/me/a waste/so much trouble)",
    f"(sorry|love|{THANKS}) ~ (for|4|you|u|yall) ~ (everything|evrything|al|all) ~~ {UNREACHABLE}",
    # told me he will jump, and where he is
    f"(told me/tells me/said|says|texted|messaged|wrote|threatens|threatened|threatening/keeps"
    f" saying) ~ ({SOMEONE}) ~ (is|will|wil|gonna|gona|wants|wanna|about|going) ~ jump",
    f"({SOMEONE}) ~ (at|on|by|near) the (harbour|harbor|pier|quay|canal|river|bridge|tracks|roof"
    "|cliff|dock|station) ~~ jump",
    # the last time you see me, said to a group
    "last (time|day) ~ (u|you|ya|yall|anyone|everyone|people|ppl/you all/u all/you guys/u guys) ~"
    " (see|seeing|hear|hears|hearing/ever see/will see) (me/from me)",
    # found with a rope; will try again
    "(found|caught|saw|seen) ~~ (garage|attic|loft|shed|bathroom|room|woods|forest|wardrobe"
    "|closet) ~ with (a|the|his|her) (rope|noose|belt|cord|cable|knife|pills)",
    "(rope|noose|pills|overdose|hospital|ambulance|garage|cut|cuts|bridge|tracks/stomach pumped)"
    f" ~~ ({SOMEONE}|i|ill|im) ~ (will|wil|gonna|gona|wanna/going to/wants to) (try/do it) (again"
    "|agen|agn)",
    # how high the flat needs to be; the floor that is enough
    "(how high/how tall/what floor/which floor/how many floors/how many storeys) ~~ (enough"
    "/needs to be/need to be/has to be/have to be)",
    "(floor|floors|storeys|stories|storey|high|height) ~ (/is|are/would be/will be/is it) enough ~"
    " (right|rite|rigt/$/to die/to not survive)",
    # holding the knife to the wrist
    "(knife|knives|blade|blades|razor|razors|scissors|glass) ~~ (holding|hold|held|pressing"
    f"|pressed|press|put|putting) (it|them) (to|against|on|at|over|into) my ({BODY})",
    # one step at the platform
    "(train|trains|platform|edge|bridge|roof|ledge|tracks|balcony|railing) ~~ (just one step"
    "/only one step/one step and/one small step/a single step/just 1 step/one step away) $",
    "(just one step/only one step/one step and) ~~ (train|trains|platform|edge|bridge|roof|ledge"
    "|tracks|balcony|railing|over|gone)",
    # walking into the sea until I can't
    "(sea|ocean|river|lake|water|waves|canal) ~~ (walk|swim|walking|swimming"
    "/keep walking/keep swimming) (until|till|til|untill) (i cant $/i cannot $/i drown/i sink/i go under/i disappear"
    "/im gone/it stops/its over)",
    "(walk|swim|walking|swimming|wade|wading/keep walking/keep swimming) ~ (into|in/out into"
    "/out to) ~ (sea|ocean|river|lake|water|waves|canal) ~~ (until|till|til|untill) (i cant $"
    "/i cannot $/i drown/i sink/i go under/i disappear/im gone/it stops/its over)",
    # riding in front of a truck, and then it's over
    "(think*|thought|imagine*|want|wanna|wana|urge|tempted|dream*|wish|just|could|should|might)"
    f" ~~ (ride|riding|rode|cycle|cycling|bike|biking|drive|driving|swerve|swerving|fall|falling"
    f"|steer|steering) ~ (in front of/under/into) ~ ({VEHICLES}|lorries|trucks)",
    f"({VEHICLES}|lorries|trucks) ~~ (and then its over/then its over/and its over/and its done"
    "/then its done/and then its done/and it ends/then it ends)",
    # better off without someone like me; a weight for everyone; no longer carried
    "(better|happier) (off|of|/off) without ~ like me",
    "(im|am|feel/im just/i am just/just) ~ (a/such a) (weight|burden|load|drag|nuisance|waste)"
    " (for|to|on) (everyone|everybody|evryone|all|them|yall/my family/my parents/my mom/my mum"
    "/my dad/everyone around me)",
    "(soon|tomorrow|tonight) ~~ (dont|wont|never|not|dnt/no longer) (have to/need to/got to"
    "/gotta/hav to) (carry|bear|suffer|see/deal with/put up with/worry about/bother with) me"
    f" ({ANYMORE}/no more/any more/$)",
    # things given away, and ready
    "(gave|given|giving|give) ~ my ~~ (im ready $/i am ready $/im ready now $/ready to go $"
    "/its time $/i wont need them/wont need it anymore/dont need them anymore)",
    # a letter written, where my stuff goes
    "(wrote|written|writing|finished|left|done) ~ my (/goodbye|farewell|last|final) (letter|note)"
    " (already $/now $/$)",
    "(wrote|written|writing|write|told|telling|tell|listed|decided|sorted|down) ~~ (where/who gets)"
    " (my/all my) (stuff|things|belongings|possessions|savings|money|clothes|games) (goes|go/should"
    " go/will go/has to go/$)",
    # nobody can help me anymore; it over for good when I close my eyes
    f"(nobody|noone|nobdy|no1/no one/nothing) (can|could|will) (help|save|stop) me ({ANYMORE}/now"
    "/no more/any more/its too late/$)",
    "(close|closing|shut|shutting) my eyes ~~ (over for good/over forever/never open/not open"
    "/forever $/for good $/its over $/it ends/never wake)",
)

VEILED_TOPICS: tuple[str, ...] = written_out(
    # a rope kept in a car or a room (a tow rope, a camping trip say otherwise)
    "(has|have|got|keeps|keep|bought|hid|hides) (a|the) (rope|noose) (in|under) (his|her|their|my)"
    " (car|room|bag|trunk|boot|closet|wardrobe|drawer|bed)",
)

VEILED_ABOUT: tuple[str, ...] = (
    "island",
    "vacation",
    "tow",
    "towing",
)

VEILED_HARMLESS: tuple[str, ...] = written_out(
    # a goodbye to the team on moving house or leaving a job
    "this is goodbye (to|for) (the|this|my|our|all/my old) (team|colleagues|class|school|job|work"
    "|city|house|apartment|flat|club|group|office|town|neighbourhood|shop|store|company|job)",
    "(moving to/moving away/moving out/move to/new job/last day at/last day of) ~~ this is goodbye",
    # someone in the news who jumped in front of a train
    "(a|some|this|that|the|another) (guy|man|woman|girl|boy|person|lady|kid|teen|teenager)"
    " ~ (jumped|stepped|walked|fell/threw himself/threw herself/was hit) ~ in front of (a|the)"
    " (train|bus|car|tram|metro|truck|lorry)",
    # disappearing to an island on holiday
    "(disappear|disapear|vanish) (to|on/off to) (a|an|the|some) ~ (island|beach|cabin|mountain"
    "|mountains|country|holiday|vacation|trip)",
    # not hearing from me during a holiday or a busy week
    "(wont|not|never) hear from me ~~ (holiday|hols|vacation|trip|abroad|camping|festival|busy"
    "|exams|offline|signal|wifi|weeks|days)",
    # a pet or a kite on the roof; jumping at a chance or into the pool; clothes seen for the last
    # time; vanishing from social media
    "(cat|cats|kitten|bird|parrot|ball|kite|drone|frisbee|squirrel|pigeon) ~~ (not coming down"
    "/wont come down/refuses to come down/doesnt want to come down)",
    "jump|jumping|jumped (at|on) (the|a|this|that) (chance|opportunity|offer|call|train|bandwagon|deal)",
    "(pool|swimming|swim|beach|summer|hot|heat|sunny|swimsuit) ~~ jump|jumping (in|into) (the|a)"
    " (water|pool|lake|sea)",
    "jump|jumping (in|into) (the|a) (water|pool|lake|sea) ~~ (pool|swimming|swim|beach|summer|hot"
    "|heat|sunny|swimsuit)",
    "see me (in|wearing) (this|that|these|those|a|my|the|our)",
    "(disappear|disapear|vanish) (from|off) ~ (social|socials|insta|instagram|tiktok|snapchat|snap"
    "|internet|online|group|chat|grid)",
    # away next week at the grandparents'
    "(wont|not) ~ be (here|around) ~ (next week/this week/next month/this weekend) ~~ (grandma"
    "|grandmas|nan|gran|grandparents|cousins|aunt|uncle|visiting|holiday|vacation|trip"
    "|moving|festival|camp|abroad)",
    # the day of a match or a party
    f"({DAYS}|today) (is/will be) the (day|night) (of|for|we|i|to|when)",
)
