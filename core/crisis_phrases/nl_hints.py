"""Dutch signals said in passing, added to core/crisis_phrases/nl.py's SIGNALS: hoping not to wake
up, a decision taken and the calm after it, a height looked at, a rail tested for one's weight, a
goodbye message ready, a knife in hand, "if I am still here by then", nobody having to worry any
more; and the chat words the other lists miss ("me zelf", "lven", "jumpen", "sh", Papiamento
"mi ke muri", Turkish "ölmek" in a Dutch sentence)."""

from __future__ import annotations

from core.crisis_phrases.nl_methods import HIGH, MEDICINE
from core.crisis_phrases.nl_ways import ANCHOR
from core.phrases import written_out

NIET = "niet|nie|ni|nt"
WAKKER = "wakker|wakke|wakkr|wakkur"
# Words people put after a sentence that otherwise ends it ("ik wil niet meer hier zijn eerlijk").
FILLER = (
    "eerlijk|eerlyk|echt|serieus|gwn|gewoon|man|ofzo|ofz|haha|lol|eigenlijk|hoor|fr|frfr|bro|"
    "broer|wallah|wollah|sws|nu|coach|sorry|meer|gezegd|joh|mam|pap"
)
KNIFE = "mes|mesje|mesjes|scheermes*|blade|blades|scherf"
# Jumping in chat English ("ik ga jumpen van de flat").
JUMP = "jump|jumpen|jumpe|jumped|jumpt|afjumpen"
# "Myself" typed in two words ("heb me zelf weer gebrand").
ZELF = "(me zelf/mij zelf/m zelf/mn zelf/mijn zelf)"
# What one hurts or ends oneself with, after "me zelf".
HURT = (
    "gebrand|verbrand|gesneden|gesnede|gekrast|gekrabd|opengehaald|opengekrast|geslagen|snijden|"
    "krassen|branden|ophangen|ophange|verhangen|doden|vermoorden|doodmaken|afmaken|verdrinken|"
    "aandoen|kapotmaken"
)
# Nobody can reach whoever sent a goodbye.
GONE = (
    "(neemt niet op/neemt nie op/reageert niet/reageert nie/telefoon staat uit/telefoon uit/"
    "niet bereikbaar/kan hem niet bereiken/kan haar niet bereiken/ik ben bang/maak me zorgen/"
    "maak me echt zorgen/maak ik me zorgen)"
)
# Things one would find in the medicine cupboard, by the box.
BOXES = "doosjes|doosje|strips|strip|potjes|potje|flesjes|pillen|medicijnen|tabletten"

