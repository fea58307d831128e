"""Polish crisis phrases that depend on context (TOPICS, ABOUT, HARMLESS), and self-harm.

Kept apart from the SIGNALS in core/crisis_phrases/pl.py, which re-exports the three context
lists and takes SELF_HARM into its SIGNALS; see core/crisis_phrases/__init__.py for the kinds.
"""

from __future__ import annotations

from core.crisis_phrases.pl_signs import CALM
from core.phrases import written_out

TOPICS: tuple[str, ...] = (
    # "się tnie" is someone else cutting; alerts unless the text asks how to help them (ABOUT)
    "sie tnie|tna|cial|ciela|pocial|pociela",
    "samoboj*",
    "samobuj*",
    "suicyd*",
    "przedawkow*",
    "to zakonczyc",
    "przepraszam za wszystko",
    "mysli samoboj*",
    "samobojcze mysli",
    "mysli ~ samobojcze",
    # a razor blade in a teenager's message is rarely about shaving (see HARMLESS)
    "zyletk*",
    "samookalecz*",
    "smiertelna dawk*",
    "smiertelnej dawki",
    "dawka smiertelna",
    # cuts on the arms or legs, bloodied tissues or sleeves, as a parent or a friend sees them
    # ("cięcia" alone is budget cuts; a nosebleed or a period is ABOUT)
    "ciecia|naciecia|ciecie|naciecie ~ na ~ rekach|rece|reku|rekach|nadgarst*|udach|udzie|nogach"
    "|przedrami*|ramionach|ramieniu|skorze",
    "swieze|glebokie|nowe ~ ciecia|naciecia|rany|kreski ~ na ~ rekach|rece|nadgarst*|udach"
    "|nogach|przedrami*|ramionach",
    "zakrwawion* ~ chusteczk*|rekaw*|bluz*|bandaz*|plastr*|zyletk*|reczni*|posciel*|koszul*"
    "|wacik*|papier*|gaz*",
)

ABOUT: tuple[str, ...] = (
    "lekcj*",
    "wos*",
    "wypracowan*",
    "prezentacj*",
    "referat*",
    "recenzj*",
    "zapobieg*",
    "prewencj*",
    "dokument*",
    "film*",
    "ksiazc*",
    "ksiazk*",
    "lektur*",
    "wiadomosci*",
    "artykul*",
    "sasiad*",
    "piosenk*",
    "kurtki",
    "podanie",
    "zamach*",
    "nastolatk*",
    "bohater*",
    "serial*",
    "grze",
    "popelnil",
    "popelnila",
    "popelnia",
    "mecz*",
    "wujek",
    "ciocia",
    "babcia",
    "dziadek",
    "jak jej pomoc",
    "jak mu pomoc",
    "pomoc jej",
    "pomoc mu",
    "kolezanka ma",
    # a friend who says they cut, asking how to help
    "jej pomoc",
    "mu pomoc",
    "kolezanka|kolega|przyjaciolka|przyjaciel|siostra|brat|kumpel|kumpela|ziomek ~ mowi|pisze"
    "|powiedzial*|napisal*|przyznal*",
    "kolega ma",
    "przyjaciolka ma",
    "przyjaciel ma",
    "ona ma",
    "on ma",
    "nauczyciel*",
    "komus",
    "kims",
    "ktos",
    "golenia",
    "golarki",
    "maszynk*",
    # blood that is not from a cut: a nosebleed, a period, the gums
    "krwotok*",
    "z nosa",
    "miesiaczk*",
    "dziasl*",
)

