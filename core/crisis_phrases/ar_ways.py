"""More Arabic crisis signals (added to ar.py's SIGNALS): ways of saying it that blind rounds
showed recur and ar.py, kept under its length, has no room for.

Written as ar.py's are: a one-letter proclitic may come before each Arabic word; Arabizi is
written the way the normaliser leaves it ("a7san" reads "atsan", "n3ich" reads "neich").
A parent or an employer reporting a child or a worker writes the third person ("بدها تموت",
"ما عاد بدو يعيش", "tqtl rasha"): that is as urgent as the first person, so those forms are here.
"""

from __future__ import annotations

from core.phrases import written_out

# "wants" in the third person, Levantine, Egyptian, Gulf and Maghrebi.
HE_SHE_WANTS = "بدو|بدها|بده|يريد|تريد|عايز|عايزه|عاوز|عاوزه|يبي|تبي|يبغى|تبغى|بغا|بغات|حاب|حابه"
# Oneself in the first and third person ("حالو" is Levantine "himself").
SELF = "حالي|نفسي|روحي|حالو|حاله|حالها|نفسه|نفسها|روحه|روحها"
# Darija and Levantine Arabizi for "kill": the vowels are mostly left out.
ARABIZI_KILL = (
    "nqtl|nqtel|nqetl|nqatl|n9tl|n9tel|n9etl|nktl|nkatl|tqtl|tqtel|t9tl|t9tel|yqtl|yqtel|y9tl|"
    "y9tel|nqtol|n9tol"
)

# 1. wanting to die, not to be, not to wake up; a parent's report of it
WISH: tuple[str, ...] = (
    # reported speech ("قالت انها بدها تموت"), so a song about someone who does not want to
    # live to a hundred stays out
    f"{HE_SHE_WANTS} ~ يخلص|تخلص ~ حياته|حياتها",
    f"انه|انها|انو|قال|قالت ~ {HE_SHE_WANTS} ~ يموت|تموت|ينتحر|تنتحر",
    f"انه|انها|انو ~ ما|مش|مو|عاد ~ {HE_SHE_WANTS} ~ (يعيش/تعيش/يكون عايش/تكون عايشه)",
    f"(ما عاد/ماعاد/بطل/بطلت) ~ {HE_SHE_WANTS} ~ (يعيش/تعيش/يكون عايش/تكون عايشه)",
    "تستاهل|يستاهل|بستاهل|استاهل ~ تموت|يموت|اموت|الموت",
    # not waking up: Maghrebi "-sh" forms ("ما نفيقش"), the verb alone after "and"
    "ما|وما|مش ~ نفيقش|فيقش|نوضش|نصحاش|فيق|نفيق ~ بكرا|ابدا|تاني|غدوه",
    "نفيقش|نوضش|نصحاش $",
    "نعس|نرقد|نام|انام|ننعس ~ وما|ما ~ نفيقش|نفيق|فيق|نوضش|نصحاش",
    "نومه ~ (ما/مافي/ما في/بلا) ~ بعدها|منها ~ صحيان|صحوه|قومه|فيقه",
    # never born, never existed
    "ما|ليت ~ جابتني|جابوني|خلفتني|خلفوني ~ عالدنيا|دنيا|هالدنيا",
    "كاني|كأني ~ (ما كنت/ما كان/ماكنت)",
    "اطفي|نطفي|بطفي ~ عمري|حياتي",
    "احسن|افضل|ارتاح|مرتاحين|مبسوطين|يرتاحو|احسنلهم ~~ لو ~ انا|ما|مش|مو ~ مش|ما|مو|كنت|كان ~ موجود|موجوده",
    "لو ~ ما|مش ~ كان|كنت|كانت ~ موجود|موجوده ~~ احسن|افضل|ارتاح",
    # a rest that lasts, death as relief, enough of living
    "ارتاح|نرتاح ~~ للابد|ابدي|نهائي*",
    "الموت ~~ راحه|الراحه|الحل|خلاص",
    "كفايه|بكفي|يكفي|كفى ~ عيش|حياه|عيشه|هالعيشه|هالحياه",
    "ما|مش|لن ~ عدت|عاد|رح|راح|هكون|حكون|بكون ~ عايش|عايشه $",
    "ما عدت عايش|عايشه",
    "(ما في/مافي/مفيش/مافيش/ماكو/ما كاين) ~ مخرج",
    "(ما في/مافي/مفيش/مافيش/ماكو/ما كاين) ~ حل ~ غير|الا",
    "الحل الوحيد ~ انهي|اموت|انتحر|اخلص|موتي",
    # joining someone who died
    # "الحقه" (to follow him) reads "حقه" (his right) once the article rule has run
    "قررت|بدي|ابي|رح|راح|ودي ~ الحقه|الحقها|الحقهم",
    "روح|اروح ~ لعند|عند ~ بابا|ماما|ابوي|امي|اخوي|جدي|جدتي ~~ يرحمه|يرحمها|الحقه|الحقها",
    # by my own hand, to God
    "لعند|عند|ل ~ ربي|الله|ربنا ~~ بايدي|بيدي|بايدو|بايدها",
    "رحت|روح|اروح|مشيت ~ لعند|عند ~ ربي|الله|ربنا ~ بايدي|بيدي",
    f"{HE_SHE_WANTS}|نفسي ~ خلص|اخلص|يخلص ~ من ~ جسمي|الجسم|حالي|روحي|حياتي",
    "اخلص ~ من ~ الجسم|جسمي",
    "اخلص|خلص|نخلص ~ فيها|فيه|بيها ~ من|على|ع ~ حالي|نفسي|روحي",
    "اخلص|نخلص|هخلص|بخلص من ~ حالي|نفسي|روحي",
    "انهي|ننهي|بنهي|هنهي ~ حالي|نفسي|روحي|عمري",
    # the burden: relieved when I go
    "ينبسطو|ينبسطوا|يرتاحو|يرتاحوا|يفرحو|يفرحوا|يرتاحون ~ لما|لو|اذا|بس ~ اروح|روح|امشي|اختفي|اغيب",
    "(ما حدا/محدا/ما حد/محد) ~ رح|راح ~ يخسر|يفتقد|يزعل",
    "لو|اذا ~ اختفيت ~ للابد",
    "هيرتاح|بيرتاح|حيرتاح|يرتاح|ح ~ لو|اذا|لما ~ انا ~ مت|متت|رحت|اختفيت",
    "لو ~~ مت|ميت|متت ~~ بكون|رح ~ مرتاح|مرتاحه|ارتاح",
    "ربنا|الله|ربي ~ ياخدني|ياخذني|يوخدني",
)

