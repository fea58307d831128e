"""Appointment reminders: the evening before at 18:00 and two hours before, once, in daylight."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlmodel import select

from core.actions.reminders import plan_appointment_followup
from core.db import Database
from core.models import Appointment, DueTask, Person, TaskStatus
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import (
    YOUTH_CHAT,
    add_appointment,
    amsterdam,
    sent_to,
    world_with_linked_youth,
)


async def test_reminders_go_out_the_evening_before_and_two_hours_before(
    database: Database,
) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 30))
        clock.move_to(amsterdam(2026, 12, 2, 17, 59))
        await run_due(database, HANDLERS)
        assert await sent_to(database, YOUTH_CHAT) == []
        clock.move_to(amsterdam(2026, 12, 2, 18, 0))
        await run_due(database, HANDLERS)
        evening = await sent_to(database, YOUTH_CHAT)
        assert len(evening) == 1
        assert evening[0].startswith("Denk je aan je afspraak morgen?\nIntake UWV\n")
        assert "donderdag 3 december om 10:30" in evening[0]
        assert "Waar: Stationsplein 1" in evening[0]
        clock.move_to(amsterdam(2026, 12, 3, 8, 30))
        await run_due(database, HANDLERS)
        await run_due(database, HANDLERS)
        both = await sent_to(database, YOUTH_CHAT)
        assert len(both) == 2 and both[1].startswith("Straks heb je een afspraak.")


async def test_a_reminder_whose_appointment_passed_is_skipped_not_sent_late(
    database: Database,
) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 30))
        # Koers was down from before the evening reminder until after the appointment.
        clock.move_to(amsterdam(2026, 12, 3, 12, 0))
        report = await run_due(database, HANDLERS)
        assert report.done == 0
        assert await sent_to(database, YOUTH_CHAT) == []
        async with database.transaction() as session:
            outcomes = {t.kind: t.outcome for t in (await session.exec(select(DueTask))).all()}
        assert outcomes["reminder_evening"] == "appointment_passed"
        assert outcomes["reminder_before"] == "appointment_passed"


async def test_after_downtime_only_the_latest_reminder_goes_out(database: Database) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 30))
        clock.move_to(amsterdam(2026, 12, 3, 9, 0))
        await run_due(database, HANDLERS)
        sent = await sent_to(database, YOUTH_CHAT)
        assert len(sent) == 1 and sent[0].startswith("Straks heb je een afspraak.")


async def test_a_reminder_in_quiet_hours_waits_until_eight(database: Database) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        # Two hours before 09:30 is 07:30, inside the quiet hours (21:00–08:00).
        await add_appointment(database, world.case, amsterdam(2026, 12, 3, 9, 30))
        clock.move_to(amsterdam(2026, 12, 2, 18, 0))
        await run_due(database, HANDLERS)
        clock.move_to(amsterdam(2026, 12, 3, 7, 30))
        report = await run_due(database, HANDLERS)
        assert report.later == 1
        assert len(await sent_to(database, YOUTH_CHAT)) == 1  # only last evening's
        clock.move_to(amsterdam(2026, 12, 3, 7, 59))
        await run_due(database, HANDLERS)
        assert len(await sent_to(database, YOUTH_CHAT)) == 1
        clock.move_to(amsterdam(2026, 12, 3, 8, 0))
        await run_due(database, HANDLERS)
        sent = await sent_to(database, YOUTH_CHAT)
        assert len(sent) == 2 and sent[1].startswith("Straks")


async def test_reminders_keep_dutch_time_across_the_change_to_summer_time(
    database: Database,
) -> None:
    # Clocks go forward in the night of Saturday 27 to Sunday 28 March 2027.
    with time_machine.travel(amsterdam(2027, 3, 26, 12, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2027, 3, 26, 12, 0))
        await add_appointment(database, world.case, amsterdam(2027, 3, 29, 10, 0))
        async with database.transaction() as session:
            due = {t.kind: t.due_at for t in (await session.exec(select(DueTask))).all()}
        assert due["reminder_evening"] == amsterdam(2027, 3, 28, 18, 0)
        assert due["reminder_before"] == amsterdam(2027, 3, 29, 8, 0)
        assert due["reminder_evening"] - amsterdam(2027, 3, 27, 18, 0) == timedelta(hours=23)
        clock.move_to(amsterdam(2027, 3, 28, 18, 0))
        await run_due(database, HANDLERS)
        sent = await sent_to(database, YOUTH_CHAT)
        assert len(sent) == 1 and "maandag 29 maart om 10:00" in sent[0]


async def test_paused_reminders_are_skipped(database: Database) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 30))
        async with database.transaction() as session:
            person = (
                await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
            ).one()
            person.notifications_paused_until = amsterdam(2026, 12, 10, 0, 0)
        clock.move_to(amsterdam(2026, 12, 3, 9, 0))
        report = await run_due(database, HANDLERS)
        assert report.done == 0
        assert await sent_to(database, YOUTH_CHAT) == []


async def test_a_moved_appointment_sends_no_reminders_for_the_old_time(
    database: Database,
) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False) as clock:
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        appointment = await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 30))
        async with database.transaction() as session:
            changed = await session.get(Appointment, appointment.id)
            assert changed is not None
            changed.starts_at = amsterdam(2026, 12, 4, 14, 0)
            await plan_appointment_followup(session, changed)
        clock.move_to(amsterdam(2026, 12, 2, 18, 0))
        await run_due(database, HANDLERS)
        assert await sent_to(database, YOUTH_CHAT) == []
        clock.move_to(amsterdam(2026, 12, 3, 18, 0))
        await run_due(database, HANDLERS)
        sent = await sent_to(database, YOUTH_CHAT)
        assert len(sent) == 1 and "vrijdag 4 december om 14:00" in sent[0]


async def test_planning_twice_makes_one_set_of_tasks(database: Database) -> None:
    with time_machine.travel(amsterdam(2026, 12, 1, 9, 0), tick=False):
        world = await world_with_linked_youth(database, now=amsterdam(2026, 12, 1, 9, 0))
        appointment = await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 30))
        async with database.transaction() as session:
            again = await session.get(Appointment, appointment.id)
            assert again is not None
            await plan_appointment_followup(session, again)
            query = select(DueTask).where(DueTask.appointment_id == appointment.id)
            tasks = (await session.exec(query)).all()
        assert sorted(t.kind for t in tasks) == [
            "appointment_checkin",
            "reminder_before",
            "reminder_evening",
        ]
        assert all(t.status == TaskStatus.PENDING for t in tasks)
