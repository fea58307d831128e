"""What every `koers` command needs: the database (migrated first, closed afterwards) and the
bot's name for t.me links."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from core.config import Settings
from core.db import Database
from core.migrate import migrate

T = TypeVar("T")


async def with_database(settings: Settings, work: Callable[[Database], Awaitable[T]]) -> T:
    database = Database(settings.database_url)
    try:
        await migrate(database)
        return await work(database)
    finally:
        await database.dispose()


async def bot_username(settings: Settings) -> str:
    """The bot's name for t.me links: asked from Telegram when a token is set."""
    if not settings.telegram_token:
        return settings.bot_username
    from telegram import Bot
    from telegram.error import TelegramError

    root = settings.telegram_api_url.rstrip("/")
    try:
        async with Bot(settings.telegram_token, base_url=f"{root}/bot") as bot:
            return bot.username
    except TelegramError:
        return settings.bot_username
