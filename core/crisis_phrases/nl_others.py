"""Dutch phrases for distress told about someone else, added to core/crisis_phrases/nl.py: a
parent, a friend or an employer writing that a son, a sister or an intern wants to die, hangs
or hurts themselves. Only the present and the future are listed, since "hij heeft zich
opgehangen" tells of a death, not of someone to help now.

What someone means to do is a signal (OTHER_SIGNALS): the words of a worried parent often hold
a word that makes a topic talk ("ik heb de huisarts gebeld", "hoe help ik haar"). Someone who
hurts themselves, said as a description, is a topic (OTHER_TOPICS): "het boek gaat over een
jongen die zichzelf snijdt" is about a book."""

from __future__ import annotations

from core.crisis_phrases.nl_methods import HIGH, MEDICINE, STAND
from core.crisis_phrases.nl_ways import TRAIN
from core.phrases import written_out

# Hurting oneself, said of someone else.
HURTS = "snijdt|snijden|krast|krassen|beschadigt|beschadigen|brandt|branden|verwondt"
# Marks on the body ("plekken" as in "blauwe plekken").
MARKS = (
    "brandwonden|brandplekken|brandplekjes|snijwonden|krassen|wonden|wondjes|sneeen|sneden|"
    "sneetjes|littekens|schrammen|plekken"
)
# The worry of whoever writes (not "ben bang" or "help": "ik neem afscheid van iedereen en ben
# bang dat ik ga huilen").
WORRY = "(maak me zorgen/maak ik me zorgen/ben bezorgd/ben ongerust)"
WORRIES = WORRY[1:-1]
# A blade one can carry.
KNIFE = "mes|mesje|mesjes|scheermes*|blade|blades"

