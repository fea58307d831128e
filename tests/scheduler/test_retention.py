"""Retention: a case closed longer than the retention period is erased, with an audit entry."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlmodel import func, select

from core.actions.questions import do_receive_message
from core.actions.retention import do_close_case
from core.db import Database
from core.models import (
    Appointment,
    AuditEntry,
    Case,
    CaseMember,
    Coach,
    OutboxMessage,
    Person,
    Role,
    Thread,
    ThreadMessage,
)
from core.people import membership
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.builders import add_case
from tests.scheduler.world import add_appointment, amsterdam, world_with_linked_youth

START = amsterdam(2026, 12, 1, 10, 0)


async def _count(database: Database, model: type) -> int:
    async with database.transaction() as session:
        return (await session.exec(select(func.count()).select_from(model))).one()


async def test_a_case_closed_a_year_ago_is_erased_and_the_erasure_audited(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        world = await world_with_linked_youth(database, now=START)
        other = await add_case(database, world.coach, first_name="Noor")
        await add_appointment(database, world.case, amsterdam(2026, 12, 3, 10, 0))
        async with database.transaction() as session:
            member = (
                await session.exec(
                    select(CaseMember).where(
                        CaseMember.case_id == world.case.id, CaseMember.role == Role.YOUTH
                    )
                )
            ).one()
            who = await membership(session, member.id or 0)
            assert who is not None
            await do_receive_message(
                session, who=who, text="Mijn adres is geheim", channel="telegram", base_url=""
            )
            coach = await session.get(Coach, world.coach.id)
            assert coach is not None
            await do_close_case(session, actor=coach, case_id=world.case.id or 0)
        clock.move_to(START + timedelta(days=364))
        await run_due(database, HANDLERS)
        assert await _count(database, Thread) == 1
        clock.move_to(START + timedelta(days=365, minutes=1))
        await run_due(database, HANDLERS)
        async with database.transaction() as session:
            assert await session.get(Case, world.case.id) is None
            assert await session.get(Case, other.id) is not None
            names = (await session.exec(select(Person.first_name))).all()
            erased = (
                await session.exec(select(AuditEntry).where(AuditEntry.action == "case_erased"))
            ).one()
        assert list(names) == ["Noor"]
        assert erased.case_id == world.case.id
        for model in (Thread, ThreadMessage, Appointment):
            assert await _count(database, model) == 0
        async with database.transaction() as session:
            bodies = (await session.exec(select(OutboxMessage.text))).all()
        assert not any("geheim" in body for body in bodies)


async def test_a_case_reopened_before_the_purge_is_kept(database: Database) -> None:
    with time_machine.travel(START, tick=False) as clock:
        world = await world_with_linked_youth(database, now=START)
        async with database.transaction() as session:
            coach = await session.get(Coach, world.coach.id)
            assert coach is not None
            case = await do_close_case(session, actor=coach, case_id=world.case.id or 0)
            case.status = "active"
            case.closed_at = None
        clock.move_to(START + timedelta(days=400))
        await run_due(database, HANDLERS)
        async with database.transaction() as session:
            assert await session.get(Case, world.case.id) is not None
