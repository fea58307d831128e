"""Arabic crisis signals at the brink (added to ar.py's SIGNALS): not waking up said in Darija,
no hope and nothing worth going on for, pills taken or gathered so nobody notices, a rope or
pills a parent finds, a head hit till it bleeds, the gas opened, looking down from a bridge,
trying again "and this time not failing", and Arabizi for throwing oneself before a train or
standing on a bridge not knowing how to go back.

Written as ar.py's are: a one-letter proclitic (و ف ب ل ك س) may come before each Arabic word, and
the article goes ("الغاز" reads "غاز"). Arabizi is written with its digits: the normaliser reads
the phrase and the text alike ("9dam", "3aref" is "earef").
"""

from __future__ import annotations

from core.crisis_phrases import ar_sideways
from core.crisis_phrases.ar_arabizi import HIGH as HIGH_LATIN
from core.crisis_phrases.ar_arabizi import PILLS as PILLS_LATIN
from core.crisis_phrases.ar_context import NUMBER, PILLS
from core.crisis_phrases.ar_leaving import WAIT
from core.crisis_phrases.ar_signs import HIGH
from core.crisis_phrases.ar_spoken import (
    ALL_AR,
    BETTER,
    EVERYONE,
    GONE_2,
    HAND,
    HIGH_GLUED,
    KIN_ANY,
    KNIFE,
    MY_PILLS,
    THINK_D,
    THROW_D,
    TRAIN,
)

# Not waking up, in Darija and Egyptian, the negation glued on ("ما نفيقش", "ماصحاش").
NOT_WAKING = "نفيقش|نوضش|نصحاش|اصحاش|ماصحاش|مانفيقش|منفيقش|ماننوضش|منوضش|مقومش|ماقومش"
WISHING = "ياريت|ريت|نتمنى|اتمنى|كنتمنى|بتمنى|بغيت|نفسي|عايز|عايزه|بدي|ابي"
# No longer any (Darija, Levantine, Gulf).
NO_MORE = "مابقا|مابقاش|مبقاش|ماعاد|ماضل|ماكاينش|مكاينش|ماعنديش|معنديش|مابقاليش|مابقالي|ماضلي"
# Children and siblings, of whom a parent or a sibling reports.
KIN = "ابني|بنتي|ولدي|اخوي|اختي|خويا|ختي|ابنتي|اخويه|بنيتي|وليدي"
SWALLOWED = "بلع|بلعت|بلعات|شرب|شربت|شربات|اخد|اخدت|خدا|خدات|اكل|اكلت|كلا|كلات"
MANY = "كثير|كتير|بزاف|ياسر|هوايه|وايد|زياده|كامله|كامل|علبه|كلها|كلهم"
# Nobody would notice or suspect.
NOTICE = "يشك|يشكو|يشكوا|يلاحظ|ينتبه|يلاحظو|ينتبهو|مايشك|ميشكش|مايشكش"
# Not failing the next time.
FAIL = "هغلط|حغلط|نغلط|اغلط|افشل|نفشل|هفشل|حفشل|غنفشل|غنغلط|نخطا|اخطا"

