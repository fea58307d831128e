"""The outbox sender: delivers queued messages with python-telegram-bot, within Telegram's limits.

Outcomes of a send, and what we do:
- delivered                      → sent, with Telegram's message id (replies to alerts use it);
  a row with a `document_name` goes out as a file (sendDocument), with the same outcomes;
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
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal

import httpx
from sqlalchemy import bindparam, func, text
from sqlmodel import col, select, update
from telegram import Bot, InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.rate_limit import GlobalRate, PerChatInterval, retry_after_seconds
from bot.telegram.callback import inline_keyboard
from core import metrics
from core.actions.delivery import do_mark_chat_blocked
from core.bots import DEFAULT_BOT, sender_lock_key
from core.clock import utcnow
from core.db import Database
from core.models import OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 50
MAX_BACKOFF_SECONDS = 600
PARALLEL_CHATS = 8
IDLE_WAIT_SECONDS = 0.25
# How often the sender checks that it still holds its lock (a lost one is given up at once).
LOCK_CHECK_SECONDS = 2.0
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
        key: str = DEFAULT_BOT,
    ) -> None:
        self.database = database
        self.bot = bot
        # Which bot's messages this sender sends (core/bots.py); one sender per bot.
        self.key = key
        self.rate = GlobalRate(rate_per_second)
        self.per_chat = PerChatInterval(per_chat_interval)
        self.send_timeout = send_timeout
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()
        self._parallel = asyncio.Semaphore(PARALLEL_CHATS)
        # True while this process is this bot's one sender (always, on SQLite); the event is
        # set each time it becomes so.
        self.active = False
        self.became_active = asyncio.Event()
        self.lock_retry_seconds = 5.0

    async def recover_interrupted(self) -> int:
        """Rows left 'sending' by a stopped process have an unknown outcome: send them again."""
        async with self.database.transaction() as session:
            result = await session.exec(
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.status) == OutboxStatus.SENDING,
                    col(OutboxMessage.bot) == self.key,
                )
                .values(
                    status=OutboxStatus.PENDING,
                    uncertain_attempts=OutboxMessage.uncertain_attempts + 1,
                )
            )
        return result.rowcount or 0

    async def due_heads(self, limit: int = 200) -> list[OutboxMessage]:
        """Per chat, the oldest unsent message, if it is due: a chat's messages go out in order."""
        now = utcnow()
        async with self.database.transaction() as session:
            heads = (
                select(func.min(OutboxMessage.id).label("id"))
                .where(col(OutboxMessage.bot) == self.key, col(OutboxMessage.status).in_(ACTIVE))
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
        """One pass: claims what is due in one transaction, sends it, records every outcome
        in one transaction. Returns how many messages were delivered."""
        heads = await self.due_heads()
        ready = [row for row in heads if self.per_chat.wait_for(row.chat_id) == 0]
        claimed = await self._claim(ready)
        if not claimed:
            return 0
        outcomes = await asyncio.gather(*(self._attempt(row) for row in claimed))
        await self._record(outcomes)
        return sum(1 for outcome in outcomes if outcome.kind == "sent")

    async def _claim(self, rows: list[OutboxMessage]) -> list[OutboxMessage]:
        """Marks rows 'sending' before the request leaves: a stop mid-send is then visible."""
        if not rows:
            return []
        ids = [row.id for row in rows]
        async with self.database.transaction() as session:
            # Only rows still pending, in the statement that claims them: a sender that lost
            # its lock to another (a dropped connection) cannot claim what the other claimed.
            claimed = await session.exec(
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.id).in_(ids),
                    col(OutboxMessage.status) == OutboxStatus.PENDING,
                )
                .values(
                    status=OutboxStatus.SENDING,
                    claimed_at=utcnow(),
                    attempts=OutboxMessage.attempts + 1,
                )
                .returning(col(OutboxMessage.id))
            )
            wanted = set(claimed.scalars().all())
        return [row for row in rows if row.id in wanted]

    async def _attempt(self, row: OutboxMessage) -> _Outcome:
        async with self._parallel:
            await self.rate.acquire()
            self.per_chat.mark(row.chat_id)
            try:
                message = await self._deliver(row)
            except RetryAfter as error:
                metrics.RATE_LIMITED.labels(bot=self.key).inc()
                seconds = retry_after_seconds(error.retry_after)
                self.rate.pause(seconds)
                return _Outcome(row, "retry", error=str(error), retry_seconds=seconds)
            except Forbidden as error:
                return _Outcome(row, "blocked", error=str(error))
            except BadRequest as error:
                return _Outcome(row, "failed", error=str(error))
            except (TimedOut, NetworkError) as error:
                uncertain = not isinstance(error.__cause__, NOT_SENT_CAUSES) and (
                    isinstance(error, TimedOut) or _dropped(error)
                )
                text = f"{type(error).__name__}: {error}"
                return _Outcome(row, "retry", error=text, uncertain=uncertain)
            return _Outcome(row, "sent", message_id=message.message_id)

    async def _deliver(self, row: OutboxMessage) -> Message:
        """One request to Telegram: a message, or a file when the row names one."""
        timeout = self.send_timeout
        if row.document_name:
            upload = InputFile(row.text.encode("utf-8"), filename=row.document_name)
            return await self.bot.send_document(
                chat_id=row.chat_id,
                document=upload,
                reply_markup=_markup(row.reply_markup),
                read_timeout=timeout,
                write_timeout=timeout,
                connect_timeout=timeout,
                pool_timeout=timeout,
            )
        return await self.bot.send_message(
            chat_id=row.chat_id,
            text=row.text,
            reply_markup=_markup(row.reply_markup),
            read_timeout=timeout,
            write_timeout=timeout,
            connect_timeout=timeout,
            pool_timeout=timeout,
        )

    async def _record(self, outcomes: list[_Outcome]) -> None:
        now = utcnow()
        blocked_chats: set[int] = set()
        delivered = [outcome for outcome in outcomes if outcome.kind == "sent"]
        async with self.database.transaction() as session:
            if delivered:
                # Most outcomes: one statement for all of them, no rows read back.
                connection = await session.connection()
                await connection.execute(
                    update(OutboxMessage)
                    .where(col(OutboxMessage.id) == bindparam("row_id"))
                    .values(
                        status=OutboxStatus.SENT,
                        sent_at=now,
                        last_error=None,
                        telegram_message_id=bindparam("message_id"),
                    ),
                    [{"row_id": o.row.id, "message_id": o.message_id} for o in delivered],
                )
            for outcome in outcomes:
                if outcome.kind == "sent":
                    continue
                row = await session.get(OutboxMessage, outcome.row.id)
                assert row is not None
                row.last_error = outcome.error[:2000] if outcome.error else None
                if outcome.kind == "retry" and row.attempts < MAX_ATTEMPTS:
                    seconds = outcome.retry_seconds
                    if seconds is None:
                        seconds = min(2 ** (row.attempts - 1), MAX_BACKOFF_SECONDS)
                    row.status = OutboxStatus.PENDING
                    row.next_attempt_at = now + timedelta(seconds=seconds)
                    if outcome.uncertain:
                        row.uncertain_attempts += 1
                        log.warning("outbox %s: outcome unknown, will send again", row.id)
                else:
                    row.status = OutboxStatus.FAILED
                    log.error("outbox %s failed: %s", row.id, row.last_error)
                    if outcome.kind == "blocked":
                        blocked_chats.add(row.chat_id)
            for chat_id in blocked_chats:
                await do_mark_chat_blocked(session, chat_id=chat_id)
                # Whatever else waits for this chat would fail the same way.
                await session.exec(
                    update(OutboxMessage)
                    .where(
                        col(OutboxMessage.bot) == self.key,
                        col(OutboxMessage.chat_id) == chat_id,
                        col(OutboxMessage.status) == OutboxStatus.PENDING,
                    )
                    .values(status=OutboxStatus.FAILED, last_error="chat blocked")
                )
        if blocked_chats:
            self.wake.set()

    async def run(self) -> None:
        """Sends until stopped; on PostgreSQL only the process holding this bot's lock sends."""
        lock = _SenderLock(self.database, self.stopping, self.lock_retry_seconds, self.key)
        async with lock:
            if self.stopping.is_set():
                return
            self.active = True
            self.became_active.set()
            try:
                await self.recover_interrupted()
                while not self.stopping.is_set():
                    self.wake.clear()
                    await lock.still_held()
                    if await self.send_due():
                        continue
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.wake.wait(), timeout=IDLE_WAIT_SECONDS)
            finally:
                self.active = False

    def stop(self) -> None:
        """Finishes the sends in flight (so their outcome is recorded), then returns from run()."""
        self.stopping.set()
        self.wake.set()


