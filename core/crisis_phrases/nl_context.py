"""Dutch crisis phrases that depend on context (TOPICS, ABOUT, HARMLESS).

core/crisis_phrases/nl.py re-exports them; see core/crisis_phrases/__init__.py for the four
kinds. A group in brackets, "(voor altijd/voorgoed)", stands for each of its word sequences in
turn (``core.phrases.written_out``), where ``|`` takes only one word.
"""

from __future__ import annotations

from core.crisis_phrases.nl_methods import FEW, HIGH, MEDICINE, NUMBER, SPRING
from core.phrases import written_out

TOPICS: tuple[str, ...] = (
    "zelfmoord*",
    "zelf moord*",
    "zelfmord*",
    "zelfmort*",
    "zelmoord*",
    "selfmoord*",
    "zelfmood*",
    "zelfmoor",
    "zelfbeschadig*",
    "suicid*",
    "suicide*",
    "sucid*",
    "zelfdoding*",
    "mezelf ~ gesneden",
    "mijzelf ~ gesneden",
    "me ~ gesneden",
    "overdosis",
    "afscheidsbrief*",
    "afscheids brief*",
    "hou* het ~ niet meer vol|uit",
    "spring* van de brug",
    "spring* ~ van ~ brug",
    "slaappillen",
    "al mijn pillen",
    "al mn pillen",
    "zelfmoordgedacht*",
    "suicidegedacht*",
    "nut van ~ leven",
    "vaarwel",
    "van het leven ~ beroofd|beroven|beroof|beroofde",
    "unaliv*",
    "selfharm*",
    "self harm*",
)

ABOUT: tuple[str, ...] = (
    "film*",
    "serie",
    "series",
    "netflix",
    "documentair*",
    "docu",
    "boek*",
    "roman",
    "nieuws*",
    "journaal",
    "krant*",
    "artikel*",
    "werkstuk*",
    "spreekbeurt*",
    "presentatie*",
    "profielwerkstuk*",
    "essay",
    "verslag*",
    "opdracht",
    "les",
    "lessen",
    "maatschappijleer",
    "biologie*",
    "mentorles*",
    "bespraken",
    "besproken",
    "hadden|hebben|had ~ het ~ over",
    "pedagogiek",
    "psychologie",
    "*preventie",
    "lied*",
    "liedje*",
    "nummer",
    "songtekst*",
    "rapper",
    "gaat over",
    "ging over",
    "hoofdpersoon",
    "personage*",
    "buurman",
    "buurvrouw",
    "mijn|mn|haar|zijn|zn oom",
    "opa",
    "oma",
    "per ongeluk",
    "ome",
    "burgerschap",
    "geschiedenis",
    "leeslijst",
    "overleden",
    "overleed",
    "muziek",
    "zanger*",
    "artiest*",
    "tante",
    "heeft ~ gepleegd",
    "pleegde",
    "pleegt",
    "game",
    "spel",
    "level",
    "voetbal*",
    "verdediger",
    "pass",
    "jas",
    "koken",
    "vinger*",
    "duim",
    "groente*",
    "scheren",
    "papiertje",
    "water",
    "zwem*",
    "rivier",
    "tent",
    "tv",
    "voorlichting",
    "docu*",
    "graf",
    "vakantie",
    "meegenomen",
    "vergeten",
    "apotheek",
    "dokter",
    "huisarts",
    "blik",
    "help ik haar",
    "help ik hem",
    "haar helpen",
    "hem helpen",
    "ze heeft",
    "zij heeft",
    "hij heeft",
    "vriendin heeft",
    "vriend heeft",
    "docent*",
    "leraar*",
    "juf",
    "mentor*",
    "iemand",
    "euthanasie",
    "betoog*",
    "scriptie*",
    "opstel",
)

