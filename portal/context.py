"""Typed application state of the portal (settings, database, Telegram, …) and accessors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web

from core.actions.invites import IssuedInvite
from core.config import Settings
from core.db import Database
from core.supervisor import Supervisor
from portal.once import ShownOnce

if TYPE_CHECKING:
    from bot.app import TelegramService

SETTINGS = web.AppKey("koers_settings", Settings)
DATABASE = web.AppKey("koers_database", Database)
TELEGRAM: web.AppKey[TelegramService | None] = web.AppKey("koers_telegram")
# How the background loops (poller, inbox, sender, scheduler) are doing, for /healthz.
SUPERVISOR = web.AppKey("koers_supervisor", Supervisor)


@dataclass(frozen=True)
class ShownInvite:
    """A freshly made invite, waiting for the one page that shows its links."""

    case_id: int
    role: str
    invite: IssuedInvite
    # Set when this is a fresh link for someone already on the case ("nieuwe link voor Petra").
    fresh_for: str | None = None


INVITES_SHOWN_ONCE: web.AppKey[ShownOnce[ShownInvite]] = web.AppKey("koers_invites_shown_once")


def settings_of(request: web.Request) -> Settings:
    return request.app[SETTINGS]


def database_of(request: web.Request) -> Database:
    return request.app[DATABASE]


def invites_shown_once(request: web.Request) -> ShownOnce[ShownInvite]:
    return request.app[INVITES_SHOWN_ONCE]


def bot_username(request: web.Request) -> str:
    """The bot's name for t.me links: Telegram's answer when the bot runs, else the setting."""
    telegram, configured = request.app[TELEGRAM], request.app[SETTINGS].bot_username
    return telegram.username(configured) if telegram is not None else configured
