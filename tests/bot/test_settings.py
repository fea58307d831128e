"""Settings: another language, a pause in reminders, what Koers knows, parents' view, erasure."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import Alert, Case, Person
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world


async def _open_settings(api: FakeBotApi) -> dict[str, str]:
    menu = await api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    settings = next(b for b in menu.buttons if b["text"] == "Instellingen")
    api.inject_callback(YOUTH_CHAT, settings["callback_data"], message_id=menu.message_id or 0)
    shown = await api.wait_for_message(YOUTH_CHAT, contains="Wat wil je aanpassen?")
    return {b["text"]: b["callback_data"] for b in shown.buttons} | {
        "_message_id": str(shown.message_id)
    }


def _press(api: FakeBotApi, choices: dict[str, str], label: str) -> None:
    api.inject_callback(YOUTH_CHAT, choices[label], message_id=int(choices["_message_id"]))


async def test_a_young_person_switches_to_english_and_the_menu_follows(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    choices = await _open_settings(fake_api)
    assert list(choices)[:-1] == [
        "Taal",
        "Even geen berichten",
        "Wat weet Koers?",
        "Ouders en afspraken",
        "Goed nieuws van je werk",
        "Mijn gegevens downloaden",
        "Alles wissen",
        "Stoppen",
    ]
    _press(fake_api, choices, "Taal")
    languages = await fake_api.wait_for_message(YOUTH_CHAT, count=2, contains="welke taal")
    fake_api.inject_callback(YOUTH_CHAT, "v1:lang:en", message_id=languages.message_id or 0)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="in this language")
    menu = await fake_api.wait_for_message(YOUTH_CHAT, contains="What do you want to do?")
    assert {"Ask a question", "My coach"} <= {b["text"] for b in menu.buttons}


async def test_a_pause_is_recorded_and_can_be_ended(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    choices = await _open_settings(fake_api)
    _press(fake_api, choices, "Even geen berichten")
    pause = await fake_api.wait_for_message(YOUTH_CHAT, contains="Hoe lang")
    week = next(b for b in pause.buttons if b["text"] == "1 week")
    fake_api.inject_callback(YOUTH_CHAT, week["callback_data"], message_id=pause.message_id or 0)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="stuurt Koers je geen")
    async with database.transaction() as session:
        person = (
            await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
        ).one()
        assert person.notifications_paused_until is not None


async def test_what_koers_knows_is_shown_in_plain_words(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Een vraag")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="ontvangen")
    choices = await _open_settings(fake_api)
    _press(fake_api, choices, "Wat weet Koers?")
    known = await fake_api.wait_for_message(YOUTH_CHAT, contains="Dit weet Koers over jou")
    assert "- naam: Sam" in (known.text or "") and "- coach: Anna" in (known.text or "")
    assert "- berichten van jou: 1" in (known.text or "")


async def test_the_young_person_lets_parents_see_appointments(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    choices = await _open_settings(fake_api)
    _press(fake_api, choices, "Ouders en afspraken")
    question = await fake_api.wait_for_message(YOUTH_CHAT, contains="Mogen ze die zien?")
    allow = next(b for b in question.buttons if b["text"] == "Ja, dat mag")
    fake_api.inject_callback(
        YOUTH_CHAT, allow["callback_data"], message_id=question.message_id or 0
    )
    await fake_api.wait_for_message(YOUTH_CHAT, contains="kunnen je afspraken zien")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.parents_may_see_appointments


async def test_an_erasure_request_is_confirmed_recorded_and_told_to_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    choices = await _open_settings(fake_api)
    _press(fake_api, choices, "Alles wissen")
    sure = await fake_api.wait_for_message(YOUTH_CHAT, contains="Weet je het zeker?")
    yes = next(b for b in sure.buttons if b["text"] == "Ja, wis alles")
    fake_api.inject_callback(YOUTH_CHAT, yes["callback_data"], message_id=sure.message_id or 0)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is doorgegeven")
    await fake_api.wait_for_message(COACH_CHAT, contains="vraagt om alles te wissen")
    async with database.transaction() as session:
        person = (
            await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
        ).one()
        assert person.erasure_requested_at is not None
        kinds = (await session.exec(select(Alert.kind).where(Alert.case_id == world.case.id))).all()
        assert list(kinds) == ["erasure_requested"]
