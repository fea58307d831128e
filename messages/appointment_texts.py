"""What Koers says when an appointment is added, in Telegram, in Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly. The examples of typed dates
("di 14:30", "3 december") are what Koers can read: translate them to the person's language
only with words Koers reads too (Dutch or English day and month names).
"""

from __future__ import annotations

from messages import N_

ADD_BUTTON = N_("Afspraak toevoegen")

# What: a few common appointments as buttons, or typed.
ASK_WHAT = N_("Wat is de afspraak? Kies een knop, of typ het zelf.")
WHAT_LABELS: dict[str, str] = {
    "work": N_("Werk"),
    "school": N_("School"),
    "municipality": N_("Gemeente"),
    "doctor": N_("Dokter"),
}
WHAT_TOO_LONG = N_("Dat is veel tekst. Typ in een paar woorden wat de afspraak is.")

# When: a day, then a time.
ASK_DAY = N_("Welke dag is de afspraak?")
ASK_DAY_FOR_TIME = N_("Welke dag is de afspraak om {time}?")
TODAY = N_("Vandaag")
TOMORROW = N_("Morgen")
TYPE_DAY = N_("Typ zelf een datum")
ASK_TYPED_DAY = N_("Typ de dag en de tijd. Bijvoorbeeld: di 14:30 of 3 december.")
ASK_TIME = N_("Hoe laat is de afspraak op {day}?")
TYPE_TIME = N_("Typ zelf een tijd")
ASK_TYPED_TIME = N_("Typ de tijd. Bijvoorbeeld: 14:30 of half 3.")
NOT_READ = N_("Dat snap ik niet. Schrijf bijvoorbeeld: di 14:30 of 3 december.")
NOT_READ_PASSED = N_(
    "Dat snap ik niet goed. Ik stuur wat je schreef naar {coach}. {coach} plant de afspraak met je."
)
IN_PAST = N_("Die tijd is al voorbij. Kies een andere dag.")
NO_SUCH_TIME = N_(
    "Die tijd bestaat niet die nacht: de klok gaat een uur vooruit. Kies een andere tijd."
)

# Where.
ASK_WHERE = N_("Waar is de afspraak? Typ de plek of het adres.")
SKIP_WHERE = N_("Weet ik niet / sla over")

# Confirmation.
CONFIRM = N_("Klopt dit?\n\nWat: {what}\nWanneer: {when}")
CONFIRM_WHERE = N_("Klopt dit?\n\nWat: {what}\nWanneer: {when}\nWaar: {where}")
CONFIRM_YES = N_("Klopt")
CONFIRM_AGAIN = N_("Opnieuw")
PICK_CONFIRM = N_("Kies Klopt of Opnieuw.")
SAVED = N_("De afspraak staat erin. {coach} ziet hem ook.")

# To the coach, when a young person added an appointment.
COACH_ALERT_ADDED = N_("{who} heeft een afspraak toegevoegd: {what}, {when}.")
COACH_ALERT_ADDED_WHERE = N_("{who} heeft een afspraak toegevoegd: {what}, {when}. Waar: {where}.")

# To the young person, when their coach added an appointment.
TOLD_ADDED = N_("{coach} heeft een afspraak voor je gemaakt:\n{what}\n{when}")
TOLD_ADDED_WHERE = N_("{coach} heeft een afspraak voor je gemaakt:\n{what}\n{when}\nWaar: {where}")

# The coach in Telegram (/afspraak).
COACH_WHICH_CASE = N_("Voor wie is de afspraak?")
COACH_HINT = N_("Typ /afspraak en de voornaam. Bijvoorbeeld: /afspraak Sam")
COACH_NO_MATCH = N_("Ik vind niemand met de naam {name}. Typ /afspraak en de voornaam.")
COACH_ASK_WHAT = N_("Afspraak voor {name}. Wat is de afspraak? Kies een knop, of typ het.")
COACH_SAVED_TOLD = N_("De afspraak voor {name} staat erin. {name} krijgt een bericht.")
COACH_SAVED = N_(
    "De afspraak voor {name} staat erin. {name} is niet gekoppeld in Telegram en krijgt geen "
    "bericht."
)
COACH_SAVED_ON_PAGE = N_(
    "De afspraak voor {name} staat erin. {name} gebruikt geen Telegram en ziet het bericht op de "
    "eigen webpagina."
)
COACH_STOPPED = N_("Oké, gestopt. Er is geen afspraak gemaakt.")
