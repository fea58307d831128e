"""Doing what is due: each task claimed, done and recorded in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.clock import utcnow
from core.db import Database
from core.models import DueTask, TaskStatus

log = logging.getLogger(__name__)

Handler = Callable[[AsyncSession, DueTask, tasks.TaskContext], Awaitable[tasks.Outcome]]

# A task that keeps failing is retried later, then given up on and left for people to see.
MAX_ATTEMPTS = 5
RETRY_AFTER = timedelta(minutes=5)
LOCAL = tasks.TaskContext(base_url="http://127.0.0.1:8080")


@dataclass
class RunReport:
    done: int = 0
    skipped: int = 0
    later: int = 0
    failed: int = 0
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def handled(self) -> int:
        return self.done + self.skipped + self.later


async def run_due(
    database: Database,
    handlers: Mapping[str, Handler],
    *,
    limit: int = 100,
    context: tasks.TaskContext = LOCAL,
) -> RunReport:
    """Does up to `limit` due tasks, oldest first; what is left waits for the next tick."""
    report = RunReport()
    now = utcnow()
    async with database.transaction() as session:
        due = await tasks.due_task_ids(session, now=now, limit=limit)
    for task_id in due:
        try:
            async with database.transaction() as session:
                task = await tasks.claim(session, task_id, now=now)
                if task is None:
                    continue
                handler = handlers.get(task.kind)
                if handler is None:
                    raise LookupError(f"no handler for task kind {task.kind!r}")
                outcome = await handler(session, task, context)
                tasks.record(task, outcome, now=utcnow())
                _count(report, task.kind, outcome)
        except Exception as error:
            log.exception("task %s failed", task_id)
            report.failed += 1
            await _record_failure(database, task_id, error)
    return report


def _count(report: RunReport, kind: str, outcome: tasks.Outcome) -> None:
    if isinstance(outcome, tasks.Done):
        report.done += 1
    elif isinstance(outcome, tasks.Skipped):
        report.skipped += 1
    else:
        report.later += 1
    report.kinds[kind] = report.kinds.get(kind, 0) + 1


async def _record_failure(database: Database, task_id: int, error: Exception) -> None:
    async with database.transaction() as session:
        task = await session.get(DueTask, task_id)
        if task is None:
            return
        task.attempts += 1
        task.last_error = f"{type(error).__name__}: {error}"[:2000]
        if task.attempts >= MAX_ATTEMPTS:
            task.status = TaskStatus.FAILED
            task.done_at = utcnow()
        else:
            task.due_at = utcnow() + RETRY_AFTER * task.attempts
