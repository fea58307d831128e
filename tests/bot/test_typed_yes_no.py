"""Typing "ja", "evet" or "nee" where Koers shows yes/no buttons answers the question: at consent
and in settings. A typed yes never becomes a question for the coach."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import Case, Person, Thread
from tests import builders
from tests.bot.test_settings import _open_settings, _press
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import YOUTH_CHAT, linked_world


async def _up_to_consent(database: Database, api: FakeBotApi, language: str) -> None:
    world = await builders.coach_with_case(database)
    code = (await builders.invite(database, world.case)).code
    api.inject_message(YOUTH_CHAT, f"/start {code}", first_name="Sam")
    asked = await api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    api.inject_callback(YOUTH_CHAT, f"v1:lang:{language}", message_id=asked.message_id or 0)


async def test_a_typed_ja_at_consent_is_consent_and_no_question_for_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await _up_to_consent(database, fake_api, "nl")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Is dat goed?")
    fake_api.inject_message(YOUTH_CHAT, "Ja hoor")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Dank je!")
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is not None
        assert (await session.exec(select(Thread))).all() == []


async def test_a_typed_hayir_at_consent_in_turkish_declines_kindly(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await _up_to_consent(database, fake_api, "tr")
    consent = await fake_api.wait_for_message(YOUTH_CHAT, contains="uygun mu?")
    assert consent.buttons, consent.text
    fake_api.inject_message(YOUTH_CHAT, "hayir")
    await fake_api.wait_for_message(YOUTH_CHAT, count=3)
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is None and person.consent_declined_at is not None
        assert (await session.exec(select(Thread))).all() == []


async def test_a_question_typed_at_consent_is_still_held_for_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await _up_to_consent(database, fake_api, "nl")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Is dat goed?")
    fake_api.inject_message(YOUTH_CHAT, "ja maar wie leest mijn berichten allemaal?")
    await fake_api.wait_for_message(YOUTH_CHAT, count=2, contains="Is dat goed?")
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is None


async def test_a_typed_nee_answers_whether_parents_see_appointments(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.parents_may_see_appointments = True
    choices = await _open_settings(fake_api)
    _press(fake_api, choices, "Ouders en afspraken")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Wil je dat zo houden?")
    fake_api.inject_message(YOUTH_CHAT, "nee")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je ouders zien je afspraken niet.")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and not case.parents_may_see_appointments
        assert (await session.exec(select(Thread))).all() == []
