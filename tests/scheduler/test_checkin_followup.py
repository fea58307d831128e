"""Check-ins the scheduler starts: after an appointment, nudges, missed ones, aftercare cadence."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import time_machine
from sqlmodel import col, select

from core.actions.aftercare import do_start_aftercare
from core.actions.cadence import do_note_bad_signal
from core.db import Database
from core.models import Case, CheckIn, Coach, DueTask, TaskStatus
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import (
    YOUTH_CHAT,
    add_appointment,
    amsterdam,
    sent_to,
    world_with_linked_youth,
)

COACH_CHAT = 6001
START = amsterdam(2026, 12, 1, 9, 0)


async def _world(database: Database, *, now: datetime = START) -> Case:
    world = await world_with_linked_youth(database, now=now)
    async with database.transaction() as session:
        coach = await session.get(Coach, world.coach.id)
        assert coach is not None
        coach.telegram_chat_id = COACH_CHAT
    return world.case


async def _coach_alerts(database: Database) -> list[str]:
    """What the coach was told, without the daily digest."""
    return [t for t in await sent_to(database, COACH_CHAT) if not t.startswith("Goedemorgen")]


async def _at(database: Database, clock: time_machine.Coordinates, moment: datetime) -> None:
    clock.move_to(moment)
    await run_due(database, HANDLERS)


async def _answer_last_checkin(database: Database, mood: int) -> None:
    async with database.transaction() as session:
        checkin = (await session.exec(select(CheckIn).order_by(col(CheckIn.id).desc()))).first()
        assert checkin is not None
        checkin.mood = mood


async def test_an_hour_after_the_appointment_the_young_person_is_asked_how_it_went(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        await add_appointment(database, case, amsterdam(2026, 12, 2, 10, 30))
        await _at(database, clock, amsterdam(2026, 12, 2, 12, 29))
        assert not any("Ben je geweest?" in t for t in await sent_to(database, YOUTH_CHAT))
        await _at(database, clock, amsterdam(2026, 12, 2, 12, 30))
        asked = (await sent_to(database, YOUTH_CHAT))[-1]
        assert asked.startswith("Je had een afspraak: Intake UWV, woensdag 2 december om 10:30")
        assert asked.endswith("Ben je geweest?")


async def test_an_unanswered_checkin_gets_one_nudge_then_the_coach_is_alerted(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        await add_appointment(database, case, amsterdam(2026, 12, 2, 10, 30))
        await _at(database, clock, amsterdam(2026, 12, 2, 12, 30))
        await _at(database, clock, amsterdam(2026, 12, 3, 12, 30))
        nudge = (await sent_to(database, YOUTH_CHAT))[-1]
        assert nudge.startswith("Hoi! Ik hoor graag nog even van je.")
        assert "Ben je geweest?" in nudge
        assert await _coach_alerts(database) == []
        await _at(database, clock, amsterdam(2026, 12, 4, 12, 30))
        assert await _coach_alerts(database) == [
            "Sam heeft niet geantwoord op de check-in van woensdag 2 december om 12:30."
        ]
        assert sum("Ik hoor graag" in t for t in await sent_to(database, YOUTH_CHAT)) == 1


async def test_an_answered_checkin_is_not_nudged(database: Database) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        await add_appointment(database, case, amsterdam(2026, 12, 2, 10, 30))
        await _at(database, clock, amsterdam(2026, 12, 2, 12, 30))
        await _answer_last_checkin(database, 4)
        await _at(database, clock, amsterdam(2026, 12, 4, 13, 0))
        assert not any("Ik hoor graag" in t for t in await sent_to(database, YOUTH_CHAT))
        assert await _coach_alerts(database) == []


async def test_two_missed_checkins_in_a_row_put_the_case_out_of_view(database: Database) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        await add_appointment(database, case, amsterdam(2026, 12, 2, 10, 30), what="Intake")
        await add_appointment(database, case, amsterdam(2026, 12, 7, 10, 30), what="Gesprek")
        await _at(database, clock, amsterdam(2026, 12, 2, 12, 30))
        await _at(database, clock, amsterdam(2026, 12, 4, 12, 30))
        async with database.transaction() as session:
            assert not (await session.get(Case, case.id)).out_of_view  # type: ignore[union-attr]
        await _at(database, clock, amsterdam(2026, 12, 7, 12, 30))
        await _at(database, clock, amsterdam(2026, 12, 9, 12, 30))
        async with database.transaction() as session:
            assert (await session.get(Case, case.id)).out_of_view  # type: ignore[union-attr]
        assert (await _coach_alerts(database))[-1].startswith("Sam is uit beeld")


async def test_a_checkin_due_in_quiet_hours_waits_until_the_morning(database: Database) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        await add_appointment(database, case, amsterdam(2026, 12, 2, 19, 30))
        await _at(database, clock, amsterdam(2026, 12, 2, 21, 30))
        assert not any("Ben je geweest?" in t for t in await sent_to(database, YOUTH_CHAT))
        await _at(database, clock, amsterdam(2026, 12, 3, 8, 0))
        assert (await sent_to(database, YOUTH_CHAT))[-1].endswith("Ben je geweest?")


async def _aftercare_days(database: Database) -> list[date]:
    async with database.transaction() as session:
        rows = (
            await session.exec(
                select(DueTask.due_at)
                .where(DueTask.kind == "aftercare_checkin")
                .order_by(col(DueTask.due_at))
            )
        ).all()
    return [moment.astimezone(START.tzinfo).date() for moment in rows]


async def test_aftercare_tapers_from_weekly_to_monthly_while_answers_stay_good(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        async with database.transaction() as session:
            coach = await session.get(Coach, case.coach_id)
            assert coach is not None
            await do_start_aftercare(
                session, coach=coach, case_id=case.id or 0, since=date(2026, 12, 1)
            )
        day = START
        for _ in range(5):
            pending = await _next_pending(database)
            day = pending
            await _at(database, clock, day)
            await _answer_last_checkin(database, 4)
        days = await _aftercare_days(database)
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        # Weekly from the start; after two good answers every two weeks, after two more monthly.
        assert days[0] == date(2026, 12, 8)
        assert gaps == [7, 7, 14, 30, 30]
        asked = [t for t in await sent_to(database, YOUTH_CHAT) if t.startswith("Hoi Sam!")]
        assert len(asked) == 5


async def _next_pending(database: Database) -> datetime:
    async with database.transaction() as session:
        task = (
            await session.exec(
                select(DueTask)
                .where(DueTask.kind == "aftercare_checkin", DueTask.status == TaskStatus.PENDING)
                .order_by(col(DueTask.due_at))
            )
        ).first()
    assert task is not None
    return task.due_at


async def test_a_bad_signal_brings_weekly_checkins_back(database: Database) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        async with database.transaction() as session:
            coach = await session.get(Coach, case.coach_id)
            assert coach is not None
            fresh = await do_start_aftercare(
                session, coach=coach, case_id=case.id or 0, since=date(2026, 12, 1)
            )
        for _ in range(4):
            await _at(database, clock, await _next_pending(database))
            await _answer_last_checkin(database, 4)
        assert await _next_pending(database) == amsterdam(2027, 2, 4, 16, 0)
        # A bad answer (or a concern) on 10 January: weekly again, from that day.
        clock.move_to(amsterdam(2027, 1, 10, 12, 0))
        async with database.transaction() as session:
            fresh = await session.get(Case, case.id)
            assert fresh is not None
            await do_note_bad_signal(session, fresh)
            assert fresh.checkin_every_days == 7
        assert await _next_pending(database) == amsterdam(2027, 1, 17, 16, 0)
        await _at(database, clock, amsterdam(2027, 1, 17, 16, 0))
        await _at(database, clock, amsterdam(2027, 2, 4, 16, 0))
        async with database.transaction() as session:
            monthly = (
                await session.exec(
                    select(DueTask).where(
                        DueTask.kind == "aftercare_checkin",
                        DueTask.due_at == amsterdam(2027, 2, 4, 16, 0),
                    )
                )
            ).one()
        assert monthly.outcome == "cadence_changed"


async def test_aftercare_ends_before_27_and_the_coach_is_warned_a_month_ahead(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        case = await _world(database)
        async with database.transaction() as session:
            fresh = await session.get(Case, case.id)
            coach = await session.get(Coach, case.coach_id)
            assert fresh is not None and coach is not None
            fresh.birth_date = date(2000, 3, 15)  # turns 27 on 15 March 2027
            await do_start_aftercare(
                session, coach=coach, case_id=case.id or 0, since=date(2026, 12, 1)
            )
        await _at(database, clock, amsterdam(2027, 2, 12, 8, 29))
        assert not any("stopt op" in t for t in await _coach_alerts(database))
        await _at(database, clock, amsterdam(2027, 2, 12, 8, 30))
        warned = [t for t in await _coach_alerts(database) if "stopt op" in t]
        assert warned == ["De nazorg voor Sam stopt op zondag 14 maart. Wil je nog iets regelen?"]
