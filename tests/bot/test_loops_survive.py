"""Koers's loops survive what goes wrong, and /healthz says when one cannot run."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot import app as bot_app
from bot.app import TelegramService
from core import supervisor as supervision
from core.config import Settings
from core.db import Database
from core.supervisor import LoopState
from portal.app import create_app
from tests import builders
from tests.blackbox import free_port
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import YOUTH_CHAT, coach_alert, link_coach, linked_world


@pytest.fixture(autouse=True)
def short_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(supervision, "FIRST_PAUSE_SECONDS", 0.05)


@pytest.fixture
async def portal_url(
    settings: Settings, database: Database, telegram: TelegramService
) -> AsyncIterator[str]:
    port = free_port()
    runner = web.AppRunner(create_app(settings, database, telegram=telegram))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def get_json(url: str) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as client, client.get(url) as response:
        return response.status, await response.json()


def running_task(name: str) -> asyncio.Task[Any]:
    (task,) = [task for task in asyncio.all_tasks() if task.get_name() == name]
    return task


async def test_a_sender_that_crashes_starts_again_and_the_answer_still_goes_out(
    database: Database,
    fake_api: FakeBotApi,
    telegram: TelegramService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await linked_world(database, fake_api)
    real_due_heads = telegram.sender.due_heads
    crashes = 0

    async def crashing_once(limit: int = 200) -> Any:
        nonlocal crashes
        if crashes == 0:
            crashes += 1
            raise ConnectionResetError("the database connection dropped")
        return await real_due_heads(limit)

    monkeypatch.setattr(telegram.sender, "due_heads", crashing_once)
    fake_api.inject_message(YOUTH_CHAT, "Mag ik morgen later komen?")
    await coach_alert(database, fake_api, "Mag ik morgen later komen?")
    sender = telegram.supervisor.loops["sender"]
    assert (crashes, sender.failures, sender.state) == (1, 1, LoopState.RUNNING)


async def test_healthz_says_when_telegram_refuses_the_token_and_polling_stops(
    fake_api: FakeBotApi, telegram: TelegramService, portal_url: str
) -> None:
    status, body = await get_json(f"{portal_url}/healthz")
    assert status == 200 and body["status"] == "ok"
    assert {name: loop["state"] for name, loop in body["loops"].items()} == {
        "inbox": "running",
        "poller": "running",
        "sender": "running",
        "telegram": "done",
    }

    fake_api.token = "654321:ANOTHER-TOKEN"  # the bot's token was revoked
    # The supervised poller ends for good: waiting for its task is waiting for that moment.
    await asyncio.wait_for(running_task("koers-poller"), timeout=5)
    assert telegram.supervisor.loops["poller"].state == LoopState.STOPPED
    status, body = await get_json(f"{portal_url}/healthz")
    assert status == 503 and body["status"] == "failing"
    assert body["loops"]["poller"]["last_error"] == "Telegram refused the bot token"
    status, body = await get_json(f"{portal_url}/readyz")
    assert status == 503 and body["database"] == "ok"


async def test_readyz_is_ready_when_the_loops_run_and_the_database_answers(
    telegram: TelegramService, portal_url: str
) -> None:
    status, body = await get_json(f"{portal_url}/readyz")
    assert (status, body["status"], body["database"]) == (200, "ready", "ok")


async def test_koers_starts_when_telegram_is_not_answering_yet_and_connects_later(
    settings: Settings,
    database: Database,
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = await builders.coach_with_case(database)
    fake_api.fail_next("getMe", status=502, times=3)
    fake_api.fail_next("getMe", status=429, retry_after=1)
    monkeypatch.setattr(bot_app, "CONNECT_WAIT_SECONDS", 0.01)
    service = TelegramService(settings, database, polling=True)
    service.poller.long_poll_seconds = 1
    try:
        # start() does not wait for Telegram: the portal serves meanwhile, /healthz says why.
        await service.start()
        assert not service.supervisor.healthy
        assert service.supervisor.report()["telegram"]["state"] in ("running", "restarting")
        await asyncio.wait_for(running_task("koers-telegram"), timeout=10)
        assert service.supervisor.loops["telegram"].failures == 3
        assert service.supervisor.healthy
        await link_coach(database, fake_api, world)
    finally:
        await service.stop()
