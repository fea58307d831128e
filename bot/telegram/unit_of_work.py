"""The transaction an update is handled in, reachable from python-telegram-bot's handlers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram.ext import Application

from core.bots import DEFAULT_BOT
from core.mail import WebReach

AfterCommit = Callable[[], Awaitable[object]]
# python-telegram-bot's Application as Koers builds it: default context, no job queue of PTB's.
KoersApplication = Application[Any, Any, Any, Any, Any, Any]


@dataclass
class UnitOfWork:
    session: AsyncSession
    reach: WebReach
    # The bot the update came to (core/bots.py).
    bot: str = DEFAULT_BOT
    # Calls to make once the transaction is committed (e.g. answering a pressed button).
    after_commit: list[AfterCommit] = field(default_factory=list)
    error: BaseException | None = None


_current: ContextVar[UnitOfWork | None] = ContextVar("koers_unit_of_work", default=None)


def current_unit() -> UnitOfWork:
    unit = _current.get()
    if unit is None:
        raise RuntimeError("handlers run only from the inbox processor (bot/telegram/inbox.py)")
    return unit


def bind(unit: UnitOfWork | None) -> object:
    return _current.set(unit)


def unbind(token: object) -> None:
    # The token bind() returned, kept opaque by callers; ContextVar wants its own Token type.
    _current.reset(token)  # type: ignore[arg-type]
