"""Arabic in Latin letters (Arabizi: Darija, Egyptian, Levantine and Gulf chat), added to ar.py's
SIGNALS and HARMLESS: ways of saying it that blind rounds showed recur and ar_ways.py, kept under
its length, has no room for.

Written as typed: the normaliser reads a digit inside a Latin word as a letter ("7ali" reads
"tali", "3la" "ela", "5las" "slas") and a doubled letter as one, in a phrase as in a text, so
"7bobbbb" is "7bob". Latin words take no proclitic. A bare English or Dutch word ("not",
"done", "brug") stands here only next to an Arabizi word: alone it is those languages' business.
A parent or an employer writes the third person ("bgha ytle9 rasu", "7awel yente7er"): that is
as urgent as the first person, so those forms are here too.
"""

from __future__ import annotations

from core.crisis_phrases.ar_context import NUMBER

# Thinking of it (Darija, Levantine, Egyptian).
THINK = (
    "fakart|fkrt|fkert|bfakker|bfaker|bfakr|fakker|efaker|kanfker|kanfaker|nfker|nfaker|kanfkr|"
    "nfkr|afaker|bafaker"
)
# Myself, my body; himself, herself.
SELF_ME = (
    "rasi|nafsi|nfsi|nefsi|7ali|hali|ro7i|rohi|rou7i|jesmi|jismi|jsmi|yddi|yedi|idi|2idi|ydi|"
    "dra3i|draei|rejli|rjli|ejri|fkhadi|fkhdi"
)
SELF_THEM = (
    "rasu|raso|rasou|rasha|nafso|nafsu|nefso|nafsha|nefsha|7alo|7alu|7alha|halo|halha|ro7o|"
    "ro7ha|rouho|rouha"
)
# Doing something to oneself: the verb, and the "something".
DO = "ndir|n3ml|n3mel|a3mel|ha3mel|ba3mel|nsawi|drt|dert|3mlt|3amalt|3malt|sawet|sawit"
THING = "haja|7aja|7aga|haga|hja|7ja|shi|chi|chy|shy|ishi|eshi"
# Glued "to myself": "frasi", "bi7ali".
IN_ME = "frasi|fnafsi|fnfsi|f7ali|bi7ali|b7ali|fro7i|bro7i|fjesmi|fyddi|fdra3i"
# Again, blood, cuts: what makes "I did it to myself" self-harm.
AGAIN_BLOOD = (
    "tani|tany|3awtani|3awed|again|opnieuw|dam|eldam|ldam|ldem|dem|dmm|jro7|jrouh|jr7|nzif|nazif"
)
# Cutting oneself (Levantine and Egyptian "ejra7", "bejra7").
CUT = "ejra7|bejra7|bajra7|jra7|nejra7|najra7|njra7|nejre7|jare7t|jr7t|njre7|2ejra7"
KITCHEN = (
    "kouzina|kuzina|cuisine|keuken|matbakh|lmatbakh|ntayeb|ntayb|tabkh|natbokh|bsla|lbsla|bsal|"
    "khodra|lkhodra|5odra|l7am|l7em|sob3i|sba3i|saba3i|ghalat|lghalat|ongeluk|accident|rasoir|"
    "n7le9|7ala9a|7la9a"
)
# High places: a bridge (also Dutch "-brug"), a roof, a balcony, a tower, the tracks.
HIGH = (
    "*brug|pont|lpont|bridge|jisr|ljisr|jesr|ljesr|kobri|kobry|kubri|lkobri|9antra|l9antra|"
    "qantra|lqantra|9entra|l9entra|qentra|lqentra|kantra|sat7|sate7|sa6e7|lsat7|sta7|lsta7|s6o7|"
    "sto7|stoo7|balcon|lbalcon|balkon|borj|burj|3imara|l3imara|3emara|binaye|binaya|rails|spoor"
)
# The common few, for phrases that start with a high place (a long first list costs time).
FEW_HIGH = "*brug|pont|jisr|jesr|kobri|9antra|l9antra|l9entra|qantra|sat7|sta7|lsta7|balcon|rails"
# Jumping (first person; "not" only after a thought); throwing oneself, letting oneself go,
# always with "myself": "nrmi lzbel mn lbalcon" is the rubbish.
JUMP = (
    "hanot|7anot|bnot|benot|anot|nenot|ha2ot|7a2ot|n2oz|ne2oz|a2oz|ha2oz|a2fez|ha2fez|7a2fez|"
    "ne2fez|n9fz|nqfz|n9fez|nqfez"
)
THROW = "ytle9|ytleq|ttle9|ntle9|ntleq|yrmi|yermi|trmi|termi|nrmi|nermi|ylo7|tlo7|nlo7|yirmi|tirmi"
# "Don't send / call / tell", and the police or an ambulance.
TELL = (
    "tsift*|tsayft*|t3ayt*|t3ayet*|t3iyt*|t3yt*|t3yet*|tklm*|tkalm*|tetsal*|ttasl*|tb3t*|teb3at*|tgol*|t9ol*|"
    "t2ol*|tjib*|matsift*|mat3ayt*|mattasl*"
)
POLICE = (
    "bolis|lbolis|police|polis|politie|bulis|boulis|shorta|chorta|112|ambulance|ambulans|is3af|"
    "es3af|sbitar"
)
# A rope, hanging oneself, a note of forgiveness or a will.
ROPE = "7abel|7abl|7bal|l7bal|l7abel|7bel|habel|habl|hbal|lhbal|mashna2a|machna9a"
READY = (
    "jahez|jahz|jaheza|jahza|wajed|wajd|wajda|mwajed|mrbout|mrbot|mrabbat|m3alla2|m3al2|m3ale9|"
    "m3l9|m3alle2|mjahez|mjahaz"
)
ROOM = "ghorfe|ghorfa|ghorfti|lghorfa|lghorfe|ousa|lbit|beit|room|sa2f|saqf|s9f|plafond|lplafon"
HANG_SELF = "nt3l9|nt3al9|nt3alq|nt3lq|at3al2|et3al2|net3al2|nchne9|nshneq|ashno2|a5no2|ne5no2"
FORGIVE_US = (
    "smhouli|smhoni|smehouli|smhouni|sam7ouni|sam7oni|samhouni|samhoni|sam7uni|wasiya|wasiyti|"
    "wassiya|wasia|wasya"
)
# Pills and medicine (also Dutch and English names), and having taken them.
PILLS = (
    "7bob|7boub|hbob|hboub|7obob|7bobat|7bat|hbat|7ba|tbob|dwa|dwaya|dwayat|kachiyat|kachiya|"
    "pillen|pills|pilletjes|tabletten|tablets|comprimes|panadol|paracetamol|dafalgan|doliprane|"
    "ibuprofen|oxazepam|melatonine|diazepam|xanax|slaappillen|2ors|a2ras"
)
TOOK = "kltt|klit|klat|akalt|khdit|5dit|akhadt|a5adt|bla3t|bl3t|chrbt|chrebt|shrbt|shrebt|swallowed"
MANY = "bzf|bzaf|bezaf|bzzaf|ktir|kteer|keteer|kter|ktar|ketir|kthir"
PACK = (
    "paket|pakket|pakje|doosje|strip|plaquette|boite|bwat|3lba|l3lba|3elba|l3elba|bakit|baket|"
    "packet"
)
WHOLE = "kaml|kamel|kamla|kamle|kolha|kolo|kollo|b7alo|b7alha|bkamlo|bkamlha"
# Giving away, and not needing it any more (Darija "ma b9ach", Levantine "ma 3ad").
GAVE = "3tit|a3tit|3tat|3ata|a3ta|3ta|3tito|3titha|3tiha|wazza3t|waza3t|wz3t|wazza3|waza3"
NOT_NOW = (
    "ma|mch|msh|mesh|mish|mo|machi|mashi|mab9itch|mabqitch|b9itch|bqitch|b9ach|bqach|mab9ach|"
    "mabqach|ba9ich|baqich|ma3ad|ma3adch|3adch"
)
NEED = (
    "n7taj*|a7taj*|7taj*|bi7taj*|b7taj*|y7taj*|t7taj*|ni7taj*|ti7taj*|yi7taj*|mi7taj*|m7taj*|"
    "nsta3ml*|nstaml*|ylzm*"
)
# Life, this world.
LIFE = (
    "l7ayat|7ayat|l7aya|7aya|lhayat|hayat|lhyt|l7yat|7yati|hyati|7ayati|hayati|l3icha|3icha|"
    "dunya|donya|denya|dnya|dounia|dunia|dounya|dinya"
)
# I can't any more (Darija "ma b9itch 9adr", "mat 9adrch").
NOT_ABLE = "b9itch|bqitch|mab9itch|mabqitch|ba9ich|baqich|ma|mch|msh|mat|mab9ach|b9ach"
ABLE = "9adr|9ader|qadr|qader|9adra|qadra|n9dr|nqdr|n9der|nqder|9adrch|qadrch|n9derch|n9drch"
GO_ON = "nkml|nkmel|nkemel|nkamel|nkmal|nt7aml|nt7mel|n3ich|n3ech|n3ish"
# If I don't answer ... know that I am gone.
ANSWER = "jawbt*|jawebt*|jaweb*|jawb*|rdit*|radit*|radeit*|redet*|reddet*|repliy*|reply*"
KNOW = "3rf|3ref|3raf|3rfo|3erfo|3rfi|3erfi|a3ref|e3ref|a3rfo|e3rfo|y3ni|ya3ni|ma3nah|ma3na"
GONE = (
    "mchit|mshit|mashet|msheit|rt7t|rta7t|mt|mit|mitt|metet|ra7t|re7t|rou7t|khlast|salit|ghbt|"
    "ghabt|ghbet"
)
# Job, school and course words: "I can't stand this job any more" is about work ("lkhdma" is
# left out: "nkml lkhdma 3la rasi" is finishing oneself off).
WORK = (
    "shoghl|shogl|sho3l|dirasa|9raya|qraya|school|stage|job|werk|"
    "opleiding|cursus|boss|modir|mudir|manager|course|kors|contract"
)
# Dying "for" a dish or a song: Levantine "bmout 3al shawarma".
FOOD = (
    "shawarma|shawerma|pizza|burger|falafel|knafe|kunafa|kenafe|akl|akel|akle|food|chocolate|"
    "shokola|ta3m|ghanniye|song|film|ma7al"
)