HARMLESS: tuple[str, ...] = (
    # figures of speech: dying of laughter, boredom, hunger, shame
    "umrzec ze smiechu",
    "umrzec z nudow",
    "umr*|umar*|umier*|umre|padl*|padam|padne|zdycham|zdechne|zdechl* ~ ze|z smiechu|nudow"
    "|nudy|glodu|zimna|goraca|upalu|wstydu|zmeczenia|tesknoty|strachu|pragnienia|ciekawosci"
    "|stresu|nog",
    "na smierc ~ zapomnial*|zanudz*|nudz*|przestrasz*|wystrasz*",
    "nudze sie na smierc",
    "zanudze sie na smierc",
    "bedzie moja smierc",
    "to moja smierc",
    # a game, a football match, a film title, the news
    "suicide squad",
    "zamach samoboj*",
    "samobojstwo wyjsc",
    "bylo samobojstwo",
    "strzel* ~ samoboj*",
    "samoboj* ~ gol*",
    "samobojcz* gol*",
    "samobojcz* bramk*",
    "jak walic glowa w ~ mur|sciane",
    "walenie glowa w ~ mur|sciane",
    # living somewhere or with someone, someone else who does not want to live
    "zyc w tym miescie",
    "zyc w tym kraju",
    "zyc tutaj",
    "zyc z ~ rodzicami",
    "zyc z ~ mama",
    "zyc z ~ tata",
    "zyc z nimi",
    "zyc z nim",
    "zyc z nia",
    "zyc do ~ setki",
    "zyc do ~ stu",
    "mowi ze nie chce ~ zyc",
    "ona nie chce ~ zyc",
    "on nie chce ~ zyc",
    "kto nie chce zyc",
    "ktory nie chce zyc",
    "ktora nie chce zyc",
    "mowi ze chce",
    # someone else who types "kms" as a joke
    "kolega|kolezanka|ziomek|ziomal|kumpel|kumpela|przyjaciel|przyjaciolka|brat|siostra|on|ona"
    "|oni|one|ktos|typ|typek|laska ~ pisze|pisza|mowi|mowia|gada|gadaja|wysyla|wrzuca ~ kms|kys",
    # "I can't live without coffee" is about coffee
    "zyc bez ~ kawy|kawki|kofeiny|herbaty|czekolady|slodyczy|pizzy|netflix*|muzyki|telefonu"
    "|internetu|neta|wifi|fajek|papierosow|energetyk*|monster*|redbull*|cukru",
    # swimming: "pójdę nad jezioro popływać"
    "plywac|poplywac|plywam|poplywam|poplywamy|plywamy",
    "kapac|wykapac|opalac|poopalac sie",
    "na plaze|plazy",
    # someone else said so ("powiedziałam, że chcę umrzeć" is the writer and still alerts)
    "mowil|mowila|mowili|mowily|mowiles|mowilas ze chce",
    "powiedzial|powiedziala|powiedzieli|powiedzialy|powiedziales|powiedzialas ze chce",
    # a rope, a blade, a future in a job
    "line do",
    "line na",
    "sznur do",
    "line|linke|sznur pod ~ namiot*|hamak*|pranie|bielizn*|lodk*|przyczep*|tropik*",
    "zyletk* do golenia",
    "przyszlosc* w|dla ~ tej|tym|tych|tego|tej|zawodzie|branzy|pracy|firmie|zwiazku|kierunku",
    # food, selling things, everyday "nothing to do with me"
    "cos sobie|se zrobie|zrobic do|na|z|ze",
    "sobie|se cos zrobie|zrobic do|na|z|ze",
    "skocz*|wyskocz* ~ do|po|na ~ sklep*|zakupy|chleb|piwo|kawe|obiad"
    "|miasta|biedronk*|lidl*|zabk*|kebab*|pizz*",
    "tabletk*|leki|lekow|pigul* ~ dziennie|recept*|lekarza|dobe",
    "prawie|omal ~ sie zabil*",
    "sie zabil* ~ grze|rowerze|lodzie|schodach",
    "sprzedam|sprzedaje|sprzedac|oddam ~~ potrzebn*",
    "nie wytrzymam ~ bez ~ kawy|jedzenia|telefonu|internetu|papierosa|ciebie|was",
    "ostatnia wiadomosc ~ dzis|dzisiaj|dobranoc|spac|przed|poszla|wyslal*",
    "i to koniec",
    "w ~ grze ~ chcialbym|chce ~ zginac",
    "do nieba z ~ ciast*|tort*|pizz*|jedzen*|smak*|deser*",
    "zniknac|znikne|zniknal*|zniknel* z|ze ~ grupy|czatu|zdjecia|zdjec|imprezy|insta*|internetu"
    "|sieci"
    "|fejsa|facebook*|messenger*|tiktok*|snap*|klasy|lekcji",
    "wyjscia z ~ gry|poziomu|labiryntu|budynku|pokoju|escape*|mapy",
    "pies|kot|piesek|kotek sie ~ pocial*|poranil*|skaleczyl*",
    # cutting cardboard, vegetables, hair or boards at work: "nie chce mi się ciąć tych kartonów"
    *written_out(
        "ciac|pociac|ciecia|ciecie|tne|cielam|cialem|przyciac|przycinac|przycinam (/tych/te/ten"
        "/ta/tej/tego/to/moje/swoje) kartonow|kartony|karton|papier*|warzyw*|cebul*|miesa"
        "|mieso|chleb*|plyt*|drewn*|desk*|desek|wlos*|grzywk*|traw*|material*|tkanin*|blach*|rur*|galez*"
        "|zywoplot*|kabl*|foli*|tasm*|pizz*|ciast*|paznokci*|kwiat*"
    ),
    # a paper cut or a slip of the knife while cooking: "pocięłam się kartką"
    "pocielam|pocialem|pociela|pocial|pocielas|pocieles sie ~ kartk*|papier*|puszk*",
    "pocielam|pocialem|pociela|pocial|pocielas|pocieles sie ~ przy ~ krojeniu|goleniu|gotowaniu",
    "nie wytrzymam ~ upal*|goraca|goracu|kolejce|korku|halasu|nudy",
    "to zrobie ~ wypracowanie|zadanie|projekt|prace|lekcje|referat|prezentacje",
    "nie potraci|przejedzie|rozjedzie|potracil*|przejechal*|rozjechal*",
    "nie z tego swiata",
    "nie chce|chcialbym|chcialabym umierac|umrzec",
    "budzic|obudzic ~ o|rano|wczesnie|szkoly|pracy|lekcje",
    "glowa w|o mur|sciane z tym|ta|tymi",
    "kot*|pies*|kotek ~ drap*",
    "o smierci ~ dziadka|babci|taty|mamy|ojca|matki|psa|kota|kolegi|kolezanki|brata|siostry"
    "|wujka|cioci|bohatera|postaci|krola|papieza|artysty|piosenkarza",
    "prawie|omal|malo mnie ~ potracil*|przejechal*|rozjechal*",
    # lines drawn in pen, not cut: "kreski na ręce od długopisu"
    "kresk*|kreseczk* ~~ dlugopis*|flamastr*|mazak*|marker*|cienkopis*|kredk*|eyeliner*",
    # exasperation at a late or cancelled train or bus: "pociąg odwołany, to się zabiję"
    "pociag*|autobus*|tramwaj*|bus|busy|metro|kolej*|samolot|lot ~~ odwol*|spozni*|opozni*"
    "|uciekl*|ucieknie|odjechal*|odjedzie ~~ zabije",
    "odwol*|spozni*|opozni*|uciekl*|odjechal* ~~ pociag*|autobus*|tramwaj*|bus|metro ~~ zabije",
    # the last day of a placement, a job or school, with thanks or a goodbye: "ostatni dzień
    # praktyk, dziękuję", "żegnajcie, dzisiaj ostatni dzień stażu"
    "zegnaj*|zegnam|pa|papa|nara|narka ~~ ostatni|ostatnia|ostatnie ~ dzien|dzionek|zmiana"
    "|tydzien|lekcja|zajecia ~ praktyk*|stazu|stazy|pracy|robocie|roboty|szkoly|szkole|wakacji"
    "|urlopu|zmiany|kursu|obozu|kolonii|semestru|zajec|budowie|magazynie|firmie|sklepie|ferii"
    "|wyjazdu|wycieczki|umowy",
    "ostatni|ostatnia|ostatnie ~ dzien|dzionek|zmiana|tydzien|lekcja|zajecia ~ praktyk*|stazu"
    "|stazy|pracy|robocie|roboty|szkoly|szkole|wakacji|urlopu|zmiany|kursu|obozu|kolonii"
    "|semestru|zajec|budowie|magazynie|firmie|sklepie|ferii|wyjazdu|wycieczki|umowy",
    # "mama zobaczy świadectwo, to koniec ze mną", "koniec ze mną haha": trouble, not an end
    "zobaczy|zobaczyl*|zobacza|dowie|dowiedza|dowiedzial*|zauwazy|przylapie|nakryje|zlapie"
    "|sprawdzi|oblej*|oblal*|oblalam|oblalem ~~ koniec ze mna",
    "koniec ze mna ~ hah*|xd*|lol*|heh*|hih*",
    "hah*|xd*|lol*|heh* ~ koniec ze mna",
    # jumping on a bungee rope or with a parachute
    "skoczy|wyskoczy|zeskoczy|skoczyc ~~ bungee|spadochron*|lince|linie|skoczni*",
    "bungee|spadochron* ~~ skoczy|wyskoczy|zeskoczy",
    # a story about someone who wanted to die: "książka o chłopaku, co chciał się zabić"
    "o chlopaku|chlopcu|dziewczynie|dziewczynce|facecie|czlowieku|kobiecie|mezczyznie"
    "|nastolatku|nastolatce|nastolatkach|bohaterze|bohaterce|postaci|ludziach ~ co|ktory|ktora"
    "|ktorzy|ktore ~ chcial*|chcieli|probowal* ~ sie ~ zabic|powiesic|otruc|utopic",
    # killing time or boredom: "chcę się czymś zająć, żeby zabić czas"
    "zabic|zabijac|zabijam|zabije|zabilem|zabilam|zabil* czas|nude|nudy",
    # "jestem na moście, nie dzwoń, oddzwonię": driving, a meeting, a flat battery
    "nie dzwon|dzwoncie ~~ oddzwon*|prowadze|korek|korku|spozni*|zebrani*|spotkani*|bateri*"
    "|zasieg*|slychac|halas*",
    # away tomorrow for the dentist or an exam: "nie będzie mnie jutro bo mam dentystę"
    "nie bedzie mnie ~ jutro|dzis|dzisiaj|rano|poniedzialek|wtorek|srode|czwartek|piatek|pracy"
    "|szkole|zajeciach|lekcji|stazu|praktykach ~~ dentyst*|lekarz*|wizyt*|egzamin*|prawk*|urlop*"
    "|wesel*|slub*|chor*|goraczk*|przeziebi*|wyjazd*|wycieczk*|rozmow*|afspra*|huisarts*"
    "|tandarts*|dyzur*|urzed*|gemeente|uwv|szkoleni*",
    "jutro|dzis|dzisiaj|rano|poniedzialek|wtorek|srode|czwartek|piatek mnie nie bedzie ~~ dentyst*"
    "|lekarz*|wizyt*|egzamin*|prawk*|urlop*|wesel*|slub*|chor*|goraczk*|przeziebi*|wyjazd*"
    "|wycieczk*|rozmow*|afspra*|huisarts*|tandarts*|dyzur*|urzed*|gemeente|uwv|szkoleni*",
    # the last message from an old number
    *written_out(
        "(ostatnia wiadomosc/ostatni sms/ostatni mail) ~ z|na|ze ~ tego|starego|mojego|obecnego"
        " ~ numeru|konta|telefonu|maila|adresu"
    ),
    "ostatnia wiadomosc ~~ nowy|nowym|zmieniam|zmienilam|zmienilem ~ numer*|telefon*|konto|mail*",
    # slow at work: "jestem ciężarem dla zespołu, jak mogę być szybsza?"
    "ciezarem|problemem|klopotem|obciazeniem|zawada dla zespolu|ekipy|druzyny|grupy|firmy|klasy"
    "|projektu|zmiany|szefa|kierownika|teamu|brygady|dzialu",
    "ciezarem|problemem|klopotem|obciazeniem|zawada w pracy|robocie|zespole|ekipie|klasie|firmie"
    "|druzynie|grupie|szkole",
    # waking up on Friday, after the holidays
    "obudzic|obudze|budzic ~ sie ~ w|we|dopiero|za|po|na ~ piatek|sobote|niedziele|poniedzialek"
    "|wtorek|srode|czwartek|weekend*|wakacj*|ferie|ferii|urlop*|wiosn*|lato|latem|tydzien"
    "|tygodniu|miesiac|egzamin*|sesji|maturze|swiet*|wypla*",
    # quitting a habit: "chcę skończyć z fast foodami"
    "skonczyc|skoncze|skonczyl*|koncze|zakoncze|zerwac|zerwe z ~ fast*|fastfood*|jedzeniem"
    "|slodycz*|paleniem|papieros*|fajkami|alkohol*|piciem|cukrem|graniem|grami|social*|tiktok*"
    "|insta*|kawa|energetyk*|chipsami|scrollowaniem|telefonem|mcdonald*|kebab*",
    # asking for the last time: "ostatni raz pytam o te papiery"
    "ostatni raz ~ pytam|przypominam|upominam",
    # blood from the nose, the gums or a period is not a cut
    "z nosa|dziasel|dziasla",
    "okres|okresie|miesiaczk*",
    # "uważaj, żeby się nie zabić na lodzie": being careful is not the act
    "sie nie zabic|zabil|zabila|zabilem|zabilam|zabijesz|zabije",
    "tym|nim|nia|nimi nie ~ zabic|otruc|zatruc|pociac|skaleczyc|zranic",
    "nie otruc|zatruc|skaleczyc|zranic",
    # not speaking to him again: a quarrel, not a goodbye
    "do niego|niej|nich|tej|tego|tych ~ nie odezwe",
    # lasting till Friday at work, in the heat, without coffee
    "dozyje ~~ lol*|xd*|hah*|heh*|kaw*|kofein*|energetyk*",
    "dotrwam|doczekam|przezyje|dociagne ~~ lol*|xd*|hah*|heh*|robot*|pracy|zmian*|szef*|nud*|upal*|egzamin*|sesj*"
    "|wakacj*|urlop*|wyplat*|kaw*|weekend*|koncert*|premier*|lekcj*|szkol*",
    # pills packed for the week or a trip; "don't try to stop me, I'm off to the gym haha"
    "wszystkie|leki|tabletki ~ na|do ~ tydzien|wyjazd|droge|urlop|wakacje|podroz|walizk*|apteczk*"
    " ~ przygotowan*|gotowe|naszykowan*|spakowan*",
    "wszystkie ~ leki|tabletki ~ na|do ~ wyjazd|droge|urlop|wakacje|podroz|walizk*|apteczk*",
    "nie probuj|probujcie mnie ~ zatrzymac|powstrzymac ~~ hah*|heh*|xd*|lol*|silowni*|imprez*"
    "|zakup*|sklep*|pizz*|kebab*",
    # away on holiday, a wedding, a move: "od poniedziałku mnie nie ma, urlop"
    "mnie ~ nie ma|bedzie ~~ urlop*|wakacj*|wyjazd*|wyjezdzam|ferii|ferie|slub*|wesel*"
    "|przeprowadz*|delegacj*",
    # the last time I write about a form: "ostatni raz piszę w tej sprawie"
    "ostatni raz ~ pisze|pytam|prosze ~ o|w ~ tym|tej|to|te|sprawie",
    # arms cut by cardboard, thorns or glass at work or in the garden
    "pociet*|pokaleczon*|porozcinan*|podrapan* ~ rece|reke|rak|nogi|dlonie ~~ karton*|papier*"
    "|robot*|pracy|roz|krzak*|kolc*|szkl*|kot*|ogrod*|jezyn*|magazyn*",
    # a goodbye to colleagues or classmates on the last day
    "zegnaj*|zegnam|pa|papa|nara|narka ~ koledzy|kolezanki|wszyscy|ekipo|ekipa|zespole|klaso"
    "|kochani ~ z ~ pracy|roboty|klasy|szkoly|stazu|praktyk|zmiany|magazynu|firmy|biura|kursu"
    "|grupy",
    # a date and a place for a wedding or a party, not eating before a blood test or in Ramadan;
    # a life one leaves behind
    *written_out(
        "(date i miejsce/dzien i miejsce/miejsce i date/miejsce i dzien/dzien i godzine) ~ na"
        "|do|dla|slubu|wesela|imprezy|urodzin|spotkania|wyjazdu",
        "(nic nie jem/nie jem nic) ~~ ramadan*|poszcze|czczo|badani*|pobrani*|zabieg*|operacj*",
    ),
    "zyciem ~ towarzyskim|imprezowym|nocnym|studenckim|singla|kawalerskim|panienskim",
    # pills laid out for the week or the trip
    "gotowe|przygotowan*|naszykowan*|odliczon* ~ na|do ~ tydzien|caly|wyjazd|jutro|rano|wieczor"
    "|droge|urlop|wakacje|podroz|apteczk*|pudel*|dzien",
)
# moving house, a bungee jump, a cat on the roof, back by the evening (pl_signs.CALM)
HARMLESS += CALM

