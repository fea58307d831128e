"""A storm of plausible and malformed updates: every one handled or failed alone, none lost.

A seeded generator (tests/fakes/update_storm.py) sends a few hundred updates of every kind
from linked people, strangers, groups and a channel through the real python-telegram-bot
Application and the fake Bot API; in the middle, a young person asks one question.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sqlmodel import col, func, select

from bot.app import TelegramService
from core.config import Settings
from core.db import Database
from core.models import InboundUpdate, InboxStatus, OutboxMessage, ThreadMessage
from tests import builders
from tests.builders import World
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, link_coach, link_youth
from tests.fakes.settle import settled
from tests.fakes.update_storm import Crowd, Storm

STORM_SIZE = int(os.environ.get("KOERS_STORM_SIZE", "300"))
SEED = int(os.environ.get("KOERS_STORM_SEED", "20261206"))
ASKING_CHAT = 7002
QUESTION = "Ik heb morgen mijn eerste werkdag, hoe laat moet ik er zijn?"
KOERS_LOGGERS = ("bot", "core", "portal", "scheduler", "cli", "messages")


@pytest.fixture
async def koers(settings: Settings, database: Database) -> AsyncIterator[TelegramService]:
    """Koers polling the fake Bot API, with the send limit lifted: the storm's answers need
    not take minutes to go out."""
    unlimited = settings.model_copy(update={"send_rate_per_second": 100_000.0})
    service = TelegramService(unlimited, database, polling=True)
    service.poller.long_poll_seconds = 1
    await service.start()
    yield service
    await service.stop()


async def test_a_storm_of_updates_is_handled_and_a_question_in_the_middle_reaches_the_coach_once(
    database: Database,
    fake_api: FakeBotApi,
    koers: TelegramService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    await link_youth(database, fake_api, world)
    asking = World(world.coach, await builders.add_case(database, world.coach, first_name="Noor"))
    await link_youth(database, fake_api, asking, chat_id=ASKING_CHAT)
    # A server Koers has never seen may deliver kinds it did not ask for: channel posts, …
    fake_api.honour_allowed_updates = False
    crowd = Crowd(
        linked_chats=[YOUTH_CHAT, COACH_CHAT],
        stranger_chats=[8001, 8002, 8003],
        group_chats=[-1001, -1002],
        channel_chat=-1009,
        bot_id=fake_api.bot_id,
        bot_username=fake_api.username,
    )

    malformed: dict[int, bool] = {}
    caplog.set_level(logging.WARNING)
    for number, item in enumerate(Storm(crowd, SEED).updates(STORM_SIZE)):
        if number == STORM_SIZE // 2:
            malformed[fake_api.inject_message(ASKING_CHAT, QUESTION)["update_id"]] = False
            fake_api.inject_junk({"not": "an update"})
        malformed[fake_api.inject_update(item.payload)["update_id"]] = item.malformed
    malformed[fake_api.inject_message(ASKING_CHAT, "/help")["update_id"]] = False
    # A chat's updates are handled in order (the question before /help); other chats' go on
    # side by side: the storm is done once nothing waits.
    await fake_api.wait_for_message(ASKING_CHAT, contains="Typ je vraag hier", timeout=120)
    await settled(database, timeout=120)

    async with database.transaction() as session:
        rows = (await session.exec(select(InboundUpdate))).all()
        asked = (
            await session.exec(
                select(func.count())
                .select_from(ThreadMessage)
                .where(ThreadMessage.body == QUESTION)
            )
        ).one()
    status = {row.update_id: row.status for row in rows}
    expected = {
        update_id: InboxStatus.FAILED if bad else InboxStatus.HANDLED
        for update_id, bad in malformed.items()
    }
    wrong = {
        update_id: (status.get(update_id), expected[update_id])
        for update_id in expected
        if status.get(update_id) != expected[update_id]
    }
    assert wrong == {}, f"updates not as expected (found, expected): {wrong}"
    # Telegram was told Koers has every update, and nothing waits for a retry.
    assert fake_api.pending_updates == []

    await coach_alert(database, fake_api, QUESTION)
    # (The coach's own storm may show the thread again with an old "show" button.)
    alerts = [
        m
        for m in fake_api.sent_to(COACH_CHAT)
        if QUESTION in (m.text or "") and (m.text or "").startswith("Nieuwe vraag")
    ]
    assert (asked, len(alerts)) == (1, 1)

    tracebacks = [record for record in caplog.records if record.exc_info]
    errors = [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.ERROR and record.name.startswith(KOERS_LOGGERS)
    ]
    assert tracebacks == [] and errors == []

    # And every answer goes out: one sendMessage per outbox row, none refused.
    async with database.transaction() as session:
        texts = (
            await session.exec(
                select(OutboxMessage.id).where(col(OutboxMessage.document_name).is_(None))
            )
        ).all()
    await fake_api.wait_for_call("sendMessage", count=len(texts), timeout=60)
    refused = [call.error for call in fake_api.calls("sendMessage") if call.status != 200]
    assert (len(fake_api.calls("sendMessage")), refused) == (len(texts), [])

    counts = Counter(row.status for row in rows if row.update_id in expected)
    print(
        f"storm: {len(expected)} updates, {counts[InboxStatus.HANDLED]} handled, "
        f"{counts[InboxStatus.FAILED]} failed, {len(tracebacks)} tracebacks"
    )
