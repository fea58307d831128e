"""Turkish signals of plans, preparation and methods, and of self-harm (added to
core/crisis_phrases/tr.py's SIGNALS), with the first-person verb forms they share."""

from __future__ import annotations

# First-person verb forms, joined with "|" into one word position.
_KES = (
    "kestim|kesiyor*|kesiyom|kesiyodum|kesicem|kesicam|kescem|kesecem|kesecegim|kesicegim"
    "|kesmek*|kesmeyi|kesmeye|kessem|keserim|kesip|kesmistim|kesmisim|kestigim*|kesmeden"
    # the past habit ("eskiden keserdim"), and typed in a hurry
    "|keserdim|kesiyorm|kescm|kesicm|kstim|kestm|kesdim|ksiyorum"
)
_YAK = "yakiyorum|yakiyom|yaktim|yakacagim|yakicam|yakmak*|yakmayi|yakip|yakarim|yaksam"
_VUR = (
    "vuruyorum|vuruyom|vurup|vurdum|vuracagim|vurucam|vurmak|vurasim|carpiyorum|carptim"
    "|yumrukluyorum|yumrukladim|dovuyorum|dovdum|doverim|tokatliyorum|tokatladim"
)
_THROW = (
    "atacagim|aticam|atarim|atsam|atmak*|atiyorum|birakacagim|birakicam|birakirim|biraksam|birakmak*"
    "|birakiyorum"
)
_ATLA = (
    "atlasam|atlayacag*|atlicam|atlicagim|atlarim|atlamak*|atlamayi|atlamaya|atlayip"
    "|atliyorum|atlayasim|atlayayim|atlarsam"
)
_DRUG = (
    "hap*|ilac*|parol*|parasetamol*|paracetamol*|aspirin*|majezik*|apranax*|xanax*|antidepresan*"
    "|lustral*|cipralex*|prozac*|sakinlestirici*"
)
METHODS: tuple[str, ...] = (
    # --- 6. plan, preparation and method -------------------------------------------
    # pills
    "bir kutu hap|ilac",
    "butun|tum|koca ~ kutu*|seridi|paketi ~ ictim|yuttum|bitirdim|icecegim|icicem",
    "haplari ~ ic*",
    "ilaclari ~ ictim",
    "ilaclarin|haplarin|haplarimin|ilaclarimin hepsini",
    "hap*|ilac* ~ hepsini",
    "hepsini icece*",
    "hepsini ictim|yuttum $",
    "hepsini yuttum",
    "hepsini icicem",
    "butun|tum hap*|ilac*",
    "cok fazla hap",
    "(uyku haplarini/uyku ilaclarini/haplarini/ilaclarini) ~ caldim|sakladim|gizledim|topladim|yuttum",
    "uyku haplarini|ilaclarini aldim",
    f"{_DRUG} ~ kutusunu|kutusu|seridini|paketini ~ bitirdim|ictim|yuttum|icecegim|bitirecegim|icicem",
    "fazla hap ic*",
    "(bir suru/avuc dolusu/avucla/kutu dolusu) ~ hap*|ilac*",
    "hap*|ilac*|parol*|parasetamol* ~ yuttum|yutacagim|yutucam|yutcam|yutmak",
    "hap*|ilac* ~ dizdim|avucuma|onume|sakladim|topladim|biriktir*|topluyo*|toplamis*|topluyor*",
    "hap* biriktir*",
    "ilac* biriktir*",
    "elimde ~ tane ~ hap*|ilac*|parol*|parasetamol*",
    "uyku hap* ic*",
    "asiri doz*",
    "overdoz* ~ alacagim|alicam|aldim|yapacagim|yapicam|yaptim",
    "kac hap ~",
    "hap*|ilac*|parol*|parasetamol*|doz*|tane ~ (oldurur/oldurucu*/olumcul/olurum/olunur/olmeye yeter*/oldurmeye yeter*)",
    "olmenin ~ yol*|yontem*|kolay*",
    "acisiz ~ olum|olmek|olunur|olmenin|olebilirim|intihar|yontem*|yol*",
    "nasil ~ olebilirim",
    "(kacinci katan/kac kattan/kac metreden) ~ olur*|olunur|atla*|dus*",
    "yuksek ~ olesin|olunur|olurum|oldurur",
    "hap* ~ icip|ictim|yutup ~ (hastanelik/midemi yika*/mide yikama*/yogun bakim*)",
    # rope
    "ip aldim",
    "ip*|kemer* ~ tavan*|boyn*|avize*|kanca*",
    "ip* ~~ kendim icin",
    "boynuma|bogazima ~ ip*|kemer*|kablo*|ilmik*|halat* ~ gecirdim|doladim|bagladim|gecirecegim|geciricem|taktim",
    "ilmik|ilmek ~ ogren*|yaptim|hazirladim|bagladim",
    "kendimi ~ asacag*|asicam|asicagim|asarim|astim|asmak*|asmayi|asmaya|asiyorum|assam|asayim",
    # heights, bridge, roof, balcony
    f"kopru*|bina*|cati*|balkon*|camdan|pencere*|ucurum*|katan|katindan|yuksekten|dam|damdan ~ {_ATLA}",
    "kendimi ~ atacag*|aticam|atarim|atmak*",
    f"kendimi ~~ asagi|asagiya|bosluga|kopru*|cati*|balkon*|pencere*|ucurum*|raylara ~ {_THROW}",
    "atlamayi dusun*",
    "atlayacagim $",
    "cati*|balkon*|kopru*|kat*|pencere*|korkuluk* ~~ asagi|asagiya ~ bakiyorum",
    "koprunun ~ ustunde|uzerinde|kenarinda ~ duruyorum|oturuyorum",
    "koprudeyim ~ (su an/simdi)",
    "korkulug* ~ ustunde|uzerinde|ciktim|otesine|disina",
    "(kopruye/raylara/tren yoluna/ucuruma) dogru ~ yuruyorum|gidiyorum",
    # trains, cars
    "trenin|metronun|kamyonun|otobusun|arabanin onune*",
    "tren raylar*",
    "(raylara/tren yoluna) ~ yatsam|yatacagim|yatarim|yaticam|yatmak*|yatmayi|birakicam|birakacagim|atacagim|aticam",
    "kendimi raylara",
    "peron* ~~ atla*|onune",
    "araba*|direksiyon* ~~ agac*|duvar*|bariyer*|ucurum* ~ surecegim|surucem|surcem|sursem|surmek|carpacagim|carpicam|carpsam|carpmak|dalacagim|dalsam|vuracagim",
    "umarim ~ araba*|kamyon*|otobus*|tren* ~ carpar|ezer|carpsin|ezsin",
    "keske ~ araba*|kamyon*|otobus*|tren* ~ carpsa|ezse",
    "carpsa|ezse ~ (umrumda/olsem/kurtulurum/kurtulsam/fark etmez/iyi olur)",
    # water, gas
    "suya|suyun|denize|denizin|nehre|gole|dalgalara|sulara ~~ (bir daha/geri) ~ cikmamak|cikmam|donmemek|donmem|cikmayacagim|donmeyecegim",
    "kendimi ~ denizde|suda|nehirde|denize|suya|nehre|kuvette ~ bog*",
    "bogulmak isti*",
    "gazi ~ acip|acarak|acacagim|acicam ~ uyu*|yat*|bekle*|olmek",
    "garaj* ~~ (icinde bekle*/kapiyi kapat*/kapilar kapali)",
    "egzoz* ~ hortum*|boru*",
    # knife
    "bicak ~ hazir",
    "bicak|jilet ~ elimde ~ (su an/simdi)",
    # --- 7. self-harm ----------------------------------------------------------------
    f"kendimi|kendmi|kndimi|kolumu|kollarimi|bilegimi|bileklerimi|bacagimi|bacaklarimi|uyluklarimi|karnimi|derimi|tenimi|damarlarimi ~ {_KES}|cizdim|ciziyorum|cizicem|cizecegim|cizmek*",
    "bilek* ~ kes*",
    "kendimi jiletl*",
    "jiletle ~ kes*",
    "jilet* ~ derin|bastir*|koluma|bilegime|bacagima",
    f"daha derin ~ {_KES}|bastirdim|bastiriyorum",
    f"kestigimde|kesince|keserken|{_KES} ~ (bir sey hissediyorum/birsey hissediyorum/rahatliyorum/rahatlatiyor/iyi geliyor)",
    "kolumdaki|kollarimdaki|bacagimdaki|bacaklarimdaki|bileklerimdeki|bilegimdeki ~ kesik*|jilet*",
    "kesiklerim* ~ sakl*|kapat*|gizle*|yeni|cogal*|kanyor|kaniyor|iltihap*|enfeksiyon*|mikrop*",
    "kendime zarar*|zrar*",
    "yine|gene|tekrar ~ (kestim/kesiyorum/cizdim/ciziyorum/kesmeye basladim)",
    "kestim|cizdim ~~ (kan durmadi/kan durmuyor/kanama durmuyor/kanamasi durmuyor)",
    "kendime ~ zarar ver*",
    "kendime ~ (bir sey/birsey/bisey) ~ yap*",
    f"kendimi|vucudumu|tenimi|derimi ~ {_YAK}",
    "cakmak*|sigara*|utu* ~ kendimi|koluma|kolumu|bilegime|elime|elimi|ellerimi|parmagimi|parmaklarimi"
    "|bilegimi|tenime|tenimi|vucudumu|bacagima|bacagimi ~ yak*|bastir*|sondur*",
    # hurting oneself in order to feel pain, or anything at all
    f"{_KES}|{_YAK}|{_VUR}|cizdim|ciziyorum ~~ (aci hissetmek icin/aciyi hissetmek icin/bir sey hissetmek"
    " icin/birsey hissetmek icin/bisey hissetmek icin/bi sey hissetmek icin)",
    f"(aci/aciyi/bir sey/birsey/bisey/bi sey) hissetmek icin ~~ {_KES}|{_YAK}|{_VUR}",
    "aci|aciyi ~ hissetmem|hissetmeliyim ~ lazim|gerek*|sart",
    "sigarayi ~ koluma|elime|bilegime|tenime|bacagima ~ bastir*|sondur*",
    f"kendimi ~ {_VUR}|isiriyorum",
    "kendime ~ tokat|yumruk ~ atiyorum|attim|vuruyorum",
    f"kafami ~ duvara|duvarlara|kapiya|masaya|yere ~ {_VUR}|atiyorum",
    "kendimi|derimi|tenimi|kafami|yuzumu|kolumu|kollarimi|bacaklarimi ~~ kanayana|kanatana|kanayincaya kadar",
    "kanayana|kanatana|kanayincaya kadar ~ kendimi|derimi|tenimi|kafami",
    "tirnaklarimla ~ derimi|tenimi|kolumu|yuzumu|kendimi",
    "derimi|tenimi ~ yirtiyorum|yoluyorum|kaziyorum|tirmaliyorum|kanatiyorum|kanattim",
    "kendimi ~ cezalandir*",
    "kendimi ~ ac ~ birakiyorum|biraktim|birakacagim",
    "(aciyi/acimi/aci cekmeyi/acilari) ~ hak ediyorum|ettim|ediyom",
    "olumu|olmeyi ~ hak ediyorum|ettim",
    "aciyi|aci ~ hissetmek ~ (iyi geliyor/rahatlatiyor/hosuma gidiyor)",
    # a cut told by its depth, its dressing or its wound; a relapse after clean days
    "derin ~ kestim|kesmisim|kesiyorum",
    "kestim ~~ derin ~ oldu|olmus|geldi",
    "kestigim ~ yer*|kol*|bacag*|bilegim*",
    "jilet* ~~ kestim|kesiyorum",
    "kesmeye ~ (tekrar/yine/gene/geri) ~ basladim",
    "(tekrar/yine/gene) ~ basladim ~ kesmeye",
    "clean ~ kalamadim|kalamiyorum",
    # someone else's cuts that they made themselves, told to the coach
    "kesik*|yara* ~~ (kendisi/kendi kendine) ~ yapmis|yapiyormus|yaptigini",
    # waiting for the train
    "tren* ~ gelsin diye ~ bekli*",
    # --- blind round 10 ---------------------------------------------------------------
    # burning an arm with a lighter, the body part named first ("kolumu çakmakla yaktım")
    "kolumu|kollarimi|bilegimi|bileklerimi|elimi|ellerimi|bacagimi|bacaklarimi|tenimi|derimi"
    " ~ cakmakla|sigarayla|utuyle|cakmak|sigara ~ yak*|daglad*",
    "bilerek|kasten|isteyerek ~ kendimi|kolumu|kollarimi|bilegimi|elimi|tenimi|derimi ~ yak*",
    # the sight of blood that calms: why one cuts ("kan görünce rahatlıyorum")
    "kan|kani|kanin|kanimi|kanimin ~ (gorunce/gormek/gordugumde/gorunce/akinca/akarken/akmasi/akmasini gormek)"
    " ~~ (rahatli*/rahatlat*/sakinles*/iyi geliyor/huzur*)",
    f"(o yuzden/bu yuzden/ondan/bunun icin) (kendimi/kolumu/bilegimi/) {_KES}",
    # a relapse: I used to cut, I have started again
    "(keserdim/kesiyordum/kesmistim/cizerdim/kesmeyi birakmistim) ~~ (yine/gene/tekrar/geri)"
    " ~ basladim|basliyorum|basladi",
    # a lorry on the motorway, any vehicle to step in front of
    "(tirin/tirlarin/aracin/araclarin/arabalarin/kamyonlarin/tramvayin/minibusun/trenlerin) onune"
    " ~ (cikmayi/cikmak/atlamayi/atlamak/atlasam/atlicam/atlayacagim/cikacagim/cikicam/ciksam"
    "/kendimi/yatsam/yaticam/firlasam/firlicam/atilsam/atilmak)",
    "otoyol*|otoban* ~~ (kendimi atsam/kendimi aticam/kendimi atacagim/atlasam/atlicam/firlasam"
    "/firlicam/yurusem/yuruyecegim/cikmayi dusun*/cikicam/cikacagim)",
    # --- blind round 11 ---------------------------------------------------------------
    # a shot to the head said without the gun ("kafama sıkıcam"); not spray on the hair
    "kafama|sakagima|agzima|beynime sikicam|sikacagim|sikcam|siksam|sikasim|sikayim|sikiyim|sikmayi",
    "kafama|sakagima|agzima|kendime ~ kursun ~ sikicam|sikacagim|sikcam|siksam|sikmak|sikmayi",
    # does it hurt, asked of a method ("10. kattan atlarsam acımaz di mi")
    "atlarsam|atlasam|kesersem|kessem|asarsam|assam|yutarsam|icersem|bogulursam|olursem ~ acimaz*"
    "|acitir*|acirmi|acimazmi",
    "atlarsam|atlasam|kesersem|kessem|asarsam|assam|yutarsam|bogulursam ~ acir mi|mu",
    # walking to the motorway or the tracks, going to the bridge and saying goodbye
    "otobana|otoyola|otobanin|otoyolun|raylara|ucuruma (dogru/) yuruyorum|yuruyom|yuruyucem"
    "|yuruyecegim|yurudum|yuruyorm",
    "kopruye|ucuruma|otobana|otoyola ~ gidiyom|gidiyorum|gidicem|gidecegim|gidiyorm ~ bye|bay|bb"
    "|baybay|hoscakal*|elveda|simdi|artik",
    "kopruye|ucuruma|otobana|otoyola gidiyom|gidiyorum|gidicem|gidecegim|gidiyorm $",
    # someone else who said so and went silent: "köprüye gidicem dedi ve telefonu kapattı"
    "kopruye|raylara|ucuruma|otobana|otoyola ~ gidicem|gidecegim|gidiyorum|gidiyom|atlicam"
    "|atlayacagim ~ dedi|yazdi|demis|yazmis ~~ telefon*|kapatti|kapatmis|kapali|acmiyo*|ulasam*",
    # someone else at a height who will not come down
    "oglum|kizim|kardesim|cocugum|arkadasim|kuzenim|esim|ogrencim|oglumuz|kizimiz ~~ catida"
    "|koprude|korkulukta|korkulugun|ucurumun ~~ inmek|inmiyor*|inmiyo|inmeyece*|atla*",
    # someone else's pills: taken with an ambulance called, hoarded, hidden
    "hap|hapi|haplar*|hepsini ~ icmis|yutmus|ictigini|yuttugunu ~~ ambulans*|112|acil*"
    "|hastane*|midesi*|kusturmaya|zehirlen*",
    "ambulans* ~~ hap|hapi|haplar* ~ icmis|yutmus",
    "hap|hapi|haplar* ~~ sakliyo*|saklamis|gizliyo*|gizlemis|sakladigini",
    # --- blind round 12 ---------------------------------------------------------------
    # a box of pills of any name taken ("bir kutu parol içtim")
    f"kutu* ~ {_DRUG} ~ ictim|ictm|yuttum|icicem|icecegim|icmis|yutmus|bitirdim|yutucam",
)