HINTS: tuple[str, ...] = (
    # hoping not to wake up, tomorrow or at all
    # (not "niet wakker word van die bouw", "niet te laat wakker word")
    f"hoop ~ ik ~~ {NIET} {WAKKER} word|worde|wordt|wordn $",
    f"hoop ~ ik ~~ {NIET} {WAKKER} word|worde|wordt|wordn {FILLER}|en|dan|want|ooit",
    f"inshallah|inchallah|inshalla|insha|hopelijk|hoop ~~ word ik ~ {NIET}|nooit ~ meer|mer ~ {WAKKER}",
    f"wil|wl|wou ~ morgen|morge|gewoon|gwn|ooit ~ {NIET} ~ {WAKKER} ~ worden|worde|wordn $",
    # "leven" typed short
    f"{NIET}|nooit ~ meer|mer ~ lven|levn|lefen|lefe|leevn|leve $",
    # "myself" in two words
    f"{ZELF} ~ {HURT}",
    f"{ZELF} ~ iets|wat|ff ~ (aandoen/aan doen/aangedaan/aan te doen)",
    # done it again, and bleeding
    (
        "(heb het weer gedaan/heb t weer gedaan/het weer gedaan/t weer gedaan) ~~ bloed*|bloedt|"
        "pols|polsen|mesje*|emojiknife|emojiblood"
    ),
    "emojiknife|emojiblood ~~ (heb het weer gedaan/heb t weer gedaan/weer gedaan/het weer gedaan)",
    "emojiknife|emojiblood ~~ arm|armen|pols|polsen|been|benen ~ bloedt|bloed|bloede|bloeden",
    # thinking of jumping, of the end, and how worked out already
    (
        "denk* ~~ aan ~ (springen $/springe $/me ophangen/mezelf ophangen/mezelf doden/verdrinken/"
        "doodgaan/dood gaan/sterven/er een eind aan maken/er een einde aan maken/mijn einde/mn "
        "einde/zelfdoding)"
    ),
    "denk* ~~ aan het einde ~~ (uitgezocht hoe/opgezocht hoe/bedacht hoe/weet hoe/weet al hoe)",
    "(al uitgezocht/al opgezocht/al bedacht/al gegoogeld/al gegoogled/heb uitgezocht/heb opgezocht) hoe $",
    "(al uitgezocht/al opgezocht/al bedacht) hoe ~ ik het ~ ga|zal|wil|moet ~ doen",
    # decided: to step out, to go; it no longer matters
    "besloten ~~ eruit|ertussenuit ~ stap|stappen|ga $",
    (
        "(maakt niet uit/maakt ook niet uit/maakt toch niet uit/maakt niet meer uit/maakt allemaal "
        "niet uit/boeit niet meer/boeit toch niet) ~~ besloten|beslist|gepland ~~ ga|stop|weg $"
    ),
    # the last time, take care
    "laatste keer ~ dat ik ~~ (zorg goed voor jezelf/pas goed op jezelf/zorg goed voor je zelf/hou van je)",
    # calm, because it will be over
    (
        "rustig ~~ morgen|vannacht|vanavond|straks|binnenkort|zaterdag|zondag ~~ allemaal|alles|"
        "eindelijk ~ klaar|voorbij|over|afgelopen"
    ),
    (
        "rustig ~~ morgen|vannacht|vanavond|straks|binnenkort|zaterdag|zondag ~~ (is het voorbij/is "
        "het over/is alles voorbij/is alles over/is het klaar/is alles klaar/is het afgelopen) $"
    ),
    # if I am still here by then
    "als ik er ~ nog ben|leef|besta ~ tenminste|tenmiste|tenminsten|tmnste|tenminst $",
    "als ik ~ dan|morgen|maandag|volgende|overmorgen ~ nog leef|besta ~ tenminste|tenmiste|tmnste $",
    # how high the balcony is
    (
        "gekeken|uitgezocht|opgezocht|bekeken|gecheckt ~ hoe hoog ~ ons|onze|mijn|mn|het|de|die ~ "
        "balkon|dak|flat|galerij|flatdak ~ is $"
    ),
    (
        "(niet geslapen/hele nacht/elke nacht/vannacht/elke dag) ~~ hoe hoog ~ ons|onze|mijn|mn|het|"
        "de|die ~ balkon|dak|flat|galerij|flatdak"
    ),
    # a goodbye message ready
    (
        "afscheidsbericht*|afscheidsappje*|afscheidsvideo* ~~ klaar|klaarstaan|klaarstaat|"
        "geschreven|getypt|opgesteld|opgenomen|gemaakt|notities|concept*|drafts|opgeslagen|ingepland"
    ),
    # a rail or a hook tested for one's weight
    (
        f"{ANCHOR}|gordijnroede|roede|stang|kapstok|lamp|lampenhaak|buis|ophanghaak ~~ of ~ "
        "hij|het|die|ze|t ~ (me/mij/mn gewicht/mijn gewicht) ~ houdt|houd|hout|houden|draagt|"
        "dragen|kan"
    ),
    (
        f"{ANCHOR}|gordijnroede|roede|stang|kapstok|lamp|buis ~~ sterk|stevig genoeg ~~ (mijn "
        "gewicht/mn gewicht/om me te houden/om mij te houden/voor mij/voor me)"
    ),
    # ("strop" is also bad luck: "wat een strop, de trein ligt stil")
    "strop ~ in ~ mijn|mn|de|m ~ kast|kamer|tas|rugzak|la|lade",
    "touw|strop ~~ verstopt ~~ kast|kamer|bed|matras|tas|rugzak",
    # almost jumped; not sure of lasting one more night
    f"(vannacht/gisteren/gisteravond/vanavond/net/vandaag) ~ bijna ~ gesprongen|gesprongn|{JUMP}",
    f"bijna ~ gesprongen ~ van|vanaf|voor ~ de|het|een ~ {HIGH}|trein|metro",
    (
        "(weet niet of ik het/weet nie of ik het/weet niet of ik t/weet niet of ik) ~ nog ~ "
        "een|1|n ~ nacht|dag|week|avond ~ hou|houd|volhoud|uithoud|volhou|trek|red|overleef"
    ),
    # not here any more, with a word after it
    f"wil ~ {NIET} ~ meer ~ hier ~ zijn ~ {FILLER} $",
    f"wil ~ hier ~ {NIET} ~ meer ~ zijn ~ {FILLER} $",
    f"wil ~ {NIET} ~ verder $",
    f"wil ~ {NIET} ~ verder ~ {FILLER} $",
    # done with everything and with myself
    (
        "klaar met alles ~~ (ook met mezelf/ook met mijzelf/met mezelf/met mijzelf/met mn leven/"
        "met mijn leven)"
    ),
    "klaar met alles ~ sorry $",
    "klaar met mezelf|mijzelf ~ sorry|doei|vaarwel",
    # a knife in hand, not sure of stopping
    f"met ~ een|mijn|mn|het|de|dat ~ {KNIFE} ~ in ~ mijn|mn|me ~ hand|handen",
    f"zit|lig|zat|lag ~ in ~ bad|badkuip ~~ {KNIFE}|pillen|touw",
    f"{KNIFE}|touw|strop ~~ (wil het doen/wil het nu doen/ga het nu doen/ik doe het nu/wil t doen)",
    (
        f"{KNIFE}|pillen|touw|strop ~~ (weet niet of ik het kan laten/weet niet of ik het laat/weet "
        "niet of ik het nog kan laten/kan het niet laten/weet niet of ik mezelf kan tegenhouden/"
        "weet niet of ik kan stoppen)"
    ),
    # plans that are final; giving up for good
    (
        "(andere plannen/eigen plannen/mijn plannen/mn plannen/ander plan/een plan) ~~ definitie*|"
        "permanent|voorgoed|onomkeerbaar $"
    ),
    "geef* ~ het|t ~ op ~ definitief|voorgoed|forever $",
    # a burden, sorry
    "ben ~ een|n|en ~ last ~~ sorry|vaarwel|doei|iedereen|jullie|niemand|beter",
    # everything in the cupboard, the boxes taken, knowing what to do
    "neem|slik|nemen|slikken ~~ alles|allemaal ~ in ~ wat ~~ kast|medicijnkast|la|lade|badkamer|huis",
    "slik|slikken ~~ alles|allemaal ~ wat ~~ kast|medicijnkast|la|lade|badkamer|huis|vinden|vind",
    (
        f"{BOXES} ~~ allemaal|alle ~~ gepakt|gejat|gestolen|verzameld|meegenomen ~~ (weet wat ik ga "
        "doen/weet wat ik doe/ga het doen/op mn bed/op mijn bed/op mn kamer)"
    ),
    f"{MEDICINE}|doosjes|doosje|strips|potjes ~~ weet ~ wat ik ~ ga doen",
    (
        f"{MEDICINE} ~~ klaarliggen|klaarligge|klaargelegd|klaar ~~ (niet meer wakker/nie meer "
        "wakker/nooit meer wakker/dood/genoeg/sorry/vaarwel/doei/afscheid/voorgoed)"
    ),
    # the last night
    "wordt|word|is ~ mijn|mn|me ~ laatste nacht|avond $",
    "wordt|word ~ mijn|mn ~ laatste dag $",
    "laatste nacht|dag ~ (op aarde/op deze wereld)",
    # jumping, in chat English
    f"{JUMP} ~ van|vanaf|off|of ~ de|het|een|die|dat|mn|ons ~ {HIGH}",
    f"van ~ de|het|een|die ~ {HIGH} ~ {JUMP}",
    # Papiamento: "mi ke muri" (I want to die), "mi no ke biba mas", "mata mi mes" (kill myself)
    "mi ke|kier|kie|kiere|kere ~ muri",
    "mi no ke|kier|kie|kiere ~ biba|bibu ~ mas",
    "mata mi mes",
    # Turkish in a Dutch sentence ("ik wil echt ölmek")
    "wil ~ olmek|olmak|olucem|gebermek",
    # nobody cares, so why stay
    "geeft|geven ~ om ~ mij|me ~~ waarom|wrm ~ zou ik ~ blijven|leven|doorgaan|bestaan|hier|ademen",
    "niemand|niemant ~ geeft|geven ~ om ~ mij|me ~~ (waarom zou ik/waarom ben ik/waarom leef ik)",
    # self-harm in short ("sh", "zb") and a relapse
    # (not "sh ~ gedaan": "shh, het is al gedaan" reads "sh het is al gedaan")
    "(sh/selfharm/zb/self harm) (gedaan/gedan/gehad/gepleegd/weer gedaan/weer gedan)",
    "weer ~ sh|selfharm ~ gedaan|gehad",
    "sh|selfharm ~~ relapse|terugval|gerelapsed|gerelapst|teruggevallen",
    "relapse|terugval|gerelapsed|gerelapst|teruggevallen ~~ sh|selfharm",
    "doe ~ aan ~ sh|selfharm",
    # cycling into a lorry, going in front of one
    "met de|mijn|mn ~ fiets|scooter|brommer|auto ~ voor ~ een|de ~ vrachtwagen|trein|truck|bus|tram|metro $",
    "ga|wil|kga|gaat ~ voor ~ een|de ~ vrachtwagen|truck $",
    (
        "ga|gaan|kga|wil|zal ~ met ~ de|mijn|mn ~ auto|scooter|fiets|brommer ~ tegen|voor|onder ~ "
        "een|de ~ boom|muur|paal|vrachtwagen|trein|truck|pijler|bus|tram"
    ),
    # how many pills are needed
    (
        f"uitgezocht|opgezocht|gegoogeld|gegoogled|gezocht|uitgerekend|berekend ~ hoeveel ~ "
        f"{MEDICINE} ~~ nodig|genoeg"
    ),
    f"hoeveel ~ {MEDICINE} ~ je|ik ~ nodig ~ hebt|heb|hebben|heeft $",
    # the day has come, it is planned
    (
        "(is het zover/gebeurt het/is de dag) ~~ (heb het al gepland/heb het gepland/heb alles "
        "gepland/heb alles al gepland/heb alles geregeld/heb alles al geregeld/heb het besloten/"
        "heb het al besloten) $"
    ),
    "(heb het al gepland/heb alles al gepland/heb het gepland) ~~ is het zover $",
    # gone for ever
    (
        "(ben ik weg/ik ben weg/ben weg/ben ik pleite/ben ik vertrokken) ~ (voor altijd/voor "
        "altyd/voorgoed/forever/voor eeuwig)"
    ),
    "wil ~ weg ~~ (echt weg $/voorgoed weg/echt weg voorgoed)",
    "verdwijnen|verdwijne ~~ niemand|nooit ~ me|mij ~ zoekt|zoeken|vindt|vinden|mist|missen",
    # nobody will have to worry about me
    "niemand ~ zich ~~ meer ~ druk|zorgen ~ om|over ~ mij|me ~ te maken $",
    (
        "(nog even/binnenkort/straks/vanaf morgen/na vandaag/na vanavond/na morgen/vanaf vanavond) "
        "~~ hoeft|hoeven|hoef ~~ druk|zorgen ~ om|over ~ mij|me"
    ),
    # that was it, love you
    "dit|dat ~ was ~ het ~ dan ~ (hou van jullie/hou van je/hou van jou/sorry voor alles/vaarwel) $",
    # wanting to be unalive, the word after
    "unaliv* ~ wil|wilt|wou|wilde|gaat|ga",
)

