"""Raw updates hold what people wrote: their payloads are cleared once no longer needed."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.telegram.inbox import store_updates
from core.clock import utcnow
from core.config import Settings
from core.db import Database
from core.models import InboundUpdate, InboxStatus
from scheduler.service import SchedulerService


def update(update_id: int, text: str) -> dict[str, object]:
    chat = {"id": 7001, "type": "private", "first_name": "Sam"}
    return {
        "update_id": update_id,
        "message": {"message_id": 1, "date": 0, "chat": chat, "text": text},
    }


async def test_handled_payloads_are_cleared_after_a_day_and_failed_ones_after_a_week(
    database: Database, settings: Settings
) -> None:
    await store_updates(
        database,
        [update(1, "oud en af"), update(2, "vers"), update(3, "oud mislukt"), update(4, "wacht")],
    )
    now = utcnow()
    ages = {
        1: timedelta(hours=25),
        2: timedelta(hours=1),
        3: timedelta(days=6),
        4: timedelta(days=9),
    }
    states = {
        1: InboxStatus.HANDLED,
        2: InboxStatus.HANDLED,
        3: InboxStatus.FAILED,
        4: InboxStatus.PENDING,
    }
    async with database.transaction() as session:
        for row in (await session.exec(select(InboundUpdate))).all():
            row.received_at = now - ages[row.update_id]
            row.status = states[row.update_id]

    cleared = await SchedulerService(settings, database).clear_raw_updates()

    async with database.transaction() as session:
        rows = {r.update_id: r for r in (await session.exec(select(InboundUpdate))).all()}
    assert cleared == 1
    assert rows[1].payload == {} and rows[1].payload_cleared_at is not None
    # Still needed: a fresh handled one, a failed one within the week, one not handled yet.
    assert [rows[n].payload["message"]["text"] for n in (2, 3, 4)] == [
        "vers",
        "oud mislukt",
        "wacht",
    ]  # type: ignore[index]
