"""The runner: every due task done once, across failures, restarts and two schedulers."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.bots import DEFAULT_BOT
from core.clock import utcnow
from core.db import Database
from core.models import DueTask, OutboxMessage, TaskStatus
from core.outbox import enqueue
from scheduler.runner import BATCH, MAX_ATTEMPTS, run_due

CHAT = 7001


async def _say_hello(session: AsyncSession, task: DueTask, _: tasks.TaskContext) -> tasks.Outcome:
    enqueue(session, bot=DEFAULT_BOT, chat_id=CHAT, text=f"hello {task.key}")
    return tasks.Done()


async def _plan(database: Database, count: int, *, kind: str = "hello") -> None:
    async with database.transaction() as session:
        for number in range(count):
            await tasks.plan(
                session, kind=kind, key=f"{kind}:{number}", due_at=utcnow() - timedelta(minutes=1)
            )


async def _count(database: Database, model: type, *where: object) -> int:
    async with database.transaction() as session:
        query = select(func.count()).select_from(model)
        for condition in where:
            query = query.where(condition)  # type: ignore[arg-type]
        return (await session.exec(query)).one()


async def test_work_that_fails_halfway_sends_nothing_and_is_done_once_on_retry(
    database: Database,
) -> None:
    calls = 0

    async def flaky(session: AsyncSession, task: DueTask, _: tasks.TaskContext) -> tasks.Outcome:
        nonlocal calls
        calls += 1
        enqueue(session, bot=DEFAULT_BOT, chat_id=CHAT, text="once")
        # Fails in its batch and again on its own: written down as failed, done at a later tick.
        if calls <= 2:
            raise ConnectionError("the database went away mid-task")
        return tasks.Done()

    await _plan(database, 1, kind="flaky")
    report = await run_due(database, {"flaky": flaky})
    assert report.failed == 1
    assert await _count(database, OutboxMessage) == 0
    async with database.transaction() as session:
        task = (await session.exec(select(DueTask))).one()
        assert task.status == TaskStatus.PENDING and task.attempts == 1
        assert "ConnectionError" in (task.last_error or "")
        task.due_at = utcnow()
    await run_due(database, {"flaky": flaky})
    await run_due(database, {"flaky": flaky})
    assert await _count(database, OutboxMessage) == 1
    assert await _count(database, DueTask, DueTask.status == TaskStatus.DONE) == 1


async def test_one_failing_task_in_a_batch_holds_up_nobody_and_nothing_is_done_twice(
    database: Database,
) -> None:
    async def hello(session: AsyncSession, task: DueTask, _: tasks.TaskContext) -> tasks.Outcome:
        enqueue(session, bot=DEFAULT_BOT, chat_id=CHAT, text=task.key)
        if task.key == "hello:1":
            raise ValueError("no such case")
        return tasks.Done()

    await _plan(database, 5)
    report = await run_due(database, {"hello": hello})
    assert (report.done, report.failed) == (4, 1)
    async with database.transaction() as session:
        sent = (await session.exec(select(OutboxMessage.text))).all()
    assert sorted(sent) == ["hello:0", "hello:2", "hello:3", "hello:4"]


async def test_a_task_that_keeps_failing_is_given_up_and_kept_for_people_to_see(
    database: Database,
) -> None:
    async def broken(session: AsyncSession, task: DueTask, _: tasks.TaskContext) -> tasks.Outcome:
        raise ValueError("no such case")

    await _plan(database, 1, kind="broken")
    for _ in range(MAX_ATTEMPTS):
        await run_due(database, {"broken": broken})
        async with database.transaction() as session:
            task = (await session.exec(select(DueTask))).one()
            task.due_at = min(task.due_at, utcnow())
    assert await _count(database, DueTask, DueTask.status == TaskStatus.FAILED) == 1


async def test_a_scheduler_stopped_mid_tick_loses_nothing_and_repeats_nothing(
    database: Database, database_url: str
) -> None:
    total = BATCH + 40
    await _plan(database, total)
    handled = 0

    async def dies_in_the_second_batch(
        session: AsyncSession, task: DueTask, _: tasks.TaskContext
    ) -> tasks.Outcome:
        nonlocal handled
        enqueue(session, bot=DEFAULT_BOT, chat_id=CHAT, text=f"hello {task.key}")
        handled += 1
        if handled == BATCH + 5:
            # As if the process were killed: the open transaction never commits.
            raise asyncio.CancelledError
        return tasks.Done()

    with pytest.raises(asyncio.CancelledError):
        await run_due(database, {"hello": dies_in_the_second_batch}, limit=total)
    # The first batch was committed whole; of the second nothing was.
    assert await _count(database, OutboxMessage) == BATCH

    restarted = Database(database_url)
    try:
        await run_due(restarted, {"hello": _say_hello}, limit=total)
    finally:
        await restarted.dispose()
    assert await _count(database, OutboxMessage) == total
    async with database.transaction() as session:
        texts = (await session.exec(select(OutboxMessage.text))).all()
    assert len(set(texts)) == total
    assert await _count(database, DueTask, DueTask.status == TaskStatus.DONE) == total


async def test_two_schedulers_at_once_do_each_task_once(
    database: Database, database_url: str
) -> None:
    await _plan(database, 60)
    other = Database(database_url)
    try:
        first, second = await asyncio.gather(
            run_due(database, {"hello": _say_hello}), run_due(other, {"hello": _say_hello})
        )
    finally:
        await other.dispose()
    assert first.done + second.done == 60
    assert await _count(database, OutboxMessage) == 60
    assert await _count(database, DueTask, DueTask.status == TaskStatus.DONE) == 60


async def test_a_tick_does_at_most_its_limit_and_the_oldest_first(database: Database) -> None:
    await _plan(database, 5)
    report = await run_due(database, {"hello": _say_hello}, limit=2)
    assert report.done == 2
    async with database.transaction() as session:
        texts = (await session.exec(select(OutboxMessage.text))).all()
    assert sorted(texts) == ["hello hello:0", "hello hello:1"]


async def test_a_long_tick_lets_others_run_between_its_batches(database: Database) -> None:
    await _plan(database, 2 * BATCH + 10)
    said_hello = 0
    done_when_others_ran: list[int] = []
    finished = asyncio.Event()

    async def say_hello(
        session: AsyncSession, task: DueTask, context: tasks.TaskContext
    ) -> tasks.Outcome:
        nonlocal said_hello
        said_hello += 1
        return await _say_hello(session, task, context)

    async def someone_else() -> None:
        # What /healthz or a webhook's first step would be: needs a turn of the loop, no database.
        while not finished.is_set():
            done_when_others_ran.append(said_hello)
            await asyncio.sleep(0)

    other = asyncio.create_task(someone_else())
    await asyncio.sleep(0)  # it has started and had its first look
    report = await run_due(database, {"hello": say_hello}, limit=3 * BATCH)
    finished.set()
    await other
    assert report.done == 2 * BATCH + 10
    # It ran while the tick was between batches, not only before and after it: with SQLite's
    # calls in the event loop's thread (core/sqlite_inline) a batch never gives way, so what
    # lets /healthz and the webhook answer during a long tick is the turn between batches.
    assert any(0 < done < 2 * BATCH + 10 for done in done_when_others_ran)
