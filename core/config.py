"""Koers configuration: one Settings class read from KOERS_* environment variables and .env."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from pydantic import field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.bot_secrets import BotSecrets, region_bots
from core.mail import WebReach, smtp_server

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/koers.db"
# What Telegram accepts as a webhook's secret_token.
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    """The operator's contract (DESIGN §9) plus a few tunables with safe defaults."""

    model_config = SettingsConfigDict(env_prefix="KOERS_", env_file=".env", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    telegram_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_mode: Literal["polling", "webhook"] = "polling"
    webhook_secret: str | None = None
    # The regions' own bots (core/bot_secrets.py): KOERS_BOT_<KEY>_TOKEN variables or this file.
    bots_file: str | None = None
    public_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8080
    environment: Literal["development", "production"] = "development"
    # Used in t.me links when the bot's own name is not known (no token, or before getMe).
    bot_username: str = "koers_bot"

    # Invites and web links.
    invite_days: int = 14
    web_link_days: int = 14
    # Portal sessions.
    session_idle_minutes: int = 60
    session_absolute_hours: int = 12
    login_max_failures: int = 5
    login_window_minutes: int = 15
    # Outbox sender limits per bot (Telegram: about 30/s overall, 1/s per chat): 28 keeps a
    # bot at 0.93 of its limit while a backlog drains flat out.
    send_rate_per_second: float = 28.0
    send_interval_per_chat_seconds: float = 1.0
    # Demo data on first start of `koers run` when the database is empty; on by default in
    # development, never in production (see `load_demo`).
    demo: bool | None = None
    # Raw Telegram updates hold what people wrote: their payloads are cleared once handled
    # (after this many hours), and failed ones after `failed_update_days` (for diagnosis).
    raw_update_hours: int = 24
    failed_update_days: int = 7
    # E-mail for web-channel people (core/mail.py): smtp://host:port, smtp+starttls://user:pass@
    # host:port or smtps://…; without it Koers sends no e-mail and tells the coach so.
    smtp_url: str | None = None
    mail_from: str | None = None
    # Koers's own files that can be made again (the trained crisis model): kept between starts.
    cache_dir: str = "var/cache"
    # "json": one JSON object a line (time, level, logger, message), for a log collector.
    log_format: Literal["text", "json"] = "text"

    @field_validator(
        "telegram_token",
        "webhook_secret",
        "public_url",
        "smtp_url",
        "mail_from",
        "bots_file",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_unsafe_combinations(self) -> Settings:
        webhook = self.telegram_mode == "webhook" and self.telegram_token
        if webhook and (not self.webhook_secret or not self.public_url):
            raise ValueError(
                "KOERS_TELEGRAM_MODE=webhook needs KOERS_WEBHOOK_SECRET and KOERS_PUBLIC_URL"
            )
        if self.webhook_secret is not None and not WEBHOOK_SECRET.fullmatch(self.webhook_secret):
            raise ValueError(
                "KOERS_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        if self.telegram_mode == "webhook":
            for bot in self.region_bots().values():
                if bot.webhook_secret is None or not self.public_url:
                    raise ValueError(
                        f"KOERS_TELEGRAM_MODE=webhook: bot {bot.key!r} needs"
                        f" KOERS_BOT_{bot.key.upper()}_WEBHOOK_SECRET and KOERS_PUBLIC_URL"
                    )
        if self.smtp_url is not None:
            smtp_server(self.smtp_url)  # raises ValueError on an address Koers cannot use
        if self.environment == "production":
            if self.public_url is None:
                raise ValueError("KOERS_PUBLIC_URL is required in production")
            if self.demo:
                raise ValueError(
                    "KOERS_DEMO=true is refused in production: demo accounts have known links"
                )
        return self

    def region_bots(self) -> dict[str, BotSecrets]:
        """The regions' bots by key, read from the environment and KOERS_BOTS_FILE."""
        return region_bots(bots_file=self.bots_file)

    @property
    def load_demo(self) -> bool:
        """Demo data only in development: never in production, whatever is set."""
        if self.environment == "production":
            return False
        return self.demo is not False

    @property
    def base_url(self) -> str:
        """Where people reach the portal; links and QR codes point here."""
        if self.public_url:
            return self.public_url.rstrip("/")
        return f"http://{self.host}:{self.port}"

    @property
    def reach(self) -> WebReach:
        """How Koers reaches people on the web: their pages, and e-mail when SMTP is set."""
        return WebReach(
            base_url=self.base_url, mail=self.smtp_url is not None, link_days=self.web_link_days
        )

    @property
    def mail_sender(self) -> str:
        """The From address; by default one on the portal's own host name."""
        if self.mail_from:
            return self.mail_from
        host = urlsplit(self.base_url).hostname or "localhost"
        return f"Koers <koers@{host}>"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.startswith("https://")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
