"""Doing what is due: tasks claimed, done and recorded in batches, each batch one transaction."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.clock import utcnow
from core.db import Database
from core.models import DueTask, TaskStatus

log = logging.getLogger(__name__)

Handler = Callable[[AsyncSession, DueTask, tasks.TaskContext], Awaitable[tasks.Outcome]]
# Reads in a few statements what a batch of tasks of one kind will need (scheduler/jobs.py).
Prefetch = Callable[[AsyncSession, Sequence[DueTask]], Awaitable[None]]

# A task that keeps failing is retried later, then given up on and left for people to see.
MAX_ATTEMPTS = 5
RETRY_AFTER = timedelta(minutes=5)
LOCAL = tasks.TaskContext(base_url="http://127.0.0.1:8080")
# Tasks done in one transaction: one commit for many, while the database's writer is held
# for a short while only (a batch of reminders takes some tens of milliseconds).
BATCH = 100


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

    def add(self, other: RunReport) -> None:
        self.done += other.done
        self.skipped += other.skipped
        self.later += other.later
        self.failed += other.failed
        for kind, count in other.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + count


async def run_due(
    database: Database,
    handlers: Mapping[str, Handler],
    *,
    limit: int = 100,
    context: tasks.TaskContext = LOCAL,
    prefetch: Mapping[str, Prefetch] | None = None,
) -> RunReport:
    """Does up to `limit` due tasks, oldest first; what is left waits for the next tick.

    Tasks are claimed, done and recorded a batch at a time in one transaction, so each is done
    exactly once and a batch costs one commit. When one task of a batch fails, the whole batch
    is rolled back and its tasks are done one by one, each in its own transaction, so a failing
    task holds up nobody else's."""
    report = RunReport()
    now = utcnow()
    async with database.transaction() as session:
        due = await tasks.due_task_ids(session, now=now, limit=limit)
    for start in range(0, len(due), BATCH):
        batch = due[start : start + BATCH]
        done = RunReport()
        try:
            async with database.transaction() as session:
                claimed = await tasks.claim_many(session, batch, now=now)
                await _prefetch(session, prefetch or {}, claimed)
                for task in claimed:
                    outcome = await _do(session, handlers, task, context)
                    tasks.record(task, outcome, now=utcnow())
                    _count(done, task.kind, outcome)
        except Exception:
            await _one_by_one(database, handlers, batch, now, context, report)
            continue
        report.add(done)
    return report


async def _prefetch(
    session: AsyncSession, prefetch: Mapping[str, Prefetch], claimed: list[DueTask]
) -> None:
    kinds: dict[str, list[DueTask]] = {}
    for task in claimed:
        kinds.setdefault(task.kind, []).append(task)
    for kind, of_kind in kinds.items():
        if kind in prefetch:
            await prefetch[kind](session, of_kind)


async def _do(
    session: AsyncSession,
    handlers: Mapping[str, Handler],
    task: DueTask,
    context: tasks.TaskContext,
) -> tasks.Outcome:
    handler = handlers.get(task.kind)
    if handler is None:
        raise LookupError(f"no handler for task kind {task.kind!r}")
    return await handler(session, task, context)


async def _one_by_one(
    database: Database,
    handlers: Mapping[str, Handler],
    task_ids: list[int],
    now: datetime,
    context: tasks.TaskContext,
    report: RunReport,
) -> None:
    for task_id in task_ids:
        try:
            async with database.transaction() as session:
                task = await tasks.claim(session, task_id, now=now)
                if task is None:
                    continue
                outcome = await _do(session, handlers, task, context)
                tasks.record(task, outcome, now=utcnow())
                _count(report, task.kind, outcome)
        except Exception as error:
            log.exception("task %s failed", task_id)
            report.failed += 1
            await _record_failure(database, task_id, error)


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
