"""The coach's view of a case's story: journey stages, outcomes, referrals, and the lines of
the timeline, in Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly (see messages/texts.py).
"""

from __future__ import annotations

from messages import N_

# The default journey (core/journey.py); a region may rename a stage or add its own.
STAGE_NAMES: dict[str, str] = {
    "last_school_year": N_("Laatste schooljaar"),
    "leaving_school": N_("Van school af"),
    "first_weeks": N_("Eerste weken werk of opleiding"),
    "aftercare_1": N_("Nazorg jaar 1"),
    "aftercare_2": N_("Nazorg jaar 2"),
    "closed": N_("Afgesloten"),
}
STAGE_NOT_SET = N_("Nog geen fase")

OUTCOME_NAMES: dict[str, str] = {
    "work": N_("Werk"),
    "work_supported": N_("Werk met steun"),
    "training": N_("Opleiding of school"),
    "day_activities": N_("Dagbesteding"),
    "benefit": N_("Uitkering"),
    "moved_away": N_("Verhuisd"),
    "out_of_view": N_("Uit beeld"),
    "other": N_("Iets anders"),
}
OUTCOME_NOT_SET = N_("Nog geen uitkomst")

REFERRAL_STATUS_NAMES: dict[str, str] = {
    "pending": N_("Loopt nog"),
    "went": N_("Aangekomen, krijgt hulp"),
    "not_helped": N_("Kon geen hulp krijgen"),
    "no_longer_wanted": N_("Wil het niet meer"),
}
REFERRAL_REASON_NAMES: dict[str, str] = {
    "no_contact": N_("geen contact gekregen"),
    "not_eligible": N_("komt er niet voor in aanmerking"),
    "no_capacity": N_("geen plek"),
    "other": N_("andere reden"),
}

# Alerts and deadline steps, as one line on the timeline.
ALERT_NAMES: dict[str, str] = {
    "chat_blocked": N_("Waarschuwing: de bot is geblokkeerd"),
    "consent_declined": N_("Waarschuwing: geen toestemming"),
    "erasure_requested": N_("Waarschuwing: vraagt om wissen"),
    "message_unhandled": N_("Waarschuwing: bericht niet verwerkt"),
    "out_of_view": N_("Waarschuwing: uit beeld"),
    "checkin_missed": N_("Waarschuwing: check-in niet beantwoord"),
}
ALERT_OTHER = N_("Waarschuwing aan de coach")
ESCALATION_STEPS: dict[str, str] = {
    "reminded_coach": N_("Termijn voorbij: {coach} kreeg een herinnering"),
    "asked_backup": N_("Termijn voorbij: back-up {coach} gevraagd"),
    "asked_coordinator": N_("Termijn voorbij: coördinator {coach} gevraagd"),
}

CHECKIN_ATTENDED: dict[str, str] = {
    "yes": N_("geweest"),
    "no": N_("niet geweest"),
    "moved": N_("verzet"),
}
CHECKIN_NO_ANSWER = N_("nog geen antwoord")

# The timeline's lines.
MESSAGE_IN = N_("{who} schreef: {text}")
MESSAGE_OUT = N_("{coach} aan {who}: {text}")
THREAD_CLOSED = N_("Gesprek met {who} afgesloten")
THREAD_CLOSED_OUTCOME = N_("Zorg over {who} afgesloten: {outcome}")
CHECKIN_APPOINTMENT = N_("Check-in na {what}: {answers}")
CHECKIN_AFTERCARE = N_("Check-in nazorg: {answers}")
CHECKIN_PLACEMENT = N_("Werkgever over week {week}: {answers}")
APPOINTMENT_ADDED = N_("Afspraak gemaakt: {what}, {when}")
APPOINTMENT_MOVED = N_("Afspraak verzet: {what}")
APPOINTMENT_CANCELLED = N_("Afspraak afgezegd: {what}")
REFERRAL_ADDED = N_("Verwezen naar {organisation}: {service}")
REFERRAL_STATUS = N_("Verwijzing naar {organisation}: {status}")
REFERRAL_STATUS_REASON = N_("Verwijzing naar {organisation}: {status} ({reason})")
REFERRAL_YOUTH_WENT = N_("{name} zegt: geweest bij {organisation}")
REFERRAL_YOUTH_NOT_WENT = N_("{name} zegt: niet geweest bij {organisation}")
NOTE = N_("Notitie: {text}")
CONSENT_GIVEN = N_("{who} gaf toestemming")
CONSENT_DECLINED = N_("{who} gaf geen toestemming")
MEMBER_ADDED = N_("Nieuw in het dossier: {role}")
STAGE_SET = N_("Fase: {stage}")
OUTCOME_SET = N_("Uitkomst: {outcome}")
CASE_EDITED = N_("Dossier aangepast: {fields}")
CASE_REASSIGNED = N_("Nieuwe coach: {coach}")
CASE_CLOSED = N_("Dossier gesloten")
CASE_CREATED = N_("Dossier gemaakt")
CASE_IMPORTED = N_("Toegevoegd uit het leerlingenbestand")
CASE_IMPORT_UPDATED = N_("Bijgewerkt uit het leerlingenbestand: {fields}")
BY = N_("door {coach}")

# The fields of a case a coach can edit.
CASE_FIELDS: dict[str, str] = {
    "first_name": N_("naam"),
    "birth_date": N_("geboortedatum"),
    "backup_coach_id": N_("back-up coach"),
    "school": N_("school"),
    "leaving_date": N_("uitstroomdatum"),
    "placement_start": N_("eerste werkdag"),
    "coach_id": N_("coach"),
    "stage": N_("fase"),
}

# A case given to another coach of the team.
COACH_CASE_GIVEN = N_("Je bent nu de coach van {name}. Je vindt het dossier in het portaal.")
# Several cases given at once (picked up from the list, or moved from a colleague): one message.
COACH_CASES_GIVEN = N_(
    "Je bent nu de coach van {count} jongeren: {names}. Je vindt hun dossiers in het portaal."
)
AND_MORE = N_("{names} en nog {count}")
NEW_COACH_YOUTH = N_(
    "Je hebt een nieuwe coach: {coach}. Je kunt je vragen gewoon hier blijven stellen."
)
NEW_COACH_OTHER = N_(
    "{name} heeft een nieuwe coach: {coach}. Je kunt je vragen gewoon hier blijven stellen."
)

# The monitoring page's charts.
CASES_LABEL = N_("Dossiers")
OUT_OF_VIEW_LABEL = N_("Uit beeld")
MONTHS_AFTER_SCHOOL = N_("Maanden na school")
IN_WORK_OR_TRAINING = N_("In werk of opleiding (procent)")
