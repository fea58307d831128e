"""One place decides who reaches what (core/access.py): a coach their own team's cases, threads,
people and intake requests; the operator at the command line every case. The actor is always
given; a rule like a plausible birth date holds in the action, whoever calls it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from core import access
from core.access import OPERATOR
from core.actions.erasure import do_erase_case
from core.actions.intake import do_open_intake_request
from core.actions.organisation import do_add_case
from core.actions.retention import do_close_case
from core.clock import local, utcnow
from core.db import Database
from core.errors import InvalidInput, NotAllowed, NotFound, OtherTeam
from core.models import AuditEntry, Case, Coach
from tests import builders


async def test_a_coach_reaches_their_own_team_and_the_operator_every_team(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    foreign = await builders.thread_in_another_team(database)
    async with database.transaction() as session:
        anna = await session.get(Coach, world.coach.id)
        assert anna is not None
        assert (await access.case_for(session, anna, world.case.id or 0)).id == world.case.id
        with pytest.raises(OtherTeam) as refused:
            await access.case_for(session, anna, foreign.case.id or 0)
        assert isinstance(refused.value, NotFound) and refused.value.case_id == foreign.case.id
        with pytest.raises(OtherTeam):
            await access.thread_for(session, anna, foreign.thread_id)
        with pytest.raises(NotFound):
            await access.case_for(session, anna, 999_999)

        assert (await access.case_for(session, OPERATOR, foreign.case.id or 0)).id
        assert (await access.thread_for(session, OPERATOR, foreign.thread_id)).id


async def test_an_intake_request_is_for_its_own_team_and_the_operator(database: Database) -> None:
    world = await builders.coach_with_case(database)
    foreign = await builders.thread_in_another_team(database)
    async with database.transaction() as session:
        intake = await do_open_intake_request(
            session,
            reason="unlinked_message",
            telegram_user_id=555,
            chat_id=555,
            first_name="Onbekend",
            text="Hoi",
        )
        await session.flush()
        assert intake.team_id == world.coach.team_id
        anna = await session.get(Coach, world.coach.id)
        foreign_case = await session.get(Case, foreign.case.id)
        eva = await session.get(Coach, foreign_case.coach_id if foreign_case else 0)
        assert anna is not None and eva is not None
        assert (await access.intake_for(session, anna, intake.id or 0)).id == intake.id
        with pytest.raises(NotFound):
            await access.intake_for(session, eva, intake.id or 0)
        assert (await access.intake_for(session, OPERATOR, intake.id or 0)).id == intake.id


async def test_only_a_coordinator_or_the_operator_erases_a_case_and_the_log_says_who(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    second = await builders.add_case(database, world.coach, first_name="Noor")
    async with database.transaction() as session:
        anna = await session.get(Coach, world.coach.id)
        assert anna is not None
        with pytest.raises(NotAllowed):
            await do_erase_case(session, case_id=world.case.id or 0, actor=anna)
    async with database.transaction() as session:
        await do_close_case(session, case_id=second.id or 0, actor=OPERATOR)
        assert await do_erase_case(session, case_id=world.case.id or 0, actor=OPERATOR)
    async with database.transaction() as session:
        closed = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "case_closed"))
        ).one()
        assert closed.actor == "operator"
        assert await session.get(Case, world.case.id) is None


@pytest.mark.parametrize("born", [date(1850, 1, 1), None])
async def test_a_birth_date_that_cannot_be_one_is_refused_by_the_action(
    database: Database, born: date | None
) -> None:
    world = await builders.coach_with_case(database)
    tomorrow = local(utcnow()).date() + timedelta(days=1)
    async with database.transaction() as session:
        anna = await session.get(Coach, world.coach.id)
        assert anna is not None
        with pytest.raises(InvalidInput, match="birth_date"):
            await do_add_case(
                session, coach=anna, first_name="Lina", birth_date=born or tomorrow, actor=OPERATOR
            )


async def test_a_coach_cannot_add_a_case_for_a_coach_of_another_team(database: Database) -> None:
    world = await builders.coach_with_case(database)
    foreign = await builders.thread_in_another_team(database)
    async with database.transaction() as session:
        case = await session.get(Case, foreign.case.id)
        eva = await session.get(Coach, case.coach_id if case else 0)
        anna = await session.get(Coach, world.coach.id)
        assert eva is not None and anna is not None
        with pytest.raises(NotAllowed):
            await do_add_case(session, coach=eva, first_name="Lina", actor=anna)
