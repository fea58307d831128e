"""Arabic crisis signals for the signs around a decision (added to ar.py's SIGNALS, with a few
HARMLESS and TOPICS phrases): a decision taken, last messages recorded and passwords left
behind, goodbyes "in my own way", self-harm in the dialects (burning, biting, pricking, scratching,
a blade hidden), and what a parent, a friend or an employer reports of someone else.

Written as ar.py's are: a one-letter proclitic (و ف ب ل ك س) may come before each Arabic word, so
"امي" also matches "لامي" and "حياتي" "لحياتي"; "الليلة" reads "يله" once the article and the
doubled letter are gone. A report in the third person ("رح ينتحر الليلة", "بيذبح نفسه", "بدها
تختفي") is as urgent as the first person, and the ABOUT words for someone else ("صاحبي") must not
silence it, so those forms are SIGNALS here.
"""

from __future__ import annotations

from core.phrases import written_out

# "wants / will / is thinking of", said of someone else (Levantine, Egyptian, Gulf, Iraqi, Darija).
THEY_WILL = (
    "رح|راح|ح|ناوي|ناويه|غادي|بيفكر|بتفكر|يفكر|تفكر|بدو|بدها|بده|عايز|عايزه|يبي|تبي|"
    "يريد|تريد|بغا|بغات|حابب|حابه"
)
# Someone reporting what another said ("قال إنه", "بتقولي إنها", "بعتلي إنه", Iraqi "يكول").
SAID = (
    "انه|انها|انو|قال|قالت|قالي|قالتلي|كال|كالت|كالي|كالتلي|بيقول|بتقول|يقول|تقول|يكول|تكول|"
    "بعتلي|بعتتلي|كتبلي|كتبتلي|كاتب|كاتبه"
)
# Himself, herself (also Levantine "حالو").
THEMSELF = "نفسه|نفسها|حاله|حالها|حالو|روحه|روحها|روحو|راسه|راسها|راسو|نفسو"
# Killing or slaughtering oneself: the verb in the third person, and said of what is to come.
KILL_THEM = "يقتل|بيقتل|تقتل|بتقتل|يذبح|بيذبح|تذبح|بتذبح"
KILL_SOON = "هيقتل|حيقتل|هتقتل|حتقتل|هيذبح|حيذبح|هتذبح|حتذبح|بذبح|اذبح|هذبح|حذبح|نذبح"
# Now, tonight, tomorrow; or the frightened "what do I do" of whoever was told.
SOON_OR_AFRAID = (
    "الليله|اليوم|بكرا|بكره|هلق|هلا|الحين|دلوقتي|هسه|دابا|اعمل|اسوي|ندير|ساعدوني|خايف|خايفه|الحقوني"
)
# Ending it: "أنهيها", "أخلصها" (the feminine "it" is life).
END_IT = "انهيها|اخلصها|ننهيها|نخلصها|بنهيها|هنهيها|حنهيها|انهيه|اخلصه|نهيها"
# Mother, father, the family, friends: to whom a last message goes.
MY_PEOPLE = (
    "امي|ماما|بابا|ابوي|اهلي|اختي|اخوي|عيلتي|صحابي|اصحابي|حبيبي|حبيبتي|الكل|كل|الجميع|يما|يمه"
)
# My arm, hand, skin, thigh, wrist (also Darija "يديا"), and myself.
MY_BODY = (
    "يدي|ايدي|يديا|ايديا|ايديي|دراعي|ذراعي|جلدي|رجلي|فخدي|فخادي|فخذي|زندي|رسغي|معصمي|رقبتي|"
    "وجهي|حالي|نفسي|روحي"
)
# Passwords, what one writes down or hands over, and "for when I am gone".
PASSWORDS = "(كلمه سر/كلمه السر/كلمات السر/كلمات سر/باسورد*/رمز/رقم سري/الرقم السري/كود/بن كود)"
LEFT_WITH = "كتبت*|عطيت*|اعطيت*|تركت*|خليت*|بعت*|سلمت*"
AFTER_ME = (
    "(عشان بعدين/لبعدين/من بعدي/بعد ما روح/بعد ما اروح/لما روح/لما اروح/لما امشي/بعد موتي/"
    "لما اموت/لما اختفي)"
)
# Burning, biting, pricking, scratching, stabbing oneself (Darija habitual "كنحرق" too).
BURN = "كنحرق|كانحرق|تنحرق|كنكوي|كانكوي|نحرق|نكوي|بحرق|احرق|حرقت|بكوي|اكوي|كويت"
BITE_PRICK = (
    "اعض|عضيت|كنعض|اخرم|بخرم|نخرم|خرمت|اغرز|بغرز|غرزت|اطعن|بطعن|طعنت|اخدش|بخدش|"
    "نخدش|خدشت|كنخدش|اخمش|بخمش|نخمش|خمشت|كنخمش|اخرمش|بخرمش|خرمشت"
)
HURT = f"{BURN}|{BITE_PRICK}|كنجرح|بجرح|اجرح|جرحت|كنقطع|بقطع|اقطع|كنضرب|بضرب|اضرب|كنشرط|نشرط"
# Bleeding, blood coming out.
BLEEDING = "دم|ينزف|تنزف|نزف|نزفت|يدمي|تدمي|يسيل"
# When I get anxious, upset, angry (Darija "ملي كنتقلق").
WHEN_UPSET = (
    "كنتقلق|نتقلق|كنقلق|نقلق|اقلق|اتضايق|اتضايج|اتوتر|اعصب|تضايقت|توترت|كنتغدد|نتغدد|احزن|"
    "ازعل|كنتقنط|نتقنط|كنتنرفز|نتنرفز|اتنرفز"
)
# Blades, a knife, the rope, the pills: what is hidden for later.
BLADES = "شفرات|شفره|امواس|موس|كتر|كاتر"
HIDDEN = "خبيت|مخبي|مخبيه|خبات|خبيتها|خبيتهم|مخبيها|مخبيهم|مخزن|مخزنه"
# High places (Darija "القنطرة" too), and what one drives into.
HIGH = "سطح|عالسطح|جسر|عالجسر|كوبري|بلكونه|بلكون|شباك|طابق|عماره|بنايه|حافه|قنطره|برج"
HARD = "عمود|حيط|حيطه|شجره|جدار|سور|شاحنه|تريلا|قطار"
# Pills and medicine, and taking or drinking them, in the first and third person.
MEDICINE = "دوا|حبوب|ادويه|اقراص|علبه|شريط|برشام"
TAKE = "اشرب|تشرب|يشرب|اخد|تاخد|ياخد|اخذ|تاخذ|ابلع|تبلع|يبلع"
THINKS = "بفكر|افكر|بتفكر|تفكر|بيفكر|يفكر|ناوي|ناويه|فكرت|فكر"

