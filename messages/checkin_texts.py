"""What Koers says in a check-in after an appointment or in aftercare, in Dutch at level B1.

One question per message; every question has buttons where an answer can be chosen, and the
young person may stop at every step. Placeholders use {braces}; every catalog must keep them.
"""

from __future__ import annotations

from messages import N_

# What a coach sees on a check-in thread in the portal, and the flow's name.
KIND_CHECKIN = N_("Check-in")

# The questions, in the order they come.
ASK_ATTENDED = N_("Je had een afspraak: {what}, {when}.\nBen je geweest?")
ASK_MOOD_APPOINTMENT = N_("Hoe ging het?")
ASK_MOOD_AFTERCARE = N_("Hoi {name}! Hoe gaat het met je?")
ASK_TOLD = N_("Wil je nog iets vertellen? Typ het hier.")
ASK_WHY_NOT = N_("Wil je vertellen wat er gebeurde? Typ het hier.")
ASK_NEXT = N_("Heb je al een nieuwe afspraak?")
ASK_NEXT_WHEN = N_("Wanneer en waar? Typ het hier.")
ASK_NEW_TIME = N_("Wat is de nieuwe dag en tijd? Typ het hier.")

# The buttons of each step, by the value in the button's data (core/actions/checkins.py).
ANSWER_YES = N_("Ja")
ANSWER_NO = N_("Nee")
ATTENDED_LABELS: dict[str, str] = {"yes": ANSWER_YES, "no": ANSWER_NO, "moved": N_("Verzet")}
# The four faces, from good (4) to bad (1).
FACES: dict[str, str] = {
    "4": N_("😀 Goed"),
    "3": N_("🙂 Wel oké"),
    "2": N_("😕 Niet zo goed"),
    "1": N_("😞 Slecht"),
}
NOTHING_TO_TELL = N_("Nee, niets")
TIME_NOT_KNOWN = N_("Weet ik nog niet")

# Answers to the young person between the questions.
SORRY_TOLD_COACH = N_("Dat is jammer. Ik vertel het aan {coach}.")
PASSED_TO_COACH = N_("Ik geef het door aan {coach}.")
DONE = N_("Dat waren alle vragen. Dank je wel!")
# Text typed where a button was expected: kept, and asked about once more.
PICK_A_BUTTON = N_(
    "Ik bewaar wat je typte voor {coach}.\nKies nu eerst een knop hieronder. Of typ {stop}."
)
# A check-in started while the young person was typing something else.
TYPED_PASSED = N_("Wat je al typte, is naar {coach} gegaan.")

# In the check-in thread (portal), for answers given with a button.
THREAD_NOT_ATTENDED = N_("Niet geweest naar de afspraak: {what}, {when}.")
THREAD_MOOD = N_("Check-in: {face}")
THREAD_NEW_TIME = N_("Afspraak verzet: {what}. De nieuwe tijd: {text}")
THREAD_NEXT = N_("Volgende afspraak: {text}")

# For coaches (in Telegram).
# The coach gets one message per check-in (core/actions/checkin_alert.py): these are its
# lines, and the hint how to answer closes it once.
COACH_REPLY_HINT = N_("Antwoorden? Beantwoord dit bericht in Telegram.")
COACH_ALERT_NOT_ATTENDED = N_("⚠️ {who} is niet naar de afspraak geweest: {what}, {when}.")
COACH_ALERT_MOOD_APPOINTMENT = N_(
    "⚠️ {who} zegt dat de afspraak niet goed ging: {face}\nAfspraak: {what}, {when}."
)
COACH_ALERT_MOOD_AFTERCARE = N_("⚠️ {who} zegt dat het niet goed gaat: {face}")
COACH_ALERT_WORRY = N_("⚠️ {who} schreef in de check-in iets dat zorgen kan geven:\n\n{text}")
COACH_CHECKIN_TOLD = N_("{who} vertelt na de check-in:\n\n{text}")
COACH_CHECKIN_NEW_TIME = N_(
    "{who} zegt dat deze afspraak is verzet: {what}.\nDe nieuwe tijd:\n\n{text}"
)
COACH_CHECKIN_NEXT = N_("{who} heeft een volgende afspraak:\n\n{text}")
COACH_CHECKIN_TYPED = N_("{who} schreef tijdens de check-in:\n\n{text}")
