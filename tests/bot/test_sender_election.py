"""With PostgreSQL, several Koers processes may run; only one of them sends the outbox."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from telegram import Bot

from bot.sender import LockLost, OutboxSender
from core.bots import DEFAULT_BOT
from core.db import Database
from core.outbox import enqueue
from tests.conftest import BOT_TOKEN
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.several_bots import SeveralBots


async def test_a_second_sender_stands_by_until_the_first_stops(
    database: Database, fake_api: FakeBotApi
) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite runs in one process; sender election is for PostgreSQL")
    other_process = Database(database.url)
    async with Bot(BOT_TOKEN, base_url=fake_api.base_url) as bot:
        first = OutboxSender(database, bot, per_chat_interval=0)
        second = OutboxSender(other_process, bot, per_chat_interval=0)
        second.lock_retry_seconds = 0.1
        first_run = asyncio.create_task(first.run())
        await asyncio.sleep(0.3)
        second_run = asyncio.create_task(second.run())
        await asyncio.sleep(0.3)
        assert first.active and not second.active

        async with database.transaction() as session:
            for i in range(10):
                enqueue(session, bot=DEFAULT_BOT, chat_id=4000 + i, text=f"bericht {i}")
        first.wake.set()
        for i in range(10):
            await fake_api.wait_for_message(4000 + i)

        first.stop()
        await first_run
        for _ in range(50):
            if second.active:
                break
            await asyncio.sleep(0.1)
        assert second.active
        async with database.transaction() as session:
            enqueue(session, bot=DEFAULT_BOT, chat_id=4100, text="na de overname")
        second.wake.set()
        await fake_api.wait_for_message(4100)
        second.stop()
        await second_run
    await other_process.dispose()
    assert all(len(fake_api.sent_to(4000 + i)) == 1 for i in range(10))


async def _one_becomes_active(*senders: OutboxSender, timeout: float = 10.0) -> None:
    """Until one of these senders holds its lock, on the senders' own event."""
    waits = [asyncio.create_task(sender.became_active.wait()) for sender in senders]
    done, pending = await asyncio.wait(waits, timeout=timeout, return_when="FIRST_COMPLETED")
    for wait in pending:
        wait.cancel()
    assert done, "no sender became active"


async def test_each_bot_has_one_sender_among_processes_and_they_send_side_by_side(
    database: Database,
) -> None:
    """Two processes, two bots: each bot's lock elects one sender, so one process may send
    for one bot while the other sends for the other; no message goes out twice or through
    another bot."""
    if database.is_sqlite:
        pytest.skip("SQLite runs in one process; sender election is for PostgreSQL")
    other_process = Database(database.url)
    tokens = {DEFAULT_BOT: BOT_TOKEN, "utrecht": "2001:UTRECHT-TEST-TOKEN"}
    async with SeveralBots(tokens) as api:
        senders: list[OutboxSender] = []
        for process in (database, other_process):
            for key, token in tokens.items():
                bot = Bot(token, base_url=api[key].base_url)
                await bot.initialize()
                sender = OutboxSender(process, bot, per_chat_interval=0, key=key)
                sender.lock_retry_seconds = 0.1
                senders.append(sender)
        runs = [asyncio.create_task(sender.run()) for sender in senders]
        for key in tokens:
            await _one_becomes_active(*(sender for sender in senders if sender.key == key))

        active = {sender.key for sender in senders if sender.active}
        async with database.transaction() as session:
            for i in range(10):
                for key in tokens:
                    enqueue(session, bot=key, chat_id=4200 + i, text=f"{key} {i}")
        for sender in senders:
            sender.wake.set()
        for key in tokens:
            for i in range(10):
                await api[key].wait_for_message(4200 + i, contains=f"{key} {i}")

        for sender in senders:
            sender.stop()
        await asyncio.gather(*runs)
        for sender in senders:
            await sender.bot.shutdown()
    await other_process.dispose()
    assert active == set(tokens)
    for key in tokens:
        assert all(len(api[key].sent_to(4200 + i)) == 1 for i in range(10))
        assert all(m.text.startswith(key) for m in api[key].sent)


async def test_a_sender_that_loses_its_lock_connection_stops_and_the_other_takes_over(
    database: Database, fake_api: FakeBotApi
) -> None:
    """PostgreSQL restarted, or the network dropped the lock's connection: the lock is gone,
    so the sender must stop sending (its supervisor starts it again, in line for the lock)."""
    if database.is_sqlite:
        pytest.skip("SQLite runs in one process; sender election is for PostgreSQL")
    other_process = Database(database.url)
    async with Bot(BOT_TOKEN, base_url=fake_api.base_url) as bot:
        first = OutboxSender(database, bot, per_chat_interval=0)
        second = OutboxSender(other_process, bot, per_chat_interval=0)
        second.lock_retry_seconds = 0.1
        first_run = asyncio.create_task(first.run())
        await _one_becomes_active(first)
        second_run = asyncio.create_task(second.run())

        async with database.transaction() as session:
            await session.exec(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_locks"
                    " WHERE locktype = 'advisory' AND database = ("
                    "   SELECT oid FROM pg_database WHERE datname = current_database())"
                )
            )
        with pytest.raises(LockLost):
            await asyncio.wait_for(first_run, timeout=10)
        await _one_becomes_active(second)
        assert not first.active

        async with database.transaction() as session:
            enqueue(session, bot=DEFAULT_BOT, chat_id=4300, text="na het verlies")
        second.wake.set()
        await fake_api.wait_for_message(4300)
        second.stop()
        await second_run
    await other_process.dispose()
    assert len(fake_api.sent_to(4300)) == 1
