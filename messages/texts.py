"""Every message Koers shows a person, in Dutch at level B1: short sentences, common words.

Placeholders use {braces}; every catalog must keep them exactly. Translations live in
messages/locale/<language>/LC_MESSAGES/koers.po (`make update-catalogs` after a change here).
"""

from __future__ import annotations

from messages import N_

# Shared pieces.
DATE_AT_TIME = N_("{date} om {time}")
ROLE_YOUTH = N_("jongere")
ROLE_PARENT = N_("ouder")
ROLE_EMPLOYER = N_("werkgever")
SOMEONE_WITH_ROLE = N_("de {role} van {case}")
NAME_WITH_ROLE = N_("{name} ({role} van {case})")

# Linking: /start with or without a code.
START_WITHOUT_CODE = N_(
    "Hoi! Dit is Koers.\n"
    "Om te beginnen heb je een link van je coach nodig.\n"
    "We hebben het team laten weten dat je contact zoekt. Iemand neemt contact met je op."
)
START_CODE_EXPIRED = N_(
    "Deze link is verlopen.\n"
    "Vraag je coach om een nieuwe link.\n"
    "We hebben het team laten weten dat je contact zoekt."
)
START_CODE_USED = N_(
    "Deze link is al gebruikt.\n"
    "Vraag je coach om een nieuwe link.\n"
    "We hebben het team laten weten dat je contact zoekt."
)
START_CODE_UNKNOWN = N_(
    "Deze link ken ik niet.\n"
    "Kijk of je de hele link hebt geopend, of vraag je coach om een nieuwe.\n"
    "We hebben het team laten weten dat je contact zoekt."
)
START_ALREADY_LINKED = N_("Je bent al aangemeld. Typ je vraag hier. {coach} leest mee.")
ASK_LANGUAGE = N_("Welkom bij Koers! In welke taal wil je de berichten lezen?")
CONSENT_TEXT = N_(
    "Dit bewaart Koers over jou:\n"
    "- je voornaam\n"
    "- je berichten en je afspraken\n\n"
    "Wie ziet dat? Alleen je coach {coach} en het team.\n"
    "Je kunt altijd vragen wat we weten. Je kunt ook vragen om alles te wissen.\n\n"
    "Is dat goed?"
)
CONSENT_YES = N_("Ja, dat is goed")
CONSENT_NO = N_("Nee")
CONSENT_THANKS = N_(
    "Dank je! Je coach is {coach}.\nHeb je een vraag? Typ hem gewoon hier in de chat."
)
CONSENT_DECLINED = N_(
    "Oké, dat is goed. We bewaren geen nieuwe berichten van je.\n"
    "{coach} weet dat je nee hebt gezegd.\n"
    "Bedenk je je? Stuur dan /start."
)
CONSENT_FIRST = N_("Eerst nog één vraag. Daarna geven we je bericht door aan je coach.")
COACH_LINKED = N_("Gelukt, {name}! Je krijgt nu hier de meldingen van Koers.")

# Questions and answers.
QUESTION_RECEIVED = N_("Je vraag is ontvangen.\n{coach} antwoordt uiterlijk {due}.")
QUESTION_ADDED = N_("Je bericht is erbij gezet. {coach} ziet het.")
MEDIA_RECEIVED = N_("Doorgegeven aan {coach}: {kind}.")
MEDIA_PHOTO = N_("foto")
MEDIA_VOICE = N_("spraakbericht")
MEDIA_VIDEO = N_("video")
MEDIA_STICKER = N_("sticker")
MEDIA_DOCUMENT = N_("bestand")
MEDIA_OTHER = N_("bericht")
EDIT_RECEIVED = N_("Je aangepaste bericht is doorgegeven aan {coach}.")
REPLY_FROM_COACH = N_("Antwoord van {coach}:\n\n{text}")
HELP_PERSON = N_("Typ je vraag hier in de chat. Je coach {coach} leest mee en antwoordt.")

