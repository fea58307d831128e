"""Portal fixtures: the real app on 127.0.0.1 against the test database, and a small client."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer
from playwright.async_api import Page, async_playwright
from pydantic import SecretStr
from sqlmodel import select

from bot.app import TelegramService
from core.actions.invites import IssuedInvite
from core.actions.questions import do_receive_message
from core.config import Settings
from core.db import Database
from core.models import Channel, Person
from core.people import membership
from portal.app import PortalAccessLogger, create_app
from portal.security import COOKIE_NAME
from tests import builders

WEBHOOK_SECRET = "test-webhook-secret_123"
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Portal:
    """A browser-like client of the portal: same-origin requests, a cookie jar, no redirects."""

    client: TestClient[Any, Any]
    database: Database
    settings: Settings

    @property
    def base_url(self) -> str:
        return self.settings.base_url

    async def get(self, path: str, **kwargs: Any) -> ClientResponse:
        return await self.client.get(path, allow_redirects=False, **kwargs)

    async def post(
        self, path: str, data: dict[str, str] | None = None, **kwargs: Any
    ) -> ClientResponse:
        return await self.client.post(path, data=data or {}, allow_redirects=False, **kwargs)

    async def post_raw(self, path: str, body: bytes, headers: dict[str, str]) -> ClientResponse:
        return await self.client.post(path, data=body, headers=headers, allow_redirects=False)

    async def page(self, path: str) -> str:
        response = await self.get(path)
        assert response.status == 200, (path, response.status, await response.text())
        return await response.text()

    async def csrf(self, path: str = "/inbox") -> str:
        found = CSRF_FIELD.search(await self.page(path))
        assert found, f"no CSRF field on {path}"
        return found.group(1)

    async def send(self, path: str, data: dict[str, str] | None = None) -> ClientResponse:
        """A form POST as the browser sends it from a page: with the session's CSRF token."""
        token = await self.csrf("/me" if path.startswith("/me") else "/inbox")
        return await self.post(path, {**(data or {}), "csrf": token})

    async def log_in(
        self, email: str = "anna@koers.test", password: str = builders.PASSWORD
    ) -> ClientResponse:
        response = await self.post("/login", {"email": email, "password": password})
        assert response.status == 303, await response.text()
        return response

    async def open_web_link(self, web_link: str) -> ClientResponse:
        path = web_link.removeprefix(self.base_url).removeprefix("http://127.0.0.1:8080")
        response = await self.post(path)
        assert response.status == 303, await response.text()
        return response

    async def answer_consent(self, answer: str = "yes", **extra: str) -> ClientResponse:
        """Presses a button of the consent question on /me (as the browser sends it)."""
        return await self.send("/me/consent", {"answer": answer, **extra})

    async def open_and_agree(self, web_link: str) -> ClientResponse:
        """Opens a web link and says yes to the consent question: the page to ask on is next."""
        await self.open_web_link(web_link)
        response = await self.answer_consent("yes")
        assert response.status == 303, await response.text()
        return response

    def another_browser(self) -> Portal:
        """Another browser (own cookie jar) on the same running portal; close its session."""
        client: TestClient[Any, Any] = TestClient(
            self.client.server, headers={"Origin": self.base_url}
        )
        return Portal(client=client, database=self.database, settings=self.settings)

    def session_cookie(self) -> str | None:
        for cookie in self.client.session.cookie_jar:
            if cookie.key == COOKIE_NAME:
                return cookie.value
        return None


@pytest.fixture
def portal_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"port": free_port(), "webhook_secret": WEBHOOK_SECRET})


async def _client(
    app_settings: Settings, database: Database, **app_kwargs: Any
) -> TestClient[Any, Any]:
    app = create_app(app_settings, database, **app_kwargs)
    server = TestServer(app, host="127.0.0.1", port=app_settings.port)
    client: TestClient[Any, Any] = TestClient(server, headers={"Origin": app_settings.base_url})
    await client.start_server()
    return client


@pytest.fixture
async def portal(database: Database, portal_settings: Settings) -> AsyncIterator[Portal]:
    client = await _client(portal_settings, database)
    yield Portal(client=client, database=database, settings=portal_settings)
    await client.close()


@pytest.fixture
async def second_browser(database: Database, portal: Portal) -> AsyncIterator[Portal]:
    """Another browser (own cookie jar) on the same running portal."""
    other = portal.another_browser()
    yield other
    await other.client.session.close()


@pytest.fixture
async def telegram_portal(
    database: Database, portal_settings: Settings, telegram: TelegramService
) -> AsyncIterator[Portal]:
    """The portal with Koers's Telegram side attached (webhook route on)."""
    # The service was started from the shared settings; the webhook checks its bot's secret,
    # which the portal's settings name.
    telegram.identity = replace(telegram.identity, webhook_secret=SecretStr(WEBHOOK_SECRET))
    client = await _client(portal_settings, database, telegram=telegram)
    yield Portal(client=client, database=database, settings=portal_settings)
    await client.close()


async def young_person_on_the_web(
    database: Database, browser: Portal, *, email: str | None = None
) -> tuple[builders.World, IssuedInvite]:
    """Anna's case of Sam, whose web link is opened in `browser` and consent given."""
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, email=email)
    await browser.open_and_agree(issued.web_link or "")
    return world, issued


async def link_telegram(database: Database, person_id: int, chat_id: int) -> None:
    """As if the person had linked their chat with /start: their replies go to Telegram."""
    async with database.transaction() as session:
        person = (await session.exec(select(Person).where(Person.id == person_id))).one()
        person.telegram_user_id, person.telegram_chat_id = chat_id, chat_id


async def ask(database: Database, member_id: int, text: str) -> int:
    """The member writes to their coach, stored as the bot stores a Telegram message."""
    async with database.transaction() as session:
        who = await membership(session, member_id)
        assert who is not None
        received = await do_receive_message(
            session, who=who, text=text, channel=Channel.TELEGRAM, base_url="http://x"
        )
        return received.thread.id or 0


async def person_id_of(database: Database, member_id: int) -> int:
    """The person behind a case member."""
    async with database.transaction() as session:
        who = await membership(session, member_id)
        assert who is not None
        return who.person.id or 0


# The browser: Debian's Chromium through Playwright (never a downloaded browser).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
]
PHONE = {"width": 360, "height": 780}
# Where the browser tests leave their screenshots (the README's come from a run with
# KOERS_SCREENSHOTS=docs/screenshots).
SCREENSHOTS = Path(os.environ.get("KOERS_SCREENSHOTS", "/tmp"))


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = (
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); "
        "if it is being installed right now, /tmp/apt.log ends with 'apt done' when ready. "
        "Never run `playwright install`."
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class LivePortal:
    base_url: str
    database: Database


@pytest.fixture
async def live_portal(database: Database, settings: Settings) -> AsyncIterator[LivePortal]:
    """The portal served by a real AppRunner on 127.0.0.1, on a port the OS picks."""
    require_chromium()
    portal_settings = settings.model_copy()
    runner = web.AppRunner(
        create_app(portal_settings, database), access_log_class=PortalAccessLogger
    )
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    # Links and the Origin check follow the port the server really listens on.
    portal_settings.port = port
    yield LivePortal(base_url=f"http://{host}:{port}", database=database)
    await runner.cleanup()


@pytest.fixture
async def phone() -> AsyncIterator[Page]:
    require_chromium()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        context = await browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
        page = await context.new_page()
        yield page
        await context.close()
        await browser.close()


async def assert_fits_the_phone(page: Page) -> None:
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"page is {width}px wide: it scrolls sideways on a phone"
