"""A coach changes their password in the portal; a weak one gets a kind explanation."""

from __future__ import annotations

from tests import builders
from tests.portal.conftest import Portal


async def test_a_coach_changes_the_password_and_other_browsers_are_logged_out(
    portal: Portal, second_browser: Portal
) -> None:
    await builders.add_coach(portal.database)
    await portal.log_in()
    await second_browser.log_in()

    weak = await portal.send(
        "/account/password",
        {"current": builders.PASSWORD, "new": "password1234", "again": "password1234"},
    )
    assert weak.status == 400 and "makkelijk te raden" in await weak.text()
    wrong = await portal.send(
        "/account/password",
        {
            "current": "niet het wachtwoord",
            "new": "een nieuwe lange zin",
            "again": "een nieuwe lange zin",
        },
    )
    assert wrong.status == 400 and "klopt niet" in await wrong.text()

    changed = await portal.send(
        "/account/password",
        {
            "current": builders.PASSWORD,
            "new": "een nieuwe lange zin",
            "again": "een nieuwe lange zin",
        },
    )
    assert changed.headers["Location"] == "/account/password?done=changed"
    assert (await portal.get("/inbox")).status == 200  # this browser stays signed in
    assert (await second_browser.get("/inbox")).headers["Location"] == "/login"
    await second_browser.log_in(password="een nieuwe lange zin")
