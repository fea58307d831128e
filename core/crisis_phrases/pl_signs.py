"""More Polish crisis signals, added to pl.py's SIGNALS through pl_plans.PLANS, and a few
harmless phrases, added to pl_context.HARMLESS: a jump, the tracks or the road with a word
between, the water "and not out", not eating "to disappear", hitting or burning oneself "until it
bleeds" or "to feel something", switching off or sleeping "for good", peace and quiet for ever,
"you won't have to worry about me", a goodbye and then silence, a keepsake "we won't see each
other again", the means laid out in front of me, a date picked, a step out of the window.

Many come from a parent, a sibling or an employer ("kuba siedzi na dachu i nie chce zejść"),
so third-person forms are listed where the words leave no doubt. Kept apart from pl.py for the
module's length.
"""

from __future__ import annotations

from core.phrases import written_out

# High places one jumps from.
_HIGH = (
    "mostu|mostku|dachu|okna|bloku|wiezowca|balkonu|wiaduktu|klifu|skaly|pietra|kladki|wiezy"
    "|estakady|parkingu|skarpy|urwiska"
)
# Jumping, in the first person and as a wish: "skoczę", "skoczyłabym" ("skacze" is also "she
# jumps" once the accents are off, so it comes only after an "if nothing changes").
_JUMP = (
    "skocze|skoczyc|wyskocze|wyskoczyc|zeskocze|zeskoczyc|skoczylbym|skoczylabym|wyskoczylbym"
    "|wyskoczylabym|skoknac|skokne"
)
_JUMPING = f"{_JUMP}|skacze|skakac|wyskakuje|zeskakuje"
# Where one stands before jumping or walking in.
_EDGE = (
    "dachu|moscie|krawedzi|parapecie|gzymsie|barierce|balustradzie|wiadukcie|kladce|balkonie"
    "|torach|klifie|urwisku|skarpie"
)
# Water one walks into.
_WATER = (
    "wody|wode|rzeki|rzeke|jeziora|jezioro|morza|morze|kanalu|kanal|wisly|odry|stawu|staw|maasu"
)
# Not coming out of it, not coming back: "i nie wrócę", "i już nie wyjdzie".
_NOT_BACK = (
    "(i nie wracam/i juz nie wracam/i nie wroce/i juz nie wroce/i nie wroci/i juz nie wroci"
    "/i nie wyjde/i juz nie wyjde/i nie wyjdzie/i juz nie wyjdzie/i nie wyplyne/i nie wyplynie"
    "/i tyle mnie widzieli/i po mnie/i koniec)"
)
# The means a person has at hand.
_MEANS = (
    "tabletki|tabletek|leki|lekow|prochy|prochow|tabsy|tabs|pigulki|pigulek|noz|nozyk|zyletk*"
    "|zyletki|sznur|line|petle|stryczek|emojipill|emojiknife|emojirope"
)
# Thanks or sorry "for everything", said as a goodbye ("dziękuję ci bardzo za wszystko").
_FOR_ALL = "dziekuje|dzieki|dziekujemy|sorry|sory|sorki|przepraszam|przeprasza ~ za wszystko"
# Then silence: the phone off, no answer ("boje sie" is the parent's).
_OFF = "wylaczyl*|wylaczyla|wylaczony|wylaczona|zniknal*|zniknela"
_NO_ANSWER = "(nie odbiera/nie odpisuje/nie odpowiada/nie odzywa/nie ma kontaktu/boje sie)"
# Saying goodbye as one who will not come back: "papa", "żegnajcie", "trzymajcie się".
_BYE = "papa|pa|zegnam|zegnaj|zegnajcie|nara|narka|bywajcie|bywaj|elo|czesc"
# Motorways, as people in the Netherlands and Poland name them ("a20", "a4", "s8").
_ROADS = (
    "autostrad*|ekspresowk*|a1|a2|a4|a6|a7|a8|a9|a10|a12|a13|a15|a16|a18|a20|a27|a28|a29|a50|a58"
    "|a59|a67|a73|a76|s7|s8"
)

