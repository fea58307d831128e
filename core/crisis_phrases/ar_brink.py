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

from core.crisis_phrases.ar_context import PILLS
from core.crisis_phrases.ar_leaving import WAIT
from core.crisis_phrases.ar_signs import HIGH

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
