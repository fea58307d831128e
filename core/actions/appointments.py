"""Appointments: what, where and when a young person has to be somewhere."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.notify import tell_coach
from core.clock import AMSTERDAM, utcnow
from core.errors import InvalidInput, NotFound
from core.models import Appointment, Case, Coach, Role
from core.people import Membership, described_for_coach
from messages import texts
from messages.i18n import format_moment, render

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


async def upcoming_appointments(
    session: AsyncSession, *, case_id: int, limit: int = 5
) -> list[Appointment]:
    query = (
        select(Appointment)
        .where(
            Appointment.case_id == case_id,
            Appointment.starts_at >= utcnow(),
            col(Appointment.cancelled_at).is_(None),
        )
        .order_by(col(Appointment.starts_at))
        .limit(limit)
    )
    return list((await session.exec(query)).all())


def may_see_appointments(who: Membership) -> bool:
    """The young person always; a parent only when the young person allowed it (DESIGN §8)."""
    if who.role == Role.YOUTH:
        return True
    return who.role == Role.PARENT and who.case.parents_may_see_appointments


async def do_mark_appointment_moved(
    session: AsyncSession, *, who: Membership, appointment_id: int
) -> Appointment:
    """The young person says an appointment moved: recorded, and their coach is told."""
    appointment = await session.get(Appointment, appointment_id)
    if appointment is None or appointment.case_id != who.case.id or who.role != Role.YOUTH:
        raise NotFound(f"no appointment {appointment_id}")
    if appointment.moved_at is None:
        appointment.moved_at = utcnow()
        coach = who.coach
        text = render(
            coach.language,
            texts.COACH_ALERT_APPOINTMENT_MOVED,
            who=described_for_coach(who.person, who.member, who.case, coach.language),
            what=appointment.what,
            when=format_moment(appointment.starts_at, coach.language),
        )
        tell_coach(session, coach, text)
        audit.record(session, actor=who.person, action="appointment_moved", case_id=who.case.id)
    return appointment