@dataclass(frozen=True)
class _Outcome:
    row: OutboxMessage
    kind: Literal["sent", "retry", "failed", "blocked"]
    message_id: int | None = None
    error: str | None = None
    retry_seconds: float | None = None
    uncertain: bool = False


class _SenderLock:
    """Holds a PostgreSQL advisory lock for as long as this process is the sender."""

    def __init__(
        self, database: Database, stopping: asyncio.Event, retry_seconds: float, bot: str
    ) -> None:
        self.database = database
        self.stopping = stopping
        self.retry_seconds = retry_seconds
        self.key = sender_lock_key(bot)
        self._checked_at = 0.0
        self._connection: Any = None

    async def __aenter__(self) -> None:
        if self.database.is_sqlite:
            return
        while not self.stopping.is_set():
            connection = await self.database.engine.connect()
            got = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key}
            )
            await connection.commit()
            if got:
                self._connection = connection
                return
            await connection.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=self.retry_seconds)

    async def __aexit__(self, *exc: object) -> None:
        if self._connection is None:
            return
        connection, self._connection = self._connection, None
        # The pool keeps the connection (and a session-level lock with it): release explicitly.
        with contextlib.suppress(Exception):
            await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
            await connection.commit()
        with contextlib.suppress(Exception):
            await connection.close()

    async def still_held(self) -> None:
        """Raises LockLost when the lock's connection is gone (PostgreSQL restarted, the
        network dropped): the lock went with it and another process may hold it now. The
        supervisor starts the sender again, which stands in line for the lock anew."""
        if self._connection is None:
            return
        now = asyncio.get_running_loop().time()
        if now < self._checked_at + LOCK_CHECK_SECONDS:
            return
        self._checked_at = now
        try:
            async with asyncio.timeout(LOCK_CHECK_SECONDS):
                await self._connection.scalar(text("SELECT 1"))
                await self._connection.commit()
        except Exception as error:
            raise LockLost("the sender's lock connection is gone") from error


class LockLost(Exception):
    """This process no longer holds its bot's sender lock."""


def _markup(data: dict[str, Any] | None) -> InlineKeyboardMarkup | None:
    """The queued buttons as Telegram's keyboard: each choice becomes callback data here."""
    if not data:
        return None
    return InlineKeyboardMarkup.de_json(inline_keyboard(data.get("inline_keyboard", [])), None)


def _dropped(error: NetworkError) -> bool:
    """A connection closed after the request was written: Telegram may have acted on it."""
    return isinstance(error.__cause__, httpx.RemoteProtocolError | httpx.ReadError)
