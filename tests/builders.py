"""Small builders for tests: a coach, a case, invites — made through the same actions as the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from core.access import OPERATOR
from core.actions.invites import IssuedInvite, do_create_case_invite, do_create_coach_invite
from core.actions.organisation import do_add_case, do_add_coach
from core.actions.questions import do_receive_message
from core.db import Database
from core.models import Case, CaseMember, Channel, Coach, Role
from core.people import membership

PASSWORD = "correct horse battery"


@dataclass
class World:
    coach: Coach
    case: Case


async def add_coach(
    database: Database, *, name: str = "Anna", email: str = "anna@koers.test"
) -> Coach:
    async with database.transaction() as session:
        return await do_add_coach(session, name=name, email=email, password=PASSWORD)


async def add_coordinator(
    database: Database, *, email: str = "carla@koers.test", team_id: int | None = None
) -> Coach:
    """Carla, the coordinator of the (first, or the given) team."""
    async with database.transaction() as session:
        return await do_add_coach(
            session,
            name="Carla",
            email=email,
            password=PASSWORD,
            team_id=team_id,
            is_coordinator=True,
        )


async def add_case(database: Database, coach: Coach, *, first_name: str = "Sam") -> Case:
    async with database.transaction() as session:
        return await do_add_case(session, coach=coach, first_name=first_name, actor=coach)


async def coach_with_case(database: Database) -> World:
    coach = await add_coach(database)
    return World(coach=coach, case=await add_case(database, coach))


async def invite(
    database: Database,
    case: Case,
    *,
    role: str = "youth",
    days: int = 14,
    email: str | None = None,
    base_url: str = "http://127.0.0.1:8080",
) -> IssuedInvite:
    async with database.transaction() as session:
        return await do_create_case_invite(
            session,
            case_id=case.id or 0,
            role=role,
            bot_username="koers_test_bot",
            base_url=base_url,
            valid_days=days,
            email=email,
            actor=OPERATOR,
        )


async def coach_invite(database: Database, coach: Coach) -> IssuedInvite:
    async with database.transaction() as session:
        fresh = await session.get(Coach, coach.id)
        assert fresh is not None
        return await do_create_coach_invite(
            session, coach=fresh, bot_username="koers_test_bot", valid_days=14
        )


@dataclass
class ForeignThread:
    """A question in another team's case: what a coach of this team may not see or touch."""

    case: Case
    thread_id: int


async def thread_in_another_team(database: Database, text: str = "Hallo") -> ForeignThread:
    """Eva's team ("Team Zuid"), her young person Daan, and a question from him on the web."""
    async with database.transaction() as session:
        eva = await do_add_coach(
            session,
            name="Eva",
            email="eva@koers.test",
            password=PASSWORD,
            team_name="Team Zuid",
        )
        case = await do_add_case(session, coach=eva, first_name="Daan", actor=eva)
        daan = (await session.exec(select(CaseMember).where(CaseMember.case_id == case.id))).one()
        who = await membership(session, daan.id or 0)
        assert who is not None and who.role == Role.YOUTH
        received = await do_receive_message(
            session, who=who, text=text, channel=Channel.WEB, base_url="http://x"
        )
        return ForeignThread(case=case, thread_id=received.thread.id or 0)
