"""A case as a timeline: everything that happened on it, newest first (DESIGN §6).

Messages both ways, closed threads with their outcome, check-in answers, appointments and how
they went, referrals, notes, alerts and deadline steps, consent, people added, and the changes
kept as case events (stage, outcome, edits, a new coach, closing). Each source is read newest
first and only as far as one page needs, through an index on (case, time), so a case with years
of history costs what one page costs.

An entry holds codes and values, not sentences: `summary(language)` writes it in the reader's
language (the portal's, or Dutch for `koers case show`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from core.clock import as_utc
from core.models import Case
from core.timeline_entries import Entry
from core.timeline_sources import CaseReader

# The kinds of entry, and the groups a coach filters by.
GROUPS: dict[str, tuple[str, ...]] = {
    "messages": ("message_in", "message_out", "thread_closed"),
    "checkins": ("checkin",),
    "appointments": ("appointment",),
    "referrals": ("referral",),
    "notes": ("note",),
    "alerts": ("alert", "escalation"),
    "changes": (
        "stage",
        "outcome",
        "edited",
        "reassigned",
        "consent",
        "member",
        "closed",
        "created",
        "imported",
        "handover",
    ),
}
PAGE = 50


@dataclass(frozen=True)
class TimelinePage:
    entries: list[Entry]
    # The moment to ask the next (older) page from; None: this was the oldest.
    older_than: datetime | None


async def case_timeline(
    session: AsyncSession,
    case: Case,
    *,
    group: str | None = None,
    before: datetime | None = None,
    limit: int = PAGE,
) -> TimelinePage:
    """One page of the case's story, newest first; `group` keeps one kind of thing (GROUPS)."""
    reader = CaseReader(session, case, before, limit + 1)
    await reader.load_people()
    kinds = GROUPS.get(group or "")
    sources = {
        "messages": reader.messages,
        "checkins": reader.checkins,
        "appointments": reader.appointments,
        "referrals": reader.referrals,
        "notes": reader.notes,
        "alerts": reader.alerts,
        "changes": reader.changes,
    }
    entries: list[Entry] = []
    for name, read in sources.items():
        if kinds is None or name == group:
            entries.extend(await read())
    entries = [e for e in entries if kinds is None or e.kind in kinds]
    entries.sort(key=lambda entry: as_utc(entry.at), reverse=True)
    more = len(entries) > limit
    entries = entries[:limit]
    return TimelinePage(entries=entries, older_than=entries[-1].at if more and entries else None)