SIGNALS: tuple[str, ...] = (
    # wishing not to wake up; no hope left; nothing that makes me live or go on
    f"{WISHING} ~ {NOT_WAKING}",
    f"انام|نام|ننام|نعس|ننعس|نرقد ~ {NOT_WAKING}",
    f"{NO_MORE} ~ امل $",
    "نتمنى|كنتمنى|نتمناه|كنتمناه ~ موت|نموت|اموت",
    "شي|حاجه|اشي ~ يستاهل|بيستاهل|يستحق|بيستحق ~ كمل|اكمل|نكمل $",
    "ماكو|مافي|مفيش|مافيش|مكاينش|ماكاينش|في ~ شي|حاجه|اشي|حد|احد ~ يخليني|مخليني|بيخليني ~ اعيش|نعيش|كمل|اكمل|نكمل",
    "قادر|قادره ~ نتحمل|اتحمل|استحمل|نستحمل ~ ولا ~ نهار|يوم|دقيقه|ساعه|لحظه",
    # he no longer wants to live; to rid them of me
    (
        "بقاش|مابقاش|مبقاش|ماعادش|بطل|بطلت|بقتش|مبقتش ~ باغي|باغيه|بغا|بغات|بدو|بدها|عايز|عايزه|"
        "يبي|تبي|حاب|حابه ~ يعيش|تعيش"
    ),
    "بدي|ابي|رح|راح|بغيت|نفسي|عايز|عايزه|حاب|حابه ~ ريحو|ريحهم|ريحكم|اريحهم|اريحكم|نريحكم|نريحهم ~ مني",
    # pills: taken in plenty, wished stronger, gathered so nobody notices; a son who swallowed
    f"{SWALLOWED} ~ {PILLS} ~ {MANY}",
    f"{KIN} ~~ {SWALLOWED} ~ {PILLS}",
    "ريت|ليت|ياريت ~ حبوب|دوا|اقراص|جرعه ~ قويه|كافيه|كفايه|اكبر|اقوى",
    f"{PILLS}|صيدليتين|صيدليات ~~ محدش|محد|ماحد|حدش ~ {NOTICE}",
    # a rope found in a child's room, bought
    f"لقيت|لكيت|لقينا|شفت ~ حبل|مشنقه ~~ {KIN}",
    f"{KIN} ~~ شاري|شاريه|شرى|شرات|اشترى|اشترت|جايب|جايبه ~ حبل|مشنقه",
    # a head hit till it bleeds; blood that won't stop; new cuts on both hands
    "ضربت|كنضرب|نضرب|بضرب|خبطت|كنخبط ~ راسي|وجهي ~~ تجرح|نجرح|دم|ينزف|نزف|جرح",
    "دم ~ ما|مش|مو ~ بغاش|بدو|راضي|عايز|حاب ~ يوقف|يحبس|يوكف|يتوقف",
    "جروح|جرح|شطب ~ جداد|جديده|جديد ~~ يدين|ايدين|دراعين|رجلين|دراعات|فخاد",
    # the gas opened and waiting; looking down from the bridge and thinking
    f"فتحت|حليت|طلقت ~ غاز|بوطا|بوتا ~~ {WAIT}|قاعد|قاعده $",
    f"{HIGH} ~~ كنشوف|نشوف|بشوف|شفت|بطل|بتطلع|كنطل ~ تحت|لتحت ~~ كنفكر|نفكر|بفكر|افكر|فكرت",
    # it did not work, and the next time I will not fail
    f"ما|مش|لم ~ نجحت|نجحتش|زبطت|ظبطت|نفعت|مشاتش ~~ مره ~ جايه|تانيه|ثانيه ~ مش|ما|لن ~ {FAIL}",
    # I decided, don't try to call me; sold or gave all, I won't need it
    "قرت|قررت ~~ ما|لا ~ تحاول|تحاولش|تحاولي|تحاولو ~ تعيط|تتصل|تقنعني|تمنعني|تكلمني|ترجعني",
    (
        "بعت|بيعت|وزعت|عطيت|اعطيت ~ كل ~~ مش|ما|لن|مو ~ رح|راح|ح|غادي|عاد ~ احتاج*|حتاج*|"
        "نحتاج*|محتاج*"
    ),
    # the last post, and she does not answer
    "اخر ~ بوست|منشور|ستوري|تويت|post|story ~~ ما|مش ~ عم|ب ~ ترد|يرد|بترد|بيرد|كترد|كيرد",
    # Arabizi: throwing myself before the train; on the bridge, not knowing how to go back
    "nlout|nlo7|nlot|ntle9|nrmi|nermi ~ rasi|rouhi|ro7i|nafsi|7ali ~ 9dam|qdam|godam|taht|ta7t ~ tran|train|tren|9tar|camion",
    (
        "kobri|jisr|jesr|9antra|qantra|sat7|sta7|pont ~~ mesh|msh|mish|ma|mch ~ 3aref|3arfa|3ref|"
        "3arf ~ arga3|arj3|nrje3|nerja3|anzel|nenzel|nzel"
    ),
    "bghit|ghadi|ghad ~ nmchi|nmshi|nemchi ~~ manrja3ch|manrje3ch|manrj3ch|manrjach|manwelich",
)

