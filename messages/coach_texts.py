"""What Koers says to coaches in Telegram (notes, absence, help) and about a coach who is away.

Dutch at level B1. Placeholders use {braces}; every catalog must keep them exactly.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from messages import N_
from messages.i18n import supported


def format_day(day: date, language: str | None) -> str:
    """A day as people read it, e.g. 'vrijdag 13 juni'."""
    return format_date(day, "EEEE d MMMM", locale=supported(language))


# Help: what a coach can do in Telegram.
COACH_HELP = N_(
    "Dit kun je hier doen:\n"
    "/inbox – zien wat nog open staat\n"
    "/notitie – een korte notitie bij een dossier\n"
    "/afspraak – een afspraak maken\n"
    "/weg – je bent een tijd weg; je achtervang neemt het over\n"
    "/terug – je bent er weer\n\n"
    "Antwoorden op een vraag? Beantwoord de melding van die vraag."
)

# Notes.
BUTTON_NOTE = N_("Notitie")
NOTE_WHICH_CASE = N_("Bij wie hoort de notitie? Kies een naam.")
NOTE_MORE_CASES = N_(
    "Staat de naam er niet bij? Typ /notitie en de naam, bijvoorbeeld /notitie {name}."
)
NOTE_NAME_UNKNOWN = N_("Ik vind niemand met de naam {name}. Kies een naam.")
NOTE_NO_CASES = N_("Je hebt nu geen dossiers. Een notitie hoort altijd bij een dossier.")
NOTE_ASK_TEXT = N_("Notitie bij {name}. Typ je notitie.")
NOTE_ASK_TEXT_OTHER = N_(
    "Notitie bij {name}. Typ je notitie.\nIs het voor iemand anders? Kies Ander dossier."
)
BUTTON_OTHER_CASE = N_("Ander dossier")
NOTE_TEXT_ONLY = N_("Een notitie is tekst. Typ je notitie. Of kies Stoppen.")
NOTE_TOO_LONG = N_(
    "Je notitie is te lang: {length} tekens. Het mag tot {limit} tekens. "
    "Maak hem korter en stuur hem nog een keer."
)
NOTE_SAVED = N_("Notitie bewaard bij {name}.")

# Away: the question, the buttons and the answers.
AWAY_ASK = N_(
    "Tot wanneer ben je weg? Kies een knop.\nJe achtervang krijgt dan de nieuwe berichten."
)
AWAY_ASK_WHILE_AWAY = N_("Je bent nu weg tot en met {day}.\nTot wanneer ben je weg? Kies een knop.")
AWAY_TOMORROW = N_("Tot morgen")
AWAY_MONDAY = N_("Tot maandag")
AWAY_WEEK = N_("1 week")
AWAY_TWO_WEEKS = N_("2 weken")
AWAY_TYPE = N_("Typ een datum")
BUTTON_BACK = N_("Ik ben terug")
AWAY_TYPE_ASK = N_("Tot en met welke dag ben je weg? Typ de datum, bijvoorbeeld {example}.")
AWAY_NOT_A_DAY = N_("Die datum snap ik niet. Typ bijvoorbeeld {example}. Of kies Stoppen.")
AWAY_IN_THE_PAST = N_("Die dag is al voorbij. Typ een dag vanaf vandaag.")
AWAY_TOO_FAR = N_("Dat is meer dan een jaar. Typ een dag die eerder is.")
AWAY_SET_ONE = N_("Je bent weg tot en met {day}. {backup} neemt nieuwe berichten over.")
AWAY_SET_MANY = N_("Je bent weg tot en met {day}. Nieuwe berichten gaan naar: {backups}.")
AWAY_SET_NOBODY = N_(
    "Je bent weg tot en met {day}. Er is niemand die het overneemt: "
    "nieuwe berichten blijven naar jou gaan. Vraag je coördinator om een achtervang."
)
AWAY_BACK_WHEN = N_("Vanaf {day} krijg je weer alles. Eerder terug? Stuur /terug.")
BACK_DONE = N_("Welkom terug! Nieuwe berichten komen weer bij jou.")
BACK_NOT_AWAY = N_("Je staat niet als weg. Nieuwe berichten komen al bij jou.")

# To the coach who stands in.
STAND_IN_TOLD = N_(
    "{coach} is weg tot en met {day}. Tot die tijd krijg jij de nieuwe berichten van: {cases}."
)
STAND_IN_BACK = N_("{coach} is terug. Nieuwe berichten van {cases} gaan weer naar {coach}.")

# 'My coach', for a young person, parent or employer.
COACH_CARD_AWAY = N_("{coach} is weg tot en met {day}. Tot die tijd helpt {backup} je.")
COACH_CARD_AWAY_NOBODY = N_("{coach} is weg tot en met {day}. Je bericht komt wel aan.")

# Closing a concern or crisis: what was done (core/concern_outcomes.py), then a few words.
CLOSING_OUTCOME_LABELS: dict[str, str] = {
    "talked": N_("Gesproken, er is een plan"),
    "referred": N_("Doorverwezen naar hulp"),
    "crisis_service": N_("Crisisdienst, 113 of 112 ingeschakeld"),
    "network": N_("Ouders of netwerk ingeschakeld"),
    "resolved": N_("Opgelost, geen zorg meer"),
    "other": N_("Iets anders"),
}
CLOSING_ASK_OUTCOME = N_("Je sluit de zorg over {name}. Wat is er gedaan? Kies een knop.")
CLOSING_ASK_NOTE = N_("{outcome}. Schrijf in een paar woorden wat er is gebeurd.")
CLOSING_TEXT_ONLY = N_("Typ een paar woorden over wat er is gebeurd. Of kies Stoppen.")
CLOSING_NOTE_TOO_LONG = N_("Dat is te lang. Schrijf het in minder dan {limit} tekens.")
CLOSING_DONE = N_("De zorg over {name} is gesloten: {outcome}.")

# Lines of /inbox for what is not a conversation (the portal inbox has their actions).
INBOX_LINE = N_("• {name}: {what}")
INBOX_LINE_REFERRAL = N_("• {name}: verwijzing naar {organisation}, nog geen uitkomst")
INBOX_LINE_INTAKE = N_("• Aanmelding zonder coach: {name}")
SOMEONE = N_("iemand")

# Someone without a working link (an intake request), followed up by a coach.
INTAKE_ANSWER = N_("Bericht van {coach} van Koers:\n\n{text}")
INTAKE_GIVEN = N_("{coach} geeft je de aanmelding van {name}. Je vindt die in je inbox.")
INTAKE_CASE_MADE = N_("Hoi! Je coach bij Koers is {coach}. Tik op de knop om te beginnen.")
INTAKE_START_BUTTON = N_("Begin")