# Self-harm said in the first person; part of pl.SIGNALS, kept here for the module's length.
SELF_HARM: tuple[str, ...] = (
    "tne|tnie|ciac|ciecie|pociac|pocie|potne|pocielam|pocialem|cielam|cialem sie",
    "sie tne|potne|pociac|pocie*|pocial*|pociel*|cielam|cialem|ciac|okalecz*",
    "tne|pocielam|pocialem sobie",
    "tne|cielam|cialem|cial*|ciel*|ciac|pociac|pocie*|pocial*|rozcinam|rozcielam|rozcialem"
    "|nacinam|nacielam|nacialem ~ skore|reke|rece|uda|udo|nadgarst*|ramie|ramiona|przedramie"
    "|przedramion*|brzuch|nogi|zyly",
    "nadgarst* ~ pocie*",
    "pociete rece",
    "tne ~ zyletka",
    "ciac|tne|tnac|pociac|cielam|cialem ~ glebiej",
    "glebiej ~ ciac|tne|tnac|pociac",
    "podetne|podciac|podcinam|podcielam ~ zyly|nadgarst*",
    "zyly ~ podciac",
    "okaleczam|okaleczylam|okaleczylem sie",
    "sobie|se ~ krzywde",
    "robie|zrobie|zrobilam|zrobilem sobie ~ rany|rane|ciecia|blizny|siniaki",
    "wbijam|wbilam|wbilem sobie ~ paznokcie|igl*|cyrkiel|noz|szpilk*",
    "krzywde ~ sobie|se",
    "blizn* ~ uda|udach|nadgarst*|przedramion*|cieciu|cieciach|zyletce",
    "ukrywam|chowam|zaslaniam|zakrywam ~ blizn*|rany|ciecia|slady|nadgarst*",
    "dlugie rekawy ~~ widac|widzial*|blizn*|ran|rany|ciecia",
    "drap*|rozdrap* ~ krwi|krew|krwawi*",
    "przypalam|przypalil* sie",
    "przypalam ~ skore|reke|rece",
    "papieros*|pet|peta|pety|petem|szlug*|fajk* ~ na|o ~ rece|reke|ramieniu|ramie|skorze|nadgarst*"
    "|udzie|udach|dloni",
    "poparzyl* sie ~ specjalnie",
    "poparzyl* sie zapalniczk*",
    "specjalnie|celowo ~ sie ~ poparzyl*|oparzyl*|przypalil*|pocial*|pociel*|skaleczyl*|zranil*",
    "poparzyl*|oparzyl*|przypalil*|skaleczyl*|zranil* sie ~ specjalnie|celowo",
    "wale|walilam|walilem|uderzam|bije|tluke|okladam ~ glowa|piescia|piesciami ~ w|o|po"
    " ~ sciane|mur"
    "|sciany|uda|udach|udo|nogi|nogach|brzuch|glowe|glowie|twarz|twarzy",
    "bije|uderzam|wale|tluke|bilam|bilem sie ~ piesci*|glowie|twarzy|twarz|glowe",
    "chce zeby bolalo",
    "gloduje ~ specjalnie|celowo|zeby|kara|dni|dnia|tygodni*",
    "glodze|glodzilam|glodzilem|glodzic sie",
    "sie glodze",
    "sie ukarac",
    "ukarac|karam sie|siebie",
    "zasluguje na ~ bol|kare|cierpienie|smierc",
    "zasluguje ~ cierpiec|umrzec",
    "zasluzyl* ~ cierpiec|umrzec|cierpienie|bol|kare",
    "tylko bol ~ czuje",
)
