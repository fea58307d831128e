"""Appointments: what, where and when a young person has to be somewhere."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.clock import AMSTERDAM, utcnow
from core.errors import InvalidInput, NotFound
from core.models import Appointment, Case, Coach

MAX_MINUTES = 24 * 60


def amsterdam_to_utc(local_time: datetime) -> datetime:
    """A wall-clock time in the Netherlands as UTC; a time skipped by the DST change is refused."""
    aware = local_time.replace(tzinfo=AMSTERDAM)
    back = aware.astimezone(UTC).astimezone(AMSTERDAM).replace(tzinfo=None)
    if back != local_time.replace(tzinfo=None):
        raise InvalidInput("that time does not exist in the Netherlands (clocks go forward)")
    return aware.astimezone(UTC)


async def do_add_appointment(
    session: AsyncSession,
    *,
    case_id: int,
    what: str,
    starts_local: datetime,
    where: str | None = None,
    minutes: int = 60,
    actor: Coach | None = None,
) -> Appointment:
    case = await session.get(Case, case_id)
    if case is None or (actor is not None and actor.team_id != case.team_id):
        raise NotFound(f"no case {case_id}")
    what = what.strip()
    if not what or len(what) > 200:
        raise InvalidInput("what")
    if not 1 <= minutes <= MAX_MINUTES:
        raise InvalidInput("minutes")
    starts_at = amsterdam_to_utc(starts_local)
    if starts_at <= utcnow():
        raise InvalidInput("the appointment is in the past")
    appointment = Appointment(
        case_id=case_id,
        what=what,
        where=(where or "").strip()[:200] or None,
        starts_at=starts_at,
        minutes=minutes,
        created_by_coach_id=actor.id if actor else None,
    )
    session.add(appointment)
    await session.flush()
    audit.record(session, actor=actor, action="appointment_added", case_id=case_id)
    return appointment
