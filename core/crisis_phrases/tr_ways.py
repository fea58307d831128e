"""More Turkish crisis signals (added to tr.py's SIGNALS): ways of saying it that tr.py, kept
under its length, has no room for.

Written like tr.py: no Turkish letters, doubled letters single ("kullan" is "kulan"), and the
spoken future forms young people type ("gelmicem", "goremiceksiniz", "olcak") next to the
written ones.
"""

from __future__ import annotations

from core.phrases import written_out

# "You won't see me again": the written and the spoken future, "you" plural and singular.
_NOT_SEE = (
    "goremiceksiniz|goremiyceksiniz|goremeyeceksiniz|goremiceksin|goremiyceksin|goremeyeceksin"
    "|gormiceksiniz|gormiyceksiniz|gormeyeceksiniz|gormiceksin|gormeyeceksin|goremezsiniz"
    "|goremezsin|goremiceklerr|goremiyecekler|goremeyecekler|gormezsiniz|gormezsin"
)
# Not coming, not being able to come: the written and the spoken forms.
_NOT_COME = (
    "gelmicem|gelmiycem|gelmeyecegim|gelmeyecem|gelemem|gelemicem|gelemiycem|gelemeyecegim"
    "|gidemicem|gidemem|gidemeyecegim|gitmicem|gitmeyecegim"
)
_NOWHERE = "(hicbi yere/hicbir yere/hic bi yere/hic bir yere)"
# Not needing one's things any more, said while giving them away.
_NO_NEED = (
    "kulanamicam|kulanamayacagim|kulanmicam|kulanmayacagim|oynamicam|oynamiycam|oynamayacagim"
    "|giymicem|giymiycem|giymeyecegim|dinlemicem|dinlemeyecegim|okumicam|okumayacagim"
)

