"""Closing a case, and erasing its data once the retention period has passed (DESIGN §8).

Closing ends the case's web access at once and plans the purge for `retention_days` (team
rule) later; the purge is the same erasure an operator or coordinator can do at once
(core/actions/erasure.py).
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, tasks
from core.access import Actor
from core.actions.erasure import erase_case
from core.actions.journey import move_to_stage, record_outcome
from core.actions.web_access import end_case_web_access
from core.case_events import note_event
from core.clock import as_utc, utcnow
from core.journey import CLOSED, checked_outcome
from core.journey_models import CaseEventKind
from core.models import (
    Case,
    CaseStatus,
    DueTask,
)
from core.team_rules import team_rules

PURGE_CASE = "purge_case"


async def do_close_case(
    session: AsyncSession, *, case_id: int, actor: Actor, outcome: str | None = None
) -> Case:
    """Closes the case (a coach of its team, or the operator): its web links and sessions end
    at once, and its data is erased after the retention period."""
    chosen = checked_outcome(outcome)
    case = await access.case_for(session, actor, case_id)
    if chosen is not None:
        record_outcome(session, case, chosen, actor=actor)
    return await close_case(session, case, actor=actor)


async def close_case(session: AsyncSession, case: Case, *, actor: Actor) -> Case:
    """The closing itself, for a caller that checked who may (a handover's receiving team
    closes the case it took over): web access ends, erasure after the retention period."""
    if case.status == CaseStatus.CLOSED:
        return case
    move_to_stage(session, case, CLOSED, actor=actor)
    note_event(session, case_id=case.id or 0, kind=CaseEventKind.CLOSED, actor=actor)
    now = utcnow()
    case.status = CaseStatus.CLOSED
    case.closed_at = now
    case.checkin_paused = True
    await end_case_web_access(session, case_id=case.id or 0)
    rules = await team_rules(session, case.team_id)
    await tasks.plan(
        session,
        kind=PURGE_CASE,
        key=f"{PURGE_CASE}:{case.id}:{now.isoformat()}",
        due_at=now + timedelta(days=rules.retention_days),
        case_id=case.id,
        detail={"closed_at": now.isoformat()},
    )
    audit.record(session, actor=actor, action="case_closed", case_id=case.id)
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
