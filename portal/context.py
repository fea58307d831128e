"""Typed application state of the portal (settings, database, Telegram, …) and accessors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from core.config import Settings
from core.db import Database
from core.supervisor import Supervisor

if TYPE_CHECKING:
    from bot.app import TelegramService

SETTINGS = web.AppKey("koers_settings", Settings)
DATABASE = web.AppKey("koers_database", Database)
TELEGRAM: web.AppKey[TelegramService | None] = web.AppKey("koers_telegram")
# The regions' own bots by key (core/bots.py); TELEGRAM is the default bot.
REGION_BOTS: web.AppKey[dict[str, TelegramService]] = web.AppKey("koers_region_bots")
# How the background loops (poller, inbox, sender, scheduler) are doing, for /healthz.
SUPERVISOR = web.AppKey("koers_supervisor", Supervisor)


def settings_of(request: web.Request) -> Settings:
    return request.app[SETTINGS]


def database_of(request: web.Request) -> Database:
    return request.app[DATABASE]


def bot_username(request: web.Request) -> str:
    """The bot's name for t.me links: Telegram's answer when the bot runs, else the setting."""
    telegram, configured = request.app[TELEGRAM], request.app[SETTINGS].bot_username
    return telegram.username(configured) if telegram is not None else configured


def known_bot_username(request: web.Request) -> str | None:
    """The default bot's name when Koers runs bots: None means no Telegram link or QR code can
    work, so none is shown. (A case in a region with its own bot gets that bot's name where
    the link is made, core/actions/invites.py.)"""
    if request.app[TELEGRAM] is None and not request.app[REGION_BOTS]:
        return None
    return bot_username(request)
