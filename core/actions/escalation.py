"""Response deadlines that pass unanswered: the coach, then the backup, then the coordinator.

Every question, concern and report gets a deadline in working hours when it is raised
(core/deadlines.py). At that moment, if no coach has taken or answered it, its coach (or their
stand-in) is reminded; a few working hours later the backup coach is asked; as long again later
a coordinator. Each step is a task on the item, so the portal can show what happened and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, tasks
from core.actions.absence import responsible_coach
from core.actions.notify import tell_coach, thread_buttons
from core.clock import as_utc, utcnow
from core.deadlines import add_working_hours
from core.models import (
    Case,
    Coach,
    DueTask,
    TaskStatus,
    Thread,
    ThreadMessage,
    ThreadStatus,
)
from core.people import backup_id, case_coach, described_for_coach, membership
from core.team_rules import team_rules
from messages import followup_texts
from messages.i18n import format_moment, render

DEADLINE_STEP = "deadline_step"
REMIND_COACH, ASK_BACKUP, ASK_COORDINATOR = 0, 1, 2
# Shown to the coach who is asked: enough to decide without opening the portal.
FIRST_WORDS = 300


async def plan_deadline(session: AsyncSession, thread: Thread, *, step: int = REMIND_COACH) -> None:
    assert thread.id is not None and thread.due_at is not None
    due = as_utc(thread.due_at)
    at = due
    if step > REMIND_COACH:
        case = await session.get(Case, thread.case_id)
        assert case is not None
        rules = await team_rules(session, case.team_id)
        at = add_working_hours(utcnow(), rules.escalation_step_working_hours, rules.working_hours)
    await tasks.plan(
        session,
        kind=DEADLINE_STEP,
        key=f"{DEADLINE_STEP}:{thread.id}:{due.isoformat()}:{step}",
        due_at=at,
        case_id=thread.case_id,
        thread_id=thread.id,
        detail={"step": step, "due_at": due.isoformat()},
    )


def acknowledged(thread: Thread) -> bool:
    """A coach took it, answered it (which takes it) or closed it."""
    return thread.taken_by_coach_id is not None or thread.status == ThreadStatus.CLOSED


async def do_deadline_step(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    thread = await session.get(Thread, task.thread_id or 0)
    if thread is None or thread.due_at is None:
        return tasks.Skipped("thread_gone")
    if acknowledged(thread):
        return tasks.Skipped("acknowledged")
    if as_utc(thread.due_at).isoformat() != (task.detail or {}).get("due_at"):
        return tasks.Skipped("deadline_changed")
    case = await session.get(Case, thread.case_id)
    assert case is not None
    step = int((task.detail or {}).get("step", REMIND_COACH))
    coach = await responsible_coach(session, case)
    if step == REMIND_COACH:
        await _tell(session, thread, coach, coach, followup_texts.COACH_DEADLINE_REMINDER, context)
        await plan_deadline(session, thread, step=ASK_BACKUP)
        return _recorded(session, thread, coach, "reminded_coach")
    if step == ASK_BACKUP:
        fixed = await case_coach(session, case)
        backup = await session.get(Coach, backup_id(case, fixed) or 0)
        if backup is not None and backup.id != coach.id:
            await _tell(session, thread, backup, coach, followup_texts.BACKUP_ESCALATION, context)
            await plan_deadline(session, thread, step=ASK_COORDINATOR)
            return _recorded(session, thread, backup, "asked_backup")
        # No backup to ask: straight on to a coordinator.
    coordinator = await _coordinator(session, case, not_coach=coach)
    if coordinator is None:
        return tasks.Skipped("no_coordinator")
    await _tell(session, thread, coordinator, coach, followup_texts.COORDINATOR_ESCALATION, context)
    return _recorded(session, thread, coordinator, "asked_coordinator")


async def _coordinator(session: AsyncSession, case: Case, *, not_coach: Coach) -> Coach | None:
    query = (
        select(Coach)
        .where(
            Coach.team_id == case.team_id,
            col(Coach.is_coordinator).is_(True),
            col(Coach.id) != not_coach.id,
        )
        .order_by(col(Coach.id))
    )
    return (await session.exec(query)).first()


async def _tell(
    session: AsyncSession,
    thread: Thread,
    to: Coach,
    coach: Coach,
    template: str,
    context: tasks.TaskContext,
) -> None:
    asker = await membership(session, thread.member_id)
    assert asker is not None
    first = (
        await session.exec(
            select(ThreadMessage.body)
            .where(ThreadMessage.thread_id == thread.id)
            .order_by(col(ThreadMessage.id))
        )
    ).first() or ""
    if len(first) > FIRST_WORDS:
        first = first[: FIRST_WORDS - 1] + "…"
    language = to.language
    text = render(
        language,
        template,
        who=described_for_coach(asker.person, asker.member, asker.case, language),
        coach=coach.name,
        due=format_moment(thread.due_at or utcnow(), language),
        text=first,
    )
    buttons = thread_buttons(to, thread.id or 0, context.base_url)
    tell_coach(session, to, text, buttons=buttons, thread_id=thread.id, purpose="escalation")


def _recorded(session: AsyncSession, thread: Thread, to: Coach, step: str) -> tasks.Outcome:
    audit.record(
        session,
        actor=None,
        action=f"deadline_{step}",
        case_id=thread.case_id,
        thread_id=thread.id,
        coach_id=to.id,
    )
    return tasks.Done(f"{step}:{to.id}")


@dataclass(frozen=True)
class StepTaken:
    """One step of the escalation as the thread page lists it."""

    step: str  # reminded_coach, asked_backup or asked_coordinator
    coach: Coach
    at: datetime


async def steps_taken(session: AsyncSession, thread_id: int) -> list[StepTaken]:
    query = (
        select(DueTask)
        .where(
            DueTask.kind == DEADLINE_STEP,
            DueTask.thread_id == thread_id,
            DueTask.status == TaskStatus.DONE,
        )
        .order_by(col(DueTask.done_at))
    )
    taken: list[StepTaken] = []
    for task in (await session.exec(query)).all():
        step, _, coach_id = (task.outcome or "").partition(":")
        coach = await session.get(Coach, int(coach_id)) if coach_id.isdigit() else None
        if coach is not None and task.done_at is not None:
            taken.append(StepTaken(step=step, coach=coach, at=task.done_at))
    return taken
