"""A crisis is not left waiting: everyone who may act is alerted at once, again every 15
minutes until someone takes it (night included), and the others hear who took it."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlmodel import select

from core.actions.concerns import do_raise_crisis
from core.actions.questions import do_take_thread
from core.db import Database
from core.models import Channel, Coach
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import (
    BACKUP_CHAT,
    COACH_CHAT,
    COORDINATOR_CHAT,
    amsterdam,
    sent_to,
    team_with_question,
    youth_of,
)

# Saturday night, 02:00: no working hours anywhere near.
NIGHT = amsterdam(2026, 12, 5, 2, 0)


async def test_a_crisis_alerts_everyone_again_every_15_minutes_until_taken(
    database: Database,
) -> None:
    with time_machine.travel(NIGHT, tick=False) as clock:
        case, _ = await team_with_question(database, asked=NIGHT)
        async with database.transaction() as session:
            who = await youth_of(session, case.id or 0)
            raised = await do_raise_crisis(
                session, who=who, text="ik wil dood", channel=Channel.TELEGRAM, base_url=""
            )
        for chat in (COACH_CHAT, BACKUP_CHAT, COORDINATOR_CHAT):
            assert any("DRINGEND" in text for text in await sent_to(database, chat)), chat

        clock.move_to(NIGHT + timedelta(minutes=14))
        await run_due(database, HANDLERS)
        assert not any("NOG NIET OPGEPAKT" in t for t in await sent_to(database, COACH_CHAT))
        for minutes in (15, 30):
            clock.move_to(NIGHT + timedelta(minutes=minutes))
            await run_due(database, HANDLERS)
        for chat in (COACH_CHAT, BACKUP_CHAT, COORDINATOR_CHAT):
            again = [t for t in await sent_to(database, chat) if "NOG NIET OPGEPAKT" in t]
            assert len(again) == 2, chat
            assert "wacht al 30 minuten" in again[-1]

        async with database.transaction() as session:
            backup = (await session.exec(select(Coach).where(Coach.name == "Bo"))).one()
            await do_take_thread(session, coach=backup, thread_id=raised.thread.id or 0)
        assert "Bo pakt de crisis van Sam op." in await sent_to(database, COACH_CHAT)
        assert "Bo pakt de crisis van Sam op." in await sent_to(database, COORDINATOR_CHAT)
        assert "Bo pakt de crisis van Sam op." not in await sent_to(database, BACKUP_CHAT)

        clock.move_to(NIGHT + timedelta(minutes=60))
        await run_due(database, HANDLERS)
        assert len([t for t in await sent_to(database, COACH_CHAT) if "NOG NIET" in t]) == 2
