"""A deadline passes unanswered: the coach is reminded, then the backup, then the coordinator."""

from __future__ import annotations

from datetime import datetime

import time_machine
from sqlmodel import col, select

from core.actions.questions import do_take_thread
from core.db import Database
from core.models import Coach, DueTask
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import (
    ASKED,
    BACKUP_CHAT,
    COACH_CHAT,
    COORDINATOR_CHAT,
    amsterdam,
    sent_to,
    team_with_question,
)


async def _run_at(database: Database, clock: time_machine.Coordinates, moment: datetime) -> None:
    clock.move_to(moment)
    await run_due(database, HANDLERS)


async def test_an_unanswered_question_goes_to_the_coach_then_the_backup_then_the_coordinator(
    database: Database,
) -> None:
    with time_machine.travel(ASKED, tick=False) as clock:
        await team_with_question(database)
        alerts_before = len(await sent_to(database, COACH_CHAT))
        await _run_at(database, clock, amsterdam(2026, 12, 3, 9, 59))
        assert len(await sent_to(database, COACH_CHAT)) == alerts_before
        await _run_at(database, clock, amsterdam(2026, 12, 3, 10, 0))
        reminder = (await sent_to(database, COACH_CHAT))[-1]
        assert reminder.startswith("Herinnering: Sam wacht nog op antwoord.")
        assert "Waar moet ik morgen heen?" in reminder
        assert await sent_to(database, BACKUP_CHAT) == []
        # Four working hours later: the backup coach is asked.
        await _run_at(database, clock, amsterdam(2026, 12, 3, 14, 0))
        (asked,) = await sent_to(database, BACKUP_CHAT)
        assert asked.startswith("Anna heeft nog niet gereageerd op Sam")
        assert await sent_to(database, COORDINATOR_CHAT) == []
        # Friday 10:00 is four working hours after Thursday 14:00 (17:00 ends the day).
        await _run_at(database, clock, amsterdam(2026, 12, 4, 9, 59))
        assert await sent_to(database, COORDINATOR_CHAT) == []
        await _run_at(database, clock, amsterdam(2026, 12, 4, 10, 0))
        (told,) = await sent_to(database, COORDINATOR_CHAT)
        assert told.startswith("Niemand heeft nog gereageerd op Sam (coach: Anna")
        async with database.transaction() as session:
            steps = (
                await session.exec(
                    select(DueTask.outcome)
                    .where(DueTask.kind == "deadline_step")
                    .order_by(col(DueTask.id))
                )
            ).all()
        assert [s.split(":")[0] for s in steps if s] == [
            "reminded_coach",
            "asked_backup",
            "asked_coordinator",
        ]


async def test_a_question_taken_in_time_escalates_no_further(database: Database) -> None:
    with time_machine.travel(ASKED, tick=False) as clock:
        case, thread_id = await team_with_question(database)
        async with database.transaction() as session:
            coach = await session.get(Coach, case.coach_id)
            assert coach is not None
            await do_take_thread(session, coach=coach, thread_id=thread_id)
        before = len(await sent_to(database, COACH_CHAT))
        await _run_at(database, clock, amsterdam(2026, 12, 7, 12, 0))
        assert len(await sent_to(database, COACH_CHAT)) == before
        assert await sent_to(database, BACKUP_CHAT) == []
        assert await sent_to(database, COORDINATOR_CHAT) == []


async def test_without_a_backup_the_coordinator_is_asked_next(database: Database) -> None:
    with time_machine.travel(ASKED, tick=False) as clock:
        await team_with_question(database, with_backup=False)
        await _run_at(database, clock, amsterdam(2026, 12, 3, 10, 0))
        await _run_at(database, clock, amsterdam(2026, 12, 3, 14, 0))
        assert await sent_to(database, BACKUP_CHAT) == []
        (told,) = await sent_to(database, COORDINATOR_CHAT)
        assert told.startswith("Niemand heeft nog gereageerd op Sam")


async def test_a_deadline_over_christmas_waits_for_the_next_working_day(
    database: Database,
) -> None:
    # Asked on Thursday 24 December at 15:00: two working days are the 24th's last two hours,
    # Monday 28th and Tuesday 29th until 15:00 (25 and 26 December are public holidays).
    asked = amsterdam(2026, 12, 24, 15, 0)
    with time_machine.travel(asked, tick=False) as clock:
        await team_with_question(database, asked=asked)
        before = len(await sent_to(database, COACH_CHAT))
        await _run_at(database, clock, amsterdam(2026, 12, 29, 14, 59))
        assert len(await sent_to(database, COACH_CHAT)) == before
        await _run_at(database, clock, amsterdam(2026, 12, 29, 15, 0))
        assert (await sent_to(database, COACH_CHAT))[-1].startswith("Herinnering")
