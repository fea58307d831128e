"""Queue health for operators (`koers status --json`): inbox and outbox counts by state."""

from __future__ import annotations

from typing import Any

from sqlmodel import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import InboundUpdate, InboxStatus, OutboxMessage, OutboxStatus


async def queue_status(session: AsyncSession) -> dict[str, Any]:
    inbox = dict(
        (
            await session.exec(
                select(InboundUpdate.status, func.count()).group_by(InboundUpdate.status)
            )
        ).all()
    )
    outbox = dict(
        (
            await session.exec(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            )
        ).all()
    )
    uncertain = (
        await session.exec(select(func.coalesce(func.sum(OutboxMessage.uncertain_attempts), 0)))
    ).one()
    return {
        "inbox": {status.value: inbox.get(status.value, 0) for status in InboxStatus},
        "outbox": {status.value: outbox.get(status.value, 0) for status in OutboxStatus},
        "uncertain_attempts": int(uncertain),
    }