SIGNS: tuple[str, ...] = written_out(
    # jumping, with a word between: "skoczę dziś z mostu", "skaczę z dachu w sobotę"
    f"{_JUMP} ~ z|ze ~ {_HIGH}",
    f"{_JUMP} ~ przez ~ okno|balkon|barierke|balustrade|porecz|murek",
    f"(jak sie nie poprawi/jak nic sie nie zmieni/jesli nic sie nie zmieni) ~~ {_JUMPING}",
    # standing on the tracks now; on a roof or a bridge and not coming down, sorry for all
    "stoje|siedze|leze|czekam|jestem|stoimy|siedzimy ~ na ~ torach|torowisku|szynach",
    f"siedzi|stoi|jest|siedze|stoje|jestem|siedzimy ~ na|nad ~ {_EDGE} ~~ (nie chce zejsc"
    "/nie chca zejsc/nie zejdzie/nie zejde/nie chce wrocic/nie chce wejsc do srodka)",
    f"na|nad|z ~ {_EDGE}|mostu ~~ {_FOR_ALL}",
    f"{_FOR_ALL} ~~ na|nad|z ~ {_EDGE}|mostu",
    # a step out of the window or off the roof: "stoję przy oknie i myślę, żeby zrobić krok"
    "okn*|oknie|balkon*|dachu|dach|krawedz*|moscie|most|pietrze|parapec*|barierk*|przepasc*"
    " ~~ (zrobic krok/zrobie krok/zrobic ten krok/zrobie ten krok/zrobic ten jeden krok"
    "/krok do przodu/krok w przod/krok naprzod/krok w pustke/krok w dol/jeden krok i)",
    # into the water and not out: "idę do wody i nie wracam", "wejdzie do wody i nie wyjdzie"
    f"do|pod|nad ~ {_WATER} ~~ {_NOT_BACK}",
    # not eating, to disappear or to die: "nie jem specjalnie, żeby zniknąć"
    "nie je|jem|jadlam|jadlem|jadl|jadla|jesc ~~ zeby|by|az|aby ~ zniknac|znikne|zniknie"
    "|zniknela|zniknal|umrzec|umre|umrze",
    "glodze|glodzi|glodzila|glodzil|glodzilam|glodzilem|gloduje|zaglodze|zaglodzi|glodzic"
    " ~~ zniknac|znikne|zniknie|umrzec|umre|umrze",
    "przestane|przestaje|przestac|przestalam|przestalem|przestala|przestal ~ jesc ~ i|az|zeby|by"
    " ~~ (zniknac/znikne/zniknie/umrzec/umre/umrze/jak dlugo)",
    # hitting oneself until it bleeds or bruises
    "bije|bil|bila|bilam|bilem|wale|wali|walil*|uderzam|uderza|uderzal*|tluke|tlucze|tlukl*"
    "|okladam ~ sie|siebie ~~ az|do ~ krew|krwi|krwawi*|siniak*|siniakow|fiolet*|sine|sinych"
    "|puchn*|spuchn*",
    "glowa ~ w|o ~ sciane|mur|sciany|drzwi|szafe|podloge|lustro ~~ krew|krwi|krwawi*|zasluguj*",
    # burning oneself with an iron or a lighter; doing it "to feel something"
    "przyloz*|przyklad* ~ sobie|se ~~ zelazk*|lokowk*|prostownic*|zapalniczk*|papieros*|peta"
    "|szlug*|zapalk*|grzalk*",
    "przypal*|poparz*|oparz*|przyloz*|przyklad*|drap*|gryz*|szczyp*|uderz*|bije|bilam|bilem"
    "|wbij*|wbil*|ciac|tne|pociel*|pocial*|cielam|cialem|zelazk*|zapalniczk*|papieros*|skore"
    " ~~ (zeby cos poczuc/by cos poczuc/zeby poczuc cokolwiek/zeby cokolwiek poczuc"
    "/by cokolwiek poczuc/zeby poczuc bol/zeby czuc bol/zeby cos czuc)",
    "przypala|przypalal|przypalala|przypalaja|przypalali|przypalasz ~ sie ~~ papieros*"
    "|zapalniczk*|zapalk*|rece|rekach|reke|nogi|nogach|udach|skore|ramion*",
    "papieros*|petem|petami|zapalniczk* ~ po rekach|nogach|udach|ramionach|brzuchu|skorze",
    # switching off for good ("wyłączę się z grupy na dobre" is blanked in CALM)
    "wylacze|wylaczyc|wylaczam|wylaczylbym|wylaczylabym|wylaczylam|wylaczylem sie ~ (na dobre"
    "/na zawsze/na stale/na amen/na wieki)",
    # a goodbye thank-you and then silence: "napisała dziękuję za wszystko i wyłączyła telefon"
    f"{_FOR_ALL} ~~ {_OFF}",
    f"{_FOR_ALL} ~~ {_NO_ANSWER}",
    f"{_OFF} ~~ {_FOR_ALL}",
    # "jutro mnie nie będzie, obiecuję. dzięki za wszystko"
    f"(mnie nie bedzie/mnie juz nie bedzie/juz mnie nie bedzie/nie bedzie mnie) ~~ {_FOR_ALL}",
    f"{_FOR_ALL} ~~ (mnie nie bedzie/mnie juz nie bedzie/juz mnie nie bedzie) $",
    f"{_NO_ANSWER} ~~ {_FOR_ALL}",
    # don't look for me; the last time we write; thank you for having been there
    "nie szukaj|szukajcie|szukajta mnie $",
    "nie szukaj|szukajcie mnie ~~ (dziekuje za wszystko/dzieki za wszystko/przepraszam/zegna*"
    "/kocham/na zawsze/nigdy/juz nie wroce/ostatni raz/to koniec)",
    "(dziekuje za wszystko/dzieki za wszystko/zegna*/ostatni raz/przepraszam/kocham was"
    "/kocham cie) ~~ nie szukaj|szukajcie mnie",
    "dziekuje|dzieki ze ~ byliscie|bylyscie|bylas|byles ~~ (ostatni raz/zegna*/na zawsze"
    "/nie szukaj*)",
    f"{_BYE}|dziekuje|dzieki|kocham|trzymajcie ~~ ostatni raz ~ pisze|odzywam $",
    f"{_BYE} ~ wszystkim|wszystkich|wam|kochani ~~ ostatni raz ~ pisze|odzywam",
    f"ostatni raz ~ kiedy|jak|gdy ~ piszemy|rozmawiamy|pisze|gadamy|odzywam ~~ {_FOR_ALL}",
    "ostatni raz ~ kiedy|jak|gdy ~ piszemy|rozmawiamy|pisze|gadamy|odzywam ~~ nie szukaj*|zegna*",
    # the last day, post or message, with a goodbye or "sorry to all" ("ostatni dzień w pracy"
    # is blanked in pl_context.HARMLESS)
    "ostatni|ostatnia|ostatnie ~ dzien|post|wpis|wiadomosc|story|relacja|filmik ~~ (przeprasza*"
    "/zegna*/kocha/kocham/dziekuje za wszystko/dzieki za wszystko/nie odbiera/nie odpisuje"
    "/nie odpowiada)",
    # you won't have to worry about me any more
    "(nie bedziesz/nie bedziecie/nie bedziemy/nie bedzie/nie beda/nikt nie bedzie) ~ juz|wiecej"
    "|nigdy ~~ martwic|przejmowac ~ sie ~ o ~ mnie|niego|nia",
    "(nie bedziesz/nie bedziecie/nie bedziemy/nie bedzie/nie beda/nikt nie bedzie) ~ juz|wiecej"
    "|nigdy ~~ sie ~ o ~ mnie|niego|nia ~ martwic|martwil*|przejmowac",
    "juz|wiecej|niedlugo|wkrotce|zaraz|wreszcie|nareszcie ~ (nie bedziesz/nie bedziecie/nie bedziemy"
    "/nie bedzie/nie beda/nikt nie bedzie) ~~ sie ~ o ~ mnie|niego|nia ~ martwic|martwil*"
    "|przejmowac",
    # peace, quiet or sleep for ever: "niedługo będę miał spokój na zawsze"
    "bede|bedzie|bedziemy|bedziecie|koncu|wreszcie|nareszcie|niedlugo|wkrotce ~~ spokoj|cisze"
    "|cisza|odpoczynek ~ (na zawsze/na wieki/na wiecznosc)",
    "chce|marze|pragne|chcialbym|chcialabym|tesknie ~~ wieczn* ~ spokoj*|cisz*|odpoczyn*|sen|snu",
    # going to sleep "and I hope for ever"
    "spac|zasnac|usnac|zasne|usne|zasypiam|spie|snu ~~ (nadzieje ze na zawsze/oby na zawsze"
    "/moze na zawsze/oby juz na zawsze/i juz nie wstane/i nie wstane/i nie wstac)",
    "spac|zasnac|usnac|zasne|usne|zasypiam ~~ na zawsze $",
    # planning how to be gone from here for good
    "planuje|planowalam|planowalem|planowac|mysle|myslalam|myslalem|zastanawiam ~ jak|zeby|by"
    " ~ sie ~ stad ~ zabrac|zmyc|ulotnic|zwinac ~ (na dobre/na zawsze/na wieki)",
    # "he knows how he'll do it and when"; a plan and a day
    "wie|wiem|wiedzial*|wiedziala|wiedzialam|wiedzialem ~ jak ~ to ~ zrobi|zrobie|zrobic|zrobil*"
    " ~ i ~ kiedy|gdzie",
    "(ma plan/mam plan/ma juz plan/mam juz plan/ma gotowy plan/mam gotowy plan) ~~ jutro|dzis"
    "|dzisiaj|nocy|weekend|poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele ~ to"
    " ~ zrobi|zrobie",
    # pills bought, "on Saturday it ends"
    f"{_MEANS} ~~ jutro|dzis|dzisiaj|nocy|weekend|poniedzialek|wtorek|srode|czwartek|piatek"
    "|sobote|niedziele ~ (koniec $/to koniec/bedzie koniec/wszystko sie skonczy)",
    # a date picked, "probably the last time I go anywhere"
    "(mam juz date/mam date/mam juz dzien/mam wybrana date/wybralam date/wybralem date"
    "/mam juz wybrana date/date mam wybrana/date mam juz wybrana) ~~ (ostatni raz/koniec)",
    "(ostatni raz/koniec) ~~ (mam juz date/mam date/mam juz dzien/mam wybrana date"
    "/wybralam date/wybralem date/mam juz wybrana date/date wybrana/date mam wybrana)",
    "(pewnie/chyba/raczej/moze) ostatni raz gdziekolwiek",
    # all would breathe easier without her, him, me
    "by|bysmy|byscie|byliby|bylibysmy ~ odetchn*|odetchneli|odetchnely ~~ jakby|gdyby|bez"
    " ~ mnie|jej|niego|go",
    "odetchneliby|odetchnelibysmy|odetchnelyby|odetchnelibyscie ~~ jakby|gdyby|bez ~ mnie|jej"
    "|niego|go",
    "jakby|gdyby ~ jej|go|niego ~ nie bylo ~~ lepiej|lzej|latwiej|odetch*",
    # nobody needs me, "he says nobody needs him"
    "nikomu ~ nie jestem ~ potrzebn*",
    "ze nikomu ~ nie jest ~ potrzebn*",
    "nikt mnie nie potrzebuje $",
    # a keepsake and "we won't see each other again"
    "pamiatk*|pamiatke ~~ (juz sie nie zobaczymy/wiecej sie nie zobaczymy/nigdy sie nie zobaczymy"
    "/juz nie zobaczymy/nie zobaczymy sie juz/nie zobaczymy sie wiecej/mnie nie bedzie"
    "/juz mnie nie bedzie/nie bedzie mnie/zegna*)",
    "(juz sie nie zobaczymy/wiecej sie nie zobaczymy/nigdy sie nie zobaczymy) ~~ pamiatk*|pamiatke",
    # the means in front of me, "I don't know what I'll do"
    f"{_MEANS} ~~ (nie wiem co zrobie ze soba/nie wiem co zrobie z soba/nie wiem co zrobie $"
    "/nie wiem co ze soba zrobie/nie wiem co sobie zrobie/nie wiem czy to zrobie"
    "/nie wiem czy wytrzymam/nie wiem co ze mna bedzie)",
    f"(nie wiem co zrobie/nie wiem co ze soba zrobie/nie wiem co sobie zrobie) ~~ {_MEANS}",
    f"{_MEANS} ~~ (przed soba/przede mna/obok mnie/obok siebie) $",
    # pills saved up until there are enough "not to get up"
    "tabletki|tabletek|leki|lekow|prochy|tabsy|pigulki ~~ zbieram|odkladam|chomikuje|gromadze"
    " ~ je|ich",
    "(wystarczajaco/wystarczy/starczy/dosc) ~ zeby|by|aby ~ (nie wstac/juz nie wstac"
    "/sie nie obudzic/nie obudzic sie/juz sie nie obudzic)",
    "zeby|by|aby ~ juz|wiecej|nigdy ~ nie wstac",
    # out onto the motorway at night, to stand in the lane
    f"wejsc|wejde|wbiec|wbiegne|wyjsc|wyjde|wjechac|stanac|stane|polozyc|poloze ~ na ~ {_ROADS}"
    " ~~ stanac|stane|stac|polozyc|poloze|czekac|czekam|pasie|pas|pod|tir*|auto*|ciezarowk*",
    "mysle|myslalam|myslalem|chce|chcialbym|chcialabym|planuje|zastanawiam|marze ~ zeby|by|czy"
    " ~~ stanac|stane|polozyc|poloze|wbiec|wbiegne|wejsc|wejde|wyjsc|wyjde ~ na ~ pas|pasie|tory"
    f"|torach|jezdni*|{_ROADS}",
    # on the way to the bridge or the tracks, "don't call"; nothing keeps me in this world
    "jade|ide|pojde|wychodze|biegne|lece ~ na ~ most|dach|tory|wiadukt|kladke|krawedz"
    " ~~ (nie dzwon/nie dzwoncie/nie szukaj/nie szukajcie/zegna*/kocham was/kocham cie)",
    "nie trzyma ~ na ~ (tym swiecie/swiecie/ziemi)",
    # sorry to all, it's the end; a letter left, and sorry
    "przepraszam ~ (to koniec/to juz koniec) $",
    "zostawil*|zostawilam|zostawilem ~ list|liscik ~~ (przepraszam $/zegna*/kocham was"
    "/kocham cie/nie szukaj*)",
    # done, can't cope with life, don't want to breathe any more
    "nie daje|dam ~ rady ~ z ~ zyciem",
    "(juz nie chce/nie chce juz/nie chce wiecej/nie chce dluzej/niechce juz/juz niechce) oddychac",
    "nie chce|niechce oddychac $",
    # goodbyes said secretly, "the rest needn't know"; things I won't need and a goodbye
    "pozegnal*|pozegnalam|pozegnalem ~ sie ~~ (reszta nie musi/nikt nie musi/nie musza wiedziec"
    "/nikt nie wie/nikomu nie mow/nikomu nie mowcie)",
    "(nie bede juz/juz nie bede) ~ tego|tych|niczego ~ potrzebowa* ~~ pozegnal*|zegna*",
)

