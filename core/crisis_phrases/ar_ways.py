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

# 5. more ways of saying it, in the dialects and Arabizi
TAKE = "هاخد|حاخد|باخد|اخد|ناخد|ابلع|هبلع|حبلع|نبلع|هشرب|بشرب|اشرب"
# Someone else's medicine cabinet ("الحبوب بتوع امي").
OF_MUM = "امي|ماما|ابوي|ابويا|بابا|جدتي|ستي|اختي"
NOBODY = "محد|محدش|محدا|ماحد|ماحدا|مفيش|مافيش|ماكاينش|حتى"
HIGH_DARIJA = (
    "lpont|pont|qantra|l9antra|lqantra|lsta7|sta7|jisr|ljisr|jesr|lbalcon|balcon|l9ent|lqent"
)
DARIJA_JUMP = "naz|nqfz|n9fz|nqfez|n9fez|ntiyh|ntih|nrmi|nermi|nlot"
MORE: tuple[str, ...] = (
    # wanting to end, to stop breathing, the body to give up
    "نفسي|بدي|ابي|ودي|اريد|عايز|عايزه|بغيت|اتمنى ~ انتهي|ننتهي $",
    "انتهي|ننتهي|اموت|انتحر|اختفي ~ مش|ما|مو|ماني ~ بهزر|بمزح|امزح|نمزح|نضحك|بهرج",
    "عاد|اعد|عدت|بطلت|مابقيتش|مبقتش ~ بدي|ابي|ابغى|اريد|عايز|عايزه|بغيت|باغي ~ اتنفس|نتنفس",
    "بدي|ابي|اريد|عايز|عايزه|نفسي|اتمنى|بتمنى|ياريت|بغيت ~ جسمي|قلبي ~ يوقف|يسكت|يستسلم|يطفي|يتوقف",
    "امحي|نمحي|بمحي ~ وجودي|حالي|نفسي|روحي",
    "اختفي|نختفي|اتلاشى ~ نهائي|نهائيا|للابد|كليا|تماما ~ من ~ الوجود|الدنيا|العالم|الحياه",
    # "just asking" after naming it: the question is one's own
    "انتحر|ينتحر|بينتحر|انتحار|بنتحر ~~ (بس بسال/سؤال شخصي/لسؤال شخصي/مجرد سؤال/بس سؤال/بسال بس)",
    "اطفي|نطفي|بطفي ~ حالي|نفسي|روحي",
    "ريتني|ليتني|ياريتني|ياليتني ~ ما|لم ~ انخلقت|اتخلقت|تخلقت|خلقت|انولدت|اتولدت|تولدت",
    "اتمنى|نتمنى|كنتمنى|كتمنى|بتمنى|بغيت|نحب ~ ما|مش ~ نفيقش|نفيق|نوضش|نصحاش",
    "اتمنى|نتمنى|كنتمنى|كتمنى|بتمنى|بغيت|نحب ~ مانفيقش|منفيقش|مانوضش|مانصحاش",
    "كتمنى|كتتمنى|كيتمنى|كيتمناو|يتمنو|يتمنوا ~~ نموت|اموت|نختفي",
    "مستاهلش|ماستاهلش|مبستاهلش|ماستاهل|مستحقش ~ اعيش|عيش|نعيش|حياه|اكون|كون",
    "ماكينش|ماكاينش|مكاينش|ماكاين ~ معنى|سبب|فايده|لاش ~ نبقى|نبقا|نعيش|نكمل",
    "ما|مش|مو|لا ~ اريد|بدي|ابي|ابغى|عايز|عايزه ~ اكمل|كمل|نكمل ~ هالعيشه|العيشه|عيشه|هالحياه",
    "مش|ما|مو ~ ناوي|ناويه ~ ضل|ابقى|اضل|اكون|كون|نبقى|اكمل ~ عايش|عايشه|موجود|موجوده|حي",
    "مش|ما|مو ~ ناوي|ناويه ~ اعيش|نعيش",
    "ما|مش|مو ~ لازم|المفروض|مفروض|يجب ~ اكون|كون|ابقى|ضل ~ موجود|موجوده",
    "الدنيا|دنيا|هالدنيا|الحياه ~ ما|مش|مو ~ بدها|عايزاني|عاوزاني|بغاتني ~ اياني|اياي",
    "الدنيا|دنيا|هالدنيا ~~ انهيها|بنهيها|هنهيها|حنهيها|ننهيها",
    # why go on when all is dark; no longer seeing anything ahead
    "ليش|ليه|علاش|لاش|لشو|لويش ~ يكمل|اكمل|نكمل|يعيش|اعيش|نعيش|عايش ~~ ضلام|ظلام|سودا|اسود|مظلمه|مظلم|عتمه",
    "(ما عدت/ماعدت/ما عاد/ماعاد/مابقيتش/مبقتش) ~ شايف|شايفه|بشوف|اشوف|نشوف ~~ مستقبل|مستقبلي|نور|امل",
    "(ما عدت/ماعدت/ما عاد/ماعاد/مابقيتش/مبقتش) ~ شايف|شايفه|بشوف ~ اي|ولا ~ شي|حاجه ~ قدامي $",
    # nothing left but the rope, nothing left to do in this world
    "(ما ضل/ما بقى/مابقى/ما بقي/مابقاش/ما بقاش/ما عاد) ~ غير|الا|سوى ~ حبل|الحبل|موت|الموت|انتحار|الانتحار",
    "(ما بقى/مابقى/ما بقا/مابقا/مابقالي/ما بقالي) ~ لي|ليا ~ ما ~ ندير|نعمل|اعمل|نسوي ~ في|ف ~ هاد|هالدنيا|دنيا",
    "(ما بقى/مابقى/ما بقا/مابقا/ما بقات) ~ والو ~~ سمحلي|سمحيلي|سامحني|سامحيني|سمحوني|بسلامه|بالسلامه|وداعا",
    # nobody would cry, miss me or be sad
    f"{NOBODY} ~ حد|حدا|واحد|احد ~ *فتقدني|*فتقدوني|*شتاقلي|*زعل|*بكي ~ علي|عليا|عليي",
    f"{NOBODY} ~ حد|حدا|واحد|احد ~ *فتقدني|*فتقدوني|*شتاقلي",
    "محد|محدش|محدا|ماحد|ماحدا ~ *فتقدني|*فتقدوني|*شتاقلي|*زعل|*بكي ~ علي|عليا|عليي",
    "محد|محدش|محدا|ماحد|ماحدا ~ *فتقدني|*فتقدوني|*شتاقلي",
    "*بكي|*بكيو ~ علي|عليا ~~ ايلا|الا|اذا|لو ~ مشيت|مت|متت|رحت|غبت",
    "حيرتاح|هيرتاح|بيرتاح|يرتاح ~ لما|لو|اذا|ايلا ~ امشي|اروح|روح|اموت|اختفي|مت|متت",
    "لو|اذا|ايلا|الا ~ انا|ما|مش ~ ما|كنتش|كنت|كونتش|ماكنتش ~~ يرتاحو|يرتاحوا|هيرتاحو",
    # going to God, to the tracks, leaving everything from a bridge
    "اروح|روح|نروح|امشي|نمشي|ارحل ~ عند|لعند ~ ربي|الله|ربنا",
    "روح|اروح|رايح|رايحه|نروح|بروح|هروح|حروح|امشي|نمشي ~ عسكه|سكه|عالسكه ~ قطار|حديد|تران|قطر|مترو",
    "سكه|عسكه|عالسكه|قضبان ~~ مترو|قطار|قطر|تران|ترين ~~ انط|نط|ارمي|اقفز|نقفز|اطنش",
    "اطنش|نطنش|بطنش|ارمي|نرمي ~ حالي|نفسي|روحي ~ قدام|قدامه|قدامها|امام|تحت|تحته|تحتها",
    "جسر|كوبري|سطح|عالسطح|عالجسر ~~ اترك|واترك|نترك ~ (كلشي/كل شي/كل حاجه/الدنيا/الحياه)",
    # the ways: quickly, without pain, without feeling anything
    "طريقه|طرق ~~ يموت|اموت|نموت|يمشي|امشي|نمشي|يروح|اروح|ينتحر|انتحر|ننتحر ~~ (بلا/بدون/من غير) ~ ما ~ يحس|احس|نحس",
    "طريقه|طرق ~~ يموت|اموت|نموت|ينتحر|انتحر|ننتحر ~~ (بلا/بدون/من غير) ~ الم|وجع",
    "كيف|ازاي|كيفاش|شلون|كيفيه|شنو ~ الواحد|الانسان|شخص|حد ~ يموت|ينتحر ~ بسرعه|بدون|بلا|بهدوء|بسهوله|بنومه",
    "احسن|اسهل|اسرع|اضمن ~ طريقه|طرق ~~ يموت|ينتحر",
    # the rope ready, the pills all at once, someone else's pills
    "حبل|مشنقه ~ جاهز|جاهزه|مربوط|معلق|متعلق|مجهز ~~ غرفه|غرفتي|سقف|خايف|خايفه",
    "حبل|مشنقه ~ جاهز|جاهزه|مربوط|معلق $",
    "اخده|اخذه|اخدهم|اخذهم|ابلعه|ابلعهم|ابلعها|اخدها|اخذها|اشربه|اشربهم|اشربها|ناخدو|نشربو|ناخدهم|نبلعهم ~ كله|كلهم|كلها|كلو|جميعها ~ مره|دفعه|ضربه ~ وحده|واحده",
    f"{TAKE} ~ حبوب|الحبوب|دوا|الدوا|اقراص|علبه ~ بتوع|تبع|تبعت|حق|ديال|تاع ~ {OF_MUM} ~ كلها|كلهم|كله|كلو",
    "كم|قديش|كام|قداش|شحال|شكد ~ حبه|حبات|قرص|اقراص|بنادول|باراسيتامول|حبوب ~~ بتكفي|تكفي|يكفي|بيكفي|كافيه",
    # cutting and burning oneself: a blade, a lighter, "drawing lines" on the arm
    "صرت|رجعت|بطلت|عم|يوم ~ اقطع|بقطع|نقطع|اجرح|بجرح|نجرح|اشطب|بشطب ~ موس|شفره|شفرات|امواس|كتر|كاتر|زجاج|قزاز",
    "اقطع|بقطع|نقطع|قطعت ~ نفسي|حالي|روحي|جلدي",
    "نقطع|بقطع ~ وريد*|عروق*|شرايين*|شراين*",
    "خطيت|خططت|بخطط|شخطت|بشخط|شطبت|بشطب ~ على|ع|فوق ~ ايدي|يدي|دراعي|رجلي|فخدي|جلدي|رسغي|معصمي ~~ موس|شفره|امواس|كتر|كاتر|زجاج|قزاز|سكين",
    "اكوي|بكوي|كويت|نكوي ~ حالي|نفسي|روحي",
    "اكوي|بكوي|كويت|نكوي ~ ايدي|يدي|جلدي|دراعي|رجلي ~~ ولاعه|قداحه|سيجاره|ولاعتي",
    # a goodbye: God forgive me for what I will do, the last message, don't look for me
    "الله|ربي|يارب|رب ~ يسامحني|سامحني|يغفرلي|اغفرلي ~ على|ع ~ اللي|الي|يلي|لي|شو|اش|ما ~~ رح|راح|ح|بدي|ناوي|غادي ~ اعمله|سويه|اسويه|ادير|نديرو|نعمله|اعملو",
    "سامحوني|سامحيني|سامحني ~ على|ع ~ اللي|الي|يلي ~~ رح|راح|ناوي|غادي ~ اعمله|سويه|اسويه|نديرو|نعمله",
    "سامحوني|سامحيني ~ كلكم|جميعا|الكل|جميعكم ~~ (باي/وداعا/مع السلامه/سلام)",
    "اخر ~ ميساج|مساج|ميسج|ماسج ~ مني|ليا|الي|تسمعو|تشوفو",
    "هاي|هذه|هذي|هادي|هيدي|هاد ~ رساله|رسالتي ~ اخيره|الاخيره ~~ قول|قولي|قولو|قولوا|قلي|قلهم|خبر|خبري|بلغ",
    "قول|قولي|قولو|قولوا|قلي|قل|خبر|خبري|بلغ ~ لامي|لماما|لبابا|لابوي|لاهلي ~ اني|انو|انه ~ بحب*|احب*|حبيت*",
    "لو|اذا ~ ما|مش ~ شفتوني|شفتني|شفتيني|تشوفوني ~~ لا|ما ~ تدوروا|تدورو|تدور|تدوري|تبحثوا|تسالوا ~ علي|عليا|عني",
    "لا|ما ~ تدوروا|تدورو|تدوري|تبحثوا|تبحث ~ علي|عليا|عني ~ ابدا|للابد|بعد اليوم",
    "سلم|سلملي|سلمولي|سلمي ~ على|ع ~~ مش|ما|مو ~ جاي|جايه|راجع|راجعه ~ (تاني/ثاني/ابدا/بعد) $",
    "ما|مش|مو ~ رح|راح|جاي|جايه|اجي|هاجي|حاجي ~~ ولا ~ على|في|ل|ع|لاي ~ اي ~ شي|مكان|حاجه|حته",
    "حسيت|حاسس|حاسه|حاسيت ~ بسلام|بهدوء|براحه ~ غريب|غريبه ~~ قررت",
    "ايامي ~ الاخيره|اخيره ~~ قررت",
    # giving things away, the passwords, a letter hidden, the pet to the neighbours
    "عطيت|اعطيت|وزعت|سلمت ~~ ماغاديش|مغاديش|غاديش|ماغادي ~ نحتاج*|نستعمل*",
    "ما|مش ~ غاديش|غادي ~ نحتاج*|نحتاجهم|نحتاجها",
    # asked why, and told nothing
    "عطيت|اعطيت|وزعت ~~ علاش|ليش|ليه|لشو ~ (ما قلت/ماقلت/مقلتش/ماقلتلهاش/ماقلتلوش) ~ والو|شي|حاجه|اشي",
    "عطيت|اعطيت|وزعت|سلمت ~~ كتبت|خليت|تركت ~ ورقه|رساله|جواب|مكتوب|وصيه",
    "كتبت|خليت|تركت ~ ورقه|رساله|جواب|مكتوب ~~ عطيت|اعطيت|وزعت",
    "رساله|ورقه|جواب ~ لاهلي|لامي|لماما|لبابا|لعيلتي|لاختي|لاخوي ~~ خبيتها|مخبيتها|درج|مخده|حطيتها|تركتها|خليتها",
    "(حساباتي/باسورد*/كلمات السر/كلمه السر) ~~ ما|مش|ماعدت ~ عدت|عاد|رح|راح|غادي ~ محتاج*|احتاج*|نحتاج*|يلزم*",
)

