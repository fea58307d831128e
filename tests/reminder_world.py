"""A young person with many appointments whose reminders are all due now, written straight into
the database that `koers run` processes use, and the reminder rows read back: for black-box
tests of due work under kills and restarts."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import func, select

from core.actions.appointments import do_add_appointment
from core.actions.reminders import young_person
from core.clock import AMSTERDAM, utcnow
from core.db import Database
from core.models import DueTask, OutboxMessage, TaskStatus


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
