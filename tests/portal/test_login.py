"""Coaches signing in and out of the portal: kind errors, throttling, fresh session ids."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from core.clock import utcnow
from core.db import Database
from core.models import WebSession
from core.tokens import hash_token
from tests import builders
from tests.portal.conftest import Portal


async def test_the_front_door_sends_a_visitor_to_the_login_page(portal: Portal) -> None:
    response = await portal.get("/")
    assert response.status == 303
    assert response.headers["Location"] == "/login"
    assert (await portal.get("/inbox")).headers["Location"] == "/login"


async def test_a_coach_logs_in_and_lands_in_the_inbox(portal: Portal) -> None:
    await builders.add_coach(portal.database)
    response = await portal.log_in()
    assert response.headers["Location"] == "/inbox"
    cookie = response.headers["Set-Cookie"]
    assert "koers_session=" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Path=/" in cookie
    page = await portal.page("/inbox")
    assert "Open vragen" in page and "Uitloggen" in page
    assert (await portal.get("/")).headers["Location"] == "/inbox"


async def test_a_wrong_password_shows_a_kind_error_and_keeps_the_email(portal: Portal) -> None:
    await builders.add_coach(portal.database)
    response = await portal.post(
        "/login", {"email": "anna@koers.test", "password": "not the password"}
    )
    assert response.status == 200
    page = await response.text()
    assert "Dat e-mailadres of wachtwoord klopt niet" in page
    assert 'value="anna@koers.test"' in page
    assert "not the password" not in page
    assert portal.session_cookie() is None


async def test_six_failed_logins_are_throttled_even_with_the_right_password(
    portal: Portal,
) -> None:
    await builders.add_coach(portal.database)
    for _ in range(6):
        await portal.post("/login", {"email": "anna@koers.test", "password": "wrong guess"})
    response = await portal.post(
        "/login", {"email": "anna@koers.test", "password": builders.PASSWORD}
    )
    assert response.status == 429
    assert "Te veel pogingen" in await response.text()
    assert portal.session_cookie() is None


async def test_the_session_id_changes_at_login_and_the_old_one_stops_working(
    portal: Portal, second_browser: Portal
) -> None:
    await builders.add_coach(portal.database)
    await portal.log_in()
    first = portal.session_cookie()
    await portal.log_in()
    second = portal.session_cookie()
    assert first and second and first != second

    second_browser.client.session.cookie_jar.update_cookies({"koers_session": first})
    assert (await second_browser.get("/inbox")).headers["Location"] == "/login"
    assert (await portal.get("/inbox")).status == 200


async def test_logging_out_ends_the_session(portal: Portal, database: Database) -> None:
    await builders.add_coach(database)
    await portal.log_in()
    token = portal.session_cookie()
    assert token

    response = await portal.send("/logout")
    assert response.status == 303
    assert response.headers["Location"] == "/login"
    assert portal.session_cookie() is None
    async with database.transaction() as session:
        record = (
            await session.exec(select(WebSession).where(WebSession.token_hash == hash_token(token)))
        ).one()
        assert record.ended_at is not None
    portal.client.session.cookie_jar.update_cookies({"koers_session": token})
    assert (await portal.get("/inbox")).headers["Location"] == "/login"


async def test_an_idle_session_ends_and_sends_the_coach_to_the_login_page(
    portal: Portal, database: Database
) -> None:
    await builders.add_coach(database)
    await portal.log_in()
    token = portal.session_cookie() or ""
    idle = timedelta(minutes=portal.settings.session_idle_minutes + 1)
    async with database.transaction() as session:
        record = (
            await session.exec(select(WebSession).where(WebSession.token_hash == hash_token(token)))
        ).one()
        record.last_seen_at = utcnow() - idle

    assert (await portal.get("/inbox")).headers["Location"] == "/login"
    async with database.transaction() as session:
        record = (
            await session.exec(select(WebSession).where(WebSession.token_hash == hash_token(token)))
        ).one()
        assert record.ended_at is not None


async def test_secure_settings_name_the_cookie_with_the_host_prefix(
    portal: Portal, database: Database
) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from portal.app import create_app

    secure = portal.settings.model_copy(update={"public_url": "https://koers.example"})
    await builders.add_coach(database)
    app = create_app(secure, database)
    async with TestClient(TestServer(app), headers={"Origin": "https://koers.example"}) as client:
        response = await client.post(
            "/login",
            data={"email": "anna@koers.test", "password": builders.PASSWORD},
            allow_redirects=False,
        )
        assert response.status == 303
        cookie = response.headers["Set-Cookie"]
        assert cookie.startswith("__Host-koers_session=")
        assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/" in cookie
        assert "Domain" not in cookie
        assert response.headers["Strict-Transport-Security"].startswith("max-age=")
