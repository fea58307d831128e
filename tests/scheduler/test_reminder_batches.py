"""Reminders done a batch at a time, with what they read fetched for the whole batch: each
young person still gets their own appointment, and what changed is still skipped; a tick goes
on round after round while more is due."""

from __future__ import annotations

from datetime import datetime

import pytest
import time_machine
from sqlmodel import select

from core.actions.appointments import do_mark_appointment_moved
from core.actions.organisation import do_add_case
from core.actions.reminders import young_person
from core.config import Settings
from core.db import Database
from core.models import Case, Coach, DueTask
from scheduler import service
from scheduler.jobs import HANDLERS, PREFETCH
from scheduler.runner import run_due
from scheduler.service import SchedulerService
from tests.scheduler.world import (
    YOUTH_CHAT,
    add_appointment,
    amsterdam,
    sent_to,
    world_with_linked_youth,
    youth_of,
)

OTHER_CHAT = 5002
PLANNED = amsterdam(2026, 12, 1, 9, 0)
STARTS = amsterdam(2026, 12, 3, 10, 30)
EVENING_BEFORE = amsterdam(2026, 12, 2, 18, 0)


async def _second_young_person(database: Database, case: Case, *, now: datetime) -> Case:
    """Another case of the same coach, its young person linked in another chat."""
    async with database.transaction() as session:
        coach_case = await session.get(Case, case.id)
        assert coach_case is not None and coach_case.coach_id is not None
        coach = await session.get(Coach, coach_case.coach_id)
        assert coach is not None
        other = await do_add_case(session, coach=coach, first_name="Noor", actor=coach)
        person = await young_person(session, other.id or 0)
        assert person is not None
        person.telegram_user_id = person.telegram_chat_id = OTHER_CHAT
        person.language, person.consent_at, person.consent_version = "nl", now, "test"
        return other


async def _outcomes(database: Database) -> dict[tuple[int | None, str], str | None]:
    async with database.transaction() as session:
        rows = (await session.exec(select(DueTask))).all()
    return {(task.appointment_id, task.kind): task.outcome for task in rows}


@pytest.mark.parametrize("read_together", [False, True], ids=["one_by_one", "batch_prefetch"])
async def test_a_batch_of_reminders_reaches_each_young_person_with_their_own_appointment(
    database: Database, read_together: bool
) -> None:
    with time_machine.travel(PLANNED, tick=False) as clock:
        world = await world_with_linked_youth(database, now=PLANNED)
        other = await _second_young_person(database, world.case, now=PLANNED)
        await add_appointment(database, world.case, STARTS, what="Intake UWV")
        await add_appointment(database, world.case, STARTS, what="Sollicitatie bakker")
        moved = await add_appointment(database, other, STARTS, what="Keuring")
        kept = await add_appointment(database, other, STARTS, what="Stage gesprek")
        async with database.transaction() as session:
            who = await youth_of(session, other.id or 0)
            await do_mark_appointment_moved(session, who=who, appointment_id=moved.id or 0)
        clock.move_to(EVENING_BEFORE)

        report = await run_due(database, HANDLERS, prefetch=PREFETCH if read_together else None)

        mine = await sent_to(database, YOUTH_CHAT)
        theirs = await sent_to(database, OTHER_CHAT)
        outcomes = await _outcomes(database)
    assert report.done == 3 and report.failed == 0
    assert sorted(text.split("\n")[1] for text in mine) == ["Intake UWV", "Sollicitatie bakker"]
    assert [text.split("\n")[1] for text in theirs] == ["Stage gesprek"]
    assert outcomes[(moved.id, "reminder_evening")] == "appointment_changed"
    assert outcomes[(kept.id, "reminder_evening")] == "sent"


async def test_a_tick_goes_on_round_after_round_while_reminders_are_due(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "TASKS_PER_ROUND", 4)
    with time_machine.travel(PLANNED, tick=False) as clock:
        world = await world_with_linked_youth(database, now=PLANNED)
        for number in range(11):
            await add_appointment(database, world.case, STARTS, what=f"Afspraak {number}")
        clock.move_to(EVENING_BEFORE)

        report = await SchedulerService(settings, database).tick()

        sent = await sent_to(database, YOUTH_CHAT)
    assert report is not None and report.done == 11  # three rounds of 4, one tick
    assert len(sent) == 11