SIGNALS: tuple[str, ...] = (
    # going to do something to myself ("ghadi ndir chi haja f rasi"), or did, again, with blood
    f"{DO} ~ {THING} ~ f|fi ~ {SELF_ME}",
    f"{DO} ~ {THING} ~ {IN_ME}|7ali|hali",
    f"{DO} ~ {IN_ME}|nafsi|nfsi|nefsi|7ali|hali|rasi|ro7i|rohi ~~ {AGAIN_BLOOD}",
    f"{CUT} ~ {SELF_ME}|{SELF_THEM}",
    # a bridge or a roof: jumping, letting oneself fall, don't call the police
    f"{JUMP} ~~ {HIGH}",
    f"{FEW_HIGH} ~~ {JUMP}",
    f"{THINK} ~ not|nott|nut|ent ~ men|mn|min|mnel|menel|fo2|3an ~~ {HIGH}",
    f"{FEW_HIGH} ~~ {THINK} ~ enzal|anzal|enzel|anzel|nenzel|nenzal $",
    f"{THROW} ~ {SELF_ME}|{SELF_THEM} ~~ {HIGH}",
    f"{FEW_HIGH} ~~ {THROW} ~ {SELF_ME}|{SELF_THEM}",
    f"{FEW_HIGH} ~~ {TELL} ~ {POLICE}",
    # the rope ready in the room, where to hang it, found with a note
    f"{ROPE} ~ {READY} ~~ {ROOM}",
    f"{ROPE} ~ {READY} $",
    f"{ROPE} ~~ 3rft|3reft|3raft|l9it|lqit|la2et|l2it ~ fin|fen|win|wen|mkan|blasa ~ n3l9*|n3al9*|a3al2*|a3l2*",
    f"{ROPE} ~~ {HANG_SELF}|{FORGIVE_US}",
    f"{FORGIVE_US} ~~ {ROPE}",
    # pills: a number, many, a whole pack, all at once
    f"{TOOK} ~ {NUMBER} ~ {PILLS}",
    f"{TOOK} ~ {PILLS} ~ {MANY}",
    f"{TOOK} ~ {PILLS} ~~ mara|marra|mra|fmra|dfe3a ~ wa7da|wahda|we7de|wa7de|wahde",
    f"{TOOK} ~ {PACK} ~~ {WHOLE}",
    # to kill oneself: Darija "ghadi nt9tl", reported "bgha yt9tl"; an attempt, told by a parent
    (
        "ghadi|ghan|gha|bghit|baghi|baghya|ghadia|ghadya|bgha|bghat|khayf|khayfa ~ nt9tl|ntqtl|"
        "nt9atl|ntqatl|nt9tel|ntqtel|yt9tl|ytqtl|yt9atl|tt9tl|ttqtl|tt9atl"
    ),
    "ghant9tl|ghantqtl|ghat9tl|ghatqtl|ghayt9tl|ghan9tl|ghanqtl",
    (
        "7awel|7awl|7awal|7awlat|7awlet|hawel|hawl|hawlat|hawlet|7awelt|7awlt|7awalt|hawelt|"
        "jarrabt|jrbt ~ yente7er|yenta7er|ynte7r|yntaher|yentaher|tente7er|tenta7er|tnte7r|"
        "tntaher|tentaher|ente7er|nte7er|anta7er|entaher|nentaher|ntaher"
    ),
    f"7awel|7awl|7awal|7awlat|7awlet|hawel|hawlat ~ yi2tol|ye2tol|ta2tol|y9tl|t9tl|yqtl|tqtl ~ {SELF_THEM}",
    # gave things away and won't need them any more
    f"{GAVE} ~~ {NOT_NOW} ~ {NEED}",
    # done with, tired of this life; can't go on
    (
        "done|t3bt|te3bt|ta3bt|ta3ban|ta3bana|t3ban|3yit|3eyit|zh9t|zhe9t|mlit|malit|mallit|krht|"
        f"kreht|salit ~ m3a|ma3a|mn|men|min|of|with|met ~ {LIFE}"
    ),
    f"{NOT_ABLE} ~ {ABLE} ~ {GO_ON} $",
    (
        f"{NOT_ABLE} ~ {ABLE} ~ {GO_ON} ~ {LIFE}|hakka|hakda|hkka|keda|kida|kda|b3d|ba3d|aktar|"
        "ktar|kter|khlas|khalas|safi"
    ),
    # not a burden on you any more; I am a burden
    (
        "b9itch|bqitch|mab9itch|mabqitch|ba9ich|baqich|3adch|ma3adch|ghadich|maghadich ~ "
        "nt9l|ntqel|nt9el|ntqal|nt9al|nz3j*|nze3j* ~ 3likom|3lykom|3likoum|3likm|3lik|3lihom"
    ),
    (
        "sorry|smhli|smehli|smhoni|smhouli|samhni|samhouni ~ 3la|3ala ~ kolchi|kolshi|koulchi|"
        "kulshi ~~ mabqitch|b9itch|bqitch|mab9itch|maghadich|ghadich|ma3adch"
    ),
    "ana|ani|ena|rani ~ 3ab2|3eb2|3ib2|3b2 ~ 3la|3al|3ala|3likom|3lykom|3lihom|3alekom|3lik",
    # a will, a goodbye letter
    (
        "ktbt|ktebt|katabt|ktabt|ktbet|katbt|ktbtha|jahzt|7adart|7dert|7dart ~ wasiya|wasiyti|"
        "wassiya|wasia|wasya|wasiyat|testament"
    ),
    (
        "bra|briya|risala|rsala|resala|jawab|gawab|waraqa|wara9a|letter|brief|mktoub|maktoub ~ "
        "wada3|wda3|lwada3|lwda3|lwida3|wida3|goodbye|afscheid|tawdi3"
    ),
    # if I don't answer tomorrow, know that I am gone
    f"ila|ida|iza|eza|law|lw|lo|ken|if|als ~ ma|mch|msh|mesh|mish|mo|mat ~ {ANSWER} ~~ {KNOW} ~ rani|rah|ana|ani|eni|ino|eno ~ {GONE}",
    # not coming back; the keys left behind
    (
        "ana|ani|ena|la2no|la2ano|li2an|3ashan|3chan|hit|7it ~ mesh|msh|mish|mosh|ma|mch|machi|"
        "mashi|mani|manich ~ raje3|raj3|rage3|rag3|raji3|raje3a|raj3a|rag3a|rage3a|rej3a|raj3ch $"
    ),
    (
        "mafatee7|mafati7|mfati7|mafatih|mefta7|sarout|saroot|lsarout|sleutels|keys ~~ mesh|msh|mish|ma|mch|machi ~ raje3|raj3|rage3|rag3|raji3|raje3a|raj3a"
    ),
    # I won't be here at all (any more)
    (
        "ma|mch|msh|mesh|ghadich|maghadich|manich|machi ~ nkoun|nkon|nkun|akon|akoun|ekon|hakon|"
        "hakoun ~ hna|hnaya|hena|hon|hone|mawjod|mawjoud|mawgood|mawjud ~ aslan|asln|asalan|"
        "abadan|abdan $"
    ),
    # the last time I write to you, you see me
    (
        "akher|akhir|a5er|a5ir|aser|asir|akhar|lakher|l2akher ~ mara|marra|mra|mera|merra ~ "
        "nktblk|nkteblk|aktblk|akteblak|aktiblak|nkteb|akteb|nhdr|nhder|nhdrlk|nhderlk|a7kilak|"
        "a7kilik|n7kilk|nkalmk|nkalmek|akalmak|akalmek|tchoufni|tshoufni|tshufni|tchufni|"
        "tesma3ni|tsm3ni|tsma3ni"
    ),
    # bye world
    (
        "bye|bay|byebye|beslama|bslama|wada3an|wada3|ciao|doei ~ ya|ye ~ dunya|donya|denya|dnya|"
        "dounia|dunia|dounya|dinya|3alam|3alem|7aya|world|wereld"
    ),
    (
        "bye|bay|byebye|beslama|bslama|wada3an|wada3|ciao|doei ~ l3alam|l3alem|l7ayat|lhayat|"
        "l7aya|7yati|hyati|ldunya|eddunya"
    ),
    # I'll miss you, don't be angry with me
    (
        "eshta2lkon|eshta2elkon|eshta2lkom|ishta2lkon|ishta2ilkon|eshta2lak|eshta2lik|ntwa7chkom|"
        "ntwe7chkom|ntwahchkom|htw7shoni|hatewa7shoni|7atewa7shoni|hatwahshoni ~~ tez3alo|"
        "tez3alou|tz3lo|tz3lou|tze3lo|tez3ali|tz3li|tez3al|tz3l|matz3lo|matz3lou|matez3alo|"
        "matz3loch|matze3loch|matz3lich ~ mni|menni|meni|mnni|3liya|3lia|3leya|3alaya"
    ),
    # waiting for the day I'm rid of it all, for my death
    (
        "kantsna|kanstanna|mstanni|mestanni|mstannia|mestannia|mstanya|mstniya|nater|natra|"
        "mnatar|mentazer ~ nhar|lyoum|lyom|yom|youm|eliom|liom ~~ nkhlas|akhlas|ekhlas|a5las|"
        "n5las|nertah|nrta7|arta7|erta7|amot|amout|nmout|emot|nmot|nsali|ansali"
    ),
    "kantsna|kanstanna|mstanni|mestanni|mstannia|mstanya|nater|natra ~ lmout|lmot|mouti|elmot|elmout",
    # I must die; I'll kill myself (Egyptian "ha2tel nafsi"); I can't go on (Levantine)
    "khasni|5asni|khassni|lazem|lazim|lazm ~ nmout|nmot|nmut|amot|amout|emot|emout",
    "ha2tel|a2tel|ne2tel|ba2tel|7a2tel|ha2tl|a2tl ~ nafsi|nfsi|nafsy|7ali|hali|rohi|ro7i",
    "ma|maead|ma3ad|mish|msh ~ fiyye|fiye|fiya|fiyyi|fini ~ kaffe|kaffi|kammel|kamel|akammel $",
    # wishing for death; nothing worth living for; it would matter to nobody
    "ntmna|kantmna|kntmna|ntmena|kantmena|natmana|batmana|etmana|atmana ~ mout|lmout|lmot|mot|nmout|nmot|amot|amout|emot",
    "shi|chi|7aja|haja ~ yestahel|yestahal|yst7l|yestahil|yst7ak|yestehel|kaystahel|kaystahl ~ a3ish|n3ich|n3ish|3ish|a3ich|l7aya|l7ayat",
    "lw|law|lo|iza|eza|ila ~ mot|mt|metet|mitt|amot|mout|ekhtafet ~~ hayfr2|yfr2|yefre2|yefra2|byefre2|hayefre2|far2 ~ m3a|ma3a|3and|3nd ~ 7ad|7ada|wa7ed|7add",
    # new cuts, a relapse; a blade or the pills hidden
    "jro7|jrouh|jroh|jra7at|jrou7 ~ jdad|jdida|jdod|jdide|new|nieuwe ~~ dra3i|yddi|yedi|idi|rjli|rejli|fkhadi|jesmi|dra3ha|yddha|dra3o|yddo",
    "relapse ~~ jro7|jrouh|jroh|jra7at|mos|lmos|chfra|blade|blades|njr*|n9t*|nqt*",
    "khbit|5bit|khabit|khabbet|5abbet|mkhbi|mkhbya|mkhabi|mkhabya ~ blade|blades|lblade|mos|lmos|chfra|lchfra|jilet|sekkina|sekina|l7bal|7bal|dwa|ldwa|7bob",
    # the tracks, waiting there; all the medicine at once
    "rails|tracks|sekka|ssekka|lsekka|spoor|sikka ~~ nstena|nsstena|ntsena|nts7na|nt9ab|nn3ess|nrgd|nrged|nw9f|nwe9f|nwqef",
    "ga3|kamel|kaml|kolchi|kol ~ dwa|dwaya|7bob|tbob ~~ nakhdo|nakhdhom|nchrbo|nbl3hom ~ marra|mra|fmra|dfe3a ~ wa7da|wahda",
)