# Harmless phrases, part of pl_context.HARMLESS.
CALM: tuple[str, ...] = written_out(
    # moving house, a new school: "wyprowadzam się, żegnajcie sąsiedzi", "żegnaj szkoło"
    "zegnaj*|zegnam ~ sasiedzi|sasiedzie|sasiadki|sasiadko|sasiedztwo|osiedle|mieszkanie|szkolo"
    "|szkola|budo|roboto|praco|firmo|druzyno|klaso|ekipo|wakacje|ferie|lato|sesjo|miasto"
    "|krakowie|warszawo|wroclawiu|gdansku|holandio|polsko|amsterdamie|rotterdamie|utrechcie"
    "|hago",
    # a jump on a bungee rope, into a pool or on a trampoline; in a game, a book or a film
    "skocz*|skacze|skakac|wyskocz*|zeskocz*|skaczemy|skaczesz ~~ bungee|spadochron*|lince|linie"
    "|skoczni*|trampolin*|basen*|nart*|desk*|rower*|motor*|autem|gta|grze|gry|quest*|misj*"
    "|poziom*|level*|wiedzmin*|minecraft*|fortnit*|parkour*|odcink*|filmie|serialu|ksiazce",
    "bungee|spadochron*|trampolin*|basen*|parkour*|gta|grze|quest*|misj*|poziom*|level*"
    "|wiedzmin*|minecraft*|fortnit*|film*|serial*|ksiazc*|ksiazk*|bohater*|postac*|odcink* ~~ skocz*"
    "|skacze|skakac|wyskocz*|zeskocz*|skaczemy|skaczesz",
    # "one more spreadsheet and I'll jump out of the window xD"
    "wyskocz*|skocz* ~ przez okno ~~ xd*|hah*|lol*|zart*|heh*|excel*",
    "xd*|hah*|lol*|zart*|heh*|excel* ~~ wyskocz*|skocz* ~ przez okno",
    # a cat on the roof that won't come down
    "kot|kotek|kotka|kocur|kici*|pies|piesek|ptak*|golab*|wiewiork*|papug* ~~ nie chce|chca"
    "|zejdzie ~ zejsc",
    "kot|kotek|kotka|kocur|kici*|ptak*|golab*|wiewiork*|papug* ~ siedzi|utknal*|wlazl*|wszedl*"
    "|stoi",
    # back by the evening: "idę nad jezioro i nie wrócę do wieczora"
    "(nie wroce/nie wracam/nie wroci/nie wrocimy) (/az) do|przed|na|po|przez|w|od wieczora"
    "|wieczor*|obiad*|kolacj*|noc|nocy|polnocy|rana|pozna|jutra|niedzieli|soboty|weekend*|konca"
    "|godzin*|1*|2*|3*|4*|5*|6*|7*|8*|9*",
    # the last post before the holidays, the last episode of the season
    "ostatni|ostatnia|ostatnie post|wpis|wiadomosc|story|relacja|filmik|odcinek ~ przed|w|z|na"
    "|tego|tym ~ wakacj*|wyjazd*|urlop*|ferie|feri*|swiet*|przerw*|roku|sezon*|tygodni*"
    "|miesiac*|detoks*|sylwestr*",
    # the last time one writes in a group or a chat
    "ostatni raz ~ pisze|odzywam ~ na|w ~ grupie|czacie|grupce|tej|tym",
    # a fight with someone else, standing in a traffic jam
    "bil*|bije|bija|bijemy|bilismy sie z|ze",
    "stanac|stane|stalam|stalem|stoje|stac|stoimy ~ w ~ korku|korkach|kolejce",
    # switching off from a group, the news, social media
    "wylacz*|wylacze|wylaczam|wylaczyl*|wylaczyc sie ~ z|ze|od ~ grupy|czatu|social*|sieci"
    "|internetu|neta|insta*|fejsa|facebook*|tiktok*|whatsapp*|messenger*|snap*|telefonu|komorki"
    "|gier|gry|konwersacji|rozmowy|projektu|polityki|tematu|wiadomosci|newsow",
    # working life, school life: "nie daję rady z życiem zawodowym"
    "zyciem|zycie|zycia zawodowym|zawodowe|zawodowego|szkolnym|szkolne|rodzinnym|uczuciowym"
    "|seksualnym|studenckim",
)
