"""Turkish crisis signals said without the words (added to core/crisis_phrases/tr.py's
SIGNALS): veiled goodbyes ("benden haber alamazsın", "perdeyi kapatma zamanı"), a set day, a
place up high named bare, the Dutch words a Turkish sentence borrows ("snijwonden", "weg zijn"),
and a parent, a sibling or a friend telling what they saw.

Written like tr.py: no Turkish letters, doubled letters single, the spoken future next to the
written one ("gitcem", "bulamicaksiniz").
"""

from __future__ import annotations

from core.phrases import written_out

# Someone telling the coach about another: a child, a sibling, a cousin, a friend, an intern.
_OTHER = (
    "oglum|kizim|oglumuz|kizimiz|cocugum|kardesim|kizkardesim|abim|ablam|kuzenim"
    "|yegenim|arkadasim|esim|sevgilim|ogrencim|stajyerim|kizimla|oglumla"
)
# What a worried person adds: they can't reach them, don't know what to do.
_WORRY = (
    "endise*|kork*|ulasam*|bulamiyoruz|bulamiyorum|acmiyo*|kapali|cevap|yardim*|lutfen|yapayim"
    "|yapmam|yapmaliyim|yapalim|gordum|buldum"
)
# The spoken and the written future of "won't find / hear / see", you singular and plural.
_NOT_FIND = (
    "bulamazsin*|bulamayacaksin*|bulamicaksin*|bulamiycaksin*|bulamiyacaksin*|bulamazlar"
    "|bulamayacaklar|bulamicaklar|bulamiycaklar"
)
_NO_NEWS = (
    "alamazsin*|alamayacaksin*|alamicaksin*|alamiycaksin*|alamiyacaksin*|alamazlar"
    "|alamayacaklar|alamicaklar|cikmaz|cikmayacak|cikmicak|cikmiycak|olmayacak|olmicak"
    "|olmiycak|gelmez|gelmeyecek|gelmicek|gelmiycek"
)
_NOT_HEAR = (
    "duyamazsin*|duymayacaksin*|duyamayacaksin*|duymicaksin*|duyamicaksin*|duyamiycaksin*"
    "|duymiycaksin*"
)
# Hurting oneself, said in the first person.
_HURT = (
    "vurdum|vuruyorum|vuruyom|vurucam|kestim|kesiyorum|kesiyom|kescem|yaktim|yakiyorum|yakiyom"
    "|kanattim|kanatiyorum|kanatiyom"
)
_WORLD = "dunyada|hayatta|dunyanin|aramizda"