# 1. a decision taken; leaving this world; ending it by a limit set to one's life
DECIDED: tuple[str, ...] = (
    *written_out(f"قررت|حسمت ~ {END_IT} (/الليله/خلاص/للابد) $"),
    f"{END_IT} ~ للابد|نهائيا|نهائي",
    "فل|افل|نفل|بفل|هفل ~ من|عن ~ هالدنيا|الدنيا|هالحياه|الحياه|هالعالم|العالم|الوجود|دنيا",
    (
        # "لحياتي" with its "ل": "ما بدي حط حد بحياتي" is letting nobody into one's life
        "احط|نحط|بحط|حط|يحط|تحط|بيحط|بتحط|هحط|اضع|نضع|يضع|تضع ~ حد|حدا|نهايه ~ لحياتي|لعمري|"
        "لحياته|لحياتها|لوجودي|لهالحياه|لعذابي|لمعاناتي"
    ),
    # glued by a hurried thumb: "مابدياعيش", "بدياموت", "اخلص منحياتي"
    (
        "مابدياعيش|مابديعيش|مابدعيش|بدياموت|بديموت|ابياموت|ابيموت|نفسياموت|عايزاموت|عاوزاموت|"
        "بغيتنموت|بدينتحر|بدياانتحر|بدياختفي"
    ),
    (
        "اخلص|نخلص|بخلص|هخلص|حخلص|خلص|يخلص ~ منحياتي|منالدنيا|منهالدنيا|منالحياه|منهالحياه|"
        "منحالي|مننفسي|منعمري|منروحي"
    ),
    # a plan decided, and nobody is to stop me
    (
        "خطه|خطتي|قررت|قراري ~~ يحاول|يجرب|تحاول|تحاولو|تحاولوا ~ يوقفني|يمنعني|يردني|توقفني|"
        "تمنعني|توقفوني|تمنعوني"
    ),
    # no point in anything, I won't go on
    *written_out(
        "فايده ~ من ~ اي|كل|كلشي|شي|حياتي ~~ (ما رح/مش رح/ما راح/مش راح/لن) ~ اكمل|كمل|نكمل"
    ),
    "فايده ~ من ~ اي|كل|كلشي|شي|حياتي ~~ مش|ما ~ هكمل|حكمل|هنكمل",
    "افكر|بفكر|نفكر|كنفكر|فكرت|فكر ~ كيف|ازاي|كيفاش|شلون ~ اخلص|نخلص|ارتاح|انهي|ننهي ~~ للابد|نهائيا",
    # wasting away on purpose until I disappear
    *written_out(
        "اضعف|انحف|اذوب|اجوع|ادبل ~~ (لحد ما/لين/حتى/لغايه ما/لحتى) ~ اختفي|اموت|اتلاشى|نختفي"
    ),
    # closing my eyes and never opening them
    (
        "اتمنى|بتمنى|نفسي|بدي|ابي|ودي|ياريت|ريت|اريد|عايز|عايزه|بغيت|نتمنى|كنتمنى ~ اغمض|غمض|"
        "نغمض|سكر|اسكر ~ عيوني|عيني|عينيا|عينيي ~~ ما|مش|بلا|ولا|لا ~ افتحها|فتحها|نفتحها|"
        "افتحهم|فتحهم|نفتحهم|افتح|نفتح|اصحى|افيق|نفيق"
    ),
    (
        "اغمض|غمض|نغمض|سكر|اسكر ~ عيوني|عيني|عينيا|عينيي ~~ ما|مش|بلا|ولا|لا ~ افتحها|فتحها|"
        "نفتحها|افتحهم|فتحهم|نفتحهم ~ ابدا|تاني|ثاني|للابد|بعدها|بعد $"
    ),
)

