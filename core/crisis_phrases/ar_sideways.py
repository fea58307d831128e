"""Arabic crisis signals said sideways (added to ar.py's SIGNALS through ar_brink.py): a plan or
a date and nothing more, "you won't hear from me after today", a blade or rope ready in the room,
not eating so as to fade away, a burden on everyone, pills gathered to take at once, and what a
parent, a sibling, a friend or an employer reports of someone (burned on purpose, sleeves over
cuts, searched how to die, sent a photo of a rope or the location of a bridge).

Written as ar.py's are: a one-letter proclitic (و ف ب ل ك س) may come before each Arabic word, and
the article goes ("الحمام" reads "حمام", "الليله" reads "يله"). Arabizi is written with its digits:
the normaliser reads the phrase and the text alike ("7bob" is "tbob", "9eddam" is "9edam").
"""

from __future__ import annotations

from core.crisis_phrases.ar_arabizi import ROOM
from core.crisis_phrases.ar_spoken import HAND, MUM, ON_ME, THINK_D, TRAIN, WROTE
from core.phrases import written_out

# Stopping eating, in the dialects and Arabizi.
STOPPED = (
    "ماعدتش|ماعادش|بطلت|بطل|بطلت|وقفت|وقف|حبست|حبس|حبسات|قطعت|قطع|مابقيتش|ماعدت|مبقتش|مابقاش|"
    "ماعادت|عافت|عفت|تركت|ترك|رفض|رفضت|مبطل|مبطله|عاد|عدت|عدتش|بقاش|بقيتش"
)
EAT = "ناكل|كناكل|اكل|ماكله|ماكلا|ياكل|تاكل|كياكل|كتاكل|طعام|اكله|ناكلو"
FADE = (
    "نختفي|اختفي|يختفي|تختفي|نتلاشى|اتلاشى|يتلاشى|تتلاشى|نموت|اموت|يموت|تموت|ندبل|نذبل|يذبل|تذبل|"
    "يدبل|تدبل|نفنى|افنى|يفنى|تفنى"
)
FADE_LATIN = (
    "ndbal|nedbal|ydbal|tdbal|ytlasha|ntlasha|yetlasha|netlasha|ntlacha|ytlacha|ttlasha|tetlasha|"
    "atlasha|nmout|nmot|ymout|tmout|nkhtafi|nekhtefi|akhtefi|ne5tefi|a5tefi|ykhtafi|tkhtafi|nfna|yfna"
)
# Fading away, wasting away (not "disappearing", which shame says too).
FADE_AWAY = "نتلاشى|اتلاشى|يتلاشى|تتلاشى|ندبل|نذبل|يذبل|تذبل|يدبل|تدبل|نفنى|افنى|يفنى|تفنى"
FADE_AWAY_LATIN = (
    "ndbal|nedbal|ydbal|tdbal|ytlasha|ntlasha|yetlasha|netlasha|ntlacha|ytlacha|ttlasha|tetlasha|"
    "atlasha|nfna|yfna"
)
# Blades, knives, ropes, pills said in Arabic letters.
TOOL = "شفره|شفرات|موس|امواس|سكين|سكينه|كتر|كاتر|حبل|مشنقه"
BLADE = "شفره|شفرات|موس|امواس|سكين|سكينه|كتر|كاتر"
# The rope, not "hbal" (Darija for madness).
ROPE_ALL = "7abel|7abl|7bal|l7bal|l7abel|7bel|l7bel|habel|habl|mashna2a|machna9a"
# Arabizi: pills, gathered, take them all.
PILLS_D = (
    "7bob|l7bob|7boub|l7boub|dwa|ldwa|dwaya|pillen|lpillen|pills|kachiyat|lkachiyat|7ebob|7bub"
)
ALL_D = "kolhom|kolhum|kollhom|kamlin|kamlen|kamlhom|b7alhom|kolhoum|kamline|kamlinhom"
TAKE_THEM = (
    "akhdhom|nakhdhom|nakhodhom|akhodhom|bakhodhom|nbla3hom|abla3hom|nchrbhom|nshrbhom|nakolhom|"
    "ankhodhom|hakhodhom|ra7akhdhom|akhedhom|nakhedhom"
)
# A farewell word, Arabic and Arabizi.
FAREWELL = (
    "وداعا|الوداع|باي|سامحني|سامحوني|سامحيني|سمحلي|سمحيلي|سمحولي|اعذروني|bye|wda3an|wada3an|"
    "sm7li|sm7ili|sm7oli|sm7ouli|smhouli|sam7ouni|sam7ini|sam7ni|adieu|goodbye"
)
FORGIVE = "سامحني|سامحوني|سامحيني|سمحلي|سمحيلي|سمحولي|سامحوا|سامحو|اعذروني|اعذرني|اعذريني"
FORGIVE_D = (
    "sm7li|sm7ili|sm7oli|sm7ouli|smhouli|smhoulia|sam7ouni|sam7oni|sam7ini|sam7ni|sme7li|samhouni|"
    "samhini|smahli|s2m7ouni|sma7li|sme7lia"
)
# Over a bridge, on a roof, in Arabizi.
HIGH_D = (
    "jiser|jisr|jesr|jser|l9antra|9antra|pont|lpont|sat7|lsat7|sta7|lsta7|kobri|brug|balcon|toit"
)
DONE_D = "5alas|khalas|khlas|5las|khls|wda3an|wada3an|tna7|n9fez|nnaz|nt7er|nmout"
NOW_D = "hala2|hala|halla|halla2|daba|dorka|tawa|now|hlq|halaq|hassa|issa|7ala2|hlla"
BODY_D = (
    f"{HAND}|rjliya|rjlia|rejlia|rjliyya|fkhadiya|fkhadia|fkhadi|dra3iya|dra3ia|yddiya|ydiya|yedia|"
    "kr3iya|kr3ia|bdni|jismi|kerchi|ktafi|yedha|ydha|idha|yddha|yddo|yedo|ido|ydo|dra3ha|dra3o|"
    "jesmha|jesmo|rjlha|rjlo"
)
BURN_D = (
    "7ra9t|7ar9t|7ra2t|7ara2t|7ara9t|7r9t|7r2t|7ar9at|7r9at|7ra9at|7ar2at|7ar2et|7r2at|7ara2et|"
    "kan7r9|kan7re9|kat7r9|kay7r9|7ara2|7re9|7ra9|kwit|kwat|kaykwi|katkwi"
)
ON_PURPOSE = (
    "9asd|qasd|9sd|9asdan|qasdan|3amdan|3mdan|bl3ani|bel3ani|cigara|sigara|garro|garo|cigarette|"
    "brika|briquet|bri9a|wla3a"
)
CUTS_D = "jro7|jrou7|jrah|jr7|jro|jra7at|jer7at|chtob|khtot|khtout|ndob|cuts"
# Wanting, in the third person.
HE_WANTS_D = (
    "bdo|bda|bdha|bgha|bghat|baghi|baghya|3ayez|3ayza|3ayz|yebghi|tebghi|bado|bada|7ab|7aba"
)
HE_LIVES_D = "y3ish|t3ish|y3ich|t3ich|y3eesh|t3eesh|ya3ish|ta3ish|y3iich|t3iich"
DIE_D = "ymout|tmout|nmout|nmot|ymot|tmot|amot|amout|ymut|ynt7er|tnt7er|nent7er|yent7er|tenta7er"
# Before a car, a train.
VEHICLE_D = f"{TRAIN}|tomobil|tonobil|camion|bus|kar|tobis|sayara|sayyara|tomobilat|sayarat|trinou"
FRONT_D = "9dam|qdam|godam|gdam|9edam|9odam|qodam|2odam|odam|ta7t|ta7et|taht|gouddam|9oddam"
THROW_D = (
    "n9fez|nqfez|n9fz|nqfz|nnez|nnaz|nti7|ntiyh|nrmi|nermi|nlo7|ntle9|nt9el|nt7et|y9fez|yqfez|"
    "t9fez|tqfez|ylo7|tlo7|ytle9|ttle9|yrmi|trmi|ynez|tnez|nrtmi|yrtmi|trtmi|ntlo7"
)

