"""A case whose young person is linked in Telegram, and a clock the tests move by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from core.actions.appointments import do_add_appointment
from core.actions.reminders import young_person
from core.clock import AMSTERDAM
from core.db import Database
from core.models import Appointment, Case, Coach, OutboxMessage
from tests.builders import coach_with_case

YOUTH_CHAT = 5001


@dataclass
class FollowUpWorld:
    coach: Coach
    case: Case


def amsterdam(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=AMSTERDAM)  # type: ignore[misc]


async def world_with_linked_youth(database: Database, *, now: datetime) -> FollowUpWorld:
    world = await coach_with_case(database)
    async with database.transaction() as session:
        person = await young_person(session, world.case.id or 0)
        assert person is not None
        person.telegram_user_id = YOUTH_CHAT
        person.telegram_chat_id = YOUTH_CHAT
        person.language = "nl"
        person.consent_at = now
        person.consent_version = "test"
    return FollowUpWorld(coach=world.coach, case=world.case)


async def add_appointment(
    database: Database, case: Case, starts_local: datetime, *, what: str = "Intake UWV"
) -> Appointment:
    async with database.transaction() as session:
        appointment = await do_add_appointment(
            session,
            case_id=case.id or 0,
            what=what,
            where="Stationsplein 1",
            starts_local=starts_local.replace(tzinfo=None),
        )
        return appointment


async def sent_to(database: Database, chat_id: int) -> list[str]:
    async with database.transaction() as session:
        query = (
            select(OutboxMessage.text)
            .where(OutboxMessage.chat_id == chat_id)
            .order_by(col(OutboxMessage.id))
        )
        return list((await session.exec(query)).all())
