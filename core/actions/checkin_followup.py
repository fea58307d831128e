"""When check-ins go out, and what happens when nobody answers (DESIGN §4.3, §5).

- An hour after an appointment ends (team rule) the young person is asked how it went.
- Unanswered after a day: one gentle nudge. After two days: the coach is alerted; a second
  missed check-in in a row marks the case out of view.

Aftercare check-ins (core/actions/aftercare.py) follow the same path once asked.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import conversation, tasks
from core.actions.absence import responsible_coach
from core.actions.checkin_questions import checkin_question
from core.actions.checkins import do_start_checkin, has_answer
from core.actions.notify import tell_coach, tell_person
from core.actions.out_of_view import do_mark_out_of_view
from core.actions.reminders import still_as_planned
from core.clock import utcnow
from core.models import (
    Alert,
    Case,
    CaseMember,
    CaseStatus,
    CheckIn,
    DueTask,
    Person,
)
from core.team_rules import TeamRules, team_rules
from messages import followup_texts
from messages.i18n import format_moment, render

CHECKIN_NUDGE = "checkin_nudge"
CHECKIN_MISSED = "checkin_missed"
AFTERCARE_CHECKIN = "aftercare_checkin"
AFTERCARE_ENDS_SOON = "aftercare_ends_soon"
MISSED_ALERT = "checkin_missed"
# The cadence steps, in days; good answers move one step on, a bad signal back to the first.
CADENCE = (7, 14, 30)
GOOD_ANSWERS_TO_TAPER = 2
GOOD_MOOD = 3
LAST_AGE = 27


# --- after an appointment ---------------------------------------------------------------


async def do_start_appointment_checkin(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    appointment = await still_as_planned(session, task)
    if appointment is None:
        return tasks.Skipped("appointment_changed")
    case = await session.get(Case, appointment.case_id)
    assert case is not None
    rules = await team_rules(session, case.team_id)
    now = utcnow()
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    checkin = await do_start_checkin(session, appointment_id=appointment.id, reach=context.reach)
    if checkin is None:
        return tasks.Skipped("not_reachable")
    await plan_unanswered_steps(session, checkin, rules)
    return tasks.Done("asked")


async def plan_unanswered_steps(session: AsyncSession, checkin: CheckIn, rules: TeamRules) -> None:
    for kind, hours in (
        (CHECKIN_NUDGE, rules.checkin_nudge_hours),
        (CHECKIN_MISSED, rules.checkin_missed_hours),
    ):
        await tasks.plan(
            session,
            kind=kind,
            key=f"{kind}:{checkin.id}",
            due_at=checkin.asked_at + timedelta(hours=hours),
            case_id=checkin.case_id,
            checkin_id=checkin.id,
        )


# --- nobody answered ----------------------------------------------------------------------


async def do_nudge_checkin(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    checkin = await session.get(CheckIn, task.checkin_id or 0)
    if checkin is None or has_answer(checkin):
        return tasks.Skipped("answered")
    case = await session.get(Case, checkin.case_id)
    assert case is not None
    rules = await team_rules(session, case.team_id)
    now = utcnow()
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    person = await _asked_person(session, checkin)
    asking = conversation.running(person) if person else None
    if person is None or asking is None or asking.data.get("checkin_id") != checkin.id:
        # They went on to something else in the meantime; a nudge would only confuse.
        return tasks.Skipped("moved_on")
    step = asking.step
    text, buttons = await checkin_question(session, checkin, step, person)
    nudge = render(person.language, followup_texts.CHECKIN_NUDGE)
    tell_person(session, person, f"{nudge}\n\n{text}", buttons=buttons, purpose="checkin")
    return tasks.Done("nudged")


async def do_note_missed_checkin(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    checkin = await session.get(CheckIn, task.checkin_id or 0)
    if checkin is None or has_answer(checkin):
        return tasks.Skipped("answered")
    case = await session.get(Case, checkin.case_id)
    assert case is not None
    if case.status != CaseStatus.ACTIVE:
        return tasks.Skipped("case_closed")
    rules = await team_rules(session, case.team_id)
    now = utcnow()
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    coach = await responsible_coach(session, case)
    checkin.alerted_at = now
    session.add(
        Alert(
            coach_id=coach.id or 0,
            case_id=case.id,
            kind=MISSED_ALERT,
            detail={"checkin": checkin.id},
        )
    )
    text = render(
        coach.language,
        followup_texts.COACH_ALERT_CHECKIN_MISSED,
        name=case.first_name,
        asked=format_moment(checkin.asked_at, coach.language),
    )
    tell_coach(session, coach, text, purpose="checkin_missed", case_id=case.id)
    if await _missed_before(session, checkin) and not case.out_of_view:
        await do_mark_out_of_view(session, case, reason="missed_checkins")
        return tasks.Done("out_of_view")
    return tasks.Done("coach_alerted")


async def _missed_before(session: AsyncSession, checkin: CheckIn) -> bool:
    """Whether the check-in before this one went unanswered too."""
    previous = (
        await session.exec(
            select(CheckIn)
            .where(CheckIn.case_id == checkin.case_id, col(CheckIn.id) < (checkin.id or 0))
            .order_by(col(CheckIn.id).desc())
        )
    ).first()
    return previous is not None and not has_answer(previous)


async def _asked_person(session: AsyncSession, checkin: CheckIn) -> Person | None:
    member = await session.get(CaseMember, checkin.member_id)
    return await session.get(Person, member.person_id) if member else None
