"""Which action does which kind of due task: the scheduler's whole vocabulary, in one place."""

from __future__ import annotations

from collections.abc import Mapping

from core.actions import (
    aftercare,
    cadence,
    checkin_alert,
    checkin_followup,
    crisis_followup,
    digest,
    escalation,
    journey,
    out_of_view,
    placement_checkins,
    reminders,
    retention,
    waiting_words,
)
from scheduler.runner import Handler, Prefetch

HANDLERS: Mapping[str, Handler] = {
    reminders.REMINDER_EVENING: reminders.do_send_appointment_reminder,
    reminders.REMINDER_BEFORE: reminders.do_send_appointment_reminder,
    reminders.APPOINTMENT_CHECKIN: checkin_followup.do_start_appointment_checkin,
    checkin_followup.CHECKIN_NUDGE: checkin_followup.do_nudge_checkin,
    checkin_alert.CHECKIN_ALERT: checkin_alert.do_send_gathered_checkin,
    placement_checkins.PLACEMENT_CHECKIN: placement_checkins.do_placement_checkin,
    checkin_followup.CHECKIN_MISSED: checkin_followup.do_note_missed_checkin,
    cadence.AFTERCARE_CHECKIN: aftercare.do_aftercare_checkin,
    aftercare.AFTERCARE_ENDS_SOON: aftercare.do_warn_aftercare_ends,
    journey.AFTERCARE_YEAR_TWO: journey.do_enter_aftercare_year_two,
    digest.DAILY_DIGEST: digest.do_send_daily_digest,
    escalation.DEADLINE_STEP: escalation.do_deadline_step,
    crisis_followup.CRISIS_REALERT: crisis_followup.do_realert_crisis,
    out_of_view.OUT_OF_VIEW_CHECK: out_of_view.do_check_out_of_view,
    retention.PURGE_CASE: retention.do_purge_case,
    waiting_words.WAITING_WORDS: waiting_words.do_pass_waiting_words,
}

# What a batch of tasks of a kind reads, read for the whole batch at once.
PREFETCH: Mapping[str, Prefetch] = {
    reminders.REMINDER_EVENING: reminders.prefetch_reminders,
    reminders.REMINDER_BEFORE: reminders.prefetch_reminders,
}
