"""A check-in for a young person without Telegram: asked on their web page, told by e-mail that
a question waits, answered with the same buttons as in Telegram (the same checkin flow)."""

from __future__ import annotations

from sqlmodel import select

from core.actions.checkins import do_start_checkin
from core.db import Database
from core.mail import WebReach
from core.models import CheckIn, CheckInKind, MailMessage
from tests.builders import World
from tests.fakes.chat import WebChat, read_talk_page
from tests.portal.conftest import Portal, young_person_on_the_web

ADDRESS = "sam@example.test"


async def _start(database: Database, world: World, *, mail: bool) -> CheckIn | None:
    async with database.transaction() as session:
        return await do_start_checkin(
            session,
            case_id=world.case.id or 0,
            kind=CheckInKind.AFTERCARE,
            reach=WebReach("http://127.0.0.1:8080", mail=mail),
        )


async def test_a_web_young_person_is_mailed_that_a_question_waits_and_answers_it_on_the_page(
    portal: Portal, database: Database
) -> None:
    world, _ = await young_person_on_the_web(database, portal, email=ADDRESS)

    started = await _start(database, world, mail=True)
    assert started is not None
    async with database.transaction() as session:
        (mail,) = (await session.exec(select(MailMessage))).all()
    assert (mail.to_address, mail.purpose) == (ADDRESS, "question")
    assert mail.subject == "Koers heeft een vraag voor je"
    assert "http://127.0.0.1:8080/w/" in mail.body and "Hoe gaat het" not in mail.body

    home = await portal.page("/me")
    assert "Koers heeft een vraag voor je." in home and 'href="/me/talk"' in home
    asked = read_talk_page(await portal.page("/me/talk"))
    assert "Hoi Sam! Hoe gaat het met je?" in asked and "😀 Goed" in asked.buttons

    chat = WebChat(portal)
    told = await chat.press("😀 Goed")
    assert "Nee, niets" in told.buttons
    next_asked = await chat.press("Nee, niets")
    assert "Heb je al een nieuwe afspraak?" in next_asked
    # Typed, as in Telegram: a "nee" where the buttons ask yes or no is the answer.
    await chat.type("nee")
    async with database.transaction() as session:
        checkin = await session.get(CheckIn, started.id)
    assert checkin is not None and checkin.mood == 4 and checkin.answered_at is not None
    assert "Koers heeft een vraag voor je." not in await portal.page("/me")


async def test_without_mail_a_web_young_person_gets_no_check_in_nobody_would_see(
    portal: Portal, database: Database
) -> None:
    world, _ = await young_person_on_the_web(database, portal, email=ADDRESS)
    assert await _start(database, world, mail=False) is None
    async with database.transaction() as session:
        assert (await session.exec(select(CheckIn))).all() == []
        assert (await session.exec(select(MailMessage))).all() == []
    assert "Koers heeft een vraag voor je." not in await portal.page("/me")
