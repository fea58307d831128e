"""A deadline passes unanswered: the coach is reminded, then the backup, then the coordinator."""

from __future__ import annotations

from datetime import datetime

import time_machine
from sqlmodel import col, select

from core.actions.questions import do_receive_message, do_take_thread
from core.db import Database
from core.models import Case, CaseMember, Coach, DueTask, Role
from core.passwords import hash_password
from core.people import membership
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import amsterdam, sent_to, world_with_linked_youth

COACH_CHAT, BACKUP_CHAT, COORDINATOR_CHAT = 6001, 6002, 6003
# Tuesday 1 December 2026, 10:00: a question is due two working days later, Thursday 10:00.
ASKED = amsterdam(2026, 12, 1, 10, 0)


async def _team(
    database: Database, *, with_backup: bool = True, asked: datetime = ASKED
) -> tuple[Case, int]:
    world = await world_with_linked_youth(database, now=asked)
    async with database.transaction() as session:
        coach = await session.get(Coach, world.coach.id)
        assert coach is not None
        coach.telegram_chat_id = COACH_CHAT
        for name, chat, coordinator in (
            ("Bo", BACKUP_CHAT, False),
            ("Kim", COORDINATOR_CHAT, True),
        ):
            session.add(
                Coach(
                    team_id=coach.team_id,
                    name=name,
                    email=f"{name.lower()}@koers.test",
                    password_hash=hash_password("correct horse battery"),
                    is_coordinator=coordinator,
                    telegram_chat_id=chat,
                )
            )
        await session.flush()
        case = await session.get(Case, world.case.id)
        assert case is not None
        if with_backup:
            backup = (await session.exec(select(Coach).where(Coach.name == "Bo"))).one()
            case.backup_coach_id = backup.id
        member = (
            await session.exec(
                select(CaseMember).where(
                    CaseMember.case_id == case.id, CaseMember.role == Role.YOUTH
                )
            )
        ).one()
        who = await membership(session, member.id or 0)
        assert who is not None
        received = await do_receive_message(
            session, who=who, text="Waar moet ik morgen heen?", channel="telegram", base_url=""
        )
        return case, received.thread.id or 0


async def _run_at(database: Database, clock: time_machine.Coordinates, moment: datetime) -> None:
    clock.move_to(moment)
    await run_due(database, HANDLERS)


async def test_an_unanswered_question_goes_to_the_coach_then_the_backup_then_the_coordinator(
    database: Database,
) -> None:
    with time_machine.travel(ASKED, tick=False) as clock:
        await _team(database)
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
        case, thread_id = await _team(database)
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
        await _team(database, with_backup=False)
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
        await _team(database, asked=asked)
        before = len(await sent_to(database, COACH_CHAT))
        await _run_at(database, clock, amsterdam(2026, 12, 29, 14, 59))
        assert len(await sent_to(database, COACH_CHAT)) == before
        await _run_at(database, clock, amsterdam(2026, 12, 29, 15, 0))
        assert (await sent_to(database, COACH_CHAT))[-1].startswith("Herinnering")
