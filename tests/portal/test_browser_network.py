"""A coordinator, as a new user would on a phone in a real browser: imports a school's leavers
file (preview first, then the import), and hands the waiting leavers to a coach with the
keyboard and checkboxes, several at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.async_api import Page, expect
from sqlmodel import col, select

from core.db import Database
from core.models import Case
from tests import builders
from tests.bot.test_warm_handover import the_municipality
from tests.core.test_monitoring import a_year_of_a_team
from tests.portal.conftest import SCREENSHOTS, LivePortal, assert_fits_the_phone
from tests.portal.test_browser_workspace import log_in
from tests.portal.test_leavers_import import a_team_with_a_coordinator

pytestmark = pytest.mark.browser

LEAVERS = (
    "\ufeffLeerlingnummer;Voornaam;Achternaam;Geboortedatum;School;Coach\r\n"
    "601;Sam;Jansen;03-04-2008;Praktijkschool De Baan;\r\n"
    "602;Noor;;;Praktijkschool De Baan;\r\n"
    "603;Aya;;2008-01-31;;\r\n"
    "604;Finn;;;;anna@koers.test\r\n"
)


async def test_a_coordinator_imports_leavers_and_hands_them_out_on_a_phone(
    live_portal: LivePortal, phone: Page, database: Database, tmp_path: Path
) -> None:
    page = phone
    anna, _ = await a_team_with_a_coordinator(database)
    leavers = tmp_path / "leerlingen 2027.csv"
    leavers.write_bytes(LEAVERS.encode("utf-8"))
    await log_in(page, live_portal.base_url, "carla@koers.test")

    await page.get_by_role("link", name="Team", exact=True).click()
    await page.get_by_role("link", name="Leerlingen importeren").click()
    await page.get_by_label("Bestand (CSV uit Excel)").set_input_files(str(leavers))
    await page.get_by_role("button", name="Bekijk het bestand").click()
    await expect(page.locator("#count-imported")).to_have_text("4")
    await expect(page.locator("#preview tbody tr")).to_have_count(4)
    await expect(page.get_by_text("Deze kolom slaat Koers niet op")).to_contain_text("Achternaam")
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-import-preview.png"), full_page=True)

    await page.get_by_role("button", name="Importeren").click()
    await expect(page.get_by_text("Klaar. De leerlingen staan in Koers.")).to_be_visible()
    await page.get_by_role("link", name="Verdeel wie ze oppakt").click()
    await expect(page.locator("#to-hand-out li")).to_have_count(3)
    await assert_fits_the_phone(page)

    await page.get_by_label("Geef aan").select_option(label="Anna (1)")
    await page.get_by_label("Sam").check()
    await page.get_by_label("Noor").focus()
    await page.keyboard.press("Space")
    await page.screenshot(path=str(SCREENSHOTS / "koers-hand-out.png"), full_page=True)
    await page.get_by_role("button", name="Verdelen").click()
    await expect(page.get_by_role("status")).to_contain_text("(2)")
    await expect(page.locator("#to-hand-out li")).to_have_count(1)

    async with database.transaction() as session:
        cases = (await session.exec(select(Case).order_by(col(Case.external_id)))).all()
    assert [(c.first_name, c.coach_id) for c in cases] == [
        ("Sam", anna.id),
        ("Noor", anna.id),
        ("Aya", None),
        ("Finn", anna.id),
    ]

    # The team page: Anna now has three cases; it fits the phone.
    await page.get_by_role("link", name="Team", exact=True).click()
    await expect(page.locator(f"#coach-{anna.id} .caseload")).to_have_text("3")
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-team.png"), full_page=True)


async def test_a_coordinator_reads_the_networks_figures_on_a_phone(
    live_portal: LivePortal, phone: Page, database: Database
) -> None:
    page = phone
    team_id = await a_year_of_a_team(database)
    await builders.add_coordinator(database, team_id=team_id)
    await log_in(page, live_portal.base_url, "carla@koers.test")
    await page.get_by_role("link", name="Cijfers").click()
    await expect(page.locator("#figure-active")).to_have_text("6")
    charts = page.locator("img.chart")
    await expect(charts).to_have_count(3)
    for index in range(3):
        drawn = await charts.nth(index).evaluate("img => img.complete && img.naturalWidth > 0")
        assert drawn, f"chart {index} was not drawn"
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-stats.png"), full_page=True)

    await page.get_by_label("Over").select_option(index=1)
    await page.get_by_role("button", name="Toon").click()
    await expect(page.locator("#figure-waiting")).to_have_text("< 5")


async def test_a_coach_hands_a_case_to_the_municipality_and_it_is_taken_on(
    live_portal: LivePortal, phone: Page, database: Database
) -> None:
    page = phone
    world = await builders.coach_with_case(database)
    carla, bram = await the_municipality(database)
    await log_in(page, live_portal.base_url)
    await page.goto(f"{live_portal.base_url}/cases/{world.case.id}")
    await page.get_by_text("Dossier overdragen aan een ander team").click()
    await page.get_by_label("Naar team").select_option(label="Jongerenloket (Gemeente Utrecht)")
    await page.get_by_label("Het verhaal tot nu toe").fill("Sam wil graag in de zorg werken.")
    await page.get_by_label("Waar op te letten").fill("Niet bellen voor tien uur.")
    await page.get_by_role("button", name="Overdracht voorstellen").click()
    await expect(page.get_by_role("status")).to_contain_text("Vraag het in een gesprek")
    await page.get_by_text("De jongere gaf antwoord in een gesprek").click()
    await page.get_by_label("Het verhaal tot nu toe", exact=True).last.check()
    await page.get_by_role("button", name="Antwoord opslaan").click()
    await expect(page.locator("#handover").locator("..")).to_contain_text("akkoord")
    await assert_fits_the_phone(page)

    await page.get_by_role("button", name="Uitloggen").click()
    await log_in(page, live_portal.base_url, "carla@utrecht.test")
    await page.get_by_role("link", name="Team", exact=True).click()
    incoming = page.locator("li.card", has_text="Sam")
    await expect(incoming).to_contain_text("Sam wil graag in de zorg werken.")
    await expect(incoming).not_to_contain_text("Niet bellen voor tien uur.")
    await incoming.get_by_label("Nieuwe coach").select_option(label="Bram (0)")
    await incoming.get_by_role("button", name="Overnemen").click()
    await expect(page.get_by_role("status")).to_contain_text("Overgenomen")
    await assert_fits_the_phone(page)
    await page.screenshot(path=str(SCREENSHOTS / "koers-handover-taken.png"), full_page=True)
    async with database.transaction() as session:
        cases = (await session.exec(select(Case).order_by(col(Case.id)))).all()
    assert [(c.team_id, c.coach_id, c.status) for c in cases] == [
        (world.coach.team_id, world.coach.id, "closed"),
        (bram.team_id, bram.id, "active"),
    ]
    assert carla.is_coordinator
