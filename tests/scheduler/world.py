"""A case whose young person is linked in Telegram, and a clock the tests move by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.appointments import do_add_appointment
from core.actions.questions import do_receive_message
from core.actions.reminders import young_person
from core.clock import AMSTERDAM
from core.db import Database
from core.models import Appointment, Case, CaseMember, Coach, OutboxMessage, Role
from core.passwords import hash_password
from core.people import Membership, membership
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


COACH_CHAT, BACKUP_CHAT, COORDINATOR_CHAT = 6001, 6002, 6003
# Tuesday 1 December 2026, 10:00: a question is due two working days later, Thursday 10:00.
ASKED = amsterdam(2026, 12, 1, 10, 0)


async def team_with_question(
    database: Database, *, with_backup: bool = True, asked: datetime = ASKED
) -> tuple[Case, int]:
    """A coach, a backup and a coordinator in Telegram; the young person asks a question."""
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
        who = await youth_of(session, case.id or 0)
        received = await do_receive_message(
            session, who=who, text="Waar moet ik morgen heen?", channel="telegram", base_url=""
        )
        return case, received.thread.id or 0


async def youth_of(session: AsyncSession, case_id: int) -> Membership:
    """The case's young person as a membership: who writes in these tests."""
    member = (
        await session.exec(
            select(CaseMember).where(CaseMember.case_id == case_id, CaseMember.role == Role.YOUTH)
        )
    ).one()
    who = await membership(session, member.id or 0)
    assert who is not None
    return who
