"""The menu: a few buttons, 'my coach', asking from the menu, and stopping halfway loses nothing."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import Case, Coach, ThreadMessage
from core.passwords import hash_password
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world


async def _menu(api: FakeBotApi) -> dict[str, str]:
    menu = await api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    return {b["text"]: b["callback_data"] for b in menu.buttons}


async def test_after_consent_the_young_person_sees_the_menu(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    assert list(await _menu(fake_api)) == [
        "Vraag stellen",
        "Er is iets",
        "Afspraken",
        "Mijn coach",
        "Instellingen",
    ]


async def test_my_coach_shows_name_hours_and_who_stands_in(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    async with database.transaction() as session:
        backup = Coach(
            team_id=world.coach.team_id,
            name="Bram",
            email="bram@koers.test",
            password_hash=hash_password("x" * 12),
        )
        session.add(backup)
        await session.flush()
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.backup_coach_id = backup.id
    menu = await _menu(fake_api)
    message = await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    fake_api.inject_callback(YOUTH_CHAT, menu["Mijn coach"], message_id=message.message_id or 0)
    card = await fake_api.wait_for_message(YOUTH_CHAT, contains="Bereikbaar")
    assert "maandag tot en met vrijdag" in (card.text or "")
    assert "Dan helpt Bram je" in (card.text or "")
    assert [b["text"] for b in card.buttons] == ["Vraag stellen", "Menu"]


async def test_asking_from_the_menu_sends_the_next_text_to_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    menu = await _menu(fake_api)
    message = await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    fake_api.inject_callback(YOUTH_CHAT, menu["Vraag stellen"], message_id=message.message_id or 0)
    prompt = await fake_api.wait_for_message(YOUTH_CHAT, contains="Typ je vraag")
    assert [b["text"] for b in prompt.buttons] == ["Stoppen"]
    fake_api.inject_message(YOUTH_CHAT, "Krijg ik reiskosten terug?")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
    await fake_api.wait_for_message(COACH_CHAT, contains="reiskosten")


async def test_typing_menu_anywhere_brings_the_menu_back(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Menu")
    await fake_api.wait_for_message(YOUTH_CHAT, count=2, contains="Wat wil je doen?")
    fake_api.inject_message(YOUTH_CHAT, "/help")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="leest mee en antwoordt")
    await fake_api.wait_for_message(YOUTH_CHAT, count=3, contains="Wat wil je doen?")
    async with database.transaction() as session:
        assert (await session.exec(select(ThreadMessage))).all() == []


async def test_a_menu_button_pressed_twice_or_from_an_old_message_still_works_once(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    menu = await _menu(fake_api)
    message = await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    for _ in range(2):
        fake_api.inject_callback(
            YOUTH_CHAT, menu["Vraag stellen"], message_id=message.message_id or 0
        )
    await fake_api.wait_for_message(YOUTH_CHAT, count=2, contains="Typ je vraag")
    fake_api.inject_callback(
        YOUTH_CHAT, "v1:nav:stop", message_id=message.message_id or 0, check_button=False
    )
    stopped = await fake_api.wait_for_message(YOUTH_CHAT, contains="Oké, gestopt.")
    assert stopped.text == "Oké, gestopt."