# 2. goodbye, not coming back, the last step, things given away
FAREWELL: tuple[str, ...] = (
    "مش|ما|لن ~ رح|راح|هت|حت ~ تسمع|تسمعوا|تسمعو|تسمعي ~ مني ~ بعد|ابدا|تاني|مره",
    "اخر خطوه",
    "كتبت|خلصت|حطيت|تركت ~ رساله|الرساله|رسالتي ~ الاخيره|اخيره",
    "رساله|رسالتي ~~ (بعد ما/لما) ~ روح|اروح|موت|اموت|امشي",
    "رساله|رسالتي ~~ قبل ما ~ روح|اروح|موت|اموت|امشي",
    "مش|ما ~ راجع|راجعه ~ ابدا|للابد|تاني",
    "خلص|خلاص ~ مش|ما ~ راجع|راجعه",
    "ما|مش ~ رح|راح ~ ارجع ~ ابدا|للابد",
    "(ما/مافي/ما في/بلا/مالها) ~ منها|بعدها ~ رجعه|رجوع",
    "سفره|رحله ~ ما|مش|بلا ~ منها|بعدها ~ رجعه|رجوع",
    "(ما في/مافي) ~ لقاء|لقا ~ تاني|ثاني|بعد",
    "سلملي|سلمولي ~ على|ع ~ الكل|كل ~~ حبيتهم|بحبهم|حبيتكم",
    "قوليلهم|قولولهم|قلهم|قولهم ~ اني ~ حبيت*|بحب*",
    "سامحوني|سامحني|سامحيني ~ ع|على ~ (كل شي/كلشي)",
    "باي للاخر|للابد",
    # giving away what one won't need
    "عطيت|اعطيت|وزعت|يوزع|توزع|بوزع ~~ ما|مش ~ عاد|رح|راح|هحتاج ~ احتاج*|حتاج*|يلزم*|يلزموني|بلزمني",
    "ما|مش ~ رح|راح|عاد ~ احتاجها|احتاجه|احتاجهم|يحتاجها|يحتاجهم ~ بعد|ابدا|وين",
    "مش|ما ~ رح|راح ~ يلزموني|يلزمني|تلزمني ~ بعد",
    # a plan carried out when the others sleep or are out
    "ناطر|ناطره|مستني|مستنيه|استنى ~ الكل|كلهم|اهلي ~ ينام|يناموا|ينامو|يطلعوا|يطلعو",
)

