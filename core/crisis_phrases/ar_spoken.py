"""Arabic crisis signals in the spoken forms and Arabizi (added to ar.py's SIGNALS and HARMLESS):
Darija "-sh" beside "-ch", "l rasi" beside "f rasi", not coming back, all better off when I am
gone, a burden, letters for afterwards, the day set, a blade for the arm, the train, the roof, the
motorway, and what a sibling or a friend reports ("kayjr7 rasso", "هتخلص من نفسها"). Written as
ar.py's are; Arabizi with its digits, read by the normaliser as the text is ("7sn" is "tsn"); a
Latin word takes no proclitic, so the glued Darija "l-" is written out ("lwasiya").
"""

from __future__ import annotations

from core.crisis_phrases.ar_arabizi import DO, SELF_THEM, THING
from core.crisis_phrases.ar_arabizi import PILLS as PILLS_LATIN

# Arabizi "I want", "I wish" (Darija, Levantine, Egyptian, Gulf).
WANT = (
    "bghit|baghi|baghya|nbghi|kanbghi|bdi|bidi|badi|bde|bedi|nefsi|nfsi|abi|abgha|3ayez|3ayza|"
    "3awez|3awza|wdi|7abb|7abeb|7aba"
)
# No longer (Darija "-ch", "-sh", "-x"; Levantine "ma3ad").
NO_LONGER = (
    "b9itch|b9itsh|b9itx|bqitch|bqitsh|mab9itch|mab9itsh|mabqitch|mabqitsh|ba9ich|baqich|"
    "ma3ad|ma3adch|3adch|maead|m3ad"
)
DIE = "nmot|nmout|nmut|amot|amout|emot|emout|mot|mout|lmout|lmot|elmot"
LIVE_D = "n3ich|n3ish|n3iche|a3ish|a3iish|3ish|3eesh|aeish|eich|nkon|nkoun|akon|nb9a|nbqa"
# Better, relieved, happier (Darija "7sn", "mzyan", Levantine "a7san", Egyptian "ahsan").
BETTER = (
    "7sn|a7sn|a7san|ahsan|ahsn|hsn|a7ssan|afdal|a7la|mzyanin|mrta7in|mrtahin|"
    "yrta7o|yrtaho|yertaho|yrta7ou|frhanin|far7anin|mabsotin|mabsoutin"
)
EVERYONE = (
    "kolchi|koulchi|kolshi|kulchi|ga3|kolhom|kolhoum|lkol|kolo|nas|lwalidin|walidin|"
    "ahli|3a2ilti|l3a2ila|lfamilia|familti|mama|yemma|bba|baba"
)
# Going, dying, gone: what "when I go" says.
GO = (
    "nmchi|nmshi|nemchi|amchi|amshi|mchit|mshit|nghib|ghbt|nmot|nmout|mt|nrhl|nr7l|rou7|arou7|"
    "ro7|aro7|nkhtafi|khtafit|nmchiw"
)
WHEN = "mli|melli|mlli|mnin|lma|lamma|ila|ida|iza|law|lw|ki|ba3d|b3d"
# A note, a letter, a post, a message.
NOTE = (
    "bra|brawat|briya|risala|rsala|resala|rsayel|rasayel|jawab|jawabat|gawab|brief|briefs|"
    "letter|letters|msg|message|mesaj|post|story|video|tweet|bericht"
)
WROTE = "ktbt|ktebt|katabt|ktabt|kteb|ktbtha|ktbtlom|sjlt|sajalt|sawart|3amalt|drt|dert"
GOODBYE = "wda3|wada3|lwda3|lwada3|wida3|lwida3|goodbye|afscheid|tawdi3"
MUM = (
    "mama|mamti|lmama|mma|yemma|lyemma|walida|lwalida|lwalida|baba|bba|lbaba|khti|khoya|ahli|"
    "3a2ilti|mami|mamy"
)
LOVE = (
    "kan7bha|kan7bo|kan7bhom|kan7bk|n7bha|n7bo|b7ebha|b7bha|bhebha|ba7ebha|bahebha|b7ebo|"
    "kanbghiha|kanbghih|kanbghihom|love"
)
# The blade, the knife (Darija, Levantine, Dutch).
KNIFE = (
    "sekina|sekkina|sekin|sekkin|sikkin|sikina|lmos|mos|mous|lmous|chfra|lchfra|chefra|jilet|"
    "blade|blades|mesje|mesjes|scheermesje|sikeen|emojiknife"
)
HAND = "edi|eidi|2idi|idi|iidi|yddi|yedi|ydi|ydia|yedya|dra3i|draei|rjli|rejli|fkhadi|jesmi|jildi"
TRAIN = "trein|train|tran|tren|tram|tramway|metro|9tar|l9tar|qitar|lqitar|sekka|rails|spoor"
# A place to fall from, also with its article or "3al-" glued ("3al sat7" is two words).
HIGH_GLUED = "عالجسر|عالسطح|عالكوبري|عالبلكونه|عالشباك|عالقنطره|عالبرج|عالعماره|عالبنايه"
# What a mother, sister or friend says: throwing oneself, "ارتمي" (Levantine), jumping.
THROW_D = "artmi|nrtmi|bartmi|hartmi|7artmi|ertmi|bertmi|rtmit|ertamet|artami|nrtami"
# Cuts, and cutting: said of oneself or of a brother.
CUTS = "jer7at|jr7at|jra7at|jro7|jrou7|jrouh|jroh|jrah|jr7|chtob|khtot|khtout|ndob"
CUT_THEM = (
    "kayjr7|katjr7|kayjre7|katjre7|kayjra7|katjra7|tayjr7|kijr7|jr7|jra7|jre7|jr7o|jr7at|"
    "kayqt3|kay9t3|katqt3|kat9t3|kay7r9|kat7r9|kaykwi|katkwi"
)
# Arabic: third-person bodies, for cuts found on someone else.
BODY_ANY = (
    "ذراعها|دراعها|ذراعه|دراعه|ايدها|ايده|يدها|يده|رسغها|رسغه|معصمها|معصمه|فخدها|فخده|فخادها|"
    "فخاده|رجلها|رجله|جسمها|جسمه|دراعي|ذراعي|ايدي|يدي|رسغي|فخدي|فخادي|جسمي|زندها|زنده|زندي"
)
MARKS = "جروح|شطب|خطوط|ندوب|تجريح|تشطيب"
NEW_MANY = "جديده|جداد|جديد|كتير|كثير|ياسر|بزاف|وايد|اكتر|اكثر|زياده|طازه"
THINK_AR = "فكر|افكر|بفكر|نفكر|كنفكر|فكرت"
WANT_AR = "بدي|ابي|ابغى|اريد|نفسي|عايز|عايزه|بغيت|ودي|حابب|حابه|حاب|اتمنى|بتمنى|لازم|ناوي|ناويه"
WORLD = "دنيا|حياه|عالم|وجود|عيشه|عمري|هالعالم"
ALL_AR = "جميع|كل|كلهم|ناس|اهلي|عيلتي|عايلتي|عائلتي|امي|ابوي|بابا|ماما|كلشي"
KIN_ANY = "اختي|اخوي|اخويا|خويا|ختي|ابني|بنتي|ولدي|صاحبي|صاحبتي|صديقي|صديقتي|رفيقي|رفيقتي|زوجي|مراتي|ابوي|امي"
GONE_2 = "mt|mot|moot|met|metet|mitt|mshit|mchit|ro7t|ra7t|rou7t|e5tafet|ekhtafet|khtafit"
NOT_BACK = (
    "nrj3ch|nrje3ch|nrja3ch|nrj3sh|nrje3sh|nrja3sh|nrj3|nrje3|nrja3|nwellich|nwlich|nwelli|nwli|"
    "narga3sh|nerga3sh|arga3sh|arja3"
)
# "Don't look for me" (Egyptian, Darija), and "for me".
DONT_LOOK = (
    "matdawarsh|matdwrsh|matdawrsh|matdwarsh|matdorsh|matdawroush|matdawrouch|matqalbsh|matqlbsh|"
    "mat9lbch|mat9elbch|mat9elbouch|mat9lbouch|matqlbouch|matdawrich|matdawrish|matsa2lsh"
)
DONT_LOOK_2 = (
    "t9elbouch|t9lbouch|tqlbouch|tqelbouch|tdawrouch|t9lbch|tqlbch|tdwrsh|tdawarsh|tsowlouch"
)
ON_ME = "3alaya|3alia|3liya|3lia|3laya|3leya|3layya|3liyya|3layi|3aliya"
GONE_D = "5alast|khalast|5lst|khlst|5las|khlas|khalas|5alas|bye|wada3an|beslama|bslama|ghbt|mchit"
# Someone else's fault: "not your fault" said to those left behind.
THEIR_FAULT = "ذنبهم|ذنبكم|ذنبك|ذنبها|ذنبه|ذنبكو|غلطتهم|غلطتكم|غلطتك|غلطتها|غلطته|غلطتكو"
# Say, tell (Darija "goul", Levantine "2oul").
TELL_D = "goul|gol|9ol|qol|qoul|9oul|2oul|2ol|golo|golha|ngol|9olo|qolo|golih|goliha"
# You will see me.
SEE_ME = "tchofni|tshofni|tchoufni|tshoufni|tchufni|tshufni|tchofoni|tchoufouni|tshoufouni"
# The pills of my mother, "the pills", with the Darija article glued.
THINK_D = "kanfker|nfker|kanfkr|bfaker|fkrt|fakart|kanfkar|bfakker|efaker|afaker"
MY_PILLS = "lpillen|lpills|l7bob|ldwa|ldwaya|lkachiyat|ltbob|lmedicament|lmedicaments"