OTHER_SIGNALS: tuple[str, ...] = (
    # hanging, killing oneself, said of someone else
    (
        "zich|zichzelf ~ (op te hangen/ophangen/ophangt/opknopen/te verhangen/verhangen/van kant "
        "te maken/van kant maken/dood te maken/doodmaken/te doden/te vermoorden/vermoorden/te "
        "verdrinken/verdrinken)"
    ),
    "zich|zichzelf ~ iets|wat ~ (aandoen/aan te doen/aandoet/aan gaat doen/aan wil doen)",
    # "dat hij dood wil" ("hij wil dood" is blanked as talk of a character, nl_context)
    "dat hij|ze|zij ~ dood ~ wil|wilde|wou|wilt",
    # wounds one makes oneself ("brandwonden ... zegt dat hij dat zelf doet")
    f"{MARKS} ~~ zelf ~ doet|doe|deed|gedaan|gemaakt|aangedaan|veroorzaakt|toegebracht",
    # burning oneself with a cigarette ("zei dat ze het zelf met een sigaret doet")
    (
        "zelf|zichzelf ~ met ~ sigaret*|peuk*|aansteker ~~ doet|deed|brandt|brandde|gebrand|"
        "verbrandt"
    ),
    # pills swallowed and the emergency room ("hij heeft vannacht pillen geslikt, we zitten nu
    # op de spoedeisende hulp"); not "ziekenhuis": "de pillen die ik in het ziekenhuis kreeg"
    (
        f"{MEDICINE} ~~ geslikt|ingenomen|genomen|opgegeten|leeggegeten ~~ spoedeisende|seh|"
        "ambulance|112|intensive|leegpompen|leeggepompt|vergiftiging*"
    ),
    f"spoedeisende|seh|ambulance|112|intensive ~~ {MEDICINE} ~~ geslikt|ingenomen|leeggegeten",
    # gone, not answering, and a rope or a goodbye letter with him ("mijn zoon is weg, zn
    # telefoon staat uit en hij had een touw in zijn rugzak")
    (
        "(telefoon staat uit/is vermist/is verdwenen/is onvindbaar/is weggelopen/nergens te "
        "vinden/niet thuisgekomen/niet thuis gekomen) ~~ touw|strop|afscheidsbrief*"
    ),
    "is weg ~~ touw|strop|afscheidsbrief* ~~ meegenomen|rugzak|tas|zich|mee",
    # nobody would miss him, said of someone else
    "niemand ~ hem|haar ~ zou|zal ~ missen",
    # on a bridge and not answering
    (
        f"staat|zit|stond|zat ~ op|bij|aan ~ de|het ~ {STAND} ~~ (reageert niet/reageert nie/"
        "neemt niet op/neemt zijn telefoon niet op/neemt haar telefoon niet op/wil niet meer/"
        "help/ik ben bang/maak me zorgen)"
    ),
    # a goodbye to everyone that worries whoever writes
    f"afscheid ~~ iedereen|allemaal|wereld|ons|jullie ~~ {WORRY}",
    f"{WORRY} ~~ afscheid ~~ iedereen|allemaal|wereld|ons|jullie",
    # round 12: blades and blood found; pills taken and no answer; a jump announced; belongings
    # given away; a goodbye posted; a letter left; better off without him
    (
        "vond|vind|vinden|gevonden|gevonde|zag|gezien|aangetroffen ~~ mesjes|mesje|scheermesje*|"
        "blades ~~ bloed*|tissues|pleisters|verband|kamer|etui|kussen"
    ),
    (
        "mesjes|mesje|scheermesje*|blades ~~ gevonden|gevonde|aangetroffen ~~ bloed*|tissues|"
        "pleisters|verband|kamer|etui|kussen"
    ),
    (
        f"{MEDICINE} ~~ genomen|geslikt|ingenomen ~~ (reageert niet/reageert nie/wordt niet "
        "wakker/is niet wakker te krijgen/krijg hem niet wakker/krijg haar niet wakker/neemt niet "
        "op/reageert nergens op)"
    ),
    f"dat ~ hij|ze|zij ~~ van ~ de|het|een ~ {HIGH} ~ springt|springen|afspringt",
    (
        "al ~ zijn|zn|haar|hun ~ spullen|kleren|kleding|bezittingen|games|sieraden|knuffels ~~ "
        "weggegeven|weggegeve|verdeeld|weggedaan|uitgedeeld ~~ sorry|spijt|afscheid|bedankt|nodig"
    ),
    (
        "stuurt|stuurde|post|postte|plaatst|plaatste|zet|zette ~~ afscheidsbericht*|afscheidsappje*|"
        "afscheidsvideo* ~~ snap|insta|instagram|tiktok|story|iedereen|allemaal|groep"
    ),
    "afscheidsbericht*|afscheidsappje*|afscheidsvideo* ~~ gestuurd|gepost|geplaatst ~~ iedereen|snap|insta|story",
    "brief|briefje ~ achtergelaten ~~ (spijt/sorry/afscheid/vaarwel/hou van/niet zoeken)",
    "zegt|zei|zeggen|denkt|vindt ~~ dat ~~ beter af ~~ zonder hem|haar",
    # round 13: a goodbye posted and no answer; hurt and told to keep it secret; a rope kept in
    # the wardrobe; telling someone they want to vanish, to be unalive, to go in front of a train
    (
        "afscheidsbericht*|afscheidsappje*|afscheidsvideo*|afscheidsbrief* ~~ (neemt niet op/"
        "neemt nie op/reageert niet/reageert nie/telefoon staat uit/niet bereikbaar/kan hem niet "
        "bereiken/kan haar niet bereiken/ik ben bang/maak me zorgen/maak me echt zorgen)"
    ),
    (
        "stuurde|stuurt|appte|appt|schreef|zei|postte ~~ (bedankt voor alles/dankjewel voor alles/"
        "dank je voor alles/hou van je/hou van jullie/sorry voor alles/vaarwel) ~~ (telefoon staat "
        "uit/telefoon uit/staat zn telefoon uit/staat zijn telefoon uit/staat haar telefoon uit/neemt "
        "niet op/neemt hij niet op/neemt ze niet op/reageert niet/reageert hij niet/reageert ze "
        "niet/niet bereikbaar/ik ben bang/maak me zorgen)"
    ),
    (
        "zich|zichzelf ~ (gesneden/gekrast/gebrand/verwond/pijn gedaan/opengehaald/beschadigd) ~~ "
        f"({WORRIES}/ik ben bang/wil niet dat ik het zeg/mag het niet zeggen/mag niks zeggen/niet "
        "vertellen/geheim houden)"
    ),
    (
        "touw|strop ~~ in ~ zn|zijn|haar|z ~ kast|kamer|rugzak|tas|la|lade ~~ (zegt dat/zei dat/"
        f"maakt niet uit/niet uitmaakt/ik ben bang/weet niet wat ik moet/{WORRIES})"
    ),
    (
        "zegt|zei|zeggen|schreef|appte|appt|vertelde|vertelt ~ dat ~ hij|ze|zij ~ (wil "
        "verdwijnen $/wil verdwijnen en/wil verdwijnen ze/wil verdwijnen hij/wil verdwijnen zij/wil "
        "verdwijnen voorgoed/niet meer wil leven/niet meer wil bestaan/dood wil/wil sterven/unalive wil/wil "
        "unaliven/niet meer wakker wil worden/beter dood is)"
    ),
    "dat ~ hij|ze|zij ~ er ~ niet|nie|ni ~ meer ~ wil|wilt|wou ~ zijn|zyn",
    "dat ~ hij|ze|zij ~ niet|nie|ni ~ meer ~ wil|wilt|wou ~ leven|bestaan",
    (
        f"dat ~ hij|ze|zij ~~ voor|onder ~ de|een ~ {TRAIN}|vrachtwagen|tram ~ gaat|wil|springt|"
        "springen|gaan|liggen|lopen"
    ),
    f"{MARKS} ~~ (het verdient/het verdiende/verdient het/verdiende het/als straf/expres)",
    f"(het verdient/het verdiende/verdient het) ~~ {MARKS}",
    (
        f"{MARKS} ~~ gemaakt|gezet|aangebracht|strijkijzer|aansteker ~~ (het verdient/het verdiende/"
        "verdient het/als straf/expres)"
    ),
    (
        f"{KNIFE} ~ in ~ haar|zijn|zn|z ~ tas|rugzak|etui|jaszak|zak ~~ (ik ben bang/unalive/"
        f"dood wil/wil dood/{WORRIES})"
    ),
)

OTHER_TOPICS: tuple[str, ...] = written_out(
    f"zichzelf ~ {HURTS}",
    f"{HURTS} ~ zichzelf",
    "zichzelf ~ pijn ~ doet|doen",
    "doet|doen|deed ~ zichzelf ~ pijn",
    "dat hij|ze|zij ~ het ~ niet ~ verdient|verdiende ~ om ~ te ~ leven|bestaan",
    "dat hij|ze|zij ~ niet ~ verdient|verdiende ~ te ~ leven|bestaan",
)
