"""Webhook mode: Telegram posts updates to the portal, which stores them before answering 200."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sqlmodel import func, select

from bot.app import TelegramService
from core.config import Settings
from core.db import Database
from core.models import InboundUpdate, InboxStatus, ThreadMessage
from portal.app import create_app
from tests import builders
from tests.blackbox import free_port
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import coach_alert

COACH_CHAT, YOUTH_CHAT = 9201, 7201
SECRET = "webhook-secret_123"


@pytest.fixture
async def webhook_koers(settings: Settings, database: Database) -> AsyncIterator[TelegramService]:
    port = free_port()
    configured = settings.model_copy(
        update={
            "telegram_mode": "webhook",
            "webhook_secret": SECRET,
            "public_url": f"http://127.0.0.1:{port}",
            "port": port,
        }
    )
    service = TelegramService(configured, database)
    await service.start()
    runner = web.AppRunner(create_app(configured, database, telegram=service))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield service
    await runner.cleanup()
    await service.stop()


async def _deliver(api: FakeBotApi, update: dict[str, Any], secret: str = SECRET) -> int:
    """What Telegram does in webhook mode: POST the update with the secret header."""
    async with aiohttp.ClientSession() as client:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with client.post(api.webhook_url, json=update, headers=headers) as response:
            return response.status


async def test_a_question_and_its_answer_travel_through_the_webhook(
    database: Database, fake_api: FakeBotApi, webhook_koers: TelegramService
) -> None:
    assert fake_api.webhook_url.endswith("/telegram/webhook")
    assert fake_api.webhook_secret_token == SECRET
    world = await builders.coach_with_case(database)
    coach_code = (await builders.coach_invite(database, world.coach)).code
    youth_code = (await builders.invite(database, world.case)).code

    assert (
        await _deliver(fake_api, fake_api.inject_message(COACH_CHAT, f"/start {coach_code}")) == 200
    )
    await fake_api.wait_for_message(COACH_CHAT, contains="Gelukt")
    await _deliver(fake_api, fake_api.inject_message(YOUTH_CHAT, f"/start {youth_code}"))
    language = await fake_api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    await _deliver(
        fake_api,
        fake_api.inject_callback(YOUTH_CHAT, "v1:lang:nl", message_id=language.message_id or 0),
    )
    consent = await fake_api.wait_for_message(YOUTH_CHAT, contains="Is dat goed?")
    await _deliver(
        fake_api,
        fake_api.inject_callback(YOUTH_CHAT, "v1:consent:yes", message_id=consent.message_id or 0),
    )
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Dank je!")

    question = fake_api.inject_message(YOUTH_CHAT, "Moet ik werkschoenen meenemen?")
    assert await _deliver(fake_api, question) == 200
    assert await _deliver(fake_api, question) == 200  # Telegram retries; we handle it once
    alert = await coach_alert(database, fake_api, "werkschoenen", COACH_CHAT)
    reply = fake_api.inject_message(
        COACH_CHAT, "Ja, die krijg je daar.", reply_to_message_id=alert.message_id
    )
    await _deliver(fake_api, reply)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Ja, die krijg je daar.")

    async with database.transaction() as session:
        asked = ThreadMessage.body == "Moet ik werkschoenen meenemen?"
        count = (
            await session.exec(select(func.count()).select_from(ThreadMessage).where(asked))
        ).one()
    assert count == 1
    assert len([m for m in fake_api.sent_to(COACH_CHAT) if "werkschoenen" in (m.text or "")]) == 1


async def test_a_webhook_call_with_a_wrong_secret_is_refused_and_not_stored(
    database: Database, fake_api: FakeBotApi, webhook_koers: TelegramService
) -> None:
    update = fake_api.inject_message(YOUTH_CHAT, "/start")
    assert await _deliver(fake_api, update, secret="guess") == 403
    async with aiohttp.ClientSession() as client:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
        async with client.post(
            fake_api.webhook_url, data=b"{not json", headers=headers
        ) as response:
            assert response.status == 400
            assert "Traceback" not in await response.text()
    assert fake_api.sent_to(YOUTH_CHAT) == []


async def test_an_update_koers_cannot_read_is_accepted_and_the_next_ones_are_handled(
    database: Database, fake_api: FakeBotApi, webhook_koers: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    coach_code = (await builders.coach_invite(database, world.coach)).code
    await _deliver(fake_api, fake_api.inject_message(COACH_CHAT, f"/start {coach_code}"))
    await fake_api.wait_for_message(COACH_CHAT, contains="Gelukt")

    # Valid JSON with an integer update_id is stored and answered 200 (Telegram would resend
    # anything else for hours); reading it is the inbox's work, and it fails there alone.
    unreadable = {"update_id": 77_001, "message": {"message_id": 3, "chat": {"id": 6001}}}
    assert await _deliver(fake_api, unreadable) == 200
    newer_feature = {
        "update_id": 77_002,
        "message": {"message_id": 4, "date": "gisteren", "chat": {"id": 6002, "type": "private"}},
    }
    assert await _deliver(fake_api, newer_feature) == 200
    assert await _deliver(fake_api, {"update_id": "77003"}) == 400

    await _deliver(fake_api, fake_api.inject_message(COACH_CHAT, "/inbox"))
    await fake_api.wait_for_message(COACH_CHAT, count=2)
    async with database.transaction() as session:
        stored = (await session.exec(select(InboundUpdate).order_by(InboundUpdate.id))).all()  # type: ignore[arg-type]
    by_id = {row.update_id: row.status for row in stored}
    assert by_id[77_001] == by_id[77_002] == InboxStatus.FAILED
    assert sorted(status for status in by_id.values()) == [
        InboxStatus.FAILED,
        InboxStatus.FAILED,
        InboxStatus.HANDLED,
        InboxStatus.HANDLED,
    ]
    assert webhook_koers.supervisor.healthy
