"""Turkish crisis signals said in passing (added to core/crisis_phrases/tr.py's SIGNALS): short
lines typed in a hurry ("ipi aldim", "mektubu yazdim bile"), the words in another order ("kolumu
yaktim cakmakla", "uyanmak istemiyorum bi daha"), a day or a plan set, and what a parent, a
sibling, a friend or an employer saw or was told. HINTS_HARMLESS holds the everyday sentences
that share their words (a bus that does not come, a cover letter, a farewell at work).

Written like tr.py: no Turkish letters, doubled letters single, the spoken future next to the
written one ("olmicam", "yazmicam", "alamicaksiniz").
"""

from __future__ import annotations

from core.phrases import written_out

# Someone telling the coach about another: a child, a sibling, a friend, an employee.
_OTHER = (
    "oglum|kizim|oglumuz|kizimiz|cocugum|cocugumuz|kardesim|kardesimiz|abim|ablam|kuzenim"
    "|yegenim|arkadasim|esim|sevgilim|ogrencim|ogrencimiz|stajyerim|stajyerimiz|calisanim"
    "|calisanimiz|oglan|torunum|kizkardesim"
)
# What the worried one adds: no answer, the phone off, gone, afraid.
_ALARM = (
    "cevap|vermiyo*|vermiyor*|acmiyo*|acmiyor*|kapatti|kapatmis|kapali|ulasam*|bulamiyoruz"
    "|bulamiyorum|nerde|nerede|kork*|endise*|donmedi|gelmedi|kayip|ariyoruz|yardim*|lutfen"
)
_SAID = "dedi|demis|diyo|diyor|diyormus|yazdi|yazmis|soyledi|soylemis"
# "You won't see me", the written and the spoken future.
_NOT_SEE = (
    "goremiceksiniz|goremiyceksiniz|goremeyeceksiniz|goremiceksin|goremeyeceksin|gormiceksiniz"
    "|gormiyceksiniz|gormeyeceksiniz|gormiceksin|gormiyceksin|gormeyeceksin"
)
_NO_NEWS = (
    "alamazsin*|alamayacaksin*|alamicaksin*|alamiycaksin*|alamiyacaksin*|alamazlar|alamayacaklar"
    "|alamicaklar|olmicak|olmayacak|olmiycak|cikmicak|cikmayacak|gelmez|gelmicek|gelmeyecek"
)
_NOT_WRITE = "yazmicam|yazmiycam|yazmayacagim|yazmayacam|yazmiyacam|yazmicagim"
_BURN = "yaktim|yakiyorum|yakiyom|yakicam|yakacagim|yakmisim|dagladim|dagliyorum"
_HEIGHT = (
    "catidayim|koprudeyim|balkondayim|kattayim|ucurumdayim|korkuluktayim|catinin|koprunun"
    "|catida|koprude"
)