SIGNALS: tuple[str, ...] = written_out(
    # not eating so as to fade away, disappear, die
    f"{STOPPED} ~ {EAT} ~~ {FADE}",
    f"باغي|باغيه|بغا|بغات|بدو|بدها|بدي|بغيت|نفسي|نفسه|نفسها|عايز|عايزه|حاب|حابه ~ {FADE_AWAY}",
    (
        "w9eft|wqeft|w9aft|w9ft|qataet|qata3t|9ta3t|9ata3t|qta3t|7bst|7best|7bes|7abst|7bsat|"
        "ma3adch|mab9itch|mabqitch|b9itch|bqitch|battalt|bttalt|battal|w9ef|w9fat|9ta3|9t3at|"
        "ma3adsh|bttlt ~ nakol|lmakla|l2akl|l2kl|lakl|makla|akl|nakl|2akol|yakol|takol|nakel|"
        f"lmakla ~~ {FADE_LATIN}"
    ),
    f"{HE_WANTS_D}|bghit|nefsi|nfsi|nifsi|bdi|khalli|5alli|khali|5ali ~ {FADE_AWAY_LATIN}",
    # to disappear from the world
    (
        "اختفي|نختفي|اتلاشى|نتلاشى|اغيب|نغيب|ارحل|نرحل ~ من ~ دنيا|عالم|وجود|حياه|هالدنيا|هالعالم|"
        "هالحياه"
    ),
    (
        "akhtefi|nekhtefi|nkhtafi|a5tefi|ne5tefi|akhtifi|nekhtfi|nkhtfi|ngheb|nghib|ntlasha ~ mn|men|"
        "min|mel|mnel|3an ~ eldonya|donya|ldonya|dounya|ddonya|dinya|eldinya|l3alam|wojod|elwojoud|"
        "l7ayat|hayati|7yati|el3alam"
    ),
    # a plan, a date, decided
    "عندي|عندو|عنده|عندها|عندا|حطيت|جهزت|رسمت|وضعت ~ خطه ~ خلاص $",
    (
        "عندي|عندو|عنده|عندها|عندا|حطيت|جهزت|رسمت|وضعت ~ خطه ~~ اموت|يموت|تموت|نموت|انتحر|ينتحر|تنتحر|"
        "ننتحر"
    ),
    (
        "عندي|عندو|عنده|عندها|عندا|حطيت|جهزت|رسمت|وضعت ~ خطه ~~ نسالي|يسالي|تسالي|نخلص|يخلص|تخلص ~ مع|"
        "من|على|علي ~ راسي|راسو|راسها|حياتي|حياته|حياتو|حياتها"
    ),
    "عندو|عنده|عندها|عندا ~ خطه ~~ يسالي|تسالي|يخلص|تخلص|ينهي|تنهي ~ مع|من ~ (كلشي/دنيا/كل شي)",
    "خميس|جمعه|سبت|احد|اثنين|اتنين|ثلاثاء|تلات|اربعاء|اربع ~ جاي|جايه|قادم|قادمه ~ خلاص ~ قررت $",
    (
        "غادي|غ|غن|غا|رح|راح|بدي|بغيت|قررت|ناوي|ناويه ~ نسالي|يسالي|تسالي|نخلص ~ مع|على|علي ~ راسي|راسو|"
        "راسها|نفسي|روحي|حياتي|حياتو|حياته|حياتها|دنيا"
    ),
    "غادي|غ|غن|غا|رح|راح|بدي|بغيت|قررت|ناوي|ناويه ~ نكمل|يكمل|تكمل ~ على|علي ~ راسي|راسو|راسها|روحي",
    "ghansali|nsali|ghansaliha|ysali|tsali|ghaysali|ghatsali ~ m3a|mea|3la|ela ~ rasi|7yati|ro7i|donya|raso|rasha",
    "ila|ida|iza ~ ma ~~ ghansali|nsali|ghansaliha|nsaliha ~ kolchi|kolshi|koulchi $",
    (
        "بفكر|ناوي|ناويه|قررت|كنفكر|نفكر|افكر ~ خلص|اخلص|نخلص|انهي|ننهي|وقف|اوقف|نوقف|نسالي ~ "
        "(كل شي/كلشي/كل شيء/كلو/كل حاجه) ~ قريب|للابد|نهائيا|خلاص"
    ),
    (
        "بدي|بغيت|ابي|نبغي|ناوي|ناويه|قررت|اريد ~ وقف|اوقف|نوقف|نوقف ~ (كل شي/كلشي/كل شيء/كل حاجه) ~ "
        "الليله|للابد|نهائيا $"
    ),
    # you will not hear from me / see me after today
    (
        "بعد ~ يوم|هاليوم|الليله|هالليله|اليوم ~ ما|مش|مو|لن|ماراح|مارح ~~ تسمع*|تشوف*|تحكي|تكلم*|"
        "تلاقي*|تلقا*"
    ),
    f"{FORGIVE} ~~ ما|مش|لن|مو|ماراح|مارح ~ تشوف*|تسمع* $",
    f"{FORGIVE} ~~ ما|مش|لن|مو|ماراح|مارح ~ تشوف*|تسمع* ~ بعد $",
    f"{FORGIVE} ~~ ما|مش|لن|مو|ماراح|مارح ~ تشوف*|تسمع* ~ ابدا|للابد|نهائيا|تاني|ثاني",
    (
        "hadi|hada|hedi|hathi|hayde|haydi|hadik|hadchi ~ lekher|lakher|lekhra|lakhra|l5er|le5er|"
        f"akhir|a5er|lkher|lakhira|lakhir|lekhar|l2akhir ~~ {FORGIVE_D}|wda3an|wada3an|bye|adieu"
    ),
    (
        "wda3an|wada3an|wida3an|wde3an|wda3|wada3|wdaa3an|bslama|beslama|bye ~~ lil|lel|l|le|ila|ela|"
        "lel2abad ~ abad|2abad|abd|2bad"
    ),
    # won't be here tomorrow; will have rested from it all
    (
        "انا|اني|راني ~ مش|مانيش|ماني|مو|لن|ماراح|مارح|ما ~ هكون|حكون|بكون|اكون|نكون|غنكونش|غنكون|"
        "كون ~ هنا|موجود|موجوده|معاكم|معكم ~ بكره|بكرا|غدا|غدوه|صبح $"
    ),
    (
        "غنكون|هكون|حكون|بكون|اكون|نكون|نكونو ~ ارتحت|ارتاحيت|مرتاح|مرتاحه|تهنيت ~ من ~ "
        "(كلشي/كل شي/كل شيء/كل حاجه/كل حاجة/الدنيا/الحياه/هالدنيا/العيشه/كلو)"
    ),
    (
        "ma|ghda ~ ghanb9ach|ghanbqach|ghanb9a|ghanbqa|nb9ach|nbqach|ghankonch|nkonch|hakonch|"
        "ha2a3adsh ~ hna|hena|hon|hnaya|m3akom|mawjoud|mawjouda $"
    ),
    # a blade, a knife, a rope ready in the room, in the bathroom
    (
        f"{TOOL} ~ جاهز|جاهزه|حاضر|حاضره|معي|معايا|معاي|مخبي|مخبيه|جنبي|حدي ~ حمام|غرفه|اوضه|غرفتي|"
        "اوضتي|بيت|سرير|مخدتي|فراشي|شنطتي|درجي"
    ),
    f"انا ~ غرفه|غرفتي|اوضه|اوضتي|حمام|سطح ~ مع|معي|معايا|معاي ~ {TOOL}",
    f"ana|rani|ani ~ f|fi|fel|fl ~ {ROOM}|l7mam|lhammam|7mam|bitti|ghorfti ~ m3a|ma3|m3aya|ma3aya|m3ia ~ {ROPE_ALL}",
    f"{ROPE_ALL} ~ {NOW_D} $",
    # cannot bear it any more, with a knife
    (
        "ma|ما|mab9itch|mabqitch|mabe2a|mab2a|ma3ad|ماعاد|مابقيت|ماعدت ~ a7mel|n7mel|a7tamel|"
        "nt7ml|nt7aml|nsber|asber|9ader|2ader|a2dar|atakhamal|اتحمل|احمل|نتحمل|اقدر|نقدر ~~ "
        "emojiknife"
    ),
    # kill myself (Darija future), said as a threat
    (
        "ghan9tel|ghanqtel|ghan9tol|ghanqtol|ghadi9tel|gha9tel|n9tel|nqtel|n9atel|nqatel|an9tel|"
        "anqtel|bn9tel|ba9tel|ra7a9tel|ha2tel ~ rasi|rassi|nafsi|nfsi|ro7i|7ali|hali $"
    ),
    # pills all in my hand, gathered, to be taken at once
    f"{PILLS_D} ~ {ALL_D} ~ f|fi|b ~ {HAND}|yddiya|ydiya",
    f"{PILLS_D} ~~ mjami3hom|mjm3in|mjam3in|mjme3in|jma3thom|jam3thom|mkhabihom|mkhbyin ~~ {TAKE_THEM}",
    f"{PILLS_D} ~~ {TAKE_THEM} ~ {ALL_D}|mara|mra|dfe3a|f9ra",
    (
        "كنفكر|بفكر|نفكر|نويت|ناوي|ناويه|بغيت|بدي|غادي ~ نشرب|اشرب|ناخد|اخد|نبلع|ابلع|اخذ|ناخذ ~ "
        "حبوب|دوا|دواء|ادويه|اقراص|برشام|حبات ~ كامل|كلو|كله|كامله|كلها|كاملين|بحالو|علبه ~~ "
        "نرتاح|ارتاح|نموت|اموت|نخلص|اخلص|خلص|نرقد|انام|ننعس"
    ),
    # a burden on everyone
    (
        "ana|enni|eni|ani|inni|inno|ni|rani|kont|kon|ba2et|sirt|sert|wlit|wallit ~ 3ebe2|3eb2|3ib2|"
        "3abe2|3ebo2|3bo2|3abo2|3b2|3ibe2|3be2|3b2a|3ib2a|3eb2a|3ab2|3ibi|3ebi2 ~ 3ala|3la|3al|3likom|"
        "3likon|3alikom|3alekon|3alaikom|3lihom|3lik|3lihum"
    ),
    f"{FORGIVE} ~~ ثقيل|تقيل|تقلت|ثقلت|عبء|حمل|عاله ~ عليك|عليكم|عليكي|عليكو|عليكن",
    # they will be rid of me, relieved
    (
        "a7san|ahsan|la7sen|lahsen|a7sen|la7san|sber|sbro|sbri|chwiya|shwaya|chwia|9rib|qrib|2rib ~~ "
        "tfekko|tfeko|tfekou|tfakko|tfako|yfekko|yfeko|terta7o|yerta7o|tirta7o|yirta7o|terta7ou|"
        "yerta7ou|trta7o|yrta7o|tertahou|tertaho|yertaho|yertahou|tafakko|tertaa7o|ytfekko|ttfekko ~ "
        "mni|menni|minni|mnni|meni|minne|mennou|mnnou"
    ),
    "mab2a|mabe2a|mabi2a|ma3ad|ma3adet|mab2et|mabe2et ~ fare2a|far2a|fer2a|farqa|far9a|fer9a ~ m3i|ma3i|m3aya|ma3aya|3andi|ma3y",
    # no point staying alive
    (
        "ما|مافي|مفيش|مش|مافيش ~ داعي|لزوم|فايده|معنى ~ ضل|تضل|يضل|اضل|ابقى|نبقى|تبقى|يبقى|اكمل|نكمل|"
        "تكمل|يكمل ~ عايش|عايشه|عايشين|حي|حيه|بحياه|حياه|عايشا"
    ),
    "ما|مافي|مفيش|مش|مافيش ~ داعي|لزوم ~ اعيش|عيش|يعيش|تعيش|نعيش|وجودي|وجودها|وجوده",
    # he or she no longer wants to live (Arabizi, reported)
    (
        "ma|mab9ach|mabqach|b9ach|bqach|mab9atch|mabqatch|ma3ad|ma3adch|mab2a|mabe2a|b9a|b9at ~ "
        f"{HE_WANTS_D} ~ {HE_LIVES_D}"
    ),
    # wants to go to a relative who has died
    (
        "بدو|بدها|بدي|بغيت|بغا|بغات|عايز|عايزه|ابي|يبي|تبي|نفسي|نفسه|نفسها|حاب|حابه|باغي ~ يروح|تروح|"
        "روح|اروح|نروح ~ عند|لعند|جنب|مع ~~ يرحم*|مرحوم*|رحمه|رحمها|رحمو"
    ),
    (
        "بدو|بدها|بدي|بغيت|بغا|بغات|عايز|عايزه|ابي|يبي|تبي|نفسي|نفسه|نفسها|حاب|حابه|باغي ~ الحق|نلحق|"
        "يلحق|تلحق ~~ يرحم*|مرحوم*|رحمه|رحمها|رحمو"
    ),
    f"{HE_WANTS_D}|bghit|bdi|nfsi|nefsi ~ nl7e9|nl7a9|al7a2|nl7a2|yl7e9|tl7e9|yl7a2|tl7a2 ~~ yr7mo|yr7mha|yer7amo|yer7amha|yr7amo|lmer7oum|lmr7om|lmarhoum|yerhamo",
    # searched how to die without pain
    f"kifach|kifash|kifesh|kif|izay|ezay|kayf|keef|kifah ~ {DIE_D} ~~ bla|bdoun|bidoun|bidun|ghir|bghir ~ wja3|wje3|alam|2alam|2lam|wj3|wjaa|wja3a|waja3|ta3dib|wjee3",
    (
        "كيف|كيفاش|ازاي|شلون|كيفيه|طريقه|طرق ~ اموت|يموت|تموت|نموت|ننتحر|ينتحر|انتحر|تنتحر|موت|انتحار ~~ "
        "بلا|بدون|غير|دون ~ الم|وجع|عذاب|اوجاع"
    ),
    # cut, burned, banged the head, on purpose, again, hidden
    (
        f"تجرح|جرح|يجرح|كيجرح|كتجرح|تجرحات|جرحات|تجرحت|اتجرح|تشرط|شرط|تشرطت ~ {BLADE} ~~ مره|تاني|"
        "عاود|ديما|دايما|كيخبي|يخبي|تخبي|كتخبي|كيغطي|يغطي|تغطي|قصد|عمدا|مرات"
    ),
    (
        "كنضرب|نضرب|بضرب|بخبط|كنخبط|كيضرب|بيضرب|ضرب|ضربت|ضربات|خبط|خبطت|كتضرب|بتضرب ~ راسي|راسو|راسه|"
        "راسها ~ حيط|حيطه|حيطان|جدار ~~ ليله|حتى|دم|دمي|دمه|ينزف|نزفت|يدمي|طاح|طحت|نطيح|مرات|نهار"
    ),
    "كنضرب|نضرب|بضرب|كيضرب|بيضرب|كتضرب|بتضرب|كنخبط|بخبط ~ راسي|راسو|راسه|راسها ~ كل ~ ليله|يوم|نهار",
    (
        "حرقت|حرقات|حرق|كنحرق|كتحرق|بحرق|بتحرق ~ يدها|ايدها|يدو|ايدو|يدي|ايدي|دراعي|دراعها|دراعو|جسمي|"
        "جسمها|يديا|رجلي|رجليا|فخدي ~~ قصد|قاصد*|عمدا|عمد|سيجاره|سجاره|ولاعه|بريكه|قداحه|مرات|كارو"
    ),
    f"{BURN_D} ~ {BODY_D} ~~ {ON_PURPOSE}",
    f"kandir|kndir|kandiro|kandirha|ndir|dert|drt|kandirhom|katdir|kaydir|dart ~ {CUTS_D} ~ f|fi|3la ~ {BODY_D}",
    f"kmam|kmamat|manches|sleeves|akmam|mkmam|manchat ~~ {CUTS_D}",
    "اكمام|كمام|كمامات ~~ جروح|شطب|خطوط|ندوب|تشطيب",
    (
        "كندير|ندير|درت|كنعمل|بعمل|عملت|كديرها|كيدير|كتدير ~ جروح|شطب|خطوط|تشطيب ~~ رجليا|رجلي|دراعي|"
        "دراعيا|يدي|يديا|فخدي|فخاذي|جسمي|كرشي|بطني"
    ),
    # photos of a rope, the location of a bridge, then goodbye
    (
        "بعتلي|بعثلي|صيفطلي|سيفطلي|ارسلي|ارسللي|بعتتلي|بعتلنا|بعتتلنا|صيفطات|صيفط|نشر|نشرت|حط|حطت ~ "
        "صوره|تصويره|فوتو|صور ~~ حبل|مشنقه|شفره|شفرات|موس|امواس"
    ),
    (
        "b3atli|b3tli|b3thli|sifetli|siftli|siftlia|ba3atli|ba3tli|b3atli|sayftli|seftli|b3atetli|"
        f"siftatli ~ location|localisation|position|pin|tswira|photo|foto|sora|story ~~ {HIGH_D}|{ROPE_ALL} ~~ "
        f"{FAREWELL}|akhir|lekher|lakher|ciao"
    ),
    (
        "بعتلي|بعثلي|صيفطلي|سيفطلي|ارسلي|ارسللي|بعتتلي|بعتلنا|بعتتلنا ~ لوكيشن|موقع|لوكاسيون|صوره|فوتو ~~ "
        "جسر|كوبري|قنطره|سكه|سطح ~~ اخر|وداعا|باي|سامحني|سامحوني|سمحلي|سمحولي"
    ),
    # forgive me, and the phone is off
    f"{FORGIVE_D} ~~ tel|telephone|portable|phone|tilifon|lportable|ltel|tele ~ taffi|mtaffi|msakkar|msaker|mghle9|mghlaq|mqfoul|off|mataffi|taf|tafi",
    (
        f"{FORGIVE} ~~ تلفون*|تليفون*|موبايل|جوال|بورتابل|تيليفون* ~ مسكر|مطفي|مقفول|مغلق|طافي|طفى|"
        "طفا|مطفى|مسدود|مقفل|طافيه|مطفيه"
    ),
    # notes, letters, then nothing
    (
        f"{WROTE}|khlit|khalit|tarakt|t2rakt|sayeb|msayeb|tarek|tarka|sayba ~~ risala|risale|resala|"
        f"jawab|lettre|note|wr9a|wara9a|brief|bra ~~ {MUM}|family|l3ayla|ahli ~~ safi|khalas|5alas|"
        f"khlas|bye|wda3an|{FORGIVE_D}"
    ),
    f"2al|gal|qal|kal|9al|galt|2alet|qalet|kaygol|katgol|b2ol|kay9ol ~ ma|la|matdawro ~ tdawro|tdawrou|tdawrouch|tdawroch|tfatsho|tfattisho|tdwro|t9albo|tqalbo|t9lbo ~ {ON_ME}|3layi|3alayi",
    (
        "كتبتلك|كتبتلكم|كتبت|خليت|خليتلك|خليتلكم|تركت|تركتلك|تركتلكم ~~ نوت|نوتس|ورقه|رساله|مكتوب|"
        f"جواب|نوتات ~~ {FORGIVE}|وداعا"
    ),
    # past attempt: tried, it did not work
    (
        "امبارح|البارح|مبارح|امس|البارحه|بارح ~ جربت|حاولت بس|لكن|بصح ~ ما|مش|لم ~ مشي|مشات|زبط|زبطت|"
        "نفع|نفعت|نجحت|ظبطت|ضبطت|فلحت|مت|متت|موت $"
    ),
    "امبارح|البارح|مبارح|امس|البارحه|بارح ~ جربت|حاولت بس|لكن|بصح ~ ما|مش|لم ~ مشي|مشات حال $",
    # gave everything away, needs none of it any more
    (
        "عطيت|اعطيت|وزعت|فرقت|عطيتو|عطيتها|عطيتهم ~ (كلشي/كاع حوايجي/كل حوايجي/كل اغراضي/كاع اغراضي/"
        "جميع اغراضي/كل اشيائي/جميع اشيائي/كل حاجاتي/كاع حاجاتي/كل تيابي/كل هدومي/كاع حوايجي) ~~ ما|مش|"
        "مابقيتش|ماعدت|مبقتش|مابقاش ~ محتاج*|نحتاج*|احتاج*|حاجه|حاجتي"
    ),
    # nobody will miss me when I go
    (
        "محد|محدش|ماحد|ماحدا|حدا|حد|حدش ~ يشتقلي|يشتاقلي|يشتاق|يتوحشني|يفتقدني|يفقدني|"
        "يوحشو|يفتقد|هيفتقدني|حيفتقدني|يوحشه ~~ لما|ملي|منين|اذا|كي|بعد|لو ~ روح|اروح|امشي|"
        "نمشي|اموت|نموت|مت|متت|غبت|اختفيت|رحت|مشيت"
    ),
    # she wishes to sleep and not wake (reported)
    (
        "نفسها|نفسه|بدها|بدو|بغات|بغا|تتمنى|يتمنى|عايزه|عايز|تبي|يبي ~ تنام|ينام|نام ~ وما|ما|مش ~ "
        "تصحاش|يصحاش|تصحى|يصحى|تفيق|يفيق|تفيقش|يفيقش|توعى|يوعى|تنوضش|ينوضش"
    ),
    # wishing not to have woken
    (
        "بتمنى|اتمنى|نتمنى|كنتمنى|تمنيت|ياريت|ريت ~ لو|انو|اني|ان ~ ما|مش|لم ~ صحيت|فقت|"
        "فيقت|صحيتش|فيقتش|نضت|نضتش|نوضت|انولدت|اتولدت|تولدت|ولدت|خلقت"
    ),
    "احسن|افضل|احلى ~ هديه ~~ لو|انو|اني|ان ~ ما|مش ~ صحيت|فقت|فيقت|نضت|نوضت",
    "احسن|افضل ~ شي|حاجه ~ لو|انو ~ ما|مش ~ صحيت|فقت|فيقت|نضت|نوضت $",
    # into the sea, the river, and not back
    (
        "بحر|عالبحر|نهر|عالنهر|واد|عالواد|وادي|بحيره|سد|عالسد|جسر|عالجسر|سطح|عالسطح|سكه|عالسكه ~~ ما|"
        "مش|لن|مو ~ ارجع|نرجع|اطلع|نطلع|اعود|نعود|ترجع|يرجع|ارجعش|نرجعش $"
    ),
    (
        "بحر|عالبحر|نهر|عالنهر|واد|عالواد|وادي|بحيره|سد|عالسد ~~ ما|مش|لن|مو ~ ارجع|نرجع|اطلع|نطلع|اعود|"
        "نعود|ارجعش|نرجعش ~ ابدا|للابد|نهائيا|حي|حيه|عايش|عايشه"
    ),
    (
        f"atla3|atle3|netla3|ntla3|tla3|natla3|ntle3|tle3t|tal3|tale3|bitla3|nle7|n7et|nensha ~ 3ala|"
        f"3al|3la|fo2|ela|l|le|foq ~ {HIGH_D} ~~ {DONE_D}"
    ),
    f"ana|rani|ani|ena|ane ~ fo2|fou2|foq|fog|wa9ef|wa2ef|wa9fa|wa2fe ~ {HIGH_D} ~ {NOW_D} $",
    "انا|راني|اني ~ فوق|واقف|واقفه ~ جسر|سطح|كوبري|قنطره|عماره ~ هلق|هلا|هسه|دابا|الحين|دلوقتي|توا|هلأ $",
    (
        "اطلع|نطلع|طالع|بطلع|طالعه|ناطلع|غنطلع ~ عالسطح|سطح|عالجسر|جسر|عالكوبري|كوبري|قنطره ~~ خلاص|"
        "وداعا|واخلص|انط|نط|انزل|نطيح|بخلص|اخلص|ارتاح|انتهي"
    ),
    (
        "بنط|انط|نط|نطيح|ارمي|بارمي|نرمي|بترمى|اترمى|ارتمي|نرتمي|نلوح ~ قدام|قدامو|قدامه|تحت|قدامها ~~ "
        "بخلص|خلص|اخلص|ارتاح|بارتاح|نرتاح|اموت|نموت|بموت"
    ),
    (
        f"{THINK_D}|bghit|baghi|ghadi|ghan|bgha|bghat|nwit|kanfker|bdi|ra7|nfsi|gal ~ {THROW_D} ~ "
        f"{FRONT_D} ~ {VEHICLE_D}"
    ),
    f"{THROW_D} ~ {FRONT_D} ~ chi|wa7ed|wa7d|l|el ~ {VEHICLE_D}",
    # if I don't come, know I did it
    (
        f"ila|ida|iza|law ~ ma ~~ 3ref|3rf|3erfi|3erfo|a3ref|ya3ni|y3ni ~~ {ROPE_ALL}|l7bob|7bob|"
        "nt7ert|ent7ert|nt7rt"
    ),
    (
        "اذا|ايلا|الا|لو|ايذا ~ ما|مجيتش|ماجيتش ~~ اعرف|اعرفي|اعرفو|اعرفوا|عرف|راه|يعني ~~ انتحرت|مت|متت|"
        "موت|حبل|حبوب"
    ),
    # bought a knife or a rope, and will end it
    (
        "شرا|شرى|اشترى|جاب|شرات|اشترت|شريت|اشتريت|جبت|جابت ~ سكين|سكينه|حبل|شفرات|شفره|حبوب|موس|امواس|"
        "مشنقه ~~ يموت|تموت|ينتحر|تنتحر|اموت|انتحر|نموت|ننتحر"
    ),
    (
        "شرا|شرى|اشترى|جاب|شرات|اشترت|شريت|اشتريت|جبت|جابت ~ سكين|سكينه|حبل|شفرات|شفره|حبوب|موس|امواس|"
        "مشنقه ~~ يخلص|تخلص|ينهي|تنهي|يسالي|تسالي|اخلص|انهي|نسالي|نخلص ~ من|مع|على|علي ~ "
        "(كلشي/حياته/حياتها/حياتي/روحه/روحو/روحي/نفسه/نفسي/راسو/راسي/دنيا/كل شي)"
    ),
    (
        "رح|راح|ح|غادي|بدو|بدها|ناوي|ناويه|قرر|قررت ~ يخلص|تخلص|يسالي|تسالي|ينهي|تنهي ~ من|مع|على|علي ~ "
        "حياته|حياتها|حياتو|روحه|روحها|روحو|نفسه|نفسها|نفسو|راسو|راسها|دنيا"
    ),
    # close my eyes and not wake up
    (
        "nghmed|nghamed|ngh9ed|nsed|nsd|ngmed|nghmd|nghmod ~ 3iniya|3inia|3ini|3inaya|3yuni|3youni ~~ "
        "ma|mat ~ nfi9ch|nfi9sh|nfiqch|nfi9|nfaye9ch|nnoudch|nnodch|nsh7ach|ns7ach|nse7ach|nfiq|nfe9ch"
    ),
    # thinking about the rope I bought
    f"{THINK_D}|bfakker|kanfakar|nfakar ~ b|bel|bl|f|fel|fl|3al|3la ~ {ROPE_ALL}",
    ("بفكر|كنفكر|افكر|نفكر|فكر|فكرت ~ حبل|حبال|مشنقه"),
)
