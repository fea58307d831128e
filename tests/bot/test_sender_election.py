"""With PostgreSQL, several Koers processes may run; only one of them sends the outbox."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Bot

from bot.sender import OutboxSender
from core.db import Database
from core.outbox import enqueue
from tests.conftest import BOT_TOKEN
from tests.fakes.fake_bot_api import FakeBotApi


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
                enqueue(session, chat_id=4000 + i, text=f"bericht {i}")
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
            enqueue(session, chat_id=4100, text="na de overname")
        second.wake.set()
        await fake_api.wait_for_message(4100)
        second.stop()
        await second_run
    await other_process.dispose()
    assert all(len(fake_api.sent_to(4000 + i)) == 1 for i in range(10))