HINTS: tuple[str, ...] = written_out(
    # --- not waking up, wishing for an accident, for not having been -------------------
    "uyanmak|uyanmayi istemiyorum|istemiyom|istemiyorm|istemiyrm ~ (bi daha/bidaha/bir daha"
    "/hic/asla)",
    "(bi daha/bidaha/asla) ~ uyanmak|uyanmayi ~ istemiyorum|istemiyom|istemiyorm|istemi*",
    "(kalici olarak/ebediyen/temelli) ~ uyumak|uyusam|uyumayi",
    "(bi daha/bidaha/hic) uyanmasam|uyanmamak|uyanmayayim|uyanmayim|uyanmiyim",
    "keske ~~ uyanmasam|uyanmasaydim|uyanmayayim",
    "(bi kaza/bir kaza/kaza) ~ olsa|olsada|gecirsem ~~ olsem|uyanmasam|kurtulsam",
    "keske hic olmasam|olmasaydim|dogmasam",
    "keske olmasam|olmasaydim $",
    "hic var olmasam|olmasaydim",
    "keske ~~ olseydim|olmeliydim",
    "olseydim|olmeliydim keske",
    "olmeliydim $",
    # --- the rope, the letter, the knife: bought, written, kept ------------------------
    "ipi|urgani|urgan|halat|halati|ipimi aldim|aldm (bile/) $",
    "mektubu|mektubumu|notumu|notu yazdim|yazdm|hazirladim|biraktim bile|artik",
    "herkese ~ mektup|mektuplar|not|notlar ~ yazdim|biraktim|yazmisim $",
    "herkese ~ mektup|mektuplar|not|notlar ~ yazdim|biraktim ~~ masa*|yastig*|cekmece*|okuyun"
    "|okursunuz|bulursunuz|elveda|hoscakal*|gidiyorum|gidiyom",
    "bicak*|bicag*|jilet*|silah*|urgan* ~~ kendim icin",
    "bicak*|bicag*|jilet* ~~ yastig* ~ altinda|altina",
    "yastig* ~ altinda|altina ~ bicak*|bicag*|jilet*",
    "avucumda ~ ilac*|hap*",
    "onumde ~ ilac*|hap*|kutu* ~~ tane|hepsi|hepsini|butun|kutu|kutular|kutusu",
    "annemin|babamin|dedemin|ninemin|babaannemin|anneannemin ilaclarini|haplarini ~ sayiyorum"
    "|sayiyom|saydim|topluyorum|topladim|caldim|sakladim|biriktir*",
    "ilac*|hap* ~~ sayiyorum|sayiyom|saydim|topladim|biriktirdim ~~ yetecek|yeter|yeterli"
    "|yeterince",
    # --- burning, hitting, hiding the arms, wanting pain --------------------------------
    f"kolumu|kollarimi|bilegimi|bileklerimi|bacagimi|bacaklarimi|tenimi|derimi|kendimi ~ {_BURN}"
    " ~ cakmakla|sigarayla|utuyle|cakmak|sigara|mumla",
    "kolunu|kollarini|bilegini|bileklerini|elini|bacagini|bacaklarini|kendini ~ cakmakla|sigarayla"
    "|utuyle ~ yakiyo*|yakiyor*|yakmis|yakti|dagla*",
    "kolunu|kollarini|bilegini|bileklerini|bacagini|bacaklarini|kendini ~ yakiyo*|yakiyor*|yakmis"
    " ~ cakmakla|sigarayla|utuyle",
    "kollarimi|kolumu|bileklerimi|bilegimi|bacaklarimi|izlerimi|kesiklerimi|yaralarimi ~ saklamak"
    "|sakliyorum|sakliyom|saklamam|gizlemek|gizliyorum|gizliyom ~~ yaz*|zor|gormesin*|kisa"
    "|tisort*|anlamasin*",
    "canim yansin|acisin ~ istiyorum|istiyom|isterim|diye|ki",
    "canimi acitmak|acitmayi|acitasim ~ isti*|istiyom|geliyor|geliyo|var",
    "(bi sey/bir sey/bisey/birsey) hissedeyim|hissedebileyim|hissedebilmek ~~ canim|canimi|kestim"
    "|kesiyorum|kesiyom|yaktim|yakiyorum|yakiyom|vurdum|vuruyorum|vuruyom|acitiyorum|kanatiyorum",
    "bilerek|kasten|isteyerek yemiyorum|yemiyom|yemiyorm|yemiyo|yemiyor|kusuyorum|kusuyom|kusuyo"
    "|kusuyor|kusuyormus",
    "(bilerek/kasten) (hic/hicbir sey/bir sey/bisey/yemek) yemiyorum|yemiyom|yemiyo|yemiyor",
    "kendimi|kendmi ~ yok ~ et*",
    "kendimi|kendmi ~ ortadan ~ kaldir*",
    "kendimi|kendmi bitiririm|bitircem|bitircm|bitirsem|bitireyim|bitirmeyi|bitiricegim",
    # --- the end of this life, a day set, a plan, going and not coming back -------------
    "bitsin ~ (bu hayat/hayatim/bu yasam/bu dunya)",
    "(bu hayat/bu yasam) ~ bitsin",
    "hayatim bitsin ~ artik|istiyorum|istiyom|lutfen",
    "bugun|yarin|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|haftaya|gece|aksam|ayin"
    " ~ (her sey/hersey) ~ bitecek|bitcek|biticek",
    "(her sey/hersey) ~ bitecek|bitcek|biticek ~~ karar*|cidiyim|planim*|elveda|hoscakal*",
    "dogum gunum* ~~ (herseyi/her seyi) ~ bitir*",
    "(herseyi/her seyi) ~ bitir* ~~ dogum gunum*",
    "plan|planimi|planim ~ yaptim|yaptm|hazirladim|kurdum|hazir ~~ (tarihi/tarih/gunu/saati)"
    " ~ (bile/de/da/) ~ belli|belirledim|sectim",
    "karsi|ters ~ serit*|seride|yone|yonde ~ surmek|girmek|dalmak ~ isti*|istiyom",
    "karsi|ters ~ serit*|seride|yone ~ sursem|dalsam|girsem|surecegim|surucem|dalicam|giricem",
    "arabayi|arabamla|direksiyonu ~~ (bitsin diye/olmek icin/olsem diye/kurtulmak icin)",
    "gitmek|gitsem|gidicem|gidecegim|gitcem|kaybolmak|gidiyorum|gidiyom ~~ (geri donmeden"
    "/donmemek uzere/hic donmemek/bi daha donmemek/bir daha donmemek)",
    "(geri donmeden/donmemek uzere) gitmek|gitsem|gidicem|gidecegim|gitmeyi",
    "(sessizce/sessiz sedasiz) ~ olmek|olsem|olup|kaybolup",
    "(sessizce/sessiz sedasiz) gitmek|kaybolmak istiyorum|istiyom (artik/) $",
    "(kimseye zahmet vermeden/kimseye yuk olmadan/kimseyi uzmeden) ~ gitmek|gitsem|gidicem"
    "|gidecegim|gitmeyi|kaybolmak|kaybolsam|olmek|olsem",
    "gitmek|gitsem|gidicem|gidecegim|kaybolmak ~~ (kimseye zahmet vermeden/kimseye yuk olmadan"
    "/kimseyi uzmeden)",
    "gidiyorum|gidiyom|gidicem|gidecegim sonsuza kadar|dek",
    "sonsuza kadar|dek gidiyorum|gidiyom|gidicem|gidecegim ~ (hoscakal*/elveda/ben/)",
    "(kalici olarak/ebediyen/temelli/sonsuza kadar/sonsuza dek) ~ dinlenmek|dinlensem|dinlenmeyi"
    "|dinlenicem|susmak|sussam",
    "denize|suya|nehre|gole|dalgalara|kanala ~ yuruyecem|yuruycem|yuruyecegim|yuruyucem|yurucem"
    "|yuruyup|gircem|giricem|girecegim|girip ~~ (geri donmicem/geri donmiycem/geri donmeyecegim"
    "/donmicem/donmiycem/geri gelmicem/kaybolcam)",
    "kendimi (denize/suya/nehre/dalgalara/akintiya/sulara) birakicam|birakacagim|birakirim"
    "|biraksam|birakmak",
    "kopruye|raylara|ucuruma|otobana|otoyola|catiya ~ gidiyorum|gidiyom|gidicem|gidecegim|cikiyorum"
    "|cikicam ~~ (bu sefer/bu kez/bu defa/cidiyim/yeminle/geri donmicem/son kez/son defa)",
    f"{_HEIGHT} ~~ asagisi|asagida|asagi|asagiya ~~ sakin|huzurlu|cagiriyo*|cagiriyor*|cekiyo*"
    "|cekiyor*|karanlik",
    "(trenin/treni/trenlerin/metronun) saatine|saatlerine|saatini ~ baktim|bakiyorum|ogrendim"
    " ~ bile",
    "yuk treni*|trenler* ~~ saat*|gecis* ~~ baktim|ogrendim|biliyorum|ariyorum",
    "(bu gece/bu aksam/artik/yarin) ~ gidicem|gidiyorum|gidiyom|gidecegim|gitcem ~~ (kimse"
    " tutamaz/kimse beni tutamaz/kimse durduramaz/kimse beni durduramaz/beni kimse tutamaz"
    "/kimse vazgeciremez)",
    "tek (bi/bir/) cikis|cikisim|care|carem|cozum|yol|yolum kaldi $",
    "(ben bitmisim/ben bittim/bosver beni/birakin beni) ~~ tek (bi/bir/) cikis|care|cozum|yol"
    " kaldi",
    # --- goodbyes said plainly ---------------------------------------------------------
    "herkes|hepiniz|herkesten|hepinizden ~ hakkini|hakinizi|hakkinizi ~ helal ~ etsin|etsinler"
    "|edin|ediniz",
    f"(bi daha/bir daha/bidaha/artik) ~ (size/sana/kimseye/) {_NOT_WRITE} (size/sana/hocam/) $",
    f"(bi daha/bir daha/bidaha/artik) ~ {_NOT_WRITE} ~~ hoscakal*|elveda|tesekkur*|sagol*",
    "gece|aksam|saat ~ veda ~ edicem|edecegim|edecem|etcem|edicegim",
    f"benden ~ (bi daha/bir daha/bidaha/artik/hic) ~ haber ~ {_NO_NEWS}",
    f"(yakinda/artik/bundan sonra/sonsuza kadar) ~ beni ~ {_NOT_SEE}",
    "ben ~ olmicam|olmiycam|olmucam|olmayacam|olmiyacam $",
    "olmicam|olmiycam|olmucam|olmayacam|olmayacagim artik $",
    "artik olmicam|olmiycam|olmucam|olmayacam $",
    "artik dayanamicam|dayanamiycam|dayanamayacagim|dayanamam $",
    "(yuk olmak istemiyorum/yuk olmak istemiyom) ~~ (elveda/hoscakal*/artik gidiyorum/artik gidiyom"
    "/ben gidiyorum/ben gidiyom)",
    "(bilin/bilesin/bilesiniz/haberiniz olsun/haberin olsun) ~~ son ~ haftam|gunum|gecem|ayim"
    "|mesajim",
    "(bu benim) son haftam|ayim|gunum olcak|olacak|olucak $",
    "bu ~ son mesaj|mesajim|msj|msjm|mesajimiz ~ olcak|olacak|olucak|olabilir",
    "bu gece son gecem ~ artik|elveda|hoscakal*|bence|galiba|herhalde|sanirim",
    "ihtiyacim|gerek ~ olmicak|olmayacak|olmiycak|kalmayacak|kalmicak ~~ (kararimi verdim/karar"
    " verdim/kararim net/kararliyim)",
    "(kararimi verdim/karar verdim/kararim net) ~~ ihtiyacim|gerek ~ olmicak|olmayacak|olmiycak"
    "|kalmayacak|kalmicak",
    "(kimse/hic kimse/hicbiriniz) ~ benimle ~ ugrasmak|ugrasmasina ~ zorunda|gerek ~ kalmicak"
    "|kalmiycak|kalmayacak|kalmaz",
    # --- someone else: what they said, wrote, bought, did -------------------------------
    f"{_OTHER} ~~ ip|ipi|urgan|urgani|halat|jilet|jiletler|bicak ~ almis|aldi|almismis|sakliyor*"
    f"|sakliyo|saklamis ~~ {_ALARM}",
    f"{_OTHER} ~~ veda ~ mesaji|mesaj|yazisi|mektubu|notu|videosu|postu ~ atti|atmis|paylasti"
    "|paylasmis|yazdi|yazmis|gonderdi|gondermis|koydu|koymus|birakti|birakmis",
    f"{_OTHER} ~~ herkese|hepimize|bize|anneme|babama|aileye|ailesine|annesine|babasina ~ mektup"
    "|mektuplar|not|notlar ~ yazmis|birakmis|yazip|birakip",
    f"{_OTHER} ~~ (son gecem/son aksamim/son mesajim) ~ {_SAID}",
    f"(bu gece/bu aksam) (son gecem/son aksamim) ~ {_SAID}",
    f"{_OTHER} ~~ kafasini|basini|kendini ~ duvara|duvarlara|kapiya|masaya|yere ~ vuruyo*|vuruyor*"
    "|vurmus|vururmus|carpiyo*|carpiyor*",
    f"{_OTHER} ~~ kendini ~ tokatliyo*|tokatliyor*|dovuyo*|dovuyor*|yumrukluyo*|yumrukluyor*",
    "kopruye|raylara|ucuruma|otobana|otoyola|denize|catiya ~ gidicem|gidecegim|gidiyorum|gidiyom"
    f"|atlicam|atlayacagim|cikicam ~ {_SAID} ~~ {_ALARM}",
    f"trene|metroya ~ atlicam|atlayacagim|atliycam ~ {_SAID} ~~ telefon*|kapatti|kapatmis|kapali"
    "|acmiyo*|ulasam*|cevap",
    "(cok fazla/asiri/fazla/fazladan/bi suru/bir suru/avuc dolusu/avucla/kutu kutu) ~ ilac*|hap*"
    " ~ icmis|yutmus|icti|yuttu|ictigini|yuttugunu|ictim|yuttum",
    "ilac* ~ icmis|yutmus ~~ ambulans*|112|acil*|midesi*|zehirlen*|kusturmaya",
    "(yakinda/yarin/artik/bundan sonra) ~ beni ~ gormiyceksiniz|gormiceksiniz|goremiceksiniz"
    f" ~ {_SAID}",
    "cati*|kopru*|balkon*|pencere*|kat* ~~ atlicakmis|atlayacakmis|atliycakmis|atlicakti"
    "|atlayacakti",
    "kendini ~ asmaya|asmayi|asmak|asacagini|asicakmis|asacakmis|bogmaya|bogmayi ~ calismis|calisti"
    "|calisiyo*|calisiyor*|calistigini|kalkismis|kalkisti|denemis|denedi|dusunuyo*|dusunuyor*"
    "|istiyo*|istiyor*",
    "hap|hapi|haplari|ilac|ilaclari ictim|yuttum cok|fazla|hepsini",
    "kendine ~ zarar ~ vermis|verdi|verdigini|vericekmis|verecekmis",
    "kendine ~ (bicakla/jiletle/cakmakla/bilerek/yine/gene/tekrar/surekli) ~ zarar ~ veriyo*"
    "|veriyor*|veriyormus",
    "kolunda|kollarinda|bileginde|bileklerinde|bacaginda|bacaklarinda ~ (bi suru/bir suru/cok"
    "/yeni/taze/) ~ kesik|kesikler|kesikleri|jilet",
    "kendini|kendimi ~ oldurme|oldurmenin ~ yollarini|yollari|yontemlerini|yontemleri|yolunu",
    "(kendini oldurme/kendini oldurmenin/olmenin/intihar) ~ yol*|yontem* ~ aramis|ariyor*|ariyo"
    "|arastirmis|arastiriyor*|bakmis",
    "denize|suya|nehre|gole|kopruye ~~ kendimi ~ birakicam|birakacagim|birakirim ~ " + _SAID,
)

