"""Whether Koers may start a conversation with a person now (reminders, check-ins, nudges)."""

from __future__ import annotations

from datetime import datetime

from core.clock import as_utc
from core.models import Person


def may_start_contact(person: Person | None, now: datetime) -> str | None:
    """None when Koers may write first; otherwise why not, as recorded on the skipped task."""
    if person is None or person.telegram_chat_id is None:
        return "not_linked"
    if person.consent_at is None:
        return "no_consent"
    if person.telegram_blocked_at is not None:
        return "blocked"
    if person.notifications_paused_until and as_utc(person.notifications_paused_until) > now:
        return "paused"
    return None