# 3. methods and self-harm in the dialects
METHODS_AND_HARM: tuple[str, ...] = (
    # jumping: the place, then the verb somewhere after it
    "عالشباك|الشباك|عالسطح|السطح|عالجسر|الجسر|البلكون|عالبلكون|الحافه|حافه ~~ انط|اقفز|نقفز|انطر",
    "فكرت|فكر|بفكر|افكر|بدي|ناوي ~ انط|اقفز",
    "فكرت|فكر|بفكر|افكر|بدي|ناوي ~ ارمي حالي|نفسي",
    f"يرمي|ترمي|بيرمي|بترمي ~ {SELF} ~ من|عن ~ الجسر|السطح|الشباك|البلكون|الطابق|جسر|سطح",
    "سكه ~ القطار|الحديد|التران|القطر ~~ ما|مش ~ رح|راح ~ ارجع",
    # cutting, hitting, burning, scratching oneself, also reported of a child
    f"ضرب|اضرب|بضرب|ضربت|يضرب|تضرب|ضربت ~ {SELF} ~~ يزرق|زرق|تورم*|ورم|ينزف|دم|بقوه",
    "جرح|اجرح|بجرح|جرحت ~ حالي|نفسي|روحي",
    "رجعت|رجع|رجعت ~ للشفره|للشفرات|للموس|للجرح|للكاتينغ|للكتنغ|للكاتنج|لجرح|للتجريح",
    "كاتينغ|كتنغ|كاتنج|كاتينج",
    "شفرات|شفره|امواس|موس ~~ اجرح|نجرح|تجرح|يجرح|بالخزانه|مخبي*",
    "حرقت|احرق|بحرق ~ ايدي|يدي|رجلي|جلدي ~~ مكواه|مكوه|بالمكواه|قصد|بقصد|عالقصد",
    "احك|بحك|حكيت|اخمش|بخمش ~ جلدي|ايدي ~~ ينزف|نزف|دم",
    "جروح ~ جديده|على|ع ~ ايدها|ايديها|ايده|ايديه|ايدي|ايديي|دراعها|دراعه",
    "ايدي|ايديي|دراعي|رجلي ~ كلها|كلهم ~ جروح|شطب",
    "جروح ~~ مخبيتها|بخبيها|مخبيها ~~ طويل|طويله",
    # pills: how many are enough, all of a box, lying ready
    "جرعه ~~ كافيه|بتكفي|تكفي",
    "بلعت|ابلع|اخدت|شربت ~ كل ~ علبه|العلبه|الحبوب|الدوا",
    "الحبوب|حبوب|الدوا ~ قدامي",
    "ما بلعتها|بلعتهم ~ لسه|لسا|بعد",
    "حبوب|دوا ~~ الرساله|رساله",
    "الرساله|رساله ~~ حبوب|الحبوب|دوا",
    # someone else's self-harm told by a parent or a manager: the verb in the third person
    f"يجرح|بيجرح|بتجرح|تجرح|بجرح|جرح|جرحت ~ {SELF}",
    # going to a dead relative "in the sky", giving away one's things, "after me"
    "(رح روح/رح اروح/بروح/حروح/هروح/رايح/رايحه) ~~ سما|سماء",
    "وزع|وزعت|يوزع|بوزع ~ اغراض*|غراض*|حاجات*|اشياء*|تياب*",
    "ديرو بالكم|خلو بالكم|انتبهو|اهتمو|ديرو بلكم ~~ من بعدي",
)

