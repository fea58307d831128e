"""A crisis is not left waiting (DESIGN §5, issue "no cry for help is missed"): the coach, the
backup and the team's coordinators are alerted at once and again every 15 minutes until one of
them takes it, whatever the hour; whoever takes it is shown to the others."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.actions.absence import responsible_coach
from core.actions.notify import tell_coach, thread_buttons
from core.clock import utcnow
from core.models import Case, CaseMember, Coach, DueTask, Person, Thread, ThreadStatus
from core.people import backup_id, case_coach, described_for_coach
from messages import concern_texts
from messages.i18n import render

CRISIS_REALERT = "crisis_realert"
REALERT_EVERY = timedelta(minutes=15)


async def crisis_recipients(session: AsyncSession, case: Case) -> list[Coach]:
    """The case's coach, its backup, whoever stands in now, and the team's coordinators."""
    coach = await case_coach(session, case)
    standing_in = backup_id(case, coach)
    backup = await session.get(Coach, standing_in) if standing_in else None
    answering = await responsible_coach(session, case)
    coordinators = (
        await session.exec(
            select(Coach)
            .where(Coach.team_id == case.team_id, col(Coach.is_coordinator).is_(True))
            .order_by(col(Coach.id))
        )
    ).all()
    seen: set[int | None] = set()
    recipients = []
    for candidate in (coach, backup, answering, *coordinators):
        if candidate is not None and candidate.id not in seen:
            seen.add(candidate.id)
            recipients.append(candidate)
    return recipients


async def plan_crisis_realert(
    session: AsyncSession, thread: Thread, *, step: int, now: datetime
) -> None:
    await tasks.plan(
        session,
        kind=CRISIS_REALERT,
        key=f"{CRISIS_REALERT}:{thread.id}:{step}",
        due_at=now + REALERT_EVERY,
        case_id=thread.case_id,
        thread_id=thread.id,
        detail={"step": step},
    )


async def do_realert_crisis(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    """Nobody took the crisis yet: everyone who may act hears it again, and again later."""
    thread = await session.get(Thread, task.thread_id or 0)
    if thread is None or thread.status == ThreadStatus.CLOSED:
        return tasks.Skipped("closed")
    if thread.taken_by_coach_id is not None:
        return tasks.Skipped("taken")
    case = await session.get(Case, thread.case_id)
    member = await session.get(CaseMember, thread.member_id)
    person = await session.get(Person, member.person_id) if member else None
    if case is None or member is None or person is None:
        return tasks.Skipped("gone")
    now = utcnow()
    step = int((task.detail or {}).get("step", 1))
    minutes = int((now - thread.created_at).total_seconds() // 60)
    for coach in await crisis_recipients(session, case):
        text = render(
            coach.language,
            concern_texts.COACH_CRISIS_NOT_TAKEN,
            who=described_for_coach(person, member, case, coach.language),
            minutes=minutes,
        )
        tell_coach(
            session,
            coach,
            text,
            buttons=thread_buttons(coach, thread.id or 0, context.base_url),
            thread_id=thread.id,
            purpose="coach_alert_urgent",
        )
    await plan_crisis_realert(session, thread, step=step + 1, now=now)
    return tasks.Done(f"realerted_{step}")


async def tell_crisis_taken(session: AsyncSession, thread: Thread, *, taker: Coach) -> None:
    """The others who were alerted hear who took it, so nobody calls twice or not at all."""
    case = await session.get(Case, thread.case_id)
    if case is None:
        return
    for coach in await crisis_recipients(session, case):
        if coach.id == taker.id:
            continue
        text = render(
            coach.language, concern_texts.COACH_CRISIS_TAKEN, coach=taker.name, case=case.first_name
        )
        tell_coach(session, coach, text, thread_id=thread.id, purpose="coach_alert_urgent")