HARMLESS: tuple[str, ...] = (
    # dying for a shawarma; "I can't stand this job any more"
    f"mot|mout|mut|mwt|amot|amout|bmot|bmout|hamot|emot|nmot|nmout ~ 3al|3a|3ala ~ {FOOD}",
    f"akamel|akmel|kamel|nkml|nkmel|nkemel|asta7mel|astahmel|atahmal|nt7aml|nt7mel ~ {WORK}",
    # once a day
    "marra|mra ~ wa7da|wahda ~ f|fi ~ nhar|lyoum|sba7|simana|chhr|lil",
    # cutting a finger in the kitchen, shaving
    f"{CUT} ~ {SELF_ME} ~~ {KITCHEN}",
    # doing something to my hair: a tattoo, the hairdresser
    (
        f"{DO} ~ {THING} ~ f|fi ~ {SELF_ME} ~~ coiffeur|coiffure|kapper|ch3ri|sh3ri|"
        "cheveux|tattoo|tatoo|piercing|maquillage|massage|spa|hammam|7mam|weekend|vacances|"
        "vakantie|kado|cadeau"
    ),
    # not wanting to be a burden to one's parents: a job, the rent
    (
        "nkon|nkoun|akon|akoun|ekon|nkun|akun ~ 3ab2|3eb2|3ib2|3b2 ~~ khdma|lkhdma|shoghl|job|"
        "werk|flous|floos|kra|lkra|ijar|9raya|dirasa"
    ),
)