WAYS: tuple[str, ...] = written_out(
    # a step in front of a train, over the yellow line on a platform; standing by the tracks
    "tren*|metro*|ray*|peron*|istasyon* ~~ (bi adim/bir adim/adim) ~ atsam|atasim|atmak|atarim",
    "sari cizgi* ~ (gecmek isti*/gecsem/gecesim/gecip)",
    "raylarin|rayin|rayda|raylarda|yolunun ~ yanindayim|basindayim|ustundeyim|kenarindayim"
    "|oturuyorum|duruyorum|bekliyorum",
    # water: going in and not coming out
    "suya|denize|nehre|gole|dalgalara ~ girip ~ cikmamak|cikmasam|cikmayacagim|cikmicam"
    "|donmemek|kaybolmak",
    # a belt, rope or cable tied to a door, a pipe or the ceiling
    "kemer*|ip*|ipi|kablo*|esarp*|carsaf* ~~ (kapinin arkasina/kapinin ustune/kapi kolu*/kapinin kolu*/tavan*"
    "/boru*/dolab*/avize*) ~ bagladim|bagliyorum|baglicam|baglayacagim|astim|taktim|gecirdim",
    # poison sought for oneself
    "(zehir*/siyanur*/fare zehiri) ~~ (kendim icin/icsem/icicem/icecegim/bulabilirim"
    "/nerden bulunur/nereden bulunur/nerden bulurum/nereden bulurum)",
    # nearly jumped, about to jump: a past intention from a height
    "cati*|kopru*|balkon*|pencere*|kat* ~~ atlicaktim|atlayacaktim|atliycaktim|atlicakdim"
    "|atlayacakdim",
    "(az kalsin/az daha) ~ atliyordum|atlayacaktim|atlicaktim",
    # trying again, "this time it will work"
    "(bi daha/bir daha/tekrar/yine) ~ denicem|deneyecegim|deniycem ~~ (bu sefer/bu kez/bu defa)"
    " ~ olcak|olacak|basaricam|basaracagim|beceririm|olur",
    # "ntihar": the first letter lost on a phone
    "ntihar* ~ etmek|etmeyi|edicem|edecegim|edecem|etcem|ediyorum ~ isti*|istiyom|dusun*",
    "ntihar ~ edicem|edecegim|edecem|etcem|edeyim|etsem",
    # never coming anywhere again; "you won't see me again"
    f"(artik/bi daha/bir daha) ~ {_NOWHERE} ~ {_NOT_COME}",
    f"{_NOWHERE} ~ {_NOT_COME} ~ (artik/bi daha/bir daha)",
    f"beni ~ (bi daha/bir daha/hic/artik) ~ {_NOT_SEE}",
    f"(bi daha/bir daha) ~ {_NOT_SEE} ~ beni",
    # a last day, said of today
    "(bugun/yarin) son gunum $",
    "(bugun/yarin) son gunum ~ (bence/galiba/sanirim/artik/herhalde/belki)",
    "(dunyada/hayatta/dunyadaki/hayattaki) son gunum",
    # a goodbye with a prayer, and "they'll understand once I'm gone"
    "(benim icin/icin) dua edin ~~ gidiyorum|gidicem|gidecegim|hoscakal*|elveda|helal*",
    "(ben gidince/ben olunce/ben olmayinca/ben olmeyince/gittigimde/oldugumde)"
    " ~ anlarlar|anlayacaklar|anliycaklar|anlicaklar|pisman*|deger*",
    "pisman ~ olcaklar|olacaklar|olcak|olacak ~~ (ben gidince/ben olunce/gittigimde/oldugumde)",
    "(gomun/gomsunler/gomebilirsiniz/gomun gitsin) ~ beni",
    "beni ~ gomun|gomsunler|gomebilirsiniz",
    # giving things away: "I won't play it / need it again anyway"
    "(verdim/dagittim/bagisladim/hediye ettim) ~~ (nasil olsa/nasilsa/zaten/artik/bi daha/bir daha)"
    f" ~ {_NO_NEED}",
    "verdim|dagittim|bagisladim ~~ (bana lazim olmaz/lazim olmaz/bana gerek yok/ihtiyacim olmaz"
    "/lazim olmicak/lazim olmiycak/ihtiyacim olmicak)",
    # deleting everything and writing to one person only
    "sildim ~~ (bi tek/bir tek/sadece) ~ sana ~ yaziyorum|yazdim|yaziyom",
    # asking others to look after family once I'm gone
    "(ben yokken/ben gidince/ben olmayinca/ben olunce/ben gittikten sonra) ~~ annemi|babami"
    "|kardesimi|ailemi|kedimi|kopegimi ~~ (arar*/bakar*/ilgilen*/yalniz birakma*/sahip cik*)",
    # voices telling me to do it
    "ses* ~~ (kendini oldur/atla atla/atla diyo*/ol diyo*/oldur diyo*/kes diyo*)",
    # nobody would notice if I went; no reason left to live; fighting life
    "(gitsem/olsem/kaybolsam/olmasam/olmesem) ~ kimse ~ (fark etmez/farketmez/fark etmeyecek"
    "/farketmicek/fark etmicek/farketmeyecek)",
    "yasamam|yasamama|yasamak icin ~ (bi/bir/hic/hicbir) ~ sebep|neden ~ kalmadi|yok",
    "(hayatla/yasamla/hayata karsi) ~ savasmak ~ istemiyorum|istemiyom",
    "dunyadan ~ gitmem|gitmeliyim|gitmemiz ~ lazim|gerek|gerekiyor",
    "(denize/nehre/kopruye/raylara/ucuruma) dogru ~~ (geri donmicem/geri donmiycem"
    "/geri donmeyecegim/donmicem/donmeyecegim)",
    # a height, a steering wheel, a gun, insulin, pills at hand
    "(bi yerden/bir yerden/yuksek bi yerden/yuksek bir yerden/asagi) atsam kendimi",
    "kendimi (bi yerden/bir yerden/asagi) atsam",
    "direksiyon* ~ kirsam|kirasim|kiricam|kiracagim|kirip",
    "dedemin|babamin|amcamin|dayimin|abimin silahini|silahi|tabancasini|tabancasi ~~ buldum|aldim|sakladim|biliyom|biliyorum",
    "silah* ~~ (kafama/kendime/agzima/sakagima) ~ day*|tut*|sik*",
    "insulin* ~~ fazla ~ bas*|yap*|vur*|ic*|al*",
    "(icersem/yutarsam/alirsam/icsem) ~ (bi daha/bir daha/hic) ~ uyanmam|uyanmazsam|uyanmayayim",
    "olursem|olsem|olunce|olurken ~~ aci ~ ceker|cekermi*|hisseder*",
    "(haplar/ilaclar/hap kutusu/ilac kutusu) ~ yanimda|elimde|onumde|hazir",
    "kesecek ~ yer ~ kalmadi",
    # a goodbye: no one's fault, don't grieve for me, apologised one last time
    "bana ~ (bi sey/bir sey/birsey/bisey) ~ olursa ~~ (sucu yok/sucu degil/sucun yok/sucunuz yok"
    "/suclamasin/bilsin)",
    "arkamdan ~ uzulmeyin|aglamayin|uzulme|aglama|uzulmesin|aglamasin",
    "ozur diledim ~~ (son defa/son kez)",
    "geri donusu ~ olmayan|olmiyan ~ bi|bir ~ karar*",
    # never getting up again, having to live
    "kalkmak istemiyorum ~~ (hic bi zaman/hicbir zaman/hic bir zaman/asla/sonsuza)",
    "(hic bi zaman/hicbir zaman/asla) ~ kalkmak istemiyorum",
    "yasamak zorunda ~ miyim|muyum|miyiz|mi",
    "(neden/niye/nicin) ~ yasamak zorunda*",
    "yasamaya mecbur ~ muyum|miyim|degilim",
    # gone now, with thanks or an apology for everything
    "artik yokum ~~ (her sey/hersey) icin",
    "(her sey/hersey) icin ~~ artik yokum",
    # "this may be our last talk"
    "son konusmamiz|yazismamiz ~ olabilir|olcak|olacak|olucak",
    "bu ~ son konusmamiz|yazismamiz",
    "son kez ~ konusuyoruz|yazisiyoruz|konusuyoz",
    # at a height, and how easy it would be; looking for a high place
    "kattayim|catidayim|balkondayim|koprudeyim|ucurumdayim|kattan|katindayim"
    " ~~ (cok kolay olur/kolay olur/cok kolay olcak/cok kolay olacak/kolay olcak/kolay olacak)",
    "(yuksek bi yer/yuksek bir yer/yuksek yer/atlayacak yer/atlicak yer/atlayacak bi yer"
    "/atlayacak bir yer) ~ ariyorum|ariyom|buldum|lazim",
    # asking how much a method hurts
    "(bogulmak/bogularak olmek/asilmak/asilarak olmek/atlamak/olmek/bilegimi kesmek"
    "/bilek kesmek/yuksekten dusmek) ~ (acitir*/acir/acirmi/acimaz*/aci verir*)",
    # the inside is dead already, let the body go too
    "bedenim|vucudum (da/de/) ~ (gitsin/olsun/olse/gitse/yok olsun)",
    "icim ~ olmus|oldu|olu ~~ (bedenim/vucudum/gitsin/bitsin)",
    # a knife or pills taken behind a locked door
    "bicak*|bicag*|jilet*|hap*|ilac* ~~ (kilitledim/kapandim/kilitlendim)",
    "(kilitledim/kapandim/kilitlendim) ~~ bicak*|bicag*|jilet*",
    # the plan is made, and the day is set
    "planimi|planim ~ yaptim|hazir|hazirladim|kurdum ~~ (gunu/gecesi/aksami/yarin/haftaya"
    "/bu gece/saat) ~ olcak|olacak|olucak|yapicam|yapacagim|yapcam",
    # handing over one's phone with its password
    "telefonumu|laptopumu|bilgisayarimi|hesaplarimi ~ verdim ~~ sifre*",
    "(kardesime/anneme/babama/ablama/abime) ~~ sifre* ~ yazdim|biraktim|verdim",
    # being at the bridge or the tracks at a set time, and then it ends
    "(koprude/catida/raylarda/rayda/koprunun ustunde) ~ olcam|olacagim|olucam"
    " ~~ bitecek|bitcek|biticek|hoscakal*|elveda|son",
    # --- blind round 10 ---------------------------------------------------------------
    # "I'm gone now": at the end, so "ben yokum bu akşam, düğüne gidiyoruz" stays harmless
    "(ben/bn/) (artik yokum/yokum artik/artik yokum ben) $",
    "ben artik yokum",
    # dying tonight, or "for real", in the spoken future ("ölücem", "ölcem", "ölcm")
    "olucem|olcem|olcm|olecem|olecegim|olicem (bu gece/bu aksam/bu aksm/bugece/buaksam)",
    "ben olucem|olcem|olcm|olecem|olecegim ciden|gercekten|harbiden|yeminle",
    # a goodbye to the coach: we won't be able to talk (or write) any more
    "(bundan sonra/bi daha/bir daha/artik/bir daha hic) ~ konusamayiz|konusamayacagiz|konusamicaz"
    "|konusamiycaz|yazisamayiz|yazisamayacagiz|goruselemeyiz|gorusemeyiz|gorusemicez|gorusmicez|gorusmiycez|gorusmeyecegiz",
    "(bi daha/bir daha/artik/bundan sonra) ~ yazamayacagim|yazamicam|yazamiycam|yazamayacam"
    "|konusamayacagim|konusamicam|konusamiycam|ulasamayacaksiniz|ulasamicaksiniz",
    "herkese ~~ (iyi ki varsiniz/iyi ki vardiniz/sizi seviyorum/hakkinizi helal) ~~ (cunku/son"
    "/bi daha/bir daha/artik/elveda/hoscakal*)",
    "(her sey/hersey) icin ~ (tesekurler/tesekur ederim/sagolun/sag ol/sagol) ~~ (son kez/son defa"
    "/elveda/artik yokum/sonsuza)",
    # a date is set, holding on only until then
    "(tarihi/tarih/gunu/gun) ~ (belirledim/sectim/kararlastirdim/koydum/verdim) ~~ dayanicam"
    "|dayanacagim|dayancam|son|sonum|sonu|bitecek|bitcek|biticek|bitiricem|yokum|giderim|gidicem",
    "(kadar/dek) (dayanicam/dayanacagim/dayancam) (sadece/o kadar/sonra/son) $",
    # things handed out, one lot after another: clothes to friends, the phone to a sibling
    "(kiyafetlerimi/esyalarimi/kitaplarimi/oyunlarimi/her seyimi/odami/koleksiyonumu) ~~ dagittim"
    "|verdim|bagisladim|biraktim ~~ (telefonumu/bilgisayarimi/laptopumu/kedimi/kopegimi/esyalarimi"
    "/kiyafetlerimi/konsolumu/hesaplarimi) ~~ verdim|biraktim|dagittim|bagisladim",
    # standing on the tracks and not moving when the train comes
    "(raylardan/raydan/yoldan/tren yolundan) ~ cekilmeyecegim|cekilmicem|cekilmiycem|cekilmem"
    "|kalkmayacagim|kalkmicam|kalkmiycam",
    "tren* ~~ cekilmeyecegim|cekilmicem|cekilmiycem|kacmayacagim|kacmicam",
    # ending everything tonight, in the spoken future and typed in a hurry ("bitircm")
    "bitircm|bitircem|bitircam|bitiricem|bitiricam|bitirecegim|bitirecem ~ (herseyi/hersey"
    "/her sey/her seyi) $",
    "(bu gece/bu aksam/bu aksm/bugece/buaksam/yeminle) ~~ bitircm|bitircem|bitircam|bitiricem"
    " ~ (herseyi/hersey/her sey/her seyi)",
    # words run together, as typed without spaces
    "herseyibitirmek*|herseyibitiri*|herseyibitirce*|herseyibitirece*|herseybitsin|herseyibitsin",
    "olmekisti*|olmekister*|olmekistiyom",
    "yasamakistemi*|kendimioldur*|kendimikes*|intiharetme*|intiharedece*|intiharedice*",
    # throwing myself from somewhere, spelled in a hurry ("kendmi", "atcam")
    "kendimi|kendmi|kndimi|kndmi ~ (bi yerden/bir yerden/yuksekten/asagi/asagiya"
    "/cattan/camdan/kopruden/balkondan) ~ atcam|aticam|atcm|atacagim|atarim|atsam|atcem|atmak"
    "|atmayi|atasim",
    "kendmi|kndimi|kndmi atacag*|aticam|atcam|atcm|atarim|atmak*",
    "kendmi|kndimi|kndmi ~ oldur*",
    # the urge to cut again ("kesmek istiyorum yine"), "kesesim geldi"
    "(yine/gene/tekrar/cok) kesmek|kesme isti*|istegi*|ihtiyac*",
    "kesmek isti*|istiyom ~ (yine/gene/tekrar/cok fena/kendimi)",
    "kesesim|kesmesim ~ var|geldi|geliyor|tutuyor",
    "kesmemek icin ~ (zor/kendimi tut*/direniyorum/savasiyorum)",
    # the rope is ready ("ipi hazırladım"), also typed without vowels
    "ipi|ip|ipimi|urgani|ilmegi|ilmigi hazirladim|hazrladim|hazirladm|hazrladm|hazirliyorum|hazir"
    "|hazirda",
    # a parent: my child bought a rope (pills, blades) and won't say what for
    "oglum|kizim|oglumuz|kizimiz|cocugum|kardesim ~~ (ip/ipi/urgan*/halat*/jilet*/hap*/ilac*)"
    " ~ almis|aldi|sakla*|biriktir* ~~ (korku*/endise*/ne icin/neden/soylemiyor/soylemedi)",
    "(ip/ipi/urgan/halat) ~~ (ne icin/neden/ne yapacagini) ~~ soylemiyor|soylemedi|korkuyorum",
    # wanting to die and typed without vowels; better if I died; it is over for me
    "olsm|olsem|olsm daha iyi",
    "(benim/bnm/bnim/benm) (icin/icn) ~ (her sey/hersey/hersy) ~ bitti|bitmis|bitiyor",
    "(benim/bnm/bnim/benm) (icin/icn) ~ bitti|bitmis ~ (her sey/hersey/hersy)",
    # going to the tracks now
    "gidiyorum|gidiyom|gidicem|gidecegim ~ bu dunyadan",
    "(yine/gene/tekrar/bugun/bugn) ~ kstim|kestm|kesdim ~ (kendmi/kendimi/kndimi/kolumu/bilegimi)",
    "kstim|kestm|kesdim kendmi|kendimi|kndimi",
    "(raylara/tren yoluna/tren raylarina/demiryoluna) ~ gidiyorum|gidiyom|gidicem|gidecegim|yuruyorum"
    " ~ (su an/simdi/artik/son kez/bu gece/hoscakal*/elveda)",
    "(raylara/tren yoluna/tren raylarina/demiryoluna) ~ gidiyorum|gidiyom|gidicem|gidecegim $",
    # someone else's cuts, seen or told: a child, a sibling, an apprentice
    "(kizimin/oglumun/cocugumun/kardesimin/ogrencimin/arkadasimin/ciragimin/stajyerimin) ~~ (kolunda"
    "/kollarinda/bileginde/bileklerinde/bacaginda/bacaklarinda) ~ (kesikler*/jilet*/yara izleri/izler)",
    "(kendini/bilegini/bileklerini/kollarini) (kestigini/kesiyormus/kesiyor/kesiyo/kesmis/kesmeye/jiletledigini)",
    "(oglum/kizim/oglumuz/kizimiz/cocugum/kardesim) ~~ kendini ~ cezalandir*|yakiyor*|yaktigini",
    # writing one's will
    "(vasiyetimi/vasiyetnamemi/vasiyet mektubumu) ~ (yazdim/hazirladim/biraktim/yaziyorum/yazicam)",
    # not living to see the end of the month, a birthday, the summer
    "(ay sonunu/yil sonunu/yilbasini/dogum gunumu/bayrami/yazi/haftayi/seneyi/o gunu)"
    " ~ (gormeyecegim/gormicem/gormiycem)",
    "(o zamana kadar/o zaman/o gune kadar/o gun) ~ (burada/burda/hayatta) ~ (olmayacagim/olmicam"
    "/olmiycam/olmayacam)",
    # skin torn until it bleeds; food not deserved; hitting myself
    "elimi|ellerimi|bilegimi|bileklerimi|bacagimi|yuzumu|dudagimi ~~ kanayana|kanatana kadar",
    "(yemegi/yemek yemeyi/yemeyi/yemek) hak etmiyorum|etmiyom",
    "bilerek ~ (hicbir sey/hic bir sey/hicbisey/bisey/bir sey) ~ yemiyorum|yemiyom",
    "kendime vuruyorum|vurdum|vuruyom|vuruyorm",
    "(bileklerimdeki/bilegimdeki/kollarimdaki/kolumdaki/bacaklarimdaki) ~ izler|izleri|yaralar"
    " ~ yenilendi|yeni|cogaldi|acildi",
    # no place for me in this world; the pain will end soon, the decision is made
    "(bu dunyada/dunyada/bu hayatta/hayatta) ~ bana ~ yer ~ yok|kalmadi",
    "(bu acilar/acilarim/acim/bu aci/acilar) ~ (bitecek/bitcek/biticek/sona erecek) ~~ karar*",
    "yakinda ~ (bu acilar/acilarim/acim/bu aci) ~ (bitecek/bitcek/biticek/sona erecek)",
    # the letter left on the desk or the pillow
    "(mektubumu/notumu/veda mektubunu/veda notumu) ~ (masaya/masanin ustune/yastiga/yastigin altina"
    "/cekmeceye) ~ (biraktim/koydum)",
    # all of you, forgive me: leaving
    "herkes hakkini helal etsin ~~ (gidiyorum/gidiyom/gidicem/elveda/hoscakal*)",
    # --- blind round 11 ---------------------------------------------------------------
    # "you won't see me any more", the verb first
    f"beni {_NOT_SEE} (artik/bi daha/bir daha/hic)",
    f"artik beni {_NOT_SEE}",
    # forgive me, I'm going / the letter is on my desk
    "beni affet|affedin ~ gidiyom|gidiyorum|gidicem|gidecegim|mektub*|mektup|elveda"
    "|hoscakal*|yapamadim|dayanamadim",
    "affet|affedin beni ~ gidiyom|gidiyorum|gidicem|gidecegim|mektub*|mektup|elveda"
    "|hoscakal*|yapamadim|dayanamadim",
    "gidiyom|gidiyorum|gidicem|gidecegim ~ (beni affet/beni affedin/affet beni/affedin beni)",
    "mektubu|mektubumu|notumu ~ masama|yastigima|yastigimin|odama|yatagima|yatagimin|cekmeceme"
    " ~ biraktim|koydum|biraktm",
    # look after my sister (my cat) for me, I'm going
    "kardesime|kardeslerime|anneme|babama|aileme|annemlere|kedime|kediye|kopegime|kopege iyi"
    " bak|bakin|bakarsin|bakarsiniz ~~ (ben gidiyom/ben gidiyorum/ben gidicem/ben gidecegim"
    "/artik yokum/ben yokum/elveda/hoscakal*/beni unut*)",
    # my things to my family, I don't need them any more
    "alsin|kalsin|saklasin ~~ (ben gidiyom/ben gidiyorum/ben gidicem/ben gidecegim/ben yokum"
    "/artik yokum/elveda/hoscakal*/bana gerek kalmadi/bana lazim degil/ihtiyacim kalmadi"
    "/bana gerek yok/lazim olmicak)",
    "(ben gidiyom/ben gidiyorum/ben gidicem/ben gidecegim) ~~ alsin|kalsin|saklasin",
    "verdim|dagittim|bagisladim ~~ bana ~ gerek|ihtiyac*|lazim ~ kalmadi|olmayacak|olmicak",
    "telefonumun|telefonun|bilgisayarimin|laptopumun|hesabimin|hesaplarimin|instamin|tabletimin"
    " sifresi|sifreleri ~~ alsin|kalsin|gidiyom|gidiyorum|gidicem|gidecegim|elveda|hoscakal*",
    # walking away for good: "çekip gidicem ama geri gelmicem"
    "cekip|kacip gidicem|gidecegim|gidiyorum|gidiyom|gitcem|gidiycem|gitmek ~~ geri|daha|hic"
    " ~ gelmicem|gelmeyecegim|gelmiycem|gelmem|donmicem|donmeyecegim|donmiycem|donmem",
    "gidicem|gidecegim|gidiyorum|gidiyom ama|ve geri gelmicem|gelmeyecegim|gelmiycem|donmicem"
    "|donmeyecegim|donmiycem",
    # never having been born; the only way is to go
    "dogmamis olsaydim|olsam|olmayi|olmaliydim",
    "keske ~ dunyaya ~ gelmeseydim|gelmesem|gelmemis",
    "tek yol|yolu|yolum|care|caresi|carem|cikis (gitmek/gitmem/kaybolmak/yok olmak/ortadan kalkmak)",
    # the end of my road
    "yolumun|hikayemin sonu|sonuna ~ burasi|bura|geldi|geldim|gelmis|gelmisim|bu",
    "(benim/benim icin) yolun sonu|sonuna ~ burasi|bura|geldi|geldim",
    "yolun sonu burasi $",
    # someone else: a goodbye-like message, a letter left and gone silent
    "veda (eder gibi/ediyor gibi/ediyormus gibi/gibi) ~ mesaj*|yazdi|yazmis|konustu|konusuyor*"
    "|seyler|atti|atmis|yaziyor*",
    "mektup|not ~ birakmis|birakip ~~ (evde yok/telefonu kapali/telefonunu kapatmis/ulasamiyorum"
    "/ulasamiyoruz/bulamiyoruz/kayip/acmiyor/cevap vermiyor)",
    "(evde yok/telefonu kapali/ulasamiyorum/ulasamiyoruz) ~~ mektup ~ birakmis",
    # many pills counted ("40 tane hap içtim"), the pills named before or after the count
    "(10/15/20/25/30/40/50/100/yirmi/otuz/kirk/elli) tane ~ hap*|ilac*|parol*|parasetamol* ~ ictim"
    "|ictm|yuttum|icicem|icecegim|icmis|yutmus",
    "hap*|ilac*|parol*|parasetamol* ~ (10/15/20/25/30/40/50/100/yirmi/otuz/kirk/elli) tane ~ ictim"
    "|ictm|yuttum|icicem|icecegim|icmis|yutmus",
    # one last look, one last voice, then the jump
    "son kez ~~ atlicam|atlayacagim|atliycam",
    "son kez ~ sesini|sesinizi|yuzunu|yuzunuzu ~ duymak|gormek|duyayim|goreyim",
    # the decision is made and everything ends at the weekend
    "karar* ~~ (her sey/hersey) ~ bitecek|bitcek|biticek",
    # someone else: a rope found under the bed, things given away
    "oglumun|kizimin|kardesimin|cocugumun|ogrencimin ~~ ip|ipi|urgan*|jilet*|haplar* ~ bulduk|buldum"
    "|bulmus",
    "esyalarini|kiyafetlerini|oyunlarini ~~ dagitiyo*|dagitiyor*|dagitmis|dagitti|bagislamis",
    # --- blind round 12 ---------------------------------------------------------------
    # "that's all from me" as a last word (not after a talk or a day's work: HARMLESS)
    "benden bu kadar $",
    "benden bu kadar hocam|artik|arkadaslar|millet $",
    "artik benden bu kadar",
    "benden bu kadar ~ elveda|hoscakal*|dayanamiyorum|yoruldum|yapamiyorum|affed*|unut*",
    # a burden to my family ("ailemin başına yük oldum"), in any tense
    "ailemin|annemin|babamin|herkesin|sizin|annemlerin|aileme|anneme|babama|herkese|annemlere"
    " ~ yuk|bela ~ oldum|oluyorum|oluyom|olmaktan|oldugumu|olmusum|olucam|olacagim",
    "yuk oldum|olmusum|olmaktan|oldugumu ~ sadece|hep|hayatim|biktim|yoruldum|utaniyorum",
    "yuk oldum|olmusum|oldugumu $",
    "sadece|hep|hayatim boyunca ~ yuk ~ oldum|oluyorum|oluyom|olmusum|oldugumu",
    # not wanting tomorrow to come
    "yarin|sabah|yarinlar olmasin ~ istiyorum|istiyom|isterdim|lutfen|keske",
    "yarinlar gelmesin",
    "hic|daha sabah|yarin olmasin|olmasa|gelmesin",
    "keske yarin|sabah|yarinlar olmasa|olmasaydi $",
    "keske yarin|sabah|yarinlar hic olmasa|olmasaydi|gelmese",
    "yarina|yarini|yarinlari ~ cikmasam|gormesem|cikmayayim|gormeyeyim|gormek istemiyorum",
    # entrusting my family to someone ("annemi size emanet ediyorum")
    "annemi|babami|kardesimi|kardeslerimi|ailemi|annemleri|kizkardesimi|babamlari ~ emanet"
    " ~ ediyorum|ediyom|ettim|edicem|edecegim|ederim",
    "emanet ediyorum|ediyom|ettim ~ annemi|babami|kardesimi|kardeslerimi|ailemi|annemleri",
    # asking everyone's forgiveness ("herkesten helallik istiyorum"; not before a pilgrimage)
    "herkesten|sizden|hepinizden|herkes|annemden|babamdan|ailemden ~ helallik ~ isti*|diliyorum"
    "|diliyom|bekliyorum|rica*",
    "helallik ~ istiyorum|istiyom|diliyorum|diliyom ~ herkesten|sizden|hepinizden",
    # "I'm going, don't call me / don't look for me"
    "(ben gidiyorum/ben gidiyom/ben gidicem/ben gidecegim/ben gittim/artik yokum/elveda/hoscakal*)"
    " ~~ beni ~ aramayin|aramayiniz|aramasinlar|aramasin|aramayn|bulmaya|aramaya",
    "beni ~ aramayin|aramayiniz|aramasinlar|aramasin|aramayn ~~ (ben gidiyorum/ben gidiyom"
    "/ben gidicem/ben gidecegim/artik yokum/elveda/hoscakal*)",
    "beni aramaya|bulmaya calismayin|ugrasmayin|kalkmayin|kalkismayin",
    # someone else closing my accounts, the password left to them
    "hesaplarimi|hesaplarimin|instami|profillerimi ~~ kapatsin|kapatsinlar|kapatirsiniz|silsin"
    "|silsinler|silersiniz|kapatacak|silecek",
    "hesaplarimi|hesaplarimin|profillerimi ~~ o kapatir|siler|kapatabilir|silebilir",
    "sifre* ~~ hesaplarimi|hesaplarim|hesabimi|instami ~~ kapatir|kapatsin|silsin|silsinler"
    "|kapatacak|kapatirsin|kapatirsiniz",
    "telefonun|telefonumun|bilgisayarimin|laptopumun|hesaplarimin sifre* ~~ kardesime|anneme"
    "|babama|ablama|abime|kuzenime ~ yazdim|biraktim|verdim",
    # on a bridge looking down at the water ("Erasmusbrug'un üstündeyim, aşağıya bakıyorum")
    "ustundeyim|uzerindeyim|tepesindeyim|kenarindayim|ucundayim ~~ asagi|asagiya ~ bakiyorum"
    "|bakiyom|bakiyorm ~~ su|suyu|sular|nehir|kanal|soguk|derin|karanlik|atla*",
    "asagi|asagiya ~ bakiyorum|bakiyom ~~ su|suyu|sular ~ (cok/) soguk|derin|karanlik ~ gorunuyor"
    "|duruyor",
    "*brug|*brugun|*brugdeyim|*brugdayim|*bridge ~~ ustundeyim|uzerindeyim|asagi*|atla*",
    # today is my last day, with thanks or a goodbye (not at work or school: HARMLESS)
    "bugun|yarin son gunum ~~ tesekkur*|sagol*|elveda|hoscakal*|affed*|hakkini*|hakkinizi*"
    "|bilesin*|haberin|haberiniz|unut*",
    "son gunum bugun|yarin ~~ tesekkur*|sagol*|elveda|hoscakal*|affed*|hakkini*|hakkinizi*"
    "|bilesin*|haberin|haberiniz|unut*",
    # my things left to a friend, "don't upset my mother" ("playstationu sana bıraktım")
    "(ben gidiyom/ben gidiyorum/ben gidicem/ben gidecegim/artik yokum/sana biraktim/size biraktim"
    "/sende kalsin/senin olsun) ~~ annemi|babami|ailemi|kardesimi|annemleri ~ uzme|uzmeyin"
    "|uzmeyiniz|koru|koruyun|kolla|kollayin",
    "playstation*|ps4*|ps5*|konsol*|oyunlarimi|telefonumu|laptopumu|bilgisayarimi|gitarimi"
    "|kiyafetlerimi|koleksiyonumu|kulakligimi ~ sana|size ~ biraktim|veriyorum|birakiyorum"
    " ~~ (ben gidiyom/ben gidiyorum/ben gidicem/ben gidecegim/artik yokum/elveda/hoscakal*"
    "/annemi/babami/ailemi)",
    "(ben gidiyom/ben gidiyorum/ben gidicem/ben gidecegim/artik yokum) ~~ playstation*|ps4*|ps5*"
    "|konsol*|oyunlarimi|telefonumu|laptopumu|bilgisayarimi|gitarimi|kiyafetlerimi|koleksiyonumu"
    " ~ sana|size ~ biraktim|veriyorum|birakiyorum",
)
