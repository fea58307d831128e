"""Machine endpoints: the Telegram webhook (store first, then answer) and the health check."""

from __future__ import annotations

import hmac
import json

from aiohttp import web

from bot.telegram.inbox import store_updates
from portal.context import TELEGRAM, database_of, settings_of

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are small; anything this big is not one.
MAX_UPDATE_BYTES = 1024 * 1024
# update_id is stored as a 64-bit integer.
MAX_UPDATE_ID = 2**63


def _plain(status: int, text: str) -> web.Response:
    return web.Response(status=status, text=f"{text}\n")


def _secret_ok(submitted: str | None, expected: str | None) -> bool:
    if not submitted or not expected:
        return False
    return hmac.compare_digest(submitted.encode("utf-8", "replace"), expected.encode())


async def telegram_webhook(request: web.Request) -> web.Response:
    """Commits the update to the inbox before answering 200, so Telegram never loses it."""
    telegram = request.app[TELEGRAM]
    if telegram is None:
        raise web.HTTPNotFound()
    if not _secret_ok(request.headers.get(SECRET_HEADER), settings_of(request).webhook_secret):
        return _plain(403, "forbidden")
    if (request.content_length or 0) > MAX_UPDATE_BYTES:
        return _plain(413, "too large")
    body = await request.read()
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _plain(400, "malformed json")
    update_id = payload.get("update_id") if isinstance(payload, dict) else None
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return _plain(400, "not an update")
    if not 0 <= update_id < MAX_UPDATE_ID:
        return _plain(400, "not an update")
    await store_updates(database_of(request), [payload])
    telegram.processor.wake.set()
    return _plain(200, "ok")


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})