SIGNALS: tuple[str, ...] = (
    # --- wishing to die, in one's sleep; to go out like a candle; death better than this
    f"kan|kant|kn|kont ~ tmna|tmena|tmnna|tmanna|ntmna|tmnit ~ {DIE}",
    f"{DIE} ~ f|fi|b ~ n3sti|n3ssti|n3sa|nomti|nomi|noumi|nawmi|ne3sti",
    "اموت|نموت|موت ~ ب|في ~ نومي|نومتي|منامي|نعستي",
    f"{NO_LONGER}|ma ~ {WANT} ~ {LIVE_D}",
    f"{NO_LONGER} ~ nbghi|bghit|baghi|baghya|nbgha|kanbghi ~ nfi9|nfiq|nfe9|nfeq|nnod|nnoud|nsa7a|ns7a",
    f"{WANT} ~ ntfa|netfa|ntfe|nttfa|ntafa",
    "ntfa|netfa|ntfe|nttfa ~ bhal|b7al|kif|ki ~ chi|wa7d|shi ~ chm3a|chem3a|chma3|shm3a|shem3a|bougie|kaars",
    "بدي|ابي|بغيت|نفسي|عايز|عايزه|اتمنى|بتمنى|ودي ~ انطفي|انطفا|انطفى|نطفا|نطفى",
    "انطفي|انطفا|انطفى|نطفا ~ زي|متل|مثل|كيف|بحال|كي ~ شمعه",
    (
        "lmout|lmot|elmot|elmout|mout|mot|lmawt|mawt|lmoot ~ a7sn|a7san|ahsan|ahsn|afdal|a7la|ar7am|"
        "arham|ar7em|ahwan ~ mn|men|min|3la"
    ),
    f"a7sanli|ahsanli|khirli|5irli|kheirli|ahwanli|afdalli ~ {DIE}",
    f"a7sn|a7san|ahsan|ahsn|afdal ~ li|lia|liya|lya ~ {DIE}",
    "a7sn|a7san|ahsan|ahsn|afdal nmot|nmout|amot|amout|emot|emout",
    "ntr|nentr|ntahr|ntahar|ntaher|ntehar|nte7r|nenta7r|nenteher|nentaher|nentahar ~ wla|ola|wela|walla|wala|willa ~ la|laa|non|nee|no",
    "bghit|baghi|baghya|khasni|kanfker|nfker|fkrt ~ ntr|nentr $",
    (
        f"{WANT}|ghadi|gha|ghan|khasni|{THINK_D} ~ nentaher|ntaher|nente7er|nenta7er|nnta7er|ntahr|"
        "nte7er|nta7er|nentehr|nentahar|ntahar"
    ),
    f"ma ~ 3ad|3adch|3ed ~ {WANT} ~ {LIVE_D}",
    f"ma ~ 3ad|3adch|3ed ~ {WANT} ~ kamel|kammel|ekammel|akammel|kmel $",
    # --- sleeping and not getting up (Iraqi "اكعد"), going and not coming back (Darija "nrj3ch")
    "انام|نام|ننام|نومه ~~ وما|ما|ولا|بلا ~ اكعد|نكعد|اقعد|نقعد ~ بعد|ابدا|تاني|ثاني|للابد|مره",
    "انام|نام|ننام|نومه ~~ وما|ما|ولا|بلا ~ اكعد|نكعد $",
    "انام|نام|ننام|نومه ~~ وما|ما|ولا|بلا|مش ~ ارجع|نرجع|ارجعش|نرجعش",
    "نومه ~ طويله|ابديه|اخيره ~~ ما|بلا|ولا ~ اصحى|افيق|نفيق|ارجع|اقوم",
    "نومه|نومتي|نوم ابديه|ابدي",
    (
        "رايح|رايحه|ماشي|ماشيه|مسافر ~ ومش|مش|وما|ما|ومو|مو ~ راجع|راجعه|حرجع|هرجع ~ ابدا|تاني|ثاني|"
        "للابد|سلملي|سلمولي|سامحوني|سامحيني|وداعا|باي"
    ),
    "رايح|رايحه|ماشي|ماشيه ~ ومش|مش|وما|ما|ومو|مو ~ راجع|راجعه|حرجع|هرجع $",
    (f"{GO}|ghanmchi|nsafer ~ w|o|ou ~ ma|mat ~ {NOT_BACK} ~ abadan|abdan|tani|3awtani|ba3d|kamel"),
    f"{GO}|ghanmchi|nsafer ~ w|o|ou ~ ma|mat ~ {NOT_BACK} $",
    "انزل|ادخل|امشي|نزل|اروح|نمشي ~ بحر|نهر|ميه|مي ~~ وما|ما|مش|بلا|ولا ~ ارجع|نرجع|اطلع|نطلع",
    "روح|اروح|امشي|نروح|نمشي|رايح|رايحه ~ عالسكه|سكه|عسكه|قضبان|سكك ~~ خلص|خلاص|ارتاح|اموت|نموت|ارجع|وداعا",
    # --- rest from this world, get lost from it, disappear for good, stop eating to vanish
    f"{THINK_AR}|{WANT_AR} ~ ارتاح|نرتاح ~ من ~ {WORLD}",
    "ضيع|اضيع|نضيع|انضيع|اتلاشى ~ من ~ دنيا|حياه|عالم|وجود",
    f"{WANT_AR} ~ اختفي|نختفي|اغيب|اتلاشى ~ نهائي|نهائيا|للابد|ابدا|تماما|كليا|خالص",
    "حابب|حابه|بدي|ابي|نفسي|بغيت|عايز|عايزه ~ بس|غير|فقط ~ اختفي|نختفي|اغيب|نغيب|اتلاشى $",
    "ما|مش|بطلت|ماعدت ~ باكل|اكل|ناكل|كاناكل ~~ اختفي|نختفي|اموت|نموت|اتلاشى",
    "ma|mab9itch|b9itch|bqitch|mabqitch ~ kanakol|kankol|nakol|kanakl ~~ ntfa|nmot|nmout|nkhtafi|ngheb",
    "انا|حاسس|حاسه|بحس|احس|نحس|اشعر|شاعر|شاعره ~ اني ~ زايد|زايده|زياده ~~ دنيا|عالم|وجود|حياتكم|بينكم",
    (
        "rasi|nafsi|ana|ani ~ zayd|zayda|zayed|za2ed|za2da|zaayed|zyada|extra ~ f|fi|3la ~ had|hal|"
        "hed|l ~ l3alam|3alam|dunya|denya|donya|dnya|lwojod|lwjoud|wjoud"
    ),
    # --- better for everyone when I am gone; everyone relieved if I were not there
    (
        "law|lw|lo|iza|eza|ila|ida ~ ma ~ kntsh|kontsh|kontch|kentch|kunt|kont|knt|kenet ~ "
        f"mawgood|mawjood|mawjoud|mawjod|hna|hon|hena ~~ {BETTER}"
    ),
    f"bla|bila ~ bia|biya|bya|ana ~~ {BETTER}",
    f"bdoni|bdouni|bidoni|blaya|blaia|blani ~~ {BETTER}",
    f"{EVERYONE} ~~ {BETTER} ~ {WHEN} ~ {GO} $",
    f"{EVERYONE} ~~ {BETTER} ~ {WHEN} ~ {GO} ~ mn|men|min ~ had|hal ~ dunya|denya|donya|l3alam|l7aya",
    (
        "يرتاح|يرتاحو|يرتاحوا|احسن|افضل|احلى|ارتاحوا|ينبسطو|مرتاحين ~~ لو|اذا|لما ~ انا ~ مش|ما|مو|"
        "ماني|مكنتش|ماكنتش|مكنش ~ موجود|موجوده|عايش|عايشه"
    ),
    (
        "لو|اذا ~ انا ~ مش|ما|مو|ماني|مكنتش|ماكنتش ~ موجود|موجوده|عايش|عايشه ~~ يرتاح|يرتاحو|يرتاحوا|"
        "احسن|افضل|احلى|ارتاحوا|ينبسطو|مرتاحين"
    ),
    # --- a burden, a weight on everyone (Darija "7mel", "3bo2", "3la 9alb"); not wanted by mother
    (
        "ana|ani|rani|ena ~ 3ab2|3bo2|3eb2|3b2|3ib2|7mel|7iml|hml|hmel|7eml|t9il|tqil|ta9il|thqil|"
        "thi9l ~ 3la|3ala|3al|3lihom|3likom|3alikom ~ lkol|kol|kolchi|ga3|nas|lwalidin|walidin|"
        "ahli|l3a2ila|3a2ilti|kolhom|mama|lmama|familti|lfamilia|dari|ddar"
    ),
    "ana|ani|rani ~ 3la|3ala|3al ~ 9alb|qalb|9lb|qlb ~ lkol|kolchi|ga3|nas|lwalidin|ahli|kolhom|kol",
    (
        "tmnat|tmnaw|tmna|tmennat|kattmna|katmna|bghat|gal|galt|9al|9alt|kat9ol|katgol ~~ law|lw|"
        "lo|ila ~ ma ~ wldatnich|wldatni|wldtni|wldatnish|wlditni|wldonich|wldoni|jabtnich|"
        "jabatnich|jabatni|wldni|wldnich"
    ),
    (
        "تمنت|تمنى|يتمنى|تتمنى|بتتمنى|كتتمنى|قالت|قال|بتقول|بيقول|كتقول|كيقول ~ لو|ياريت|ريت ~ ما|لم ~ "
        "جابتني|جابوني|جابني|خلفتني|خلفوني|خلفني|ولدتني|ولدوني|انولدت|اتولدت"
    ),
    "ياريتك|ريتك|ليتك ~ ما|لم ~ انولدت|اتولدت|خلقت|تخلقت|انخلقت",
    # --- nobody would care, they would forget me in a week; it would matter to nobody
    (
        "makaynch|makaynsh|makayn|makainch|mafi|mafish|mafesh|ma3ndi ~ li|lli|chi|7ta|wa7ed|7ad ~ "
        "ghaythemo|ghaythem|ghaythm|ghayhtm|ghayhtem|ghaytsowl|ghaysowl|ghayfe9dni|ghayfeqdni|ghaybki|ghaybkiw|"
        f"ghaytwa7chni|yhtm|ythemo|yhtem|ysowl|yfe9dni|yfeqdni|yebki ~ {WHEN} ~ {GO}"
    ),
    (
        "ga3|kolhom|kolchi|lkol|nas|kolhoum ~ ghaynsawni|ghaynsaw|ghayensawni|nsawni|ynsawni|"
        "hayensoni|7ayensoni|byensoni|ynsoni ~ f|fi|mn|men|ba3d|b3d ~ simana|jmo3a|jom3a|nhar|yomen|"
        "chhar|week|youm|yom|yomein|osbo3|shahr|chwiya"
    ),
    "كلهم|كل|ناس ~ رح|راح|ح|هي|بي|غادي|غاد ~ ينسوني|ينساوني ~~ اسبوع|يوم|يومين|شهر|جمعه|سيمانه|بسرعه|فورا",
    "رحت|مشيت|غبت|رحلت|اختفيت|مت|متت مش|ما|مو|مب ~ *فرق|فارق|فارقه ~ مع|عند|ل|لحد|لاحد ~ حد|حدا|احد|حدش|اي|ولا|واحد",
    "فارقه|فارق ~~ مش|ما|مو|لن ~ ناوي|ناويه ~ اكون|كون|ضل|ابقى|اضل ~ هون|هنا|موجود|موجوده",
    "fare2|far2|fer2|far2a|fer2a|fr2 ~~ msh|mesh|mish|ma ~ mkamel|mkaml|mkamla|hkamel|7akamel",
    "فارقه|فارق ~~ مش|ما|مو ~ مكمل|مكمله|هكمل|حكمل",
    # --- if I don't come or answer, know I am done; don't look for me; not their fault
    (
        "law|lw|lo|iza|eza|ila|ida|ken ~ ma|mat|mch|msh ~ gatsh|getsh|gitsh|jitch|jitsh|jit|jatch|"
        "rddit|rdit|jawebt|jawbt|radeit|reddet|radetsh|radtsh|rdetsh|raddetsh|radet|rj3tch|rje3tch|rga3tsh ~~ 3raf|3ref|3rf|e3raf|a3ref|"
        "3rfo|e3rfo|a3rfo|y3ni|ya3ni ~~ 5alast|khalast|5lst|khlst|salit|mt|mot|mchit|mshit|ra7t|"
        "rou7t|khlas|5las|5alas"
    ),
    f"{DONT_LOOK} ~ {ON_ME} ~ abadan|abdan|tani|ba3d",
    f"{DONT_LOOK} ~ {ON_ME} $",
    f"ma|mat ~ {DONT_LOOK_2} ~ {ON_ME} ~ abadan|abdan|tani|bslama|beslama|khlas|bye",
    f"ma|mat ~ {DONT_LOOK_2} ~ {ON_ME} $",
    (
        "متدورش|ماتدورش|متدوروش|ماتدوروش|متدوريش|ماتقلبوش|متقلبوش|ماتقلبش|متقلبش|متسالوش ~ عليا|علي|"
        "عني ~ خلاص|خلص|ابدا|تاني|ثاني|للابد|وداعا|باي"
    ),
    "متدورش|ماتدورش|متدوروش|ماتدوروش|متدوريش|ماتقلبوش|متقلبوش ~ عليا|علي|عني $",
    (
        "لو|اذا|ان|ايلا ~ ما|مش ~ رديت|ارد|جاوبت|رجعت|جيت|اجيت ~~ اعرف|اعرفو|اعرفوا|اعرفي|تاكد|تاكدو|"
        "اعتبرني ~ اني|انو|انه|انا ~ خلصت|مت|متت|رحت|انتهيت|مشيت|انتحرت"
    ),
    f"{GONE_D} ~~ {DONT_LOOK} ~ {ON_ME}",
    f"اذا|لو|ايلا ~ غبت|رحت|اختفيت|مت|متت|صارلي|حصلي|جرالي|وقعلي ~~ مش|مو|ما|ليس|مهوش|ماشي ~ {THEIR_FAULT}",
    (
        "خلي|خليهم|خليه|خليها|قول|قولي|قولو|قولوا|خبر|خبري ~ اهلي|امي|ماما|بابا|اختي|اخوي ~ يعرفو|"
        f"يعرفوا|تعرف|يعرف|انه|اني|انو ~~ مش|مو|ما|ليس ~ {THEIR_FAULT}"
    ),
    (
        "ila|ida|law|lw|iza|eza ~ ghbt|mchit|mt|wq3|w9e3|tra|sra|7sal ~~ machi|mashi|msh|mish|mesh|"
        "mo|mch|ma ~ ghaltkom|ghltkom|ghaltek|ghaltak|ghalthom|zanbkom|dhanbkom|danbkom|zanbhom|"
        "ghalatkom|ghlatkom|dnbkom|dnbhom|ghlthom"
    ),
    "اذا|لو ~ ما|مش ~ رديت|ارد|رد|جاوبت ~~ كنت|كنتي ~ انت|انتي ~ وحيد|وحيده",
    # --- the last message, a goodbye post, letters to all, read after I am gone
    (
        "akhir|a5ir|akher|a5er|aser|asir|lakher|l2akhir|akhr ~ msg|message|mesaj|resala|risala|rsala|"
        "rissala|mssg ~ ghadi|gha|ghat|ra7|hat|7a|ra7a ~ tjik|tjikom|tjiki|twslk|tewsalak|tusalk|"
        "tsm3|tchofha|sma3o|tsm3o|tsma3o|tsem3o|t9raha|tqraha"
    ),
    f"{NOTE} ~ dyal|d|ta3|dial|fih|fiha|de|3la ~ {GOODBYE}",
    f"{WROTE} ~~ {GOODBYE} ~ {NOTE}",
    "كتبت|نزلت|نشرت|جهزت|سجلت ~ بوست|منشور|ستوري|فيديو|تغريده ~ وداع|وداعي",
    "بوست|منشور|ستوري|فيديو|تغريده ~ وداع|وداعي ~~ نزل*|نشر*|انشر|انزل|حط*|يله|ليله",
    (
        "plan|khota|5eta|5otta|khitta|khta|5ta|lplan ~~ ktbt|katabt|ktebt|kteb ~ rsayel|rasayel|"
        "risalat|briefs|letters|bra|brawat|jawabat"
    ),
    (
        "t9rah|tqrah|yqrah|y9rah|t9raha|tqraha|tqrawh|y9raw|yqraw|yqrawh|y9rawh|tchofha|tlqah|tl9ah|"
        f"yl9awh|yl9awha|t9rawh|tl9aha|tlqaha|tl9awha|tlqawha|ylqawha ~ {WHEN} ~ {GO}"
    ),
    (
        "يقروها|يقروه|تقراها|تقراه|يلاقوها|يلاقوه|تلاقيها|تلاقيه|يلقوها|يلقوه|يشوفوها|يشوفوه|تشوفها ~ "
        "بعد|لما|بعدين ~ روح|اروح|امشي|اموت|موتي|رحيلي|مشيت|رحت|مت"
    ),
    f"{TELL_D} ~ l|li|le|lel|lil ~ {MUM} ~~ {LOVE}",
    f"{TELL_D} ~ lmama|lyemma|lwalida|lbaba|lbba|lmamti ~~ {LOVE}",
    (
        "kont|konti|kenti|knti|kunt|kenet ~ mzyan|mzyana|zwin|zwina|kwayes|kwayyes|kwayesa|a7san|"
        "ahsan|helw|7elw|7lw|best ~ m3aya|ma3aya|m3aia|m3ia|ma3i|m3ai|maaya|3liya|ma3ya ~~ daba|db|"
        "drk|dork|halla2|hala2|now ~ safi|khlas|5las|khalas|salina|5alas|bye|khlast"
    ),
    (
        "كنت|كنتي ~ منيح|منيحه|كويس|كويسه|مزيان|مزيانه|احسن|طيب|طيبه ~ معي|معايا|معاي|معيا ~~ "
        "هلق|هلا|دابا|دلوقتي|هسه|الحين ~ خلص|خلاص|صافي|باي|وداعا|بسلامه"
    ),
    # --- a will, the day chosen and everything ready, ending it all after the birthday
    (
        "ktbt|ktebt|katabt|ktabt|ktbet|katbt|jahzt|7adart|7dert|sjlt ~ lwasiya|lwasiyya|lwasia|"
        "lwasya|lwassiya|lwasiyti|wasiyti"
    ),
    "lwasiya|lwasiyya|lwasia|lwasya|lwasiyti|wasiyti|wasiya ~ dyali|dyal|dialy|dyawli|ta3i|ntaei",
    (
        "7ddt|7adedt|7adadt|hddt|7dedt|hdedt|khtart|5tart|khtrt ~ nhar|lyoum|yom|youm|tari5|tarikh|"
        "date|datum|wa9t|lwa9t|lwqt|lila|lyla ~~ kolchi|ga3|koulchi|kolshi ~ wajd|wajed|wajda|mwajed|"
        "jahz|jahez|mrtb|mratab|m9ad|mqad|msali"
    ),
    "حددت|اخترت|قرت ~ يوم|تاريخ|موعد|ليله|وقت ~~ كل ~ شي|شيء|اشي|حاجه ~ جاهز|جاهزه|مرتب|مرتبه|مجهز",
    "حددت|اخترت ~ يوم|تاريخ|ليله ~~ اموت|انتحر|اختفي|موتي|نهايتي",
    "ميلادي ~~ رح|راح|بدي|ناوي|ح ~ خلص|اخلص|انهي ~ كل|كلشي|حياتي",
    "ميلادي ~~ رح|راح|بدي|ناوي|ح ~ اموت|انتحر|اختفي",
    "اقدر|قادر|قادره|فيني|نقدر ~ اكمل|كمل|نكمل ~~ انهي|بنهي|ننهي|هنهي|حنهي ~ كلشي|كلشيء",
    "خلص|خلاص ~ قرت ~~ بنهي|انهي|ننهي|هنهي|حنهي ~ قصه|حكايه|كلشي|حياتي",
    "خطه|خطتي ~~ حدا|حد|احد ~ رح|راح|ح|بي|هي ~ يوقفني|يمنعني|يردني",
    "ودعت|ودعتهم|ودعتها ~~ عطيت*|اعطيت*|وزعت*|سلمت* ~ كل|كلشي ~ اغراضي|حاجاتي|غراضي|اشيايي|حوايجي|تيابي|هدومي",
    # no reason left for tomorrow; I don't think I'll make it till then
    "ما|ماعاد|ماضل|مابقى|مافي|مفيش|مكاينش ~ في|فيه|كاين|اي ~ داعي|سبب|لزوم|معنى ~ لبكرا|لبكره|لغد|لغدا|لغدوه|لصبح",
    "ما|مش|مو ~ اظن|اعتقد|متاكد|متاكده ~ رح|راح|ح|اني|هوصل|حوصل ~ اوصل|عيش|اعيش|ضل ~ لهيك|لوقتها|لهالوقت|لهداك|لهاليوم|لبكرا",
    "kanfker|nfker|kanfkr|bfaker ~ ghi|ghir|gher|bas ~ kifach|kifash|kifch|kif|fin|imta|wa9tach ~ nsali|nsales|nkhlas|ntaher|nentaher $",
    "kanfker|nfker|kanfkr|bfaker ~ ghi|ghir|gher|bas ~ kifach|kifash|kif ~ nsali|nsales ~ m3a|ma3a ~ rasi|7yati|hyati|dunya|kolchi",
    # --- what a sibling, a friend or a parent reports
    f"{CUT_THEM} ~ {SELF_THEM}|rasso|rassou|rassha|yddo|yddha|dra3o|dra3ha|jesmo|jesmha",
    (
        "kat9ol|kay9ol|katgol|kaygol|gal|galt|9al|9alt|galet|bt2ol|bi2ol|bte2ol|bye2ol ~ bghat|bgha|"
        "baghya|baghi|bdo|bdha|bidha|bido|3ayez|3ayza ~ tmot|tmout|tmut|ymot|ymout|ymut|temot|yemot"
    ),
    (
        "بدو|بدها|بده|عايز|عايزه|يبي|تبي|يريد|تريد|بغا|بغات|ناوي|ناويه|رح|راح|قال|قالت|انه|انها ~ "
        "ينهي|تنهي|بينهي|بتنهي|هينهي|حينهي|هتنهي ~ حياته|حياتها|عمره|عمرها"
    ),
    (
        "هتخلص|حتخلص|هيخلص|حيخلص|تخلص|يخلص|هتتخلص|هيتخلص|تتخلص|يتخلص ~ من ~ نفسها|نفسه|حياتها|"
        "حياته|روحها|روحه"
    ),
    f"{BODY_ANY} ~ {MARKS} ~ {NEW_MANY}",
    f"{NO_LONGER}|maghadich|ghadich ~ ghadi|gha|ghat|ra7|hat|7at ~ {SEE_ME} ~ w|o|abadan|tani|3awtani|ba3d",
    f"{NO_LONGER}|maghadich|ghadich ~ ghadi|gha|ghat|ra7|hat|7at ~ {SEE_ME} $",
    f"ma|mch|msh|mesh ~ ghadi|gha|ghat|ra7|hat|7at ~ {SEE_ME} ~ abadan|3awtani $",
    "bye|bay|byebye|goodbye|beslama|bslama|wada3an|ciao|doei ~ world|wereld|cruel|l3alam|3alam|dunya|donya|denya|dounia",
    # --- self-harm: a head against the wall till it bleeds, cuts more than before, burning
    (
        "kandrb|kanderb|kandreb|ndrb|nderb|drbt|drebt|darabt|badrab|bedreb|kankhbt|khbtt ~ rasi|"
        "rassi|rasy|wjhi|wejhi|yddi|rouhi|nafsi|7ali ~~ dm|dem|ydm|ydmm|yedmi|ydemi|ydmi|ynzf|ynzef|"
        "tjr7|jr7|emojiblood"
    ),
    (
        "9dertch|qdertch|9dertsh|qdertsh|n9derch|nqderch|b9itch|bqitch|mab9itch|mabqitch ~ n7bes|nhbes|"
        f"nwqf|nw9f|nwe9ef ~~ {CUTS}|njr7|njre7|nqt3|n9t3|nqte3|n9te3"
    ),
    f"{CUTS} ~ 3la|3ala|f|fi ~ {HAND} ~~ kthar|ktar|kter|aktar|aktr|bzaf|bezaf|jdad|jdida",
    (
        f"{CUTS} ~~ mab9itch|mabqitch|b9itch|bqitch|ma9dertch|manqdrch|man9drch|mqdrtch|ma ~ n7bes|"
        "nhbes|nwqf|nw9f|nwe9ef|nweqef"
    ),
    (
        "بضرب|كنضرب|بخبط|كنخبط|بعض|كنعض|بجرح|بحرق|بقطع ~ نفسي|حالي|روحي|راسي ~~ لما|لمن|ملي|كلما|وقت|"
        "فاش ~ بكون|اكون|نكون|كنكون|ابقى|بقعد|بصير|كنبقى ~ لحالي|وحدي|بوحدي|بروحي|بحالي|لوحدي|وحيد|وحيده"
    ),
    "جويت|اجوي|بجوي|نجوي ~ نفسي|حالي|روحي",
    "جويت|اجوي|بجوي|نجوي ~ ايدي|يدي|جلدي|دراعي|رجلي ~~ قصدا|بقصد|عمدا|قصد|متعمد|عالقصد",
    f"{DO} ~ {THING} ~ l|li|le|b|bi ~ rasi|rassi|nafsi|nfsi|7ali|ro7i|jesmi",
)

