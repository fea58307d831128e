"""The outbox sender: delivers queued messages with python-telegram-bot, within Telegram's limits.

Outcomes of a send, and what we do:
- delivered                      → sent, with Telegram's message id (replies to alerts use it);
- 429 Too Many Requests          → wait `retry_after` (that chat and all sends), then again;
- 5xx, connection refused/reset
  before the request was sent    → again later, with growing back-off;
- 403 Forbidden (blocked)        → failed; the chat is marked blocked and the coach alerted;
- 400 Bad Request                → failed, never retried (it would fail the same way);
- unknown outcome (a read timeout or a dropped connection after the request left, or a process
  that stopped mid-send)         → *uncertain*. Telegram has no idempotency key, so we cannot ask.
  Our one policy: **send again** (at least once) and count it in `uncertain_attempts`. A message
  seen twice is a small nuisance; a coach's answer or crisis information that never arrives can
  hurt a young person.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import func, text
from sqlmodel import col, select, update
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.rate_limit import GlobalRate, PerChatInterval
from core.actions.delivery import do_mark_chat_blocked
from core.clock import utcnow
from core.db import Database
from core.models import OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 50
MAX_BACKOFF_SECONDS = 600
PARALLEL_CHATS = 8
IDLE_WAIT_SECONDS = 0.25
SENDER_LOCK_KEY = 0x4B4F455253  # "KOERS": one sender among all processes on PostgreSQL
ACTIVE = (OutboxStatus.PENDING, OutboxStatus.SENDING)
# Exceptions that prove the request never reached Telegram: safe to send again.
NOT_SENT_CAUSES = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class OutboxSender:
    def __init__(
        self,
        database: Database,
        bot: Bot,
        *,
        rate_per_second: float = 30.0,
        per_chat_interval: float = 1.0,
        send_timeout: float = 10.0,
    ) -> None:
        self.database = database
        self.bot = bot
        self.rate = GlobalRate(rate_per_second)
        self.per_chat = PerChatInterval(per_chat_interval)
        self.send_timeout = send_timeout
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()
        self._parallel = asyncio.Semaphore(PARALLEL_CHATS)

    async def recover_interrupted(self) -> int:
        """Rows left 'sending' by a stopped process have an unknown outcome: send them again."""
        async with self.database.transaction() as session:
            result = await session.exec(
                update(OutboxMessage)
                .where(col(OutboxMessage.status) == OutboxStatus.SENDING)
                .values(
                    status=OutboxStatus.PENDING,
                    uncertain_attempts=OutboxMessage.uncertain_attempts + 1,
                )
            )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def due_heads(self, limit: int = 200) -> list[OutboxMessage]:
        """Per chat, the oldest unsent message, if it is due: a chat's messages go out in order."""
        now = utcnow()
        async with self.database.transaction() as session:
            heads = (
                select(func.min(OutboxMessage.id).label("id"))
                .where(col(OutboxMessage.status).in_(ACTIVE))
                .group_by(col(OutboxMessage.chat_id))
                .subquery()
            )
            rows = await session.exec(
                select(OutboxMessage)
                .join(heads, col(OutboxMessage.id) == heads.c.id)
                .where(
                    OutboxMessage.status == OutboxStatus.PENDING,
                    OutboxMessage.next_attempt_at <= now,
                )
                .order_by(col(OutboxMessage.id))
                .limit(limit)
            )
            return list(rows.all())

    async def send_due(self) -> int:
        """One pass: sends what is due now; returns how many messages were delivered."""
        heads = await self.due_heads()
        ready = [row for row in heads if self.per_chat.wait_for(row.chat_id) == 0]
        results = await asyncio.gather(*(self._deliver(row) for row in ready))
        return sum(results)

    async def _deliver(self, row: OutboxMessage) -> bool:
        async with self._parallel:
            await self.rate.acquire()
            async with self.database.transaction() as session:
                claimed = await session.exec(
                    update(OutboxMessage)
                    .where(
                        col(OutboxMessage.id) == row.id,
                        col(OutboxMessage.status) == OutboxStatus.PENDING,
                    )
                    .values(
                        status=OutboxStatus.SENDING,
                        claimed_at=utcnow(),
                        attempts=OutboxMessage.attempts + 1,
                    )
                )
                if not claimed.rowcount:  # type: ignore[attr-defined]
                    return False
            self.per_chat.mark(row.chat_id)
            try:
                message = await self.bot.send_message(
                    chat_id=row.chat_id,
                    text=row.text,
                    reply_markup=_markup(row.reply_markup),
                    read_timeout=self.send_timeout,
                    write_timeout=self.send_timeout,
                    connect_timeout=self.send_timeout,
                    pool_timeout=self.send_timeout,
                )
            except RetryAfter as error:
                seconds = _seconds(error.retry_after)
                self.rate.pause(seconds)
                await self._retry(row, seconds, str(error))
            except Forbidden as error:
                await self._fail(row, str(error), blocked=True)
            except BadRequest as error:
                await self._fail(row, str(error))
            except (TimedOut, NetworkError) as error:
                uncertain = not isinstance(error.__cause__, NOT_SENT_CAUSES) and (
                    isinstance(error, TimedOut) or _dropped(error)
                )
                await self._retry(row, None, f"{type(error).__name__}: {error}", uncertain)
            else:
                await self._sent(row, message.message_id)
                return True
            return False

    async def _sent(self, row: OutboxMessage, message_id: int) -> None:
        async with self.database.transaction() as session:
            await session.exec(
                update(OutboxMessage)
                .where(col(OutboxMessage.id) == row.id)
                .values(status=OutboxStatus.SENT, sent_at=utcnow(), telegram_message_id=message_id)
            )

    async def _retry(
        self, row: OutboxMessage, seconds: float | None, error: str, uncertain: bool = False
    ) -> None:
        async with self.database.transaction() as session:
            current = await session.get(OutboxMessage, row.id)
            assert current is not None
            if current.attempts >= MAX_ATTEMPTS:
                current.status, current.last_error = OutboxStatus.FAILED, error[:2000]
                log.error("outbox %s failed after %s attempts", row.id, current.attempts)
                return
            if seconds is None:
                seconds = min(2 ** (current.attempts - 1), MAX_BACKOFF_SECONDS)
            current.status = OutboxStatus.PENDING
            current.next_attempt_at = utcnow() + timedelta(seconds=seconds)
            current.last_error = error[:2000]
            if uncertain:
                current.uncertain_attempts += 1
                log.warning("outbox %s: outcome unknown, will send again", row.id)

    async def _fail(self, row: OutboxMessage, error: str, *, blocked: bool = False) -> None:
        async with self.database.transaction() as session:
            current = await session.get(OutboxMessage, row.id)
            assert current is not None
            current.status, current.last_error = OutboxStatus.FAILED, error[:2000]
            if blocked:
                await do_mark_chat_blocked(session, chat_id=row.chat_id)
                # Whatever else waits for this chat would fail the same way.
                await session.exec(
                    update(OutboxMessage)
                    .where(
                        col(OutboxMessage.chat_id) == row.chat_id,
                        col(OutboxMessage.status) == OutboxStatus.PENDING,
                    )
                    .values(status=OutboxStatus.FAILED, last_error="chat blocked")
                )
        self.wake.set()

    async def run(self) -> None:
        """Sends until stopped; on PostgreSQL only the process holding the lock sends."""
        async with _SenderLock(self.database, self.stopping):
            if self.stopping.is_set():
                return
            await self.recover_interrupted()
            while not self.stopping.is_set():
                self.wake.clear()
                if await self.send_due():
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), timeout=IDLE_WAIT_SECONDS)

    def stop(self) -> None:
        """Finishes the sends in flight (so their outcome is recorded), then returns from run()."""
        self.stopping.set()
        self.wake.set()


class _SenderLock:
    """Holds a PostgreSQL advisory lock for as long as this process is the sender."""

    def __init__(self, database: Database, stopping: asyncio.Event) -> None:
        self.database = database
        self.stopping = stopping
        self._connection: Any = None

    async def __aenter__(self) -> None:
        if self.database.is_sqlite:
            return
        while not self.stopping.is_set():
            connection = await self.database.engine.connect()
            got = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": SENDER_LOCK_KEY}
            )
            await connection.commit()
            if got:
                self._connection = connection
                return
            await connection.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=5)

    async def __aexit__(self, *exc: object) -> None:
        if self._connection is not None:
            await self._connection.close()


def _markup(data: dict[str, Any] | None) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup.de_json(data, None) if data else None  # type: ignore[arg-type]


def _dropped(error: NetworkError) -> bool:
    """A connection closed after the request was written: Telegram may have acted on it."""
    return isinstance(error.__cause__, httpx.RemoteProtocolError | httpx.ReadError)


def _seconds(retry_after: object) -> float:
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
