"""Machine endpoints: the Telegram webhook (store first, then answer), health checks, metrics."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.telegram.reading import update_id_of
from core import metrics
from portal.context import REGION_BOTS, SUPERVISOR, TELEGRAM, database_of

if TYPE_CHECKING:
    from bot.app import TelegramService

log = logging.getLogger(__name__)
READY_TIMEOUT_SECONDS = 2.0

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are small; anything this big is not one.
MAX_UPDATE_BYTES = 1024 * 1024


def _plain(status: int, text: str) -> web.Response:
    return web.Response(status=status, text=f"{text}\n")


async def telegram_webhook(request: web.Request) -> web.Response:
    """The default bot's updates (KOERS_TELEGRAM_TOKEN)."""
    return await _receive(request, request.app[TELEGRAM])


async def region_webhook(request: web.Request) -> web.Response:
    """A region's bot's updates, at /telegram/webhook/{bot} with that bot's own secret."""
    return await _receive(request, request.app[REGION_BOTS].get(request.match_info["bot"]))


async def _receive(request: web.Request, telegram: TelegramService | None) -> web.Response:
    """Commits the update to the inbox before answering 200, so Telegram never loses it."""
    if telegram is None:
        raise web.HTTPNotFound()
    if not telegram.webhook_secret_matches(request.headers.get(SECRET_HEADER)):
        return _plain(403, "forbidden")
    if (request.content_length or 0) > MAX_UPDATE_BYTES:
        return _plain(413, "too large")
    body = await request.read()
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _plain(400, "malformed json")
    # Valid JSON with an integer update_id is stored; the rest is read when it is handled.
    if update_id_of(payload) is None:
        return _plain(400, "not an update")
    await telegram.webhook_store.store(payload)
    telegram.processor.wake.set()
    return _plain(200, "ok")


async def health(request: web.Request) -> web.Response:
    """200 while every background loop runs; 503 naming the ones that do not, and why."""
    supervisor = request.app[SUPERVISOR]
    status = 200 if supervisor.healthy else 503
    body = {"status": "ok" if status == 200 else "failing", "loops": supervisor.report()}
    return web.json_response(body, status=status)


async def metrics_page(request: web.Request) -> web.Response:
    """Prometheus metrics: lags, backlogs, 429s, uncertain sends, escalations; numbers only."""
    async with database_of(request).transaction() as session:
        await metrics.refresh(session)
    return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})


async def ready(request: web.Request) -> web.Response:
    """Ready for traffic: the loops run and the database answers."""
    supervisor = request.app[SUPERVISOR]
    database_ok = True
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS):
            await database_of(request).ping()
    except Exception as error:
        log.warning("readiness: the database does not answer: %s", error)
        database_ok = False
    ready = database_ok and supervisor.healthy
    body = {
        "status": "ready" if ready else "not_ready",
        "database": "ok" if database_ok else "unreachable",
        "loops": supervisor.report(),
    }
    return web.json_response(body, status=200 if ready else 503)