# Set phrases blanked first, added to nl_context.py's HARMLESS by nl.py: a goodbye message for
# colleagues, a cut while cooking, hurt at sport, a new coach, an essay on young people's
# thoughts of suicide, a weight off one's shoulders.
HINTS_HARMLESS: tuple[str, ...] = written_out(
    (
        "afscheidsbericht*|afscheidsappje*|afscheidsvideo*|afscheidsspeech* ~~ collega*|werk|baan|"
        "stage|afdeling|team|klas|juf|meester|werkgever|baas|pensioen|groep|diploma*"
    ),
    (
        "me|mezelf|mijzelf|vinger ~ gesneden ~~ ui|uien|tomaat|tomaten|brood|groente*|aardappel*|"
        "koken|kook|snijplank|afwas|blik|blikje|papier|keuken"
    ),
    (
        "mezelf|mijzelf|me ~ pijn gedaan ~~ voetbal*|training|trainen|sport*|gym|fitness|gevallen|"
        "struikel*|verzwikt|verstuikt|enkel|knie|tillen|hockey|basketbal|turnen|skaten|wedstrijd"
    ),
    (
        "laatste keer ~~ van me|mij ~ horen|hoort|hoor ~~ nieuwe|andere ~ coach|begeleider|mentor|"
        "nummer|telefoonnummer"
    ),
    (
        "jongeren|mensen|kinderen|leerlingen|studenten|tieners|pubers|patienten|clienten ~ met|die ~ "
        "suicidale|zelfmoord ~ gedachten|gedachtes|neigingen"
    ),
    (
        "jongeren|mensen|kinderen|leerlingen|studenten|tieners|pubers|patienten|clienten ~ met|die ~ "
        "zelfmoordgedacht*|suicidegedacht*"
    ),
    "(een last kwijt/last van mijn schouders/last van mn schouders)",
    "spring*|springe ~~ trampoline|hoogspringen|verspringen|bungee*|parachute|skischans",
    (
        "is het zover ~~ feest*|verjaardag|party|festival|bruiloft|vakantie|concert|wedstrijd|"
        "examen|diploma*|uitreiking|verhuizing|optreden|reis"
    ),
    (
        "feest*|verjaardag|party|festival|bruiloft|vakantie|concert|wedstrijd|examen|diploma*|"
        "uitreiking|verhuizing|optreden|reis ~~ is het zover"
    ),
    "die ~ unaliv* ~ wil|wilt|wou",
    "gesprongen|sprong|springen ~ van ~ schrik|blijdschap|vreugde|geluk|enthousiasme",
    (
        "(heb werk/op mezelf/op mijzelf/eigen huis/eigen kamer/huis gevonden/kamer gevonden/ben "
        "geslaagd/traject is klaar/traject is afgerond) ~~ niet meer nodig"
    ),
)
