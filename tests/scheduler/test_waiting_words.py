"""Words typed in a flow the young person never finished reach the coach two hours later."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlmodel import select

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Sender
from bot.flows.router import respond
from core.choices import Choice
from core.db import Database
from core.mail import WebReach
from core.models import DueTask, Person, ThreadMessage
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.scheduler.world import YOUTH_CHAT, amsterdam, sent_to, world_with_linked_youth

START = amsterdam(2026, 12, 1, 10, 0)
SAM = Sender(user_id=YOUTH_CHAT, chat_id=YOUTH_CHAT, first_name="Sam")


async def _say(database: Database, event: Incoming) -> None:
    async with database.transaction() as session:
        await respond(FlowContext(session=session, reach=WebReach("http://127.0.0.1:8080")), event)


async def test_text_left_in_an_unfinished_concern_reaches_the_coach_later(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        await world_with_linked_youth(database, now=START)
        menu = Incoming(
            sender=SAM,
            kind=Kind.BUTTON,
            choice=Choice("menu", "concern"),
            button_chat_id=YOUTH_CHAT,
        )
        await _say(database, menu)
        # Text where a life domain was asked: kept, and asked again. Then Sam goes quiet.
        await _say(
            database, Incoming(sender=SAM, kind=Kind.TEXT, text="Ik durf het niet te zeggen")
        )
        async with database.transaction() as session:
            assert (await session.exec(select(ThreadMessage))).all() == []
            planned = (
                await session.exec(select(DueTask).where(DueTask.kind == "waiting_words"))
            ).all()
        assert len(planned) == 1
        clock.move_to(START + timedelta(hours=1, minutes=59))
        await run_due(database, HANDLERS)
        async with database.transaction() as session:
            assert (await session.exec(select(ThreadMessage))).all() == []
        clock.move_to(START + timedelta(hours=2, minutes=1))
        await run_due(database, HANDLERS)
        async with database.transaction() as session:
            bodies = (await session.exec(select(ThreadMessage.body))).all()
            person = (
                await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
            ).one()
        assert list(bodies) == ["Ik durf het niet te zeggen"]
        assert person.conversation is None
        assert (await sent_to(database, YOUTH_CHAT))[-1] == (
            "Je bericht van eerder is nu naar Anna gegaan."
        )


async def test_a_check_from_before_the_person_came_back_does_nothing_and_words_go_once(
    database: Database,
) -> None:
    with time_machine.travel(START, tick=False) as clock:
        await world_with_linked_youth(database, now=START)
        menu = Incoming(
            sender=SAM,
            kind=Kind.BUTTON,
            choice=Choice("menu", "concern"),
            button_chat_id=YOUTH_CHAT,
        )
        await _say(database, menu)
        await _say(database, Incoming(sender=SAM, kind=Kind.TEXT, text="Ik weet het niet"))
        # Sam comes back half an hour later and picks a domain, then goes quiet again.
        clock.move_to(START + timedelta(minutes=30))
        domain = Incoming(
            sender=SAM,
            kind=Kind.BUTTON,
            choice=Choice("concern", "domain", "money"),
            button_chat_id=YOUTH_CHAT,
        )
        await _say(database, domain)
        clock.move_to(START + timedelta(hours=2, minutes=10))
        await run_due(database, HANDLERS)
        async with database.transaction() as session:
            assert (await session.exec(select(ThreadMessage))).all() == []
        clock.move_to(START + timedelta(hours=3))
        await run_due(database, HANDLERS)
        async with database.transaction() as session:
            bodies = (await session.exec(select(ThreadMessage.body))).all()
            outcomes = (
                await session.exec(select(DueTask.outcome).where(DueTask.kind == "waiting_words"))
            ).all()
        assert list(bodies) == ["Ik weet het niet"]
        assert sorted(o or "" for o in outcomes) == ["moved_on", "passed"]
