"""What Koers says about concerns ("er is iets") and crisis signals, in Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly. The phone numbers and web
addresses in the crisis messages are Dutch services: they stay the same in every language.
"""

from __future__ import annotations

from messages import N_

# The menu button and the first question.
MENU_CONCERN = N_("Er is iets")
ASK_DOMAIN = N_("Waar gaat het over?")
# The life domains (DESIGN §1, §4.5) in button order, by the code stored on Thread.category.
DOMAIN_LABELS: dict[str, str] = {
    "work": N_("Werk"),
    "school": N_("School"),
    "money": N_("Geld"),
    "housing": N_("Wonen"),
    "health": N_("Gezondheid"),
    "home": N_("Thuis"),
    "other": N_("Iets anders"),
}
# The category of a concern that started with crisis words rather than a chosen domain.
CRISIS_LABEL = N_("Crisis")
ASK_TEXT = N_("Vertel wat er is. Typ het hier.")
PICK_A_BUTTON = N_("Kies een knop hieronder. Of typ {stop}.")
# The word a person may type to stop; shown in PICK_A_BUTTON, so translate it as a command.
STOP_WORD = N_("stop")
CONCERN_RECEIVED = N_("Goed dat je het vertelt.\n{coach} kijkt ernaar en reageert uiterlijk {due}.")

# Crisis information, sent at once when someone writes words of acute distress.
CRISIS_HELP = N_(
    "Wat je schrijft, is belangrijk. Je staat er niet alleen voor.\n"
    "Ben je in direct gevaar? Bel 112.\n\n"
    "113 Zelfmoordpreventie is er voor iedereen die aan zelfmoord denkt. "
    "Praat nu met iemand van 113, dag en nacht, anoniem:\n"
    "- bel 113, of gratis 0800-0113\n"
    "- of chat via 113.nl"
)
CRISIS_HELP_UNDER_18 = N_(
    "Ben je jonger dan 18? Dan kun je ook gratis De Kindertelefoon bellen: 0800-0432. "
    "Daar praat je anoniem met iemand over alles wat je dwarszit. "
    "Chatten kan via kindertelefoon.nl."
)
CRISIS_COACH_TOLD = N_(
    "{coach} krijgt je bericht met voorrang en neemt contact met je op.\n"
    "Wil je nog iets zeggen? Typ het hier."
)

# For coaches (in Telegram).
URGENCY_NORMAL = N_("normaal")
URGENCY_URGENT = N_("dringend")
COACH_ALERT_CONCERN = N_(
    "⚠️ Zorg van {who}\n"
    "Over: {domain}\n"
    "Urgentie: {urgency}. Reageer uiterlijk {due}.\n\n"
    "{text}\n\n"
    "Antwoorden? Beantwoord dit bericht in Telegram."
)
COACH_ALERT_CRISIS = N_(
    "🚨 DRINGEND: {who} schreef woorden die op acute nood kunnen wijzen.\n"
    "Over: {domain}\n"
    "Neem zo snel mogelijk contact op, uiterlijk {due}.\n\n"
    "{text}\n\n"
    "{helplines}\n"
    "Antwoorden? Beantwoord dit bericht in Telegram."
)
COACH_CRISIS_HELP_SENT = N_("Koers heeft het nummer van 113 Zelfmoordpreventie en 112 gestuurd.")
COACH_CRISIS_HELP_SENT_UNDER_18 = N_(
    "Koers heeft de nummers van 113 Zelfmoordpreventie, 112 en De Kindertelefoon gestuurd."
)
COACH_ALERT_CRISIS_BACKUP = N_("Je krijgt dit als achtervang van {coach}.")
COACH_CRISIS_NOT_TAKEN = N_(
    "🚨 NOG NIET OPGEPAKT: de crisis van {who} wacht al {minutes} minuten. "
    "Kan jij nu contact opnemen? Kies Ik pak het op."
)
COACH_CRISIS_TAKEN = N_("{coach} pakt de crisis van {case} op.")
COORDINATOR_ALERT_STRANGER_CRISIS = N_(
    "🚨 DRINGEND: iemand zonder koppeling ({name}) schreef woorden van nood. "
    "Koers heeft 113 en 112 gestuurd. Dit schreef die persoon:\n\n{text}\n\n"
    "Zie de aanmeldingen in het portaal."
)
