"""Turkish crisis phrases that depend on context: TOPICS, ABOUT and HARMLESS.

Kept apart from the SIGNALS in core/crisis_phrases/tr.py, which re-exports them; see
core/crisis_phrases/__init__.py for the four kinds. Phrases are written without Turkish letters
(the normaliser folds "ı", "ş", "ğ", "ö", "ü", "ç" and doubled letters alike).
"""

from __future__ import annotations

from core.phrases import written_out

TOPICS: tuple[str, ...] = (
    # the word itself, also misspelled
    "intihar*",
    "1ntihar*",
    "entihar*",
    "intiar*",
    "intahar*",
    "intihr*",
    "ntihar*",
    "intiharim*",
    # methods and tools named without saying whose
    "kopruden atla*",
    "asiri doz*",
    "overdoz*",
    "jilet*",
    "bicak* ~ elimde",
    "elimde ~ bicak*|jilet*",
    "bicagi ~ elime aldim",
    "intihar dusunce*",
    # giving up, farewells
    "artik dayanamiyorum",
    "elveda",
)

ABOUT: tuple[str, ...] = (
    "gta*",
    # school, media
    "ders*",
    "odev*",
    "belgesel*",
    "film*",
    "dizi*",
    "kitap*",
    "roman*",
    "haber*",
    "makale*",
    "sunum*",
    "proje*",
    "onleme*",
    "sarki*",
    "hakkinda",
    "konusu*",
    "konusunu",
    "ogretmen*",
    # a teacher spoken of; not "hocam", how young people address the coach (a word blanked in
    # HARMLESS would break every phrase around it: "hoşçakal hocam, beni unutma")
    "hoca|hocasi*|hocamiz*|hocalar*|hocaya|hocanin|hocadan|hocada|hocayla|hocamin|hocami",
    "sakal*",
    # someone else
    "komsu*",
    "etmis",
    "ettigini",
    "ediyor",
    "amcam",
    "dayim",
    "teyzem",
    "halam",
    "arkadasimin",
    "yardim ede*",
    "nasil yardim*",
    "dusunen",
    "birine",
    "birisi*",
    # games, sport, figures of speech
    "oyun*",
    "pas",
    "gibiydi",
    # kitchen, shaving
    "yemek yaparken",
    "tiras*",
    "tras*",
    "sogan*",
    "dogra*",
    "salata*",
    "mutfak*",
    "sebze*",
    "meyve*",
)

