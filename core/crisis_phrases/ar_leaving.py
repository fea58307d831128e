"""Arabic crisis signals for leaving (added to ar.py's SIGNALS and HARMLESS): goodbyes that
entrust a sister or a cat "after me", the last time one writes, not coming back; the last step
from a roof or with a whole pack of pills; something done "to myself"; and what a parent or an
employer reports of an attempt or of things given away. With them, the harmless set phrases
that sound alike: "goodbye to sleep", "my end is near... of the internship", "I don't want to be a
burden, so I want a job", "sleeping till noon", a sea dive, cutting a course.

Written as ar.py's are: a one-letter proclitic (و ف ب ل ك س) may come before each Arabic word, so
"راسي" also matches "لراسي" ("for myself"): where that matters, a phrase asks for the separate
"في" or names the glued form ("فراسي"). The article goes, so "اليوم" reads "يوم" and "بالكم"
"بكم"; two proclitics stay ("وبالدنيا").
"""

from __future__ import annotations

from core.crisis_phrases.ar_signs import HIGH

# Waiting for the day I am rid of it all.
WAIT = "مستني|مستنيه|ناطر|ناطره|منتظر|منتظره|كنتسنى|كنستنى|نستنى|استنى|بستنى|بنتظر"
RID = (
    "اخلص|هخلص|حخلص|نخلص|بخلص|نتخلص|اتخلص|ارتاح|نرتاح|هرتاح|حرتاح|برتاح|اموت|هموت|حموت|نموت|"
    "بموت|اختفي|نختفي"
)
# "Mind her after me": Egyptian "خلي بالك", Darija "دير بالك", "تهلا", entrusting.
MIND = "بالك|بالكم|بالكن|بالكو|بالكي|بال|بلكم|عينك|تهلا|تهلاي|تهلاو|اهتم|اهتمي|اهتمو|اهتموا|اوصيك|وصيتك|نوصيك"
PETS = "قطتي|كلبي|قطي|بسي|بسينتي|عصفوري|سمكتي|مشيشتي|قطوسي"
WHEN = "ملي|لما|منين|حين|وقت|كي"
GOING = "نمشي|امشي|نغيب|اغيب|روح|اروح|نروح"
# A trip, work or school: "when I go to Morocco" is a holiday.
TRIP = (
    "خدمه|شغل|مدرسه|عطله|عطلتي|سفر|فاكانس|بلاد|مغرب|رحله|عيد|اسبوع|يومين|سيمانه|شهر|جمعه|ايام|"
    "ويكند|ستاج|سبيطار|مستشفى|سوق|حمام|بحر|دوام"
)
# Writing to you, you seeing or hearing me: after "the last time".
CONTACT = (
    "نكتبلك|اكتبلك|بكتبلك|نكتبلكم|اكتبلكم|نكتب|اكتب|نكلمك|اكلمك|نكلمكم|نهضرلك|نهدرلك|نحكيلك|"
    "احكيلك|بحكيلك|نحكيلكم|احكيلكم|نبعتلك|ابعتلك|نصيفطلك|تشوفني|تشوفيني|تشوفوني|هتشوفني|"
    "حتشوفني|غتشوفني|تسمعني|تسمعيني|تسمعوني|هتسمعني|تسمعي|بحكي|احكي|نحكي|نهدر|نهضر|اتكلم|نتكلم|"
    "بتكلم|بكلمك|بكلمكم"
)
# I'll miss you; don't be angry with me.
MISS_YOU = (
    "اشتقلكم|اشتاقلكم|اشتقلك|اشتاقلك|هتوحشوني|حتوحشوني|هتوحشيني|حتوحشني|غتوحشوني|نتوحشكم|"
    "غنتوحشكم|افتقدكم|سافتقدكم|هفتقدكم"
)
ANGRY = "تزعلو|تزعلوا|تزعلي|تزعل|تغضبو|تغضبوا|متزعلوش|ماتزعلوش|متزعليش|متزعلش|ماتزعلش|تزعلوش"
# Because / I: not coming back (Darija "ما راجعش").
BECAUSE = "لاني|لانو|لانه|لان|عشان|علشان|حيت|حيث|انا|اني"
# Taken: a whole packet, a strip, a box.
TOOK = "خذيت|اخذت|اخدت|خديت|اخديت|كليت|بلعت|شربت|تناولت|خدت"
PACK = "باكيت|باكت|باكو|علبه|علبتين|شريط|شريطين|بلاكه|بلاكيت|كرطونه|قرطاسه|باكيه"
WHOLE = "كامل|كامله|كله|كلها|كلو|بحالو|بحالها|بكاملها|بكامله"
# Not coming down by the stairs; don't call the police.
DOWN = "انزل|ننزل|نهبط|اهبط|هنزل|حنزل|نزل"
STAIRS = "درج|عالدرج|سلم|عالسلم|سلالم|مصعد|اسانسير|اصانصور"
DONT = (
    "تصيفط*|متصيفط*|ماتصيفط*|تعيط*|متعيط*|ماتعيط*|تتصل*|متتصل*|ماتتصل*|تكلم*|متكلم*|تبعت*|"
    "متبعت*|ماتبعت*|تجيب*|متجيب*|ماتجيب*|ترسل*|تخبر*|تبلغ*|تطلب*"
)
POLICE = "بوليس|شرطه|اسعاف|امبولانس|لابوليس|شرطي"
# Doing something to myself: the verb, the "something", and the glued "to myself".
DO = "ندير|نعمل|اعمل|اسوي|نسوي|هعمل|حعمل|بعمل|درت|عملت|سويت|دريت|عملتها|درتها"
THING = "شي|حاجه|اشي|حاجا|شيء"
ME = "راسي|نفسي|روحي|حالي|يدي|يديا|ايدي|دراعي|جسمي"
IN_ME = "فراسي|فنفسي|فروحي|فحالي|بحالي|فيدي|فيديا|فدراعي|فجسمي"
AGAIN_BLOOD = "تاني|تانى|عاوتاني|عاود|دم|جروح|جرح|نزيف|ينزف"
# Tried to kill himself: recently, or in hospital.
RECENT = (
    "البارح|امبارح|مبارح|امس|البارحه|الليله|سبيطار|مستشفى|مستشفي|طوارئ|اسعاف|انعاش|"
    "ziekenhuis|spoed|sbitar"
)
# Given away (third person), and no longer needing it.
GAVE = "عطى|اعطى|عطا|عطت|اعطت|عطات|وزع|ادى|ادت|فرق|فرقت"
THINGS = "كل|كلشي|اغراض*|غراض*|حاجات*|حوايج*|العاب*|هدوم*|تياب*|اشيا*"
# Job, school and the like: "I can't stand this job" is about work.
WORK = (
    "شغل|خدمه|مدرسه|دراسه|ستاج|كورس|دوره|مدير|دوام|عقد|مخزن|مطعم|جامعه|كليه|امتحان*|دروس|"
    "قرايه|تدريب|تكوين|مشروع|برنامج|باطرون|شاف|شيف|stage|job"
)
# What one says goodbye to without any harm: sleep, the holidays, sugar.
FREEDOMS = (
    "نوم|راحه|عطله|ويكند|حريه|سكر|كرش|فلوس|نعاس|صيف|شتا|دراسه|مدرسه|خدمه|شغل|ستاج|سجاير|"
    "دخان|تدخين|ريجيم|كسل|شوكولا|قهوه|اجازه|فاكانس|بحر|امتحانات|امتحان|سهر|حلويات"
)
# A job, the rent: why one does not want to be a burden.
PRACTICAL = (
    "خدمه|شغل|وظيفه|فلوس|مصروف|كرا|كراء|ايجار|اجار|سكن|شقه|قرض|دراسه|مصاريف|نعتمد|"
    "اعتمد|نستقل|مستقل|job|werk"
)
BURDEN = "عبء|عبئ|عبي|عاله|حمل|تقل|ثقل|تقيل|ثقيل"
# The shop, the till, the keys: what a colleague minds "after me" at the end of a shift.
WORKPLACE = (
    "محل|ماجازان|ماكازان|مخزن|كاسه|صندوق|زبائن|زبون|كليان|كليانات|شيفت|دوام|خدمه|شغل|ساروت|"
    "مفاتيح|مفتاح|تلفون|تليفون|بورطابل|شارجور|سياره|طوموبيل|موطور"
)

