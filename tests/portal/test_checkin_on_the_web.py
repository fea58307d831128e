"""A check-in for a young person without Telegram: asked on their web page, told by e-mail that
a question waits, answered with the same buttons as in Telegram (the same checkin flow)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from core.actions.checkins import do_start_checkin
from core.actions.placement_checkins import do_set_placement_start
from core.clock import local, utcnow
from core.db import Database
from core.mail import WebReach
from core.models import CheckIn, CheckInKind, MailMessage, Team, Thread
from core.tasks import TaskContext
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests import builders
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


async def test_an_employer_on_the_web_answers_the_week_one_question_on_the_page(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="employer", email="piet@example.test")
    await portal.open_and_agree(issued.web_link or "")
    async with database.transaction() as session:
        team = await session.get(Team, world.coach.team_id)
        assert team is not None
        team.rules = {"quiet_from": "00:00", "quiet_until": "00:00"}  # tests run at night too
        await do_set_placement_start(
            session,
            actor=world.coach,
            member_id=issued.member_id or 0,
            start=local(utcnow()).date() - timedelta(days=8),
        )
    context = TaskContext(base_url="http://127.0.0.1:8080", mail=True)
    assert (await run_due(database, HANDLERS, context=context)).done >= 1
    assert "Koers heeft een vraag voor je." in await portal.page("/me")
    asked = read_talk_page(await portal.page("/me/talk"))
    assert "Hoe gaat het met Sam in week 1 bij jullie?" in asked
    assert "😟 Niet goed" in asked.buttons

    chat = WebChat(portal)
    told = await chat.press("😟 Niet goed")
    assert "Nee, niets" in told.buttons
    thanks = await chat.type("Hij was twee keer te laat")
    assert "Dank je wel! Ik geef het door aan Anna." in thanks
    async with database.transaction() as session:
        checkin = (await session.exec(select(CheckIn))).one()
        assert (checkin.kind, checkin.mood, checkin.told) == (
            "placement",
            1,
            "Hij was twee keer te laat",
        )
        (thread,) = (await session.exec(select(Thread))).all()
        assert thread.kind == "checkin" and thread.status == "open"
