"""Portal security: CSRF tokens, the Origin check, headers, and malformed requests."""

from __future__ import annotations

import logging

import pytest
from aiohttp import web
from sqlmodel import select

from core.db import Database
from core.models import Case, Person, Thread, ThreadMessage
from tests import builders
from tests.portal.conftest import Portal, ask


@pytest.mark.parametrize("csrf", [None, "", "wrong-token-wrong-token"])
async def test_a_post_without_the_right_csrf_token_is_refused_and_changes_nothing(
    portal: Portal, database: Database, csrf: str | None
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Hoi")
    await portal.log_in()
    extra = {} if csrf is None else {"csrf": csrf}

    attempts = [
        (f"/threads/{thread_id}/reply", {"text": "Antwoord"}),
        (f"/threads/{thread_id}/take", {}),
        (f"/threads/{thread_id}/close", {}),
        ("/cases", {"first_name": "Mo"}),
        (f"/cases/{world.case.id}/invites", {"role": "parent"}),
        ("/logout", {}),
    ]
    for path, data in attempts:
        response = await portal.post(path, {**data, **extra})
        assert response.status == 403, path
        assert "Dit formulier is verlopen" in await response.text()

    async with database.transaction() as session:
        thread = await session.get(Thread, thread_id)
        assert thread is not None and thread.status == "open" and thread.taken_by_coach_id is None
        assert len((await session.exec(select(ThreadMessage))).all()) == 1
        assert len((await session.exec(select(Case))).all()) == 1
    assert (await portal.get("/inbox")).status == 200  # still logged in


async def test_a_person_post_without_csrf_is_refused(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")
    response = await portal.post("/me/consent", {"answer": "yes", "csrf": "nope-nope-nope-nope"})
    assert response.status == 403
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is None

    await portal.answer_consent("yes")
    response = await portal.post("/me/ask", {"text": "Hoi", "csrf": "nope-nope-nope-nope"})
    assert response.status == 403
    async with database.transaction() as session:
        assert (await session.exec(select(Thread))).all() == []


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "http://127.0.0.1:1"},
        {"Origin": "null"},
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
        {"Referer": "https://evil.example/page"},
    ],
)
async def test_a_cross_origin_post_is_refused(
    portal: Portal, database: Database, headers: dict[str, str]
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.log_in()
    token = await portal.csrf()
    if "Origin" not in headers:
        headers = {**headers, "Origin": ""}

    response = await portal.post("/cases", {"first_name": "Mo", "csrf": token}, headers=headers)
    assert response.status == 403
    assert "Dit verzoek kwam niet van deze website" in await response.text()
    login = await portal.post(
        "/login", {"email": "anna@koers.test", "password": builders.PASSWORD}, headers=headers
    )
    assert login.status == 403
    web = (issued.web_link or "").removeprefix("http://127.0.0.1:8080")
    assert (await portal.post(web, headers=headers)).status == 403
    async with database.transaction() as session:
        assert len((await session.exec(select(Case))).all()) == 1
    assert (await portal.get(web)).status == 200  # the link was not spent


async def test_the_confirm_form_posts_with_a_null_origin_but_same_origin_fetch_metadata(
    portal: Portal, database: Database
) -> None:
    """Referrer-Policy: no-referrer makes browsers send `Origin: null`; Sec-Fetch-Site decides."""
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    web = (issued.web_link or "").removeprefix("http://127.0.0.1:8080")
    headers = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    response = await portal.post(web, headers=headers)
    assert response.status == 303 and response.headers["Location"] == "/me"


@pytest.mark.parametrize("path", ["/login", "/inbox", "/nope", "/static/koers.css", "/healthz"])
async def test_every_response_carries_the_security_headers(portal: Portal, path: str) -> None:
    response = await portal.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["Referrer-Policy"] == "same-origin"


async def test_pages_carry_no_inline_script_or_style(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Hoi")
    await portal.log_in()
    for path in ("/login", "/inbox", f"/threads/{thread_id}", "/cases", f"/cases/{world.case.id}"):
        page = await portal.page(path)
        assert "<script" not in page and "style=" not in page and "<style" not in page, path


@pytest.mark.parametrize(
    "path",
    [
        "/threads/abc",
        "/threads/0",
        "/threads/99999999999999999999",
        "/threads/2147483648",
        "/threads/-1",
        "/threads/%F0%9F%98%80",
        "/cases/99999",
        "/cases/1.5",
        "/w/%FF%FE",
        "/w/" + "A" * 300,
    ],
)
async def test_malformed_or_unknown_paths_get_a_kind_404_page(
    portal: Portal, database: Database, path: str
) -> None:
    await builders.coach_with_case(database)
    await portal.log_in()
    response = await portal.get(path)
    assert response.status == 404
    assert "text/html" in response.headers["Content-Type"]
    assert "Traceback" not in await response.text()


async def test_malformed_posts_get_a_kind_400_page(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Hoi")
    await portal.log_in()
    token = await portal.csrf()
    form = {"Content-Type": "application/x-www-form-urlencoded"}

    cases = [
        ("/login", b"email=a%40b.nl", form),  # no password
        (f"/threads/{thread_id}/reply", f"csrf={token}".encode(), form),  # no text
        (f"/threads/{thread_id}/reply", f"csrf={token}&text=\xff\xfe".encode("latin-1"), form),
        (f"/threads/{thread_id}/reply", f"csrf={token}&text=a%00b".encode(), form),
        ("/cases", f"csrf={token}&first_name=Mo&birth_date=31-31-2020".encode(), form),
        ("/cases", f"csrf={token}&first_name=".encode(), form),
        (f"/cases/{world.case.id}/invites", f"csrf={token}&role=boss".encode(), form),
        (
            f"/cases/{world.case.id}/invites",
            f"csrf={token}&role=parent".encode(),
            {"Content-Type": "application/x-www-form-urlencoded; charset=nonsense"},
        ),
    ]
    for path, body, headers in cases:
        response = await portal.post_raw(path, body, headers)
        assert response.status == 400, (path, body, response.status)
    async with database.transaction() as session:
        assert len((await session.exec(select(ThreadMessage))).all()) == 1


async def test_an_oversized_body_gets_a_413_page(portal: Portal, database: Database) -> None:
    await builders.coach_with_case(database)
    await portal.log_in()
    token = await portal.csrf()
    response = await portal.post("/cases", {"csrf": token, "first_name": "x" * (2 * 1024 * 1024)})
    assert response.status == 413
    assert "te veel tekst" in await response.text()


def test_the_access_log_never_shows_a_web_link_token(caplog: pytest.LogCaptureFixture) -> None:
    from aiohttp.test_utils import make_mocked_request

    from portal.app import PortalAccessLogger

    logger = logging.getLogger("test.portal.access")
    request = make_mocked_request("GET", "/w/SECRETSECRETSECRET1234?x=1")
    with caplog.at_level(logging.INFO, logger="test.portal.access"):
        PortalAccessLogger(logger, "").log(request, web.Response(status=200), 0.01)
    assert "SECRET" not in caplog.text and "GET /w/… 200" in caplog.text


async def test_a_wrong_method_gets_a_405_page(portal: Portal) -> None:
    response = await portal.client.put("/inbox", allow_redirects=False)
    assert response.status == 405
    assert "Dit adres werkt niet zo" in await response.text()