HARMLESS: tuple[str, ...] = (
    # a break from the world for a while; a plan for the diet or the trip; his career
    "ارتاح|نرتاح ~ من ~ دنيا|حياه ~ شوي|شويه|يومين|اسبوع|اجازه|عطله|ويكند|ببحر",
    "خطه|خطتي ~ دايت|رجيم|جيم|دراسه|شغل|مشروع|بزنس|سفر|تمارين|رياضه|توفير",
    "حياته|حياتها|حياتي ~ مهنيه|دراسيه|عاطفيه|زوجيه|جامعيه|رياضيه|فنيه",
    # a date set for a wedding, a trip, a party, a match, an exam
    (
        "nhar|tari5|tarikh|date|datum ~ l3ers|3ers|l3rs|3rs|lkhotba|khotba|lmoussem|l3id|lfete|"
        "party|feest|lmatch|safar|voyage|examen|tentamen|l9raya|lmawid|afspraak|rendez|wedding|"
        "bruiloft"
    ),
    "يوم|تاريخ|موعد ~ عرس|فرح|خطوبه|حفله|سفر|رحله|امتحان|مباراه|ماتش|زفاف",
    # waking early for work or school; a goodbye post for a job or a class
    "nfi9|nfiq|nnod|nnoud ~ bkri|bekri|bakri|mbekri|l9raya|lkhdma|school|werk|lkhedma",
    (
        f"{NOTE} ~ dyal|d|ta3|dial|de ~ wda3|wada3|lwda3|lwada3 ~~ khdma|lkhdma|stage|werk|job|"
        "collega|collegas|school|madrasa|lmadrasa|party|fete|feest|7efla|l7efla|safar|sefer|"
        "3otla|vakantie|klas|team"
    ),
    "بوست|منشور|ستوري|فيديو|تغريده ~ وداع ~~ زميل*|زملا*|شغل|مدرسه|دوام|صف|جامعه|حفله|مدير*|فريق|نادي",
    # "no need for tomorrow, we finished the work"; "I love her and I'll come tomorrow"
    "داعي|سبب|لزوم ~ لبكرا|لبكره ~~ خلصنا|خلصناه|عملناه|شغل|واجب*|اجتماع|مشوار|موعد",
    f"{LOVE} ~~ nji|njiw|nzorha|nzorhom|nwsl|ghda|weekend|l3id|nchri|kado|cadeau",
    # sleeping and not waking till noon
    "nfi9|nfe9|efa2|es7a|as7a|nnod|n9oum|fi2 ~ 7ta|hta|l7d|bkri|bekri|dohr|dhor|noon|l3chiya",
    # the daily pills ("kanakhdhom kol nhar")
    (
        f"{PILLS_LATIN} ~~ kanakhdhom|kanakhdo|kanakhod|kanakhdha|kanchrbhom|kanchrbo ~ kol|f ~ nhar|"
        "sba7|lila|youm|yom|sbah"
    ),
    # doing something for myself: the hairdresser, a massage, a trip
    (
        f"{DO} ~ {THING} ~ l|li ~ rasi|nafsi ~~ zwin|zwina|mzyan|coiffeur|kapper|massage|spa|"
        "hammam|7mam|weekend|vacances|vakantie|kado|cadeau|sport|gym|fitness|7wayj"
    ),
    # living in this country or this house; dying laughing or for someone, in the third person
    "n3ich|n3ish|a3ish|3ish ~ f|fi|m3a|ma3a ~ had|hal ~ lblad|blad|dar|ddar|lmdina|mdina|bit|lbit",
    "tmot|ymot|tmout|ymout ~ b|bel|mn|men|3la|3lih|3liha|fih|fiha ~ d7k|dehk|da7k|ljo3|jo3|l3ya|3ya|lbard",
    "tmot|ymot|tmout|ymout 3lih|3liha|fih|fiha|3lik|3likom",
)
