"""Small builders for tests: a coach, a case, invites — made through the same actions as the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from core.actions.invites import IssuedInvite, do_create_case_invite, do_create_coach_invite
from core.actions.organisation import do_add_case, do_add_coach
from core.db import Database
from core.models import Case, Coach

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


async def add_case(database: Database, coach: Coach, *, first_name: str = "Sam") -> Case:
    async with database.transaction() as session:
        return await do_add_case(session, coach=coach, first_name=first_name)


async def coach_with_case(database: Database) -> World:
    coach = await add_coach(database)
    return World(coach=coach, case=await add_case(database, coach))


async def invite(
    database: Database, case: Case, *, role: str = "youth", days: int = 14
) -> IssuedInvite:
    async with database.transaction() as session:
        return await do_create_case_invite(
            session,
            case_id=case.id or 0,
            role=role,
            bot_username="koers_test_bot",
            base_url="http://127.0.0.1:8080",
            valid_days=days,
        )


async def coach_invite(database: Database, coach: Coach) -> IssuedInvite:
    async with database.transaction() as session:
        fresh = await session.get(Coach, coach.id)
        assert fresh is not None
        return await do_create_coach_invite(
            session, coach=fresh, bot_username="koers_test_bot", valid_days=14
        )
