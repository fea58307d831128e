"""The inbox: Telegram updates are committed first, then handled from the database, once each."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import aliased
from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession
from telegram.ext import ContextTypes

from bot.telegram.reading import UnreadableUpdate, json_safe, read_update, update_id_of
from bot.telegram.unit_of_work import AfterCommit, KoersApplication, UnitOfWork, bind, unbind
from core.actions.raw_updates import origin_ids
from core.actions.unhandled import do_report_unhandled_update
from core.bots import DEFAULT_BOT
from core.clock import utcnow
from core.db import Database
from core.ids import is_big_id
from core.mail import WebReach
from core.models import InboundUpdate, InboxStatus

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
HEADS_PER_ROUND = 50
# Groups handled at the same time, each in its own transaction, on a database with more than
# one writer: while one waits for PostgreSQL, another one's Python work goes on. (SQLite has
# one writer; there they take turns.)
GROUPS_AT_ONCE = 2
# Updates handled in one transaction, and for how long a group goes on taking more: enough to
# spare most commits in a burst, few enough that the first reply of a group is not held back.
GROUP_MAX_UPDATES = 25
GROUP_MAX_SECONDS = 0.15


async def store_updates(
    database: Database, payloads: Iterable[dict[str, Any]], *, bot: str = DEFAULT_BOT
) -> int:
    """Commits updates that came to `bot` to the inbox, raw; an update_id that bot sent before
    is ignored. Nothing but the update_id is read here: parsing happens when each update is
    handled (bot/telegram/reading). Returns how many were new."""
    rows = [
        {"bot": bot, "update_id": update_id_of(p), "chat_id": origin_ids(p)[0], "payload": p}
        for p in payloads
    ]
    if any(row["update_id"] is None for row in rows):
        raise ValueError("only payloads with an integer update_id can be stored")
    if not rows:
        return 0
    try:
        return await _insert(database, rows)
    except StatementError:
        # A value no JSON column takes (NaN): stored without it, so the batch is not stuck.
        # (A database that is away fails again here, and the caller tries later.)
        log.warning("updates stored without values a JSON column refuses")
        safe = [{**row, "payload": json_safe(row["payload"])} for row in rows]
        return await _insert(database, safe)


async def _insert(database: Database, rows: list[dict[str, Any]]) -> int:
    insert = sqlite_insert if database.is_sqlite else pg_insert
    statement = insert(InboundUpdate).on_conflict_do_nothing(index_elements=["bot", "update_id"])
    now = utcnow()
    values = [
        {**row, "status": InboxStatus.PENDING, "received_at": now, "attempts": 0} for row in rows
    ]
    async with database.transaction() as session:
        connection = await session.connection()
        result = await connection.execute(statement.values(values))
    return max(result.rowcount or 0, 0)


@dataclass(frozen=True)
class _Pending:
    id: int
    bot: str
    payload: Any


class Outcome(Enum):
    HANDLED = "handled"
    FAILED = "failed"  # tried; tried again later, up to MAX_ATTEMPTS
    SKIPPED = "skipped"  # handled already, or in another process's hands now


class InboxProcessor:
    """Feeds stored updates, oldest first, to the python-telegram-bot Application."""

    def __init__(
        self,
        database: Database,
        application: KoersApplication,
        reach: WebReach,
        *,
        bot: str = DEFAULT_BOT,
    ) -> None:
        self.database = database
        self.application = application
        self.reach = reach
        self.bot = bot
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()
        self.after_each: Callable[[], object] = lambda: None
        self.groups_at_once = 1 if database.is_sqlite else GROUPS_AT_ONCE
        application.add_error_handler(self._remember_error)

    async def _remember_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        from bot.telegram.unit_of_work import current_unit

        current_unit().error = context.error

    async def process_pending(self) -> int:
        """Handles every pending update; returns how many were handled."""
        handled = 0
        while True:
            ids = await self._chat_heads()
            if not ids:
                return handled
            taken = 0
            while ids and not self.stopping.is_set():
                # Heads are of different chats, so groups of them can go at the same time
                # without changing the order within a chat.
                groups = [
                    ids[start : start + GROUP_MAX_UPDATES]
                    for start in range(0, len(ids), GROUP_MAX_UPDATES)
                ][: self.groups_at_once]
                results = await asyncio.gather(*(self.process_group(g) for g in groups))
                reached: set[int] = set()
                for group, outcomes in zip(groups, results, strict=True):
                    reached.update(group[: max(len(outcomes), 1)])
                    handled += outcomes.count(Outcome.HANDLED)
                    taken += sum(outcome is not Outcome.SKIPPED for outcome in outcomes)
                ids = [row_id for row_id in ids if row_id not in reached]
            if self.stopping.is_set():
                return handled
            if taken == 0:
                # Every chat's next update is in another process's hands: look again when
                # woken (or after the wait in run()) rather than spin.
                return handled

    async def _chat_heads(self) -> list[int]:
        """Per chat, its oldest pending update, oldest first: a chat's next update waits until
        the one before it is handled, here or in another process. (An update without a chat
        is a head of its own.)"""
        pending = (InboundUpdate.status == InboxStatus.PENDING) & (InboundUpdate.bot == self.bot)
        earlier = aliased(InboundUpdate)
        older_of_same_chat = (
            select(earlier.id)
            .where(
                earlier.bot == self.bot,
                earlier.status == InboxStatus.PENDING,
                earlier.chat_id == InboundUpdate.chat_id,
                col(earlier.id) < col(InboundUpdate.id),
            )
            .exists()
        )
        async with self.database.transaction() as session:
            ids = await session.exec(
                select(InboundUpdate.id)
                .where(pending, ~older_of_same_chat)
                .order_by(col(InboundUpdate.id))
                .limit(HEADS_PER_ROUND)
            )
            return [row_id for row_id in ids.all() if row_id is not None]

    async def process_group(self, ids: list[int]) -> list[Outcome]:
        """Several chats' next updates in one transaction, each in a savepoint of its own: an
        update's effects and its 'handled' mark commit together, and one that fails takes
        nothing else with it. Returns an outcome per id it got to (it stops early when its
        time is up or the processor stops); the ids after those are for the next group.

        One commit for a group spares a commit (and on SQLite a disk sync) per update. When
        the group's transaction itself fails (the database went away), its updates are
        tried again one at a time, so each failure is recorded against its own update."""
        outcomes: list[Outcome] = []
        after_commit: list[AfterCommit] = []
        try:
            async with self.database.transaction() as session:
                rows = await self._lock_pending(session, ids)
                started = time.monotonic()
                for row_id in ids:
                    if outcomes and (
                        self.stopping.is_set() or time.monotonic() - started > GROUP_MAX_SECONDS
                    ):
                        break
                    row = rows.get(row_id)
                    if row is None:
                        outcomes.append(Outcome.SKIPPED)
                        continue
                    outcome, calls = await self._handle_in_savepoint(session, row)
                    outcomes.append(outcome)
                    after_commit.extend(calls)
                handled = [
                    row_id
                    for row_id, outcome in zip(ids, outcomes, strict=False)
                    if outcome is Outcome.HANDLED
                ]
                if handled:
                    await session.exec(
                        update(InboundUpdate)
                        .where(col(InboundUpdate.id).in_(handled))
                        .values(
                            status=InboxStatus.HANDLED,
                            handled_at=utcnow(),
                            attempts=InboundUpdate.attempts + 1,
                        )
                    )
        except Exception:
            log.warning("a group of %s updates failed; one at a time now", len(ids), exc_info=True)
            return [await self.process_one(row_id) for row_id in ids[: max(len(outcomes), 1)]]
        self.after_each()
        await _call_after_commit(after_commit)
        return outcomes

    async def _lock_pending(self, session: AsyncSession, ids: list[int]) -> dict[int, _Pending]:
        """The rows still pending among `ids`, locked for this transaction; those another
        process is handling now are skipped. (SQLite has one writer and ignores FOR UPDATE.)"""
        result = await session.exec(
            select(InboundUpdate.id, InboundUpdate.bot, InboundUpdate.payload)
            .where(col(InboundUpdate.id).in_(ids), InboundUpdate.status == InboxStatus.PENDING)
            .with_for_update(skip_locked=True)
        )
        return {
            row_id: _Pending(row_id, bot, payload)
            for row_id, bot, payload in result.all()
            if row_id is not None
        }

    async def _handle_in_savepoint(
        self, session: AsyncSession, row: _Pending
    ) -> tuple[Outcome, list[AfterCommit]]:
        try:
            async with session.begin_nested():
                unit = await self._handle(session, row.bot, row.payload)
        except UnreadableUpdate as error:
            # Reading it again would fail the same way: failed at once, one line in the log.
            log.warning("update row %s cannot be read: %s", row.id, error)
            await self._record_failure_in(session, row.id, error, final=True)
            return Outcome.FAILED, []
        except Exception as error:
            log.exception("update row %s failed", row.id)
            await self._record_failure_in(session, row.id, error)
            return Outcome.FAILED, []
        finally:
            # Each update starts from what is in the database, as it would in a transaction
            # of its own (a rolled-back savepoint leaves loaded objects behind otherwise).
            await session.flush()
            session.expunge_all()
        return Outcome.HANDLED, unit.after_commit

    async def _handle(self, session: AsyncSession, bot: str, payload: Any) -> UnitOfWork:
        """Hands one update to python-telegram-bot, inside `session`; raises what it raised."""
        unit = UnitOfWork(session=session, reach=self.reach, bot=bot)
        token = bind(unit)
        try:
            update = read_update(payload, self.application.bot)
            await self.application.process_update(update)
        finally:
            unbind(token)
        if unit.error is not None:
            raise unit.error
        return unit

    async def process_one(self, row_id: int) -> Outcome:
        """One update in a transaction of its own."""
        after_commit: list[AfterCommit] = []
        try:
            async with self.database.transaction() as session:
                row = (await self._lock_pending(session, [row_id])).get(row_id)
                if row is None:
                    return Outcome.SKIPPED
                unit = await self._handle(session, row.bot, row.payload)
                await session.exec(
                    update(InboundUpdate)
                    .where(col(InboundUpdate.id) == row_id)
                    .values(
                        status=InboxStatus.HANDLED,
                        handled_at=utcnow(),
                        attempts=InboundUpdate.attempts + 1,
                    )
                )
                after_commit = unit.after_commit
        except UnreadableUpdate as error:
            log.warning("update row %s cannot be read: %s", row_id, error)
            await self._record_failure(row_id, error, final=True)
            return Outcome.FAILED
        except Exception as error:
            log.exception("update row %s failed", row_id)
            await self._record_failure(row_id, error)
            return Outcome.FAILED
        self.after_each()
        await _call_after_commit(after_commit)
        return Outcome.HANDLED

    async def _record_failure(
        self, row_id: int, error: BaseException, *, final: bool = False
    ) -> None:
        async with self.database.transaction() as session:
            await self._record_failure_in(session, row_id, error, final=final)

    async def _record_failure_in(
        self, session: AsyncSession, row_id: int, error: BaseException, *, final: bool = False
    ) -> None:
        row = await session.get(InboundUpdate, row_id, populate_existing=True)
        if row is None:
            return
        row.attempts += 1
        row.last_error = f"{type(error).__name__}: {error}"[:2000]
        if row.attempts < MAX_ATTEMPTS and not final:
            return
        row.status = InboxStatus.FAILED
        origin = _private_origin(row.payload)
        if origin is not None:
            await do_report_unhandled_update(session, **origin, bot=row.bot)

    def stop(self) -> None:
        """Finishes the update being handled, then returns from run()."""
        self.stopping.set()
        self.wake.set()

    async def run(self) -> None:
        """Handles pending updates whenever woken (by polling or the webhook), until cancelled."""
        while not self.stopping.is_set():
            self.wake.clear()
            await self.process_pending()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=5)


async def _call_after_commit(calls: list[AfterCommit]) -> None:
    for call in calls:
        try:
            await call()
        except Exception:
            log.warning("an after-commit call failed", exc_info=True)


def _private_origin(payload: Any) -> dict[str, Any] | None:
    """Who sent an update, and what it said, when it came from a private chat. Read with care:
    the payload may be the very thing python-telegram-bot could not read."""
    if not isinstance(payload, dict):
        return None
    message = _field(payload, "message") or _field(payload, "edited_message")
    query = _field(payload, "callback_query")
    if message is None and query is not None:
        message = _field(query, "message")
    if message is None:
        return None
    chat = _field(message, "chat") or {}
    chat_id = chat.get("id")
    if chat.get("type") != "private" or not is_big_id(chat_id):
        return None
    sender = _field(query or message, "from") or {}
    user_id = sender.get("id")
    first_name = sender.get("first_name")
    text = None if query else (message.get("text") or message.get("caption"))
    return {
        "chat_id": chat_id,
        "telegram_user_id": user_id if is_big_id(user_id) else None,
        "first_name": first_name[:64] if isinstance(first_name, str) else None,
        "text": _storable_text(text),
    }


def _field(container: dict[str, Any], name: str) -> dict[str, Any] | None:
    value = container.get(name)
    return value if isinstance(value, dict) else None


def _storable_text(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    return text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
