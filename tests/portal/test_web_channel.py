"""The web channel: a magic link, its confirm page, a person's own page, asking a question."""

from __future__ import annotations

from sqlmodel import select

from core.db import Database
from core.models import Thread, ThreadMessage, WebLink
from tests import builders
from tests.portal.conftest import Portal


def path_of(web_link: str | None) -> str:
    assert web_link
    return web_link.removeprefix("http://127.0.0.1:8080")


async def test_the_confirm_page_changes_nothing_and_leaks_no_referrer(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)

    for _ in range(2):  # a mail scanner, then the person
        response = await portal.get(path_of(issued.web_link))
        assert response.status == 200
        assert response.headers["Referrer-Policy"] == "no-referrer"
        page = await response.text()
        assert "Ga verder" in page and f'action="{path_of(issued.web_link)}"' in page
    assert portal.session_cookie() is None
    async with database.transaction() as session:
        link = (await session.exec(select(WebLink))).one()
        assert link.exchanged_at is None

    await portal.open_web_link(issued.web_link or "")
    assert portal.session_cookie() is not None


async def test_a_web_link_works_once_and_then_gets_a_kind_410_page(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)

    response = await portal.open_web_link(issued.web_link or "")
    assert response.headers["Location"] == "/me"
    again = await second_browser.post(path_of(issued.web_link))
    assert again.status == 410
    assert "Vraag je coach om een nieuwe link" in await again.text()
    assert second_browser.session_cookie() is None
    shown = await second_browser.get(path_of(issued.web_link))
    assert shown.status == 410
    assert shown.headers["Referrer-Policy"] == "no-referrer"


async def test_unknown_and_expired_links_get_kind_pages(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    expired = await builders.invite(database, world.case, days=-1)

    unknown = await portal.get("/w/AAAAAAAAAAAAAAAAAAAAAA")
    assert unknown.status == 404
    assert "Deze link werkt niet" in await unknown.text()
    assert (await portal.get("/w/not%20a%20token")).status == 404
    response = await portal.get(path_of(expired.web_link))
    assert response.status == 410
    assert "Deze link is verlopen" in await response.text()
    assert (await portal.post(path_of(expired.web_link))).status == 410


async def test_a_person_sees_their_coach_and_asks_a_question_that_reaches_the_inbox(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent")
    await portal.open_web_link(issued.web_link or "")

    me = await portal.page("/me")
    assert "Je coach is <strong>Anna</strong>" in me and "Stel je vraag" in me
    assert '<html lang="nl" dir="ltr">' in me and "<h1>Hoi!</h1>" in me

    response = await portal.send("/me/ask", {"text": "Wanneer is het gesprek op school?"})
    assert response.status == 303
    confirmation = await portal.page(response.headers["Location"])
    assert "Je vraag is ontvangen." in confirmation
    assert "Anna antwoordt uiterlijk" in confirmation
    assert "Wanneer is het gesprek op school?" in confirmation

    response = await portal.send("/me/ask", {"text": "En mag mijn zoon mee?"})
    added = await portal.page(response.headers["Location"])
    assert "Je bericht is erbij gezet. Anna ziet het." in added

    await second_browser.log_in()
    inbox = await second_browser.page("/inbox")
    assert "Wanneer is het gesprek op school?" in inbox
    assert "de ouder van Sam" in inbox and "ouder · dossier Sam" in inbox
    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        channels = (await session.exec(select(ThreadMessage.channel))).all()
        assert channels == ["web", "web"]

    response = await second_browser.send(
        f"/threads/{thread.id}/reply", {"text": "Dinsdag om 10 uur. Hij mag mee!"}
    )
    assert response.headers["Location"] == f"/threads/{thread.id}?done=sent_web"
    me = await portal.page("/me")
    assert "Dinsdag om 10 uur. Hij mag mee!" in me
    assert me.index("Wanneer is het gesprek") < me.index("Dinsdag om 10 uur")


async def test_a_long_question_with_emoji_and_arabic_is_stored_whole(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")
    piece = "Hoi 👋🏽 مرحبا كيف حالك؟\nregel twee "
    text = (piece * (5_000 // len(piece) + 1))[:5_000]
    assert len(text) == 5_000

    response = await portal.send("/me/ask", {"text": text.replace("\n", "\r\n")})
    assert response.status == 303
    async with database.transaction() as session:
        stored = (await session.exec(select(ThreadMessage.body))).one()
    assert stored == text
    page = await portal.page("/me")
    assert "مرحبا كيف حالك؟" in page and "👋🏽" in page


async def test_an_empty_or_too_long_question_gets_a_kind_error(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    empty = await portal.send("/me/ask", {"text": "  \r\n "})
    assert empty.status == 400
    assert "Je vraag is nog leeg" in await empty.text()
    too_long = await portal.send("/me/ask", {"text": "a" * 5_001})
    assert too_long.status == 400
    page = await too_long.text()
    assert "Je vraag is te lang" in page and "a" * 5_001 in page
    async with database.transaction() as session:
        assert (await session.exec(select(Thread))).all() == []


async def test_a_person_logs_out_and_then_needs_a_new_link(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    response = await portal.send("/me/logout")
    assert response.status == 200
    assert "Je bent uitgelogd" in await response.text()
    again = await portal.get("/me")
    assert again.status == 403
    assert "Vraag je coach om een nieuwe link" in await again.text()


async def test_a_person_cannot_open_coach_pages(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")
    for path in ("/inbox", "/cases", f"/cases/{world.case.id}"):
        response = await portal.get(path)
        assert response.status == 303 and response.headers["Location"] == "/me"
