"""The first weeks of a placement: Koers asks the employer after week 1, 2 and 4 how it goes.
Dutch at level B1; placeholders use {braces} (see messages/texts.py)."""

from __future__ import annotations

from messages import N_

ASK_MOOD = N_("Hoi! Hoe gaat het met {name} in week {week} bij jullie?")
# The three faces, from good (3) to bad (1).
FACES: dict[str, str] = {
    "3": N_("😀 Goed"),
    "2": N_("😐 Gaat wel"),
    "1": N_("😟 Niet goed"),
}
ASK_TOLD = N_("Wil je er iets over zeggen? Typ het hier. Het gaat naar {coach}.")
THANKS = N_("Dank je wel!")
THANKS_PASSED = N_("Dank je wel! Ik geef het door aan {coach}.")

# To the coach: one message, when the employer is done.
COACH_BAD = N_("⚠️ {who} zegt dat het niet goed gaat met {name} in week {week}: {face}")
COACH_TOLD = N_("{who} over {name} in week {week}: {face}")
# In the thread on the portal.
THREAD_FACE = N_("Week {week} op het werk: {face}")