# 2. goodbyes: a last message recorded, passwords left, a goodbye "in my own way"
GOODBYE: tuple[str, ...] = (
    f"رساله|رسالتي|مكتوب|جواب ~ اخيره|الاخيره ~ {MY_PEOPLE}",
    # not "الفيديو الأخير لأختي", her latest video
    "سجلت|مسجل|مسجله|مسجلتلها|مسجلتلهم ~ رساله|فويس|تسجيل ~ اخيره|وداع",
    (
        "بودع|اودع|نودع|ودعت|كنودع|بوادع|اوادع ~ الكل|كل|كلكم|جميع|الجميع|ناس|اهلي|صحابي|"
        "اصحابي ~~ بطريقتي|طريقتي|بصمت|بهدوء|بسكات|الاخيره|للابد"
    ),
    # first person only: "الفنان ودع الحياة" is the news
    "بودع|اودع|نودع|كنودع|بوادع|اوادع ~ الدنيا|هالدنيا|الحياه|هالحياه|العالم|هالعالم|دنيا",
    # passwords written down or handed over "for afterwards", in either order
    *written_out(
        f"{PASSWORDS} ~~ {LEFT_WITH} ~~ {AFTER_ME}", f"{LEFT_WITH} ~~ {PASSWORDS} ~~ {AFTER_ME}"
    ),
    # everything in its place, leaving without trouble for anyone (Darija "فبلاصتو")
    (
        "درت|رتبت|نظمت|جهزت|رتيت|سويت|حطيت|درتو ~ كلشي|كل ~~ نمشي|امشي|نرحل|ارحل|اروح|نروح|"
        "اختفي|نختفي ~~ مشاكل|مشكل|مشكله|عبء|هم|ديون ~ لحد|لاحد|لحدا|لاي|لحتى|على"
    ),
    *written_out(
        "نمشي|امشي|نرحل|ارحل|اروح|نروح|نغادر|اغادر|نختفي|اختفي ~ (بلا ما/بدون ما/من غير ما) ~ "
        "نخلي|اخلي|اترك|نترك|نسبب|اسبب ~ مشاكل|مشكل|مشكله|عبء|هم ~ لحد|لاحد|لحدا|لحتى|لاي|وراي"
    ),
    # thanks for everything, you were the best people of my life, forgive me
    *written_out(
        "(شكرا على كل شي/شكرا ع كل شي/شكرا على كلشي/شكرا ع كلشي/شكرا لكل شي) ~~ "
        "سامحوني|سامحيني|سامحني $"
    ),
    (
        "كنتو|كنتوا|كنتم|كنت|كنتي ~ احلى|احسن|اغلى|اطيب|اجمل ~ ناس|شي|اشي|حدا|حد|شخص|اهل|صحاب "
        "~ بحياتي|بعمري ~~ سامحوني|سامحيني|سامحني"
    ),
    # forgive me, I won't go on, this is the last time I talk to you
    (
        "سامحني|سامحيني|سامحوني ~~ اخر مره ~ اكلمك|بكلمك|احكيلك|احكي|بحكي|اكلمكم|بكلمكم|نحكي|"
        "اكتبلك|تسمع|تسمعو|تسمعوا"
    ),
    *written_out(
        "(مش هكمل/مش حكمل/ما رح كمل/ما رح اكمل/مش رح كمل/مش رح اكمل/ما راح اكمل) ~~ اخر مره ~ "
        "اكلمك|بكلمك|احكيلك|احكي|بحكي|اكلمكم|نحكي|تسمع"
    ),
    # Arabizi: "akhir msg mni, sorry 3la kolchi"
    (
        "akhir|akher|aser|akhr|asir|akhar|ahir ~ msg|message|resala|risala|rsala|mesaj ~ mni|"
        "meni|menni|mnni|mini ~~ sorry|smhli|smehli|samhni|samhini|smhoni|smehoni|asef|asfa"
    ),
)

