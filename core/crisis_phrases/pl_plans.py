"""More Polish crisis signals, added to pl.py's SIGNALS: doubting one will live to a day, a date
or a plan that is "the end", everything given away and "I'm ready", the means ready at hand,
logging out of life for good, no longer being in anyone's way, and Dutch words in a Polish
message ("pillen", "laatste bericht").

Many of these are said in a message about something else (an appointment, a rota, a CV), so
they hold a second word that makes the meaning plain: "nie wiem czy doczekam piątku", "wszystko
rozdałam ... jestem gotowa". Kept apart from pl.py for the module's length.
"""

from __future__ import annotations

from core.crisis_phrases.pl_signs import SIGNS
from core.phrases import written_out

# Close family, as someone names whom a letter is for.
_CLOSE = (
    "mamy|mamie|mama|mamusi|taty|tacie|tata|rodzicow|rodzicom|rodziny|siostry|siostrze|brata"
    "|bratu|bliskich|was|wszystkich|babci|dziadka|zony|meza|dziewczyny|chlopaka|syna|corki"
)
# Pills and medicines, also as Dutch and English words in a Polish message.
_PILLS = (
    "tabletki|tabletek|tabletkami|leki|lekow|lekami|pigulki|pigulek|prochy|prochow|tabsy|tabs"
    "|tabsow|pillen|pilletjes|pills|medicijnen|medicijn*|slaappillen|paracetamol*|apap*"
)
# A day named: "w piątek", "do środy", "przed niedzielą", "12 maja", "jutra".
_DAY = (
    "jutra|jutro|rana|wieczora|poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli"
    "|weekendu|swiat|urodzin|poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele"
)
# Water one walks into.
_WATER = "wod*|wode|kanal*|rzek*|jezior*|morz*|wisl*|odr*|staw*"