HINTS_HARMLESS: tuple[str, ...] = written_out(
    # a bus or a train that does not come, then "artık dayanamıyorum"
    "otobus|otobusler|tren|trenler|trein|metro|tramvay ~ (yine/gene/hala/daha/bugun/) ~ gelmedi"
    "|gecikti|gecikiyo*|gecikiyor*|rotar*|iptal ~~ dayanamiyorum|dayanamiyom|dayanamiyorm",
    "dayanamiyorum|dayanamiyom ~ (bu hattan/bu hatta/bu otobuse/bu otobusten/bu trene/bu trenden"
    "/bu metroya/bu trafige/bu sese/bu sesten/bu gurultuye/bu kokuya)",
    # weary of life over a Monday, and saying it was a joke
    "yoruldum|biktim|sikildim|bezdim ~ (bu hayattan/hayattan) ~~ (saka saka/saka ya/sakadan"
    "/pazartesi*/haha*/xd/lol)",
    # the heat, the noise, the bus: "artık dayanamıcam"
    "sicag*|sogug*|gurultu*|aclig*|uykusuzlug*|trafig*|kuyrug*|bekleme*|gecikme*|kokuya|sese|muzig*"
    "|komsu*|havla*|otobus*|tren*|metro* ~ (artik/) ~ dayanamicam|dayanamiycam|dayanamayacagim"
    "|dayanamam",
    # a cover letter, a letter from the tax office
    "motivasyon|niyet|basvuru|tavsiye|referans|tebrik mektub*",
    "cv|ozgecmis*|sollicitatie*|basvuru* ~~ mektub*",
    "mektub* ~~ basvuru*|cv|ozgecmis*|sollicitatie*|staj*|stage*|gemeente*|belasting*|vergi*",
    # wearing oneself out at work or in the gym
    "bu tempoda|hizla|calismaktan|antrenman*|antreman*|spor*|gym*|salon*|mesai* ~~ kendimi bitir*",
    "kendimi bitir* ~ (bu tempoda/bu hizla/calismaktan/antrenman*/spor*/gym*/salonda/mesaide)",
    # a farewell to school, work, friends, a town
    "arkadaslarima|arkadaslarimla|okula|okuluma|sinifa|sinifima|sinifimla|staja|stajima|ekibe"
    "|ekibime|ekibimle|ise|isime|isyerime|ofise|sirkete|mahalleye|evime|eve|sehre|sehrime"
    "|hollandaya|turkiyeye|tatile|yaza|hocalara|ogretmenlere|ogretmenime|komsulara veda",
    # not eating for a diet or a fast
    "diyet*|oruc*|perhiz*|ramazan*|detoks* ~~ bilerek|kasten",
    # a cut or a burn by accident
    "(yanlislikla/kazara/dikkatsizlik*) ~~ kolumu|elimi|parmagimi|bilegimi ~ yaktim|kestim",
    "kolumu|elimi|parmagimi|bilegimi ~ yaktim|kestim ~~ (yanlislikla/kazara)",
    "kesik ~~ cam|cami|camla|bardak*|kaza*|dustu*|ameliyat*|yanlislikla|kazara",
    # a night out nobody will stop me from
    "parti*|dugun*|konser*|festival*|eglen*|dans*|disko*|club*|kulub*|mac|maca|maci ~~ tutamaz"
    "|durduramaz",
    "tutamaz|durduramaz ~~ parti*|dugun*|konser*|festival*|eglen*|dans*|disko*|club*|kulub*|mac"
    "|maca|maci",
    # "geri dönmeden önce": before coming back
    "donmeden|gelmeden once|evvel",
    # moving for good, a holiday plan, a date for an exam or a wedding
    "(tasin*/turkiye*/yurt disi*/yurtdisi*/memleket*) ~~ sonsuza kadar|dek",
    "tatil|dugun|nisan|parti|seyahat|gezi|tasinma|sinav|calisma|ders|staj|yaz|kutlama plani|planimi"
    "|plan|planini",
    "(plan yaptim/plan yaptik/plani yaptim) ~ tatil*|dugun*|nisan*|parti*|seyahat*|gezi*|tasin*"
    "|sinav*|randevu*|mulakat*|kutlama*",
    # away on leave or on holiday: "yarın beni göremezsiniz"
    "(izin*/tatil*/ofis*/toplanti*/seyahat*/yurt disi*/yurtdisi*/kamp*/ameliyat*/tasin*"
    "/memleket*/tandarts*/disci*/doktor*/afspraak*/randevu*/hastane*) ~~ beni ~ goremezsiniz"
    "|goremeyeceksiniz|gormeyeceksiniz|goremiceksiniz",
    "beni ~ goremezsiniz|goremeyeceksiniz|gormeyeceksiniz|goremiceksiniz ~~ (izin*/tatil*/ofis*"
    "/toplanti*/seyahat*/yurt disi*/yurtdisi*/kamp*/ameliyat*/tasin*/memleket*/tandarts*/disci*"
    "/doktor*/afspraak*/randevu*/hastane*)",
)
