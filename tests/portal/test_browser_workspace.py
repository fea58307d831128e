"""The coach's workspace in a real browser: the board with 80 cases, the triage inbox and a
case's timeline, on a 360 px phone and on a 1280 px desktop, worked with the keyboard."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page, async_playwright, expect

from core.db import Database
from tests import builders
from tests.portal.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    SCREENSHOTS,
    LivePortal,
    assert_fits_the_phone,
    require_chromium,
)
from tests.portal.test_board import a_caseload_in_every_state
from tests.portal.test_triage_inbox import a_busy_morning

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
async def desktop() -> AsyncIterator[Page]:
    require_chromium()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        context = await browser.new_context(viewport=DESKTOP)
        page = await context.new_page()
        yield page
        await context.close()
        await browser.close()


async def log_in(page: Page, base_url: str, email: str = "anna@koers.test") -> None:
    await page.goto(f"{base_url}/login")
    await page.get_by_label("E-mailadres").fill(email)
    await page.get_by_label("Wachtwoord").fill(builders.PASSWORD)
    await page.get_by_label("Wachtwoord").press("Enter")
    await expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


async def fits(page: Page, width: int) -> None:
    scrolled = await page.evaluate("document.documentElement.scrollWidth")
    assert scrolled <= width, f"{page.url} is {scrolled}px wide: it scrolls sideways"


async def test_a_coach_starts_the_day_from_the_inbox_on_a_phone(
    live_portal: LivePortal, phone: Page, database: Database
) -> None:
    page = phone
    await a_busy_morning(database)
    await log_in(page, live_portal.base_url)
    await expect(page.locator("h3.rank")).to_have_text(
        ["Crisis", "Te laat", "Vandaag", "Later", "Om te lezen"]
    )
    await expect(page.locator(".card .title").first).to_have_text("Noor")
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-inbox.png"), full_page=True)

    # Keyboard only: to "mine", then "only overdue".
    await page.get_by_role("link", name="Van mij").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("link", name="Van mij")).to_have_attribute("aria-current", "page")
    await expect(page.locator(".card .title", has_text="Noor")).to_have_count(0)
    await page.get_by_role("link", name="Alleen te laat").focus()
    await page.keyboard.press("Enter")
    await expect(page.locator(".card .title")).to_have_text(["Sam"])
    await assert_fits_the_phone(page)


async def test_the_board_with_eighty_cases_on_a_phone_and_a_desktop(
    live_portal: LivePortal, phone: Page, desktop: Page, database: Database
) -> None:
    world = await a_caseload_in_every_state(database)
    for number in range(71):
        await builders.add_case(database, world.coach, first_name=f"Jongere {number:02d}")
    for page, width in ((phone, PHONE["width"]), (desktop, DESKTOP["width"])):
        await log_in(page, live_portal.base_url)
        await page.goto(f"{live_portal.base_url}/cases")
        await expect(page.get_by_role("status").first).to_contain_text("Aantal dossiers: 80")
        await expect(page.locator("section.board-group h2")).to_have_text(
            [
                "Vraagt aandacht (5)",
                "Uit beeld (1)",
                "In beeld (1)",
                "In nazorg (1)",
                "Nog op te pakken (72)",
            ]
        )
        await fits(page, width)
    await phone.screenshot(path=str(SCREENSHOTS / "koers-board.png"))
    await desktop.screenshot(path=str(SCREENSHOTS / "koers-board-desktop.png"))

    # Keyboard only: search a name, narrow to a stage.
    page = phone
    await page.get_by_label("Zoek op naam").focus()
    await page.keyboard.type("mila")
    await page.keyboard.press("Enter")
    await expect(page.locator(".card .title")).to_have_text(["Mila"])
    await page.locator(".more-filters summary").focus()
    await page.keyboard.press("Enter")
    await page.get_by_label("Fase").select_option("first_weeks")
    await page.get_by_role("button", name="Toon").press("Enter")
    await expect(page.locator(".card .title")).to_have_text(["Mila"])


async def test_a_case_reads_as_a_timeline_and_its_forms_fold_away(
    live_portal: LivePortal, phone: Page, database: Database
) -> None:
    page = phone
    world = await a_caseload_in_every_state(database)
    await log_in(page, live_portal.base_url)
    await page.goto(f"{live_portal.base_url}/cases/{world.case.id}")
    await expect(page.get_by_label("Nieuwe notitie")).to_be_hidden()  # folded away
    await expect(page.locator(".timeline .event-message_in")).to_contain_text(
        "Sam schreef: Hoe laat is de afspraak?"
    )

    # Open "Fase en uitkomst" with the keyboard, choose, save.
    await page.locator("#journey summary").focus()
    await page.keyboard.press("Enter")
    await page.get_by_label("Fase", exact=True).select_option("first_weeks")
    await page.get_by_label("Uitkomst: waar is de jongere nu?").first.select_option("work")
    await page.locator("#journey").get_by_role("button", name="Bewaar").press("Enter")
    await expect(page.get_by_role("status").first).to_have_text("Bewaard.")
    await expect(page.locator(".timeline .event").first).to_contain_text("Uitkomst: Werk")
    await expect(page.locator(".timeline .event").nth(1)).to_contain_text(
        "Fase: Eerste weken werk of opleiding"
    )
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-case-timeline.png"), full_page=True)

    # A referral, typed with the keyboard; the timeline filters to referrals.
    await page.locator("#new-referral summary").focus()
    await page.keyboard.press("Enter")
    await page.get_by_label("Voor welke hulp").fill("Intake jobcoach")
    await page.get_by_label("Organisatie").fill("Werkpunt")
    await page.get_by_role("button", name="Verwijzing bewaren").press("Enter")
    await expect(page.get_by_role("status").first).to_contain_text("Verwijzing bewaard.")
    await page.get_by_role("link", name="Verwijzingen", exact=True).click()
    await expect(page.locator(".timeline .event p[dir=auto]")).to_have_text(
        ["Verwezen naar Werkpunt: Intake jobcoach"]
    )