# 6. Darija and Levantine in Latin letters, written as typed (the normaliser reads them alike)
MORE_ARABIZI: tuple[str, ...] = (
    "b9itch|bqitch|b9itsh|bqitsh|b9ach|bqach|mab9itch|mabqitch ~ bghit|baghi|baghya ~ n3ich|nich|nkoun|nkon|nkun|nb9a|nbqa",
    "ma ~ bghitch|bghitsh|bghitx|baghich ~ n3ich|nich|nkoun|nkon|nb9a|nbqa",
    "mafi|mafish|mafesh|mfish|mako ~ 7ata|hata ~ 2amal|amal|2aml|aml",
    "bdi|badi|bde|bedi|nefsi|nfsi|abi|3ayez ~ ekhlas|akhlas|ekhles|5las|5alas|khlas ~ mn|men|min ~ 7ayati|hayati|7ayeti|nafsi|dunya|donya",
    "l7ayat|hayat|lhayat|l7aya|7yati|hyati|dunya|donya|dounia ~ ma|mafiha|mafhash|malha ~ 3andha|3ndha|fiha ~ ma3na|maana|mana|m3na",
    "kan9alb|kanqlab|kan9leb|kanqelb|kandwer|kanqalb|kan9lb ~ 3la|3ela ~ tari9a|tariqa|tri9a|triqa|tari2a ~ bach|bash|besh|l ~ nsali|nmot|nmout|ntaher|nentaher|nqtl|n9tl",
    "nsali|nsales|nkmel|nkml|nkamal ~ m3a|ma3a ~ 7yati|hyati|7ayati|hayati|rasi|dunya|donya|kolchi",
    "nkml|nkmel|nkemel|nsali|nkamal ~ lkhdma|khdma|lkhedma|lmohima ~ 3la|3ela ~ rasi|rassi|nafsi",
    "dwa|dwaya|l9er3a|lqer3a|9er3a|tbob|7bob|kachiyat ~~ nsali|nmot|nmout|nsales|nakhdhom|nshrbhom",
    "nfker|kanfker|kanfaker|nfaker|bfaker|bfakr|afaker ~ f|fi|b|bel|bl ~ lmout|lmot|mout|mot|lmawt|mawt|ntihar|lentihar",
    "nmchi|nmshi|nemchi|mchit|mshit ~ 3nd|3end|l ~ lah|allah|alah|rbi|rabi|rebi",
    "(ma b9a/mab9a/ma bqa/mabqa) ~ li|lia ~ ma ~ ndir|nedir ~ f|fi ~ had|hed ~ dounia|dunya|donya|denya|dnya",
    "(ma b9a/mab9a/ma bqa/mabqa/b9a) ~ walo|wlo|walou ~~ smehli|smhli|smehlia|smhlia|samhni|smhoni|smehoni|beslama|bslama",
    "msalit|salit|salast ~~ smehli|smhli|smehlia|samhni|smhoni|smehoni",
    "ybki|yebki|ybka|yfe9dni|yfeqdni|ytwa7chni|ysowl|ysewl ~~ ila|ida|ken|kan|law|lw|iza ~ mchit|mshit|mt|mit|mitt|metet|ghbt|ghbet|rtt",
    "ila|ida|ken|law|lw|lo|iza ~ ana ~ ma ~ kontch|kontsh|kentch|knt|kont|kunt ~~ yrtaho|yertaho|yrtatou|yertatou|yrtahou|yrtahu|yertahu",
    f"wa9ef|waqef|wakef|wa9fa|waqfa|wakfa ~ 3la|fo9|foq|f|fi ~ {HIGH_DARIJA} ~ daba|drk|now|lan",
    f"{HIGH_DARIJA} ~~ {DARIJA_JUMP}",
    f"nrmi|nermi|nlo7 ~ rasi|rassi|nafsi ~ mn|men|min ~ {HIGH_DARIJA}|sta7|lsta7|satat|tb9a|tbqa|l3imara|3imara",
    "l7bal|7bal|lhbal|hbal|l7bel|7bel ~~ beslama|bslama|bsalama|wadae|wdae|bye|smehli|smhli",
    "akhir|akher|aser|akhr|asir|akhar|a5er|a5ir ~ mera|merra|mrra|mara|mra ~~ tsm3|tsme3|tchofni|tshofni|mni|meni",
    "n9ta3|nqta3|n9te3|nqte3|n9ta|nqta|n9t3|nqt3 ~ lwrid|wrid|lwarid|l3rou9|l3ro9|3rou9|lchrayen|chrayen|lshrayin|shrayin",
)

