"""Settings a person chooses themselves, and the file "Mijn gegevens", in Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly (see messages/texts.py).
The file is read by the person it is about: plain sentences, one fact a line.
"""

from __future__ import annotations

from messages import N_

# Settings: the buttons this module adds.
SETTINGS_EXPORT = N_("Mijn gegevens downloaden")
SETTINGS_GOOD_NEWS = N_("Goed nieuws van je werk")

# Yes and no as a value in a list ("- je ouders zien je afspraken: ja").
VALUE_YES = N_("ja")
VALUE_NO = N_("nee")

# The young person decides whether good news from their employer reaches them too.
GOOD_NEWS_SHARE_ASK_ON = N_(
    "Goed nieuws van je werk doorsturen?\n"
    "Vertelt je werkgever iets goeds over jou? Dan krijg je het nu ook zelf.\n"
    "Wil je dat zo houden?"
)
GOOD_NEWS_SHARE_ASK_OFF = N_(
    "Goed nieuws van je werk doorsturen?\n"
    "Vertelt je werkgever iets goeds over jou? Dan hoort {coach} het.\n"
    "Wil jij het ook krijgen?"
)
GOOD_NEWS_SHARE_YES = N_("Ja, stuur door")
GOOD_NEWS_SHARE_NO = N_("Nee, niet doorsturen")
GOOD_NEWS_SHARE_ON = N_("Oké. Goed nieuws van je werk krijg je voortaan ook zelf.")
GOOD_NEWS_SHARE_OFF = N_("Oké. Goed nieuws van je werk gaat alleen naar {coach}.")

# "Wat weet Koers?" for a young person: the choices they made, after the summary.
KNOWN_CHOICES = N_(
    "Wat je hebt gekozen:\n"
    "- je ouders zien je afspraken: {parents}\n"
    "- goed nieuws van je werk doorsturen: {good_news}"
)

# Good news from the employer, passed on to the young person (when they allowed it).
GOOD_NEWS_FOR_YOUTH = N_("Goed nieuws van je werk ({employer}):\n{text}")
GOOD_NEWS_FOR_YOUTH_NO_NAME = N_("Goed nieuws van je werk:\n{text}")
# The employer's thanks when the young person sees it too.
GOOD_NEWS_THANKS_SHARED = N_("Dank je! {coach} krijgt het te zien.\n{name} krijgt het ook te zien.")

# Asking for the file in Telegram.
EXPORT_COMING = N_(
    "Je krijgt nu een bestand met alles wat Koers over jou bewaart.\nOpen het om het te lezen."
)

# Asking for the file on the web page: a download button follows.
EXPORT_READY_WEB = N_(
    "Hier staat alles wat Koers over jou bewaart. Druk op de knop om het te downloaden."
)

# The file: title and introduction.
EXPORT_TITLE = N_("Jouw gegevens bij Koers")
EXPORT_MADE_AT = N_("Gemaakt op {moment}.")
EXPORT_INTRO = N_(
    "In dit bestand staat alles wat Koers over jou bewaart.\n"
    "Klopt er iets niet? Vertel het aan je coach."
)

# The file: about you.
EXPORT_ABOUT_YOU = N_("Over jou")
EXPORT_NAME = N_("Naam: {name}")
EXPORT_NAME_UNKNOWN = N_("Naam: niet bekend")
EXPORT_LANGUAGE = N_("Taal: {language}")
EXPORT_TELEGRAM_LINKED = N_("Telegram: gekoppeld (gebruikersnummer {user_id})")
EXPORT_TELEGRAM_NONE = N_("Telegram: niet gekoppeld")
EXPORT_EMAIL = N_("E-mail als je coach antwoordt: {email}")
EXPORT_TELEGRAM_BLOCKED = N_("Koers kan je sinds {moment} geen berichten sturen in Telegram.")
EXPORT_CONSENT = N_("Toestemming gegeven op {moment} (tekst versie {version})")
EXPORT_CONSENT_NONE = N_("Toestemming: nog niet gegeven")
EXPORT_CONSENT_DECLINED = N_("Geen toestemming gegeven op {moment}")
EXPORT_PAUSE = N_("Geen herinneringen tot {moment}")
EXPORT_PAUSE_NONE = N_("Pauze in herinneringen: nee")
EXPORT_ERASURE = N_("Je vroeg op {moment} om alles te wissen.")
EXPORT_ERASURE_NONE = N_("Vraag om alles te wissen: nee")

# The file: roles, and the choices of a young person.
EXPORT_ROLES = N_("Waarvoor je bij Koers bent")
EXPORT_ROLE_YOUTH = N_("Je eigen traject ({case}). Je coach: {coach}.")
EXPORT_ROLE_OTHER = N_("{role} van {case}. Coach: {coach}.")
EXPORT_BIRTH_DATE = N_("Geboortedatum: {date}")
EXPORT_CHOICES = N_("Wat je hebt gekozen ({case})")
EXPORT_CHOICE_PARENTS = N_("Je ouders zien je afspraken: {answer}")
EXPORT_CHOICE_GOOD_NEWS = N_("Goed nieuws van je werk doorsturen: {answer}")

# The file: messages and answers.
EXPORT_MESSAGES = N_("Je berichten en de antwoorden")
EXPORT_NO_MESSAGES = N_("Je hebt nog geen berichten gestuurd.")
EXPORT_THREAD_OWN = N_("{kind}, begonnen op {moment}")
EXPORT_THREAD = N_("{kind} over {case}, begonnen op {moment}")
EXPORT_THREAD_CLOSED = N_("Afgesloten op {moment}.")
EXPORT_FROM_YOU = N_("{moment}, jij:")
EXPORT_FROM_COACH = N_("{moment}, {coach}:")

# The file: appointments.
EXPORT_APPOINTMENTS = N_("Afspraken van {case}")
EXPORT_APPOINTMENT = N_("{what}: {moment}")
EXPORT_APPOINTMENT_CANCELLED = N_("Gaat niet door.")
EXPORT_APPOINTMENT_MOVED = N_("Verzet.")

# The file: check-ins ("ben je geweest? hoe was het?").
EXPORT_CHECKINS = N_("Hoe ging het? Je antwoorden")
EXPORT_CHECKIN = N_("Gevraagd op {moment}")
EXPORT_CHECKIN_ABOUT = N_("Over: {what}")
EXPORT_CHECKIN_ATTENDED = N_("Ben je geweest? {answer}")
EXPORT_CHECKIN_MOOD = N_("Hoe was het? {mood} van de 4")
EXPORT_CHECKIN_TOLD = N_("Wat je vertelde: {text}")
EXPORT_CHECKIN_NEXT = N_("Volgende afspraak: {text}")
EXPORT_CHECKIN_OPEN = N_("Nog niet beantwoord.")
VALUE_MOVED = N_("verzet")