# 3. self-harm in the dialects: burning, biting, pricking, scratching; cuts hidden; blades
HARM: tuple[str, ...] = (
    f"كنحرق|كانحرق|تنحرق|كنكوي|كانكوي ~ {MY_BODY}|راسي",
    (f"{BURN} ~ {MY_BODY} ~~ كارو|كاروا|جغاره|جغارو|سيجاره|سيكاره|سجاره|بريكه|ولاعه|قداحه|ولاعتي"),
    f"{HURT} ~ {MY_BODY}|راسي ~~ ملي|لما|كلما|وقت|فاش|ما ~ {WHEN_UPSET}",
    f"{BITE_PRICK} ~ {MY_BODY}|شفايفي|شفتي ~~ {BLEEDING}",
    f"{BITE_PRICK} ~ {MY_BODY} ~~ ابره|بابره|دبوس|مسمار|سكين|بركار|اظافري|ضوافري|اضافري",
    "اقطع|بقطع|نقطع|قطعت|اقص|بقص|اجرح|بجرح ~ شرياني|شرايني|شريان|عروقي|عرقي|وريد|وريدي",
    # cuts on the thighs or wrists that nobody knows of, long sleeves in summer
    (
        "جروح|شطب|خطوط|ندوب ~ على|ع|في|ب ~ فخادي|فخدي|فخذي|فخاذي|دراعي|رسغي|معصمي|زندي|بطني|"
        "ايدي|رجلي|جسمي ~~ محد|محدش|ماحد|محدا|حدا|احد|حد ~ يعرف|يشوف|بيعرف|بيشوف|يدري|شاف|عارف"
    ),
    "عندي|فيني|في ~ جروح|شطب|خطوط ~ على|ع ~ فخادي|فخدي|فخذي|فخاذي|رسغي|معصمي",
    (
        "محد|ماحد|محدش|محدا|حدا|حد|احد ~ يشوف|يلاحظ|يعرف|يكتشف|يشوفو|يشوفوا|يسالني ~ جروح|"
        "جروحي|شطب|شطبي|علامات|اثار|ندوب"
    ),
    "اكمام|كم|هودي|جاكيت|بلوزه ~~ اخبي|اغطي|مخبي|عشان ~~ جروح|جروحي|شطب|علامات|اثار|ندوب",
    # blades hidden for later, a knife under the mattress for tonight, blood with the blades
    f"{HIDDEN} ~ {BLADES}",
    (
        f"{HIDDEN} ~ سكين|سكينه|حبل ~~ يله|ليله|تحت|فرشه|مخده|مخدتي|تختي|سريري|خزانتي|عشان|لحتى|"
        "لبعدين|بعدين"
    ),
    f"{BLADES} ~~ دم|ودم|دماء|مدمم*|ملطخ*",
    "دم|ودم|دماء ~~ شفرات|شفره|امواس",
    (
        "لقيت|لاقيت|لقينا|شفت|وجدت|لقت|لقى ~~ شفرات|امواس|شفره ~~ غرفت*|خزانت*|شنطت*|درج*|"
        "مخبي*|تحت|عندها|عنده|معها|معه"
    ),
    # a jump from the tenth floor or the bridge "to be done with it all"; a car into a pole
    *written_out(
        f"{HIGH} ~~ اخلص|نخلص|خلص|انهي|ننهي ~ من ~ (كل شي/كلشي/حياتي/الدنيا/هالدنيا/الحياه/"
        "هالحياه/عمري)"
    ),
    # a place to fall from, not "the sea": "نلوح راسي فالبحر" is a summer dive
    (
        f"نلوح|لوحت|غانلوح|كنلوح|انلوح|نلوحو|غنلوح|القي|سالقي|نرمي|نطيح ~ راسي|روحي|نفسي|حالي|"
        f"بنفسي ~ {HIGH}|تران|ترامواي|طوموبيل|كاميو|سكه|قطار"
    ),
    (
        f"اصدم|بصدم|نصدم|هصدم|اخبط|بخبط|نخبط|افوت|بفوت ~~ {HARD} ~~ افتك|ارتاح|اخلص|اموت|نموت|"
        "انتهي|خلص"
    ),
    # lots of pills and sleeping for good, said of oneself or of a child
    f"{THINKS} ~ {TAKE} ~ {MEDICINE} ~ كتير|كثير|كله|كلها|كلهم|كامل*|زياده|بزياده",
    f"{MEDICINE} ~ كتير|كثير|كلها|كلهم ~~ انام|تنام|ينام ~ (على طول/للابد/وما اصحى/وما تصحى)",
)

