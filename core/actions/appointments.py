"""Appointments: what, where and when a young person has to be somewhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.absence import responsible_coach
from core.actions.notify import tell_coach, tell_person
from core.actions.reminders import plan_appointment_followup
from core.clock import AMSTERDAM, local, utcnow
from core.errors import InvalidInput, NotAllowed, NotFound
from core.models import Appointment, Case, CaseMember, CaseStatus, Coach, Person, Role
from core.people import Membership, described_for_coach
from messages import appointment_texts, texts
from messages.i18n import format_moment, render

MAX_MINUTES = 24 * 60
MAX_WHAT = 200


class NoSuchTime(InvalidInput):
    """A wall-clock time skipped when the clocks go forward (the last Sunday of March)."""


class InPast(InvalidInput):
    """The appointment would start now or earlier."""


def amsterdam_to_utc(local_time: datetime) -> datetime:
    """A wall-clock time in the Netherlands as UTC; a time skipped by the DST change is refused."""
    aware = local_time.replace(tzinfo=AMSTERDAM)
    back = aware.astimezone(UTC).astimezone(AMSTERDAM).replace(tzinfo=None)
    if back != local_time.replace(tzinfo=None):
        raise NoSuchTime("that time does not exist in the Netherlands (clocks go forward)")
    return aware.astimezone(UTC)


def today_in_amsterdam() -> date:
    return local(utcnow()).date()


def checked_start(starts_local: datetime) -> datetime:
    """The start in UTC when an appointment may start then; else NoSuchTime or InPast.

    Flows call it as soon as day and time are known, so that a person hears at once, not
    after answering where and confirming.
    """
    starts_at = amsterdam_to_utc(starts_local)
    if starts_at <= utcnow():
        raise InPast("the appointment is in the past")
    return starts_at


def day_has_passed(day: date) -> bool:
    return day < today_in_amsterdam()


async def do_add_appointment(
    session: AsyncSession,
    *,
    case_id: int,
    what: str,
    starts_local: datetime,
    where: str | None = None,
    minutes: int = 60,
    actor: Coach | None = None,
    added_by: Person | None = None,
) -> Appointment:
    """Adds an appointment; `added_by` is the young person who added it (for the audit log)."""
    case = await session.get(Case, case_id)
    if case is None or (actor is not None and actor.team_id != case.team_id):
        raise NotFound(f"no case {case_id}")
    what = what.strip()
    if not what or len(what) > MAX_WHAT:
        raise InvalidInput("what")
    if not 1 <= minutes <= MAX_MINUTES:
        raise InvalidInput("minutes")
    starts_at = checked_start(starts_local)
    appointment = Appointment(
        case_id=case_id,
        what=what,
        where=(where or "").strip()[:MAX_WHAT] or None,
        starts_at=starts_at,
        minutes=minutes,
        created_by_coach_id=actor.id if actor else None,
    )
    session.add(appointment)
    await session.flush()
    # The reminders and the check-in afterwards are planned with it, in the same transaction.
    await plan_appointment_followup(session, appointment)
    audit.record(session, actor=added_by or actor, action="appointment_added", case_id=case_id)
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
        coach = await responsible_coach(session, who.case)
        text = render(
            coach.language,
            texts.COACH_ALERT_APPOINTMENT_MOVED,
            who=described_for_coach(who.person, who.member, who.case, coach.language),
            what=appointment.what,
            when=format_moment(appointment.starts_at, coach.language),
        )
        tell_coach(session, coach, text, case_id=who.case.id)
        audit.record(session, actor=who.person, action="appointment_moved", case_id=who.case.id)
    return appointment


async def do_add_appointment_as_person(
    session: AsyncSession,
    *,
    who: Membership,
    what: str,
    starts_local: datetime,
    where: str | None = None,
) -> Appointment:
    """The young person adds an appointment themselves; their coach is told."""
    if who.role != Role.YOUTH:
        raise NotAllowed("only the young person adds appointments")
    appointment = await do_add_appointment(
        session,
        case_id=who.case.id or 0,
        what=what,
        starts_local=starts_local,
        where=where,
        added_by=who.person,
    )
    coach = await responsible_coach(session, who.case)
    params = {
        "who": described_for_coach(who.person, who.member, who.case, coach.language),
        "what": appointment.what,
        "when": format_moment(appointment.starts_at, coach.language),
    }
    if appointment.where:
        text = render(
            coach.language,
            appointment_texts.COACH_ALERT_ADDED_WHERE,
            **params,
            where=appointment.where,
        )
    else:
        text = render(coach.language, appointment_texts.COACH_ALERT_ADDED, **params)
    tell_coach(session, coach, text, case_id=who.case.id)
    return appointment


@dataclass(frozen=True)
class CoachAddedAppointment:
    appointment: Appointment
    case: Case
    # Whether the young person gets a message in Telegram about it.
    youth_told: bool
    # Without Telegram: the message waits on their web page (core/web_screen.py).
    youth_on_page: bool = False


async def do_add_appointment_as_coach(
    session: AsyncSession,
    *,
    coach: Coach,
    case_id: int,
    what: str,
    starts_local: datetime,
    where: str | None = None,
) -> CoachAddedAppointment:
    """A coach adds an appointment (portal or Telegram); the young person is told in Telegram."""
    appointment = await do_add_appointment(
        session, case_id=case_id, what=what, starts_local=starts_local, where=where, actor=coach
    )
    case = await session.get(Case, case_id)
    assert case is not None
    youth = await _linked_youth(session, case_id)
    told = False
    if youth is not None:
        language = youth.language
        params = {
            "coach": coach.name,
            "what": appointment.what,
            "when": format_moment(appointment.starts_at, language),
        }
        if appointment.where:
            text = render(
                language, appointment_texts.TOLD_ADDED_WHERE, **params, where=appointment.where
            )
        else:
            text = render(language, appointment_texts.TOLD_ADDED, **params)
        told = bool(tell_person(session, youth, text))
    on_page = youth is not None and youth.telegram_chat_id is None
    return CoachAddedAppointment(
        appointment=appointment, case=case, youth_told=told, youth_on_page=on_page
    )


async def _linked_youth(session: AsyncSession, case_id: int) -> Person | None:
    """The case's young person when Koers may write to them: consented, in Telegram first,
    else on the web page (where tell_person leaves the message)."""
    query = (
        select(Person)
        .join(CaseMember, col(CaseMember.person_id) == col(Person.id))
        .where(CaseMember.case_id == case_id, CaseMember.role == Role.YOUTH)
        .order_by(col(CaseMember.id).desc())
    )
    consented = [p for p in (await session.exec(query)).all() if p.consent_at is not None]
    in_telegram = [p for p in consented if p.telegram_chat_id is not None]
    chosen = in_telegram or consented
    return chosen[0] if chosen else None


async def appointment_cases(session: AsyncSession, *, coach: Coach, name: str = "") -> list[Case]:
    """The coach's own active cases called `name` (all of them without a name), by first name.

    A name that is no one's in full is tried as the start of a name ("Sa" finds Sam and Sara).
    """
    query = select(Case).where(Case.coach_id == coach.id, Case.status == CaseStatus.ACTIVE)
    own = sorted((await session.exec(query)).all(), key=lambda c: (c.first_name.casefold(), c.id))
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return own
    exact = [case for case in own if case.first_name.casefold() == wanted]
    return exact or [case for case in own if case.first_name.casefold().startswith(wanted)]
