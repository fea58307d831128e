"""Koers never stops listening: an update it cannot read, a lone "/", an id beyond 64 bits."""

from __future__ import annotations

import time
from typing import Any

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import InboundUpdate, InboxStatus, ThreadMessage
from core.status import queue_status
from tests.fakes import telegram_updates as tg
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world


def message_without_date(chat_id: int, text: str, *, message_id: int = 500) -> dict[str, Any]:
    """What python-telegram-bot cannot read: a message whose `date` is missing."""
    message = tg.message(
        message_id=message_id,
        date=int(time.time()),
        chat=tg.chat(chat_id),
        sender=tg.user(chat_id, "Sam"),
        text=text,
    )
    del message["date"]
    return {"message": message}


async def rows(database: Database) -> list[InboundUpdate]:
    async with database.transaction() as session:
        return list((await session.exec(select(InboundUpdate).order_by(InboundUpdate.id))).all())  # type: ignore[arg-type]


async def test_an_update_koers_cannot_read_fails_alone_and_polling_goes_on(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    # One batch: a question, the unreadable update, another question.
    fake_api.inject_message(YOUTH_CHAT, "Waar moet ik maandag heen?")
    broken = fake_api.inject_update(message_without_date(YOUTH_CHAT, "Ik ben ziek vandaag"))
    fake_api.inject_message(YOUTH_CHAT, "En wat neem ik mee?")

    await coach_alert(database, fake_api, "Waar moet ik maandag heen?")
    await coach_alert(database, fake_api, "En wat neem ik mee?")
    # What the person wrote in the unreadable update still reaches the coach.
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="niet verwerken")
    assert "Ik ben ziek vandaag" in (alert.text or "")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je bericht is bewaard")

    failed = [row for row in await rows(database) if row.update_id == broken["update_id"]]
    assert [(row.status, row.attempts) for row in failed] == [(InboxStatus.FAILED, 1)]
    assert "date" in (failed[0].last_error or "")
    # Telegram was told Koers has the whole batch, the unreadable update included.
    assert fake_api.pending_updates == []
    assert max(fake_api.offsets) > broken["update_id"]

    # And Koers keeps listening after it.
    fake_api.inject_message(YOUTH_CHAT, "Nog een vraag")
    await coach_alert(database, fake_api, "Nog een vraag")
    async with database.transaction() as session:
        status = await queue_status(session)
    assert status["inbox"]["failed"] == 1
    assert status["inbox_failures"][0]["update_id"] == broken["update_id"]
    assert "date" in status["inbox_failures"][0]["reason"]


async def test_a_message_that_is_only_a_slash_gets_an_answer(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    not_commands = ["/", "/ ", "//", "/@", "/" + "x" * 300, "/help@another_bot"]
    for count, text in enumerate(not_commands, start=1):
        fake_api.inject_message(YOUTH_CHAT, text)
        await fake_api.wait_for_message(
            YOUTH_CHAT, contains="Dat commando ken ik niet", count=count
        )
    # Words after a slash are a person's words: they reach the coach as usual.
    fake_api.inject_message(YOUTH_CHAT, "/ ik snap het niet")
    await coach_alert(database, fake_api, "ik snap het niet")

    assert all(row.status == InboxStatus.HANDLED for row in await rows(database))


async def test_a_button_with_an_id_beyond_64_bits_no_longer_works(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Hoe laat begint mijn stage?")
    alert = await coach_alert(database, fake_api, "Hoe laat begint mijn stage?")
    before = len(fake_api.calls("answerCallbackQuery"))
    for data in ("v1:take:18446744073709551616", "v1:close:99999999999", "v1:take:²"):
        fake_api.inject_callback(
            COACH_CHAT, data, message_id=alert.message_id or 0, check_button=False
        )
    await fake_api.wait_for_call("answerCallbackQuery", count=before + 3)
    answers = [call.params.get("text") for call in fake_api.calls("answerCallbackQuery")]
    assert answers[before:] == ["Deze knop werkt niet meer."] * 3

    assert all(row.status == InboxStatus.HANDLED for row in await rows(database))
    async with database.transaction() as session:
        # The thread was neither taken nor closed by the garbled buttons.
        bodies = (await session.exec(select(ThreadMessage.body))).all()
    assert bodies == ["Hoe laat begint mijn stage?"]
