"""Webhook mode with a bot per region: each bot has its own route and secret, and Koers tells
Telegram both; an update is stored under the bot it came to before the answer 200."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sqlmodel import select

from bot.app import TelegramService
from core.bots import DEFAULT_BOT
from core.config import Settings
from core.db import Database
from core.models import InboundUpdate
from portal.app import create_app
from tests.blackbox import free_port
from tests.conftest import BOT_TOKEN
from tests.fakes.several_bots import SeveralBots

REGION, REGION_TOKEN = "utrecht", "2001:UTRECHT-TEST-TOKEN"
DEFAULT_SECRET, REGION_SECRET = "default_secret-1", "utrecht_secret-2"
STRANGER_CHAT = 6401


@pytest.fixture
async def api() -> AsyncIterator[SeveralBots]:
    async with SeveralBots({DEFAULT_BOT: BOT_TOKEN, REGION: REGION_TOKEN}) as api:
        yield api


@pytest.fixture
async def portal_url(
    database_url: str, database: Database, api: SeveralBots, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[str]:
    monkeypatch.setenv("KOERS_BOT_UTRECHT_TOKEN", REGION_TOKEN)
    monkeypatch.setenv("KOERS_BOT_UTRECHT_WEBHOOK_SECRET", REGION_SECRET)
    port = free_port()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        telegram_token=BOT_TOKEN,
        telegram_api_url=api.root,
        telegram_mode="webhook",
        webhook_secret=DEFAULT_SECRET,
        public_url=f"http://127.0.0.1:{port}",
        port=port,
        demo=False,
        send_interval_per_chat_seconds=0.0,
    )
    default = TelegramService(settings, database)
    regional = {
        key: TelegramService(settings, database, bot=secrets, supervisor=default.supervisor)
        for key, secrets in settings.region_bots().items()
    }
    for service in (default, *regional.values()):
        await service.start()
    app = create_app(settings, database, telegram=default, region_bots=regional)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield settings.base_url
    await runner.cleanup()
    for service in (default, *regional.values()):
        await service.stop()


async def _post(url: str, update: dict[str, Any], secret: str) -> int:
    async with aiohttp.ClientSession() as client:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with client.post(url, json=update, headers=headers) as response:
            return response.status


def _message(update_id: int, text: str) -> dict[str, Any]:
    chat = {"id": STRANGER_CHAT, "type": "private", "first_name": "Ravi"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": chat,
            "from": {"id": STRANGER_CHAT, "is_bot": False, "first_name": "Ravi"},
            "text": text,
        },
    }


async def test_each_bot_gets_its_own_webhook_route_and_secret(
    api: SeveralBots, portal_url: str
) -> None:
    assert api[DEFAULT_BOT].webhook_url == f"{portal_url}/telegram/webhook"
    assert api[DEFAULT_BOT].webhook_secret_token == DEFAULT_SECRET
    assert api[REGION].webhook_url == f"{portal_url}/telegram/webhook/{REGION}"
    assert api[REGION].webhook_secret_token == REGION_SECRET


async def test_a_regions_update_is_stored_under_its_bot_and_answered_through_it(
    database: Database, api: SeveralBots, portal_url: str
) -> None:
    status = await _post(api[REGION].webhook_url, _message(500, "Hallo?"), REGION_SECRET)
    reply = await api[REGION].wait_for_message(STRANGER_CHAT)

    assert status == 200
    assert reply.text
    assert api[DEFAULT_BOT].sent_to(STRANGER_CHAT) == []
    async with database.transaction() as session:
        stored = (await session.exec(select(InboundUpdate.bot, InboundUpdate.update_id))).all()
    assert list(stored) == [(REGION, 500)]


async def test_another_bots_secret_or_an_unknown_bot_is_refused(
    database: Database, api: SeveralBots, portal_url: str
) -> None:
    region_url = f"{portal_url}/telegram/webhook/{REGION}"

    wrong_secret = await _post(region_url, _message(501, "Hallo?"), DEFAULT_SECRET)
    unknown_bot = await _post(
        f"{portal_url}/telegram/webhook/nowhere", _message(502, "Hallo?"), REGION_SECRET
    )

    assert (wrong_secret, unknown_bot) == (403, 404)
    async with database.transaction() as session:
        assert (await session.exec(select(InboundUpdate))).all() == []