# 4. what a parent, a friend or an employer reports of someone else
TOLD: tuple[str, ...] = (
    f"{SAID} ~ {THEY_WILL} ~ ينتحر|تنتحر",
    f"رح|راح|ح|غادي|ناوي|ناويه ~ ينتحر|تنتحر ~~ {SOON_OR_AFRAID}",
    f"هينتحر|حينتحر|هتنتحر|حتنتحر|غاينتحر ~~ {SOON_OR_AFRAID}",
    f"{SAID}|{THEY_WILL} ~ {KILL_THEM} ~ {THEMSELF}",
    f"{KILL_SOON} ~ {THEMSELF}|نفسي|حالي|روحي",
    "بدو|بدها|بده|عايز|عايزه|يبي|تبي|يريد|تريد|بغا|بغات ~ تختفي|يختفي",
    # a child who thought of jumping from the roof; a worker with a rope in his car
    (
        f"{HIGH} ~~ فكر|فكرت|بيفكر|بتفكر|يفكر|تفكر|ناوي|ناويه|بدو|بدها|حاول|حاولت ~ ينط|تنط|"
        "يقفز|تقفز|يرمي|ترمي|يطيح|تطيح"
    ),
    (
        "حاطط|حاطه|جايب|جايبه|شاري|شاريه|مخبي|مخبيه|مجهز|مجهزه|محضر|محضره ~ حبل|مشنقه ~~ "
        "ما|مش|مو ~ عاد|قادر|قادره ~ فيه|فيها|فيو|يتحمل|تتحمل|يستحمل|تستحمل|يعيش|تعيش"
    ),
    # gave his toys away and said he won't need them
    (
        # all of them, not "the old bike I won't need"
        "وزع|وزعت|يوزع|بيوزع|بوزع|بتوزع|عطى|اعطى|عطيت|اعطيت|ادى|اديت|عطا ~ كل|اغراض*|غراض*|"
        "حاجات*|العاب*|هدوم*|تياب*|اشيا* ~~ مش|ما ~ هحتاج*|حاحتاج*|ححتاج*|هيحتاج*|حيحتاج*|"
        "هتحتاج*|حتحتاج*"
    ),
)

