"""Out of view: no contact from the young person for 14 days marks the case and tells the coach."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlmodel import select

from core.actions.out_of_view import note_contact
from core.db import Database
from core.models import Alert, Case, Coach, DueTask, TaskStatus
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import amsterdam, sent_to, world_with_linked_youth

COACH_CHAT = 6001
START = amsterdam(2026, 12, 1, 10, 0)


async def _coach_in_telegram(database: Database, coach: Coach) -> None:
    async with database.transaction() as session:
        fresh = await session.get(Coach, coach.id)
        assert fresh is not None
        fresh.telegram_chat_id = COACH_CHAT
        fresh.telegram_user_id = COACH_CHAT


async def _case(database: Database, case: Case) -> Case:
    async with database.transaction() as session:
        fresh = await session.get(Case, case.id)
        assert fresh is not None
        return fresh


async def test_no_contact_for_fourteen_days_marks_the_case_and_alerts_the_coach(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        world = await world_with_linked_youth(database, now=START)
        await _coach_in_telegram(database, world.coach)
        clock.move_to(START + timedelta(days=13, hours=23))
        await run_due(database, HANDLERS)
        assert not (await _case(database, world.case)).out_of_view
        clock.move_to(START + timedelta(days=14))
        await run_due(database, HANDLERS)
        assert (await _case(database, world.case)).out_of_view
        assert await sent_to(database, COACH_CHAT) == [
            "Sam is uit beeld: al 14 dagen geen contact."
        ]
        async with database.transaction() as session:
            alert = (await session.exec(select(Alert))).one()
        assert alert.kind == "out_of_view" and alert.case_id == world.case.id
        # Still nothing heard a fortnight later: no second alert, the case stays marked.
        clock.move_to(START + timedelta(days=28, hours=1))
        await run_due(database, HANDLERS)
        assert len(await sent_to(database, COACH_CHAT)) == 1


async def test_contact_moves_the_check_on_and_brings_a_case_back_in_view(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        world = await world_with_linked_youth(database, now=START)
        await _coach_in_telegram(database, world.coach)
        clock.move_to(START + timedelta(days=10))
        async with database.transaction() as session:
            case = await session.get(Case, world.case.id)
            assert case is not None
            note_contact(case, now=START + timedelta(days=10))
        clock.move_to(START + timedelta(days=14))
        await run_due(database, HANDLERS)
        assert not (await _case(database, world.case)).out_of_view
        clock.move_to(START + timedelta(days=24))
        await run_due(database, HANDLERS)
        assert (await _case(database, world.case)).out_of_view
        # The young person writes again: back in view, and out of view again after 14 days.
        clock.move_to(START + timedelta(days=30))
        async with database.transaction() as session:
            case = await session.get(Case, world.case.id)
            assert case is not None
            note_contact(case, now=START + timedelta(days=30))
        assert not (await _case(database, world.case)).out_of_view
        clock.move_to(START + timedelta(days=38))
        await run_due(database, HANDLERS)
        assert not (await _case(database, world.case)).out_of_view
        clock.move_to(START + timedelta(days=44))
        await run_due(database, HANDLERS)
        assert (await _case(database, world.case)).out_of_view
        assert len(await sent_to(database, COACH_CHAT)) == 2


async def test_the_out_of_view_alert_waits_for_the_morning(database: Database) -> None:
    night = amsterdam(2026, 12, 1, 23, 30)
    with time_machine.travel(night, tick=False) as clock:
        world = await world_with_linked_youth(database, now=night)
        await _coach_in_telegram(database, world.coach)
        clock.move_to(night + timedelta(days=14))
        report = await run_due(database, HANDLERS)
        assert report.later == 1 and await sent_to(database, COACH_CHAT) == []
        clock.move_to(amsterdam(2026, 12, 16, 8, 0))
        await run_due(database, HANDLERS)
        assert len(await sent_to(database, COACH_CHAT)) == 1


async def test_a_tick_looks_only_at_checks_that_are_due(database: Database) -> None:
    with time_machine.travel(START, tick=False):
        await world_with_linked_youth(database, now=START)
        async with database.transaction() as session:
            pending = (
                await session.exec(select(DueTask).where(DueTask.status == TaskStatus.PENDING))
            ).all()
        assert sorted(t.kind for t in pending) == ["daily_digest", "out_of_view_check"]
        report = await run_due(database, HANDLERS)
        assert report.handled == 0
