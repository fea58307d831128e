"""Prometheus metrics at /metrics: how far behind Koers is (inbox lag, outbox backlog, due-task
lag), what Telegram did to it (429s, uncertain sends) and how often a question was passed on —
numbers only, never a name or a message."""

from __future__ import annotations

from datetime import timedelta

from prometheus_client.parser import text_string_to_metric_families

from bot.app import TelegramService
from core.actions.escalation import DEADLINE_STEP
from core.bots import DEFAULT_BOT
from core.clock import utcnow
from core.db import Database
from core.models import DueTask, InboundUpdate, OutboxMessage
from core.outbox import enqueue
from tests.fakes.fake_bot_api import FakeBotApi
from tests.portal.conftest import Portal


async def scraped(portal: Portal) -> dict[str, float]:
    response = await portal.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    text = await response.text()
    return {
        sample.name
        + (f"{{{sample.labels['bot']}}}" if "bot" in sample.labels else ""): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_metrics_say_how_far_behind_koers_is(database: Database, portal: Portal) -> None:
    now = utcnow()
    async with database.transaction() as session:
        session.add(
            InboundUpdate(
                update_id=1, payload={"update_id": 1}, received_at=now - timedelta(minutes=2)
            )
        )
        for text in ("een", "twee", "drie"):
            enqueue(session, bot=DEFAULT_BOT, chat_id=5, text=text)
        session.add(
            OutboxMessage(chat_id=6, text="x", status="sent", uncertain_attempts=2, sent_at=now)
        )
        session.add(DueTask(kind="reminder_before", key="late", due_at=now - timedelta(minutes=5)))
        session.add(
            DueTask(
                kind=DEADLINE_STEP,
                key="passed-on",
                due_at=now - timedelta(hours=2),
                status="done",
                done_at=now - timedelta(hours=1),
                outcome="asked_backup:3",
            )
        )
    found = await scraped(portal)
    assert 110 <= found["koers_inbox_lag_seconds"] < 300
    assert found["koers_outbox_backlog{default}"] == 3
    assert found["koers_uncertain_sends"] == 2
    assert 290 <= found["koers_due_task_lag_seconds"] < 600
    assert found["koers_escalations_last_day"] == 1
    assert found["koers_inbox_failed"] == 0


async def test_a_429_from_telegram_is_counted(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, portal: Portal
) -> None:
    before = (await scraped(portal)).get("koers_telegram_rate_limited_total{default}", 0)
    fake_api.fail_next("sendMessage", status=429, retry_after=1, times=2)
    async with database.transaction() as session:
        enqueue(session, bot=DEFAULT_BOT, chat_id=6001, text="Hallo")
    telegram.sender.wake.set()
    await fake_api.wait_for_message(6001, contains="Hallo", timeout=15)
    after = (await scraped(portal))["koers_telegram_rate_limited_total{default}"]
    assert after - before == 2