SIGNALS: tuple[str, ...] = (*DECIDED, *GOODBYE, *HARM, *TOLD)

# "he kills himself", "يذبح نفسه" said without whose or when: a subject, unless it is talk.
TOPICS: tuple[str, ...] = (f"{KILL_THEM} ~ {THEMSELF}",)

HARMLESS: tuple[str, ...] = (
    # a book or a film with death in its title ("رواية الموت عمل شاق")
    "روايه|كتاب|فيلم|فلم|مسلسل|قصيده|اغنيه|قصه|مسرحيه|كتب|روايات موت|الموت",
    # a paper cut, a cardboard box, a thorn
    (
        "جرحت|انجرحت|جرحتني|جرحني|جرح ~ حالي|نفسي|ايدي|يدي|اصبعي|صبعي|اصابعي ~ ورق|ورقه|كرتون|"
        "كرتونه|ظرف|شوك|شوكه|ورده|تنكه"
    ),
    "ورق|ورقه|كرتون|ظرف ~ جرحت|جرحتني|جرحني ~ ايدي|يدي|اصبعي|صبعي|حالي",
    # a razor for shaving; a burn or a cut in the Darija kitchen
    "موس|شفره|شفرات|امواس ~~ حلاقه|حلق|احلق|بحلق|دقني|ذقني|لحيتي|دقن|ذقن|شنب",
    "حرق*|انحرق*|تحرق*|كنحرق|كنتحرق|جرح*|تجرح*|قطع*|تقطع* ~~ كوزينه|كوزينا|كنطيب|نطيب|طياب|مقلاه|طاوه",
    # killing oneself with work or study, as a figure of speech
    "*قتل|*ذبح ~ نفسي|حالي|نفسه|حاله|حالها|نفسها|روحه ~ شغل|دراسه|تمرين|رياضه|جيم|دايت|ضحك",
    # disappearing from social media or for a while
    (
        "اختفي|نختفي|تختفي|يختفي ~ سوشال|سوشيال|ميديا|فيس|فيسبوك|انستا|انستغرام|تيك|تيكتوك|"
        "سناب|واتس|واتساب|نت|انترنت|جروب|قروب|اونلاين|شوي|يومين|اسبوع|شهر|فتره"
    ),
)
