"""The first weeks of a placement: Koers asks the employer after week 1, 2 and 4 how it goes;
a bad answer reaches the coach in one message, and every answer is on the case's timeline."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from bot.app import TelegramService
from core.access import OPERATOR
from core.actions.placement_checkins import PLACEMENT_CHECKIN, do_set_placement_start
from core.caseload import CaseFilter, caseload
from core.clock import local, utcnow
from core.db import Database
from core.models import Case, CaseMember, CheckIn, DueTask, Team
from core.timeline import case_timeline
from scheduler.jobs import HANDLERS
from scheduler.runner import RunReport, run_due
from tests.bot.test_employer_report import EMPLOYER_CHAT, link_employer
from tests.builders import World
from tests.fakes.chat import labels
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, coach_alert, linked_world


async def employer_of(database: Database, world: World) -> CaseMember:
    async with database.transaction() as session:
        return (
            await session.exec(
                select(CaseMember).where(
                    CaseMember.case_id == world.case.id, CaseMember.role == "employer"
                )
            )
        ).one()


async def placement_started_eight_days_ago(database: Database, world: World) -> CaseMember:
    """Week 1 was asked about yesterday at 10:00: due now; weeks 2 and 4 lie ahead."""
    employer = await employer_of(database, world)
    async with database.transaction() as session:
        await do_set_placement_start(
            session,
            actor=world.coach,
            member_id=employer.id or 0,
            start=local(utcnow()).date() - timedelta(days=8),
        )
        planned = (
            await session.exec(
                select(DueTask).where(DueTask.kind == PLACEMENT_CHECKIN).order_by(col(DueTask.id))
            )
        ).all()
        assert [task.detail["week"] for task in planned if task.detail] == [1, 2, 4]
    return employer


async def ask_during_the_day(database: Database) -> RunReport:
    """The scheduler's tick, with the team's quiet hours switched off (tests run at night too)."""
    async with database.transaction() as session:
        for team in (await session.exec(select(Team))).all():
            team.rules = {**(team.rules or {}), "quiet_from": "00:00", "quiet_until": "00:00"}
    return await run_due(database, HANDLERS)


async def timeline_lines(database: Database, world: World) -> list[str]:
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        page = await case_timeline(session, case, group="checkins")
        return [entry.summary("nl") for entry in page.entries]


async def test_an_employer_says_week_one_goes_badly_and_the_coach_hears_it_once(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    piet = await link_employer(database, fake_api, world.case)
    await placement_started_eight_days_ago(database, world)

    assert (await ask_during_the_day(database)).done >= 1
    question = await piet.sees("Hoe gaat het met Sam in week 1 bij jullie?")
    assert labels(question) == ["😀 Goed", "😐 Gaat wel", "😟 Niet goed", "Stoppen"]
    await piet.press(question, "😟 Niet goed")
    told = await piet.sees("Wil je er iets over zeggen?")
    assert labels(told) == ["Nee, niets", "Stoppen"]
    piet.types("Hij komt steeds te laat")
    await piet.sees("Dank je wel! Ik geef het door aan Anna.")

    alert = await coach_alert(database, fake_api, "niet goed gaat met Sam")
    assert (alert.text or "").startswith("⚠️ Piet (werkgever van Sam) zegt dat het niet goed gaat")
    assert "week 1: 😟 Niet goed\n\nHij komt steeds te laat" in (alert.text or "")
    assert len([m for m in fake_api.sent_to(COACH_CHAT) if "week 1" in (m.text or "")]) == 1
    fake_api.inject_message(COACH_CHAT, "Ik bel hem vandaag.", reply_to_message_id=alert.message_id)
    await piet.sees("Ik bel hem vandaag.")

    assert await timeline_lines(database, world) == [
        "Werkgever over week 1: 😟 Niet goed · “Hij komt steeds te laat”"
    ]
    async with database.transaction() as session:
        checkin = (await session.exec(select(CheckIn))).one()
        assert (checkin.kind, checkin.week, checkin.mood) == ("placement", 1, 1)
        assert checkin.alerted_at is not None
        (row,) = await caseload(session, team_id=world.coach.team_id, shown=CaseFilter())
        assert "bad_checkin" in row.reasons


async def test_a_good_week_with_nothing_to_add_stays_quiet(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    piet = await link_employer(database, fake_api, world.case)
    await placement_started_eight_days_ago(database, world)
    await ask_during_the_day(database)
    await piet.press(await piet.sees("in week 1 bij jullie?"), "😀 Goed")
    await piet.press(await piet.sees("Wil je er iets over zeggen?"), "Nee, niets")
    await piet.sees("Dank je wel!")
    assert await timeline_lines(database, world) == ["Werkgever over week 1: 😀 Goed"]
    assert not [m for m in fake_api.sent_to(COACH_CHAT) if "week 1" in (m.text or "")]


async def test_a_changed_start_day_replaces_the_questions_and_a_parent_has_no_placement(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await link_employer(database, fake_api, world.case)
    employer = await placement_started_eight_days_ago(database, world)
    async with database.transaction() as session:
        await do_set_placement_start(
            session,
            actor=OPERATOR,
            member_id=employer.id or 0,
            start=local(utcnow()).date() + timedelta(days=3),
        )
    # The old week-1 question is due, but its start day is not the placement's any more.
    report = await ask_during_the_day(database)
    assert report.skipped >= 1
    assert not [m for m in fake_api.sent_to(EMPLOYER_CHAT) if "week 1" in (m.text or "")]
