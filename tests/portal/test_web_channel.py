"""The web channel: a magic link, its confirm page, a person's own page, asking a question."""

from __future__ import annotations

from datetime import timedelta

from markupsafe import escape
from sqlmodel import select

from core.actions.linking import CONSENT_VERSION
from core.actions.portal_sessions import DOUBLE_SUBMIT_WINDOW
from core.db import Database
from core.models import (
    Alert,
    AuditEntry,
    Person,
    Thread,
    ThreadMessage,
    WebLink,
    WebSession,
)
from messages import texts
from messages.i18n import render
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
    await portal.open_and_agree(issued.web_link or "")

    me = await portal.page("/me")
    assert "De coach van <bdi>Sam</bdi> is <strong>Anna</strong>" in me and "Stel je vraag" in me
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
    assert "<bdi>de ouder van Sam</bdi>" in inbox and "ouder · dossier <bdi>Sam</bdi>" in inbox
    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        channels = (await session.exec(select(ThreadMessage.channel))).all()
        assert channels == ["web", "web"]

    response = await second_browser.send(
        f"/threads/{thread.id}/reply", {"text": "Dinsdag om 10 uur. Hij mag mee!"}
    )
    assert response.headers["Location"] == f"/threads/{thread.id}?done=sent_page"
    me = await portal.page("/me")
    assert "Dinsdag om 10 uur. Hij mag mee!" in me
    assert me.index("Wanneer is het gesprek") < me.index("Dinsdag om 10 uur")


async def test_a_long_question_with_emoji_and_arabic_is_stored_whole(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")
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
    await portal.open_and_agree(issued.web_link or "")

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


# -- consent (DESIGN §4.1, §8) --------------------------------------------------------------


async def test_a_person_without_consent_sees_the_consent_question_and_cannot_ask(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    page = await portal.page("/me")
    assert "Dit bewaart Koers over jou:" in page
    assert "Wie ziet dat? Alleen je coach Anna en het team." in page
    assert 'action="/me/consent"' in page
    assert 'value="yes">Ja, dat is goed</button>' in page and 'value="no"' in page
    assert "Stel je vraag" not in page and 'action="/me/ask"' not in page

    response = await portal.send("/me/ask", {"text": "Mag ik iets vragen?\r\nTwee regels."})
    assert response.status == 403
    page = await response.text()
    assert "Dit bewaart Koers over jou:" in page
    assert "Eerst nog één vraag. Daarna geven we je bericht door aan je coach." in page
    # What they typed waits in the form, in their own browser: not in Koers.
    assert 'name="text" value="Mag ik iets vragen?\nTwee regels."' in page
    async with database.transaction() as session:
        assert (await session.exec(select(Thread))).all() == []
        assert (await session.exec(select(ThreadMessage))).all() == []
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is None and person.conversation is None


async def test_yes_records_consent_with_its_version_and_then_asking_works(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    response = await portal.answer_consent("yes")
    assert response.status == 303 and response.headers["Location"] == "/me/talk"
    page = await portal.page(response.headers["Location"])
    # The dialogue's own thanks and menu, as in Telegram, with the box to type in below.
    assert "Dank je! Je coach is Anna." in page and "Typ hem hieronder." in page
    assert ">Vraag stellen</button>" in page and "Stel je vraag" in await portal.page("/me")
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is not None and person.consent_declined_at is None
        assert person.consent_version == CONSENT_VERSION
        given = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "consent_given"))
        ).one()
        assert given.actor == f"person:{person.id}"

    response = await portal.send("/me/ask", {"text": "Nu mag het wel?"})
    assert response.status == 303
    assert "Je vraag is ontvangen." in await portal.page(response.headers["Location"])

    # A stale "no" (another tab) after the "yes" changes nothing and alerts nobody.
    response = await portal.answer_consent("no")
    assert response.headers["Location"] == "/me/talk"
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is not None and person.consent_declined_at is None
        assert (await session.exec(select(Alert))).all() == []
        assert len((await session.exec(select(ThreadMessage))).all()) == 1


