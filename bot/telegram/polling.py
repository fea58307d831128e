"""Our own getUpdates loop: a batch is committed to the inbox before the next offset confirms it."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter

from bot.telegram.inbox import InboxProcessor, store_updates
from core.db import Database

log = logging.getLogger(__name__)

LONG_POLL_SECONDS = 25
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


class Poller:
    def __init__(
        self,
        database: Database,
        bot: Bot,
        processor: InboxProcessor,
        *,
        long_poll_seconds: int = LONG_POLL_SECONDS,
    ) -> None:
        self.database = database
        self.bot = bot
        self.processor = processor
        self.long_poll_seconds = long_poll_seconds
        self.offset: int | None = None

    async def poll_once(self) -> int:
        """Fetches one batch, commits it, and only then moves the offset past it."""
        updates = await self.bot.get_updates(
            offset=self.offset,
            timeout=self.long_poll_seconds,
            allowed_updates=ALLOWED_UPDATES,
            read_timeout=self.long_poll_seconds + 10,
        )
        if not updates:
            return 0
        await store_updates(self.database, [u.to_dict() for u in updates])
        # Telegram forgets these only when asked with a higher offset: after the commit above.
        self.offset = max(u.update_id for u in updates) + 1
        self.processor.wake.set()
        return len(updates)

    async def run(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)
        backoff = 1.0
        while True:
            try:
                await self.poll_once()
                backoff = 1.0
            except RetryAfter as error:
                await asyncio.sleep(_seconds(error.retry_after))
            except (InvalidToken, Forbidden):
                log.error("Telegram refused the bot token; polling stopped")
                return
            except Conflict:
                log.warning("another poller or a webhook is active; retrying")
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30)
            except NetworkError as error:
                log.warning("getUpdates failed: %s", error)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30)


def _seconds(retry_after: object) -> float:
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
