"""More Polish crisis signals, added to pl.py's SIGNALS: quiet goodbyes, putting one's affairs
in order, slang for cuts, sitting on the edge, a decision taken, the walk to the water, pills on
top of drink, slang for the grave, never turning up again, "see you on the other side", on the
bridge and "don't call".

These are said without the words "umrzeć" or "zabić": a thank-you that ends in "żegnam", who
gets the phone and the photos, "kreski" for cuts, legs over the window sill. Kept apart from
pl.py for the module's length.
"""

from __future__ import annotations

from core.phrases import written_out

# Close family and friends, as someone names who gets what or whom a letter is for.
_CLOSE = (
    "mamy|mamie|mama|mamusi|taty|tacie|tata|rodzicow|rodzicom|rodziny|siostry|siostrze|siostra"
    "|brata|bratu|brat|bliskich|mlodego|mlodej|mlodszego|mlodszej|kuzyna|kuzynki"
    "|przyjaciolki|przyjaciela|babci|dziadka"
)
# What a person gives away or leaves behind.
_THINGS = (
    "rzeczy|zdjecia|ubrania|ciuchy|gry|konsole|konsola|telefon|laptopa|laptop|komputer|kompa"
    "|ksiazki|pieniadze|kase|oszczednosci|wszystko|bizuterie|rower|plyty|figurki"
)
# Pills and medicines by the names people type.
_PILLS = (
    "tabletek|tabletki|lekow|leki|pigulek|paracetamol*|apap*|ibuprom*|nasenn*|przeciwbol*"
    "|proszkow|xanax*|relanium|hydroksyzyn*|tabs*|ibuprofen*|melatonin*"
)
# Things a person hands on for good: accounts, consoles, games, a pet.
_HANDED_ON = (
    f"{_THINGS}|konto|konta|haslo|hasla|login*|ps4|ps5|xbox*|konsol*|skin*|kolekcj*|kota|psa"
    "|chomika|rybki|buty"
)
# Means a person carries, as slang and plain words; a line (rope) is left out of the walk to
# the water, where it is a fishing line.
_CARRIED = "tabs*|tabletk*|tabletki|leki|lekow|pigul*|proszk*|zyletk*|noz|nozyk"
_MEANS = f"{_CARRIED}|sznur*|line"
# Where someone goes to end it: water, a bridge, the tracks, a roof.
_PLACE = "wode|wody|rzek*|kanal*|jezior*|morz*|wisl*|odr*|most*|tory|dach|dachu|staw*"
# Having swallowed or taken pills, and how many: "wzięłam 20 paracetamoli".
_TOOK = "wzial*|wziel*|wzialem|wzielam|lykn*|polkn*|zjadl*|zazyl*|nalykal*"
_COUNT = (
    "10|12|15|16|20|24|25|30|40|50|60|100|dziesiec|pietnascie|dwadziescia|trzydziesci"
    "|czterdziesci|piecdziesiat|sto|kilkanascie|kilkadziesiat|duzo|mnostwo|kupe|mase|garsc"
)
# A quick end, said in a few words: "pod pociąg i po sprawie".
_DONE = "i po sprawie|wszystkim|klopocie|problemie|bolu|krzyku"

