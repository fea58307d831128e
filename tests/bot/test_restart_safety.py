"""Nothing lost, nothing twice: a stop between storing and handling, or queuing and sending."""

from __future__ import annotations

from sqlmodel import func, select

from bot.app import TelegramService
from bot.telegram.inbox import store_updates
from core.bots import DEFAULT_BOT
from core.config import Settings
from core.db import Database
from core.models import InboundUpdate, InboxStatus, OutboxMessage, OutboxStatus, ThreadMessage
from core.outbox import enqueue
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world


async def _count(database: Database, model: type, *where: object) -> int:
    async with database.transaction() as session:
        query = select(func.count()).select_from(model)
        for condition in where:
            query = query.where(condition)  # type: ignore[arg-type]
        return (await session.exec(query)).one()


async def test_an_update_stored_before_a_stop_is_handled_once_after_restart(
    settings: Settings, database: Database, fake_api: FakeBotApi
) -> None:
    first = TelegramService(settings, database, polling=True)
    first.poller.long_poll_seconds = 1
    await first.start()
    await linked_world(database, fake_api)
    await first.stop()

    # The poller committed the update; then the process stopped before any handler ran and
    # before the next getUpdates could confirm it.
    crashed = TelegramService(settings, database, polling=True)
    await crashed.application.initialize()
    fake_api.inject_message(YOUTH_CHAT, "Ik kan morgen niet naar mijn stage.")
    crashed.poller.long_poll_seconds = 1
    assert await crashed.poller.poll_once() == 1
    await crashed.application.shutdown()
    assert await _count(database, InboundUpdate, InboundUpdate.status == InboxStatus.PENDING) == 1

    # Telegram hands the unconfirmed update out again after the restart: stored once all the same.
    assert len(fake_api.pending_updates) == 1

    restarted = TelegramService(settings, database, polling=True)
    restarted.poller.long_poll_seconds = 1
    await restarted.start()
    try:
        await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
        await fake_api.wait_for_message(COACH_CHAT, contains="stage")
    finally:
        await restarted.stop()
    asked = ThreadMessage.body == "Ik kan morgen niet naar mijn stage."
    assert await _count(database, ThreadMessage, asked) == 1
    confirmations = [m for m in fake_api.sent_to(YOUTH_CHAT) if "ontvangen" in (m.text or "")]
    assert len(confirmations) == 1


async def test_the_same_update_delivered_twice_is_handled_once(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    update = fake_api.inject_message(YOUTH_CHAT, "Dubbel?")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="ontvangen")
    assert await store_updates(database, [update]) == 0
    await telegram.processor.process_pending()
    assert await _count(database, ThreadMessage, ThreadMessage.body == "Dubbel?") == 1


async def test_a_queued_message_is_sent_once_after_a_restart(
    settings: Settings, database: Database, fake_api: FakeBotApi
) -> None:
    # Committed to the outbox, then the process stopped before the sender ran.
    async with database.transaction() as session:
        enqueue(session, bot=DEFAULT_BOT, chat_id=5555, text="Je afspraak is morgen om 10:00.")

    for _ in range(2):
        service = TelegramService(settings, database, polling=False)
        service.polling = True  # no webhook registration in this test
        service.poller.long_poll_seconds = 1
        await service.start()
        await fake_api.wait_for_message(5555, contains="afspraak")
        await service.sender.send_due()
        await service.stop()

    assert len(fake_api.sent_to(5555)) == 1
    assert await _count(database, OutboxMessage, OutboxMessage.status == OutboxStatus.SENT) == 1


async def test_a_send_interrupted_mid_way_is_sent_again_after_restart(
    settings: Settings, database: Database, fake_api: FakeBotApi
) -> None:
    """The documented policy for an unknown outcome: at least once."""
    async with database.transaction() as session:
        (row,) = enqueue(session, bot=DEFAULT_BOT, chat_id=5556, text="Ben je geweest?")
    async with database.transaction() as session:
        stuck = await session.get(OutboxMessage, row.id)
        assert stuck is not None
        stuck.status = OutboxStatus.SENDING  # the process died while the request was out

    service = TelegramService(settings, database, polling=True)
    service.poller.long_poll_seconds = 1
    await service.start()
    try:
        await fake_api.wait_for_message(5556, contains="Ben je geweest?")
    finally:
        await service.stop()
    async with database.transaction() as session:
        sent = await session.get(OutboxMessage, row.id)
        assert sent is not None
        assert sent.status == OutboxStatus.SENT
        assert sent.uncertain_attempts == 1
