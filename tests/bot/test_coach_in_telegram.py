"""A coach in Telegram: /inbox, a thread shown and answered, closing with the button."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import Thread, ThreadStatus
from tests.bot.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world
from tests.fakes.fake_bot_api import FakeBotApi


async def test_the_coach_lists_open_questions_shows_one_and_answers_it(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(COACH_CHAT, "/inbox")
    assert (await fake_api.wait_for_message(COACH_CHAT, contains="niets open")).buttons == []

    fake_api.inject_message(YOUTH_CHAT, "Waar moet ik mijn loonstrook inleveren?")
    await coach_alert(database, fake_api, "loonstrook")
    fake_api.inject_message(COACH_CHAT, "/inbox")
    listing = await fake_api.wait_for_message(COACH_CHAT, contains="Open vragen en meldingen: 1")
    (choice,) = listing.buttons
    assert choice["text"].startswith("Sam: Waar moet ik")
    fake_api.inject_callback(
        COACH_CHAT, choice["callback_data"], message_id=listing.message_id or 0
    )
    shown = await coach_alert(database, fake_api, "antwoord uiterlijk")
    assert "Sam: Waar moet ik mijn loonstrook inleveren?" in (shown.text or "")
    assert [b["text"] for b in shown.buttons] == [
        "Ik pak het op",
        "Open in portaal",
        "Sluiten",
        "Notitie",
    ]

    fake_api.inject_message(COACH_CHAT, "Bij de balie.", reply_to_message_id=shown.message_id)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Bij de balie.")


async def test_the_coach_closes_a_thread_from_its_alert(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Laat maar, ik weet het al.")
    alert = await coach_alert(database, fake_api, "ik weet het al")
    close = next(b for b in alert.buttons if b["text"] == "Sluiten")
    fake_api.inject_callback(COACH_CHAT, close["callback_data"], message_id=alert.message_id or 0)
    await fake_api.wait_for_call("answerCallbackQuery", count=3)
    assert fake_api.callback_answers[-1].params.get("text") == "Gesloten."
    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        assert thread.status == ThreadStatus.CLOSED and thread.closed_at is not None
    fake_api.inject_message(COACH_CHAT, "/inbox")
    await fake_api.wait_for_message(COACH_CHAT, contains="niets open")