# 7. asking how a way feels, poison and bleach, a journey with no return, an end to correct
WANT_FEW = "بدي|ابي|اريد|عايز|عايزه|بغيت|نفسي|ودي"
BLEACH = "كلوركس|كلور|جافيل|مبيض|مبيد|فنيك|ديتول|بوتاس|اسيد"
DARIJA_PILLS = "dwa|dwaya|dwayat|tbob|7bob|7ba|7bat|hba|kachiya|kachiyat|l9er3a|9er3a"
DARIJA_SWALLOW = "nchreb|nshreb|ncherb|nchrb|nshrb|nakol|nakhod|nakhd|nbla3|nbl3"
AFTERWARDS: tuple[str, ...] = (
    # whether drowning or hanging hurts: the question is one's own
    "غرق|شنق|انتحار|موت|خنق ~ بيوجع|يوجع|بوجع|موجع|مؤلم|بيالم|يالم|بيعور|يعور",
    "بيوجع|يوجع|مؤلم|بيعور ~ غرق|شنق|انتحار|خنق",
    "طريقه|طرق|كيف|ازاي|شلون|كيفاش ~~ قلب|قلبي ~ يوقف|يتوقف|يسكت",
    # bleach or poison: how much, drinking it
    f"كم|قديش|كام|قداش|شحال|شكد ~~ {BLEACH} ~~ اشرب|بشرب|نشرب|يخلص|اموت|موت|يموت|يقتل|تقتل",
    f"{WANT_FEW}|رح|راح|غادي|ناوي|فكرت|بفكر|افكر ~ اشرب|نشرب|ابلع|نبلع ~ {BLEACH}|سم|سموم",
    (
        "bghit|bdi|badi|ghadi|ghan|baghi|baghya|nfker|fkrt|bfaker ~ nchreb|nshreb|nchrb|nshrb|"
        "nakol ~ sm|sem|sim|jafil|javel|klor|lklor|chlor|mbid|lmbid"
    ),
    # all of the medicine at once, or the pills counted out
    f"{DARIJA_SWALLOW} ~ {DARIJA_PILLS} ~ kaml|kamel|kamlin|kolo|kolha|kolhom|ga3",
    f"{DARIJA_PILLS} ~~ nakolhom|nakhdhom|nchrbhom|nchrebhom|nbla3hom ~ kamlin|kamlen|kolhom|ga3",
    "3ndi|3andi|maya ~ 10|15|20|25|30|40|50 ~ 7ba|7bat|hba|kachiya|kachiyat|tbob",
    # no reason to wake up or go on
    "سبب|داعي ~ اصحى|افيق|نفيق|نوض|اقوم|نصحى",
    (
        "sabab|sbab|sebab ~ bach|bash|besh|bch|l|li ~ nfi9|nfiq|nfe9|n3ich|n3ish|nkml|nkmel|"
        "nkemel|nb9a|nbqa|a3ish"
    ),
    # would it matter to anyone if I disappeared; relieving them all of me
    "لو|اذا|ايلا ~ مت|متت|اختفيت|انتحرت|موت|اموت ~~ *فرق|فارق ~ مع|عند ~ حد|حدا|احد|حدش",
    "*فرق|فارق ~ مع|عند ~ حد|حدا|احد|حدش ~ لو|اذا ~ مت|متت|اختفيت|انتحرت|موت|اموت",
    (
        "ريحكم|ريحكن|ريحكو|اريحكم|اريحكن|اريحكو|هريحكم|حريحكم|نريحكم|ريحهم|اريحهم|نريحهم|"
        "هريحهم|حريحهم ~ مني|وجودي"
    ),
    # a long journey with no coming back; goodbye, you were the best one
    "سفره|رحله ~ بعيده|طويله ~~ ما|مش|لن|مافي|مالها ~ رح|راح|منها|بعدها|ح ~ ارجع|رجعه|رجوع",
    "سفره|رحله ~~ بلا|بدون|غير ~ رجعه|رجوع|عوده",
    (
        "وداعا|الوداع|باي ~~ كنت|كنتي ~ احسن|افضل|اطيب|اغلى ~ واحد|حد|شخص|انسان|استاذ|مدرب|"
        "صاحب|صديق ~ وقف|وقفت|ساعدني|ساندني|معي"
    ),
    # walking to my end; if I don't answer tomorrow, it is over
    "ماشي|ماشيه|رايح|رايحه|بمشي|بروح|اقتربت|قربت|وصلت ~ نهايتي",
    "نهايتي ~ قربت|قريبه|اقتربت|جايه",
    (
        "لو|اذا|ان|ايلا ~ ما|مش ~ رديت|ارد|جاوبت|رجعت ~~ يعني|معناه|معناها ~ خلاص|خلص|"
        "انتهيت|انتهى|رحت|مت|متت|وداعا|صافي"
    ),
    # why God made me; all of it to stop; the best thing is to stop breathing
    "ليش|ليه|لويش|علاش|لشو|لماذا ~ خلقني|خلقتني|انخلقت|انولدت|اتولدت|تولدت|جابوني|جابتني",
    f"{WANT_FEW} ~ (كل شي/كلشي/كل حاجه/كل اشي) ~ يوقف|يتوقف|يسكت $",
    "ابطل|اوقف|نبطل|نوقف ~ اتنفس|نتنفس|تنفس ~~ احلى|احسن|افضل|ارتاح|راحه|للابد|نهائي*",
    "احلى|احسن|افضل|اجمل ~~ ابطل|اوقف|نبطل|نوقف ~ اتنفس|نتنفس|تنفس",
    # alive by mistake, a mistake to correct
    "عايش|عايشه|موجود|موجوده|انولدت|اتولدت|خلقت|انخلقت بالغلط",
    (
        "عايش|عايشه|انولدت|اتولدت|خلقت|انخلقت|موجود|موجوده|وجودي ~~ اصحح|نصحح|اصلح|نصلح ~ "
        "غلط|غلطه|خطا"
    ),
    # going to a grandparent in the sky; nobody to remember me, my photos deleted
    "نمشي|امشي|نروح|اروح|بروح|هروح|حروح|نلحق|الحق ~ عند|لعند|مع ~ سما|سماء",
    "ما|مش|مو ~ بدي|ابي|اريد|عايز|عايزه|ابغى|بغيت ~ حد|حدا|احد|حدش ~ يتذكرني|يتفكرني|يفتكرني $",
    "مسحت|حذفت|شلت ~ صوري|حساباتي|حسابي ~~ يتذكرني|يتفكرني|يفتكرني|ينساني|ينسوني|اثر",
    # wished I had drowned on the way; you won't see me at all
    "ياريتني|ريتني|ليتني|ياليتني ~ غرقت|انقتلت|متت|مت|ميت|ميته",
    "ما|مش|لن|مو ~ تشوفوني|هتشوفوني|حتشوفوني|بتشوفوني|تروني ~ خالص|نهائي|نهائيا",
    "قريب|قريبا|شوي ~ ما|مش|لن|مو ~ تشوفوني|هتشوفوني|حتشوفوني|بتشوفوني|تروني $",
    # game over, for real
    "game over ~ بجد|عنجد|جد|حقيقي|فعلا|حرفيا",
    "خلصت|انتهت ~ اللعبه|لعبه ~ بالنسبالي|بالنسبه ~~ بجد|عنجد|فعلا|حرفيا|حقيقي",
    # Darija: in front of the tram, cuts made with a blade
    (
        "nrmi|nermi|nlo7|nrami ~ rasi|rassi|nafsi|ro7i ~ 9dam|9eddam|qdam|qeddam|godam|gdam|"
        "ta7t|taht|tht ~ tram|tren|train|tran|tramway|tomobil|tonobil|camion|metro|l9tar|lqitar"
    ),
    "drt|dert|dart|kandir|ndir|drit ~ jro7|jrouh|jroh|jrah|jra7at ~~ chfra|chefra|mos|lmos|jilet|zaj",
    "drt|dert|dart|kandir|ndir|drit ~ jro7|jrouh|jroh|jrah|jra7at ~ f|fi ~ yddi|yedi|idi|dra3i|rjli",
)

SIGNALS: tuple[str, ...] = written_out(
    *WISH, *FAREWELL, *METHODS_AND_HARM, *ARABIZI, *MORE, *MORE_ARABIZI, *AFTERWARDS
)
