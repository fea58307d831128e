"""Several chats' updates are handled in one commit, and one that fails takes nothing with it;
on PostgreSQL two such groups go at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import select

import bot.telegram.handlers
import bot.telegram.inbox
from bot.app import TelegramService
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from bot.telegram.inbox import GROUP_MAX_UPDATES, Outcome, store_updates
from core.config import Settings
from core.db import Database
from core.models import InboundUpdate, InboxStatus, OutboxMessage, ThreadMessage
from tests.fakes import telegram_updates as tg
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import YOUTH_CHAT, linked_world

STRANGERS = [61_001, 61_002, 61_003, 61_004, 61_005]
UNLUCKY = 61_003


def private_message(update_id: int, chat_id: int, text: str) -> dict[str, Any]:
    message = tg.message(
        message_id=update_id,
        date=1_790_000_000,
        chat=tg.chat(chat_id),
        sender=tg.user(chat_id, "Sam"),
        text=text,
    )
    return {"update_id": update_id, "message": message}


async def test_updates_of_several_chats_share_a_commit_and_a_failing_one_takes_nothing_with_it(
    settings: Settings,
    database: Database,
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linking = TelegramService(settings, database, polling=True)
    linking.poller.long_poll_seconds = 1
    await linking.start()
    await linked_world(database, fake_api)
    await linking.stop()
    real_respond = bot.telegram.handlers.respond

    async def unlucky_chat_breaks(ctx: FlowContext, event: Incoming) -> Response:
        if event.sender.chat_id == UNLUCKY:
            raise RuntimeError("a bug in a flow")
        return await real_respond(ctx, event)

    monkeypatch.setattr(bot.telegram.handlers, "respond", unlucky_chat_breaks)
    # However slow the machine, this group is not cut short for time.
    monkeypatch.setattr(bot.telegram.inbox, "GROUP_MAX_SECONDS", 60.0)
    service = TelegramService(settings, database, polling=True)
    await service.application.initialize()
    updates = [
        private_message(9_000 + n, chat, "Hallo, wie kan mij helpen?")
        for n, chat in enumerate(STRANGERS)
    ]
    updates.append(private_message(9_100, YOUTH_CHAT, "Waar moet ik maandag heen?"))
    assert await store_updates(database, updates) == 6

    async with database.transaction() as session:
        ids = [i for i in (await session.exec(select(InboundUpdate.id))).all() if i is not None]
    commits: list[object] = []

    def count_commit(connection: object) -> None:
        commits.append(connection)

    engine = database.engine.sync_engine
    event.listen(engine, "commit", count_commit)
    try:
        outcomes = await service.processor.process_group(sorted(ids))
    finally:
        event.remove(engine, "commit", count_commit)

    assert outcomes.count(Outcome.HANDLED) == 5 and outcomes.count(Outcome.FAILED) == 1
    assert len(commits) == 1
    async with database.transaction() as session:
        rows = (await session.exec(select(InboundUpdate))).all()
        replies = (await session.exec(select(OutboxMessage.chat_id))).all()
        asked = (await session.exec(select(ThreadMessage.body))).all()
    ours = {update["update_id"] for update in updates}
    by_chat = {row.chat_id: row for row in rows if row.update_id in ours}
    assert {chat for chat, row in by_chat.items() if row.status == InboxStatus.HANDLED} == {
        *STRANGERS,
        YOUTH_CHAT,
    } - {UNLUCKY}
    # The one that failed is still to be tried again, and left nothing half done behind.
    unlucky = by_chat[UNLUCKY]
    assert (unlucky.status, unlucky.attempts) == (InboxStatus.PENDING, 1)
    assert "a bug in a flow" in (unlucky.last_error or "")
    assert UNLUCKY not in replies
    assert set(STRANGERS) - {UNLUCKY} <= set(replies)
    assert asked == ["Waar moet ik maandag heen?"]

    # Tried again (alone now, as the others are done) until it is given up on; the others
    # are not handled a second time.
    try:
        assert await service.processor.process_pending() == 0
    finally:
        await service.application.shutdown()
    async with database.transaction() as session:
        unlucky = await session.get(InboundUpdate, unlucky.id, populate_existing=True)
        assert unlucky is not None
        assert (unlucky.status, unlucky.attempts) == (InboxStatus.FAILED, 3)
        assert (await session.exec(select(ThreadMessage.body))).all() == asked
        after = (await session.exec(select(OutboxMessage.chat_id))).all()
    assert sorted(chat for chat in after if chat != UNLUCKY) == sorted(replies)


async def test_on_postgresql_two_groups_go_at_once_and_each_chat_keeps_its_order(
    settings: Settings,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While one group waits (for PostgreSQL, here for the other group), the next group's
    updates are handled; a chat's second update still waits for its first."""
    service = TelegramService(settings, database, polling=True)
    if database.is_sqlite:
        # One writer: groups take turns there, in one transaction at a time.
        assert service.processor.groups_at_once == 1
        return
    assert service.processor.groups_at_once == 2
    chats = [62_000 + n for n in range(GROUP_MAX_UPDATES + 5)]
    first, later = chats[0], set(chats[GROUP_MAX_UPDATES:])
    second_group_started = asyncio.Event()
    seen: list[tuple[int, str]] = []
    real_respond = bot.telegram.handlers.respond

    async def first_waits_for_the_second_group(ctx: FlowContext, event: Incoming) -> Response:
        seen.append((event.sender.chat_id, event.text or ""))
        if event.sender.chat_id in later:
            second_group_started.set()
        if (event.sender.chat_id, event.text) == (first, "eerste"):
            # Taking turns, the second group would never start while this one waits.
            await asyncio.wait_for(second_group_started.wait(), timeout=10)
        return await real_respond(ctx, event)

    monkeypatch.setattr(bot.telegram.handlers, "respond", first_waits_for_the_second_group)
    updates = [private_message(9_500 + n, chat, "eerste") for n, chat in enumerate(chats)]
    updates.append(private_message(9_600, first, "tweede"))
    assert await store_updates(database, updates) == len(updates)
    await service.application.initialize()
    try:
        assert await service.processor.process_pending() == len(updates)
    finally:
        await service.application.shutdown()

    assert second_group_started.is_set()
    assert [text for chat, text in seen if chat == first] == ["eerste", "tweede"]
    async with database.transaction() as session:
        statuses = (await session.exec(select(InboundUpdate.status))).all()
    assert statuses and set(statuses) == {InboxStatus.HANDLED}
