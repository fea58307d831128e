"""Appointment reminders: the evening before and a few hours before (DESIGN §5, team rules).

Planned when an appointment is added; each reminder checks again when it is due, because much
can change in between: the appointment moved or was cancelled, reminders were paused, the
young person blocked the bot, Koers was down and the moment passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.actions.notify import tell_person
from core.clock import as_utc, local, utcnow
from core.models import Appointment, Case, CaseMember, DueTask, Person, Role, Team
from core.notify_rules import may_start_contact
from core.team_rules import TeamRules, team_rules, wall_clock
from messages import followup_texts, texts
from messages.i18n import format_moment, render

REMINDER_EVENING = "reminder_evening"
REMINDER_BEFORE = "reminder_before"
APPOINTMENT_CHECKIN = "appointment_checkin"


def _reminder_moments(appointment: Appointment, rules: TeamRules) -> dict[str, datetime]:
    starts = as_utc(appointment.starts_at)
    day_before = local(starts).date() - timedelta(days=1)
    ends = starts + timedelta(minutes=appointment.minutes)
    return {
        REMINDER_EVENING: wall_clock(day_before, rules.reminder_evening_before),
        REMINDER_BEFORE: starts - timedelta(hours=rules.reminder_hours_before),
        APPOINTMENT_CHECKIN: ends + timedelta(hours=rules.checkin_hours_after),
    }


async def plan_appointment_followup(session: AsyncSession, appointment: Appointment) -> None:
    """Plans the reminders and the check-in. The key holds the start time, so a new time plans
    anew and the tasks for the old time find the appointment changed and skip themselves."""
    case = await session.get(Case, appointment.case_id)
    assert case is not None and appointment.id is not None
    rules = await team_rules(session, case.team_id)
    now = utcnow()
    starts = as_utc(appointment.starts_at).isoformat()
    for kind, due_at in _reminder_moments(appointment, rules).items():
        # A reminder for "tomorrow" that is already late when planned would say the wrong day.
        if kind == REMINDER_EVENING and due_at <= now:
            continue
        await tasks.plan(
            session,
            kind=kind,
            key=f"{kind}:{appointment.id}:{starts}",
            due_at=due_at,
            case_id=case.id,
            appointment_id=appointment.id,
            detail={"starts_at": starts},
        )


async def young_person(session: AsyncSession, case_id: int) -> Person | None:
    known: dict[int, Person | None] | None = session.info.get(_YOUNG_PEOPLE)
    if known is not None and case_id in known:
        return known[case_id]
    query = (
        select(Person)
        .join(CaseMember, col(CaseMember.person_id) == Person.id)
        .where(CaseMember.case_id == case_id, CaseMember.role == Role.YOUTH)
    )
    return (await session.exec(query)).first()


# Where `prefetch_reminders` leaves each case's young person for this transaction.
_YOUNG_PEOPLE = "koers_young_people"
_KEPT = "koers_prefetched"


async def prefetch_reminders(session: AsyncSession, due: Sequence[DueTask]) -> None:
    """Reads what a batch of reminders needs in four statements, not four per reminder:
    appointments, cases, teams (the identity map answers `session.get` for them) and each
    case's young person. With nothing left to read, the reminders' outbox rows are written
    together when the batch commits instead of one by one before each read."""
    appointment_ids = {task.appointment_id for task in due if task.appointment_id is not None}
    if not appointment_ids:
        return
    appointments = (
        await session.exec(select(Appointment).where(col(Appointment.id).in_(appointment_ids)))
    ).all()
    case_ids = {appointment.case_id for appointment in appointments}
    cases = (await session.exec(select(Case).where(col(Case.id).in_(case_ids)))).all()
    team_ids = {case.team_id for case in cases}
    teams = (await session.exec(select(Team).where(col(Team.id).in_(team_ids)))).all()
    # The identity map holds unchanged rows only while something else does.
    session.info.setdefault(_KEPT, []).extend([*appointments, *cases, *teams])
    people = await session.exec(
        select(CaseMember.case_id, Person)
        .join(Person, col(CaseMember.person_id) == col(Person.id))
        .where(col(CaseMember.case_id).in_(case_ids), CaseMember.role == Role.YOUTH)
        .order_by(col(CaseMember.id))
    )
    known: dict[int, Person | None] = session.info.setdefault(_YOUNG_PEOPLE, {})
    for case_id in case_ids:
        known.setdefault(case_id, None)
    for case_id, person in people.all():
        if known[case_id] is None:
            known[case_id] = person


async def still_as_planned(session: AsyncSession, task: DueTask) -> Appointment | None:
    """The task's appointment if it is still on, at the time the task was planned for."""
    appointment = await session.get(Appointment, task.appointment_id or 0)
    if appointment is None or appointment.cancelled_at is not None:
        return None
    if appointment.moved_at is not None:
        return None
    if as_utc(appointment.starts_at).isoformat() != (task.detail or {}).get("starts_at"):
        return None
    return appointment


async def do_send_appointment_reminder(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    appointment = await still_as_planned(session, task)
    if appointment is None:
        return tasks.Skipped("appointment_changed")
    now = utcnow()
    starts = as_utc(appointment.starts_at)
    if now >= starts:
        return tasks.Skipped("appointment_passed")
    case = await session.get(Case, appointment.case_id)
    assert case is not None
    rules = await team_rules(session, case.team_id)
    if task.kind == REMINDER_EVENING and now >= starts - timedelta(
        hours=rules.reminder_hours_before
    ):
        # Koers was down: the later reminder is due too, and one reminder is enough.
        return tasks.Skipped("superseded")
    if rules.in_quiet_hours(now):
        after = rules.after_quiet_hours(now)
        if after >= starts:
            return tasks.Skipped("quiet_hours")
        return tasks.Later(after, "quiet_hours")
    person = await young_person(session, case.id or 0)
    allowed = may_start_contact(person, now)
    if person is None or allowed is not None:
        return tasks.Skipped(allowed or "no_young_person")
    language = person.language
    template = (
        followup_texts.REMINDER_TOMORROW
        if task.kind == REMINDER_EVENING
        else followup_texts.REMINDER_SOON
    )
    text = render(language, template, what=appointment.what, when=format_moment(starts, language))
    if appointment.where:
        text += "\n" + render(language, texts.APPOINTMENT_WHERE, where=appointment.where)
    tell_person(session, person, text, purpose="reminder")
    return tasks.Done("sent")
