"""The dialogue on the web page, in a real browser on a 360 px wide phone, without JavaScript:
the same flows as in Telegram, with buttons as buttons and typing in a text box."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page, async_playwright, expect
from sqlmodel import select

from core.actions.questions import do_close_thread, do_reply_to_thread
from core.db import Database
from core.mail import WebReach
from core.models import Channel, Coach, Thread, ThreadMessage
from tests import builders
from tests.portal.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    SCREENSHOTS,
    LivePortal,
    ask,
    assert_fits_the_phone,
    require_chromium,
)

pytestmark = pytest.mark.browser


@pytest.fixture
async def phone_without_javascript() -> AsyncIterator[Page]:
    """A cheap phone's browser with JavaScript off: every step must work with plain forms."""
    require_chromium()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        context = await browser.new_context(
            viewport=PHONE, device_scale_factor=2, is_mobile=True, java_script_enabled=False
        )
        page = await context.new_page()
        yield page
        await context.close()
        await browser.close()


async def test_a_young_person_tells_their_coach_something_is_wrong_on_a_phone(
    live_portal: LivePortal,
    phone_without_javascript: Page,
    database: Database,
) -> None:
    page = phone_without_javascript
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    path = (issued.web_link or "").removeprefix("http://127.0.0.1:8080")

    await page.goto(f"{live_portal.base_url}{path}")
    await page.get_by_role("button", name="Ga verder").click()
    await page.get_by_role("button", name="Ja, dat is goed").click()
    menu = page.get_by_role("navigation", name="Wat wil je doen?")
    await expect(menu).to_be_visible()
    await assert_fits_the_phone(page)

    await menu.get_by_role("button", name="Er is iets").click()
    await expect(page.get_by_text("Waar gaat het over?", exact=False)).to_be_visible()
    await assert_fits_the_phone(page)
    await page.locator("section.talk").get_by_role("button", name="Geld").click()

    # Only spaces typed: the page says what is missing and the question stays.
    await page.get_by_label("Typ hier je antwoord of je vraag").fill("   ")
    await page.get_by_role("button", name="Verstuur").click()
    await expect(page.get_by_role("alert")).to_contain_text("Je hebt nog niets getypt.")
    await assert_fits_the_phone(page)

    text = "Ik heb een brief van de deurwaarder gekregen 😟 رسالة"
    await page.get_by_label("Typ hier je antwoord of je vraag").fill(text)
    await page.get_by_role("button", name="Verstuur").click()

    talk = page.locator("section.talk")
    await expect(talk).to_contain_text("Goed dat je het vertelt.")
    await expect(talk).to_contain_text(re.compile(r"Anna kijkt ernaar en reageert uiterlijk \w+"))
    await expect(page.get_by_role("navigation", name="Wat wil je doen?")).to_be_visible()
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-web-concern.png"), full_page=True)

    # The same dialogue in Arabic runs right to left and still fits the phone.
    await menu.get_by_role("button", name="Instellingen").click()
    await talk.get_by_role("button", name="Taal").click()
    await talk.get_by_role("button", name="العربية").click()
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await expect(page.locator("html")).to_have_attribute("lang", "ar")
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-web-talk-ar.png"), full_page=True)

    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        message = (await session.exec(select(ThreadMessage))).one()
    assert (thread.kind, thread.category) == ("concern", "money")
    assert (message.body, message.channel) == (text, "web")


async def test_a_parent_leaves_an_email_address_and_reads_a_closed_answer_on_a_phone(
    live_portal: LivePortal,
    phone_without_javascript: Page,
    database: Database,
) -> None:
    page = phone_without_javascript
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent")
    path = (issued.web_link or "").removeprefix("http://127.0.0.1:8080")

    await page.goto(f"{live_portal.base_url}{path}")
    await page.get_by_role("button", name="Ga verder").click()
    await page.get_by_role("button", name="Ja, dat is goed").click()
    await expect(page.get_by_role("status")).to_contain_text("De coach van Sam is Anna.")

    await page.get_by_role("link", name="Mail als je coach antwoordt").click()
    await expect(page.get_by_role("heading", name="Mail als je coach antwoordt")).to_be_visible()
    await page.get_by_label("Je e-mailadres").fill("ouder@example.test")
    await page.get_by_role("button", name="Opslaan").last.click()
    # Without the tick nothing is stored: the browser's own check holds the form back.
    await expect(page.get_by_label("Je e-mailadres")).to_have_value("ouder@example.test")
    await page.get_by_label("Ja, Koers mag me mailen als er een antwoord is").check()
    await page.get_by_role("button", name="Opslaan").last.click()
    await expect(page.get_by_role("status")).to_contain_text("mailt Koers je op ouder@example.test")
    await assert_fits_the_phone(page)

    thread_id = await ask_and_answer(database, issued.member_id or 0, world)
    await page.goto(f"{live_portal.base_url}/me")
    await expect(page.get_by_text("Tot dinsdag, ik bel je.")).to_be_visible()
    await expect(page.locator("article.closed")).to_contain_text("Afgesloten")
    await assert_fits_the_phone(page)
    assert thread_id > 0


async def ask_and_answer(database: Database, member_id: int, world: builders.World) -> int:
    """The parent asks, the coach answers and closes the thread."""
    thread_id = await ask(database, member_id, "Kunnen we bellen?")
    async with database.transaction() as session:
        coach = await session.get(Coach, world.coach.id)
        assert coach is not None
        await do_reply_to_thread(
            session,
            coach=coach,
            thread_id=thread_id,
            text="Tot dinsdag, ik bel je.",
            channel=Channel.PORTAL,
            reach=WebReach("http://127.0.0.1:8080"),
        )
        await do_close_thread(session, coach=coach, thread_id=thread_id)
    return thread_id