# What people cannot do, said kindly.
GROUP_CHAT = N_("Koers werkt alleen in een privé-chat. Stuur mij een persoonlijk bericht.")
UNKNOWN_COMMAND = N_("Dat commando ken ik niet. Typ je vraag gewoon in de chat.")
NOT_LINKED = N_(
    "Je bent nog niet aangemeld bij een coach.\n"
    "We hebben je bericht doorgegeven aan het team. Iemand neemt contact met je op."
)
STALE_BUTTON = N_("Deze knop werkt niet meer.")
NOT_YOUR_BUTTON = N_("Deze knop is niet voor jou.")
SOMETHING_WENT_WRONG = N_("Er ging iets mis bij ons. Je bericht is bewaard. Je coach krijgt het.")

# For coaches (in Telegram).
COACH_ALERT_QUESTION = N_(
    "Nieuwe vraag van {who}:\n\n{text}\n\nAntwoorden? Beantwoord dit bericht in Telegram."
)
COACH_ALERT_MESSAGE = N_(
    "Nieuw bericht van {who}:\n\n{text}\n\nAntwoorden? Beantwoord dit bericht in Telegram."
)
COACH_ALERT_MEDIA = N_("[{kind}]")
COACH_ALERT_EDITED = N_("(aangepast) {text}")
COACH_ALERT_FORWARDED = N_("(doorgestuurd) {text}")
BUTTON_TAKE = N_("Ik pak het op")
BUTTON_OPEN = N_("Open in portaal")
BUTTON_CLOSE = N_("Sluiten")
TAKEN_BY_YOU = N_("Jij pakt dit op.")
TAKEN_ALREADY = N_("{coach} pakt dit al op.")
THREAD_CLOSED = N_("Gesloten.")
OPEN_IN_PORTAL = N_("Open in het portaal: {url}")
REPLY_SENT = N_("Verstuurd naar {name}.")
COACH_INBOX_HEADER = N_("Open vragen en meldingen: {count}. Kies er een.")
COACH_INBOX_EMPTY = N_("Er staat niets open. Goed bezig!")
COACH_THREAD_SHOWN = N_(
    "{who}, antwoord uiterlijk {due}:\n\n{messages}\n\n"
    "Antwoorden? Beantwoord dit bericht in Telegram."
)
COACH_THREAD_LINE_PERSON = N_("{who}: {text}")
COACH_THREAD_LINE_COACH = N_("{coach}: {text}")
COACH_HOW_TO_REPLY = N_(
    "Wil je antwoorden? Houd de melding van de vraag ingedrukt en kies Beantwoorden.\n"
    "Alle open vragen: {url}"
)
COACH_ALERT_BLOCKED = N_(
    "{who} heeft de Koers-bot geblokkeerd. "
    "Berichten komen niet meer aan. Neem op een andere manier contact op."
)
COACH_ALERT_UNHANDLED = N_(
    "Koers kon een bericht van {who} niet verwerken. Lees het zelf:\n\n{text}"
)
COACH_ALERT_CONSENT_DECLINED = N_(
    "{who} wil niet dat Koers berichten bewaart. Neem zelf contact op."
)

# The menu and moving around in it.
MENU_INTRO = N_("Wat wil je doen? Kies een knop, of typ gewoon je vraag.")
MENU_ASK = N_("Vraag stellen")
MENU_COACH = N_("Mijn coach")
NAV_STOP = N_("Stoppen")
NAV_MENU = N_("Menu")
FLOW_STOPPED = N_("Oké, gestopt.")
FLOW_STOPPED_PASSED = N_("Oké, gestopt. Wat je al typte, is naar {coach} gegaan.")
ASK_PROMPT = N_("Typ je vraag. {coach} leest mee.")
COACH_CARD = N_(
    "Je coach is {coach}.\n"
    "Bereikbaar: maandag tot en met vrijdag, van 9:00 tot 17:00.\n"
    "Stuur hier een bericht. {coach} antwoordt zo snel mogelijk."
)
COACH_CARD_BACKUP = N_("Is {coach} er niet? Dan helpt {backup} je.")

