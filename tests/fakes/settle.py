"""Waiting until Koers has nothing left to do right now, instead of sleeping a fixed time.

Settled: every stored Telegram update is handled, and no outbox or mail row is being sent or
due. Whatever a test then finds (or does not find) at the fake Bot API is final for this moment:
"nothing else follows" becomes a fact to assert, not a guess about timing.
"""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import func, or_
from sqlmodel import col, select

from core.clock import utcnow
from core.db import Database
from core.models import InboundUpdate, InboxStatus, MailMessage, OutboxMessage, OutboxStatus

POLL_SECONDS = 0.02


async def _busy(database: Database) -> int:
    now = utcnow()
    async with database.transaction() as session:
        updates = (
            await session.exec(
                select(func.count())
                .select_from(InboundUpdate)
                .where(InboundUpdate.status == InboxStatus.PENDING)
            )
        ).one()
        busy = 0
        for table in (OutboxMessage, MailMessage):
            busy += (
                await session.exec(
                    select(func.count())
                    .select_from(table)
                    .where(
                        or_(
                            col(table.status) == OutboxStatus.SENDING,
                            (col(table.status) == OutboxStatus.PENDING)
                            & (col(table.next_attempt_at) <= now),
                        )
                    )
                )
            ).one()
        return updates + busy


async def settled(database: Database, timeout: float = 10.0) -> None:
    """Until Koers is idle twice in a row (a handled update may queue a message just after)."""
    deadline = time.monotonic() + timeout
    idle = 0
    while idle < 2:
        if time.monotonic() > deadline:
            raise AssertionError(f"Koers was still busy after {timeout}s")
        idle = idle + 1 if await _busy(database) == 0 else 0
        await asyncio.sleep(POLL_SECONDS)
