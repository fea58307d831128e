"""The web channel's own side of the shared dialogue (/me/talk): the menu per role, what is
typed kept and checked, choices that were never offered, CSRF, consent first, crisis words
first, and messages Koers starts itself waiting on the page. Each flow's conversation itself
runs on both channels in test_every_flow_on_both_channels.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.appointments import do_add_appointment, do_add_appointment_as_coach
from core.clock import local, utcnow
from core.db import Database
from core.models import Case, Coach, OutboxMessage, Person, Thread, ThreadMessage
from core.people import membership
from tests import builders
from tests.bot.roles_world import Chat, add_role, family
from tests.fakes.chat import WebChat, read_talk_page
from tests.fakes.fake_bot_api import FakeBotApi
from tests.portal.conftest import Portal, young_person_on_the_web

COACH_CHAT = 7_001
WRONG_TOKEN = "not-the-session-csrf-token-at-all"


@pytest.fixture
async def third_browser(database: Database, portal: Portal) -> AsyncIterator[Portal]:
    """One more browser (own cookie jar): a young person, an employer and a coach at once."""
    client: TestClient[Any, Any] = TestClient(
        portal.client.server, headers={"Origin": portal.base_url}
    )
    yield Portal(client=client, database=database, settings=portal.settings)
    await client.session.close()


async def link_coach_chat(database: Database, coach: Coach) -> None:
    """As if the coach had linked Telegram: their alerts are queued in the outbox."""
    async with database.transaction() as session:
        found = await session.get(Coach, coach.id)
        assert found is not None
        found.telegram_user_id = found.telegram_chat_id = COACH_CHAT


async def coach_alerts(database: Database) -> list[str]:
    async with database.transaction() as session:
        query = select(OutboxMessage.text).where(OutboxMessage.chat_id == COACH_CHAT)
        return list((await session.exec(query.order_by(col(OutboxMessage.id)))).all())


async def threads(database: Database) -> list[Thread]:
    async with database.transaction() as session:
        return list((await session.exec(select(Thread).order_by(col(Thread.id)))).all())


async def bodies(database: Database) -> list[tuple[str, str]]:
    async with database.transaction() as session:
        query = select(ThreadMessage.body, ThreadMessage.channel).order_by(col(ThreadMessage.id))
        return [(body, channel) for body, channel in (await session.exec(query)).all()]


async def person_of(database: Database, member_id: int | None) -> Person:
    async with database.transaction() as session:
        who = await membership(session, member_id or 0)
        assert who is not None
        return who.person


async def employer_of(database: Database, case: Case, browser: Portal) -> int:
    """An employer placed with the young person of `case`, signed in on `browser`."""
    issued = await builders.invite(database, case, role="employer")
    await browser.open_and_agree(issued.web_link or "")
    return issued.member_id or 0


def checked(page: str, name: str, value: str) -> bool:
    return f'name="{name}" value="{value}" checked' in page


# -- the menu and the page ------------------------------------------------------------------


async def test_the_web_menu_offers_each_role_what_the_telegram_menu_offers(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world, _ = await young_person_on_the_web(database, portal)
    await employer_of(database, world.case, second_browser)

    me = await portal.page("/me")
    for choice, label in [
        ("menu:ask", "Vraag stellen"),
        ("menu:concern", "Er is iets"),
        ("menu:appts", "Afspraken"),
        ("menu:coach", "Mijn coach"),
        ("menu:settings", "Instellingen"),
    ]:
        assert f'name="choice" value="{choice}"' in me and f">{label}</button>" in me, label
    assert "menu:report" not in me

    employer = await second_browser.page("/me/talk")
    assert ">Melding doen</button>" in employer and ">Iets goeds melden</button>" in employer
    assert "menu:concern" not in employer and "menu:appts" not in employer
    assert 'href="/me/settings">Mail als je coach antwoordt' in employer

    for old in ("/me/concern", "/me/report", "/me/coach", "/me/appointments", "/me/good-news"):
        moved = await portal.get(old)
        assert moved.status == 303 and moved.headers["Location"] == "/me/talk", old


async def test_a_concern_on_the_web_alerts_the_coach_and_waits_in_the_inbox(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")
    chat = WebChat(portal)

    await chat.press("Er is iets")
    asked = await chat.press("Geld")
    assert "Stoppen" in asked.buttons
    text = "Ik kan de huur niet betalen 😟\nWat moet ik doen?"
    told = await chat.type(text)
    assert "Goed dat je het vertelt." in told and "Vraag stellen" in told.buttons

    (thread,) = await threads(database)
    assert thread.kind == "concern"
    assert await bodies(database) == [(text, "web")]
    (alert,) = await coach_alerts(database)
    assert "Sam" in alert and "huur" in alert
    await second_browser.log_in()
    assert "huur niet betalen" in await second_browser.page("/inbox")


async def test_an_empty_or_too_long_text_is_refused_kindly_and_kept(
    portal: Portal, database: Database
) -> None:
    await young_person_on_the_web(database, portal)
    await WebChat(portal).press("Vraag stellen")

    empty = await portal.send("/me/talk", {"text": "  \r\n "})
    assert empty.status == 400
    assert "Je hebt nog niets getypt." in await empty.text()
    too_long = "ا" * 5_001
    refused = await portal.send("/me/talk", {"text": too_long})
    assert refused.status == 400
    page = await refused.text()
    assert "korter dan 5000 tekens" in page and too_long in page
    assert await threads(database) == []
    # Still in the flow: the next text is the question.
    assert "Anna" in await WebChat(portal).type("Toch een vraag")


async def test_a_long_question_in_arabic_with_emoji_is_stored_whole(
    portal: Portal, database: Database
) -> None:
    await young_person_on_the_web(database, portal)
    chat = WebChat(portal)
    await chat.press("Vraag stellen")
    text = ("عندي سؤال عن العمل 🙏 " * 300)[:4_990] + " 🙂👍"
    await chat.type(text)
    assert await bodies(database) == [(text, "web")]


async def test_a_choice_never_offered_changes_nothing(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    other = await builders.add_case(database, world.coach, first_name="Noor")
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")
    await employer_of(database, world.case, second_browser)

    # Erasure without the "are you sure?" screen, another role's menu, another case's report.
    for browser, choice in [
        (portal, "settings:erasesure"),
        (portal, "menu:report"),
        (second_browser, "menu:concern"),
        (second_browser, f"report:case:{other.id}"),
    ]:
        response = await browser.send("/me/talk", {"choice": choice})
        assert response.status == 303, choice
        shown = read_talk_page(await browser.page("/me/talk"))
        assert "Deze knop werkt niet meer." in shown, choice

    assert await threads(database) == []
    person = await person_of(database, issued.member_id)
    assert person.erasure_requested_at is None


async def test_a_parent_sees_appointments_once_the_young_person_allows_it(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    day = local(utcnow()).date() + timedelta(days=3)
    async with database.transaction() as session:
        await do_add_appointment(
            session,
            case_id=world.case.id or 0,
            what="Gesprek bij het UWV",
            starts_local=datetime(day.year, day.month, day.day, 10, 0),
            where="Kantoor Utrecht",
        )
    parent = await builders.invite(database, world.case, role="parent")
    await portal.open_and_agree(parent.web_link or "")
    youth = await builders.invite(database, world.case)
    await second_browser.open_and_agree(youth.web_link or "")

    assert "menu:appts" not in await portal.page("/me/talk")
    refused = await portal.send("/me/talk", {"choice": "menu:appts"})
    assert refused.status == 303
    assert "Gesprek bij het UWV" not in await portal.page("/me/talk")

    sam = WebChat(second_browser)
    await sam.press("Instellingen")
    await sam.press("Ouders en afspraken")
    assert "Je ouders kunnen je afspraken zien." in await sam.press("Ja, dat mag")

    shown = await WebChat(portal).press("Afspraken")
    assert "Gesprek bij het UWV" in shown and "Kantoor Utrecht" in shown
    assert "Afspraak toevoegen" not in shown.buttons  # only the young person adds


async def test_settings_offer_the_data_as_a_download_on_the_web(
    portal: Portal, database: Database
) -> None:
    await young_person_on_the_web(database, portal)
    chat = WebChat(portal)
    await chat.press("Instellingen")
    await chat.press("Mijn gegevens downloaden")
    page = await portal.page("/me/talk")
    assert 'href="/me/export" download' in page
    download = await portal.get("/me/export")
    assert download.status == 200 and "Sam" in await download.text()


async def test_a_wrong_csrf_token_or_another_site_is_refused_and_nothing_is_recorded(
    portal: Portal, second_browser: Portal, third_browser: Portal, database: Database
) -> None:
    await young_person_on_the_web(database, portal)
    await WebChat(portal).press("Vraag stellen")

    for data in ({"text": "Ik heb schulden."}, {"choice": "menu:settings"}):
        for token in (WRONG_TOKEN, None):
            fields = {**data, "csrf": token} if token else data
            response = await portal.post("/me/talk", fields)
            assert response.status == 403, (data, token)
            assert "Dit formulier is verlopen" in await response.text()
        token = await portal.csrf("/me/talk")
        forged = await portal.post(
            "/me/talk", {**data, "csrf": token}, headers={"Origin": "https://evil.example"}
        )
        assert forged.status == 403
        assert "Dit verzoek kwam niet van deze website" in await forged.text()
    stranger = await third_browser.post("/me/talk", {"text": "Hoi"})
    assert stranger.status == 403
    assert "Vraag je coach om een nieuwe link" in await stranger.text()

    assert await threads(database) == []
    async with database.transaction() as session:
        assert (await session.exec(select(OutboxMessage))).all() == []


async def test_before_consent_the_dialogue_asks_consent_first_and_keeps_what_was_typed(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    response = await portal.get("/me/talk")
    assert response.status == 303 and response.headers["Location"] == "/me"
    response = await portal.send("/me/talk", {"text": "Ik heb schulden."})
    assert response.status == 403
    page = await response.text()
    assert "Dit bewaart Koers over jou:" in page
    assert 'name="text" value="Ik heb schulden."' in page
    assert await threads(database) == []


async def test_crisis_words_before_consent_bring_help_lines_and_an_urgent_alert(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    response = await portal.send("/me/talk", {"text": "ik wil dood"})
    assert response.status == 200
    assert "113" in read_talk_page(await response.text())
    (thread,) = await threads(database)
    assert thread.urgency == "urgent"
    (alert,) = await coach_alerts(database)
    assert alert.startswith("🚨 DRINGEND")


async def test_crisis_words_in_an_employers_report_bring_help_lines_and_an_urgent_alert(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    await employer_of(database, world.case, portal)
    chat = WebChat(portal)
    await chat.press("Melding doen")
    await chat.press("Gedrag")

    text = "Sam zei vandaag: ik wil dood"
    helped = await chat.type(text)
    assert "113" in helped
    (thread,) = await threads(database)
    assert (thread.kind, thread.urgency) == ("concern", "urgent")
    assert await bodies(database) == [(text, "web")]
    (alert,) = await coach_alerts(database)
    assert alert.startswith("🚨 DRINGEND")


async def test_a_message_koers_starts_itself_waits_on_the_web_page(
    portal: Portal, database: Database
) -> None:
    world, _ = await young_person_on_the_web(database, portal)
    day = local(utcnow()).date() + timedelta(days=4)
    async with database.transaction() as session:
        coach = await session.get(Coach, world.coach.id)
        assert coach is not None
        added = await do_add_appointment_as_coach(
            session,
            coach=coach,
            case_id=world.case.id or 0,
            what="Intake bij de bakker",
            starts_local=datetime(day.year, day.month, day.day, 9, 0),
        )
    # The coach is told where it went: not Telegram, the young person's own page.
    assert added.youth_on_page and not added.youth_told
    shown = read_talk_page(await portal.page("/me/talk"))
    assert "Anna heeft een afspraak voor je gemaakt" in shown and "Intake bij de bakker" in shown
    async with database.transaction() as session:
        assert (await session.exec(select(OutboxMessage))).all() == []


async def test_a_parent_of_two_switches_on_the_web_whom_she_talks_about_as_in_telegram(
    portal: Portal, database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await family(database, fake_api)
    petra = Chat(fake_api)
    sam_invite = await builders.invite(database, world.sam, role="parent")
    petra.types(f"/start {sam_invite.code}")
    await petra.press(await petra.sees("welke taal"), "Nederlands")
    await petra.press(await petra.sees("Is dat goed?"), "Ja, dat is goed")
    await add_role(database, petra, world.noor, "parent")
    # The same Petra opens the web link of her invite for Sam.
    await portal.open_web_link(sam_invite.web_link or "")

    chat = WebChat(portal)
    menu = read_talk_page(await portal.page("/me/talk"))
    assert "Je praat nu als ouder van Noor." in menu and "Wissel" in menu.buttons
    choice = await chat.press("Wissel")
    assert "Over wie wil je praten?" in choice
    assert choice.buttons[:2] == ["Ouder van Sam", "Ouder van Noor"]
    now = await chat.press("Ouder van Sam")
    assert "Je praat nu als ouder van Sam." in now
    await chat.press("Vraag stellen")
    assert "Je vraag is ontvangen." in await chat.type("Mag Sam mee op schoolkamp?")
    (thread,) = await threads(database)
    assert thread.case_id == world.sam.id
