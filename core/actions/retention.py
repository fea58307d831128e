"""Closing a case, and erasing its data once the retention period has passed (DESIGN §8).

Closing plans the purge for `retention_days` (team rule) later. The purge removes everything
Koers holds about the case: its people (unless they are in another case), what they wrote and
were sent, appointments, check-ins, notes, alerts, links and sessions, and the case itself. One
audit entry remains, saying that it was erased and when; earlier audit entries hold no content.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, tasks
from core.clock import as_utc, utcnow
from core.models import (
    Alert,
    Appointment,
    Case,
    CaseMember,
    CaseNote,
    CaseStatus,
    CheckIn,
    Coach,
    DueTask,
    Invite,
    OutboxMessage,
    Person,
    TaskStatus,
    Thread,
    ThreadMessage,
    WebLink,
    WebSession,
)
from core.people import coach_team_case
from core.team_rules import team_rules

PURGE_CASE = "purge_case"


async def do_close_case(session: AsyncSession, *, coach: Coach, case_id: int) -> Case:
    case = await coach_team_case(session, coach=coach, case_id=case_id)
    if case.status == CaseStatus.CLOSED:
        return case
    now = utcnow()
    case.status = CaseStatus.CLOSED
    case.closed_at = now
    case.checkin_paused = True
    rules = await team_rules(session, case.team_id)
    await tasks.plan(
        session,
        kind=PURGE_CASE,
        key=f"{PURGE_CASE}:{case.id}:{now.isoformat()}",
        due_at=now + timedelta(days=rules.retention_days),
        case_id=case.id,
        detail={"closed_at": now.isoformat()},
    )
    audit.record(session, actor=coach, action="case_closed", case_id=case.id)
    return case


async def do_purge_case(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    case = await session.get(Case, task.case_id or 0)
    if case is None:
        return tasks.Skipped("already_erased")
    if case.status != CaseStatus.CLOSED or case.closed_at is None:
        return tasks.Skipped("reopened")
    if as_utc(case.closed_at).isoformat() != (task.detail or {}).get("closed_at"):
        return tasks.Skipped("closed_again_later")
    await erase_case(session, case, keep_task_id=task.id)
    return tasks.Done("erased")


async def erase_case(session: AsyncSession, case: Case, *, keep_task_id: int | None = None) -> None:
    """Removes the case and everything about it; people in other cases keep their account."""
    case_id = case.id or 0
    members = list(
        (await session.exec(select(CaseMember).where(CaseMember.case_id == case_id))).all()
    )
    member_ids = [m.id for m in members]
    thread_ids = list(
        (await session.exec(select(Thread.id).where(Thread.case_id == case_id))).all()
    )
    people_ids = {m.person_id for m in members}
    elsewhere = set(
        (
            await session.exec(
                select(CaseMember.person_id).where(
                    col(CaseMember.person_id).in_(people_ids), CaseMember.case_id != case_id
                )
            )
        ).all()
    )
    leaving = people_ids - elsewhere
    # Children before parents, so foreign keys hold on PostgreSQL and SQLite alike.
    statements = [
        delete(OutboxMessage).where(
            or_(
                col(OutboxMessage.thread_id).in_(thread_ids),
                col(OutboxMessage.person_id).in_(leaving),
            )
        ),
        delete(ThreadMessage).where(col(ThreadMessage.thread_id).in_(thread_ids)),
        delete(Thread).where(col(Thread.case_id) == case_id),
        delete(CheckIn).where(col(CheckIn.case_id) == case_id),
        delete(Appointment).where(col(Appointment.case_id) == case_id),
        delete(CaseNote).where(col(CaseNote.case_id) == case_id),
        delete(Alert).where(col(Alert.case_id) == case_id),
        delete(WebSession).where(col(WebSession.member_id).in_(member_ids)),
        delete(WebLink).where(col(WebLink.member_id).in_(member_ids)),
        delete(Invite).where(col(Invite.member_id).in_(member_ids)),
        delete(DueTask).where(
            col(DueTask.case_id) == case_id,
            col(DueTask.status) == TaskStatus.PENDING,
            col(DueTask.id) != (keep_task_id or 0),
        ),
        delete(CaseMember).where(col(CaseMember.case_id) == case_id),
        delete(Person).where(col(Person.id).in_(leaving)),
    ]
    for statement in statements:
        await session.exec(statement)
    for person_id in people_ids & elsewhere:
        person = await session.get(Person, person_id)
        if person is not None and person.current_member_id in member_ids:
            person.current_member_id = None
    await session.delete(case)
    audit.record(session, actor=None, action="case_erased", case_id=case_id)
