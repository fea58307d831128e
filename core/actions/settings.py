"""A person's own settings: pause reminders, who sees what, ask to be erased."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.absence import routed
from core.actions.notify import tell_coach
from core.clock import utcnow
from core.errors import InvalidInput, NotAllowed
from core.mail import checked_email
from core.models import Alert, Appointment, Role, Thread, ThreadMessage
from core.people import Membership, described_for_coach
from messages import texts
from messages.i18n import format_moment, language_name, render
from messages.reader_texts import known_summary

PAUSE_CHOICES_DAYS = (7, 14, 30)


def gets_reminders(who: Membership) -> bool:
    """Only the young person gets what Koers starts itself (reminders, check-ins): a pause is
    theirs to choose; a parent or employer is never offered one."""
    return who.role == Role.YOUTH


async def do_pause_notifications(
    session: AsyncSession, *, who: Membership, days: int | None
) -> datetime | None:
    """Pauses what Koers starts itself for `days` (None: resume); returns the new end."""
    if not gets_reminders(who):
        raise NotAllowed("no reminders to pause")
    if days is not None and days not in PAUSE_CHOICES_DAYS:
        raise NotAllowed("pause length")
    until = utcnow() + timedelta(days=days) if days else None
    who.person.notifications_paused_until = until
    audit.record(session, actor=who.person, action="notifications_paused", case_id=who.case.id)
    return until


async def do_set_email(session: AsyncSession, *, who: Membership, email: str | None) -> None:
    """The address Koers may mail a note to when the coach answers (None: none any more).

    The person gives it themselves, with the page saying what Koers will mail (never content).
    An address that cannot be one is InvalidInput("email")."""
    address = None
    if email is not None:
        address = checked_email(email)
        if address is None:
            raise InvalidInput("email")
    who.person.email = address
    audit.record(
        session, actor=who.person, action="email_set", case_id=who.case.id, given=bool(address)
    )


async def do_set_parent_view(session: AsyncSession, *, who: Membership, allowed: bool) -> None:
    """Only the young person decides whether parents see their appointments (DESIGN §8)."""
    if who.role != Role.YOUTH:
        raise NotAllowed("only the young person decides")
    who.case.parents_may_see_appointments = allowed
    audit.record(
        session, actor=who.person, action="parent_view_set", case_id=who.case.id, allowed=allowed
    )


async def do_set_good_news_sharing(
    session: AsyncSession, *, who: Membership, allowed: bool
) -> None:
    """Only the young person decides whether their employer's good news reaches them too."""
    if who.role != Role.YOUTH:
        raise NotAllowed("only the young person decides")
    who.case.good_news_shared_with_youth = allowed
    audit.record(
        session,
        actor=who.person,
        action="good_news_sharing_set",
        case_id=who.case.id,
        allowed=allowed,
    )


async def do_request_erasure(session: AsyncSession, *, who: Membership) -> None:
    """Recorded and told to the coach; the erasure itself is a portal action."""
    person = who.person
    who = await routed(session, who)
    if person.erasure_requested_at is None:
        person.erasure_requested_at = utcnow()
        session.add(
            Alert(
                coach_id=who.coach.id or 0,
                case_id=who.case.id,
                kind="erasure_requested",
                detail={"member": who.member.id},
            )
        )
        described = described_for_coach(person, who.member, who.case, who.coach.language)
        tell_coach(
            session,
            who.coach,
            render(who.coach.language, texts.COACH_ALERT_ERASURE, who=described),
            case_id=who.case.id,
        )
    audit.record(session, actor=person, action="erasure_requested", case_id=who.case.id)


@dataclass(frozen=True)
class StoredData:
    """'What does Koers know about me', in numbers a person can check."""

    messages_written: int
    upcoming_appointments: int


async def stored_data(session: AsyncSession, who: Membership) -> StoredData:
    written = (
        await session.exec(
            select(func.count())
            .select_from(ThreadMessage)
            .join(Thread, col(Thread.id) == ThreadMessage.thread_id)
            .where(Thread.member_id == who.member.id, col(ThreadMessage.from_coach_id).is_(None))
        )
    ).one()
    upcoming = 0
    if who.role == Role.YOUTH or (
        who.role == Role.PARENT and who.case.parents_may_see_appointments
    ):
        upcoming = (
            await session.exec(
                select(func.count())
                .select_from(Appointment)
                .where(
                    Appointment.case_id == who.case.id,
                    Appointment.starts_at >= utcnow(),
                    col(Appointment.cancelled_at).is_(None),
                )
            )
        ).one()
    audit.record(session, actor=who.person, action="stored_data_viewed", case_id=who.case.id)
    return StoredData(messages_written=written, upcoming_appointments=upcoming)


async def do_show_stored_data(session: AsyncSession, *, who: Membership) -> str:
    """'Wat weet Koers?' in the person's words for their role (a parent or employer is not told
    about appointments or "your coach"); reading it is recorded like a coach viewing a file."""
    language = who.person.language
    data = await stored_data(session, who)
    consent_at = who.person.consent_at
    return render(
        language,
        known_summary(who.role),
        name=who.person.first_name or "—",
        language=language_name(language or "nl"),
        coach=who.coach.name,
        case=who.case.first_name,
        consent=format_moment(consent_at, language) if consent_at else "—",
        messages=data.messages_written,
        appointments=data.upcoming_appointments,
    )
