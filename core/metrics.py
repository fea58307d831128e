"""Prometheus metrics (`/metrics`): how far behind Koers is and what Telegram does to it, as
numbers only — never a name or a message. Gauges are read from the database at each scrape
(cheap, indexed counts), so every process reports the same truth; counters of what this
process saw (Telegram's 429s) live in memory."""

from __future__ import annotations

from datetime import timedelta

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.escalation import DEADLINE_STEP
from core.bots import DEFAULT_BOT
from core.clock import as_utc, utcnow
from core.models import (
    DueTask,
    InboundUpdate,
    InboxStatus,
    OutboxMessage,
    OutboxStatus,
    TaskStatus,
)

REGISTRY = CollectorRegistry()
RATE_LIMITED = Counter(
    "koers_telegram_rate_limited",
    "Sends Telegram refused with 429 Too Many Requests (this process)",
    ["bot"],
    registry=REGISTRY,
)
INBOX_LAG = Gauge(
    "koers_inbox_lag_seconds",
    "Age of the oldest received update not yet handled (0: none waiting)",
    registry=REGISTRY,
)
INBOX_FAILED = Gauge(
    "koers_inbox_failed", "Received updates that could not be handled", registry=REGISTRY
)
OUTBOX_BACKLOG = Gauge(
    "koers_outbox_backlog", "Messages waiting to be sent, per bot", ["bot"], registry=REGISTRY
)
UNCERTAIN_SENDS = Gauge(
    "koers_uncertain_sends",
    "Send attempts whose outcome Telegram never told (sent again; all time)",
    registry=REGISTRY,
)
DUE_TASK_LAG = Gauge(
    "koers_due_task_lag_seconds",
    "How late the oldest due task is (0: nothing overdue)",
    registry=REGISTRY,
)
RATE_LIMITED.labels(bot=DEFAULT_BOT)  # 0 from the start, not only after the first 429
ESCALATIONS = Gauge(
    "koers_escalations_last_day",
    "Questions passed on to a backup coach or coordinator in the last 24 hours",
    registry=REGISTRY,
)


async def refresh(session: AsyncSession) -> None:
    now = utcnow()
    oldest = (
        await session.exec(
            select(func.min(InboundUpdate.received_at)).where(
                InboundUpdate.status == InboxStatus.PENDING
            )
        )
    ).one()
    INBOX_LAG.set((now - as_utc(oldest)).total_seconds() if oldest else 0)
    failed = await session.exec(
        select(func.count()).where(InboundUpdate.status == InboxStatus.FAILED)
    )
    INBOX_FAILED.set(failed.one())
    waiting = await session.exec(
        select(OutboxMessage.bot, func.count())
        .where(col(OutboxMessage.status).in_([OutboxStatus.PENDING, OutboxStatus.SENDING]))
        .group_by(col(OutboxMessage.bot))
    )
    # A bot whose backlog emptied reads 0, not its last count.
    OUTBOX_BACKLOG.clear()
    OUTBOX_BACKLOG.labels(bot=DEFAULT_BOT).set(0)
    for bot, count in waiting.all():
        OUTBOX_BACKLOG.labels(bot=bot).set(count)
    uncertain = await session.exec(
        select(func.coalesce(func.sum(OutboxMessage.uncertain_attempts), 0))
    )
    UNCERTAIN_SENDS.set(int(uncertain.one()))
    overdue = (
        await session.exec(
            select(func.min(DueTask.due_at)).where(
                DueTask.status == TaskStatus.PENDING, col(DueTask.due_at) <= now
            )
        )
    ).one()
    DUE_TASK_LAG.set((now - as_utc(overdue)).total_seconds() if overdue else 0)
    passed_on = await session.exec(
        select(func.count()).where(
            DueTask.kind == DEADLINE_STEP,
            DueTask.status == TaskStatus.DONE,
            col(DueTask.done_at) >= now - timedelta(days=1),
            col(DueTask.outcome).startswith("asked_"),
        )
    )
    ESCALATIONS.set(passed_on.one())


def exposition() -> bytes:
    return generate_latest(REGISTRY)