SIGNALS: tuple[str, ...] = (
    # waiting for the day I'm rid of it all ("مستنية اليوم اللي هخلص فيه من كل ده"), for death
    f"{WAIT} ~ اليوم|يوم|اللحظه|لحظه|الوقت ~~ {RID} ~ فيه|فيها ~ من كل ده|دا|هذا|هاد|هادشي|شي|حاجه|اشي",
    f"{WAIT} ~ اليوم|يوم|اللحظه|لحظه|الوقت ~~ {RID} ~ فيه|فيها ~ من ~ كلشي|دنيا|حياتي|حياه|عمري",
    f"{WAIT} ~ موتي|الموت",
    # "mind my sister after me", "take care of my cat when I go"
    f"{MIND} ~~ من|بعد بعدي|موتي|غيابي|رحيلي|مماتي|وفاتي",
    f"{PETS} ~~ {WHEN} ~ {GOING}",
    # the last time I write to you, you see me; the last day here and in this world
    f"اخر مره ~ {CONTACT}",
    "اخر يوم|ليله|نهار ~ بالدنيا|فالدنيا|وبالدنيا|وفالدنيا|وبهالدنيا|وفهادالدنيا",
    "اخر يوم|ليله|نهار ~ في|فهاد|بهاد ~ دنيا",
    # not coming back, said last
    f"{BECAUSE} ~ مش|ما|مو|ماني|مانيش ~ راجع|راجعه|راجعش|راجعاش $",
    # I won't be here at all
    "ما|مش|مو ~ نكون|اكون|هكون|حكون|بكون|كون ~ هنا|هون|هنايا|موجود|موجوده ~ اصلا|ابدا $",
    # I'll miss you, don't be angry with me
    f"{MISS_YOU} ~~ {ANGRY} ~ مني|علي|عليا",
    f"{ANGRY} ~ مني|علي|عليا ~~ {MISS_YOU}",
    # a goodbye letter (Egyptian "جواب وداع"), a rope with a note of forgiveness
    "جواب|مكتوب|ورقه|بريه|رسايل|جوابات ~ وداع|الوداع|وداعيه",
    "حبل|مشنقه ~~ رساله|جواب|مكتوب|وصيه|سامحوني|سمحولي|سمحوني|سامحيني|سمحيلي",
    "رساله|جواب|مكتوب|وصيه|سامحوني|سمحولي|سمحوني ~~ حبل|مشنقه",
    # a whole packet of pills taken
    f"{TOOK} ~ {PACK} ~~ {WHOLE}",
    # on the roof and not coming down by the stairs; thinking of going down; no police
    f"{HIGH} ~~ ما|مش|مو|لن ~ {DOWN} ~~ {STAIRS}",
    f"{HIGH} ~~ فكر|بفكر|افكر|نفكر|كنفكر|عم ~ انزل|ننزل $",
    f"{HIGH} ~~ {DONT} ~ {POLICE}",
    # something done to myself ("درت شي حاجة ف يدي", "عملت في نفسي تاني")
    f"{DO} ~ {THING} ~ في|ف ~ {ME}",
    f"{DO} ~ {THING} ~ {IN_ME}",
    f"{DO} ~ في|ف ~ نفسي|روحي|راسي|حالي ~~ {AGAIN_BLOOD}",
    f"{DO} ~ {IN_ME} ~~ {AGAIN_BLOOD}",
    # no longer a burden on you (Darija "ما بقيتش غادي نتقل عليكم")
    (
        "بقيتش|مابقيتش|مبقيتش|عدتش|ماعدتش|ماعادش|غاديش|ماغاديش ~ نتقل|نثقل|نتقال|نثقال|عبء|"
        "عاله ~ عليكم|عليك|عليهم|عليها|على"
    ),
    # a son or a daughter tried to kill himself: recently, or now in hospital
    f"حاول|حاولت|جرب|جربت ~ ينتحر|تنتحر ~~ {RECENT}",
    "ابني|بنتي|ولدي|اخوي|اختي|خويا|ختي|ابنتي|صاحبي|صاحبتي ~~ حاول|حاولت ~ ينتحر|تنتحر",
    # he gave all his things away, and won't need them any more
    f"{GAVE} ~ {THINGS} ~~ ما|مش|مو ~ عاد|بقا|بقاش|رح|راح|غادي ~ *حتاج*|*لزم*",
    # no strength left for this life; to be rid of myself; relieved if I'm no more
    (
        "ما|مش|ماعدش|ماعادش|مابقاش|مابقا|ماعاد|ماعنديش|معنديش|مافيش|مفيش|ماعندي|مافيا ~ جهد|حيل|"
        "طاقه|قوه ~ دنيا|حياه|عيشه|حياتي"
    ),
    "بدي|ابي|رح|راح|بغيت|نفسي|عايز ~ خلص من ~ حالي|نفسي|روحي",
    "يرتاحو|يرتاحوا|غيرتاحو|يفرحو|يفرحوا|ترتاحو|ترتاحوا ~ الا|ايلا|لو|اذا ~ بقيتش|مابقيتش|كنتش|ماكنتش $",
    "مافي|ما|محدا|محد|ماحدا|مافيش|مفيش|ماكو ~ حدا|حد|احد|واحد ~ رح|راح|ح|غادي ~ *فتقدني|*فتقدوني|*شتاقلي|*توحشني",
    # hoping today is the last day; the last message, forgive me; tomorrow you won't find me
    "اخر يوم|ليله ~~ بتمنى|اتمنى|نتمنى|كنتمنى|ياريت ~ يكون|تكون $",
    "سمحلي|سمحيلي|سامحني|سامحيني|سامحوني|سمحولي|شكرا ~~ اخر رساله|مسج|ميساج $",
    "بكرا|باجر|غدا|غدوه|بكره ~ ما|مش|لن ~ تلكيني|تلقيني|تلاقيني|تلقوني|تلاقوني|تلكوني|تلقاني|هتلاقيني $",
    "اذا|لو|ان ~ رح|راح|ح ~ ضل|ابقى|اضل|اكون|كون ~ عايش|عايشه|حي|حيه ~ لبكرا|لبكره|للصبح|لغدا",
    # many pills; scratching the skin till it bleeds; stealing a parent's sleeping pills
    f"{TOOK} ~ حبوب|حبات|دوا|اقراص|برشام ~ بزاف|كتير|كثير|ياسر|هوايه|وايد|زياده|بزايد",
    (
        "كنحك|نحك|كنخمش|نخمش|كنجرح|كنخربش|نخربش|كنقشر ~ جلدي|يدي|ايدي|دراعي|راسي|وجهي ~~ دم|"
        "ينزف|يسيل|كيخرج|كيسيل"
    ),
    "اسرق|نسرق|سرقت|بسرق ~ حبوب|دوا|ادويه|اقراص|منوم ~~ كلهن|كلهم|كلها|كله|اخدهن|اخدهم|ابلعهم|ابلعهن",
    # the rope and where to hang it; a rope he brought; new cuts on her arm
    "حبل ~~ عرفت|عارف|عارفه|لقيت|اعرف ~ فين|وين|فاين|مكان|بلاصه ~ نعلقو|نعلقه|اعلقه|اعلقو|نعلق|اعلق|نربطو|اربطه",
    "جاب|جابت|اشترى|اشترت|شرى|شرات|جايب|جايبه ~ حبل|مشنقه",
    (
        "جروح|جرح|شطب ~ جداد|جدد|جديده|جديد ~~ دراعها|دراعه|ايدها|ايده|يدها|يده|رجلها|فخادها|"
        "فخدها|دراعي|يدي|ايدي|فخادي|رسغها|معصمها"
    ),
    # the time of the train that does not stop; Iraqi "اذب نفسي", throwing myself
    "عرفت|عارف|شفت|قلبت|بحثت ~ وقت|ساعه|توقيت|مواعيد ~ قطار|تران|ترين ~~ ما ~ كيوقفش|يوقفش|بيوقفش|يوقف|كيوقف|كيحبسش",
    "اذب|ذب|نذب|ذبيت|يذب|تذب ~ نفسي|روحي|حالي|نفسه|نفسها|روحه",
    # reported: she says she is a burden to us, he looks up how to die without pain
    "انها|انه|انو|قالت|قال ~ عبء|عاله ~ علينا|عليهم|على|لينا",
    "ازاي|كيف|كيفاش|شلون ~ يموت|تموت|ينتحر|تنتحر ~ غير|بدون|بلا ~ وجع|الم",
    # "forgive me", then her phone off
    (
        "سامحوني|سامحيني|سامحني|سمحولي|سمحيلي ~~ قفلت|سكرت|طفت|طفات|طفا|قفل|سكر ~ تليفونها|"
        "تلفونها|تليفونه|تلفونه|موبايلها|موبايله|فونها|فونه|بورطابلها|بورطابلو"
    ),
)