HARMLESS: tuple[str, ...] = (
    "dood ~ van ~ lachen",
    "dood van de ~ honger",
    "dood van de ~ dorst",
    "dood van de ~ kou",
    "dood van de ~ hitte",
    "dood van de ~ warmte",
    "dood van de ~ schaamte",
    "dood van de ~ verveling",
    "dood van de ~ zenuwen",
    "dood van de ~ spanning",
    "dood ~ graag",
    "de dood van",
    "zelfmoordaanslag*",
    "zelfmoordactie*",
    "zelfmoordmissie*",
    "is zelfmoord om",
    "was zelfmoord om",
    "suicide squad",
    "suicide ~ mission",
    "kras* ~ kraslot*",
    "eind* aan met *",
    "punt achter ~ met *",
    # someone else who wants to die, when he is a character, old or ill; a son or an intern
    # who says "hij wil dood" is someone to help ("mijn zoon zegt hij wil dood gaan")
    (
        "opa|oma|overgrootvader|overgrootmoeder|personage|hoofdpersoon|karakter|film|boek|serie|"
        "ziek|kanker|dement|oud ~~ hij|ze|zij wil ~ dood|niet meer leven"
    ),
    "personage ~ wil ~ dood",
    "hoofdpersoon ~ wil ~ dood",
    "die ~ dood wil",
    "gesneden aan",
    "sneed me aan",
    "in mn vinger",
    "in mijn vinger",
    "opa wil ~ niet meer leven",
    "oma wil ~ niet meer leven",
    "wil niet meer leven zegt",
    "spring*|sprong|sprongen ~ in ~ water|gracht|rivier|zee|zwembad|meer|kanaal|haven|plas|sloot|vijver",
    # "van de brug in het kanaal springen": the water before the jump
    "in ~ het|de ~ water|gracht|kanaal|rivier|zee|zwembad|meer|haven|plas|sloot|vijver ~ springen|spring|sprong|sprongen|gesprongen",
    "spring* ~ in het water",
    "spring* ~ in de gracht",
    "spring* ~ in de rivier",
    "die ~ niet meer ~ leven",
    "we gingen ~ springen",
    "sprongen we",
    "we sprongen",
    "eind* aan ~ relatie*",
    "eind* aan ~ vriendschap",
    # figures of speech and everyday use near the method and self-harm phrases
    (
        "overdosis aan|van huiswerk|werk|toetsen|stress|liefde|suiker|koffie|informatie|school|"
        "memes|drama|energie|cafeine|vitamine*|sport"
    ),
    (
        "touw ~~ was|waslijn|wasgoed|kamp|tent|boot|zeilen|klim*|hond*|schommel|tuin|verhuiz*|"
        "vlag*|slingers|knutsel*|boomhut"
    ),
    "touwtrekken|springtouw",
    (
        "dak ~~ zonnen|zonnebaden|repar*|goot|dakgoot|pannen|dakpannen|zonnepanelen|lekkage|lek|"
        "schoonmaken|antenne|dakdekker*|isol*"
    ),
    # waiting at a bridge or on a roof; not at the tracks: "ik zit bij het spoor en wacht op de
    # volgende trein" is a method, one waits for a train on the platform
    "brug|dak ~~ (te wachten/wacht op)",
    "brug|spoor|dak ~~ (open/dicht/omhoog)",
    # "ben je er al?", not any "ben je": "als je van het dak valt, ben je dan meteen dood?"
    (
        "brug|spoor|dak ~~ (waar ben/waar zijn/ben je er/ben je al/ben je bijna/ben je daar/ben je "
        "onderweg/kom je/zie je/zie ik)"
    ),
    "dak van de|het ~ boot|schuur|schuurtje|auto|bus|caravan|tent|huisje|garage|fietsenhok|hut",
    "scheer*|geschoren ~~ gesneden|snee|sneed",
    "dodelijk voor ~ kat*|hond*|huisdier*|dier*|konijn*|vogel*|vissen",
    f"{NUMBER}|{FEW} mg|milligram|microgram|mcg|ml|gram",
    f"{FEW} {MEDICINE}",
    "scheermes* ~~ baard|scheren|benen|oksels|snor|kapper",
    "gebrand aan",
    "toekomst ~ in|bij|met|voor ~ baan|bedrijf|opleiding|studie|werk|club|team|job|school|stage",
    "oude|oud ~~ niet meer nodig",
    "niet meer nodig ~~ nieuwe|nieuw",
    "weggegeven|gegeven aan ~ (voedselbank/kringloop/goede doel/actie/inzameling/leger des heils)",
    "poging ~~ rijexamen|examen|toets|test|theorie*|record|rijbewijs|cbr|sollicitatie|date|goal",
    "brug|dak ~~ wifi|bereik|uitzicht|foto*|selfie|zonsondergang|vissen|hengel*",
    "reling|balustrade ~~ boot|veerboot|pont|schip|ferry|cruise*|uitzicht|foto*|zonsondergang",
    "(spoor van/goede spoor/juiste spoor/verkeerde spoor/spoor bijster)",
    "doei|bye|dag ~ tot ~ morgen|straks|later|zo|maandag|ziens|snel",
    "haar|pony|video*|scene*|clip*|film*|stukje|stuk ~~ gecut|cut|cutten|gecutted",
    "gecut|cut|cutten|gecutted ~~ haar|pony|video*|scene*|clip*|film*|stukje|stuk",
    (
        "laatste bericht*|appje|berichtje ~ (voor vandaag/voor vanavond/van vandaag/van de "
        "dag/voor ik ga slapen)"
    ),
    (
        "mes|messen ~~ taart|brood|groente*|snijplank|vlees|kip|ui|uien|tomaat|tomaten|kaas|"
        "fruit|appel|pizza|aardappel*|schillen|komkommer|paprika"
    ),
    "verbrand aan",
    "brandde me aan",
    "opengehaald aan",
    "krassen van ~ kat|poes|hond|bramen|rozen|struik*",
    (
        "poging ~ om te ~ stoppen|roken|afvallen|halen|winnen|slagen|scoren|leren|maken|krijgen|"
        "vinden|bellen|regelen"
    ),
    "voor ~ kop|hoofd ~ slaan|sla|geslagen",
    "mezelf|me ~ erdoorheen|doorheen",
    "kan ~ hoofd wel",
    "verdrink* in ~ werk|huiswerk|boeken|muziek|games|tranen|zorgen|mails",
    "klaar met alles voor|van|wat|op|om",
    "af en toe",
    "doorgaan met ~ school|studie|opleiding|werk|stage",
    "niet ~ eten|gegeten ~~ nuchter|bloedtest|bloedafname|ramadan|vasten|operatie",
    "nuchter|bloedtest|bloedafname|ramadan|vasten|operatie ~~ niet ~ eten|gegeten",
    # arranging things for a trip or a move, not for being gone
    "geregeld voor ~ vakantie|reis|weekend|verhuizing|verhuis|feest|kamp|logeerpartij|stage",
    "vakantie|reis|verhuizing|logeren ~~ geregeld",
    # a craft knife, a hiding game, trainspotting, a pet put to sleep, leaving a contract
    "mesje*|mesjes ~~ knutsel*|maquette|karton|verpakking*|doos|dozen|potlood|hobby*|pakket*",
    "knutsel*|maquette|karton|hobby* ~~ mesje*|mesjes",
    "verstoppertje|verstop*|escaperoom|spel ~~ (voor ze je vinden/voordat ze je vinden/voor ze me "
    "vinden/voordat ze me vinden)",
    "(voor ze je vinden/voordat ze je vinden/voor ze me vinden/voordat ze me vinden) ~~ "
    "verstoppertje|verstop*|escaperoom|spel",
    "intercity|trein|sneltrein|goederentrein ~~ foto*|fotograferen|filmen|spotten|trainspot*",
    "dierenarts|inslapen|ingeslapen|ingeslaapt ~~ zonder pijn",
    "zonder pijn ~~ dierenarts|inslapen|ingeslapen|ingeslaapt",
    (
        "eruit ~ stap* ~~ contract|abonnement|groep*|appgroep|club|team|vereniging|studie|"
        "opleiding|baan|huurcontract|project"
    ),
    # someone else's jump in a film or a clip, a jump a game asks for, jumping into the water
    f"die|jongen|gast|meisje|man|vrouw|iemand|kerel ~ die ~ van ~ {HIGH} ~ sprong|springt|sprongen",
    (
        f"iemand|man|vrouw|jongen|meisje|gast|persoon|mensen ~ van ~ {HIGH} ~ is|was|zijn|waren ~ "
        "gesprongen|gevallen"
    ),
    # a song about wanting to die; hitting oneself by accident when boxing
    "gaat|ging|gaan|gingen over ~ dood willen|wilen",
    "boks*|kickboks*|sparren|handschoen*|bokszak ~~ geslagen|gestompt|sla|slaan",
    "mezelf|mijzelf ~~ geslagen|gestompt ~~ boks*|kickboks*|sparren|handschoen*|bokszak",
    # a goodbye letter to colleagues or a class, or one to be checked for mistakes
    (
        "afscheidsbrief* ~ voor|aan ~ mijn|mn|de|het|onze|m ~ collega*|werk|baan|stage|afdeling|"
        "team|klas|school|juf|meester|werkgever|baas|oude"
    ),
    "afscheidsbrief* ~~ nakijken|nagekeken|spelfouten|fouten|verbeteren",
    (
        "in die|de|het|dat|dit|deze game|spel|level|missie ~ moet|moest|kan|kon|kun|kunt|mag ~ "
        "je ~~ springen|spring|springt"
    ),
    "water|gracht|zwembad|rivier|zee in sprong|sprongen",
    # a jump or a fall in a game or a stunt, a jump out of the window as a joke about an advert
    f"gta|fortnite|minecraft|roblox|game|gamen|spel|level|cod ~~ {SPRING}|springt|val|viel|gevallen",
    (
        f"met ~ een|de|mijn|mn ~ motor|auto|fiets|scooter|parachute|skateboard|brommer|quad|bmx ~~ "
        f"van ~ {HIGH} ~ {SPRING}|gereden|gevlogen"
    ),
    "spring* ~ uit het raam ~~ haha*|hehe*|lol|lmao|xd|grapje|jk",
    "reclame|liedje|nummer|song|jingle|muziek ~~ (spring ik/ga ik) ~ uit het raam",
    # a last wish on a wish list; dying of shame; a parent who wants to die if he gets dementia
    "laatste wens ~~ verlanglijst*|sinterklaas|kerst*|verjaardag|cadeau*|wensenlijst*",
    # at peace with something named: "ik heb er vrede mee dat we verhuizen"
    "vrede mee dat|met",
    "dood ~ wil|wilde|wou|ging|gaat|ga ~ van ~ schaamte|lachen|verveling|stress",
    "dood ~ wil|wilt|willen ~ als ~ hij|ze|zij|ik ~ dement|alzheimer|kanker|ongeneeslijk",
    # a singer or a character who says he wants to die or hang himself ("die rapper zegt in zn
    # nummer dat hij dood wil", "het personage wil zich ophangen")
    (
        "rapper|zanger|zangeres|nummer|liedje|song|track|songtekst|personage|hoofdpersoon ~~ "
        "dat hij|ze|zij ~ dood ~ wil|wilde|wou|wilt"
    ),
    "personage|hoofdpersoon|karakter|hoofdstuk ~~ zich|zichzelf",
    # a letter or a card for a celebration that someone will find tomorrow
    (
        "brief|briefje|kaart|kaartje ~~ moederdag|vaderdag|verjaardag|jarig|sinterklaas|kerst*|"
        "valentijn*|cadeau*|verrassing|jubileum"
    ),
    (
        "moederdag|vaderdag|verjaardag|jarig|sinterklaas|kerst*|valentijn*|cadeau*|verrassing|"
        "jubileum ~~ brief|briefje"
    ),
    # going offline or to bed, not out of the world
    "(doei/dag/bye/daag) wereld ~~ (tot morgen/tot straks/welterusten/ga pitten/offline/studeren)",
    # scratches on things, not on skin
    (
        "krassen op ~ de|mijn|mn|het|zijn|haar|z|zn ~ auto|telefoon|scherm|vloer|tafel|bril|lak|"
        "deur|fiets|laptop|ipad|horloge"
    ),
    # a hangover ("ik heb zo een kater, ik wil dood haha nooit meer drinken")
    "kater|katers|brak|hangover ~ wil|wou|ga ~ dood|sterven|doodgaan",
    "wil|wou|ga ~ dood|sterven|doodgaan ~~ kater|brak|hangover",
    "wil|wou|ga ~ dood|sterven|doodgaan ~~ nooit meer drinken|zuipen|drank",
    # waiting at the tracks for the barriers to lift, not for a train
    "spoor|overweg ~~ slagboom|slagbomen|spoorbomen|bomen ~~ dicht|omlaag|beneden",
    # an empty battery or bundle says why one will not answer
    "batterij|accu|bundel|oplader|wifi|internet|tegoed ~~ als ik ~ niet|nie ~ reageer*|antwoord*|terugapp* ~~ waarom",
    # round 12: jumping off a bridge to swim; a job that is "suicide"; a coach no longer needed
    # for a job found; a letter for an agency to read through
    "spring*|sprong|sprongen ~ bij ~ water|gracht|kanaal|rivier|zee|zwembad|meer|haven|plas|sloot",
    f"zwem*|afkoel* ~~ {SPRING}|springt",
    f"{SPRING}|springt ~~ zwemmen|afkoelen|zwembroek|bikini",
    "*baan|job|werk|rooster|dienst|shift|stage|planning|toets|examen|tempo|training ~ is|was|wordt ~ zelfmoord",
    "(vaste baan/nieuwe baan/baan gevonden/werk gevonden/een baan/diploma gehaald) ~~ niet meer nodig",
    f"film*|serie|video*|clip*|boek ~~ van ~ de|het|een ~ {HIGH} ~ springt|sprong|springen",
    "neus|neusbloeding|tandvlees|kies|tand|ongesteld|menstruatie ~~ bloed*",
    "niet meer nodig ~~ (vaste baan/nieuwe baan/baan gevonden/werk gevonden)",
    (
        "brief|briefje ~~ meelezen|nakijken|checken|uitzendbureau|gemeente|werkgever|verhuurder|"
        "uwv|sollicitatie*|motivatie*|belastingdienst|woningcorporatie"
    ),
)

TOPICS = written_out(*TOPICS)
ABOUT = written_out(*ABOUT)
HARMLESS = written_out(*HARMLESS)
