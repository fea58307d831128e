"""What Koers says on its own initiative: reminders and follow-up, in Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly (see messages/texts.py).
"""

from __future__ import annotations

from messages import N_

REMINDER_TOMORROW = N_("Denk je aan je afspraak morgen?\n{what}\n{when}")
REMINDER_SOON = N_("Straks heb je een afspraak.\n{what}\n{when}")

# To the coach.
COACH_ALERT_OUT_OF_VIEW = N_("{name} is uit beeld: al {days} dagen geen contact.")
COACH_DEADLINE_REMINDER = N_(
    "Herinnering: {who} wacht nog op antwoord. De termijn was {due}.\n\n{text}"
)
BACKUP_ESCALATION = N_(
    "{coach} heeft nog niet gereageerd op {who} (termijn {due}). Wil jij het oppakken?\n\n{text}"
)
COORDINATOR_ESCALATION = N_(
    "Niemand heeft nog gereageerd op {who} (coach: {coach}, termijn {due}). "
    "Wil jij zorgen dat het wordt opgepakt?\n\n{text}"
)

# The coach's daily digest.
DIGEST_HEADER = N_("Goedemorgen {name}. Dit staat er vandaag voor je klaar.")
DIGEST_OPEN = N_("Open ({count}):")
DIGEST_OPEN_LINE = N_("- {who}: uiterlijk {due}")
DIGEST_OPEN_LATE_LINE = N_("- {who}: te laat (termijn was {due})")
DIGEST_MORE = N_("… en nog {count}. Zie het portaal.")
DIGEST_APPOINTMENTS = N_("Afspraken vandaag:")
DIGEST_APPOINTMENT_LINE = N_("- {time} {name}: {what}")
DIGEST_OUT_OF_VIEW = N_("Uit beeld:")
DIGEST_OUT_OF_VIEW_LINE = N_("- {name}")

# Check-ins nobody answered.
CHECKIN_NUDGE = N_("Hoi! Ik hoor graag nog even van je. Eén druk op een knop is genoeg.")
COACH_ALERT_CHECKIN_MISSED = N_("{name} heeft niet geantwoord op de check-in van {asked}.")

# Aftercare coming to an end.
COACH_AFTERCARE_ENDS_SOON = N_("De nazorg voor {name} stopt op {day}. Wil je nog iets regelen?")
COACH_AFTERCARE_ENDED = N_("De nazorg voor {name} is gestopt. Er gaan geen check-ins meer uit.")

# Words left in a flow the person never finished, passed on after a while.
WAITING_WORDS_PASSED = N_("Je bericht van eerder is nu naar {coach} gegaan.")
