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
)

OTHER_TOPICS: tuple[str, ...] = written_out(
    f"zichzelf ~ {HURTS}",
    f"{HURTS} ~ zichzelf",
    "zichzelf ~ pijn ~ doet|doen",
    "doet|doen|deed ~ zichzelf ~ pijn",
    "dat hij|ze|zij ~ het ~ niet ~ verdient|verdiende ~ om ~ te ~ leven|bestaan",
    "dat hij|ze|zij ~ niet ~ verdient|verdiende ~ te ~ leven|bestaan",
)