# Written out: a group "(a/b c)" offers choices of several words (core/phrases.written_out).
HARMLESS: tuple[str, ...] = written_out(
    # suicide as a figure of speech or in the news
    "intihar saldiri*",
    "intihar bombac*",
    "intihar gibi*",
    "cikmak intihar",
    "suicide squad",
    # living somewhere else, not living at all
    "burada yasamak",
    "burda yasamak",
    "orada yasamak",
    "orda yasamak",
    "sehirde yasamak",
    "ulkede yasamak",
    "evde yasamak",
    "yurt disinda yasamak",
    "yurtdisinda yasamak",
    "*da yasamak istemiyorum tasin*",
    "yasamak istemiyorum ~ tasin*",
    # quoting someone else
    "isterim diyor",
    "istiyorum diyor",
    "isterim dedi",
    "istiyorum dedi",
    # cosy disappearing, not wanting to get up
    "altinda kaybol*",
    "pazartesi* ~ uyanmak istemi*",
    "erken uyanmak istemi*",
    "okula uyanmak istemi*",
    "ise uyanmak istemi*",
    # "hapı yuttuk": we're done for; "hayati önem": vital; skipping rope
    # "ölsem de yemem": even if I died I wouldn't; a first-person "won't" after it, not "kimse
    # üzülmez"
    "olsem de|bile ~ *mam|*mem",
    # the alarm on a school morning; "if I don't get my coffee I'll die"
    "alarm* ~~ keske ~ uyanmasam",
    "icmezsem|yemezsem|uyumazsam|icmesem|yemesem|uyumasam ~ olucem|olecegim|olecem|olurum",
    "hapi yut*",
    "hayati onem*",
    "hayati tehlike*",
    "hayati risk*",
    "atlama ipi*",
    "ip atla*",
    # dying of laughter, heat, hunger
    "gulmekten ~ olmek|olecegim|olurum",
    "olesiye",
    "olmek uzere*",
    "gulmekten|acliktan|sicaktan|soguktan|uykusuzluktan|yorgunluktan|sikintidan|meraktan"
    "|korkudan|ozlemden|uykudan|heyecandan|stresten|utanctan|kiskancliktan|sinirden|ask*"
    " ~ olecegim|olucem|olecem|olcem|olcm|olurum|oluyorum|oluyom|olmek",
    # the same figures with the cause after the verb: "ölücem gerçekten gülmekten"
    "olecegim|olucem|olecem|olcem|olcm|olurum|oluyorum|oluyom ~ gulmekten|acliktan|sicaktan"
    "|soguktan|uykusuzluktan|yorgunluktan|sikintidan|meraktan|korkudan|ozlemden|uykudan"
    "|heyecandan|stresten|utanctan|kiskancliktan|sinirden",
    # someone else's body, a pen, a game
    "sacimi|saclarimi|tirnaklarimi|parmagimi|elimi|sakalimi|kakulumu ~ yine|gene|tekrar|biraz|kisa ~ kestim|kesiyorum|kestirdim",
    "kolumu|elimi ~ cizdim|ciziyorum ~ kalem*|boya*|dovme*",
    "oyun*|oyunda|macta|minecraft*|valorant*|pubg*|fortnite*|gta* ~ kendimi ~ oldur*",
    "kendimi oldurdum ~ oyun*|yanlislikla|bomba*",
    # shaving, the last message of the day, goodbyes at the end of an internship or before a trip
    "jiletle|bicakla ~ tiras ~~ kestim|kesildi|kesmisim",
    "bugunluk ~ son ~ mesaj*",
    "herkese veda ~~ staj*|pasta|okul*|mezun*",
    "staj*|okul*|mezun* ~~ herkese veda",
    "hakkini helal et ~~ hac*|umre*|tatil*|donucez|donecegiz",
    "hakkinizi helal edin ~~ hac*|umre*|tatil*|askere|donucez|donecegiz|donunce",
    "hakkini helal etsin ~~ hac*|umre*|tatil*|askere|donucez|donecegiz|donunce",
    # a farewell before military service, a move or a new job: "size veda etmek istemiyorum ama
    # askere gidiyorum"
    "veda ~~ (askere/asker*/tasin*/yurt disina/yurtdisina/erasmus*/yeni ise/yeni isim*)",
    "(askere/tasin*/yurt disina/yurtdisina/erasmus*/yeni ise) ~~ veda",
    # "I killed myself" in the past tense is a figure of speech for a hard workout
    "resmen|antrenman*|antreman*|spor*|salon*|gym* ~ kendimi oldurdum",
    "kendimi oldurdum ~ resmen|antrenman*|antreman*|spor*|salon*|gym*|bacak gunu*",
    # wanting to die in the past tense over a lost match: "literally", said of a moment
    "olmek istedim ~ resmen",
    "olesim geldi ~ resmen",
    "resmen ~ olmek istedim",
    "resmen ~ olesim geldi",
    "kaybetti*|yenildi*|elendi*|kaybettik|yenildik|elendik ~~ olmek istedim",
    "kaybetti*|yenildi*|elendi*|kaybettik|yenildik|elendik ~~ olesim geldi",
    # fed up with life over the weather or the bus; can't stand the heat
    "biktim|sikildim|bezdim ~ hayattan ~~ yagmur*|hava*|trafik*|otobus*|tren*"
    "|metro*|sicak*|soguk*|kuyruk*|gecikme*|internet*|wifi*",
    "dayanamiyorum ~ sicag*|sogug*|gurultu*|aclig*|uykusuzlug*|trafig*|kuyrug*|bekleme*|gecikme*|kokuya",
    "sicag*|sogug*|gurultu*|aclig*|uykusuzlug*|trafig*|kuyrug*|bekleme*|gecikme* ~ dayanamiyorum",
    "gec geliyo*|geliyor*|kaliyo*|kaliyor* ~ dayanamiyorum|dayanamiyom",
    # saying goodbye to school, an internship, a holiday
    "elveda okul|okulum|lise|lisem|staj|stajim|tatil|universite|sinavlar",
    "okul|okulum|lise|lisem|staj|stajim|tatil|universite|sinavlar elveda",
    # telling the coach is not news
    "haber ~ vermek|veriyorum|vereyim|verdim|verelim",
    # not being able to talk for an everyday reason: a broken phone, a trip, an exam
    "konusamayiz|konusamayacagiz|konusamicaz|yazamayacagim|yazamicam|yazamiycam|konusamayacagim"
    "|konusamicam ~~ (telefon*/tatil*/internet*/sarj*/sinav*/tasin*/askere/yurt disina/yurtdisina"
    "/kamp*/ucak*/ucus*/yolculuk*)",
    # ending everything for the homework: "her şeyi bitiricem bu akşam, ödevler"
    "(herseyi/her seyi) ~ bitir* ~~ odev*|proje*|sunum*|rapor*|teslim*|dizi*|sezon*|kitab*|sinav*",
    # throwing oneself out of the house, onto the bed: an idiom for going out or collapsing
    "kendimi|kendmi|kndimi|kndmi ~ disari|disariya|sokaga|sokaklara|yataga|yatga|yatagima|kanepeye"
    "|koltuga|eve|havuza|dusa|isime|derslere ~ atacag*|aticam|atcam|atcm|atcem|atarim|atmak*|atsam"
    "|attim",
    # a haircut, nails
    "sacimi|saclarimi|tirnaklarimi|kakulumu|kakullarimi|sakalimi|sacim|saclarim ~ (yine/gene"
    "/tekrar/biraz/kisa/) ~ kesmek|kestirmek|kesmeyi|kestirmeyi|kesicem|kesecegim|kestircem",
    # a rope for camping, a tent or the washing
    "(kamp/kamp icin/cadir/cadir icin/camasir/camasir icin/tirmanis/tirmanis icin) ~~ ip|ipi|ipleri",
    "ip|ipi|ipleri ~~ (kamp*/cadir*/camasir*/tirmanis*)",
    # someone else who wants to jump, in the news: "köprüden atlamak isteyen bir adam"
    "atlamak isteyen|isteyenler|isteyeni",
    "(atlamaya calisan/atlamaya kalkan/atlamaya kalkisan/atlamaya calisani)",
    # not eating for a fast or a diet
    "yemiyorum|yemiyom ~~ (oruc*/diyet*/perhiz*/ramazan*/kilo ver*)",
    # not being here because of a trip, a move or military service
    "burada|burda ~ olmayacagim|olmicam|olmiycam|olmayacam ~~ (tatil*/yurt disi*/yurtdisi*/seyahat*"
    "/askere/tasin*/kamp*/izin*/gezi*/erasmus*)",
    # the hair named after the verb: "yine kestim saçımı"
    "kestim|kesiyorum|kestirdim|kstim|kesicem|kestircem ~ sacimi|saclarimi|tirnaklarimi|kakulumu"
    "|kakullarimi|sakalimi|biyigimi",
    # --- blind round 11 ---------------------------------------------------------------
    # a song, a film or a book called "I want to die"
    "sarki*|film*|kitap*|kitab*|dizi*|album*|siir*|parca*|klip*|roman*|video* ~~ adi|ismi|basligi"
    " ~ olmek|yasamak|olmeyi|kaybolmak ~ istiyorum|istiyom|isterim|istemiyorum|istemiyom",
    "olmek|yasamak ~ istiyorum|istiyom|isterim|istemiyorum|istemiyom ~ adli|isimli|adinda"
    " ~ sarki*|film*|kitap*|kitab*|dizi*|album*|siir*|parca*|klip*|roman*|video*",
    # hair spray, perfume, water sprayed on the head
    "sprey*|parfum*|deodorant*|kolonya*|jole*|su ~ kafama|kendime|sacima|sacina ~ sik*",
    # going on holiday, abroad, to a wedding: "tatile gidicem, iki hafta gelmicem"
    "tatil*|yurt disi*|yurtdisi*|memleket*|kamp*|askere|seyahat*|gezi*|dugun*|erasmus*"
    " ~ gidicem|gidecegim|gidiyorum|gidiyom|gidiyoruz|gidicez|gidecegiz",
    # an old phone for a new one; weight lost
    "eski|eskisini|eskileri|eskimis ~ verdim|dagittim|bagisladim",
    "verdim|dagittim|bagisladim ~~ yenisini|yenisi|yenisine",
    "yenisini|yenisi|yenisine ~~ verdim|dagittim|bagisladim",
    "kilo ver*",
    # jumping into the sea in the heat; outdoing oneself ("kendimi aştım" reads "astım")
    "kendimi ~ denize|suya|havuza|gole ~ atcam|aticam|atacagim|atarim|atsam ~~ sicak*|sicag*|plaj*"
    "|yuz*|tatil*|serinle*",
    "sicak*|sicag*|plaj*|tatil*|yuzme* ~~ kendimi ~ denize|suya|havuza|gole ~ atcam|aticam|atacagim"
    "|atarim|atsam",
    "kendimi astim|astik ~~ memnun*|gurur*|tebrik*|harika|super|basar*|usta*|puan*|rekor*",
    "bugun|stajda|sinavda|macta|iste|isde|antrenmanda|sahada|sunumda|derste|yarismada kendimi astim",
    # --- blind round 12 ---------------------------------------------------------------
    # a character in a book or a film who jumps in front of a train
    "roman*|kitap*|kitab*|film*|dizi*|hikaye*|oyku*|karakter*|kahraman*|karenina|sahne*|odev*"
    " ~~ onune ~ atliyor|atlar|atlayarak|atlayip|atlamasi*|atladigi",
    "onune ~ atliyor|atlar|atlayarak|atladigi ~~ roman*|kitap*|kitab*|film*|dizi*|hikaye*|oyku*"
    "|odev*|sahne*",
    # an end put to bad habits: smoking, energy drinks, staying up
    "(her seye/herseye/hepsine/bunlara) son verdim|verdik ~~ sigara*|icki*|alkol*|seker*|tatli*"
    "|kahve*|enerji*|fast|abur|cips*|kola*|aliskanlik*|diyet*|instagram*|tiktok*|netflix*"
    "|oyun*|kafein*|telefon*",
    # a farewell letter written for a class
    "veda mektubu|mektuplari ~~ ders*|odev*|kompozisyon*|edebiyat*|turkce|yazarlik*|yazdik"
    "|yaziyoruz|yazicaz|yazacagiz",
    "ders*|odev*|kompozisyon*|edebiyat* ~~ veda mektubu|mektuplari ~ yazdik|yaziyoruz|yazicaz"
    "|yazacagiz|yazmamiz|yazmamizi|yazmak",
    # sunburn ("kendimi yaktım güneşte")
    "kendimi|sirtimi|yuzumu|omuzlarimi|burnumu|bacaklarimi ~ yaktim|yakmisim|yaktik ~~ gunes*"
    "|plaj*|solaryum*|kumsal*|denizde|sahilde",
    "gunes*|plaj*|solaryum*|kumsal*|sahilde ~~ kendimi|sirtimi|yuzumu ~ yaktim|yakmisim",
    # "that's all from me" after a talk, a question, a day's work
    "sunum*|odev*|proje*|bugunluk|simdilik|haftalik|aksamlik|soru*|sorularim|anlatacaklarim"
    "|diyeceklerim|soyleyeceklerim ~~ benden bu kadar",
    "benden bu kadar ~~ (gorusuruz/gorusmek/iyi geceler/iyi aksamlar/yarin/sonra/haftaya)",
    # leaving a cat or a house key in someone's care for a trip
    "emanet ~~ tatil*|donene|donunceye|gunlugune|yolculuk*|seyahat*|ameliyat*|askere",
    "tatil*|yolculuk*|seyahat*|ameliyat*|askere ~~ emanet",
    # asking forgiveness before a pilgrimage, a holiday, military service, a feast
    "helallik ~~ hac*|umre*|askere|tatil*|yolculuk*|seyahat*|ameliyat*|kandil*|bayram*|ramazan*"
    "|mubarek*",
    "hac*|umre*|askere|kandil*|bayram*|ramazan*|mubarek* ~~ helallik",
    # the last day at work, school, an internship, a camp
    "iste|stajda|okulda|sirkette|kampta|tatilde|kursta|ofiste|magazada|kafede|isyerinde|izinde"
    "|okulun|stajin|isin|kursun|tatilin|kampin son gunum|gunu|gunumuz",
    "son gunum ~ iste|stajda|okulda|sirkette|kampta|tatilde|kursta|ofiste|magazada|kafede"
    "|isyerinde|izinde|staj*|stage*|kamp*|kurs*|mezun*|erasmus*",
    "staj*|stage*|kamp*|kurs*|mezun*|erasmus* ~~ son gunum",
    "son gunum ~~ ogrendim|stage*|mesai*|patron*|mudur*|musteri*|meslektas*|ekip*",
    # sharp as a razor; a game; things given away before a move; the last message for today;
    # banging one's head over a form
    "jilet gibi",
    "gta*|oyun*|oyunda|minecraft*|roblox*|fortnite*|pubg*|valorant* ~~ onune ~ atla*",
    "esyalarimi|kiyafetlerimi|kitaplarimi|mobilya* ~ dagittim|verdim|bagisladim|sattim"
    " ~~ (tasin*/yeni ev*/yurt disi*/yurtdisi*/erasmus*)",
    "son mesaj* ~ bugunluk|simdilik|aksamlik|haftalik",
    "kafami ~ duvara|duvarlara ~ vurasim|vuracaktim|vurucam ~~ form*|odev*|sinav*|ders*"
    "|matematik*|proje*|kod*|bilgisayar*|sistem*|excel*",
    # --- blind round 13 ---------------------------------------------------------------
    # fed up with the neighbours' music, the taxes, the building work: "artık dayanamıyorum"
    "muzig*|muzik*|komsu*|gurultu*|vergi*|fatura*|belasting*|evrak*|burokrasi*|trafik*|kuyruk*"
    "|insaat*|matkap*|tadilat*|havla*|horla*|delirtiyo*|delirtiyor* ~~ dayanamiyorum|dayanamiyom"
    "|dayanamiyorm",
    # the last message because the battery is dying
    "son mesaj* ~~ sarj*|batarya*|pilim|pil|internet*|kontor*",
    "sarj*|batarya*|pilim ~~ son mesaj*",
    # banging one's head over a silly mistake
    "kafami ~ duvara|duvarlara ~ vurasim|vuracaktim|vurucam ~~ hata*|aptal*|salak*|gerizekali*"
    "|rezil*|utan*|unut*|yanlis*|kacirdim|neyse|haha*|lol|xd",
    "hata*|aptal*|aptalca|salak*|salakca|gerizekali*|rezil* ~~ kafami ~ duvara|duvarlara ~ vurasim"
    "|vuracaktim|vurucam",
    # on the bridge in traffic, on the way
    "koprudeyim|koprudeyiz ~~ trafik*|dk|dakika*|varirim|gelirim|geliyorum|geliyom|otobus*|metro*"
    "|araba*|bisiklet*|yoldayim|geciyorum|sikisti*|kaldim|kaldik",
    "trafik*|otobus*|metro*|araba*|bisiklet*|yoldayim ~~ koprudeyim|koprudeyiz",
    # writing for the last time about a complaint, an order, a bill
    "(son kez/son defa) ~ yaziyorum|yaziyom ~~ cevap*|sikayet*|odeme*|fatura*|hatirlat*|uyari*"
    "|avukat*|iade*|siparis*|musteri*",
    # away on leave, on holiday, in a meeting: "yarın beni ofiste bulamazsınız"
    "(izin*/tatil*/ofis*/toplanti*/seyahat*/yurt disi*/yurtdisi*/kamp*/ameliyat*) ~~ beni"
    " ~ bulamazsin*|bulamayacaksin*|bulamicaksin*",
    "bulamazsin*|bulamayacaksin*|bulamicaksin* ~~ (izin*/tatil*/ofis*/toplanti*/seyahat*/yurt disi*"
    "/yurtdisi*/kamp*/ameliyat*)",
    # everything ends this week: the exams, the term, the internship
    "(her sey/hersey) ~ bitiyor|bitiyo|bitecek|bitcek|biticek ~~ sinav*|final*|donem*|okul*|tatil*"
    "|staj*|stage*|proje*|teslim*|ders*|vize*|mezun*|ramazan*|oruc*",
    "sinav*|final*|donem*|okul*|tatil*|staj*|stage*|proje*|teslim*|ders*|vize*|mezun* ~~ (her sey"
    "/hersey) ~ bitiyor|bitiyo|bitecek|bitcek|biticek",
    "bitiyor|bitiyo|bitecek|bitcek|biticek ~ (her sey/hersey) ~~ sinav*|final*|donem*|okul*|tatil*"
    "|staj*|stage*|proje*|teslim*|ders*|vize*|mezun*|ramazan*|oruc*",
    # something made for oneself to eat; a high floor with a view
    "kendime ~ (bir sey/bi sey/bisey/birsey/bisi) ~ yap* ~~ yemek*|yemeg*|kahvalti*|corba*|makarna*"
    "|tost*|sandvic*|cay*|kahve*|icecek*|tatli*|salata*|ogle*|atistir*",
    "kattayim ~~ hava*|manzara*|ruzgar*|serin*|sigara*|cay*|kahve*|asansor*|ev*|daire*",
    # medicine collected at the pharmacy: "ilaçlarımı eczaneden aldım hepsini"
    "eczaneden|eczaciden|eczanede ~ aldim|aldik|aldi|alicam|alacagim ~ hepsini",
    # a full stop to a relationship, a habit
    "nokta ~ koy* ~~ (onunla/iliski*/sevgili*/ex*/eski*/yeni sayfa/yeni bi sayfa/yeni bir sayfa"
    "/sigara*/alkol*/kumar*)",
    "(onunla/iliski*/sevgili*/sigara*/alkol*/kumar*) ~~ nokta ~ koy*",
    # the sea in the heat, told by "a voice inside": "kendini denize at diyor"
    "(kendini/kendimi) ~ denize|suya|havuza|gole ~ at ~~ sicak*|sicag*|plaj*|yuz*|tatil*|serinle*"
    "|bunalt*",
    "sicak*|sicag*|plaj*|tatil*|bunalt* ~~ (kendini/kendimi) ~ denize|suya|havuza|gole ~ at",
    # someone else hurt by accident: the oven, a broken glass, a fall
    "yanlislikla|kazara|kaza*|gunes*|firin*|ocak*|mangal*|cay*|bardak*|dustu*|dusup ~~ kolunu"
    "|kollarini|bilegini|bacagini|bacaklarini ~ kesmis|kesti|yakmis|yakti",
    "kolunu|kollarini|bilegini|bacagini|bacaklarini ~ kesmis|kesti|yakmis|yakti ~~ yanlislikla"
    "|kazara|kaza*|gunes*|firin*|ocak*|mangal*|cay*|bardak*|dustu*|dusup|cam|cami|camla|kirildi"
    "|kirik*",
    # the last coffee, the last question: "bu son"
    "kahve*|sigara*|cay*|soru*|bira*|tatli*|parca*|bolum*|oyun*|mac*|dilim* ~~ (bu son/son bu)",
)
