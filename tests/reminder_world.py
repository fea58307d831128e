"""A young person with many appointments whose reminders are all due now, written straight into
the database that `koers run` processes use, and the reminder rows read back: for black-box
tests of due work under kills and restarts."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import func, select

from core.access import OPERATOR
from core.actions.appointments import do_add_appointment
from core.actions.organisation import do_add_case
from core.actions.reminders import young_person
from core.clock import AMSTERDAM, utcnow
from core.db import Database
from core.models import Coach, DueTask, OutboxMessage, TaskStatus


async def linked_youth_with_appointments(
    database_url: str, case_id: int, *, chat_id: int, count: int
) -> None:
    """The case's young person linked in Telegram, with `count` appointments in 90 minutes:
    a reminder each, due now."""
    database = Database(database_url)
    try:
        async with database.transaction() as session:
            person = await young_person(session, case_id)
            assert person is not None
            person.telegram_user_id = person.telegram_chat_id = chat_id
            person.language, person.consent_at, person.consent_version = "nl", utcnow(), "test"
            soon = (utcnow() + timedelta(minutes=90)).astimezone(AMSTERDAM).replace(tzinfo=None)
            for number in range(count):
                await do_add_appointment(
                    session,
                    case_id=case_id,
                    what=f"Afspraak {number}",
                    starts_local=soon,
                )
    finally:
        await database.dispose()


async def reminder_rows(database_url: str) -> tuple[int, int]:
    """How many reminder tasks are done, and how many reminders were queued."""
    database = Database(database_url)
    try:
        async with database.transaction() as session:
            done = (
                await session.exec(
                    select(func.count())
                    .select_from(DueTask)
                    .where(DueTask.kind == "reminder_before", DueTask.status == TaskStatus.DONE)
                )
            ).one()
            queued = (
                await session.exec(
                    select(func.count())
                    .select_from(OutboxMessage)
                    .where(OutboxMessage.purpose == "reminder")
                )
            ).one()
            return done, queued
    finally:
        await database.dispose()


async def young_people_with_appointments(
    database_url: str, coach_email: str, *, first_chat: int, people: int, each: int
) -> None:
    """`people` cases of the coach, each young person linked in Telegram (chats from
    `first_chat` on) with `each` appointments whose reminders are due now."""
    database = Database(database_url)
    try:
        async with database.transaction() as session:
            coach = (await session.exec(select(Coach).where(Coach.email == coach_email))).one()
            case_ids = [
                (await do_add_case(session, coach=coach, first_name=f"J{n}", actor=OPERATOR)).id
                for n in range(people)
            ]
    finally:
        await database.dispose()
    for number, case_id in enumerate(case_ids):
        assert case_id is not None
        await linked_youth_with_appointments(
            database_url, case_id, chat_id=first_chat + number, count=each
        )