# 4. Arabizi and Darija in Latin letters
ARABIZI: tuple[str, ...] = (
    f"{ARABIZI_KILL} ~ rasi|rassi|rasha|raso|rasek|nafsi|nfsi|tali|hali|rohi",
    "njrt|njert|njrah|njrat|tjrt|tjert ~ rasi|tali|hali|nafsi|idi|yedi|yddi|dra3i",
    "mabghitch|mabghitx|mabghich|mabghach|mabghitsh|mbghitch|mabqitch ~ neich|nich|neish|eich|naeich",
    "atsan|ahsan|afdal|ahsn|atsn ~ bdoni|bedoni|bidoni|bdouni|bdouni|blaya|blaia",
    "atsan|ahsan|afdal ~ mn ghiri",
    "ekon|akon|kon|nkon|nkoun|akoun ~ mawjod|mawjoud|mawjud|mawjoda|mawjouda|mojod|mawjouda",
    "nmchi|nmshi|nemchi|nemshi|nmsi ~ mn|men|min ~ had|hed|hal ~ dunya|donya|denya|dnya|l2ard|lard",
    "nrtat|nrtah|nertah|nertat|nrta|nrtaH ~ mn|men|min ~ koulchi|kolchi|kulshi|klchi|dunya|donya",
    "tchofni|tshofni|tchoufni|tshoufni|tchofoni|tchoufouni ~~ ard|l2ard|dunya|donya",
    "maeadch|maeadsh|maeatch|maedch ~ ghadi|ghan|ghad ~ tchofni|tshofni|tchoufni|tsmeo|tsmeoni",
    "akhir|akher|aser|akhr|asir|akhar ~ mra|mara|marra|risala|message ~~ tsmeo|tsmeou|tsmei|tsmaeo|tchofo|mni|meni",
    "salas|khalas|5alas ~~ rat|rah|raH|ray2et|ra2et|raytet ~~ ma ~ rat|rah|raH ~ erjae|arjae|rjae|erjee",
    "bde|bdi|badi|bade|bedi ~ enhe|enhi|anhi|anhe|nhi ~ kel|kol|kl|kil ~ shi|chi|shy",
    "rat|rah|raH ~ erjae|arjae|rjae|nrjae ~ abadan|abdan|abadn|ebadan|bad",
    "mchit|mshit|nmchi ~ end|eand|eend|l ~ rbi|rabi|alah ~~ b|bi ~ yedi|yeddi|yddi|idi|iddi",
    "mchit|mshit ~ end|eand|eend|l ~ rbi|rabi|alah",
    "dwa|dwaya|do2 ~~ mkhbi|mkhebi|mkhbya|mkhabi|mkhabya",
    "bra|briya|risala ~ dyal|dial|d ~ lwadae|lwidae|wadae|wdae",
    "ghadi|ghan|bghit ~ nsali|nkml|nkemel ~ had|hed ~ lmasal|lmashakil|dunya",
    # the last message, spelled every way ("a5er msg", "a5er resala")
    "akhir|akher|aser|akhr|asir|akhar ~ msg|mesaj|resala|rsala|resalah|risala|message|messaj ~~ smeh|smehli|samhni|samhouni|shokran|chokran|coach",
    "maeadsh|maeadch|maeatsh|maedsh ~ hatsmae|hatshofni|hatshoufni|hatshufni|htsmae|htshofni",
    # disappearing from the world, resting for good, knowing what and when (Egyptian)
    "astefi|estefi|asfa|ekhtefi ~ (men/mn/min) ~ donya|dunya|denya|dnya",
    "hakon|hakoun|hkon|haku ~ mertah|mirtah|mrtah|mertaha|mertata",
    "earef|earfa|aref ~ haemel|haemal|haeml ~ eh|e ~ w ~ emta|imta",
    # English words in Arabizi: cuts, cutting, going back to cutting
    "cuts|cutting ~~ rjli|rejli|ejri|idi|yedi|yddi|draei|رجلي|ايدي|دراعي|فخدي",
    "eamalt|eamlt|amalt|amlt|rjaet|rjeet|rjet ~ cutting|cut|n9te*|nqte*|njre*|njer*",
    "rjaet|rjeet|rjet ~ n9te|nqte|n9ta|nqta|njrah|njre ~~ f|fi ~ yedi|yddi|idi|draei",
    # a stockpile of pills to take at once, and the bridge to jump from (Moroccan, Levantine)
    "nakhdo|nakhdhom|nakhod|nshrbo|nakhodhom ~ kaml|kolo|kolhom|gae ~ mra|marra|mera|fmra ~ wtda|wahda|wehda|wtde",
    "bde|bdi|badi|bedi|bade ~ not|nut|ent|ntot ~ meno|menno|men|mn|min|mnel",
    "bfaker|bfakr|bfakker|efaker ~ bel|bl|b ~ jesr|jisr",
    "bedi|bdi|bde|badi|bade ~ neter|entaher|ntaher|nentaher ~ tali|hali|nafsi|rohi",
    # a parent telling of a child who wants to die (Moroccan)
    "bgha|bghat|baghi|baghya|bghit ~ ymout|tmout|imout|nmout|nmot|ymot",
    "b9itch|mab9itch|ba9ich|mab9ach ~ ghadi|ghan ~ ntaj*|nhtaj*|nstaml*",
)

SIGNALS: tuple[str, ...] = written_out(*WISH, *FAREWELL, *METHODS_AND_HARM, *ARABIZI)
