"""Moving a case along the journey, and recording where the young person is now (DESIGN §1).

A stage or outcome set is a case event (the history monitoring reads) and an audit entry.
Setting the same value again changes nothing and writes nothing.
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, tasks
from core.access import Actor
from core.case_events import note_event
from core.errors import InvalidInput
from core.journey import (
    AFTERCARE_YEAR_1,
    AFTERCARE_YEAR_2,
    DEFAULT_STAGES,
    checked_outcome,
    checked_stage,
)
from core.journey_models import CaseEventKind
from core.models import Case, CaseStatus, DueTask, Team

AFTERCARE_YEAR_TWO = "aftercare_year_two"


async def do_set_stage(session: AsyncSession, *, case_id: int, stage: str, actor: Actor) -> Case:
    """Raises InvalidInput("stage") for a stage that is not in the case's team's journey."""
    case = await access.case_for(session, actor, case_id)
    chosen = checked_stage(stage, await session.get(Team, case.team_id))
    move_to_stage(session, case, chosen, actor=actor)
    return case


def move_to_stage(session: AsyncSession, case: Case, stage: str, *, actor: Actor | None) -> None:
    if case.stage == stage:
        return
    note_event(
        session,
        case_id=case.id or 0,
        kind=CaseEventKind.STAGE,
        actor=actor,
        stage=stage,
        previous=case.stage,
    )
    if actor is not None:
        audit.record(session, actor=actor, action="stage_set", case_id=case.id, stage=stage)
    case.stage = stage


def move_on_to(session: AsyncSession, case: Case, stage: str, *, actor: Actor | None) -> None:
    """Something happened that belongs to `stage` (work started, aftercare began): the case
    moves there, unless a coach already put it later in the journey or in a stage of the
    region's own."""
    earlier = DEFAULT_STAGES[: DEFAULT_STAGES.index(stage)]
    if case.stage is None or case.stage in earlier:
        move_to_stage(session, case, stage, actor=actor)


def reach_aftercare(session: AsyncSession, case: Case, *, actor: Actor | None) -> None:
    move_on_to(session, case, AFTERCARE_YEAR_1, actor=actor)


async def do_enter_aftercare_year_two(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    """A year of aftercare has passed: the case moves on to aftercare year 2."""
    case = await session.get(Case, task.case_id or 0)
    if case is None or case.status != CaseStatus.ACTIVE:
        return tasks.Skipped("case_closed")
    if case.stage != AFTERCARE_YEAR_1:
        return tasks.Skipped("stage_moved")
    move_to_stage(session, case, AFTERCARE_YEAR_2, actor=None)
    return tasks.Done("aftercare_2")


async def do_set_outcome(
    session: AsyncSession, *, case_id: int, outcome: str, actor: Actor
) -> Case:
    """Raises InvalidInput("outcome") for an outcome that is not on the list."""
    case = await access.case_for(session, actor, case_id)
    chosen = checked_outcome(outcome)
    if chosen is None:
        raise InvalidInput("outcome")
    record_outcome(session, case, chosen, actor=actor)
    return case


def record_outcome(session: AsyncSession, case: Case, outcome: str, *, actor: Actor) -> None:
    if case.outcome == outcome:
        return
    note_event(
        session,
        case_id=case.id or 0,
        kind=CaseEventKind.OUTCOME,
        actor=actor,
        outcome=outcome,
        previous=case.outcome,
    )
    audit.record(session, actor=actor, action="outcome_set", case_id=case.id, outcome=outcome)
    case.outcome = outcome