HARMLESS: tuple[str, ...] = (
    # goodbye to sleep, sugar, the holidays
    f"وداعا|باي|سلام|الوداع {FREEDOMS}",
    # "my end is near... of the internship, I mean"
    (
        "نهايتي ~ قربت|قريبه|اقتربت|جايه ~~ نهايه|ستاج|امتحان*|عقد|خدمه|شغل|تكوين|دوره|كورس|"
        "مدرسه|عطله|سيمانه|اسبوع|يعني|ه|lol|mdr|stage"
    ),
    # "I can't go on with this job / school": from the "can't", lest "ما بقيتش قادر" stay alone
    # at the end of the text and read as the despairing phrase that ends there
    (
        "ما|مش|مو|عاد|ماعاد|مابقيتش|مبقتش|ماعدت ~ قادر|قادره|اقدر|نقدر|بقدر|فيني|قادرش|نقدرش ~ "
        f"اكمل|كمل|نكمل|استحمل|اتحمل|نتحمل|نستحمل|نصبر|اصبر ~ {WORK}"
    ),
    f"اكمل|كمل|نكمل|استحمل|اتحمل|نتحمل|نستحمل|نصبر|اصبر ~ {WORK}",
    # a rope for the curtain, the washing, the dog
    "حبل ~~ ريدو|ستاره|ستاير|منشر|نشر|تصبين|كلب|كلبي|خروف|شجره|مرجوحه|قارب|شراع",
    # a dive into the sea every weekend
    (
        "كنلوح|كانلوح|كنرمي|كانرمي|كنقفز|كانقفز|كنطيح|كنلوحو|كنقفزو|لوحنا|قفزنا ~ راسي|روحي|"
        "نفسي|حالي|راسنا|روسنا|روحنا ~ بحر|بيسين|مسبح|موج|بلاج|شط|بحيره|واد|ما|مي|ميه|piscine"
    ),
    # cutting a course, a subscription, the meat
    (
        "اقطع|بقطع|نقطع|قطعت|نقطعو دوره|كورس|اشتراك|علاقه|علاقتي|خط|انترنت|تذكره|بطاقه|دراسه|"
        "مدرسه|شغل|خدمه|تليفون|كهربا|ضو|طريق|شارع|لحم|بصل|بصله|خضره|خضار|خبز|ورق|كرطون|كرتون|"
        "خشب|شعر|عقد"
    ),
    # it is over between him and me
    "انتهى|خلص|سالا|تسالا|سلا ~ بيني ~ وبينو|وبينه|وبينها|وبينك|وبينهم",
    # not a burden to my parents, so I want a job; a burden with my questions
    f"نكون|اكون|كون|ابقى|نبقى|اصير|نولي ~ {BURDEN} ~~ {PRACTICAL}",
    (
        f"{BURDEN}|تقلت|ثقلت|نتقل|نثقل|زعجتك|ازعجتك|ازعجك|ازعاج ~ اسئله|سؤال|اسئلتي|سوالات|"
        "مساجات|ميساجات|رسايل|طلبات"
    ),
    # bye for ever to school; a cutter for the cardboard; a pill once a day
    f"{WORK} ~ باي|وداعا|سلام ~ للابد|ابدا",
    "كتر|كاتر ~~ كرطون|كرتون|كارطون|كرطونه|كرتونه|بواط|علب|باكيات|تغليف",
    "مره|دفعه ~ وحده|واحده ~ ف|في ~ نهار|يوم|اليوم|صباح|سيمانه|اسبوع|شهر|ليل",
    # sleeping till noon, at the weekend
    "اصحاش|نصحاش|نفيقش|نوضش|اصحى|اصحا|افيق|نفيق|نوض|اقوم|نصحى ~~ ضهر|ظهر|عصر|عشيه|ويكند|weekend|بكري|منبه",
    # minding the shop after me; "when I go to Morocco"; "the last time I write about this"
    f"{MIND} ~ من|على|ع ~ {WORKPLACE}",
    f"{WHEN} ~ {GOING} ~~ {TRIP}",
    (
        f"اخر مره ~ {CONTACT} ~ موضوع|هالموضوع|هادشي|داكشي|انشالله|شاء|وعد|اوعدك|اليوم|الليله|"
        "تصبح|تصبحو|نعاس|نوم|نام|ننعس|عطله|سفر|فاكانس|ستاج|خدمه|شغل|مدرسه|سيمانه|اسبوع|شهر"
    ),
)