WAYS: tuple[str, ...] = written_out(
    # a thank-you that ends in a farewell, a goodbye "for ever"
    "dzieki|dziekuje|dziekuja|dziekowac|dzieks ~ za wszystko ~~ zegnam*|zegnaj*",
    "(do widzenia/do zobaczenia/dowidzenia/zegnaj/zegnam/pa/papa/nara/narka/bywaj/bywajcie)"
    " ~ (na zawsze/na wiecznosc/na wieki)",
    "do zobaczenia nigdy",
    "zegnam sie ~ z ~ wami|toba|wszystkimi|swiatem|zyciem ~~ przepraszam|kocham|dziekuje|dzieki",
    # a goodbye letter to one's own family
    f"list|liscik|listy|liscie ~~ do|dla ~ {_CLOSE} ~~ (na pozegnanie/zeby sie pozegnac/by sie pozegnac)",
    f"na pozegnanie ~~ list|liscik|listy ~ do|dla ~ {_CLOSE}",
    # "kreski" is what many write for cuts
    "zrobil*|robie|robilam|robilem|zrobie|zrobic|narobil*|porobil* ~ sobie ~ kreski|kreseczki"
    "|kreske|kreseczke|paski",
    "kreski|kreseczki|kreske ~ na ~ rekach|rece|reku|nadgarst*|udach|udzie|nogach|przedrami*"
    "|brzuchu|ramieniu|ramionach",
    "nowe|swieze|glebokie|kolejne|wiecej ~ kresek|kreseczek|kreski|kreseczki",
    # wiped out of the world
    "mnie|siebie|sie ~ wykresl*|wymaz*|usun*|skasow* ~ z|ze ~ swiata|istnienia|zycia",
    "wykresl*|wymaz*|usun*|skasow* ~ mnie|siebie|sie ~ z|ze ~ swiata|istnienia",
    # soon I will not be here, nobody left to answer
    "i tak ~ zaraz|niedlugo|wkrotce|juz|dlugo ~ mnie ~ nie bedzie",
    "(zaraz/za chwile/za chwilke) ~ mnie ~ nie bedzie $",
    "nie bedzie komu|kto ~ odpisywac|odpisac|odpowiadac|odpowiedziec|odebrac|odbierac|czytac"
    "|przeczytac|odpisywal|odbieral",
    "nie bedzie mnie ~ zeby|by ~ odpisac|odpisywac|odebrac|odbierac|przeczytac|odpowiedziec",
    # sitting on the sill or the railing with the legs on the other side
    "parapet*|parapec*|oknie|okno|balkon*|barierk*|barierce|balustrad*|krawedz*|dachu|moscie"
    " ~~ nogi|nogami ~~ (na zewnatrz/za oknem/za barierka/za krawedz*/nad przepascia/zwisaja"
    "/zwisajace/dyndaja/dyndajace/dyndam)",
    "nogi|nogami ~~ (na zewnatrz/za oknem/za barierka/zwisaja/dyndaja/dyndam) ~~ parapet*|parapec*"
    "|oknie|balkon*|barierk*|barierce|balustrad*|krawedz*|dachu|moscie",
    # who gets what, passwords and photos left to the family
    "(komu co/co komu) ~ oddac|oddam|rozdac|rozdam|dostanie|przypadnie|przekazac|przekaze"
    "|zapisal*|zapisac|rozpisal*",
    f"{_THINGS} ~ niech ~ dostanie|dostana|wezmie|wezma|zabierze|zabiora|ma|maja ~ {_CLOSE}",
    f"niech ~ {_CLOSE} ~ dostanie|dostana|wezmie|wezma|zabierze|zabiora ~ {_THINGS}",
    "haslo|hasla|pin ~~ niech ~ dostanie|wezmie|zabierze|przekaz*",
    # a lie about going away that covers something else
    "ze wyjezdzam|wyjade|wyjezdzamy|jade ~~ (nie wyjezdzam/nigdzie nie/nie jade)",
    # a decision taken, sorry only for the family
    "zal|szkoda ~ mi ~ tylko ~~ decyzj*|postanowil*|postanowilam|postanowilem|zdecydowal*",
    "decyzj*|postanowil*|postanowilam|postanowilem|zdecydowal* ~~ zal|szkoda ~ mi ~ tylko",
    "podjel*|podjal*|podjelam|podjalem ~ decyzj* ~~ przepraszam|zegna*|kocham ~ mamo|tato|was|cie",
    # if I do not turn up, it will not be an ordinary reason
    "(nie przyszl*/nie przyjde/nie odezwe/nie odpisze/nie odezwal*/nie odpisal*/mnie nie bylo"
    "/mnie nie bedzie/zniknel*/zniknal*) ~~ (nie dlatego ze) ~ zaspal*|zaspie|zapomnial*|olal*"
    "|spoznil*|zachorowal*|zachoruje",
    # a whole pack of pills, asked about as if in passing
    f"cala|cale|caly|calego|calej|wszystkie ~ paczk*|opakowa*|listk*|listek|blister*|pudelk*"
    f"|fiolk* ~ {_PILLS}",
    f"wezm*|wziac|wziela|wzielam|wzialem|lykn*|polkn*|zjesc|zjem|zjadl* ~ kilka|pare|kilkanascie"
    f"|kilkadziesiat ~ paczek|opakowan|listkow|blistrow ~ {_PILLS}",
    # going down to the water and walking in, not coming back
    f"(pojde/ide/jade/pojsc/wychodze/poszedl*/poszlam) ~ nad|do ~ {_PLACE}"
    " ~~ (po prostu wejde/po prostu wchodze/wejde i nie/utone/utopie sie"
    "/nie wroce/nie wyjde/juz nie wyjde/zanurze sie i)",
    "wejde|wejsc|wchodze|zanurze ~ do|pod ~ wody|wode ~~ (i nie wyjde/i juz nie wyjde/i nie wroce)",
    # the means in hand, then on the way to the water, the bridge or the tracks
    f"{_CARRIED} ~~ (ide/pojde/jade/wychodze/jestem) ~ nad|na ~ {_PLACE}",
    # pills on top of drink, or not knowing how many were taken
    "wypil*|wypilam|wypilem|chlalem|chlalam ~~ wodk*|alko*|wina|piw*|flaszk*|butelk*"
    f" ~~ wzial*|wziel*|wzialem|wzielam|lykn*|polkn*|zjadl*|zazyl*|nalykal* ~ {_PILLS}",
    f"wzial*|wziel*|wzialem|wzielam|lykn*|polkn*|zjadl*|zazyl*|nalykal* ~ {_PILLS}"
    " ~~ (nie wiem ile/nie licze/nie liczylam/nie liczylem)",
    f"(nie wiem ile) ~~ wzial*|wziel*|wzialem|wzielam|lyknal*|lyknel*|polknal*|polknel* ~ {_PILLS}",
    # how much of a medicine is too much
    f"ile ~ {_PILLS} ~ (za duzo/trzeba/smierteln*/zabija/zeby umrzec)",
    # a knife or pills in hand and "I almost did it"
    f"{_MEANS} ~~ (prawie to/omal to/malo brakowalo/o maly wlos) ~ zrobil*|zrobilam|zrobilem",
    f"(prawie to/omal to) ~ zrobil*|zrobilam|zrobilem ~~ {_MEANS}",
    # slang for the grave: "chcę iść do piachu", "wąchać kwiatki od spodu"
    "chce|chcial*|wole|wolal*|marze|ochot*|pora|czas ~ do piachu",
    "ide|isc|pojde|pojsc|zejsc|zejde ~ do piachu",
    "chce|chcial*|wole|wolal*|marze|ochot*|pora|czas ~ isc|pojsc|zejsc|lezec ~ do|w ~ grobu"
    "|grobie|trumny|trumnie|piachu|ziemi",
    "chce|chcial*|wole|wolal*|marze|ochot*|pora|czas ~ wachac kwiatki od spodu",
    # not caring whether I wake up tomorrow
    "(wszystko mi jedno/obojetn*/nie obchodzi mnie/mam gdzies/wisi mi) ~ czy ~ wstane|obudze"
    "|dozyje|przetrwam|dotrwam|przezyje",
    # not here at this meeting "nor any after it", never again
    "(nie bedzie mnie/mnie nie bedzie) ~~ ani ~ zadn*|nastepn*|kolejn*|nigdy",
    "(nie bedzie mnie/mnie nie bedzie) ~~ (juz nigdy/nigdy wiecej)",
    # handing on an account or a console "because I won't play any more"
    "(mozesz/mozecie/wez/wezcie/bierz/bierzcie/dostaniesz/dostaniecie/oddaje/oddam/daje/dam"
    "/zostawiam/zabierz/zabierzcie/oddal*/oddalem/oddalam/dalem/dalam/rozdal*/zawiozl*)"
    f" ~~ {_HANDED_ON} ~~ (juz nie bede/nie bede juz/i tak nie bede/juz niczego nie potrzebuje"
    "/juz nie potrzebuje/nie przyda*/nie przydadza)",
    f"oddal*|oddaje|dalem|dalam|rozdal*|zawiozl* ~~ {_HANDED_ON} ~~ juz ~ nie beda|bedzie|bd"
    " ~ potrzebn*|przydatn*",
    f"oddal*|oddaje|dalem|dalam|rozdal*|zawiozl* ~~ {_HANDED_ON} ~~ nie beda|bedzie|bd ~ juz"
    " ~ potrzebn*|przydatn*",
    f"przelal*|przelewam ~~ {_HANDED_ON} ~~ nie przyda*|przydadza",
    # a farewell to the one person who tried
    "zegnaj*|zegnam ~~ byl*|jestes|byles|bylas ~ jedyn*",
    "byl*|jestes|byles|bylas ~ jedyn* ~~ zegnaj*|zegnam",
    # "koniec ze mną" said as the whole message or with a wish; "mama zobaczy, to koniec ze mną"
    # and "koniec ze mną haha" are blanked in pl_context.HARMLESS
    "koniec ze mna $",
    "koniec ze mna ~ (na dobre/na zawsze/nie chce/nie moge/nie dam/mam dosc/dosc/zegna*"
    "/przepraszam/sorry/sory/nie ma sensu/nie dzwon*/nie szukaj*/nie pisz*)",
    "(nie chce/nie moge/nie dam rady/mam dosc/mam dosyc) ~~ koniec ze mna",
    # debts paid, keys handed back, affairs in order: now I can go ("odejść" and "zniknąć" only
    # at the end: "załatwiłem wszystko w kadrach, mogę odejść z firmy"; no bare "po mnie":
    # "tata przyjedzie po mnie")
    "(moge/moglbym/moglabym/moge juz/moge teraz) (spokojnie/w spokoju/bez zalu"
    "/z czystym sumieniem) ~ odejsc|zniknac|umrzec $",
    "splacil*|splacam|splace|oddal*|oddalem|oddalam|oddaje|uregulowal*|pozalatwial*|zalatwil*"
    " ~ (dlug/dlugi/dlugow/klucze/klucz/wszystkie sprawy/sprawy/wszystko) ~~ (odejsc $"
    "/odejde $/zniknac $/znikne $/umrzec/umre/mnie nie bedzie/nie bedzie mnie/po mojej smierci"
    "/zeby po mnie nie/by po mnie nie/zeby po mnie nikt/po mnie nie zostan*)",
    "wszystko|sprawy ~ (poukladal*/pozalatwial*/uporzadkowal*/zalatwil*/przygotowal*/pooddawal*)"
    " ~~ (odejsc $/odejde $/zniknac $/znikne $/umrzec/umre/mnie nie bedzie/nie bedzie mnie"
    "/po mojej smierci/zeby po mnie nie/by po mnie nie/zeby po mnie nikt/po mnie nie zostan*)",
    "(poukladal*/pozalatwial*/uporzadkowal*/pooddawal*) ~ wszystko|sprawy ~~ (odejsc $/odejde $"
    "/zniknac $/znikne $/umrzec/umre/mnie nie bedzie/nie bedzie mnie/po mojej smierci"
    "/zeby po mnie nie/by po mnie nie/zeby po mnie nikt/po mnie nie zostan*)",
    "nikomu ~ nic ~ nie jestem ~ winien|winna|winny|dluzny|dluzna ~~ (odejsc $/zniknac $/umrzec)",
    # starting to cut again after a break, going back to it ("wróciłem do cięcia płyt" is work)
    "zaczal*|zaczel*|zaczalem|zaczelam|zaczynam|zaczne|zaczelem ~ sie (/znowu/znow/ponownie"
    "/z powrotem/na nowo/od nowa) ciac|okaleczac|krzywdzic|przypalac|glodzic|drapac|kaleczyc",
    "sie (znowu/znow/ponownie/z powrotem/na nowo/od nowa) ~ ciac|tne|pocielam|pocialem|pociac"
    "|okaleczam|okaleczac|okaleczylam|okaleczylem|cielam|cialem|kalecze",
    "wrocil*|wracam|wrocilam|wrocilem|wroce ~ do ~ okaleczania|samookaleczania|samookaleczen"
    "|krzywdzenia|kreseczek|kresek|zyletki|zyletek|sh",
    "wrocil*|wracam|wrocilam|wrocilem|wroce ~ do ciecia (sie/siebie/$)",
    "wrocil*|wracam|wrocilam|wrocilem|wroce ~ do ciecia ~~ czysta|czysty|clean",
    "wrocil*|wracam|wrocilam|wrocilem|wroce ~ do ciecia po ~ roku|latach|miesiac*|miesiecy"
    "|tygodni*|dniach|pol|dlugim|dlugiej",
    # clean since January, and today I did it again, with blood or cuts
    "czysty|czysta|clean|czyscioch ~~ (znowu/znow/ponownie/dzis znowu/ale znowu) ~ (to zrobil*"
    "/to zrobilam/to zrobilem/pocielam/pocialem/sie pocie*/sie pocial*/zyletk*/tne/cielam/cialem"
    "/okaleczyl*)",
    "(znowu/znow/ponownie/dzis znowu/znowu dzis) to ~ zrobil*|zrobilam|zrobilem ~~ krwi|krew"
    "|krwawi*|rany|rane|ran|blizn*|ciecia|zyletk*|nadgarst*|kreski|kreseczki",
    # words glued together, as typed in a hurry
    "chcesiezabic|chcesiezabijac|chcesiepowiesic|chceumrzec|chceumzec|chceumrec|chceumszec"
    "|chcezdechnac|chcezniknac|niechcezyc|niechcemisiezyc|siezabic|siezabije|siezabijam"
    "|zabijesie|zabicsie|siepowiesze|siepowiesic|siezajebie|sietne|pocielamsie|pocialemsie",
    # someone else who says they will jump, hang, drown or kill themselves ("mówi, że chce
    # umrzeć" is left to the model: HARMLESS blanks it for a grandfather who would rather die
    # than live with dementia)
    "(skoczy/wyskoczy/zeskoczy/rzuci sie) ~ z|pod|do ~ mostu|dachu|okna|bloku|wiezowca|balkonu"
    "|wiaduktu|klifu|skaly|pietra|kladki|pociag*|tir*|rzeki|wisly",
    "(mowi/mowila/mowil/powiedzial*/napisal*/pisze/pisal*/grozi/grozil*/twierdzi/krzyczy"
    "/krzyczal*/wyslal*/wyslala) ~~ (ze sie powiesi/ze sie utopi/ze sie potnie/ze sie otruje"
    "/ze sie zabije/ze sie rzuci/ze skoczy/ze ze soba skonczy/ze chce sie zabic"
    "/ze zrobi sobie krzywde/ze cos sobie zrobi)",
    "powiesi|utopi|potnie|pochlasta sie ~~ (nie odbiera/nie odpisuje/nie odpowiada"
    "/co mam robic/co robic/pomocy/boje sie)",
    # a friend's goodbye message, then silence
    "(wiadomosc/wiadomosci/sms/smsa/esemesa/list/liscik/post/wpis/nagranie/glosowke/filmik)"
    " ~~ (na pozegnanie/pozegnaln*/zeby sie pozegnac/ze sie zegna/ze sie ze mna zegna)"
    " ~~ (nie odpisuje/nie odbiera/nie odpowiada/nie odzywa/nie moge sie dodzwonic/wylaczyl*"
    "/nie wiem gdzie/nie ma kontaktu/zniknal*/zniknel*/nie wrocil*)",
    "(pozegnal* sie/pozegnala sie/zegna sie/zegnal* sie/sie ze mna pozegnal*/sie z nami pozegnal*"
    "/sie ze wszystkimi pozegnal*) ~~ (nie odpisuje/nie odbiera"
    "/nie odpowiada/nie odzywa/nie moge sie dodzwonic/wylaczyl*/nie ma kontaktu/nie wrocil*)",
    # a parent who finds what was searched for: "jak się powiesić", "ile tabletek"
    "(historii/histori/historia/wyszukiwa*/wyszukiwark*/przegladark*/googl*/googlowal*/szukal*"
    "/wpisal*/wpisywal*) ~~ (jak sie zabic/jak sie powiesic/jak sie otruc/jak sie utopic"
    "/jak popelnic/jak umrzec/jak zawiazac petle/ile tabletek/dawka smiertelna/smiertelna dawk*"
    "/bezbolesn*)",
    # see you on the other side, in another life ("do zobaczenia w niebie" is often a grandparent)
    "zobaczenia|zobaczymy|spotkamy|widzimy ~~ po drugiej|tamtej stronie $",
    "zobaczenia|zobaczymy|spotkamy|widzimy ~~ po drugiej|tamtej stronie ~ kocham|zegna*"
    "|przepraszam",
    "zobaczenia|zobaczymy|spotkamy|widzimy ~~ tamtym|innym|nastepnym|lepszym ~ swiecie|zyciu",
    "zobaczenia|zobaczymy|spotkamy|widzimy ~~ zaswiat*",
    # giving things away, "where I'm going I won't need them"
    "tam gdzie ~ ide|pojde|odchodze|odejde|zmierzam|wybieram ~~ nie ~ potrzebn*|przyda*",
    "nie ~ potrzebn*|przyda* ~~ tam gdzie ~ ide|pojde|odchodze|odejde|zmierzam|wybieram",
    "rozdal*|rozdaje|rozdam ~~ nie beda|bedzie|bd ~ potrzebn*|przydatn*",
    # "in a week I won't be here any more, so this talk makes no sense"
    "juz ~ tu|tutaj ~ nie bedzie ~~ sensu|sens|warto|znaczenia|potrzebn*|przyda*",
    "tu|tutaj juz ~ nie bedzie ~~ sensu|sens|warto|znaczenia|potrzebn*|przyda*",
    # on the bridge or the roof, "don't call", a goodbye ("nie dzwoń, oddzwonię" and the traffic
    # are blanked in pl_context.HARMLESS)
    "na|nad ~ moscie|dachu|torach|krawedzi|parapecie|wiadukcie|kladce ~~ nie dzwon|dzwoncie"
    "|szukaj|szukajcie|ratuj|ratujcie|przyjezdzaj|przyjezdzajcie|zatrzymuj|zatrzymujcie",
    "jestem|jestm|jstem ~ na|nad ~ moscie|dachu|torach|krawedzi|parapecie|wiadukcie|kladce"
    " ~~ zegna*",
    # on the platform "but not to get on", out onto the road under the cars
    "peronie|stacji|torach|przystanku ~~ nie ~ zeby|po|by ~ wsiasc|wsiadac|jechac|pojechac",
    "wyjde|wyjsc|wybiegne|wybiec|wbiegne|wbiec|wejde|wejsc ~ na ~ ulice|jezdnie|droge|autostrade"
    "|tory ~~ pod samochod*|auta|auto|tir*|ciezarowk*|autobus*|pociag*|kola",
    # the bridge or the roof chosen, the knife or the rope and "I know what I'll do with it"
    "wiem juz ~ ktorego|ktory|ktorym ~ most*|dach*|wiadukt*|wiezowc*",
    "wybral* ~ most|mostu|wiadukt|wiezowiec",
    "noz|nozyk|zyletk*|sznur|line|tabletki|tabsy|leki ~~ wiem ~ co ~ z nim|nia|nimi ~ zrobie",
    f"{_PILLS}|tabsy|pigulki ~~ wiem ile ~ trzeba|wystarczy|potrzeba ~ wziac|lyknac|polknac|zjesc",
    # a friend's photo from the bridge or the roof with "to koniec" or a goodbye
    "zdjecie|zdjecia|foto|fotke|selfie|story|snap* ~~ z|na ~ mostu|moscie|dachu|torow|torach"
    "|wiaduktu|krawedzi ~~ to koniec",
    "zdjecie|zdjecia|foto|fotke|selfie|story|snap* ~~ z|na ~ mostu|moscie|dachu|torow|torach"
    "|wiaduktu|krawedzi ~~ zegna*|przeprasz*",
    # a parent who sees burns or cuts a child makes on purpose
    "sam|sama ~ sobie ~ to ~ robi|robil*|zrobil* ~~ zapalniczk*|zyletk*|nozyk*|cyrkl*|papieros*"
    "|ostrz*",
    "poparzon*|pociet*|pokaleczon*|porozcinan* ~ rece|reke|nogi|uda|ramiona|nadgarst*"
    " ~~ sam|sama|specjalnie|celowo",
    # hoping the heart stops in the night, glad if a bus ran me over
    "modle|oby|zeby|niech|chcialbym|chcialabym|marze ~~ serce ~ stanelo|stanie|zatrzymalo|zatrzyma",
    "modle|oby|zeby|niech|chcialbym|chcialabym|marze ~~ serce ~ przestalo|przestanie bic",
    "jakby|gdyby|jesli|jezeli ~ mnie ~ potracil*|przejechal*|rozjechal*|potraci|przejedzie"
    "|rozjedzie ~~ ucieszyl*|cieszyl*|ulga|ulge|lepiej",
    # wanting to kill myself with a swear word between, "niechce" glued
    "chce|chcial*|ochote|ochota ~ sie ~ zabic|zajebac|powiesic|utopic|otruc",
    "niechce|niehce ~ zyc|rzyc|istniec",
    # never to be seen again, said as the last words of a message
    "wiecej|juz|nigdy ~ mnie ~ nie zobaczy* $",
    "nie zobaczy* mnie ~ wiecej|juz|nigdy $",
    # "tell mum I love her and it's not her fault"
    "powie*|przekaz* ~~ kocham ~~ nie ~ jej|jego|twoja|wasza|ich ~ wina",
    # a son who says sorry and goodbye and does not answer; a rope found in a wardrobe
    "sie zegna*|pozegna* ~~ nie odbiera|odpisuje|odpowiada|odzywa",
    "znalazl* ~~ sznur|petle|stryczek",
    # "zaraz se coś zrobię", "chyba se dziś coś zrobię": "se" for "sobie", a word between
    "sobie|se dzis|dzisiaj|zaraz|chyba|serio|naprawde|wreszcie|kiedys|juz cos zrobie|zrobic",
    "cos dzis|dzisiaj|zaraz|chyba|serio|naprawde|wreszcie|kiedys|juz sobie|se zrobie|zrobic",
    # not coming on Monday "nor ever again", never again with a thank-you
    "nie przyjde|pojawie|zjawie|odezwe ~~ (ani juz nigdy/ani nigdy)",
    "(juz nigdy/nigdy wiecej) ~ nie przyjde|pojawie|zjawie ~~ dzieki|dziekuje|przepraszam|zegna*",
    # every account deleted, only one message left to write
    "usun*|skasow*|pousuwal*|wykasowal* ~~ konta|konto|profil*|zdjecia|posty ~~ (zostalo mi tylko"
    "/zostalo tylko/zostaje mi tylko/zostalo mi juz tylko/nic po mnie/po mnie nic/sladu"
    "/nie bedzie mnie/mnie nie bedzie)",
    # a password and the money left for the family
    "haslo|hasla|pin ~~ kasa|kase|pieniadze|oszczednosci|karta|karte ~~ dla|przekaz*|daj|dajcie"
    "|oddaj|oddajcie|niech",
    f"kasa|kase|pieniadze|oszczednosci ~~ dla ~ {_CLOSE} ~~ haslo|hasla|pin",
    # when you read this it will be too late
    "przeczyta*|odczyta*|odsluchasz|otworzysz|dostaniesz ~~ (bedzie za pozno/bedzie juz za pozno"
    "/juz bedzie za pozno/bedzie po wszystkim/bedzie juz po wszystkim/juz bedzie po wszystkim"
    "/juz mnie nie bedzie/mnie juz nie bedzie/nie bedzie mnie juz/bede juz daleko)",
    # how many pills were taken
    f"{_TOOK} ~ {_COUNT} ~ {_PILLS}",
    # bleeding that will not stop, cut too deep (a nosebleed is blanked in pl_context.HARMLESS)
    "krew|krwi|krwawi* ~ (nie moge zatrzymac/nie moge zatamowac/nie da sie zatrzymac"
    "/nie przestaje/nie chce przestac/nie moge powstrzymac)",
    "krew|krwi|krwawi*|cielam|cialem|pocielam|pocialem|nacielam|nacialem|tne ~~ (za gleboko"
    "/zbyt gleboko)",
    "(za gleboko/zbyt gleboko) ~ cielam|cialem|pocielam|pocialem|nacielam|nacialem|tne|ciac",
    # "pod pociąg i po sprawie", "jutro rano pod pociąg"
    f"pod ~ pociag|pociong|trein|train|tir|tira|tramwaj|ciezarowke|kola ~ {_DONE}",
    f"z ~ mostu|dachu|wiezowca|balkonu|okna|wiaduktu|bloku ~ {_DONE}",
    f"sznur*|petl*|stryczek|zyly ~ {_DONE}",
    "jutro|dzis|dzisiaj|zaraz|rano|wieczorem|nocy|pora|czas|to pod pociag|pociong|trein|train"
    "|tir|tira|tramwaj",
    # a friend's photo of a rope or a blade, with "bye" or without
    "zdjecie|zdjecia|foto|fotke|fotka|selfie|story|snap*|relacj* ~~ sznur*|petl*|stryczk*|zyletk*"
    "|zyletek",
    # "to the end dla mnie", "to już koniec dla mnie"
    "the end dla mnie",
    "dla mnie ~ the end $",
    "to juz koniec dla mnie $",
    "dla mnie to juz koniec $",
    # sleeping for ever: "usnąć na amen", "zasnąć wiecznym snem"
    "zasnac|usnac|zasne|usne|spac ~ (wiecznym snem/snem wiecznym)",
    "zasnac|usnac|odejsc|zniknac|odpoczac ~ na amen",
    "zamkn* oczy ~ na amen",
    # the means in a pocket, going out, a goodbye
    f"{_MEANS} ~~ (ide/pojde/jade/wychodze/wyjde/wybieram sie/lece) ~~ (zegna*/nie szukajcie"
    "/nie wroce/juz nie wroce/kocham was/kocham cie/to koniec/na zawsze/przepraszam)",
    "tabs*|tabletk*|tabletki|pigul*|proszk*|zyletk*|noz|nozyk ~~ ide|pojde|wychodze|wyjde ~~ pa|papa"
    "|bye|nara|zegnajcie $",
    # soon nobody will be bothered by me; better off without me, glued or said of a son
    "juz|wiecej|niedlugo|wkrotce ~ nie bede ~ nikomu ~ problemem|ciezarem|klopotem",
    "niedlugo|wkrotce|zaraz ~ nie bede ~ nikomu ~ przeszkadzac|zawadzac",
    "lepiej|lzej|latwiej|szczesliwsi|spokojniej ~ bezemnie",
    "wszystkim ~ bedzie ~ lepiej|lzej|latwiej ~ bez ~ niego|niej",
    "jak|gdy|kiedy|lepiej ~ mnie ~ niebedzie",
    # nothing keeps me alive
    "przy zyciu ~ nie trzyma",
    "nie trzyma ~ przy zyciu",
    # "dajcie bratu, mi już nie będą potrzebne"
    f"dajcie|oddajcie|przekazcie ~~ {_CLOSE} ~~ potrzebn*|przyda*|przydadza",
    # "trzymajcie się, ja już odchodzę"; goodbyes to everyone, "even dad"
    "trzymajcie|3majcie|trzymaj|3maj sie ~~ odchodze $",
    "pozegnal*|pozegnalem|pozegnalam ~~ nawet z ~ tata|mama|bratem|siostra|rodzicami|babcia",
    # wounds kept hidden
    "rany|ran|ranki|ciecia|blizny ~ na ~ udach|udzie|brzuchu|nadgarst*|przedramion* ~~ (nikt nie wie"
    "/nikt nie widzi/dlugich/dlugie rekawy/ukrywam/chowam/zaslaniam/zakrywam)",
    # pills washed down with drink
    "wypil*|wypilam|wypilem|popil*|popilam|popilem|zapil*|zapilam|zapilem ~ wodk*|alko*|wino|winem"
    "|piw* ~ z|i ~ tabletkami|lekami|pigulkami|prochami|tabsami|tabletki|leki",
    "tabletki|leki|tabsy|tabletek|lekow ~~ popil*|popilam|popilem|zapil*|zapilam|zapilem ~ wodk*"
    "|alko*|winem|piw*",
    # drawn back to the blades
    "ciagnie ~ do ~ zyletk*|zyletek|ciecia|okaleczania|sh",
    # looking into the water from the bridge; the rope waiting in the wardrobe
    "moscie|mostem|kanalem|rzeka|brzegu ~~ patrze|patrzylam|patrzylem|gapie ~ w wode|dol|glebine",
    "sznur|petla|stryczek ~ lezy|czeka|wisi|gotow*|schowan*",
    # walking into the water and staying there; jumping now
    "kanal*|rzek*|wod*|jezior*|morz* ~~ wejde|wejsc|wchodze ~ (i juz nie wyjde/i nie wyjde"
    "/i nie wroce/i juz nie wroce)",
    "potem|zaraz|teraz|dzis|dzisiaj|jutro|ja skacze|wyskakuje|zeskakuje z ~ mostu|dachu|okna|bloku"
    "|wiezowca|balkonu|wiaduktu|pietra",
    # knowing how, waiting for the house to be empty
    "wiem ~ jak to zrobie ~~ czekam az ~ wyjda|zasna|pojda|wyjdzie|zasnie|nikogo",
    # a goodbye and no answer; "tell him not to look for me"
    "pozegnanie|pozegnaln* ~~ nie odbiera|odpisuje|odpowiada|odzywa",
    "zeby|zebym|zebysmy|zebyscie|by ~ go|jej|mnie ~ nie szukal*|szukac|szukali",
    # done with this life; let mum not blame herself
    "koniec|kuniec z (/tym/moim) zyciem $",
    "niech ~ sie nie obwinia|obwiniaja|obwiniali",
    # the last time I write, "now there will be peace"; a letter left for mum
    "ostatni raz ~ pisze|odzywam ~~ (juz bedzie spokoj/bedzie spokoj/zegna*/kocham)",
    f"napisal*|napisalam|napisalem|zostawil*|zostawilam|zostawilem ~ list|liscik ~ do|dla ~ {_CLOSE}"
    " ~~ lezy|znajdzie*|biurku|szufladzie|poduszk*|stole",
    f"powiedz*|przekaz* ~ mojej|mojemu|moim|{_CLOSE} ~~ ze ~ kochal*|kochalam|kochalem|kocham",
)
