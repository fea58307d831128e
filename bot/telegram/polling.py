"""Our own getUpdates loop: a batch is committed to the inbox, raw, before the next offset
confirms it. Nothing in a batch is parsed here, so one update python-telegram-bot cannot read
(a missing field, a newer Bot API feature) never stops the fetching (bot/telegram/reading.py)."""

from __future__ import annotations

import asyncio
import logging
import warnings
from typing import Any

from telegram import Bot
from telegram.error import (
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.warnings import PTBUserWarning

from bot.rate_limit import retry_after_seconds
from bot.telegram.inbox import InboxProcessor, store_updates
from bot.telegram.reading import update_id_of
from core.bots import DEFAULT_BOT
from core.db import Database
from core.supervisor import Stopped

log = logging.getLogger(__name__)

LONG_POLL_SECONDS = 25
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
# Bot.get_updates parses the whole batch, and one unreadable update makes it raise for all of
# them; the generic request returns the raw JSON. PTB suggests get_updates when asked this way.
warnings.filterwarnings("ignore", message=r"Please use 'Bot.getUpdates'", category=PTBUserWarning)


class NotUpdates(Exception):
    """A getUpdates answer holding nothing that can be stored as an update."""


class Poller:
    def __init__(
        self,
        database: Database,
        bot: Bot,
        processor: InboxProcessor,
        *,
        long_poll_seconds: int = LONG_POLL_SECONDS,
        key: str = DEFAULT_BOT,
    ) -> None:
        self.database = database
        self.key = key
        self.bot = bot
        self.processor = processor
        self.long_poll_seconds = long_poll_seconds
        self.offset: int | None = None

    async def fetch(self) -> list[Any]:
        """One getUpdates call; the result as Telegram sent it."""
        arguments: dict[str, Any] = {
            "timeout": self.long_poll_seconds,
            "allowed_updates": ALLOWED_UPDATES,
        }
        if self.offset is not None:
            arguments["offset"] = self.offset
        result = await self.bot.do_api_request(
            "getUpdates", api_kwargs=arguments, read_timeout=self.long_poll_seconds + 10
        )
        return result if isinstance(result, list) else []

    async def poll_once(self) -> int:
        """Fetches one batch, commits it, and only then moves the offset past it."""
        batch = await self.fetch()
        updates = [item for item in batch if update_id_of(item) is not None]
        if len(updates) < len(batch):
            # No integer update_id: nothing to store it under, nor to confirm it with.
            junk = len(batch) - len(updates)
            log.warning("getUpdates returned %d items that are not updates", junk)
            if not updates:
                raise NotUpdates(f"{junk} items without an update_id")
        if not updates:
            return 0
        await store_updates(self.database, updates, bot=self.key)
        # Telegram forgets these only when asked with a higher offset: after the commit above.
        self.offset = max(int(item["update_id"]) for item in updates) + 1
        self.processor.wake.set()
        return len(updates)

    async def run(self) -> None:
        """Polls until cancelled. Telegram's passing troubles are waited out here; anything
        else ends this call, and the supervisor (core/supervisor.py) logs it and starts again."""
        backoff = 1.0
        webhook_deleted = False
        while True:
            try:
                if not webhook_deleted:
                    webhook_deleted = await self.bot.delete_webhook(drop_pending_updates=False)
                await self.poll_once()
                backoff = 1.0
            except RetryAfter as error:
                await asyncio.sleep(retry_after_seconds(error.retry_after))
            except (InvalidToken, EndPointNotFound, Forbidden) as error:
                # A generic request reports a refused token as an unknown endpoint.
                raise Stopped("Telegram refused the bot token") from error
            except Conflict:
                log.warning("another poller or a webhook is active; retrying")
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30)
            except (NetworkError, NotUpdates) as error:
                log.warning("getUpdates failed: %s", error)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30)
