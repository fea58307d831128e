"""Good news from work: it always reaches the coach, and the young person too if they allow it."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.db import Database
from core.models import AuditEntry, Case, Person
from tests import builders
from tests.bot.test_employer_report import Chat, labels, link_employer
from tests.builders import World
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, link_coach, link_youth

GOOD_NEWS = "Sam heeft vandaag een nieuwe collega ingewerkt. Top!"


async def _world_with_employer(database: Database, api: FakeBotApi) -> tuple[World, Chat, Chat]:
    world = await builders.coach_with_case(database)
    await link_coach(database, api, world)
    await link_youth(database, api, world)
    sam = Chat(api, YOUTH_CHAT, seen=len(api.sent_to(YOUTH_CHAT)) - 1)  # the menu is next
    piet = await link_employer(database, api, world.case)
    return world, sam, piet


async def _choose_sharing(sam: Chat, answer: str) -> str:
    """Sam opens Settings → "Goed nieuws van je werk" and answers; returns what Koers says."""
    await sam.press(await sam.sees("Wat wil je doen?"), "Instellingen")
    await sam.press(await sam.sees("Wat wil je aanpassen?"), "Goed nieuws van je werk")
    question = await sam.sees("Goed nieuws van je werk doorsturen?")
    assert labels(question) == ["Ja, stuur door", "Nee, niet doorsturen"]
    await sam.press(question, answer)
    return (await sam.sees("Oké.")).text or ""


async def _employer_shares(piet: Chat, text: str = GOOD_NEWS) -> str:
    await piet.press(await piet.sees("Wat wil je doen?"), "Iets goeds melden")
    await piet.sees("Wat ging er goed?")
    piet.types(text)
    return (await piet.sees("Dank je!")).text or ""


async def test_the_young_person_allows_it_and_gets_the_good_news_from_work(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, sam, piet = await _world_with_employer(database, fake_api)

    question_said = await _choose_sharing(sam, "Ja, stuur door")
    assert question_said == "Oké. Goed nieuws van je werk krijg je voortaan ook zelf."
    await sam.press(await sam.sees("Wat wil je doen?"), "Instellingen")
    await sam.press(await sam.sees("Wat wil je aanpassen?"), "Wat weet Koers?")
    known = await sam.sees("Dit weet Koers over jou")
    assert "Wat je hebt gekozen:\n- je ouders zien je afspraken: nee\n" in (known.text or "")
    assert "- goed nieuws van je werk doorsturen: ja" in (known.text or "")

    thanks = await _employer_shares(piet)
    assert thanks == "Dank je! Anna krijgt het te zien.\nSam krijgt het ook te zien."
    shared = await sam.sees("Goed nieuws van je werk (Piet)")
    assert shared.text == f"Goed nieuws van je werk (Piet):\n{GOOD_NEWS}"
    assert shared.buttons == []
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Goed nieuws van Piet")
    assert GOOD_NEWS in (alert.text or "")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.good_news_shared_with_youth
        actions = (
            await session.exec(select(AuditEntry.action).where(AuditEntry.case_id == case.id))
        ).all()
        assert {"good_news_sharing_set", "good_news_shared_with_youth"} <= set(actions)


async def test_without_permission_the_good_news_reaches_only_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, sam, piet = await _world_with_employer(database, fake_api)
    assert await _choose_sharing(sam, "Ja, stuur door")
    said = await _choose_sharing(sam, "Nee, niet doorsturen")
    assert said == "Oké. Goed nieuws van je werk gaat alleen naar Anna."

    thanks = await _employer_shares(piet)
    assert thanks == "Dank je! Anna krijgt het te zien."
    await fake_api.wait_for_message(COACH_CHAT, contains="Goed nieuws van Piet")
    assert not [m for m in fake_api.sent_to(YOUTH_CHAT) if "collega" in (m.text or "")]
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and not case.good_news_shared_with_youth


async def test_a_young_person_whose_chat_is_blocked_is_not_promised_the_news(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    _, sam, piet = await _world_with_employer(database, fake_api)
    await _choose_sharing(sam, "Ja, stuur door")
    async with database.transaction() as session:
        youth = (
            await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
        ).one()
        youth.telegram_blocked_at = youth.consent_at

    assert await _employer_shares(piet) == "Dank je! Anna krijgt het te zien."
    await fake_api.wait_for_message(COACH_CHAT, contains="Goed nieuws van Piet")
    assert not [m for m in fake_api.sent_to(YOUTH_CHAT) if "collega" in (m.text or "")]


async def test_only_the_young_person_decides_about_sharing(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, _, piet = await _world_with_employer(database, fake_api)
    await piet.press(await piet.sees("Wat wil je doen?"), "Instellingen")
    choices = await piet.sees("Wat wil je aanpassen?")
    assert "Goed nieuws van je werk" not in labels(choices)
    assert "Mijn gegevens downloaden" in labels(choices)

    answer = await piet.press_data(choices, "v1:settings:goodnewsset:yes")
    assert answer == "Deze knop werkt niet meer."
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and not case.good_news_shared_with_youth