# Settings.
MENU_SETTINGS = N_("Instellingen")
SETTINGS_INTRO = N_("Wat wil je aanpassen?")
SETTINGS_LANGUAGE = N_("Taal")
SETTINGS_PAUSE = N_("Even geen berichten")
SETTINGS_KNOWN = N_("Wat weet Koers?")
SETTINGS_PARENT_VIEW = N_("Ouders en afspraken")
SETTINGS_ERASE = N_("Alles wissen")
LANGUAGE_CHANGED = N_("Gelukt. Vanaf nu krijg je de berichten in deze taal.")
PAUSE_ASK = N_(
    "Hoe lang wil je geen herinneringen van Koers?\nBerichten van je coach krijg je wel."
)
PAUSE_WEEK = N_("1 week")
PAUSE_TWO_WEEKS = N_("2 weken")
PAUSE_MONTH = N_("1 maand")
PAUSE_RESUME = N_("Weer aanzetten")
PAUSED_UNTIL = N_("Oké. Tot {date} stuurt Koers je geen herinneringen.")
PAUSE_ENDED = N_("Oké. Je krijgt weer herinneringen.")
KNOWN_SUMMARY = N_(
    "Dit weet Koers over jou:\n"
    "- naam: {name}\n"
    "- taal: {language}\n"
    "- coach: {coach}\n"
    "- toestemming gegeven op: {consent}\n"
    "- berichten van jou: {messages}\n"
    "- afspraken die nog komen: {appointments}\n\n"
    "Alleen je coach en het team zien dit."
)
PARENT_VIEW_ASK_ON = N_("Je ouders mogen nu je afspraken zien. Wil je dat zo houden?")
PARENT_VIEW_ASK_OFF = N_("Je ouders zien nu je afspraken niet. Mogen ze die zien?")
PARENT_VIEW_ALLOW = N_("Ja, dat mag")
PARENT_VIEW_DENY = N_("Nee, liever niet")
PARENT_VIEW_ON = N_("Oké. Je ouders kunnen je afspraken zien.")
PARENT_VIEW_OFF = N_("Oké. Je ouders zien je afspraken niet.")
ERASE_CONFIRM = N_(
    "Weet je het zeker? Dan wist {coach} alles wat Koers over je weet.\n"
    "Daarna kan Koers je niet meer helpen in deze chat."
)
ERASE_YES = N_("Ja, wis alles")
ERASE_NO = N_("Nee, toch niet")
ERASE_REQUESTED = N_("Je vraag is doorgegeven. {coach} regelt het en laat het je weten.")
COACH_ALERT_ERASURE = N_(
    "{who} vraagt om alles te wissen wat Koers weet. Regel dit in het portaal."
)

# Appointments.
MENU_APPOINTMENTS = N_("Afspraken")
APPOINTMENTS_HEADER = N_("Je afspraken:")
APPOINTMENTS_HEADER_PARENT = N_("De afspraken van {name}:")
APPOINTMENT_LINE = N_("{what}\n{when}")
APPOINTMENT_WHERE = N_("Waar: {where}")
APPOINTMENTS_NONE = N_("Er staan geen afspraken.")
APPOINTMENT_MOVED_BUTTON = N_("Verzet: {what}")
APPOINTMENT_MOVED_ASK = N_(
    "Oké, de afspraak is verzet. Weet je al de nieuwe dag en tijd? Typ het hier."
)
COACH_ALERT_APPOINTMENT_MOVED = N_("{who} zegt dat deze afspraak is verzet: {what}, {when}.")
PARENT_APPOINTMENTS_NOT_ALLOWED = N_("{name} heeft nog niet gezegd dat je de afspraken mag zien.")

# What kind of thread a coach is looking at (portal).
KIND_QUESTION = N_("Vraag")
KIND_CONCERN = N_("Zorg")
KIND_REPORT = N_("Melding van werkgever")
KIND_GOOD_NEWS = N_("Goed nieuws")
URGENT_LABEL = N_("DRINGEND")
