"""Due work: planning a task once, claiming it once, and what doing it may come to.

Actions plan tasks (`plan`) in the same transaction as the change that makes them due, e.g. an
appointment added. The scheduler finds due tasks through (status, due_at) and does each in its
own transaction: the claim (`claim`), the work and the messages it queues commit together, so a
crash before the commit leaves the task due and a crash after it leaves nothing to repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.clock import utcnow
from core.mail import WebReach
from core.models import DueTask, TaskStatus


@dataclass(frozen=True)
class TaskContext:
    """What a task may need besides the database: where the portal lives, for links, and
    whether Koers can e-mail web-channel people that something waits on their page."""

    base_url: str
    mail: bool = False
    link_days: int = 14

    @property
    def reach(self) -> WebReach:
        return WebReach(self.base_url, mail=self.mail, link_days=self.link_days)


@dataclass(frozen=True)
class Done:
    outcome: str = "done"


@dataclass(frozen=True)
class Skipped:
    """Not done and never will be (the appointment passed, notifications paused, ...)."""

    reason: str


@dataclass(frozen=True)
class Later:
    """Not now (quiet hours): the same task becomes due again at `due_at`."""

    due_at: datetime
    reason: str


Outcome = Done | Skipped | Later


async def plan(
    session: AsyncSession,
    *,
    kind: str,
    key: str,
    due_at: datetime,
    case_id: int | None = None,
    appointment_id: int | None = None,
    thread_id: int | None = None,
    checkin_id: int | None = None,
    coach_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Plans a task unless one with this key exists: planning twice, or in two processes at
    once, makes one task."""
    values = {
        "kind": kind,
        "key": key,
        "due_at": due_at,
        "case_id": case_id,
        "appointment_id": appointment_id,
        "thread_id": thread_id,
        "checkin_id": checkin_id,
        "coach_id": coach_id,
        "detail": detail,
    }
    await plan_many(session, [values])


async def plan_many(session: AsyncSession, planned: list[dict[str, Any]]) -> None:
    """Plans many tasks in one statement (each a dict of `plan`'s arguments, at least kind,
    key and due_at); a key already planned is left as it is."""
    if not planned:
        return
    now = utcnow()
    rows = [
        {
            "status": TaskStatus.PENDING,
            "attempts": 0,
            "created_at": now,
            **{name: None for name in _OPTIONAL},
            **values,
        }
        for values in planned
    ]
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(DueTask).on_conflict_do_nothing(index_elements=["key"])
    await session.exec(statement, params=rows)


_OPTIONAL = ("case_id", "appointment_id", "thread_id", "checkin_id", "coach_id", "detail")


async def due_task_ids(session: AsyncSession, *, now: datetime, limit: int) -> list[int]:
    """The oldest due tasks first; the (status, due_at) index makes this cost what is due."""
    query = (
        select(DueTask.id)
        .where(DueTask.status == TaskStatus.PENDING, col(DueTask.due_at) <= now)
        .order_by(col(DueTask.due_at), col(DueTask.id))
        .limit(limit)
    )
    return [task_id for task_id in (await session.exec(query)).all() if task_id is not None]


async def claim(session: AsyncSession, task_id: int, *, now: datetime) -> DueTask | None:
    """The task, locked for this transaction, if it is still due; None if another process has
    it or did it. PostgreSQL skips rows locked by others; SQLite has one writer at a time."""
    query = (
        select(DueTask)
        .where(
            DueTask.id == task_id,
            DueTask.status == TaskStatus.PENDING,
            col(DueTask.due_at) <= now,
        )
        .with_for_update(skip_locked=True)
    )
    return (await session.exec(query)).first()


async def claim_many(session: AsyncSession, task_ids: list[int], *, now: datetime) -> list[DueTask]:
    """Those of the tasks still due, oldest first, locked for this transaction (see `claim`)."""
    query = (
        select(DueTask)
        .where(
            col(DueTask.id).in_(task_ids),
            DueTask.status == TaskStatus.PENDING,
            col(DueTask.due_at) <= now,
        )
        .order_by(col(DueTask.due_at), col(DueTask.id))
        .with_for_update(skip_locked=True)
    )
    return list((await session.exec(query)).all())


def record(task: DueTask, outcome: Outcome, *, now: datetime) -> None:
    if isinstance(outcome, Later):
        task.due_at = outcome.due_at
        task.outcome = outcome.reason
        return
    task.status = TaskStatus.DONE if isinstance(outcome, Done) else TaskStatus.SKIPPED
    task.outcome = outcome.outcome if isinstance(outcome, Done) else outcome.reason
    task.done_at = now
