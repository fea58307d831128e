"""Webhook updates that arrive together are stored in one commit.

Telegram posts each update in its own request, and each must be committed before it is answered
with 200 (DESIGN §7). Under load, many requests wait at once; committing them one by one costs a
durable commit each. Here a request hands its update over and waits: whatever arrived while the
previous commit was under way goes into the next one, together. Nothing waits on a timer, so a
lone update is stored as soon as it comes, and a failed commit fails every request in it (and
Telegram posts those updates again).
"""

from __future__ import annotations

import asyncio
from typing import Any

from bot.telegram.inbox import store_updates
from core.db import Database


class GroupCommit:
    def __init__(self, database: Database, bot: str) -> None:
        self.database = database
        self.bot = bot
        self._waiting: list[tuple[dict[str, Any], asyncio.Future[None]]] = []
        self._writing: asyncio.Task[None] | None = None

    async def store(self, payload: dict[str, Any]) -> None:
        """Returns once the update is committed; raises what the commit raised."""
        stored: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((payload, stored))
        if self._writing is None:
            self._writing = asyncio.create_task(self._write())
        await stored

    async def _write(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                try:
                    await store_updates(self.database, [p for p, _ in batch], bot=self.bot)
                except Exception as error:
                    for _, stored in batch:
                        if not stored.done():
                            stored.set_exception(error)
                else:
                    for _, stored in batch:
                        if not stored.done():
                            stored.set_result(None)
        finally:
            self._writing = None
