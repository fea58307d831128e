"""Wiring of the Telegram side: the python-telegram-bot Application, inbox, poller and sender,
once per bot: the deployment's default bot (KOERS_TELEGRAM_TOKEN) and each region's own
(core/bots.py, core/bot_secrets.py)."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging

from pydantic import SecretStr
from telegram import Bot
from telegram.error import EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import ApplicationBuilder

from bot.rate_limit import retry_after_seconds
from bot.sender import OutboxSender
from bot.telegram.group_commit import GroupCommit
from bot.telegram.handlers import install_handlers
from bot.telegram.inbox import InboxProcessor
from bot.telegram.polling import ALLOWED_UPDATES, Poller
from bot.telegram.unit_of_work import KoersApplication
from core.bot_secrets import BotSecrets
from core.bots import DEFAULT_BOT, do_record_bot
from core.config import Settings
from core.db import Database
from core.supervisor import Stopped, Supervisor

log = logging.getLogger(__name__)

# How long start() waits for Telegram before it lets Koers serve without the bot for now.
CONNECT_WAIT_SECONDS = 10.0


def build_application(settings: Settings, token: str) -> KoersApplication:
    """The real Application, pointed at the configured Bot API root, without PTB's Updater."""
    root = settings.telegram_api_url.rstrip("/")
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        # Our poller and webhook commit updates before confirming them; PTB's would not.
        .updater(None)
        .build()
    )
    install_handlers(application)
    return application


def default_bot(settings: Settings) -> BotSecrets:
    """KOERS_TELEGRAM_TOKEN's bot, as the regions' bots are described."""
    assert settings.telegram_token, "the Telegram side needs KOERS_TELEGRAM_TOKEN"
    secret = SecretStr(settings.webhook_secret) if settings.webhook_secret else None
    return BotSecrets(DEFAULT_BOT, SecretStr(settings.telegram_token), secret)


def webhook_path(bot: str) -> str:
    """Where Telegram posts a bot's updates: the default bot where it always did."""
    return "/telegram/webhook" if bot == DEFAULT_BOT else f"/telegram/webhook/{bot}"


class TelegramService:
    """Runs one bot inside Koers: handles its stored updates, sends its outbox, polls if asked."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        *,
        polling: bool | None = None,
        supervisor: Supervisor | None = None,
        bot: BotSecrets | None = None,
    ):
        self.settings = settings
        self.database = database
        self.supervisor = supervisor or Supervisor()
        self.identity = bot or default_bot(settings)
        self.key = self.identity.key
        self.application = build_application(settings, self.identity.token.get_secret_value())
        self.processor = InboxProcessor(database, self.application, settings.reach, bot=self.key)
        self.sender = OutboxSender(
            database,
            self.application.bot,
            rate_per_second=settings.send_rate_per_second,
            per_chat_interval=settings.send_interval_per_chat_seconds,
            key=self.key,
        )
        # A handled update usually queued messages: the sender need not wait for its next look.
        self.processor.after_each = self.sender.wake.set
        self.polling = settings.telegram_mode == "polling" if polling is None else polling
        self.poller = Poller(database, self.application.bot, self.processor, key=self.key)
        # Webhook updates that arrive together share one commit (portal/views/webhook.py).
        self.webhook_store = GroupCommit(database, self.key)
        self._tasks: list[asyncio.Task[None]] = []
        # Loop names as /healthz shows them: "sender", or "sender:utrecht" for a region's bot.
        self._suffix = "" if self.key == DEFAULT_BOT else f":{self.key}"

    @property
    def bot(self) -> Bot:
        bot: Bot = self.application.bot
        return bot

    async def start(self) -> None:
        """Connects to Telegram and starts the loops. When Telegram does not answer yet (down,
        429 on getMe), Koers keeps trying in the background while the portal serves, and
        /healthz says why; callers normally find the bot ready when this returns."""
        connecting = self.supervisor.start(f"telegram{self._suffix}", self._connect, once=True)
        self._tasks = [connecting]
        await asyncio.wait({connecting}, timeout=CONNECT_WAIT_SECONDS)

    async def _connect(self) -> None:
        while True:
            try:
                await self._introduce()
                break
            except RetryAfter as error:  # Telegram may answer 429 to any method, getMe too
                await asyncio.sleep(retry_after_seconds(error.retry_after))
            except (InvalidToken, EndPointNotFound, Forbidden) as error:
                raise Stopped("Telegram refused the bot token") from error
        if self.supervisor.stopping.is_set():
            return
        self._tasks += [
            self.supervisor.start(f"inbox{self._suffix}", self.processor.run),
            self.supervisor.start(f"sender{self._suffix}", self.sender.run),
        ]
        if self.polling:
            self._tasks.append(self.supervisor.start(f"poller{self._suffix}", self.poller.run))
        log.info(
            "Telegram bot %s @%s started (%s)",
            self.key,
            self.bot.username,
            self.settings.telegram_mode,
        )

    async def _introduce(self) -> None:
        await self.application.initialize()  # getMe
        if not self.application.running:
            await self.application.start()
        # Every process can now make t.me links for this bot.
        async with self.database.transaction() as session:
            await do_record_bot(
                session, bot=self.key, username=self.bot.username, telegram_id=self.bot.id
            )
        if not self.polling:
            secret = self.identity.webhook_secret
            await self.bot.set_webhook(
                url=f"{self.settings.base_url}{webhook_path(self.key)}",
                secret_token=secret.get_secret_value() if secret else None,
                allowed_updates=ALLOWED_UPDATES,
            )

    def webhook_secret_matches(self, submitted: str | None) -> bool:
        secret = self.identity.webhook_secret
        if not submitted or secret is None:
            return False
        expected = secret.get_secret_value().encode()
        return hmac.compare_digest(submitted.encode("utf-8", "replace"), expected)

    def username(self, fallback: str) -> str:
        """The bot's name once Telegram told it (getMe), else the configured one."""
        try:
            return self.bot.username or fallback
        except RuntimeError:  # not initialised yet
            return fallback

    async def stop(self, grace_seconds: float = 15.0) -> None:
        """Lets the handler and the sends in flight finish (their outcome gets recorded)."""
        self.supervisor.stop()
        self.processor.stop()
        self.sender.stop()
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            if task.get_name() in (f"koers-poller{self._suffix}", f"koers-telegram{self._suffix}"):
                task.cancel()
        _, unfinished = await asyncio.wait(tasks, timeout=grace_seconds)
        for task in unfinished:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()
