"""Demo data: random passwords, said at every start, never the same twice."""

from __future__ import annotations

from sqlmodel import select

from core.actions.demo import DEMO_COACH_EMAIL, do_issue_demo_links, do_load_demo
from core.db import Database
from core.models import CaseMember, Coach
from core.passwords import verify_password


async def test_demo_passwords_are_random_and_links_go_to_the_demo_people(
    database: Database,
) -> None:
    async with database.transaction() as session:
        await do_load_demo(session)
        members_before = len((await session.exec(select(CaseMember))).all())
    passwords = []
    for _ in range(2):
        async with database.transaction() as session:
            links = await do_issue_demo_links(
                session, bot_username="koers_bot", base_url="http://x", valid_days=14
            )
            passwords.append(links.password)
            coach = (await session.exec(select(Coach).where(Coach.email == DEMO_COACH_EMAIL))).one()
            assert verify_password(coach.password_hash, links.password)
            assert set(links.invites) == {"youth", "parent", "employer"}
    assert passwords[0] != passwords[1] and len(passwords[0]) >= 12
    async with database.transaction() as session:
        # Fresh links for the demo people: no new (empty) people at every start.
        assert len((await session.exec(select(CaseMember))).all()) == members_before