PLANS: tuple[str, ...] = written_out(
    # not sure I will still be alive then, will live to Friday, will last till Wednesday
    "wiem|watpie|watpi ~ czy|ze ~ bede ~ zyl|zyla|zywy|zywa|istnial|istniala",
    "chyba|raczej|pewnie nie bede ~ zyl|zyla|zywy|zywa ~ wtedy|jutro|juz|do",
    f"wiem|watpie|chyba|raczej|pewnie ~ czy|nie ~ doczekam|dotrwam|dozyje|przezyje|dociagne ~ {_DAY}",
    f"nie dozyje ~ {_DAY}",
    f"watpie|watpi ~ ze|zebym ~ doczekam|dotrwam|dozyje|przezyje|doczekal*|dotrwal*|dozyl* ~ {_DAY}",
    "oby|zeby|niech ~ jutro ~ nie nadeszlo|przyszlo|nastalo|nadejdzie|przyjdzie",
    f"doczekam|dotrwam|dozyje|dociagne ~ {_DAY} ~~ (szczerze/watpie/raczej nie/chyba nie"
    "/nie sadze/nie wiem czy)",
    "zyl|zyla|dozyje|obudze|przezyje|obudzic ~~ (mam nadzieje ze nie/oby nie/wolalbym nie"
    "/wolalabym nie/lepiej nie) $",
    # said to a doctor or a coach: "I did not tell them I want to die"
    "nie|nikomu ~ powiedzialam|powiedzialem|mowilam|mowilem|mowie|przyznalam|przyznalem ~ ze"
    " ~ umrzec|zabic|samoboj*|smierci|tne|okaleczam|pocielam|pocialem",
    # ending it all tonight, after a "never again" or a goodbye
    "(nie przyjde/nie bede/nie odezwe sie/nie zobaczymy sie/zegnam/zegnajcie)"
    " ~~ (wszystko koncze/koncze ze wszystkim/koncze z tym wszystkim)",
    "dzis|dzisiaj|tej ~ wieczorem|nocy ~ (wszystko koncze/wszystko zakoncze/wszystko skoncze"
    "/koncze ze wszystkim) $",
    "wszystko koncze|zakoncze|skoncze ~ (na zawsze/na dobre/z zyciem)",
    # done with myself, "z sobą" as often as "ze sobą"
    "skoncz*|koncze|zakoncz*|zakonczyc z|ze soba",
    "z soba ~ skoncz*|koncze|zakoncz*",
    "(juz mnie nie bedzie/mnie juz nie bedzie) ~~ (wszystko zaplanowane/wszystko przygotowane"
    "/wszystko gotowe/zaplanowal*/przygotowal*/postanowil*/zdecydowal*)",
    # who gets my things, written down; cutting again and unable to stop; can't live any longer
    "zapisal*|spisal*|napisal*|ustalil*|postanowil*|zdecydowal* ~ kto|komu ~~ moje|moj|moja"
    "|moich ~ rzeczy|ubrania|ksiazki|gry|konsol*|oszczednosci|pieniadze|kota|psa|zdjecia",
    "do ciecia|okaleczania|zyletki ~~ (nie moge przestac/nie umiem przestac/nie potrafie"
    " przestac/nie moge sie powstrzymac/ciagnie mnie)",
    "(nie jestem w stanie/nie potrafie/nie umiem/nie moge) ~ dluzej|dalej|juz ~ zyc|istniec",
    "jedno|obojetn* ~ czy ~ obudze|dozyje|dotrwam",
    # a rope among the shopping, "you know what for"
    "sznur*|stryczek|line|zyletk*|zyletki|tabletki|leki ~~ wiesz|wiecie|domyslasz|domyslacie"
    "|pytaj|pytajcie ~ po co",
    "kupil*|kupilam|kupilem|kupie|kupuje|kupic ~~ sznur|stryczek|petle",
    # never a word from me again
    "ostatni*|dzieki|dziekuje|zegna*|przepraszam|sorry ~~ juz|wiecej|nigdy ~ sie ~ nie odezwe",
    "juz|wiecej|nigdy ~ sie ~ nie odezwe $",
    # a goodbye letter written, lying ready
    f"list|liscik|listy|liscie ~ do|dla ~ {_CLOSE} ~~ napisany|napisane|gotowy|gotowe|lezy|czeka"
    "|zostawi*",
    "listy|liscik|liscie|listow|liscikow pozegnaln*",
    "pozegnaln* list*|liscik*",
    # a rota or a plan I will not need: "after Sunday I'm gone"
    "nie bede ~ potrzebowa*|uzywa* ~~ mnie ~ nie ma|bedzie|dozyje",
    "mnie ~ nie ma|bedzie ~~ nie bede ~ potrzebowa*",
    f"(nie potrzebny/nie potrzebna/nie potrzebne/niepotrzebn*/nie bede ~ potrzebowa*) ~~ po|od"
    f" ~ {_DAY} ~ mnie ~ nie ma|bedzie",
    f"po|od ~ {_DAY} ~ mnie ~ nie ma|bedzie ~~ zegna*|przepraszam|kocham|zawsze|szukajcie"
    "|niepotrzebn*",
    # with the knife in my bag, thinking of killing myself with it
    "zeby|by|mysle|myslalam|myslalem|zastanawiam sie ~ sie ~ nim|nia|tym|tymi ~ zabic|pociac"
    "|powiesic|otruc|zajebac|dzgnac",
    "mysle|myslalam|myslalem|zastanawiam|marze ~ zeby|by|czy|jak ~ sie ~ zabic|powiesic|otruc"
    "|utopic|pociac|zajebac",
    "plecaku|kieszeni|torbie|szufladzie ~ noz|nozyk|zyletk*|sznur|tabletki ~~ zabic|zabije"
    "|pociac|potne|umrzec|skoncze|skonczyc",
    # my affairs settled, now I can go and nobody will have trouble because of me
    "moge ~ spokojnie|spokoju|sumieniem|zalu ~ odejsc|zniknac|umrzec ~~ nikt|nikomu|przeze"
    "|problem*|klopot*|ciezar*|zegna*|przepraszam|kocham",
    "nikt ~ nie bedzie mial* przeze mnie ~ problem*|klopot*",
    "nikt przeze mnie ~ nie bedzie ~ cierpial*|plakal*|problem*|klopot*",
    # starving on purpose
    "zaglodz*|zaglodzic|zaglodze sie",
    "sie zaglodz*|zaglodzic|zaglodze",
    "(nic nie jem/nie jem nic/nic nie jadlam/nic nie jadlem) ~ (celowo/specjalnie/za kare)",
    "nie jem|jadlam|jadlem ~ od ~ dni|dnia|tygodnia|tygodni ~~ specjalnie|celowo|kare|zniknac"
    "|umrzec|zasluguje|zaglodz*",
    # walking into the water and not coming out, "I can't swim anyway"
    f"{_WATER} ~~ wejsc|wejde|wchodze|wszedl*|weszlam ~~ (i juz nie wychodzic/i nie wychodzic"
    "/i juz nie wyjsc/i nie wyjsc/i zostac pod woda/i juz nie wyplynac/i nie wyplynac"
    "/i tam zostac/i zostac tam)",
    f"wejde|wejsc|wchodze|wskocze|wskoczyc|skocze|skoczyc|pojde|ide|jade ~~ {_WATER}"
    " ~~ i tak nie umiem|potrafie",
    # done for, with a goodbye
    "juz po mnie ~~ zegnaj*|zegnam|zegnajcie|przepraszam|kocham",
    "zegnaj*|zegnam ~~ juz po mnie",
    # better if I had never been born
    "gdybym|zebym|jakbym|obym ~ sie ~ nie urodzil*|urodzila",
    "gdybym|zebym|jakbym|obym ~ nie urodzil*|urodzila ~ sie",
    "wolalbym|wolalabym|wolal* ~ sie ~ nie urodzic",
    # saying goodbye to everyone tonight, to the world
    "zegnam|zegnamy|pozegnam|pozegnalam|pozegnalem sie ~ z|ze ~ wszystkimi|wami|toba|swiatem"
    " ~ (dzis w nocy/dzisiaj w nocy/tej nocy/na zawsze/na dobre/ostatni raz/przed smiercia)",
    "zegnam|pozegnam|zegnac sie ~ z|ze ~ swiatem|zyciem",
    # hitting the wall on purpose until it bleeds
    "piescia|piesciami ~ w|o ~ sciane|mur|sciany|drzwi|szafe ~~ specjalnie|celowo|knykci*|krew"
    "|krwi|krwawi*|kare|bolalo|rozwalon*|rozwalil*",
    "glowa ~ w|o ~ sciane|mur|sciany|drzwi|szafe ~~ specjalnie|celowo|kare|bolalo",
    "specjalnie|celowo ~~ walnel*|walnal*|walilam|walilem|uderzyl*|rabnel*|rabnal* ~ piescia"
    "|piesciami|glowa ~ w|o ~ sciane|mur|drzwi",
    # a date set, "then it ends", "on my birthday I'll do it, all is ready"
    "mam|wyznaczyl*|wybral*|ustalil* ~ plan|date ~~ wtedy ~ koniec|odejde|znikne $",
    "wyznaczyl*|wybral* ~ date|dzien ~~ wtedy to zrobie",
    "urodziny|rocznice ~ to zrobie ~~ (wszystko przygotowane/wszystko gotowe"
    "/wszystko zaplanowane/jestem gotowa/jestem gotowy)",
    "to zrobie ~~ wszystko ~ przygotowane|przygotowalam|przygotowalem $",
    "wybralam|wybralem|wybral|wybrala|znalazlam|znalazlem ~ dzien|date|godzine|sposob ~ i"
    " ~ miejsce|godzine|sposob|date",
    "wiem juz|dokladnie ~ jak ~ i kiedy|gdzie",
    "juz|dokladnie wiem ~ jak ~ i kiedy|gdzie",
    "wiem ~ jak to zrobie ~ i kiedy|gdzie ~~ probuj|szukaj|zegna*|zatrzymasz|powstrzymasz",
    "nie probuj|probujcie mnie ~ zatrzymac|powstrzymac|ratowac|odwodzic|odwiesc|szukac",
    # someone's last day on earth; someone who says he will walk under a train
    "ostatni|ostatnia|ostatnie|ostatnich ~ dzien|dni|noc|dzionek|chwil*|godzin* ~ na ~ ziemi"
    "|swiecie",
    "wejdzie|wskoczy|skoczy|rzuci|rzuca|wbiegnie|polozy ~ pod ~ pociag*|pociong*|trein*|train*"
    "|ciezarowk*|tir*|auto|samochod*|tramwaj*|tram|metro|autobus*|kola",
    "wejdzie|wskoczy|skoczy|polozy sie|lezy ~ na ~ tory|torach",
    # photos of cut arms, "sorry for everything"
    "pociet*|pokaleczon*|porozcinan*|pocieta|pociete ~ rak|rece|reke|reka|nadgarstk*|nadgarstki"
    "|ud|uda|udo|nog|nogi|ramion*|przedrami*",
    "zdjecie|zdjecia|foto|fotke|snap*|story ~~ sorry|sory|sorki|przepraszam|zegna* ~ za wszystko",
    # a son who says he is a burden, that we would be better off without him
    "mowi|pisze|twierdzi|powtarza|powiedzial|powiedziala|napisal|napisala|uwaza|czuje ze ~ jest"
    " ~ ciezarem|obciazeniem|zawada",
    "mowi|pisze|twierdzi|powtarza|powiedzial|powiedziala|napisal|napisala|uwaza ~~ bez niego"
    "|niej ~ bedzie|byloby|bylo ~ nam|wam|wszystkim|rodzinie|mamie ~ lepiej|lzej|latwiej",
    # switched off, logged out of life for good
    "wszystko|mnie|siebie|mozg|glowe|glowa|zycie|swiat|ja ~ wylaczyl*|wylaczylo|wylaczyc"
    "|wylaczy|wylaczyla ~~ (na stale/na zawsze/na dobre/na amen)",
    "chce|chcialbym|chcialabym|marze ~ sie wylaczyc ~~ (na stale/na zawsze/na dobre/na amen)",
    "wyloguj*|wylogowac|wyloguje|wylogowal*|wylogowala ~ z ~ zycia|swiata|istnienia",
    "wylaczyc|wylacze|wylaczyl* ~ sie ~ z ~ zycia|istnienia",
    # soon there will be peace, for me and for you; I won't bother you any more, it's the end
    "niedlugo|wkrotce|zaraz|nareszcie|wreszcie ~ bedzie ~ spokoj ~~ (dla mnie i dla was/dla was"
    "/dla wszystkich/ode mnie/i dla was)",
    "spokoj ode mnie ~~ zawsze|dobre|niedlugo|wkrotce|zegna*",
    "nie bede ~ wam|ci|nikomu|wszystkim ~ przeszkadzac|zawadzac ~~ (to koniec/na zawsze"
    "/zegna*/juz nigdy/nigdy wiecej)",
    # nobody left to write to; delete my number
    "nie bedzie ~ do kogo ~ pisac|dzwonic|odzywac|odpisywac",
    "usun|usuncie|skasuj|skasujcie|wykasuj ~ moj|mnie ~ numer|kontakt ~~ (nie bedzie"
    "/niepotrzebn*/nie przyda/nie bede)",
    # everything given away, the cat to a neighbour, "I'm ready"
    "rozdal*|rozdane|pooddawal* ~~ (jestem gotowa/jestem gotowy/jestem juz gotowa"
    "/jestem juz gotowy/moge odejsc) $",
    "wszystko|kota|psa|chomika|krolika|rybki ~ oddal*|oddalam|oddalem|oddane ~~ (jestem gotowa"
    "/jestem gotowy/jestem juz gotowa/jestem juz gotowy/moge odejsc) $",
    # lying down on the tracks and waiting
    "sie ~ polozyc|poloze|klasc|kladz*|klade|polozylam|polozylem|lezec ~ na ~ torach|tory|szynach"
    "|jezdni|autostradzie",
    # the pills now, today, all of them; a box of them beside me
    "wszystkie ~ pillen|pilletjes|pills|prochy|medicijnen|slaappillen|tabletek|lekow",
    f"wszystkie|cale|cala|doosje|doos|opakowanie|pudelko|paczke ~ {_PILLS} ~~ (nie wiem czy juz"
    "/czy juz teraz/juz teraz/tej nocy/pora na/czas na)",
    f"{_PILLS}|emojipill ~ gotowe|przygotowane|naszykowane|odliczone|wyliczone|czekaja",
    f"{_PILLS}|emojipill ~ obok ~ mnie|siebie ~~ (nie wiem czy/czy juz/juz teraz/pora/czas)",
    # done with life, in slang
    "done|skonczon*|over ~ z|ze ~ zyciem",
    "skonczylam|skonczylem|koncze|zakoncze|zakonczylam ~ z ~ zyciem",
    # the last message, in Dutch or half in Dutch
    "moj|moja|moje|to ~ laatste ~ bericht*|appje",
    "ostatni|ostatnia bericht*|appje",
    "sorry|sory|sorki|przepraszam ~ voor|za ~ alles|wszystko ~~ laatste|zegna*|kocham",
    "sorry|sory|sorki|przepraszam ~ voor|za ~ alles|wszystko ~~ ostatnia wiadomosc",
    # "ni chce już być tu", "ni chce żyć": a typo for "nie chcę"
    "ni|nie chce|hce|chec|chcem ~ byc|istniec ~ tu|tutaj $",
    "niechce|niehce ~ byc|istniec ~ tu|tutaj $",
    "ni chce|hce ~ zyc|rzyc|istniec",
    "ni|nie chce ~ byc na tym swiecie",
    # cut again, typed in a hurry: "pocielm sie znow"
    "pociel*|pocial*|pocilam|pocielm|pocialm|pociolam|pocielam sie",
)

# a jump, the road or the water with a word between, not eating to disappear, a goodbye and
# then silence (pl_signs.SIGNS)
PLANS += SIGNS
