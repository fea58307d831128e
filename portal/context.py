"""Typed application state of the portal (settings, database, Telegram) and small accessors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from core.config import Settings
from core.db import Database

if TYPE_CHECKING:
    from bot.app import TelegramService

SETTINGS = web.AppKey("koers_settings", Settings)
DATABASE = web.AppKey("koers_database", Database)
TELEGRAM: web.AppKey[TelegramService | None] = web.AppKey("koers_telegram")


def settings_of(request: web.Request) -> Settings:
    return request.app[SETTINGS]


def database_of(request: web.Request) -> Database:
    return request.app[DATABASE]


def bot_username(request: web.Request) -> str:
    """The bot's name for t.me links: Telegram's answer when the bot runs, else the setting."""
    telegram = request.app[TELEGRAM]
    if telegram is not None:
        try:
            name = telegram.bot.username
        except RuntimeError:  # not initialised yet (getMe not called)
            name = None
        if name:
            return name
    return request.app[SETTINGS].bot_username