VEILED: tuple[str, ...] = written_out(
    # --- you won't hear from me or find me again -------------------------------------
    f"(bundan sonra/bi daha/bir daha/artik/hic/bi daha hic/bir daha hic) ~ benden ~ haber ~ {_NO_NEWS}",
    f"(sesimi/beni) ~ (bi daha/bir daha/artik/hic) ~ {_NOT_HEAR}",
    f"(bi daha/bir daha/artik/bundan sonra) ~ (sesimi/beni) ~ {_NOT_HEAR}",
    f"(yarin/sabah/artik/bundan sonra/bi daha/bir daha/yakinda) ~ beni ~ {_NOT_FIND}",
    f"beni ~ (burda/burada/evde/odamda/hicbir yerde/hicbi yerde/bu dunyada) ~ {_NOT_FIND}",
    # --- the last word, the last time ---------------------------------------------------
    "(bu son/son bu/bu sonuncu) $",
    "(bu son/son bu) ~ (hoscakal*/elveda/affed*/bitti/artik/herkese/benden/gercekten/yeminle)",
    "(son kez/son defa/son bi kez/son bir kez) ~ yaziyorum|yaziyom|yazicam|yazacagim|sesleniyorum"
    "|konusuyorum|konusuyom",
    "son sozlerim|sozum|sozlerimi ~ bunlar|bu|sunlar|yaziyorum|yazdim|birakiyorum",
    "bunlar|bu son sozlerim|sozum",
    # --- a curtain, the lights, time to go, no place in this world ---------------------
    "perde* ~ kapatma|kapama|kapanma|kapaniyor|kapandi|kapatiyorum|kapaticam|inme|iniyor|indi"
    " ~~ (benim icin/hayatim*/bende)",
    "(benim icin/hayatimin/bende) ~~ perde* ~ kapatma|kapama|kapanma|kapaniyor|kapandi|inme|iniyor",
    "isiklar|isigim|isiklarim|mumum|mum ~ sonuyor|sonuyo|sondu|sonecek|soncek|kapaniyor|kapandi"
    " ~ (bende/benim icin/icimde/hayatimda)",
    "(bende/benim icin/icimde/hayatimda) ~ isiklar|isigim|isiklarim|mumum ~ sonuyor|sonuyo|sondu|sonecek",
    f"{_WORLD} ~ yerim ~ yok|kalmadi|olmadi|yokmus|olmayacak",
    "(bu evde) ~ yerim ~ yok|kalmadi|olmadi|yokmus|olmayacak",
    f"{_WORLD}|evde ~ fazlayim|fazlaliyim|fazlalik|fazlaligim",
    "dunya*|elveda ~~ gitme|gitmem|gitmemin|veda|ayrilma|ayrilmam vakti|zamani|vaktim|zamanim"
    " ~ geldi|gelmis|yaklasiyor|yaklasti",
    "(yerim yok/yerim kalmadi) ~~ gitme|gitmem|gitmemin|veda|ayrilma vakti|zamani|vaktim|zamanim"
    " ~ geldi|gelmis|yaklasiyor|yaklasti",
    "gitme|gitmem|gitmemin|veda|ayrilma vakti|zamani|vaktim|zamanim ~ geldi|gelmis ~~ dunyadan"
    "|elveda",
    "(hayat defterimi/hayatimin defterini/hikayemi/hayatimin hikayesini) ~ kapat*|bitir*",
    "(sonsuz/ebedi/son) uykuya ~ dalmak|dalsam|dalicam|dalacagim|yatmak|yatsam|yaticam|gitmek|gitsem",
    "(son yolculuguma/son yolculugum) ~ cikiyorum|cikicam|cikacagim|gidiyorum",
    "(obur dunyaya/oteki dunyaya/obur tarafa/ahirete) ~ gitmek|gidicem|gitcem|gitsem|gidecegim"
    "|gitmeyi|gidiyorum|gitmem",
    "donusu olmayan|olmiyan|olmayacak ~ yere|yolculuga|yolculuk|yola",
    "uzaklara|uzak ~ gitcem|gidicem|gidecegim|gitmek|gitsem ~~ donusu|donmemek|donmicem|gelmicem"
    "|donmeden|bulamayacagi|bulamayacaginiz",
    # --- the end said with a full stop, a decision taken, a day set ----------------------
    "(hayatima/hayata/yasamima/yasama) ~ nokta ~ koy*",
    "(her seye/herseye/hersey/her sey) ~ nokta ~ koyuyorum|koyuyom|koyucam|koycam|koyacagim|koyicam",
    "herseyi|seyi|hersey|sey|hayatimi|kendimi ~ bitir*|sonlandir* ~~ (kafama koydum/kararimi verdim"
    "/karar verdim/kararliyim/geri donus yok/vazgecmicem/vazgecmeyecegim)",
    "(kafama koydum/kararimi verdim/karar verdim/kararliyim) ~~ (herseyi/her seyi/hayatimi/kendimi)"
    " ~ bitir*|sonlandir*",
    "kadar ~ yasamicam|yasamiycam|yasamayacagim|yasamayacam",
    "kadar ~ yasamam ~ zaten|ki|bence|herhalde|nasilsa",
    "bugun|yarin|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|haftaya|yakinda|gece|aksam"
    " ~ bitiyor|bitiyo|bitecek|bitcek|biticek ~ (her sey/hersey)",
    "(her sey/hersey) ~ bitiyor|bitiyo|bitecek|bitcek|biticek ~ gece|aksam|bugun|yarin|cuma|cumartesi"
    "|pazar|pazartesi|haftaya",
    "(her sey/hersey) ~ bitiyor|bitiyo|bitecek|bitcek|biticek ~ benim icin",
    "son gunum ~ olcak*|olacak*|olucak* ~~ (her seyin/hayatimin/dunyada/hayatta)",
    "(her seyin/hayatimin) ~ son gunu|gunum",
    "(tarih/gun/tarihi) belli ~ ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik $",
    "(yarina/sabaha/haftaya/aksama/yilbasina/bayrama) ~ cikmayi|cikmak ~ dusunmuyorum|dusunmuyom"
    "|planlamiyorum|istemiyorum|istemiyom",
    "(yarina/sabaha/haftaya/yilbasina/bayrama) ~ cikacagimi|cikabilecegimi|cikicagimi ~ sanmiyorum"
    "|dusunmuyorum|zannetmiyorum",
    "tek|iyi ~ cozum*|cikis*|care|caresi|yol|yolu ~ olmek|olmem|intihar|olmekmis",
    "tek|iyi ~ cozum*|cikis*|care|caresi|yol|yolu ~ (ortadan kalkmak/ortadan kalkmam/yok olmak"
    "/yok olmam)",
    "(olmek/olmem/intihar/ortadan kalkmak/yok olmak) ~ tek|iyi ~ cozum*|care*",
    # affairs settled so that no one is left with them, and now I may go
    "(borc icinde/borclu/ortada/zor durumda/yuk altinda) kalmasin diye ~~ gidebilirim",
    "(borclarimi/borcumu/kirayi/hesaplarimi) ~ (odedim/kapattim/hallettim) ~~ gidebilirim $",
    # a letter left so that no one grieves
    "kimse|ailem|annem|babam uzulmesin|aglamasin|uzulmesinler|suclamasin diye ~~ mektup|mektubu"
    "|mektubumu|not|notu|notumu",
    "mektup|mektubu|not|notu ~ yazdim|biraktim ~~ (kimse uzulmesin/uzulmeyin/aglamayin/affedin"
    "/okusunlar/okuyun)",
    # a grave, a will
    "mezarlik*|kabristan* ~~ kendime ~ yer|mezar* ~ baktim|aldim|ayirdim|sectim|ayarladim",
    "kendime ~ (mezar/mezar yeri/bi mezar/bir mezar/kabir/kabir yeri) ~ baktim|aldim|ayirdim|sectim"
    "|ariyorum|kazdim",
    "vasiyet|vasiyetname|vasiyetnamemi|vasiyetimi|vasiyetnamem ~ yazdim|hazirladim|biraktim|yaziyorum"
    "|yazicam|yazacagim|hazir",
    # --- burden: a weight on everyone, better if I weren't here --------------------------
    "yuk ~ oldum|oluyorum|oluyom|olmaktan|oldugumu ~ (herkese/aileme/anneme/babama/herkes icin"
    "/ailem icin/dunyaya)",
    "(yukten ibaretim/yukum ben/ben yukum/sadece yukum/bi yukum/ailemin yukuyum/herkesin yukuyum)",
    "(ben olmasam/ben olmesem/ben yoksam/ben olmazsam/olmesem) ~ daha iyi|rahat|mutlu ~~ herkes|herkese"
    "|ailem*|annem*|babam*|dunya|kimse",
    "(ben olmasam/ben olmesem/ben yoksam/ben olmazsam) ~~ herkes|ailem|annem|babam ~ daha iyi|rahat"
    "|mutlu",
    "(ben olmasam/ben olmesem/ben yoksam/ben olmazsam) ~~ herkes|ailem|annem|babam ~ rahat*|mutlu*",
    # --- the plan: a way, a time, the train, the water ----------------------------------
    "(hala/sessizce/acisizca/hayatimi/hayati/kendimi/her seyi/herseyi) (bitirmenin"
    "/sonlandirmanin) ~ yol*|yontem*|kolay*",
    "tren*|metro*|trenin|metronun ~ gelince|gelirken|yaklasinca|geldiginde|gectiginde ~ atlicam"
    "|atliycam|atlayacagim|atlicagim|atlasam|atlayacaktim",
    "arabalarin|trenlerin|kamyonlarin|otobuslerin|tirlarin|araclarin|metrolarin onune"
    " ~ yurumeyi|yurumek|yuruyecegim|yurucem|yuruyucem|yurusem|atlamayi|atlamak|atlicam|atlasam"
    "|atlayacagim|cikmayi|cikmak|ciksam|cikicam|cikacagim|atilmak|atilsam|firlamak|firlasam|kendimi"
    "|yatmak|yatsam",
    "trenin|metronun|kamyonun|otobusun|arabanin|tirin|aracin onune ~ yurumeyi|yurumek|yuruyecegim"
    "|yurucem|yuruyucem|yurusem",
    "denize|suya|nehre|gole|dalgalara|okyanusa ~ yuruyup|yurumek|yuruyecegim|yuruyucem|yurucem"
    "|yurumeyi ~ (gitcem/gidicem/gidecegim/gitmek/gitsem/kaybol*/geri donmeden/donmeden/donmemek"
    "/cikmadan/cikmamak/bogul*)",
    "koprudeyim|catidayim|ucurumdayim|raylardayim|korkuluktayim ~ (su an/simdi"
    "/artik/yalnizim/tek basima)",
    "kattayim|catidayim ~~ (pencere/pencereyi/cam/cami/camlar/camlari) ~ acik|actim"
    "|aciyorum|aciyom",
    "eczane*|ezcane*|ecza ~ kutu*|dolab*|poset* ~ bitirdim|ictim|yuttum|bosalttim|icicem"
    "|icecegim|yutucam|hepsini",
    "(bu aksam/bu gece/bugece/birden/tek seferde/ayni anda) ~ hepsini ~ icicem|yutucam|iccem|yutcam",
    "hap*|ilac*|tablet*|pillen ~~ (bu aksam/bu gece/bugece/birden/tek seferde/ayni anda) ~ hepsini"
    " ~ alicam|alacagim|alcam",
    "hap*|ilac*|tablet*|pillen ~~ hepsini ~ (bu aksam/bu gece/bugece/birden/tek seferde/ayni anda)"
    " ~ alicam|alacagim|alcam",
    "pillen|tabletten ~~ hepsini|hepsi|tamamini",
    # --- self-harm: punishment, blood, the Dutch word for cuts -------------------------
    f"kendime ceza ~~ {_HURT}",
    f"{_HURT} ~~ kendime ceza ~ veriyorum|veriyom|verdim|vericem",
    "(vura vura/kasiya kasiya/tirmalaya tirmalaya/kazimaktan) ~~ kanat*|kanayana|kanatana|morart*",
    "kafami ~ duvara|duvarlara|kapiya|masaya|yere ~ vura vura",
    "kendime|kendimi ~ (bi sey/bisey/bisi/bi sy/bir sey/birsey/zarar) ~ yap* ~~ korkuyorum|korkuyom"
    "|kendimden|gece",
    "kolumda|kollarimda|bacagimda|bacaklarimda|bilegimde|bileklerimde ~ (snijwond*/kesikler*"
    "/jilet izleri/jilet izi/kesik izleri)",
    "snijwond* ~~ var|yaptim|yine|gene|tekrar|kolum*|bilegim*|bacagim*",
    "yine|gene|tekrar yaptim|yapmisim ~~ kesik*|snijwond*|jilet*|kestim",
    "kesik*|snijwond*|jilet* ~~ yine|gene|tekrar yaptim|yapmisim",
    # --- voices that say it ---------------------------------------------------------------
    "ses* ~~ kendini ~~ (at/as/kes/oldur/bitir/yak) diyo*",
    "ses* ~~ (olmelisin/olmen lazim/olmen gerek/oldur kendini/bitir kendini/yasama artik)",
    # --- the Dutch and English words inside a Turkish sentence ------------------------
    "bitmek istiyorum|istiyom|istiyorm|isterdim",
    "klaar ~ (her seyle/herseyle/hayatla/yasamla/bu hayatla/dunyayla)",
    "(her seyle/herseyle/hayatla/yasamla/bu hayatla) ~ klaar",
    "weg ~ (zijn/olmak/gitmek) ~ isti*",
    # --- someone else: what they said, bought, did, posted -----------------------------
    f"{_OTHER} ~~ (kaybolmak/kaybolmayi/yok olmak/yok olmayi/olmek/olmeyi/yasamamak)",
    f"{_OTHER} ~~ kendine ~ ip|ipi|urgan|halat|jilet|jiletler ~ almis|aldi|almismis|sakliyor*|sakliyo",
    f"{_OTHER} ~~ kolunu|kollarini|bilegini|bileklerini|bacagini|bacaklarini|kendini ~ kesmis|kesti"
    "|kesiyor|kesiyo|kesiyormus|yakiyor|yakiyo|yakmis|yakti|yakiyormus|jiletlemis|ciziyor|cizmis"
    f" ~~ {_WORRY}|bilerek|kasten|yine|gene|tekrar|jilet*|cakmak*|sigara*|sakli*|banyo*|kan",
    f"{_OTHER} ~~ veda* ~~ paylasti|paylasmis|yazdi|yazmis|atti|atmis|gonderdi|gondermis|koydu|koymus"
    f" ~~ {_WORRY}",
    "veda (gibi/gibi bi sey/gibi bir sey/gibi bisey/gibi birsey) ~ paylasti|paylasmis|yazdi|yazmis"
    "|atti|atmis|gonderdi|gondermis|koydu|koymus",
    "vedalasma|vedalasmak ~ mektub*|not*|mesaj*|video*",
    f"(artik olmicam/artik olmayacagim/artik olmiycam/artik yokum/bu son) ~ dedi|demis|diyor|yazdi"
    f"|yazmis ~~ {_WORRY}",
    "kopruye|raylara|ucuruma|otobana|otoyola|denize ~ gidicem|gidecegim|gidiyorum|gidiyom ~ dedi"
    "|yazdi|demis|yazmis ~~ bulamiyoruz|bulamiyorum|cikti|evden|donmedi|gelmedi|kayip|ariyoruz",
)
