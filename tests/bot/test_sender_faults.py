"""The outbox sender on Telegram's bad days: 429 storms, 5xx, 403, 400, timeouts, long texts."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.bots import DEFAULT_BOT
from core.db import Database
from core.models import Alert, OutboxMessage, OutboxStatus, Person
from core.outbox import enqueue
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world
from tests.fakes.settle import settled

CHAT = 6001


async def _queue(
    database: Database, telegram: TelegramService, *texts: str, chat: int = CHAT
) -> list[int]:
    async with database.transaction() as session:
        rows = [
            row
            for text in texts
            for row in enqueue(session, bot=DEFAULT_BOT, chat_id=chat, text=text)
        ]
    telegram.sender.wake.set()
    return [row.id or 0 for row in rows]


async def _rows(database: Database, ids: list[int]) -> list[OutboxMessage]:
    async with database.transaction() as session:
        found = await session.exec(select(OutboxMessage).where(OutboxMessage.id.in_(ids)))  # type: ignore[union-attr]
        return sorted(found.all(), key=lambda row: row.id or 0)


async def test_a_429_storm_delays_messages_but_loses_none_and_keeps_their_order(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    fake_api.fail_next("sendMessage", status=429, retry_after=1, times=3)
    await _queue(database, telegram, "een", "twee", "drie")
    await fake_api.wait_for_message(CHAT, count=3, timeout=15)
    assert [m.text for m in fake_api.sent_to(CHAT)] == ["een", "twee", "drie"]
    refused = [c for c in fake_api.calls("sendMessage") if c.status == 429]
    assert len(refused) == 3


async def test_a_server_error_is_retried_until_the_message_is_delivered(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    fake_api.fail_next("sendMessage", status=500, times=2)
    ids = await _queue(database, telegram, "Hoe gaat het op je stage?")
    await fake_api.wait_for_message(CHAT, contains="stage", timeout=15)
    await settled(database)
    (row,) = await _rows(database, ids)
    assert row.status == OutboxStatus.SENT and row.attempts == 3


async def test_a_bad_request_is_never_retried(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    fake_api.fail_next("sendMessage", status=400, description="Bad Request: chat not found")
    ids = await _queue(database, telegram, "Hallo?")
    await fake_api.wait_for_call("sendMessage")
    await settled(database)
    (row,) = await _rows(database, ids)
    assert row.status == OutboxStatus.FAILED
    assert "chat not found" in (row.last_error or "").lower()
    assert len(fake_api.calls("sendMessage")) == 1


async def test_a_young_person_who_blocked_the_bot_is_marked_and_the_coach_is_alerted(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    fake_api.blocked_chats.add(YOUTH_CHAT)
    fake_api.inject_message(COACH_CHAT, "x")  # any message; we need an alert to reply to first
    await fake_api.wait_for_message(COACH_CHAT, contains="Beantwoorden")
    async with database.transaction() as session:
        enqueue(session, bot=DEFAULT_BOT, chat_id=YOUTH_CHAT, text="Ben je geweest?")
    telegram.sender.wake.set()
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="geblokkeerd")
    assert "Sam" in (alert.text or "")
    async with database.transaction() as session:
        person = (
            await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
        ).one()
        assert person.telegram_blocked_at is not None
        alerts = (await session.exec(select(Alert).where(Alert.case_id == world.case.id))).all()
        assert [a.kind for a in alerts] == ["chat_blocked"]


async def test_a_send_whose_answer_never_came_is_sent_again_and_counted_as_uncertain(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    telegram.sender.send_timeout = 0.3
    fake_api.delay_next("sendMessage", 1.0)
    ids = await _queue(database, telegram, "Je afspraak is verzet.")
    await fake_api.wait_for_message(CHAT, count=2, timeout=15)
    await settled(database)
    (row,) = await _rows(database, ids)
    assert row.status == OutboxStatus.SENT
    assert row.uncertain_attempts == 1


async def test_a_dropped_connection_before_an_answer_is_retried(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    fake_api.drop_next("sendMessage")
    ids = await _queue(database, telegram, "Tot morgen!")
    await fake_api.wait_for_message(CHAT, contains="Tot morgen", timeout=15)
    await settled(database)
    (row,) = await _rows(database, ids)
    assert row.status == OutboxStatus.SENT and row.attempts == 2


async def test_a_text_longer_than_telegram_allows_is_split_in_order(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    long_text = " ".join(f"woord{i}" for i in range(1200))  # about 9,000 characters
    await _queue(database, telegram, long_text)
    await fake_api.wait_for_message(CHAT, count=3, timeout=10)
    parts = [m.text or "" for m in fake_api.sent_to(CHAT)]
    assert all(len(part) <= 4096 for part in parts)
    assert " ".join(parts) == long_text


async def _queue_document(
    database: Database, telegram: TelegramService, content: str, *, chat: int = CHAT
) -> int:
    async with database.transaction() as session:
        (row,) = enqueue(
            session, bot=DEFAULT_BOT, chat_id=chat, text=content, document_name="koers-gegevens.txt"
        )
    telegram.sender.wake.set()
    return row.id or 0


async def test_a_file_goes_out_whole_through_429_and_server_errors(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    content = "Jouw gegevens bij Koers\n" + "\n".join(f"- regel {i} ✓" for i in range(900))
    assert len(content) > 4096  # a message this long would be split; a file is not
    fake_api.fail_next("sendDocument", status=429, retry_after=1)
    fake_api.fail_next("sendDocument", status=502)
    row_id = await _queue_document(database, telegram, content)
    document = await fake_api.wait_for_document(CHAT, timeout=15)
    await settled(database)

    assert (document.file_name, document.text) == ("koers-gegevens.txt", content)
    assert [c.status for c in fake_api.calls("sendDocument")] == [429, 502, 200]
    assert fake_api.calls("sendMessage") == []
    (row,) = await _rows(database, [row_id])
    assert row.status == OutboxStatus.SENT and row.attempts == 3
    assert row.telegram_message_id == document.message_id


async def test_a_refused_file_is_not_retried_and_an_unanswered_one_is_sent_again(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    fake_api.fail_next("sendDocument", status=400, description="Bad Request: file is empty")
    refused = await _queue_document(database, telegram, "leeg?", chat=CHAT)
    await fake_api.wait_for_call("sendDocument")
    telegram.sender.send_timeout = 0.3
    fake_api.delay_next("sendDocument", 1.0)
    late = await _queue_document(database, telegram, "traag antwoord", chat=CHAT + 1)
    await fake_api.wait_for_document(CHAT + 1, count=2, timeout=15)
    await settled(database)

    first, second = await _rows(database, [refused, late])
    assert first.status == OutboxStatus.FAILED and first.attempts == 1
    assert "file is empty" in (first.last_error or "").lower()
    assert fake_api.documents_to(CHAT) == []
    assert second.status == OutboxStatus.SENT and second.uncertain_attempts == 1
    assert [d.text for d in fake_api.documents_to(CHAT + 1)] == ["traag antwoord"] * 2


async def test_a_file_for_a_blocked_chat_marks_it_and_alerts_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")  # nothing waits
    fake_api.blocked_chats.add(YOUTH_CHAT)
    row_id = await _queue_document(database, telegram, "Jouw gegevens", chat=YOUTH_CHAT)
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="geblokkeerd")
    assert "Sam" in (alert.text or "")
    (row,) = await _rows(database, [row_id])
    assert row.status == OutboxStatus.FAILED
    assert [c.fault for c in fake_api.calls("sendDocument")] == ["blocked"]
