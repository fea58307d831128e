"""A warm handover (school → municipality, say): what the young person is asked and told, what
coaches and the receiving team read. Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly (see messages/texts.py).
"""

from __future__ import annotations

from messages import N_

# What a handover file can hold (core/network_models.HANDOVER_PARTS), as the young person reads it.
PARTS: dict[str, str] = {
    "story": N_("Je verhaal tot nu toe"),
    "what_works": N_("Wat goed werkt voor jou"),
    "watch_out": N_("Waar ze op moeten letten"),
    "appointments": N_("Je afspraken"),
    "network": N_("Wie er om je heen staan (zoals ouders of je werkgever)"),
}
# The same parts, as a coach reads them in the file.
PART_TITLES: dict[str, str] = {
    "story": N_("Het verhaal tot nu toe"),
    "what_works": N_("Wat werkt"),
    "watch_out": N_("Waar op te letten"),
    "appointments": N_("Afspraken"),
    "network": N_("Netwerk en contacten"),
}

# The young person (or, under 16, a parent) is asked.
ASK = N_(
    "{coach} wil je dossier doorgeven aan {team} ({organisation}). Dan hoef je je verhaal "
    "niet opnieuw te vertellen.\n\nDit kan mee:\n{parts}\n\nWat mag mee?"
)
ASK_PARENT = N_(
    "{coach} wil het dossier van {name} doorgeven aan {team} ({organisation}). Dan hoeft "
    "{name} het verhaal niet opnieuw te vertellen.\n\nDit kan mee:\n{parts}\n\nWat mag mee?"
)
ALL = N_("Alles mag mee")
CHOOSE = N_("Ik kies zelf")
NONE = N_("Nee, liever niet")
ASK_PART = N_("Mag dit mee: {part}?")
YES = N_("Ja")
NO = N_("Nee")
ASK_READ = N_("Mag {coach} nog {days} dagen meelezen, om te zien hoe het gaat?")
THANKS = N_(
    "Dank je. {team} kijkt of ze je kunnen helpen. Je hoort wie je nieuwe coach wordt. "
    "Tot die tijd blijft {coach} je coach."
)
THANKS_NONE = N_("Goed, er gaat niets mee. {coach} blijft je coach en neemt contact met je op.")

# Told when it is decided.
NEW_COACH = N_(
    "Je nieuwe coach is {coach} van {team}. Je kunt je vragen gewoon hier blijven stellen."
)
NEW_TEAM_NO_COACH_YET = N_(
    "{team} neemt je dossier over. Je hoort snel wie je nieuwe coach wordt. Je kunt je vragen "
    "gewoon hier blijven stellen."
)
DECLINED_TO_PERSON = N_("{team} kan je dossier niet overnemen. {coach} blijft je coach.")

# Coaches.
COACH_CONSENTED = N_(
    "{name} is akkoord met de overdracht naar {team}. Nu beslist dat team. Mee gaat: {parts}."
)
COACH_REFUSED = N_("{name} wil de overdracht naar {team} niet. Er gaat niets mee.")
COACH_ACCEPTED = N_("{team} heeft de overdracht van {name} geaccepteerd. Het dossier is gesloten.")
COACH_DECLINED = N_("{team} kan {name} niet overnemen: {reason}")
TEAM_INCOMING = N_(
    "Er is een warme overdracht voor jullie team: {name}, van {organisation}. Kijk in het "
    "portaal onder Team."
)
NOTHING_SHARED = N_("niets")

# The steps on a case's timeline.
TIMELINE: dict[str, str] = {
    "proposed": N_("Warme overdracht naar {team} voorgesteld"),
    "consented": N_("Akkoord gegeven voor de overdracht naar {team}"),
    "refused": N_("Geen akkoord voor de overdracht naar {team}"),
    "withdrawn": N_("Overdracht naar {team} ingetrokken"),
    "declined": N_("{team} nam de overdracht niet aan"),
    "accepted": N_("Overgedragen aan {team}"),
    "received": N_("Overgenomen van {team}"),
}
