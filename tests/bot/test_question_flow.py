"""The spine end to end through the fake Bot API: linking, consent, a question and its answer."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import Person, Thread, ThreadMessage
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import coach_alert

COACH_CHAT = 9001
YOUTH_CHAT = 7001


async def test_youth_question_reaches_coach_and_reply_comes_back(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)

    coach_code = (await builders.coach_invite(database, world.coach)).code
    fake_api.inject_message(COACH_CHAT, f"/start {coach_code}", first_name="Anna")
    await fake_api.wait_for_message(COACH_CHAT, contains="Gelukt")

    youth_code = (await builders.invite(database, world.case, role="youth")).code
    fake_api.inject_message(YOUTH_CHAT, f"/start {youth_code}", first_name="Sam")
    language_question = await fake_api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    fake_api.inject_callback(YOUTH_CHAT, "v1:lang:nl", message_id=language_question.message_id or 0)
    consent = await fake_api.wait_for_message(YOUTH_CHAT, contains="Is dat goed?")
    assert "Anna" in (consent.text or "")
    fake_api.inject_callback(YOUTH_CHAT, "v1:consent:yes", message_id=consent.message_id or 0)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Dank je!")

    fake_api.inject_message(YOUTH_CHAT, "Hoe laat moet ik morgen bij de huisarts zijn? 🙏")
    confirmation = await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
    assert "Anna antwoordt uiterlijk" in (confirmation.text or "")

    alert = await coach_alert(database, fake_api, "Nieuwe vraag van Sam", COACH_CHAT)
    assert "huisarts" in (alert.text or "")
    assert [b["text"] for b in alert.buttons] == ["Ik pak het op", "Open in portaal", "Sluiten"]

    fake_api.inject_message(
        COACH_CHAT, "Om 10:15, neem je pas mee.", reply_to_message_id=alert.message_id
    )
    answer = await fake_api.wait_for_message(YOUTH_CHAT, contains="Antwoord van Anna")
    assert "Om 10:15, neem je pas mee." in (answer.text or "")
    await fake_api.wait_for_message(COACH_CHAT, contains="Verstuurd naar Sam")

    async with database.transaction() as session:
        person = (
            await session.exec(select(Person).where(Person.telegram_user_id == YOUTH_CHAT))
        ).one()
        assert person.consent_version is not None and person.consent_at is not None
        thread = (await session.exec(select(Thread))).one()
        assert thread.status == "open"
        bodies = (await session.exec(select(ThreadMessage.body).order_by(ThreadMessage.id))).all()
        assert bodies == [
            "Hoe laat moet ik morgen bij de huisarts zijn? 🙏",
            "Om 10:15, neem je pas mee.",
        ]