async def test_a_question_typed_before_the_consent_question_is_sent_after_yes(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")
    response = await portal.send("/me/ask", {"text": "Waar is mijn afspraak? 📅"})
    assert response.status == 403

    response = await portal.answer_consent("yes", text="Waar is mijn afspraak? 📅")
    assert response.headers["Location"] == "/me/talk"
    page = await portal.page("/me/talk")
    assert "Dank je! Je coach is Anna." in page
    assert "Je vraag is ontvangen." in page and "Anna antwoordt uiterlijk" in page
    assert "Waar is mijn afspraak? 📅" in await portal.page("/me")
    async with database.transaction() as session:
        stored = (await session.exec(select(ThreadMessage))).one()
        assert (stored.body, stored.channel) == ("Waar is mijn afspraak? 📅", "web")


async def test_no_records_the_refusal_alerts_the_coach_and_asking_stays_impossible(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    response = await portal.answer_consent("no", text="Dit mag niet bewaard worden")
    assert response.status == 303 and response.headers["Location"] == "/me"
    page = await portal.page("/me")
    assert "Oké, dat is goed. We bewaren geen nieuwe berichten van je." in page
    assert "Anna weet dat je nee hebt gezegd." in page
    assert "Bedenk je je?" in page and "/start" not in page
    assert 'value="yes">Ja, dat is goed</button>' in page and 'value="no"' not in page
    assert 'action="/me/ask"' not in page
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is None and person.consent_declined_at is not None
        alert = (await session.exec(select(Alert))).one()
        assert (alert.kind, alert.coach_id, alert.case_id) == (
            "consent_declined",
            world.coach.id,
            world.case.id,
        )
        assert (await session.exec(select(ThreadMessage))).all() == []

    response = await portal.send("/me/ask", {"text": "En nu?"})
    assert response.status == 403
    assert "Dit bewaart Koers over jou:" in await response.text()
    await portal.answer_consent("no")  # a second "no" alerts the coach no second time
    async with database.transaction() as session:
        assert (await session.exec(select(Thread))).all() == []
        assert len((await session.exec(select(Alert))).all()) == 1

    await second_browser.log_in()
    assert "Wil niet dat Koers berichten bewaart" in await second_browser.page("/inbox")

    # Changing their mind works from the same page.
    response = await portal.answer_consent("yes")
    assert response.headers["Location"] == "/me/talk"
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.consent_at is not None and person.consent_declined_at is None


async def test_the_consent_question_is_in_the_persons_language(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        person.language = "en"
    await portal.open_web_link(issued.web_link or "")

    page = await portal.page("/me")
    assert '<html lang="en" dir="ltr">' in page
    for message in (texts.CONSENT_YES, texts.CONSENT_NO):
        assert str(escape(render("en", message))) in page
    first_line = render("en", texts.CONSENT_TEXT, coach="Anna").splitlines()[0]
    assert first_line != "Dit bewaart Koers over jou:" and str(escape(first_line)) in page


# -- a double click on "Ga verder" ----------------------------------------------------------


async def test_the_same_browser_sending_its_link_again_lands_on_its_page(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")
    cookie = portal.session_cookie()

    again = await portal.post(path_of(issued.web_link))
    assert again.status == 303 and again.headers["Location"] == "/me"
    assert portal.session_cookie() == cookie
    assert (await portal.get("/me")).status == 200
    async with database.transaction() as session:
        sessions = (await session.exec(select(WebSession))).all()
        assert len(sessions) == 1 and sessions[0].ended_at is None

    # Another browser (a forwarded link) still gets the kind 410 page.
    assert (await second_browser.post(path_of(issued.web_link))).status == 410

    # Later than a moment after: the link is simply used.
    async with database.transaction() as session:
        link = (await session.exec(select(WebLink))).one()
        assert link.exchanged_at is not None
        link.exchanged_at -= DOUBLE_SUBMIT_WINDOW + timedelta(seconds=1)
    late = await portal.post(path_of(issued.web_link))
    assert late.status == 410
    assert portal.session_cookie() == cookie