# Blind round 13 (vocabulary in ar_spoken.py): the same families in MSA and the other dialects,
# a blade bought for the arm or in hand, pills gathered to take at once, a rope tested, the roof.
EDGE: tuple[str, ...] = (
    # MSA and Gulf, Egyptian, Levantine forms of the same: superfluous, all better when I leave,
    # forgotten in a week, nobody to miss me or care, if I don't answer know I am gone
    "اني|انني|انا ~ زايد|زايده ~ عن ~ حاجه|لزوم",
    (
        f"{ALL_AR} ~~ احسن|افضل|اسعد|ارتاح|يرتاح|يرتاحو|مرتاحين ~~ عندما|لما|حين|وقت|لو|اذا|ملي ~ "
        "ارحل|اموت|اختفي|رحلت|مت|متت|اختفيت|موتي|رحيلي|غيابي"
    ),
    f"{ALL_AR} ~~ احسن|افضل|اسعد|ارتاح|يرتاحو|مرتاحين ~~ عندما|لما|حين|لو|اذا ~ روح|اروح|امشي $",
    "سينسوني|هينسوني|حينسوني|بينسوني|ينسوني ~~ اسبوع|يوم|يومين|شهر|جمعه|بسرعه|فورا|ايام",
    "محد|محدش|ماحد|ماحدش|محدا|ماحدا ~ *فقدني|*فقدوني|*فقدنيش",
    (
        "محد|محدش|ماحد|ماحدش|محدا|ماحدا|حد|حدا ~ *فرق|فارق|فارقه|*فرقله ~ معاه|معه|معها|معاها|عنده|"
        "عندها ~~ لو|اذا|ايلا ~ مت|متت|مشيت|رحت|اختفيت|غبت|رحلت"
    ),
    (
        "لو|اذا|ان|ايلا ~ ما|مش|لم ~ رديت|ارد|جاوبت|اجاوب|رجعت|ارجع ~~ اعرف|فاعلم|اعلم|اعلموا|اعرفو|"
        "فاعرف|اعرفي|تاكد|اعتبرني ~ اني|انو|انه|انا ~ خلصت|مت|متت|رحت|رحلت|انتهيت|مشيت|انتحرت|ميت"
    ),
    (
        "لو|اذا ~ ماردتش|مارديتش|مرديتش|ماجاوبتش|مجاوبتش ~~ اعرف|فاعلم|اعلم|اعرفو|اعرفي|تاكد|"
        "اعتبرني ~ اني|انو|انه|انا ~ خلصت|مت|متت|رحت|رحلت|انتهيت|مشيت|انتحرت|ميت"
    ),
    f"{KIN_ANY} ~ بدها|بدو|عايزه|عايز|تبي|يبي|تريد|يريد|بغات|بغا|حابه|حابب|ودها|وده ~ تموت|يموت",
    (
        "كتبت|سجلت ~ رسايل|رساله|جوابات|مكاتيب ~ لكل|لجميع|لكلهم|كل|كلهم ~~ درج|خبيتها|وضعتها|حطيتها|"
        "تركتها|خليتها|مخده|تحت"
    ),
    "جروح|جروحا|شطب|خطوط ~ جديده|جداد|كثيره|كتير ~ على|ع|في|ب ~ ذراع|دراع|يد|ايد|رسغ|فخد|فخذ|جسم",
    "اشتريت|شريت|جبت ~ شفره|شفرات|موس|امواس|كتر|كاتر ~~ لذراعي|لدراعي|لايدي|ليدي|لفخدي|لفخادي|لجسمي|لرسغي",
    "جربت|اختبرت ~ حبل|مشنقه ~~ يتحمل|بيتحمل|يحمل|بيحمل|يشيل|بيشيل|وزني|يصمد",
    # the same in Arabizi: it would matter to nobody; sleep and not wake; better without me
    (
        "7ad|7ada|hada|wa7ed|7add|ma7adesh|ma7adsh|m7adsh|m7adesh|mahadsh|ma7ad ~ yfre2|yefre2|yfr2|"
        "yefra2|hayfr2|hayefre2|byfr2|7ayfr2|byefre2|yfar2 ~ ma3o|ma3ah|m3ah|m3ah|ma3ha|3ando|3andha|"
        f"ma3a ~~ iza|eza|law|lw|lo|ila ~ {GONE_2}"
    ),
    (
        "nam|anam|enam|nnam|ennam|nn3s|nne3s|n3s ~ w|o|wa ~ ma|mish|msh|mesh|mat ~ efa2|fi2|efi2|afi2|"
        "nfi2|nefi2|as7a|as7ash|es7a|es7ash|as7ach|n9oum|nfi9|nfiq|nfe9|nfe9ch|nfi9ch|nnod|nnodch|"
        "nsa7a|2oum|2um|a2oum"
    ),
    f"{BETTER} ~ bala|bla|bila|bdoun|bdon|bidoun|bdun ~ ana|ni|biya|bia|bya",
    f"{EVERYONE} ~~ yrta7|yrta7o|yertaho|yrtaho|trta7|ghayrta7|ghayrta7o|hayrta7o|byrta7o|yerta7 ~ mni|meni|menni|mnni|minni",
    (
        "b9a|bqa|ba9a|baqa|b9at|ba9i|baqi ~ li|lia|liya|lya ~ walo|wlo|walou|chi|7ta ~~ f|fi|mn ~ had|"
        "hal ~ dunya|denya|donya|dnya|dounia|l3alam|l7ayat|7yati|hyati"
    ),
    f"shrit|chrit|jbt|jebt ~ {KNIFE} ~~ l|li|f|fi|3la ~ {HAND}",
    f"{KNIFE} ~ f|fi|b|bi ~ {HAND} ~~ emojiknife|emojiblood|khlas|5las|5alas|khalas",
    f"khlas|5las|5alas|khalas|ta3ban|t3bt|te3bt|ta3bana ~~ {KNIFE} ~ f|fi|b|bi ~ {HAND}",
    "تعبت|تعبان|تعبانه|خلص|خلاص ~~ سكين|سكينه|موس|شفره ~ بايدي|بيدي|ايدي|يدي|فايدي",
    # --- pills gathered, many, all at once; a rope tested
    (
        f"{PILLS_LATIN}|{MY_PILLS} ~~ nakhdhom|nakhodhom|nchrbhom|nbl3hom|nakolhom|nakhdhum ~ kamlin|"
        "kolhom|ga3|kamel|kaml|kolha"
    ),
    (
        f"{PILLS_LATIN} ~ bzaf|bezaf|ktir|kter|kteer|kthir ~~ nakhdo|nakhodo|nchrbo|nbl3o|nakhdha|"
        "nchrbha ~ kamel|kaml|kolo|kamlo|bkamlo|kolha|kamla"
    ),
    f"mjm3in|mjme3|mjam3a|mjm3a|jm3t|jme3t|kanjm3|mkhbyin ~ {PILLS_LATIN}",
    f"{PILLS_LATIN} ~ mjm3in|mjme3|mjam3in|mjm3a|mkhbyin|mkhbiyin",
    (
        "nbl3|nble3|nbla3|nakhod|nakhd|nchreb|nshreb|nakol|bl3t|klit|ghanbl3|nchrb ~ ga3|kamlin|"
        f"kolhom|kolchi ~ {PILLS_LATIN}|{MY_PILLS}"
    ),
    f"3ndi|3andi|endi|andi|m3aya|3endi|3dna ~ {NUMBER} ~ {PILLS_LATIN}",
    (
        f"علبتين|علب|شريطين|شرايط ~ {PILLS} ~~ اشربهم|ابلعهم|اخدهم|اخذهم|اشربها|ابلعها|اخدها|اخذها|"
        "ناخدهم|نشربهم|نبلعهم|اكلهم"
    ),
    (
        "حبل|مشنقه ~~ جربت|جربتو|جربته|اختبرت ~ اذا|لو|ازا|ان|كان ~ بيحمل|يحمل|بيتحمل|يتحمل|بيشيل|"
        "يشيل|بيصمد|يصمد|قوي|متين"
    ),
    (
        "7bal|l7bal|habl|7abl|7bel|l7bel ~~ jrbt|jarrabt|jrebt|testit ~ wach|ila|iza|ida ~ ghadi|kay|"
        "ra7 ~ y7ml|yhml|ysbr|y9awm|yt7aml|ythamel"
    ),
    # --- the roof, the bridge, the sea, the train, the motorway
    f"{THROW_D} ~~ {HIGH_LATIN}",
    (
        "harmi|harmy|ha2rmi|7armi|7army|barmi|barmy|armi|narmi ~ nafsi|nafsy|nfsi|rou7i|ro7i|7ali|"
        f"hali ~~ {HIGH_LATIN}|balakona|balkona|balcona|shebbak|shibbak|sto7"
    ),
    f"ارتمي|برتمي|هرتمي|نرتمي|حرتمي ~ من|عن ~ {HIGH}|{HIGH_GLUED}",
    f"واقف|واقفه|قاعد|قاعده|طالع|طالعه ~ {HIGH_GLUED} ~~ نط|انط|اقفز|نقفز|ارمي|نرمي|اطيح|ارتمي|نطيح",
    f"{HIGH_GLUED} ~~ بدي|ابي|رح|راح|غادي|بغيت|ناوي|عايز ~ نط|انط|اقفز|نقفز|ارمي|نرمي|اطيح|نطيح|ارتمي",
    "niet meer ~~ nlo7|nlou7|nrmi|nermi|ntle9|artmi|nrtmi ~ rasi|rassi|nafsi|ro7i|7ali",
    (
        "ta3ban|t3bt|te3bt|mab9itch|mabqitch|b9itch|3yit ~~ nlo7|nlou7|nrmi|nermi|ntle9|"
        f"{THROW_D} ~ rasi|rassi|nafsi|ro7i|7ali"
    ),
    (
        f"{THINK_D} ~ f|fi|b ~ {TRAIN} ~~ nmchi|nemchi|nmshi|ntle9|nrmi|nlo7|nd5ol|ndkhol ~ 9damo|"
        "qdamo|godamo|ta7to|t7to|fih|3lih"
    ),
    (
        f"{THINK_D} ~ f|fi|b ~ {TRAIN} ~ kay|ki|ky|li ~ douz|dayz|jay|ja ~~ nmchi|nemchi|nrmi|nlo7|"
        "ntle9 ~ lih|3lih|9damo|qdamo"
    ),
    (
        f"{THINK_D}|bghit|baghi|ghadi ~ nmchi|nt7et|nlo7|ntle9|nrmi ~ 9dam|qdam|godam|gdam|9eddam|ta7t|"
        f"taht ~ {TRAIN}|tomobil|camion|tonobil|bus|kar"
    ),
    (
        "ofot|fot|afot|nfot|bfot|hfot|afout|bfout ~ 3al|3a|bi|b|qodam|2odam|odam|bel ~ otostrad|"
        "autostrad|autostrade|otostrade|highway|snelweg|sayyarat|sayarat ~~ khalas|5alas|khls|5las $"
    ),
    (
        "امشي|افوت|اقطع|ادخل|نط|بفوت ~ قدام|بين|وسط|عالاوتوستراد|اوتوستراد|اتوستراد ~~ سيارات|عربيات|"
        "ترافيك|اوتوستراد ~~ خلص|خلاص|ارتاح|اموت"
    ),
)

SIGNALS += EDGE

# Said sideways: plans, dates, blades ready, not eating, reports of others (ar_sideways.py).
SIGNALS += ar_sideways.SIGNALS
