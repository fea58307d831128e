"""The portal in a real browser (Debian's Chromium via Playwright) on a 360 px wide phone."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Page, expect

from core.db import Database
from tests import builders
from tests.portal.conftest import (
    SCREENSHOTS,
    LivePortal,
    ask,
    assert_fits_the_phone,
)

pytestmark = pytest.mark.browser


async def test_a_coach_replies_to_a_question_on_a_phone(
    live_portal: LivePortal, phone: Page, database: Database
) -> None:
    page = phone
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await ask(database, issued.member_id or 0, "Hoe laat is mijn afspraak bij het UWV? 🙂 متى؟")

    await page.goto(f"{live_portal.base_url}/login")
    await page.get_by_label("E-mailadres").fill("anna@koers.test")
    await page.get_by_label("Wachtwoord").fill(builders.PASSWORD)
    await page.get_by_role("button", name="Inloggen").click()
    await expect(page.get_by_role("heading", name="Inbox")).to_be_visible()
    await assert_fits_the_phone(page)

    await page.get_by_role("link", name=re.compile("Sam")).first.click()
    await expect(page.get_by_role("heading", name="Vraag van Sam")).to_be_visible()
    await expect(page.get_by_text("متى؟", exact=False)).to_be_visible()
    await page.get_by_label("Jouw antwoord").fill("Om 14:00. Neem je ID mee 👍")
    await page.get_by_role("button", name="Verstuur antwoord").click()

    await expect(page.get_by_role("status")).to_contain_text("ziet het pas als die de pagina opent")
    await expect(page.get_by_text("Om 14:00. Neem je ID mee 👍")).to_be_visible()
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-coach-thread.png"), full_page=True)

    # The caseload: search by name with the keyboard, on the phone.
    await page.goto(f"{live_portal.base_url}/cases")
    await page.get_by_label("Zoek op naam").fill("sa")
    await page.get_by_label("Zoek op naam").press("Enter")
    await expect(page.get_by_role("status")).to_contain_text("Aantal dossiers: 1")
    await expect(page.locator(".card .title")).to_have_text(["Sam"])
    await page.get_by_text("Meer filters en sorteren").click()
    await page.get_by_label("Sorteer").select_option("contact")
    await page.get_by_role("button", name="Toon").click()
    await expect(page.get_by_label("Zoek op naam")).to_have_value("sa")
    await assert_fits_the_phone(page)


async def test_a_young_person_opens_their_link_and_asks_a_question_on_a_phone(
    live_portal: LivePortal, phone: Page, database: Database
) -> None:
    page = phone
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    path = (issued.web_link or "").removeprefix("http://127.0.0.1:8080")

    await page.goto(f"{live_portal.base_url}{path}")
    await expect(page.get_by_role("heading", name="Welkom bij Koers")).to_be_visible()
    await assert_fits_the_phone(page)
    await page.get_by_role("button", name="Ga verder").click()

    await expect(page.get_by_text("Dit bewaart Koers over jou", exact=False)).to_be_visible()
    await assert_fits_the_phone(page)
    await page.get_by_role("button", name="Ja, dat is goed").click()

    # The dialogue's thanks, and the box to type the question in right below it.
    await expect(page.get_by_role("status")).to_contain_text("Dank je! Je coach is Anna.")
    await page.get_by_label("Typ hier je antwoord of je vraag").fill(
        "Ik heb een brief gekregen over mijn uitkering. Wat moet ik doen? 📄"
    )
    await page.get_by_role("button", name="Verstuur").click()

    status = page.get_by_role("status")
    await expect(status).to_contain_text("Je vraag is ontvangen.")
    await expect(status).to_contain_text("Anna antwoordt uiterlijk")
    await page.get_by_role("link", name="Jouw vragen en antwoorden").click()
    await expect(page.locator(".coach-card")).to_contain_text("Je coach is Anna")
    await expect(page.get_by_text("Wat moet ik doen? 📄", exact=False)).to_be_visible()
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-young-person.png"), full_page=True)
