"""E-mail for people on the web channel: when the coach answers, a short note with a fresh link
arrives over real SMTP; a link that no longer works offers a new one by mail; the answer stays on
the page after the thread is closed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from sqlmodel import select

from bot.app import TelegramService
from core.actions.mail_notices import do_request_new_link
from core.actions.questions import Delivery, do_close_thread, do_reply_to_thread
from core.config import Settings
from core.db import Database
from core.mail import WebReach
from core.models import Channel, Coach, MailMessage, OutboxStatus, Person, Thread, WebLink
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, coach_alert, link_coach
from tests.fakes.mail import running_mail_sender
from tests.fakes.smtp_server import FakeSmtpServer
from tests.portal.conftest import Portal, _client, ask, link_telegram, person_id_of

ADDRESS = "sam.de.vries@example.test"
LINK = re.compile(r"(http://127\.0\.0\.1:\d+)(/w/[A-Za-z0-9_-]+)")


@pytest.fixture
async def smtp() -> AsyncIterator[FakeSmtpServer]:
    async with FakeSmtpServer() as server:
        yield server


@pytest.fixture
def mail_settings(portal_settings: Settings, smtp: FakeSmtpServer) -> Settings:
    return portal_settings.model_copy(
        update={"smtp_url": smtp.url, "mail_from": "Koers <koers@koers.test>"}
    )


@pytest.fixture
async def mail_portal(
    database: Database, mail_settings: Settings, smtp: FakeSmtpServer
) -> AsyncIterator[Portal]:
    """The portal with e-mail on, and the mail sender delivering to the SMTP server."""
    client = await _client(mail_settings, database)
    async with running_mail_sender(database, mail_settings):
        yield Portal(client=client, database=database, settings=mail_settings)
    await client.close()


def link_path(text: str) -> str:
    found = LINK.search(text)
    assert found, text
    return found.group(2)


async def test_a_web_person_hears_by_mail_that_the_coach_answered_in_telegram(
    database: Database, fake_api: FakeBotApi, mail_settings: Settings, smtp: FakeSmtpServer
) -> None:
    world = await builders.coach_with_case(database)
    telegram = TelegramService(mail_settings, database, polling=True)
    telegram.poller.long_poll_seconds = 1
    await telegram.start()
    client = await _client(mail_settings, database, telegram=telegram)
    web = Portal(client=client, database=database, settings=mail_settings)
    try:
        async with running_mail_sender(database, mail_settings):
            await link_coach(database, fake_api, world)
            issued = await builders.invite(
                database, world.case, email=ADDRESS, base_url=mail_settings.base_url
            )
            await web.open_and_agree(issued.web_link or "")
            await web.send("/me/ask", {"text": "Hoe laat is mijn gesprek bij het UWV?"})

            alert = await coach_alert(database, fake_api, "Hoe laat is mijn gesprek")
            fake_api.inject_message(
                COACH_CHAT, "Om 10 uur, bij de balie beneden.", reply_to_message_id=alert.message_id
            )
            told = await fake_api.wait_for_message(COACH_CHAT, contains="krijgt een mail")
            assert "gebruikt geen Telegram" in (told.text or "")

            (mail,) = await smtp.wait_for(1)
            assert mail["To"] == ADDRESS and mail["Subject"] == "Je coach heeft geantwoord"
            assert mail["From"] == "Koers <koers@koers.test>"
            assert mail["Message-ID"].endswith("@koers.test>")
            body = mail.get_content()
            assert "Anna heeft je een antwoord gestuurd" in body
            # A note and a link only: the answer itself never travels by mail.
            assert "10 uur" not in body and "balie" not in body and "UWV" not in body

            # On a phone without the old session: the link opens the page with the answer.
            phone = web.another_browser()
            opened = await phone.post(link_path(body))
            assert opened.status == 303 and opened.headers["Location"] == "/me"
            page = await phone.page("/me")
            assert "Om 10 uur, bij de balie beneden." in page
            assert "Hoe laat is mijn gesprek bij het UWV?" in page

            async with database.transaction() as session:
                coach = await session.get(Coach, world.coach.id)
                thread = (await session.exec(select(Thread))).one()
                assert coach is not None
                await do_close_thread(session, coach=coach, thread_id=thread.id or 0)
            closed = await phone.page("/me")
            assert "Om 10 uur, bij de balie beneden." in closed and "Afgesloten" in closed
            await phone.client.session.close()
    finally:
        await client.close()
        await telegram.stop()
    async with database.transaction() as session:
        row = (await session.exec(select(MailMessage))).one()
        # Sent, and the single-use link it carried is no longer stored.
        assert row.status == OutboxStatus.SENT and row.body == ""


async def test_how_the_answer_reaches_a_person_decides_what_the_coach_is_told(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    on_web = await builders.invite(database, world.case, role="parent", email=ADDRESS)
    no_mail = await builders.invite(database, world.case, role="employer")
    on_telegram = await builders.invite(database, world.case, role="youth", email="y@example.test")
    await link_telegram(database, await person_id_of(database, on_telegram.member_id or 0), 4242)
    threads = {
        name: await ask(database, issued.member_id or 0, f"Vraag van {name}")
        for name, issued in (("web", on_web), ("none", no_mail), ("tg", on_telegram))
    }
    mail_on = WebReach("http://127.0.0.1:8080", mail=True)

    async def answer(thread_id: int, reach: WebReach) -> Delivery:
        async with database.transaction() as session:
            coach = await session.get(Coach, world.coach.id)
            assert coach is not None
            sent = await do_reply_to_thread(
                session,
                coach=coach,
                thread_id=thread_id,
                text="Prima.",
                channel=Channel.PORTAL,
                reach=reach,
            )
            return sent.delivery

    assert await answer(threads["web"], WebReach("http://127.0.0.1:8080")) == Delivery.PAGE
    assert await answer(threads["web"], mail_on) == Delivery.MAIL
    # A second answer soon after: the first note's link shows it too; no second mail.
    assert await answer(threads["web"], mail_on) == Delivery.MAIL
    assert await answer(threads["none"], mail_on) == Delivery.PAGE
    assert await answer(threads["tg"], mail_on) == Delivery.TELEGRAM
    async with database.transaction() as session:
        mails = (await session.exec(select(MailMessage))).all()
        assert [m.to_address for m in mails] == [ADDRESS]
        assert (await session.exec(select(WebLink))).all()[-1].member_id == on_web.member_id


async def test_a_page_for_a_dead_link_offers_a_new_one_and_says_the_same_to_everyone(
    mail_portal: Portal, database: Database, smtp: FakeSmtpServer
) -> None:
    second_browser = mail_portal.another_browser()
    world = await builders.coach_with_case(database)
    base = mail_portal.base_url
    with_mail = await builders.invite(
        database, world.case, role="parent", email=ADDRESS, days=-1, base_url=base
    )
    without = await builders.invite(database, world.case, role="employer", days=-1, base_url=base)
    used = await builders.invite(database, world.case, email="sam@example.test", base_url=base)
    await mail_portal.open_web_link(used.web_link or "")

    answers = []
    for issued in (with_mail, without, used):
        path = (issued.web_link or "").removeprefix(base)
        dead = await second_browser.get(path)
        assert dead.status == 410
        offer = await dead.text()
        assert f'action="{path}/new"' in offer and "Stuur me een nieuwe link" in offer
        asked = await second_browser.post(f"{path}/new")
        assert asked.status == 200
        answers.append(await asked.text())
    unknown = await second_browser.post("/w/AAAAAAAAAAAAAAAAAAAAAA/new")
    answers.append(await unknown.text())
    assert len(set(answers)) == 1 and "Kijk in je mail" in answers[0]

    mails = await smtp.wait_for(2)
    assert sorted(m["To"] for m in mails) == [ADDRESS, "sam@example.test"]
    assert all(m["Subject"] == "Je nieuwe link voor Koers" for m in mails)
    fresh = next(m for m in mails if m["To"] == ADDRESS).get_content()
    # The new link works (once).
    assert (await second_browser.post(link_path(fresh))).status == 303

    # Asking again at once sends nothing more: the page cannot flood a mailbox.
    path = (with_mail.web_link or "").removeprefix(base)
    assert (await second_browser.post(f"{path}/new")).status == 200
    async with database.transaction() as session:
        assert len((await session.exec(select(MailMessage))).all()) == 2
    await second_browser.client.session.close()


async def test_a_link_the_coach_retired_or_of_a_closed_case_brings_no_new_link(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent", email=ADDRESS)
    token = (issued.web_link or "").rsplit("/", 1)[1]
    async with database.transaction() as session:
        link = (await session.exec(select(WebLink))).one()
        link.revoked_at = link.created_at
    async with database.transaction() as session:
        await do_request_new_link(
            session, token=token, reach=WebReach("http://127.0.0.1:8080", mail=True)
        )
    async with database.transaction() as session:
        assert (await session.exec(select(MailMessage))).all() == []


async def test_a_person_leaves_and_removes_their_address_on_the_settings_page(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent")
    await portal.open_and_agree(issued.web_link or "")
    person_id = await person_id_of(database, issued.member_id or 0)

    settings = await portal.page("/me/settings")
    assert "Mail als je coach antwoordt" in settings and "Nooit wat er staat" in settings
    refused = await portal.send("/me/settings/email", {"email": ADDRESS})
    assert refused.status == 400
    page = await refused.text()
    assert "Zet eerst een vinkje" in page and f'value="{ADDRESS}"' in page
    wrong = await portal.send("/me/settings/email", {"email": "sam at home", "agree": "yes"})
    assert wrong.status == 400 and "Dit lijkt geen e-mailadres" in await wrong.text()

    saved = await portal.send("/me/settings/email", {"email": f" {ADDRESS} ", "agree": "yes"})
    assert saved.headers["Location"] == "/me/settings?done=email"
    shown = await portal.page(saved.headers["Location"])
    assert f"mailt Koers je op {ADDRESS}" in shown
    async with database.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None and person.email == ADDRESS

    removed = await portal.send("/me/settings/email", {"remove": "yes"})
    assert "Koers mailt je niet meer" in await portal.page(removed.headers["Location"])
    async with database.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None and person.email is None
