"""Words of acute distress get help at once, also before consent and from someone not linked."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import Coach, IntakeRequest, Thread
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, link_coach

STRANGER = 8801
COORDINATOR_CHAT = 9301


async def test_crisis_words_before_consent_bring_help_and_an_urgent_alert(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    code = (await builders.invite(database, world.case)).code
    fake_api.inject_message(YOUTH_CHAT, f"/start {code}")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    fake_api.inject_message(YOUTH_CHAT, "ik wil niet meer leven")
    help_message = await fake_api.wait_for_message(YOUTH_CHAT, contains="113")
    assert "112" in (help_message.text or "") and "0800-0432" in (help_message.text or "")
    await fake_api.wait_for_message(COACH_CHAT, contains="DRINGEND")
    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        assert (thread.kind, thread.urgency) == ("concern", "urgent")


async def test_a_stranger_in_crisis_gets_help_and_the_coordinator_is_alerted(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        coordinator = await session.get(Coach, world.coach.id)
        assert coordinator is not None
        coordinator.is_coordinator = True
        coordinator.telegram_chat_id = coordinator.telegram_user_id = COORDINATOR_CHAT
    fake_api.inject_message(STRANGER, "I want to kill myself", first_name="Jo")
    help_message = await fake_api.wait_for_message(STRANGER, contains="113")
    assert "0800-0432" in (help_message.text or "")
    alert = await fake_api.wait_for_message(COORDINATOR_CHAT, contains="DRINGEND")
    assert "I want to kill myself" in (alert.text or "") and "(Jo)" in (alert.text or "")
    async with database.transaction() as session:
        intake = (await session.exec(select(IntakeRequest))).one()
        assert intake.text == "I want to kill myself"
