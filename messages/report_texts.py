"""What an employer sees when reporting a problem or good news, in Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly (see messages/texts.py).
"""

from __future__ import annotations

from messages import N_

# The employer's menu.
MENU_REPORT = N_("Melding doen")
MENU_GOOD_NEWS = N_("Iets goeds melden")
NAV_BACK = N_("Terug")

# Which young person, what about, how soon, what happened.
REPORT_WHO = N_("Over wie gaat het?")
REPORT_CATEGORY = N_("Melding over {name}. Waar gaat het om?")
REPORT_URGENCY = N_("Hoe snel moet {coach} reageren?")
REPORT_TEXT = N_("Wat is er gebeurd? Eén zin is genoeg.")
REPORT_SKIP_TEXT = N_("Geen toelichting")
REPORT_FILED = N_("Je melding over {name} is doorgegeven.\n{coach} reageert uiterlijk {due}.")

CATEGORY_LATE_ABSENT = N_("Te laat / afwezig")
CATEGORY_BEHAVIOUR = N_("Gedrag")
CATEGORY_PERFORMANCE = N_("Werk / prestaties")
CATEGORY_SAFETY = N_("Veiligheid / ongeluk")
CATEGORY_HEALTH = N_("Gezondheid")
CATEGORY_OTHER = N_("Anders")

URGENCY_TODAY = N_("Vandaag")
URGENCY_WEEK = N_("Deze week")
URGENCY_INFO = N_("Ter info")

# Something good.
GOOD_NEWS_WHO = N_("Over wie gaat het goede nieuws?")
GOOD_NEWS_TEXT = N_("Iets goeds over {name}. Wat ging er goed?")
GOOD_NEWS_THANKS = N_("Dank je! {coach} krijgt het te zien.")

# When it does not go as planned, said kindly.
USE_THE_BUTTONS = N_("Kies een van de knoppen, dan gaat het sneller. Wat je typte, bewaar ik.")
TYPED_PASSED = N_("Ik heb je bericht doorgegeven aan {coach}.\n{coach} reageert uiterlijk {due}.")
NOT_PLACED = N_("Over deze jongere kun je geen melding doen.")
NO_PLACEMENT = N_(
    "Er is nu geen jongere bij jou geplaatst.\nHeb je een vraag? Typ hem hier. {coach} leest mee."
)

# For coaches (in Telegram).
COACH_ALERT_REPORT = N_(
    "Melding van {who}\n"
    "Onderwerp: {category}\n"
    "Reageren: {urgency}, uiterlijk {due}\n\n"
    "{text}\n\n"
    "Antwoorden? Beantwoord dit bericht in Telegram."
)
COACH_ALERT_REPORT_TODAY = N_(
    "‼️ VANDAAG REAGEREN\n"
    "Melding van {who}\n"
    "Onderwerp: {category}\n"
    "Reageer vandaag, uiterlijk {due}\n\n"
    "{text}\n\n"
    "Antwoorden? Beantwoord dit bericht in Telegram."
)
COACH_ALERT_GOOD_NEWS = N_(
    "Goed nieuws van {who}:\n\n{text}\n\nAntwoorden? Beantwoord dit bericht in Telegram."
)
# Stored and shown when an employer reports "for information" without a word.
NO_TEXT_GIVEN = N_("(geen toelichting)")
