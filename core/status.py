"""Queue health for operators (`koers status --json`): inbox and outbox counts by state."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import InboundUpdate, InboxStatus, OutboxMessage, OutboxStatus

RECENT_FAILURES = 10


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
    failures = await session.exec(
        select(InboundUpdate.update_id, InboundUpdate.received_at, InboundUpdate.last_error)
        .where(InboundUpdate.status == InboxStatus.FAILED)
        .order_by(col(InboundUpdate.id).desc())
        .limit(RECENT_FAILURES)
    )
    return {
        "inbox": {status.value: inbox.get(status.value, 0) for status in InboxStatus},
        # Why the latest updates could not be handled (never what they said).
        "inbox_failures": [
            {"update_id": update_id, "received_at": at.isoformat(), "reason": _reason(error)}
            for update_id, at, error in failures.all()
        ],
        "outbox": {status.value: outbox.get(status.value, 0) for status in OutboxStatus},
        "uncertain_attempts": int(uncertain),
    }


def _reason(error: str | None) -> str:
    """The kind of failure and where, cut short: an exception's text may quote what was sent."""
    return (error or "unknown")[:200]
