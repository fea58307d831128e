"""The daily digest at 08:30 on working days: open items, appointments, who is out of view."""

from __future__ import annotations

from datetime import UTC, datetime

import time_machine
from sqlmodel import select

from core.actions.digest import next_digest_moment
from core.actions.questions import do_receive_message
from core.db import Database
from core.models import Case, CaseMember, Coach, Role
from core.people import membership
from core.team_rules import TeamRules
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.builders import add_case
from tests.scheduler.world import add_appointment, amsterdam, sent_to, world_with_linked_youth

COACH_CHAT = 6001


async def test_the_digest_lists_open_items_todays_appointments_and_who_is_out_of_view(
    database: Database,
) -> None:
    monday = amsterdam(2026, 11, 30, 9, 0)
    with time_machine.travel(monday, tick=False) as clock:
        world = await world_with_linked_youth(database, now=monday)
        other = await add_case(database, world.coach, first_name="Noor")
        async with database.transaction() as session:
            coach = await session.get(Coach, world.coach.id)
            assert coach is not None
            coach.telegram_chat_id = COACH_CHAT
            noor = await session.get(Case, other.id)
            assert noor is not None
            noor.out_of_view = True
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
                session, who=who, text="Hoe laat morgen?", channel="telegram", base_url=""
            )
        await add_appointment(database, world.case, amsterdam(2026, 12, 1, 14, 0))
        before = len(await sent_to(database, COACH_CHAT))
        clock.move_to(amsterdam(2026, 12, 1, 8, 29))
        await run_due(database, HANDLERS)
        assert len(await sent_to(database, COACH_CHAT)) == before
        clock.move_to(amsterdam(2026, 12, 1, 8, 30))
        await run_due(database, HANDLERS)
        digest = (await sent_to(database, COACH_CHAT))[-1]
        assert digest.startswith("Goedemorgen Anna.")
        assert "Open (1):\n- Sam: uiterlijk dinsdag 1 december om 17:00" in digest
        assert "Afspraken vandaag:\n- 14:00 Sam: Intake UWV" in digest
        assert "Uit beeld:\n- Noor" in digest


async def test_nothing_to_tell_sends_no_digest(database: Database) -> None:
    friday = amsterdam(2026, 12, 4, 7, 0)
    with time_machine.travel(friday, tick=False) as clock:
        world = await world_with_linked_youth(database, now=friday)
        async with database.transaction() as session:
            coach = await session.get(Coach, world.coach.id)
            assert coach is not None
            coach.telegram_chat_id = COACH_CHAT
        clock.move_to(amsterdam(2026, 12, 4, 8, 30))
        report = await run_due(database, HANDLERS)
        assert report.skipped == 1
        assert await sent_to(database, COACH_CHAT) == []


def test_digests_come_on_working_days_at_half_past_eight_dutch_time() -> None:
    rules = TeamRules()
    # Friday 23 October 2026 09:00 (summer time): next is Monday 26th, after the clocks went back.
    after = amsterdam(2026, 10, 23, 9, 0)
    assert next_digest_moment(rules, after) == datetime(2026, 10, 26, 7, 30, tzinfo=UTC)
    # Before 08:30 on a working day: today, in summer time.
    assert next_digest_moment(rules, amsterdam(2026, 10, 23, 8, 0)) == datetime(
        2026, 10, 23, 6, 30, tzinfo=UTC
    )
    # Christmas Eve afternoon: Christmas and Boxing Day are holidays, then the weekend.
    assert next_digest_moment(rules, amsterdam(2026, 12, 24, 12, 0)) == amsterdam(
        2026, 12, 28, 8, 30
    )
